#include "favorites/watchboard.h"

#include "api/buildclient.h"
#include "api/jobclient.h"
#include "connection/connection.h"
#include "favorites/favoritespanel.h"
#include "favorites/notificationcomposer.h"
#include "history/favoritesmodel.h"
#include "history/historyintegration.h"
#include "job/currentjob.h"
#include "platform/appsettings.h"
#include "favorites/traywatcher.h"
#include "watch/batchingtransport.h"
#include "watch/desktopnotifier.h"
#include "watch/watchsessionfactory.h"
#include "watch/watchclock.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDesktopServices>
#include <QMenu>
#include <QNetworkInformation>
#include <QSettings>

#include <algorithm>

namespace {

constexpr int kDurationsKept = 5;

} // namespace

WatchBoard::WatchBoard(Connection *connection, HistoryIntegration *history, CurrentJob *job, WatchClock *clock,
                       bool forceTray, QWidget *window)
    : QObject(window),
      m_connection(connection),
      m_history(history),
      m_job(job),
      m_clock(clock),
      m_settings(AppSettings::open()),
      m_composer(new NotificationComposer(this)),
      m_timesTimer(new QTimer(this))
{
    m_schedulerSettings = WatchPreferences::schedulerSettings(*m_settings);
    m_notifyKinds = WatchPreferences::notifyKinds(*m_settings);
    connect(m_composer, &NotificationComposer::ready, this, &WatchBoard::deliverNotification);
    const QStringList muted = m_settings->value(QLatin1String(WatchPreferences::kMutedJobs)).toStringList();
    m_muted = QSet<QString>(muted.begin(), muted.end());
    if (forceTray || TrayWatcher::isAvailable())
        m_tray = new TrayWatcher(this);
    setUpActions(window);

    FavoritesModel *favorites = model();
    connect(favorites, &QAbstractItemModel::modelReset, this, &WatchBoard::syncWatched);
    connect(favorites, &QAbstractItemModel::rowsInserted, this, &WatchBoard::syncWatched);
    connect(favorites, &QAbstractItemModel::rowsRemoved, this, &WatchBoard::syncWatched);
    connect(favorites, &QAbstractItemModel::rowsMoved, this, &WatchBoard::updateTray);
    FavoritesPanel *panel = m_history->favoritesPanel();
    connect(panel, &FavoritesPanel::muteRequested, this, &WatchBoard::setMuted);
    // The choice may have changed: watching follows it.
    connect(m_connection, &Connection::changed, this, &WatchBoard::reconfigureSoon);
    m_timesTimer->setObjectName(QStringLiteral("boardTimesTimer"));
    connect(m_timesTimer, &QTimer::timeout, favorites, &FavoritesModel::refreshTimes);
}

WatchBoard::~WatchBoard()
{
    m_started = false;   // the model may be gone: nothing to clear
    dropSession();
}

BatchingTransport *WatchBoard::transport() const
{
    return m_transport;
}

FavoritesModel *WatchBoard::model() const
{
    return m_history->favoritesModel();
}

