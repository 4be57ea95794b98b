#pragma once

#include "watch/pollscheduler.h"
#include "watch/sleepdetector.h"
#include "watch/transitiontracker.h"

#include <QObject>
#include <QTimer>

class WatchClock;

// What the window (board, tray, notifications) watches with: the scheduler, the transition
// rules and the notification timing in one object. Observations become jobObserved() and, when
// the state changed, jobChanged(); notifications come out as notificationReady() after the
// settle time (flood rule in TransitionTracker); a refused sign-in as signInNeeded(), once.
// followNetwork() pauses polling while QNetworkInformation says the network is down;
// followSleep() refreshes every job once after the computer slept.
class WatchSession : public QObject
{
    Q_OBJECT

public:
    WatchSession(WatchClock *clock, PollTransport *transport, QObject *parent = nullptr);

    PollScheduler &scheduler() { return m_scheduler; }
    TransitionTracker &tracker() { return m_tracker; }
    SleepDetector &sleepDetector() { return m_sleep; }

    // Uses QNetworkInformation's reachability when a backend is available; returns whether it is.
    bool followNetwork();
    // Refreshes every job once when the computer wakes from sleep (SleepDetector).
    void followSleep();
    // Gives out the notifications that are due (the timer calls it; tests call it after
    // moving a ManualClock).
    void deliverDueNotifications();

signals:
    void jobObserved(const QString &jobId, const JobInfo &job);
    void jobChanged(const JobTransition &transition);
    void jobUnreachable(const QString &jobId, const ApiError &error);
    void notificationReady(const WatchNotification &notification);
    void signInNeeded(const QString &source, const ApiError &error);

private:
    void onObserved(const QString &jobId, const JobInfo &job);
    void armNotificationTimer();

    WatchClock *m_clock;
    PollScheduler m_scheduler;
    TransitionTracker m_tracker;
    QTimer m_notificationTimer;
    SleepDetector m_sleep;
};
