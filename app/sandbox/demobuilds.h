#pragma once

#include "sandbox/demorecords.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

struct DemoRequest;
struct DemoResponse;

// The demo sandbox's builds: every demo job's builds as its schedule lays them out
// (demoschedule.h: several a day, with stages, parameters, triggers, executors, branches and
// commits, the same in every sandbox at the same time), runs started here that move through
// their stages over 20 to 60 seconds and end as the job's plan says, stop, and follow/unfollow.
// It answers the record list, record-info, full-stages, the build's parameters, the job's
// configuration, the real-time log and the whole log's download (demologs.h), the old history
// calls, running status, build info, ExecuteJob, StopTheJob and the favourite calls, in the
// SDK's shapes (tests/contract), and reads ShowJobInfo's last build, running status and health
// from the same builds (showJobResult). Thread-safe: the sandbox answers from its own thread
// while tests look at the counters.
class DemoBuilds
{
public:
    // The job whose runs are answered with the throttling error (HTTP 500, CB.00060211).
    static constexpr const char *throttledJob = "3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b";
    // The job whose record list, record-info, full-stages and history-parameters are not
    // published (404), so clients fall back to the old history calls.
    static constexpr const char *legacyJob = "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a";
    // The job with a build always running (one long build after another, to try Stop on).
    static constexpr const char *runningJob = "1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f";
    // The job whose builds and runs fail (at the unit tests).
    static constexpr const char *failingJob = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    // The job whose newest build has a log of DemoLog::kHugeLines lines (for the benchmarks).
    static constexpr const char *hugeLogJob = "6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";
    static constexpr const char *maskedValue = DemoRecords::kMaskedValue;
    // The health rule (healthOf): the job's base, less these for each of its newest finished
    // builds that failed (or timed out) or was aborted.
    static constexpr int kHealthBuilds = 5;
    static constexpr int kFailurePenalty = 10;
    static constexpr int kAbortPenalty = 5;

    DemoBuilds();
    ~DemoBuilds();

    // The clock (epoch ms) the builds and runs follow, the whole sandbox's; tests set their own.
    // The sandbox starts when it is made, or when its clock is set: the legacy job stopped
    // building at the start of that day.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    // Multiplies the length of new runs (1: 20 to 60 s); tests make runs short.
    void setRunDurationScale(double scale);

    // True for the paths this class answers (the caller checks credentials first).
    static bool handles(const DemoRequest &request);
    // The job ID a build call names in its path (not ExecuteJob's, which is in the body).
    static std::optional<QString> jobIdIn(const DemoRequest &request);
    // The record ID full-stages or the log download names; nullopt for other calls.
    static std::optional<QString> recordIdIn(const DemoRequest &request);
    DemoResponse respond(const DemoRequest &request);

    // The calls that only read (everything but ExecuteJob, stop and follow) for a job whose
    // builds are kept elsewhere (the watch jobs).
    static DemoResponse respondFor(const DemoBuildSource &source, const DemoRequest &request);

    // ListBriefRecord's item for the demo job with this build project (a UUID); nullopt for
    // other IDs and for the legacy job, whose records are not published.
    std::optional<QJsonObject> briefProject(const QString &buildProjectId, int limit);

    // ShowJobInfo's result for a demo job with builds, now or at another time: its fixed answer
    // with running_status, last_build_status, last_build_time and health_score read from its
    // builds listed then, and the favourite flag as followed here. Nullopt for other IDs.
    std::optional<QJsonObject> showJobResult(const QString &jobId);
    std::optional<QJsonObject> showJobResultAt(const QString &jobId, qint64 timeMs);
    // `jobInfo` with those fields (and the favourite flag) as they are now.
    QJsonObject withLiveState(const QString &jobId, QJsonObject jobInfo);
    // The health rule: `base` less kFailurePenalty for each failed or timed-out build and
    // kAbortPenalty for each aborted one among the kHealthBuilds newest of `newestFirst` that
    // have finished at `nowMs`; never below 0.
    static int healthOf(const QList<DemoBuild> &newestFirst, qint64 nowMs, int base);
    // ShowJobInfo's word for how a build stands: running, success, failed or aborted.
    static QString lastBuildWord(const DemoBuild &build, qint64 nowMs);

    // For tests on the server side.
    int executeRequests(const QString &jobId) const;
    int stopRequests(const QString &jobId) const;
    // The last StopTheJob's build_no as sent in the query and in the body (-1 when absent).
    std::pair<int, int> lastStopBuildNumbers() const;
    QJsonObject lastExecuteBody() const;

private:
    struct JobBuilds;
    class JobView;

    JobBuilds *jobLocked(const QString &jobId);
    DemoResponse execute(const DemoRequest &request);
    DemoResponse stop(JobBuilds &job, const QString &jobId, const DemoRequest &request);
    DemoResponse follow(JobBuilds &job, bool followed);
    QJsonObject resultLocked(JobBuilds &job, qint64 timeMs, QJsonObject result);

    mutable QMutex m_mutex;
    std::function<qint64()> m_now;
    qint64 m_startMs = 0;
    double m_scale = 1.0;
    std::map<QString, std::unique_ptr<JobBuilds>> m_jobs;     // made on first use
    QHash<QString, int> m_executeRequests;
    QHash<QString, int> m_stopRequests;
    std::pair<int, int> m_lastStop{-1, -1};
    QJsonObject m_lastExecuteBody;
};
