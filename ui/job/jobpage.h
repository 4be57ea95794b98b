#pragma once

#include "api/apierror.h"
#include "api/jobinfo.h"
#include "credentials/jobfetcher.h"
#include "job/currentjob.h"
#include "job/endpointrow.h"

#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class Connection;
class JobFormView;
class ShownJobNote;
class QLineEdit;
class QSettings;
class QTabWidget;

namespace Ui {
class JobPage;
}

// The job side of the window: the Job ID row (with the session token's fields, which the Profile
// bar looks after), the busy bar, the banners and the job's tabs, the Overview holding the form.
// It fetches what is asked for with the connection chosen now, one fetch at a time, and shows the
// outcome: the job (and keeps CurrentJob up to date), or what went wrong in the banner. The window
// adds the other tabs and banners and wires the signals to the rest.
class JobPage : public QWidget
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the page.
    JobPage(Connection *connection, CurrentJob *job, QWidget *parent = nullptr);
    ~JobPage() override;

    // Fills the Job ID field and fetches.
    void openJob(const QString &jobIdOrUrl);
    // Fetches the job in the Job ID field, cancelling a fetch in progress.
    void fetch();
    // F5: the job shown when it is marked as older than the last request, else fetch().
    void fetchAgain();
    void cancelFetch();
    // Abandons the fetch in progress without a word (closing, a newer request).
    void discardFetch();
    bool isFetching() const { return m_fetch != nullptr; }

    // A request refused before anything was sent (this page's, the Builds tab's, the search's).
    void refuse(const ApiError &error);
    // What went wrong with a request; `keepJob`: the job shown still answers what was asked.
    void showFailure(const ApiError &error, bool keepJob);
    void showNotice(const QString &message, const QString &hint = {});
    // A snapshot from history, shown as the job; F5 then fetches it.
    void showSnapshot(const JobInfo &job);
    void focusJobId();

    JobFormView *form() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *jobIdEdit() const;
    EndpointRow endpointRow() const;
    // Puts notes (the history's) between the error banner and the job.
    void addBanners(const QList<QWidget *> &banners);
    // The page's fields in the order they are on screen, for the window's Tab order.
    QList<QWidget *> tabOrder() const;

signals:
    // The Demo jobs menu's choice; the window chooses the demo sandbox and opens it.
    void demoJobChosen(const QString &jobId);
    // A job name typed in the Job ID field (textEdited), and Enter pressed on one.
    void nameTyped(const QString &text);
    void nameEntered(const QString &text);
    void busyChanged(bool busy);
    // A fetched job is in the form (before it is painted): the other tabs may follow it.
    void jobShown();
    void statusChanged(const QString &text);
    void titleChanged(const QString &title);
    // Nothing was sent (refuse()); the Profile bar may have the field that fixes it.
    void refused(const ApiError &error);
    // A fetch with a saved profile's credentials got its answer (its status may have moved).
    void profileFetchAnswered();
    // A request was sent and answered, to be recorded under `endpoint` ("demo" or the base URL).
    void fetched(const QString &endpoint, const FetchOutcome &outcome);
    // After each fetch ends, however it ends (also when refused before sending anything).
    void fetchFinished(bool succeeded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpRow();
    void onConnectionChanged();
    std::optional<QString> validJobId();
    void startFetch(const QString &jobId, const FetchTarget &target);
    void onFetchFinished(const FetchOutcome &outcome);
    void showJob(const JobInfo &job, const FetchOutcome &outcome);
    void showRegionMismatch();
    void setBusy(bool busy);
    void markShownJob(CurrentJob::State state);

    std::unique_ptr<Ui::JobPage> m_ui;
    Connection *m_connection;
    CurrentJob *m_job;
    std::unique_ptr<QSettings> m_settings;
    QTabWidget *m_tabs;
    ShownJobNote *m_note = nullptr;
    std::unique_ptr<PendingFetch> m_fetch;  // the fetch in progress
    QUrl m_fetchBaseUrl;                    // where it went: the status and the history say so
    bool m_fetchUsesProfile = false;
    QString m_fetchingJobId;
    QString m_regionMismatch;               // the pasted URL's region is not where the fetch goes
};
