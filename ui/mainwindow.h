#pragma once

#include "api/apierror.h"
#include "credentials/jobfetcher.h"
#include "api/jobinfo.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class DemoSandbox;
class HistoryIntegration;
class JobListCache;
class JobSearchPanel;
class ProfileSwitcher;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

namespace Ui {
class MainWindow;
}

struct MainWindowOptions
{
    bool demo = false;    // select the demo sandbox and fetch a demo job once the window shows
    QString initialJob;   // job ID or job page URL to fetch once the window shows
    SecretStore *secretStore = nullptr;  // profile secrets (not owned); nullptr: the OS keychain
    QNetworkAccessManager *network = nullptr;  // not owned; nullptr: the window's own
    DemoSandbox *sandbox = nullptr;      // not owned; nullptr: the window's own, started when first chosen
};

// The one window: what to fetch at the top, the job below, errors inline between them.
// Everything that can wait (the history database, the sandbox, CA files, requests) happens
// after the window is up.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the Job ID field and fetches; used for the start-up job and single-instance hand-over.
    void openJob(const QString &jobIdOrUrl);
    // Fetches the job in the Job ID field, cancelling a fetch in progress.
    void fetch();
    void cancelFetch();

    bool isFetching() const { return m_fetch != nullptr; }
    const std::optional<JobInfo> &currentJob() const;
    // The demo sandbox the window fetches from; null until the demo is first chosen.
    DemoSandbox *demoSandbox() const { return m_sandbox; }
    // Shows the job search panel (jobsearchpanel.h) and puts the cursor in it; Ctrl+K.
    void openJobSearch();   // in mainwindowjobsearch.cpp
    JobSearchPanel *jobSearch() const { return m_jobSearch; }
    // Favorites, history and trends (historyintegration.h).
    HistoryIntegration *history() const { return m_history; }
    // Opens the Builds panel for the job on screen (mainwindowbuilds.cpp).
    void showBuilds();
    QWidget *buildsWindow() const { return m_buildsWindow; }

signals:
    // After each fetch ends, however it ends (also when refused before sending anything).
    void fetchFinished(bool succeeded);
    // Once, when the window is first on screen (or shortly after showing if it is never
    // exposed); start-up work that can wait follows this.
    void onScreen();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpProfiles();   // in mainwindowprofiles.cpp
    void setUpEndpointChoices();
    void setUpDemoJobsMenu();
    void fillDemoJobsMenu(QMenu *menu);
    void openDemoJob(const QString &jobId);
    void setUpTokenReveal();
    void restoreSettings();
    void saveEndpointChoice();
    void finishStartUp();
    QUrl demoSandboxUrl();

    QString endpointChoice() const;
    void selectEndpoint(const QString &choice);
    bool isDemoSelected() const;
    void updateEndpointWidgets();

    std::optional<QString> validJobId();
    std::optional<FetchTarget> fetchTarget();

    void startFetch(const QString &jobId, const FetchTarget &target);
    void discardFetch();
    void onProfileFetchFinished();   // the profile's status and keychain notice; in mainwindowprofiles.cpp
    void onProfileChoiceChanged();
    void onFetchFinished(const FetchOutcome &outcome);
    QString historyEndpoint() const;
    void showJob(const JobInfo &job, const FetchOutcome &outcome);
    void showFailure(const ApiError &error, bool keepJob);
    void refuse(const ApiError &error);
    void setBusy(bool busy);
    void copyJobAsJson();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    std::unique_ptr<JobFetcher> m_fetcher;
    std::unique_ptr<DemoSandbox> m_ownedSandbox;
    DemoSandbox *m_sandbox = nullptr;
    std::unique_ptr<PendingFetch> m_fetch;  // the fetch in progress
    QUrl m_fetchBaseUrl;                    // where it went: the status and the history say so
    bool m_fetchUsesProfile = false;
    QLabel *m_statusLabel;
    QAction *m_revealTokenAction = nullptr;
    bool m_shownOnce = false;
    bool m_exposedOnce = false;
    bool m_startedUp = false;
    HistoryIntegration *m_history = nullptr;
    ProfileSwitcher *m_profiles = nullptr;  // the Profile bar; saved profiles fetch through it
    JobSearchPanel *m_jobSearch = nullptr;  // created on first use
    std::unique_ptr<JobListCache> m_jobListCache;
    QPointer<QWidget> m_buildsWindow;       // the Builds panel's window, while open
};
