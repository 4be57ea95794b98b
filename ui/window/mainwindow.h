#pragma once

#include "api/jobinfo.h"
#include "connection/connection.h"

#include <QMainWindow>
#include <QString>

#include <memory>
#include <optional>

class BuildCalls;
class CloseToTray;
class CurrentJob;
class HistoryIntegration;
class JobBuildsTab;
class JobPage;
class ProfileSwitcher;
class QNetworkAccessManager;
class QSettings;
class QSplitter;
class QTabWidget;
class SecretStore;
class SettingsMenu;
class Sidebar;
class StatusLine;
class WatchBoard;
class WatchClock;

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

// The one window, as a shell: its menus and layout (the Profile bar on top, the sidebar of
// favorites or search results on the left, the Job ID row and the job's tabs on the right), the
// fetch of the job asked for, and the wiring of the features. Each feature is built with what
// it works on (the Connection chosen now, the CurrentJob, the history) and reports back with
// signals; none of them knows this class. The window's own parts (the Builds tab, the Settings
// menu, the status line, closing to the tray, the first frame) are small classes beside it.
// Everything that can wait (the history database, the sandbox, CA files, requests) happens after
// the window is up.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the Job ID field and fetches; used for the start-up job and single-instance hand-over.
    void openJob(const QString &jobIdOrUrl);
    void cancelFetch();
    bool isFetching() const;
    // The job shown, and whether it is older than the last request (currentjob.h).
    const std::optional<JobInfo> &currentJob() const;
    bool isShownJobStale() const;

    // The parts: where requests go (the Profile bar sets it), the Profile bar, favorites, history
    // and trends, watching.
    Connection *connection() const { return m_connection.get(); }
    ProfileSwitcher *profiles() const { return m_profiles; }
    HistoryIntegration *history() const { return m_history; }
    WatchBoard *watchBoard() const { return m_watch; }
    // Opens the Builds tab for the job on screen.
    void showBuilds();
    // The job on its Builds tab with `buildNumber` selected (0: none), fetched first unless it is
    // on screen; a notification's "Show build".
    void showBuild(const QString &jobId, int buildNumber);
    // The same with the build's Log open at its failure; a failure notification's "Show log".
    void showBuildLog(const QString &jobId, int buildNumber);
    // Brings the window back from the tray or the task bar as it was: a maximised window stays
    // maximised.
    void comeForward();

    // The layout: the job's tabs (Overview, Builds, History), what the Builds tab holds, and the
    // sidebar (the favorites, or the job search).
    QTabWidget *jobTabs() const { return m_jobTabs; }
    JobBuildsTab *buildsTab() const { return m_buildsTab; }
    Sidebar *sidebar() const { return m_sidebar; }
    // The smallest size at which the whole window stays readable.
    static QSize minimumReadableSize();

    // Closes the window and quits, also when watching would keep the app in the tray.
    void quit();
    // The Settings menu (Language, Preferences, Network).
    SettingsMenu *settingsMenu() const { return m_settingsMenu; }

signals:
    // After each fetch ends, however it ends (also when refused before sending anything).
    void fetchFinished(bool succeeded);
    // Once, when the window is first on screen (or shortly after showing if it is never
    // exposed); start-up work that can wait follows this.
    void onScreen();
    // quit() was asked for (File > Quit, the tray's Quit): the application ends.
    void quitRequested();
    // The application should start again once it has ended (a new language).
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpProfiles();
    void setUpActions();
    void setUpHistory();
    void setUpBuilds();
    void setUpWatching();
    void setUpSettings();
    void setUpLayout();
    void openPendingBuild();
    void followScreenWithTab();
    void onJobTabChanged();
    void showJobHistory();
    void restoreSettings();
    void saveLayout();
    void finishStartUp();
    void bringForward(const QString &jobId);
    void copyJobAsJson();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    std::unique_ptr<Connection> m_connection;
    CurrentJob *m_currentJob;
    JobPage *m_page;                        // the Job ID row, the fetch, the job's tabs
    StatusLine *m_status = nullptr;
    QTabWidget *m_jobTabs = nullptr;
    JobBuildsTab *m_buildsTab = nullptr;
    Sidebar *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_quitting = false;
    ProfileSwitcher *m_profiles = nullptr;
    HistoryIntegration *m_history = nullptr;
    BuildCalls *m_builds = nullptr;
    WatchBoard *m_watch = nullptr;
    SettingsMenu *m_settingsMenu = nullptr;
    CloseToTray *m_closeToTray = nullptr;
    struct PendingBuild
    {
        QString jobId;
        int number = 0;
        bool log = false;   // its Log, at the failure, rather than its steps
    };
    void showPendingBuild(const PendingBuild &build);
    std::optional<PendingBuild> m_buildToShow;   // a notification's build, once its job is fetched
};
