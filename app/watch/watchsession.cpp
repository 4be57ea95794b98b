#include "watch/watchsession.h"

#include "watch/watchclock.h"

#include <QNetworkInformation>

WatchSession::WatchSession(WatchClock *clock, PollTransport *transport, QObject *parent)
    : QObject(parent), m_clock(clock), m_scheduler(clock, transport)
{
    m_notificationTimer.setSingleShot(true);
    connect(&m_notificationTimer, &QTimer::timeout, this, &WatchSession::deliverDueNotifications);
    connect(&m_scheduler, &PollScheduler::observed, this, &WatchSession::onObserved);
    connect(&m_scheduler, &PollScheduler::pollFailed, this, &WatchSession::jobUnreachable);
    connect(&m_scheduler, &PollScheduler::sourceStopped, this, &WatchSession::signInNeeded);
}

void WatchSession::onObserved(const QString &jobId, const JobInfo &job)
{
    emit jobObserved(jobId, job);
    if (const std::optional<JobTransition> change = m_tracker.observe(jobId, job, m_clock->nowMs()))
        emit jobChanged(*change);
    armNotificationTimer();
}

void WatchSession::deliverDueNotifications()
{
    for (const WatchNotification &notification : m_tracker.takeNotifications(m_clock->nowMs()))
        emit notificationReady(notification);
    armNotificationTimer();
}

void WatchSession::armNotificationTimer()
{
    const qint64 due = m_tracker.notificationsDueMs();
    if (due < 0)
        return m_notificationTimer.stop();
    const qint64 delay = std::max<qint64>(0, due - m_clock->nowMs());
    m_notificationTimer.start(int(m_clock->realDelayMs(delay)));
}

void WatchSession::followSleep()
{
    connect(&m_sleep, &SleepDetector::woke, &m_scheduler, &PollScheduler::refreshNow, Qt::UniqueConnection);
    m_sleep.start();
}

bool WatchSession::followNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *information = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        if (reachability == QNetworkInformation::Reachability::Disconnected)
            m_scheduler.networkDown();
        else if (reachability != QNetworkInformation::Reachability::Unknown)
            m_scheduler.networkUp(); // refreshes at once when it was down
    };
    connect(information, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(information->reachability());
    return true;
}
