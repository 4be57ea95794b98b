#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

// When one more request may go to the service. Requests made beside a scheduler's own (a failed
// build's log while watching) go through its gate, so that they share its request budget and
// its back-off after throttling (watch/schedulergate.h); without a gate they go at once.
class RequestGate
{
public:
    virtual ~RequestGate() = default;
    // Calls `send` once one more request may start: at once or later, never after `context`
    // is destroyed. From then the request counts against the budget.
    virtual void whenAllowed(QObject *context, std::function<void()> send) = 0;
    // The service throttled a request that went through here: the gate holds the next ones back
    // for at least `delayMs`.
    virtual void throttled(qint64 delayMs) = 0;
};
