#pragma once

#include "credentials/jobfetcher.h"
#include "favorites/watchpreferences.h"
#include "history/historystore.h"
#include "watch/transitiontracker.h"
#include "watch/watchsession.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class Connection;
class CurrentJob;
class DesktopNotifier;
class FavoritesModel;
class HistoryIntegration;
class QAction;
class QMenu;
class QSettings;
class QWidget;
class BatchingTransport;
class BuildClient;
class NotificationComposer;
class TrayWatcher;
class WatchClock;


// The window as a build monitor: the favorites of the current profile are watched (a
// WatchSession polling with the connection the window's fetches use), the Favorites panel shows
// what it learns (FavoritesModel's live roles), the tray icon shows the worst state, and
// transitions become desktop notifications (DesktopNotifier, or the tray's messages where there
// is no notification service). The history gets transitions and at most
// one snapshot per job per 10 minutes (HistoryThrottle), not every poll.
//
// Credentials: a saved profile is first polled after a fetch with it (or Refresh now), so that
// starting the window reads no keychain. A 401 stops the source's polling until a fetch with it
// succeeds again; the board says "sign in again" and one notification does.
//
// Requests: the favorites' newest snapshots in the history are the watch's baselines, so that
// the first round asks one ListBriefRecord request per 100 favorites instead of a ShowJobInfo
// each. A notification says which build (number, branch, who started it, duration: the
// NotificationComposer asks the build's record within the same request budget).
class WatchBoard : public QObject
{
    Q_OBJECT

public:
    // Neither `connection`, `history` nor `job` is owned. `clock`: not owned; null for real time
    // (the demo sandbox's speed when watching the demo). `forceTray`: use a tray icon even when
    // the platform reports no tray (tests). `window` parents the Watch menu.
    WatchBoard(Connection *connection, HistoryIntegration *history, CurrentJob *job, WatchClock *clock,
               bool forceTray, QWidget *window);
    ~WatchBoard() override;

    // Starts watching once the window is on screen.
    void start();
    // After each fetch of the window, however it ended.
    void afterFetch(bool succeeded);

    WatchSession *session() const { return m_session; }
    // The session's requests (null without a session), for tests and benchmarks to count.
    BatchingTransport *transport() const;
    TrayWatcher *tray() const { return m_tray; }
    // Null until there are favorites to watch.
    DesktopNotifier *notifier() const { return m_notifier; }
    // The Watch menu and its Refresh Now (Shift+F5), for the window to place.
    QMenu *menu() const { return m_menu; }
    QAction *refreshAction() const { return m_refreshAction; }
    // Whether closing the window may leave the app watching in the tray: there is a tray and
    // favorites to watch.
    bool canKeepWatchingInTray() const;
    // What the user chose for closing while watching: keep watching in the tray (true), quit
    // (false), or nothing yet (nullopt: the window asks, once).
    std::optional<bool> keepWatchingChoice() const;
    void setKeepWatching(bool keep);
    // Whether closing the window leaves the app watching in the tray (without asking).
    bool keepsWatchingWhenClosed() const;
    // Reads the watch's settings again (poll intervals, which transitions are notified) and
    // applies them at once; a shorter interval polls every favorite now.
    void applySettings();
    NotificationComposer *composer() const { return m_composer; }
    // The source the favorites are polled with ("demo", "token", a profile's name); empty when
    // nothing is watched.
    QString source() const { return m_sourceKey; }
    QString notice() const { return m_notice; }

