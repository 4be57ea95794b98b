#pragma once

#include "api/requestgate.h"

#include <QString>

class PollScheduler;
class WatchClock;

// The watch's request budget for requests beside its polls (a failed build's log): each waits
// until the PollScheduler lets one more request go to its endpoint, and counts against the same
// per-minute budget; throttling backs the whole endpoint off, polls included.
class SchedulerGate final : public RequestGate
{
public:
    // Neither is owned; both must outlive the gate's requests.
    SchedulerGate(PollScheduler *scheduler, const WatchClock *clock, QString endpoint);

    void whenAllowed(QObject *context, std::function<void()> send) override;
    void throttled(qint64 delayMs) override;

private:
    PollScheduler *m_scheduler;
    const WatchClock *m_clock;
    QString m_endpoint;
};
