#pragma once

#include "sandbox/demorecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

class WatchClock;

// Demo jobs whose state changes over time, so that watching can be seen live with --demo:
//  - "nightly" runs for about 40 s and fails, every 4 minutes;
//  - "hotfix" is broken by a short failing build at the end of each 4 minutes, runs again at
//    50 s and recovers at 90 s;
//  - "soak test" is always running;
//  - "busy gateway" answers every third request with CB.00060211 (throttling, HTTP 500);
//  - "expiring token" works for 90 s, then answers 401 "token expires".
// Each job has a schedule of builds on the clock, numbered from 1 (the named jobs' reach hours
// or days back); ShowJobInfo, the ListProjectJobs pages, running status and the build calls
// (record list, record-info, full-stages, logs, brief records...) are all made from it at one
// instant, so they agree at any clock time. The first four share one CodeArts project, the
// expiring one has a project of its own. setFleet() adds many more such jobs in several projects
// (for the watch benchmark); they keep only a few recent builds, so that answering many is cheap.
// Their clock starts with the sandbox and runs `speed` times faster than real time
// (CODEARTS_INSPECTOR_DEMO_SPEED, for tests that must see an hour in seconds): a build that
// started t clock milliseconds ago is seen as started t milliseconds before the wall clock's
// now. ShowJobInfo's health follows the newest build: 95 after a success, 70 while it runs, 40
// after a failure. Thread-safe: the sandbox answers from its own thread.
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
    // The CodeArts projects of the named jobs.
    static constexpr const char *projectId = "5d1c0c3a9e7b4f2a8c6d4e2f1a0b9c8d";
    static constexpr const char *tokenProjectId = "5d1c0c3a9e7b4f2a8c6d4e2f1a0b9c8e";
    // How many recent builds the build calls know of a fleet job (the named jobs': all).
    static constexpr int kFleetRecentBuilds = 3;

    DemoWatchJobs();
    ~DemoWatchJobs();

    // The IDs, in the order a watch with --demo and no job IDs shows them.
    static QStringList ids();
    // The speed from CODEARTS_INSPECTOR_DEMO_SPEED (1 when unset or invalid, at most 10000).
    static double speedFromEnvironment();

    // Replaces the clock (not owned; must outlive this); by default a clock at the environment's speed.
    void setClock(const WatchClock *clock);
    // The wall clock (epoch ms) the builds' times are given in; the sandbox's (DemoBuilds) in a
    // sandbox, the system's by default.
    void setWallClock(std::function<qint64()> nowMs);

    struct Answer
    {
        int httpStatus = 200;
        QJsonObject body;   // the whole answer: {result, status, error} or {error_code, error_msg}
    };
    // ShowJobInfo for one of these jobs, or nullopt when the ID is not one of them.
    std::optional<Answer> answer(const QString &jobId) const;

    // Adds `projects` projects of `jobsPerProject` changing jobs each (call before the sandbox
    // starts; answering is read-only). Their IDs come from fleetJobId() and fleetProjectId().
    void setFleet(int projects, int jobsPerProject);
    static QString fleetProjectId(int project);
    static QString fleetJobId(int project, int job);
    // True for these jobs' IDs.
    bool hasJob(const QString &jobId) const;
    // The CodeArts project of one of these jobs; empty for other IDs.
    QString projectOf(const QString &jobId) const;
    // True when `projectId` is one of these jobs' CodeArts projects.
    bool hasProject(const QString &projectId) const;
    // The job whose build project (a UUID) this is; empty for other IDs.
    QString jobOfBuildProject(const QString &buildProjectId) const;
    // The job one of whose recent builds has this record ID; empty when none has.
    QString jobOfRecord(const QString &recordId) const;

    // What a request that touches this job gets instead of an answer: throttling every third
    // time for the busy gateway, 401 for the expiring token once its time is up.
    std::optional<Answer> refusal(const QString &jobId) const;

    // ListProjectJobs for one of those projects: {jobs, total}, bare, in the service's shape
    // (colours for last_build_status, last_job_running_status); nullopt for other projects.
    std::optional<Answer> listAnswer(const QString &projectId, int pageIndex, int pageSize) const;

    // The job's builds at the clock's time, for the build calls (DemoBuilds::respondFor);
    // null for other IDs.
    std::unique_ptr<DemoBuildSource> builds(const QString &jobId) const;

    // The number of the job's latest build at this clock time.
    int buildNumberAt(const QString &jobId, qint64 clockMs) const;

private:
    // The clock's time and the wall clock's, read together: one request sees one of each.
    struct Instant
    {
        qint64 clockMs = 0;
        qint64 wallMs = 0;
        qint64 wallOf(qint64 clockTimeMs) const { return wallMs - (clockMs - clockTimeMs); }
    };
    class Source;
    struct WatchJob
    {
        QString id;
        QString name;
        QString projectId;
        int fleetIndex = -1;   // -1 for the named jobs
        int fleetProject = -1;
    };
    struct Scheduled;
    Instant instant() const;
    const WatchJob *find(const QString &jobId) const;
    // The job's build with this number, started or not; nullopt below 1.
    std::optional<Scheduled> scheduled(const WatchJob &job, int number) const;
    // The number of the newest build started by `clockMs`; 0 when none has.
    int latestNumber(const WatchJob &job, qint64 clockMs) const;
    // The oldest number the build calls know at `clockMs`.
    int oldestKnown(const WatchJob &job, qint64 clockMs) const;
    QJsonObject showJobResult(const WatchJob &job, const Instant &at) const;
    DemoBuildJob identityOf(const WatchJob &job) const;
    DemoBuild buildOf(const WatchJob &job, const Scheduled &build, const Instant &at) const;
    QStringList jobsOf(const QString &projectId) const;

    QHash<QString, WatchJob> m_jobs;            // the named jobs and the fleet
    QStringList m_order;                        // the named jobs, then the fleet's in order
    QHash<QString, QString> m_buildProjects;    // build project -> job
    std::unique_ptr<WatchClock> m_ownClock;
    const WatchClock *m_clock = nullptr;
    std::function<qint64()> m_wallNow;
    mutable std::atomic<int> m_busyRequests = 0;
    // The wall clock's time less the clock's, as last taken (instant()).
    static constexpr qint64 kNoOffset = std::numeric_limits<qint64>::min();
    static constexpr qint64 kOffsetWaverMs = 20;
    mutable std::atomic<qint64> m_wallOffset = kNoOffset;
};