    // Follows the window's choice of endpoint and credentials, once the event loop is back
    // (several changes in a row re-watch once).
    void reconfigureSoon();
    void refreshNow();
    void setPaused(bool paused);
    void setDoNotDisturb(bool on);
    void setMuted(const QString &jobId, bool muted);
    bool isMuted(const QString &jobId) const { return m_muted.contains(jobId); }
    // Asks for the window with the job fetched (the tray's jobs).
    void openJob(const QString &jobId);
    // Asks for the window with the job on its Builds tab, `buildNumber` selected (0: none); a
    // click on a notification or its "Show build".
    void showBuild(const QString &jobId, int buildNumber);
    // The same, with the build's Log shown at the line that explains its failure; a click on a
    // failure's notification or its "Show log".
    void showLog(const QString &jobId, int buildNumber);
    // A build of the job was started from this window: the board shows it running at once and
    // the watch polls it as running (PollScheduler::runStarted) until the service says so.
    void noteRunStarted(const QString &jobId);
    // Opens the job's page in the CodeArts console; false where there is none (the demo
    // sandbox, a custom endpoint).
    bool openInBrowser(const QString &jobId);

    // Durations (ms) of the job's builds as the history saw them: from the first snapshot that
    // shows a build running to the first that shows it finished. Oldest first.
    static QList<qint64> buildDurations(const QList<HistoryEntry> &newestFirst);
    // What "time left" is estimated from: the median of the last five durations.
    static std::optional<qint64> typicalDuration(const QList<qint64> &durations);

signals:
    // A notification went out (to the desktop or the tray), after mute and do-not-disturb.
    void notificationShown(const QString &title, const QString &body, const QString &jobId);
    // The window is wanted in front, with `jobId` fetched when it is not empty (a click on a
    // notification or the tray's job); with quitRequested(), the tray's other wishes.
    void windowRequested(const QString &jobId);
    void buildRequested(const QString &jobId, int buildNumber);
    void logRequested(const QString &jobId, int buildNumber);
    void quitRequested();

private:
    struct Source
    {
        QString key;
        QString endpoint;          // the unit of the request budget
        QString historyEndpoint;   // "demo" or the base URL, as fetches are recorded
        FetchTarget target;
    };

    void setUpActions(QWidget *window);
    void createSession(const Source &source);   // the one place a WatchSession is made
    void dropSession();
    void reconfigure();
    void connectNotifier();
    void syncWatched();
    void onObserved(const QString &jobId, const JobInfo &job);
    void onUnreachable(const QString &jobId, const ApiError &error);
    void onSignInNeeded(const QString &source, const ApiError &error);
    void deliverNotification(const WatchNotification &notification);
    void deliver(const QString &title, const QString &body, const QString &jobId);
    bool silenced(const QString &jobId) const;
    void watchJob(const QString &jobId);
    void seedDurations(const QString &jobId);
    void updateTray();
    void updateNotice();
    void updateTimesTimer();
    qint64 historyNow() const;
    FavoritesModel *model() const;

    Connection *m_connection;
    HistoryIntegration *m_history;
    CurrentJob *m_job;
    WatchClock *m_clock;                        // injected, or m_ownClock
    std::unique_ptr<WatchClock> m_ownClock;
    std::unique_ptr<QSettings> m_settings;
    WatchSettings m_schedulerSettings;
    NotifyKinds m_notifyKinds;
    QPointer<BatchingTransport> m_transport;    // one per session, with its client and token
    NotificationComposer *m_composer;
    WatchSession *m_session = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayWatcher *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_attentionAction = nullptr;
    QAction *m_doNotDisturbAction = nullptr;
    QAction *m_notifyStartedAction = nullptr;
    QAction *m_keepInTrayAction = nullptr;
    QString m_sourceKey;
    QString m_sourceIdentity;                   // key, endpoint and credentials: a change re-watches
    QString m_sourceEndpoint;
    QString m_historyEndpoint;
    QString m_notice;
    QString m_signInNotice;                     // after a 401, until a fetch succeeds again
    QSet<QString> m_consentedProfiles;          // profiles fetched with (or refreshed) this session
    QSet<QString> m_muted;
    QHash<QString, QList<qint64>> m_durations;  // per job, oldest first
    HistoryThrottle m_historyThrottle;
    QTimer *m_timesTimer;                       // "running 1 min 20 s", "3 minutes ago" move on
    bool m_started = false;
    bool m_paused = false;
    bool m_networkFollowed = false;
    bool m_reconfigurePosted = false;
    bool m_hadFavorites = false;   // when last reconfigured: a source is only made for some
};
