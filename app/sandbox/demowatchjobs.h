#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class WatchClock;

// Demo jobs whose state changes over time, so that watching can be seen live with --demo:
//  - "nightly" runs for about 40 s and fails, every 4 minutes;
//  - "hotfix" fails, runs again at 50 s and recovers at 90 s, every 4 minutes;
//  - "soak test" is always running;
//  - "busy gateway" answers every third request with CB.00060211 (throttling, HTTP 500);
//  - "expiring token" works for 90 s, then answers 401 "token expires".
// Their clock starts with the sandbox and runs `speed` times faster than real time
// (CODEARTS_INSPECTOR_DEMO_SPEED, for tests that must see an hour in seconds). Thread-safe:
// the sandbox answers from its own thread.
class DemoWatchJobs
{
public:
    static constexpr const char *nightly = "d0a7c4e11a2b4c5d8e9f00112233a001";
    static constexpr const char *hotfix = "d0a7c4e11a2b4c5d8e9f00112233a002";
    static constexpr const char *soakTest = "d0a7c4e11a2b4c5d8e9f00112233a003";
    static constexpr const char *busyGateway = "d0a7c4e11a2b4c5d8e9f00112233a004";
    static constexpr const char *expiringToken = "d0a7c4e11a2b4c5d8e9f00112233a005";
    static constexpr qint64 kCycleMs = 4 * 60'000;
    static constexpr qint64 kTokenLifetimeMs = 90'000;
    static constexpr const char *kSpeedVariable = "CODEARTS_INSPECTOR_DEMO_SPEED";

    DemoWatchJobs();
    ~DemoWatchJobs();

    // The IDs, in the order a watch with --demo and no job IDs shows them.
    static QStringList ids();
    // The speed from CODEARTS_INSPECTOR_DEMO_SPEED (1 when unset or invalid, at most 10000).
    static double speedFromEnvironment();

    // Replaces the clock (not owned; must outlive this); by default a clock at the environment's speed.
    void setClock(const WatchClock *clock);

    struct Answer
    {
        int httpStatus = 200;
        QJsonObject body;   // the whole answer: {result, status, error} or {error_code, error_msg}
    };
    // The answer for one of these jobs, or nullopt when the ID is not one of them.
    std::optional<Answer> answer(const QString &jobId) const;

    // The job's ShowJobInfo result at this clock time (ms since start).
    static QJsonObject resultAt(const QString &jobId, qint64 clockMs);

private:
    std::unique_ptr<WatchClock> m_ownClock;
    const WatchClock *m_clock = nullptr;
    mutable std::atomic<int> m_busyRequests = 0;
};
