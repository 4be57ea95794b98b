#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// Notices that the computer slept, so that watching can refresh once it is awake: the wall
// clock runs on through a suspend while the monotonic clock (QElapsedTimer) stands still.
// Every kCheckIntervalMs it compares how far each has moved; when the wall clock is ahead by
// more than kSleepThresholdMs, woke() is emitted once. A wall clock set forward by hand looks
// the same, and costs one early refresh.
class SleepDetector : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;   // milliseconds

    static constexpr int kCheckIntervalMs = 30'000;
    static constexpr qint64 kSleepThresholdMs = 60'000;

    explicit SleepDetector(QObject *parent = nullptr);
    // Tests give both clocks and call check() themselves.
    SleepDetector(Clock wallMs, Clock monotonicMs, QObject *parent = nullptr);

    // Checks every kCheckIntervalMs from now on.
    void start();
    void check();

signals:
    void woke(qint64 sleptMs);

private:
    void remember();

    Clock m_wallMs;
    Clock m_monotonicMs;
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonotonicMs = 0;
    QTimer m_timer;
};
