#include "watch/schedulergate.h"

#include "watch/pollscheduler.h"
#include "watch/watchclock.h"

#include <QTimer>

SchedulerGate::SchedulerGate(PollScheduler *scheduler, const WatchClock *clock, QString endpoint)
    : m_scheduler(scheduler), m_clock(clock), m_endpoint(std::move(endpoint))
{
}

void SchedulerGate::whenAllowed(QObject *context, std::function<void()> send)
{
    qint64 retryAtMs = 0;
    if (m_scheduler->takeBudget(m_endpoint, &retryAtMs))
        return send();
    const qint64 waitMs = retryAtMs - m_clock->nowMs();
    // Asked again when the budget or the back-off should allow it; a poll may take the slot
    // first, then this waits once more.
    const qint64 realMs = qBound(qint64(1), m_clock->realDelayMs(waitMs), qint64(24) * 3600 * 1000);
    QTimer::singleShot(int(realMs), context, [this, context, send = std::move(send)]() mutable {
        whenAllowed(context, std::move(send));
    });
}

void SchedulerGate::throttled(qint64 delayMs)
{
    m_scheduler->extraRequestThrottled(m_endpoint, delayMs);
}