// The history's snapshot rule goes by the injected clock, else by wall-clock time (the own
// clock starts again with each session).
qint64 WatchBoard::historyNow() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void WatchBoard::setUpActions(QWidget *window)
{
    m_refreshAction = new QAction(tr("Refresh Now"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshWatch"));
    m_refreshAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Ask for the state of every favorite now (Shift+F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &WatchBoard::refreshNow);

    m_pauseAction = new QAction(tr("Pause Watching"), this);
    m_pauseAction->setObjectName(QStringLiteral("actionPauseWatch"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &WatchBoard::setPaused);

    m_attentionAction = new QAction(tr("Attention First"), this);
    m_attentionAction->setObjectName(QStringLiteral("actionAttentionFirst"));
    m_attentionAction->setCheckable(true);
    m_attentionAction->setToolTip(tr("Show failed and running jobs above the others"));
    m_attentionAction->setChecked(m_settings->value(QLatin1String(WatchPreferences::kAttentionFirst), false).toBool());
    m_history->favoritesPanel()->setAttentionFirst(m_attentionAction->isChecked());
    connect(m_attentionAction, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(QLatin1String(WatchPreferences::kAttentionFirst), on);
        m_history->favoritesPanel()->setAttentionFirst(on);
    });

    m_doNotDisturbAction = new QAction(tr("Do Not Disturb"), this);
    m_doNotDisturbAction->setObjectName(QStringLiteral("actionDoNotDisturb"));
    m_doNotDisturbAction->setCheckable(true);
    m_doNotDisturbAction->setToolTip(tr("No desktop notifications; the board and tray still show every change"));
    m_doNotDisturbAction->setChecked(m_settings->value(QLatin1String(WatchPreferences::kDoNotDisturb), false).toBool());
    connect(m_doNotDisturbAction, &QAction::toggled, this, &WatchBoard::setDoNotDisturb);

    m_notifyStartedAction = new QAction(tr("Notify When a Build Starts"), this);
    m_notifyStartedAction->setObjectName(QStringLiteral("actionNotifyStarted"));
    m_notifyStartedAction->setCheckable(true);
    m_notifyStartedAction->setChecked(m_notifyKinds.started);
    connect(m_notifyStartedAction, &QAction::toggled, this, [this](bool on) {
        m_notifyKinds.started = on;
        m_settings->setValue(QLatin1String(WatchPreferences::kNotifyStarted), on);
        if (m_session)
            m_session->tracker().setNotifyKinds(m_notifyKinds);
    });

    // On by default, and the first close while watching asks (with "don't ask again"): a window
    // that stays behind polling with the user's credentials is not a surprise, and a desktop
    // whose tray nobody sees gets a clear way to quit.
    m_keepInTrayAction = new QAction(tr("Keep Watching in the Tray When Closed"), this);
    m_keepInTrayAction->setObjectName(QStringLiteral("actionKeepWatchingInTray"));
    m_keepInTrayAction->setCheckable(true);
    m_keepInTrayAction->setEnabled(m_tray != nullptr);
    m_keepInTrayAction->setChecked(keepWatchingChoice().value_or(true));
    if (!m_tray)
        m_keepInTrayAction->setToolTip(tr("This desktop has no system tray: closing the window quits."));
    connect(m_keepInTrayAction, &QAction::triggered, this, &WatchBoard::setKeepWatching);

    m_menu = new QMenu(tr("&Watch"), window);
    m_menu->setObjectName(QStringLiteral("menuWatch"));
    m_menu->addActions({m_refreshAction, m_pauseAction});
    m_menu->addSeparator();
    m_menu->addAction(m_attentionAction);
    m_menu->addSeparator();
    m_menu->addActions({m_doNotDisturbAction, m_notifyStartedAction, m_keepInTrayAction});
    m_history->favoritesPanel()->addBoardActions({m_refreshAction, m_attentionAction});

    if (m_tray) {
        m_tray->setDoNotDisturb(m_doNotDisturbAction->isChecked());
        connect(m_tray, &TrayWatcher::openJobRequested, this, &WatchBoard::openJob);
        connect(m_tray, &TrayWatcher::messageClicked, this, &WatchBoard::showBuild);
        connect(m_tray, &TrayWatcher::failureMessageClicked, this, &WatchBoard::showLog);
        connect(m_tray, &TrayWatcher::refreshRequested, this, &WatchBoard::refreshNow);
        connect(m_tray, &TrayWatcher::pauseToggled, m_pauseAction, &QAction::setChecked);
        connect(m_tray, &TrayWatcher::doNotDisturbToggled, m_doNotDisturbAction, &QAction::setChecked);
        connect(m_tray, &TrayWatcher::openWindowRequested, this, [this] { emit windowRequested({}); });
        connect(m_tray, &TrayWatcher::quitRequested, this, &WatchBoard::quitRequested);
        m_tray->show();
    }
}

bool WatchBoard::canKeepWatchingInTray() const
{
    return m_tray && model()->rowCount() > 0;
}

std::optional<bool> WatchBoard::keepWatchingChoice() const
{
    const QVariant choice = m_settings->value(QLatin1String(WatchPreferences::kKeepWatchingInTray));
    return choice.isValid() ? std::optional<bool>(choice.toBool()) : std::nullopt;
}

void WatchBoard::setKeepWatching(bool keep)
{
    m_settings->setValue(QLatin1String(WatchPreferences::kKeepWatchingInTray), keep);
    if (m_keepInTrayAction->isChecked() != keep)
        m_keepInTrayAction->setChecked(keep);
}

bool WatchBoard::keepsWatchingWhenClosed() const
{
    return canKeepWatchingInTray() && keepWatchingChoice() == true;
}

void WatchBoard::applySettings()
{
    const WatchSettings before = m_schedulerSettings;
    m_schedulerSettings = WatchPreferences::schedulerSettings(*m_settings);
    m_notifyKinds = WatchPreferences::notifyKinds(*m_settings);
    {
        const QSignalBlocker blocker(m_notifyStartedAction);
        m_notifyStartedAction->setChecked(m_notifyKinds.started);
    }
    if (!m_session)
        return;
    m_session->tracker().setNotifyKinds(m_notifyKinds);
    PollScheduler &scheduler = m_session->scheduler();
    scheduler.setSettings(m_schedulerSettings);
    // The jobs are due by the old intervals: a shorter one starts with a round now.
    if (m_schedulerSettings.runningIntervalMs < before.runningIntervalMs
        || m_schedulerSettings.idleIntervalMs < before.idleIntervalMs)
        scheduler.refreshNow();
}

void WatchBoard::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_history, &HistoryIntegration::ready, this, [this] {
        // Durations need the history: seed them for the jobs already watched.
        if (m_session)
            for (const WatchTarget &target : m_session->scheduler().targets())
                seedDurations(target.jobId);
    });
    reconfigure();
}

