#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// The time the watch scheduler and the demo sandbox's changing jobs go by, in milliseconds.
// Injected so that tests can run an hour of polling in milliseconds and the demo can run fast.
class WatchClock
{
public:
    virtual ~WatchClock() = default;
    virtual qint64 nowMs() const = 0;
    // How many real milliseconds pass while this clock advances by `clockMs` (for timers).
    virtual qint64 realDelayMs(qint64 clockMs) const { return clockMs; }
};

// Monotonic time since construction, optionally `speed` times faster than real time.
class SteadyClock final : public WatchClock
{
public:
    explicit SteadyClock(double speed = 1.0) : m_speed(speed > 0 ? speed : 1.0) { m_timer.start(); }
    qint64 nowMs() const override { return qint64(double(m_timer.elapsed()) * m_speed); }
    qint64 realDelayMs(qint64 clockMs) const override { return qint64(double(clockMs) / m_speed); }
    double speed() const { return m_speed; }

private:
    QElapsedTimer m_timer;
    double m_speed;
};

// Time that moves only when a test moves it.
class ManualClock final : public WatchClock
{
public:
    qint64 nowMs() const override { return m_now; }
    void setNowMs(qint64 now) { m_now = now; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 0;
};
