#pragma once

#include "api/apierror.h"
#include "api/jobinfo.h"
#include "connection/connection.h"
#include "credentials/jobfetcher.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class HistoryIntegration;
class WatchBoard;
class WatchClock;
class JobListCache;
class JobSearchPanel;
class ProfileSwitcher;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class ElidedLabel;
class SecretStore;
class TrendChartDialog;

namespace Ui {
class MainWindow;
}

struct MainWindowOptions
{
    bool demo = false;    // select the demo sandbox and fetch a demo job once the window shows
    QString initialJob;   // job ID or job page URL to fetch once the window shows
    SecretStore *secretStore = nullptr;  // profile secrets (not owned); nullptr: the OS keychain
    QNetworkAccessManager *network = nullptr;  // not owned; nullptr: the window's own
    Connection::Options connection;      // the demo sandbox, and whether its jobs move (connection.h)
    // Watching the favorites (watchboard.h): its clock (not owned; nullptr: real time), and a
    // tray icon even where the platform reports no tray (tests).
    WatchClock *watchClock = nullptr;
    bool forceTray = false;
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
    // F5: the job shown when it is marked as older than the last request, else fetch().
    void fetchAgain();
    // The job that actions such as Star act on: the one shown, else the one whose fetch failed.
    QString subjectJobId() const;
    bool isShownJobStale() const { return m_shownIsStale; }

    bool isFetching() const { return m_fetch != nullptr; }
    const std::optional<JobInfo> &currentJob() const;
    // Where requests go now and with which credentials; the Profile bar sets it.
    Connection *connection() const { return m_connection.get(); }
    // Shows the job search panel (jobsearchpanel.h) and puts the cursor in it; Ctrl+K.
    void openJobSearch();   // in mainwindowjobsearch.cpp
    // A name typed in the Job ID field searches for it in the sidebar (mainwindowjobsearch.cpp).
    void searchFromJobIdField(const QString &text);
    JobSearchPanel *jobSearch() const { return m_jobSearch; }
    // Favorites, history and trends (historyintegration.h).
    HistoryIntegration *history() const { return m_history; }
    // Opens the Builds panel for the job on screen (mainwindowbuilds.cpp).
    void showBuilds();
    // Adds the service's build records to a trend chart of `jobId` (mainwindowbuilds.cpp).
    void addRecordsToTrend(TrendChartDialog *chart, const QString &jobId);
    // The form's Follow / Unfollow button: sets the service's favorite flag of the job shown.
    void followInCodeArts(bool follow);
    QWidget *buildsWindow() const { return m_buildsWindow; }

    // The layout (mainwindowlayout.cpp): the job's tabs (Overview, Builds, History) and the
    // sidebar (favorites at index 0; a search panel added with setSearchPanel()).
    QTabWidget *jobTabs() const { return m_jobTabs; }
    QStackedWidget *sidebar() const { return m_sidebar; }
    // Puts `widget` in the Builds tab in place of what was there (the window takes it).
    void setBuildsWidget(QWidget *widget);
    // Adds the search panel to the sidebar (once); showSearchPanel() switches between it and
    // the favorites.
    void setSearchPanel(QWidget *panel);
    void showSearchPanel(bool searching);
    // The smallest size at which the whole window stays readable.
    static QSize minimumReadableSize();

    // Watching the favorites: the board, tray and notifications (watchboard.h).
    WatchBoard *watchBoard() const { return m_watch; }
    QNetworkAccessManager *network() const { return m_connection->network(); }
    // Closes the window and quits, also when watching would keep the app in the tray.
    void quit();

signals:
    // After each fetch ends, however it ends (also when refused before sending anything).
    void fetchFinished(bool succeeded);
    // Once, when the window is first on screen (or shortly after showing if it is never
    // exposed); start-up work that can wait follows this.
    void onScreen();
    // quit() was asked for (File > Quit, the tray's Quit): the application ends.
    void quitRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    JobSearchPanel *ensureJobSearch();
    void setUpLayout();     // in mainwindowlayout.cpp
    void followScreenWithTab();
    QWidget *buildsPlaceholder();
    void onJobTabChanged();
    void restoreLayout();
    void saveLayout();
    void setUpProfiles();   // in mainwindowprofiles.cpp
    void setUpDemoJobsMenu();
    void fillDemoJobsMenu(QMenu *menu);
    void openDemoJob(const QString &jobId);
    void restoreSettings();
    void finishStartUp();
    void onConnectionChanged();

    std::optional<QString> validJobId();
    // Where a request goes now and with which credentials; when that cannot be said, nullopt
    // and the reason in the error banner.
    std::optional<FetchTarget> chosenTarget();

    void startFetch(const QString &jobId, const FetchTarget &target);
    void discardFetch();
    void onProfileFetchFinished();   // the profile's status and keychain notice; in mainwindowprofiles.cpp
    void onFetchFinished(const FetchOutcome &outcome);
    void showJob(const JobInfo &job, const FetchOutcome &outcome);
    void showFailure(const ApiError &error, bool keepJob);
    void refuse(const ApiError &error);
    void setBusy(bool busy);
    enum class ShownJob { Current, StaleWhileFetching, KeptAfterCancel, KeptAfterFailure };
    void markShownJob(ShownJob state);
    void showRegionMismatch();
    void copyJobAsJson();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<PendingFetch> m_fetch;  // the fetch in progress
    QUrl m_fetchBaseUrl;                    // where it went: the status and the history say so
    bool m_fetchUsesProfile = false;
    ElidedLabel *m_statusLabel;
    QTabWidget *m_jobTabs = nullptr;
    QStackedWidget *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_shownJobNote = nullptr;   // which job the form shows when it is not the one asked for
    bool m_shownIsStale = false;
    QString m_fetchingJobId;
    QString m_regionMismatch;           // the pasted URL's region is not where the fetch goes
    QString m_failedJobId;              // the last job whose fetch failed (nothing shown for it)
    bool m_shownOnce = false;
    bool m_exposedOnce = false;
    bool m_startedUp = false;
    HistoryIntegration *m_history = nullptr;
    ProfileSwitcher *m_profiles = nullptr;  // the Profile bar; saved profiles fetch through it
    JobSearchPanel *m_jobSearch = nullptr;  // created on first use
    bool m_searchFromJobIdField = false;    // the sidebar searches what the Job ID field holds
    std::unique_ptr<JobListCache> m_jobListCache;
    QPointer<QWidget> m_buildsWindow;       // the Builds panel's window, while open
    WatchBoard *m_watch = nullptr;
    bool m_quitting = false;
};