// The session bus is connected once there is something to notify about: not while the window
// comes up, and not at all for someone without favorites.
void WatchBoard::connectNotifier()
{
    if (m_notifier)
        return;
    m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    // A click on the notification is "Show build" too.
    connect(m_notifier, &DesktopNotifier::showBuildRequested, this, &WatchBoard::showBuild);
    connect(m_notifier, &DesktopNotifier::showLogRequested, this, &WatchBoard::showLog);
    connect(m_notifier, &DesktopNotifier::openJobRequested, this, &WatchBoard::openJob);
    connect(m_notifier, &DesktopNotifier::openInBrowserRequested, this, &WatchBoard::openInBrowser);
}

void WatchBoard::reconfigureSoon()
{
    if (m_reconfigurePosted || !m_started)
        return;
    m_reconfigurePosted = true;
    QTimer::singleShot(0, this, [this] {
        m_reconfigurePosted = false;
        reconfigure();
    });
}

// Builds the source from the window's current choice; a change of choice, endpoint or
// credentials starts a new session (the old one's requests are dropped).
void WatchBoard::reconfigure()
{
    if (!m_started)
        return;
    // Nothing to watch: no source either (the demo sandbox need not start for it).
    std::optional<FetchTarget> target;
    m_hadFavorites = model()->rowCount() > 0;
    if (m_hadFavorites) {
        target = m_connection->target();   // nothing refused aloud: watching waits instead
        connectNotifier();
    }
    Source source;
    QString waiting;
    if (target && target->profile && !m_consentedProfiles.contains(target->profile->id)) {
        waiting = tr("Watching starts after the first fetch with %1 (or Refresh Now).").arg(target->profile->name);
        target.reset();
    } else if (!target) {
        waiting = tr("Not watching: enter a token or choose a profile.");
    }
    if (target) {
        source.target = *target;
        if (target->profile) {
            source.key = target->profile->name;
            source.endpoint = target->profile->effectiveEndpoint().toString();
            source.historyEndpoint = source.endpoint;
        } else {
            const bool demo = m_connection->isDemo();
            source.key = demo ? QStringLiteral("demo") : QStringLiteral("token");
            source.endpoint = target->baseUrl.toString();
            source.historyEndpoint = demo ? QLatin1String(AppSettings::kDemoEndpoint) : source.endpoint;
        }
    }
    // The token is part of the identity (in memory only): a new token is a new source.
    const QString identity = source.key.isEmpty()
        ? QString()
        : source.key + u'\n' + source.endpoint + u'\n'
            + QString::fromLatin1(QCryptographicHash::hash(source.target.token, QCryptographicHash::Sha256).toHex());
    if (identity != m_sourceIdentity) {
        m_sourceIdentity = identity;
        m_signInNotice.clear();
        if (identity.isEmpty())
            dropSession();
        else
            createSession(source);
    }
    m_notice = waiting;
    syncWatched();
    updateNotice();
}

