#pragma once

#include "api/jobinfo.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class PermissionMark;
class ProjectDirectory;
class QFormLayout;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace Ui {
class JobFormView;
}

// Every field of one job, grouped as a user reads them: who the job is, how it is doing, when
// things happened, what the user may do with it and its settings. Before a job is set it shows
// a placeholder that tells what to do. The identity values (name, IDs, source) and fields the
// app does not know are selectable so they can be copied; the rest are plain labels, which
// lay out several times faster than selectable ones (Copy as JSON has every field).
class JobFormView : public QWidget
{
    Q_OBJECT

public:
    // Fields the app does not know that get a row of their own; the rest are behind a button.
    static constexpr int kOtherFieldsShown = 12;
    // A longer value is cut in its row (the button's table has it whole).
    static constexpr int kOtherFieldChars = 500;

    explicit JobFormView(QWidget *parent = nullptr);
    ~JobFormView() override;

    void setJob(const JobInfo &job);
    void clear();
    // Where the CodeArts project row finds the job's project and its name (not owned); the row
    // follows what the directory learns while the job is shown.
    void setProjectDirectory(ProjectDirectory *projects);
    // The placeholder suggests the demo sandbox only when it is not already in use.
    void setDemoHintVisible(bool visible);
    // While a fetch runs and no job is shown yet, the placeholder says so instead of
    // asking for input that was just given.
    void setFetching(bool fetching);
    // Shows the form, still covered by the placeholder and disabled, while a fetch runs: then
    // styling and laying out its hundred widgets overlaps the network wait instead of
    // delaying the job on screen. Does nothing when the form is already up.
    void prepare();
    // Builds the form's widgets, which the placeholder does not need: the window calls this
    // once it is on screen, and showing a job calls it if nothing did before.
    void buildForm();
    const std::optional<JobInfo> &job() const { return m_job; }
    // Whether the job is starred in this app; the Favorite row shows it beside the service's
    // own flag ("Yes (in CodeArts) · starred here").
    void setLocalFavorite(bool starred);
    // The Favorite row's Follow / Unfollow button is busy while the service is being asked.
    void setFollowBusy(bool busy);
    // After the service changed its favorite flag of the job shown.
    void setFollowedInCodeArts(bool followed);
    QToolButton *followButton() const { return m_followButton; }
    // Why the job's last build failed ("Failed at Run unit tests: FAIL src/auth.test.ts"), for
    // the Status section, with a Show Log button for that build; for the job shown only, and
    // until another job or another last build is shown.
    void setLastFailure(const QString &jobId, int buildNumber, const QString &text);
    // The row's label and Show Log button (null until the form is built).
    QLabel *lastFailureValue() const { return m_lastFailureValue; }
    QToolButton *showLogButton() const { return m_showLogButton; }
    bool isPlaceholderShown() const;

    // Benchmark hook: the next paint of this view prints the time elapsed since `answerTime`.
    void tracePaintSince(const QElapsedTimer &answerTime);

    // "3 hours ago", "in 5 minutes", "just now": coarse on purpose, the exact time is in the
    // tooltip next to it.
    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // "27.51 s", "1,234.50 s (20 min 35 s)": the service's seconds in the user's locale, and
    // from a minute on as BuildParse::readableDuration() writes every duration in the window.
    static QString formatDuration(double seconds, const QLocale &locale);
    static QString formatDateTime(qint64 epochMs, const QLocale &locale);
    // The service's running status ("Finished", "Running") in the UI language; a status this
    // version does not know is shown as sent.
    static QString runningStatusText(const QString &status);

    // Whether the form's two columns are side by side (false: one above the other, with Status
    // and Health moved up under Identity, so that a small window shows them without scrolling).
    bool columnsSideBySide() const;
    // The context menu of a value of the form (object name "valueMenu", with "copyValueAction"),
    // opened at `globalPos`; it deletes itself when closed.
    QMenu *showValueMenu(QWidget *value, const QPoint &globalPos);
    // The text a value's Copy puts on the clipboard: what the value shows.
    static QString valueText(const QWidget *value);

signals:
    // The Favorite row's button: follow (or unfollow) the job shown in CodeArts.
    void followRequested(bool follow);
    // The Status section's Show Log: the build's log, at its failure.
    void showLogRequested(const QString &jobId, int buildNumber);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPlaceholder();
    void showIdlePlaceholder(bool idle);   // what to do next, or that a fetch is under way
    void buildPermissionRows();
    void buildFollowButton();
    void buildLastFailureRow();
    void showLastFailureRow(bool visible);
    void fillIdentity(const JobInfo &job);
    void fillProject();
    void fillStatus(const JobInfo &job);
    void fillTimes(const JobInfo &job);
    void fillPermissions(const JobInfo &job);
    void fillSettings(const JobInfo &job);
    void fillFavorite(const JobInfo &job);
    void fillOtherFields(const JobInfo &job);
    void showAllOtherFields();
    void refreshRelativeTimes();
    void arrangeColumns();
    void placeStatusGroups(bool sideBySide);
    void addCopyAction(QWidget *value);
    void setValue(QLabel *label, const QString &text, const QString &toolTip = {});
    void describeValue(QLabel *label, const QString &spoken, const QString &detail = {});

    QStackedWidget *m_pages = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderText = nullptr;
    QLabel *m_demoHint = nullptr;
    QWidget *m_formPage = nullptr;              // null until buildForm()
    std::unique_ptr<Ui::JobFormView> m_form;    // the form page's widgets, set with m_formPage
    std::optional<JobInfo> m_job;
    QPointer<ProjectDirectory> m_projects;
    QList<PermissionMark *> m_permissionMarks;   // in kPermissionFlags order
    QToolButton *m_followButton = nullptr;      // in the Favorite row, built with the form
    QLabel *m_lastFailureLabel = nullptr;       // the Status section's "Why it failed" row
    QLabel *m_lastFailureValue = nullptr;
    QToolButton *m_showLogButton = nullptr;
    int m_lastFailureBuild = 0;                 // the build that row is about
    QTimer m_relativeTimeRefresh;
    QElapsedTimer m_paintTraceStart;
    bool m_paintTraceArmed = false;
    bool m_demoHintWanted = true;
    bool m_placeholderIdle = true;   // false while the placeholder says a fetch is under way
    bool m_localFavorite = false;
};
