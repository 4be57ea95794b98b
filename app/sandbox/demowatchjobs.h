#pragma once

#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QStringList>
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
// The first four share one CodeArts project, the expiring one has a project of its own; their
// ListProjectJobs pages (GET /v1/job/{project_id}/list) are made from the same states, so a
// list page and ShowJobInfo always agree. setFleet() adds many more such jobs in several
// projects (for the watch benchmark).
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
    static constexpr const char *projectId = "5d1c0c3a9e7b4f2a8c6d4e2f1a0b9c8d";
    static constexpr const char *tokenProjectId = "5d1c0c3a9e7b4f2a8c6d4e2f1a0b9c8e";

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

    // Adds `projects` projects of `jobsPerProject` changing jobs each (call before the sandbox
    // starts; answering is read-only). Their IDs come from fleetJobId() and fleetProjectId().
    void setFleet(int projects, int jobsPerProject);
    static QString fleetProjectId(int project);
    static QString fleetJobId(int project, int job);
    // The CodeArts project of one of these jobs; empty for other IDs.
    QString projectOf(const QString &jobId) const;
    // True when `projectId` is one of these jobs' projects.
    bool hasProject(const QString &projectId) const;
    // ListProjectJobs for one of those projects: {jobs, total}, bare, in the service's shape
    // (colours for last_build_status, last_job_running_status); nullopt for other projects.
    std::optional<Answer> listAnswer(const QString &projectId, int pageIndex, int pageSize) const;
    // ShowRunningStatus for one of these jobs: its latest build number (as a string, as
    // documented) and whether it runs; nullopt for other IDs.
    std::optional<Answer> runningStatusAnswer(const QString &jobId) const;
    // The number of the job's latest build at this clock time.
    int buildNumberAt(const QString &jobId, qint64 clockMs) const;

private:
    struct FleetJob
    {
        QString projectId;
        int index = 0;   // spreads the fleet's builds over the cycle
    };
    std::optional<Answer> refusal(const QString &jobId, qint64 clockMs) const;
    QJsonObject stateAt(const QString &jobId, qint64 clockMs) const;
    QStringList jobsOf(const QString &projectId) const;

    QHash<QString, FleetJob> m_fleet;
    QStringList m_fleetOrder;
    std::unique_ptr<WatchClock> m_ownClock;
    const WatchClock *m_clock = nullptr;
    mutable std::atomic<int> m_busyRequests = 0;
};