void WatchBoard::createSession(const Source &source)
{
    dropSession();
    m_sourceKey = source.key;
    m_sourceEndpoint = source.endpoint;
    m_historyEndpoint = source.historyEndpoint;
    if (!m_clock) {
        // The demo's jobs move at the sandbox's speed (CODEARTS_INSPECTOR_DEMO_SPEED); so
        // does watching them. Real endpoints are polled in real time.
        m_ownClock = std::make_unique<SteadyClock>(m_connection->jobClockSpeed());
    }
    WatchClock *clock = m_clock ? m_clock : m_ownClock.get();
    // Jobs of one CodeArts project share ListProjectJobs pages where that takes fewer
    // requests than a ShowJobInfo each; the scheduler learns each job's project from its
    // first answer.
    m_transport = new BatchingTransport(m_connection->network(), this);
    ApiError refusal;
    ClientOptions options;
    CredentialProvider *provider = m_connection->pollingCredentials(source.target, m_transport, &options, &refusal);
    auto *client = new JobClient(m_connection->network(), m_transport);
    client->setOptions(options);
    m_transport->addSource(source.key, client, provider);
    // The notifications' record lookups go with the same credentials, and go with the transport.
    auto *builds = new BuildClient(m_connection->network(), provider, m_transport);
    builds->setOptions(options);

    m_session = WatchSessions::withBatching(clock, m_transport, this);
    PollScheduler &scheduler = m_session->scheduler();
    scheduler.setSettings(m_schedulerSettings);
    m_composer->setSource(builds, &scheduler, source.endpoint, clock);
    connect(&scheduler, &PollScheduler::buildSeen, m_composer, &NotificationComposer::noteBuild);
    TransitionTracker &tracker = m_session->tracker();
    tracker.setNotifyKinds(m_notifyKinds);
    tracker.setDoNotDisturb(m_doNotDisturbAction->isChecked());
    for (const QString &jobId : std::as_const(m_muted))
        tracker.setMuted(jobId, true);
    connect(m_session, &WatchSession::jobObserved, this, &WatchBoard::onObserved);
    connect(m_session, &WatchSession::jobUnreachable, this, &WatchBoard::onUnreachable);
    connect(m_session, &WatchSession::signInNeeded, this, &WatchBoard::onSignInNeeded);
    connect(m_session, &WatchSession::notificationReady, m_composer, &NotificationComposer::compose);
    if (!refusal.message.isEmpty())
        m_signInNotice = refusal.message;
    if (m_paused)
        scheduler.pause();
    m_session->followSleep();
    if (m_session->followNetwork() && !m_networkFollowed) {
        m_networkFollowed = true;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &WatchBoard::updateNotice, Qt::QueuedConnection);
    }
}

void WatchBoard::dropSession()
{
    // Notifications waiting for their build's record go with what they know.
    m_composer->clearSource();
    // The session first: answers still on their way are then dropped.
    delete m_session;
    m_session = nullptr;
    if (m_transport) {
        m_transport->abortAll();
        m_transport->deleteLater();
    }
    m_sourceKey.clear();
    if (m_started)
        model()->clearLive();
}

// The watched set follows the favorites of the current profile.
void WatchBoard::syncWatched()
{
    FavoritesModel *favorites = model();
    if (m_started && (favorites->rowCount() > 0) != m_hadFavorites)
        reconfigureSoon();   // the first favorite starts a session; the last one ends it
    QSet<QString> wanted;
    for (int row = 0; row < favorites->rowCount(); ++row)
        wanted.insert(favorites->favorite(row).jobId);
    if (m_session) {
        PollScheduler &scheduler = m_session->scheduler();
        for (const WatchTarget &target : scheduler.targets()) {
            if (!wanted.contains(target.jobId)) {
                scheduler.unwatch(target.jobId);
                m_session->tracker().forget(target.jobId);
                m_composer->forgetJob(target.jobId);   // its failure's log is not needed now
            }
        }
        for (int row = 0; row < favorites->rowCount(); ++row) {
            const QString jobId = favorites->favorite(row).jobId;
            if (scheduler.nextDueMs(jobId) < 0)
                watchJob(jobId);
        }
    }
    updateTray();
    updateTimesTimer();
}

// With the job's newest snapshot as its baseline, a batch can stand for its first ShowJobInfo:
// the first round after start asks one ListBriefRecord per 100 favorites, not one request each.
void WatchBoard::watchJob(const QString &jobId)
{
    seedDurations(jobId);
    WatchTarget target{jobId, m_sourceKey, m_sourceEndpoint};
    if (HistoryStore *store = m_history->store()) {
        HistoryFilter filter;
        filter.jobId = jobId;
        filter.outcome = QLatin1String(HistoryEntry::kSuccess);
        const QList<HistoryEntry> newest = store->entries(filter, 1);
        if (!newest.isEmpty() && newest.first().endpoint == m_historyEndpoint) {
            const JobInfo baseline = newest.first().job();
            if (!baseline.buildProjectId.isEmpty()) {
                m_transport->setBaseline(jobId, baseline);
                target.buildProjectId = baseline.buildProjectId;
                target.hasBaseline = true;
            }
        }
    }
    m_session->scheduler().watch(target);
}

void WatchBoard::seedDurations(const QString &jobId)
{
    HistoryStore *store = m_history->store();
    if (!store || m_durations.contains(jobId))
        return;
    HistoryFilter filter;
    filter.jobId = jobId;
    m_durations.insert(jobId, buildDurations(store->entries(filter, 100)));
}

void WatchBoard::onObserved(const QString &jobId, const JobInfo &job)
{
    // Before the session's tracker learns of it: was this a change?
    const std::optional<JobState> before = m_session->tracker().state(jobId);
    const JobState now = WatchState::fromJob(job);
    const bool changed = !before || *before != now;
    QList<qint64> &durations = m_durations[jobId];
    if (before == JobState::Running && now != JobState::Running && job.lastBuildTimeMs) {
        const qint64 took = QDateTime::currentMSecsSinceEpoch() - *job.lastBuildTimeMs;
        if (took > 0) {
            durations.append(took);
            while (durations.size() > kDurationsKept)
                durations.removeFirst();
        }
    }

    FavoriteLive live;
    live.state = now;
    live.jobName = job.jobName;
    live.healthScore = job.healthScore;
    live.lastBuildTimeMs = job.lastBuildTimeMs;
    live.typicalDurationMs = typicalDuration(durations);
    live.muted = m_muted.contains(jobId);
    model()->setLive(jobId, live);

    // Transitions, and otherwise one snapshot per job per 10 minutes (the first observation
    // after a fetch from the window is not one: the fetch was recorded).
    if (m_history->store()
        && m_historyThrottle.shouldRecord(jobId, changed && before.has_value(), historyNow())) {
        HistoryEntry entry = HistoryEntry::fromJob(m_historyEndpoint, job, 200, 0);
        entry.jobId = jobId;
        entry.profile = m_history->profile();
        m_history->record(entry);
    }
    if (changed)
        updateTray();
    updateTimesTimer();
}

void WatchBoard::onUnreachable(const QString &jobId, const ApiError &error)
{
    FavoriteLive live = model()->live(jobId).value_or(FavoriteLive{});
    live.unreachable = error.message.isEmpty() ? ApiError::kindName(error.kind) : error.message;
    live.muted = m_muted.contains(jobId);
    model()->setLive(jobId, live);
}

void WatchBoard::onSignInNeeded(const QString &source, const ApiError &error)
{
    Q_UNUSED(error)
    m_signInNotice = tr("Sign in again: %1 refused the credentials. Watching resumes after a fetch "
                        "that succeeds.").arg(source);
    updateNotice();
    deliver(tr("Sign in again"), tr("%1 refused the credentials; watching stopped.").arg(source), {});
}

// The tracker has applied mute and do-not-disturb already; they may have changed while the
// notification waited for its build's record.
void WatchBoard::deliverNotification(const WatchNotification &notification)
{
    const QString jobId = notification.jobId();
    if (silenced(jobId))
        return;
    const QString title = notification.title();
    const QString body = notification.body();
    emit notificationShown(title, body, jobId);
    if (m_notifier && m_notifier->notify(notification))
        return;
    std::optional<int> number;
    bool failure = false;
    if (notification.kind != WatchNotification::Kind::Summary && !notification.transitions.isEmpty()) {
        number = notification.transitions.first().build.number;
        failure = notification.transitions.first().to == JobState::Failed;
    }
    if (m_tray)
        m_tray->showMessage(title, body, jobId, number.value_or(0), failure);
}

void WatchBoard::deliver(const QString &title, const QString &body, const QString &jobId)
{
    if (silenced(jobId))
        return;
    emit notificationShown(title, body, jobId);
    if ((!m_notifier || !m_notifier->notify(title, body, jobId)) && m_tray)
        m_tray->showMessage(title, body, jobId);
}

bool WatchBoard::silenced(const QString &jobId) const
{
    return m_doNotDisturbAction->isChecked() || (!jobId.isEmpty() && m_muted.contains(jobId));
}

void WatchBoard::afterFetch(bool succeeded)
{
    // A fetch with a profile is the user's go-ahead to poll with it.
    const std::optional<Profile> profile = m_connection->profile();
    if (profile && succeeded)
        m_consentedProfiles.insert(profile->id);
    if (const std::optional<JobInfo> &shown = m_job->job(); succeeded && shown) {
        m_historyThrottle.shouldRecord(shown->id, true, historyNow());   // the fetch was recorded
        // The board shows what the window has just learnt (the next poll tells transitions).
        if (std::optional<FavoriteLive> live = model()->live(shown->id)) {
            live->state = WatchState::fromJob(*shown);
            live->healthScore = shown->healthScore;
            live->lastBuildTimeMs = shown->lastBuildTimeMs;
            live->unreachable.clear();
            model()->setLive(shown->id, *live);
        }
    }
    reconfigure();
    // Signed in again: the stopped source polls again.
    if (succeeded && m_session && m_session->scheduler().isSourceStopped(m_sourceKey)) {
        m_session->scheduler().restartSource(m_sourceKey);
        m_signInNotice.clear();
        updateNotice();
    }
}

void WatchBoard::refreshNow()
{
    if (const std::optional<Profile> profile = m_connection->profile())
        m_consentedProfiles.insert(profile->id);
    reconfigure();
    if (m_session)
        m_session->scheduler().refreshNow();
}

void WatchBoard::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    if (m_tray && m_tray->isPaused() != paused)
        m_tray->setPaused(paused);
    if (m_session) {
        if (paused)
            m_session->scheduler().pause();
        else
            m_session->scheduler().resume();
    }
    updateNotice();
}

void WatchBoard::setDoNotDisturb(bool on)
{
    m_settings->setValue(QLatin1String(WatchPreferences::kDoNotDisturb), on);
    if (m_doNotDisturbAction->isChecked() != on)
        m_doNotDisturbAction->setChecked(on);
    if (m_tray && m_tray->doNotDisturb() != on)
        m_tray->setDoNotDisturb(on);
    if (m_session)
        m_session->tracker().setDoNotDisturb(on);
}

void WatchBoard::setMuted(const QString &jobId, bool muted)
{
    if (muted)
        m_muted.insert(jobId);
    else
        m_muted.remove(jobId);
    QStringList saved(m_muted.begin(), m_muted.end());
    saved.sort();
    m_settings->setValue(QLatin1String(WatchPreferences::kMutedJobs), saved);
    if (m_session)
        m_session->tracker().setMuted(jobId, muted);
    const int row = model()->rowOf(jobId);
    if (row < 0)
        return;
    FavoriteLive live = model()->live(jobId).value_or(FavoriteLive{});
    if (!model()->live(jobId))   // not polled yet: keep what the snapshot said
        live.state = JobState(model()->index(row, 0).data(FavoritesModel::StateRole).toInt());
    live.muted = muted;
    model()->setLive(jobId, live);
}

void WatchBoard::openJob(const QString &jobId)
{
    emit windowRequested(jobId);
}

void WatchBoard::showBuild(const QString &jobId, int buildNumber)
{
    if (jobId.isEmpty())
        emit windowRequested({});   // a message about no one job (sign in again)
    else
        emit buildRequested(jobId, buildNumber);
}

void WatchBoard::noteRunStarted(const QString &jobId)
{
    std::optional<FavoriteLive> live = model()->live(jobId);
    if (!live || !m_session)
        return;   // not watched
    live->state = JobState::Running;
    live->lastBuildTimeMs = QDateTime::currentMSecsSinceEpoch();   // "running 0 s", as the service will say
    model()->setLive(jobId, *live);
    m_session->scheduler().runStarted(jobId);
    updateTray();
}

void WatchBoard::showLog(const QString &jobId, int buildNumber)
{
    if (buildNumber <= 0)
        return showBuild(jobId, buildNumber);
    emit logRequested(jobId, buildNumber);
}

bool WatchBoard::openInBrowser(const QString &jobId)
{
    // The demo sandbox and custom endpoints have no console page.
    const QUrl page = m_connection->isDemo() || m_sourceEndpoint.isEmpty()
        ? QUrl()
        : BuildClient::consolePageUrl(QUrl(m_sourceEndpoint), jobId);
    return page.isValid() && !page.isEmpty() && QDesktopServices::openUrl(page);
}

void WatchBoard::updateTray()
{
    if (!m_tray)
        return;
    FavoritesModel *favorites = model();
    QList<TrayWatcher::Job> jobs;
    for (int row = 0; row < favorites->rowCount(); ++row) {
        const QModelIndex index = favorites->index(row, 0);
        jobs.append({index.data(FavoritesModel::JobIdRole).toString(), index.data().toString(),
                     JobState(index.data(FavoritesModel::StateRole).toInt())});
    }
    m_tray->setJobs(jobs);
}

void WatchBoard::updateNotice()
{
    QString text = m_signInNotice;
    if (text.isEmpty() && m_session && m_session->scheduler().isNetworkDown())
        text = tr("Offline: watching waits for the network and refreshes when it is back.");
    if (text.isEmpty() && m_paused)
        text = tr("Watching is paused.");
    if (text.isEmpty() && model()->rowCount() > 0)
        text = m_notice;
    m_history->favoritesPanel()->setBoardNotice(text);
}

void WatchBoard::updateTimesTimer()
{
    // Each second while a build runs (its elapsed time shows), else each half minute.
    bool running = false;
    FavoritesModel *favorites = model();
    for (int row = 0; row < favorites->rowCount() && !running; ++row)
        running = JobState(favorites->index(row, 0).data(FavoritesModel::StateRole).toInt()) == JobState::Running;
    const int interval = running ? 1000 : 30'000;
    if (!m_timesTimer->isActive() || m_timesTimer->interval() != interval)
        m_timesTimer->start(interval);
}

QList<qint64> WatchBoard::buildDurations(const QList<HistoryEntry> &newestFirst)
{
    QList<qint64> durations;
    qint64 runningBuild = -1;   // lastBuildTime of a build last seen running; -1: none
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        if (!it->succeeded())
            continue;
        const JobInfo job = it->job();
        if (!job.lastBuildTimeMs)
            continue;
        const bool running = WatchState::fromJob(job) == JobState::Running;
        if (running) {
            runningBuild = *job.lastBuildTimeMs;
        } else if (runningBuild >= 0 && runningBuild == *job.lastBuildTimeMs && it->timeMs > runningBuild) {
            durations.append(it->timeMs - runningBuild);
            runningBuild = -1;
        }
    }
    return durations;
}

std::optional<qint64> WatchBoard::typicalDuration(const QList<qint64> &durations)
{
    if (durations.isEmpty())
        return std::nullopt;
    QList<qint64> recent = durations.mid(std::max<qsizetype>(0, durations.size() - kDurationsKept));
    std::sort(recent.begin(), recent.end());
    return recent.at(recent.size() / 2);
}
