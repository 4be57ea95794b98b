#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"
#include "api/jobinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>

class WatchClock;

// How the scheduler polls. Defaults follow the service's unpublished but real limits: running
// jobs often, the rest rarely, never more than `requestsPerMinute` per endpoint.
struct WatchSettings
{
    qint64 runningIntervalMs = 15'000;
    qint64 idleIntervalMs = 120'000;
    double jitter = 0.2;                 // +-20% on every interval and back-off
    int maxInFlight = 4;
    int requestsPerMinute = 30;          // per endpoint
    qint64 throttleBackoffMs = 30'000;   // first back-off after throttling, doubled each time
    qint64 errorBackoffMs = 30'000;      // first back-off after a job's 5xx or network error
    qint64 maxBackoffMs = 10 * 60'000;
    // After a batch failed or missed a job, that job is asked for alone for this long.
    qint64 listRetryMs = 10 * 60'000;
    // A job whose build ended since its last ShowJobInfo is asked for alone again at once, for
    // its fresh health score, but not more often than this (a busy job waits for its next poll).
    qint64 detailRefreshMs = 10 * 60'000;
};

// One watched job and where its requests go. `source` names the credentials (a profile's
// name, "token", "demo"): a 401 stops every job of that source. `endpoint` is the base URL,
// the unit of the request budget and of throttling.
struct WatchTarget
{
    QString jobId;
    QString source;
    QString endpoint;
    // The job's build project (ShowJobInfo's project_id, a UUID), when known: lets one
    // ListBriefRecord request refresh many jobs. Learnt from the first ShowJobInfo otherwise.
    QString buildProjectId = {};
    // True when the transport already has the job's last full answer (a snapshot), so that
    // a batch can stand for the first ShowJobInfo.
    bool hasBaseline = false;
};

// One request: ShowJobInfo for one job, or ListBriefRecord for several jobs by their build
// projects (buildProjectIds[i] belongs to jobIds[i]).
struct PollBatch
{
    enum class Kind { JobInfo, BriefRecords };

    QString source;
    QString endpoint;
    Kind kind = Kind::JobInfo;
    QStringList jobIds;
    QStringList buildProjectIds = {};
};

// What a request ended with: the jobs it described, or the error that ended it.
struct PollOutcome
{
    ApiError error;
    QList<JobInfo> jobs;
    // Batches: jobs whose build ended since their last ShowJobInfo, whose health score and
    // permissions are therefore older than their build state.
    QStringList detailStale = {};
    // Batches: the newest build of each job described, by job ID.
    QHash<QString, BriefRecord> builds = {};

    // HTTP 429, or CB.00060211, which the service sends with HTTP 500.
    bool isThrottling() const;
};

// Sends one batch and calls `done` exactly once, from the event loop or right away.
class PollTransport
{
public:
    using Done = std::function<void(const PollOutcome &)>;
    virtual ~PollTransport() = default;
    virtual void send(const PollBatch &batch, Done done) = 0;
};

// Groups the due jobs into requests. The per-job planner sends ShowJobInfo for each; a planner
// that batches can replace it (the scheduler falls back to per-job requests for jobs a batch
// did not describe). A job whose buildProjectId the scheduler leaves empty must be asked for
// alone.
class BatchPlanner
{
public:
    virtual ~BatchPlanner() = default;
    // `due` is in the order the jobs became due; `others` are the watched jobs that are neither
    // due nor in flight, soonest due first: a batch may take them along at no extra request.
    virtual QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &others) const = 0;
};

class PerJobPlanner final : public BatchPlanner
{
public:
    QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &others) const override;
};

// Decides when each watched job is polled and sends the requests through a PollTransport:
//  - running jobs every runningIntervalMs, others every idleIntervalMs, each with jitter;
//  - never two requests for one job at once, at most maxInFlight requests, at most
//    requestsPerMinute per endpoint in any 60 s;
//  - throttling backs off the whole endpoint exponentially (honouring Retry-After), other
//    errors back off the job; a 401 stops the source's jobs until watchSource() again (a token
//    must be replaced, an AK/SK signature is never retried: five failures lock the key).
// Time comes from the injected clock. With timer driving on (the default) a QTimer wakes the
// scheduler; tests turn it off and call pump() after moving a ManualClock.
class PollScheduler : public QObject
{
    Q_OBJECT

public:
    PollScheduler(WatchClock *clock, PollTransport *transport, QObject *parent = nullptr);
    ~PollScheduler() override;

    void setSettings(const WatchSettings &settings) { m_settings = settings; }
    const WatchSettings &settings() const { return m_settings; }
    void setPlanner(const BatchPlanner *planner);   // not owned; nullptr: per job
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    void setTimerDriven(bool on);

    // Starts watching (first poll at once); watching a job again changes nothing.
    void watch(const WatchTarget &target);
    void unwatch(const QString &jobId);
    QList<WatchTarget> targets() const;

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Network down: no requests until networkUp(), which refreshes every job at once.
    void networkDown();
    void networkUp();
    bool isNetworkDown() const { return m_networkDown; }
    // Polls every job as soon as the budget allows (Refresh now, after sleep/resume).
    void refreshNow();
    // A build of the job was just started from this app: it is polled as a running job (next
    // within runningIntervalMs) until a poll sees it running or kRunStartGraceMs pass, so that a
    // build the service is slow to start is not left to the idle interval.
    void runStarted(const QString &jobId);
    static constexpr qint64 kRunStartGraceMs = 2 * 60'000;
    // A stopped source (after a 401) polls again, e.g. after the user signed in again.
    void restartSource(const QString &source);
    bool isSourceStopped(const QString &source) const { return m_stoppedSources.contains(source); }

    // Starts every request that is due now and allowed; returns how many it started.
    int pump();
    // When pump() has something to do next (clock ms), or -1 when nothing is waiting.
    qint64 nextWakeUpMs() const;
    int inFlight() const { return m_inFlight; }
    // When the job is due next (clock ms); -1 for unknown jobs.
    qint64 nextDueMs(const QString &jobId) const;
    qint64 throttledUntilMs(const QString &endpoint) const;
    // Until when the job is asked for alone because a batch failed or missed it (clock ms).
    qint64 listBlockedUntilMs(const QString &jobId) const;
    // Whether the job's next poll is a ShowJobInfo for its fresh health score (its build ended
    // since the last one).
    bool wantsDetail(const QString &jobId) const;

    // Requests sent beside the scheduler (the command line's build-number lookups) count
    // against the same per-endpoint budget. `waiting` of them want to go: polls leave room for
    // them, up to half the budget. takeBudget() counts one when the budget and any throttling
    // allow it now; otherwise it counts nothing and sets `retryAtMs` (clock ms) to ask again.
    void setWaitingExtras(const QString &endpoint, int waiting);
    bool takeBudget(const QString &endpoint, qint64 *retryAtMs);
    // A request beside the polls was throttled (a failed build's log, through SchedulerGate):
    // the endpoint backs off at least `delayMs`, as after a throttled poll.
    void extraRequestThrottled(const QString &endpoint, qint64 delayMs);

signals:
    void observed(const QString &jobId, const JobInfo &job);
    // A batch told the job's newest build (its number, result, branch...).
    void buildSeen(const QString &jobId, const BriefRecord &build);
    void pollFailed(const QString &jobId, const ApiError &error);
    // Once per stop: the source's credentials were refused; its jobs wait for restartSource().
    void sourceStopped(const QString &source, const ApiError &error);
    // `error` is the answer that said so (its Retry-After, capped at an hour, and whether it
    // was capped).
    void endpointThrottled(const QString &endpoint, qint64 delayMs, const ApiError &error);
    void requestStarted(const PollBatch &batch);
    // A batch failed; its jobs are asked for alone (ShowJobInfo) from now on for a while.
    void batchFailed(const PollBatch &batch, const ApiError &error);

private:
    struct JobSlot
    {
        WatchTarget target;
        qint64 nextDueMs = 0;
        bool inFlight = false;
        bool running = false;
        int failures = 0;
        int order = 0;   // watch order, to keep plans stable
        qint64 listBlockedUntilMs = 0;
        quint64 lastObservation = 0;   // m_observations when last observed
        bool fullSeen = false;         // a ShowJobInfo (or a baseline) described the job
        bool detailWanted = false;     // its build ended since the last ShowJobInfo
        qint64 lastDetailMs = -1;      // when a build's end was last followed by ShowJobInfo
        qint64 runStartedMs = -1;      // runStarted(), until a poll saw the job running
    };
    struct EndpointSlot
    {
        std::deque<qint64> recentStarts;   // request start times in the last minute
        qint64 throttledUntilMs = 0;
        int throttleLevel = 0;
        int waitingExtras = 0;
    };

    bool canPoll(const JobSlot &slot, qint64 now) const;
    // When the endpoint may take one more request, keeping `reserved` places of its budget free.
    qint64 budgetFreeAtMs(const QString &endpoint, qint64 now, int reserved) const;
    int reservedForExtras(const QString &endpoint) const;
    void start(const PollBatch &batch, qint64 now);
    void finish(const PollBatch &batch, const PollOutcome &outcome, quint64 observationsAtStart);
    void onListFailed(const PollBatch &batch, const ApiError &error, qint64 now);
    WatchTarget plannerView(const JobSlot &slot, qint64 now) const;
    void onObserved(JobSlot &slot, const JobInfo &job, bool full, qint64 now);
    QList<WatchTarget> plannerOthers(qint64 now) const;
    bool detailDue(const JobSlot &slot, qint64 now) const;
    void onThrottled(const PollBatch &batch, const PollOutcome &outcome, qint64 now);
    void onJobError(JobSlot &slot, const ApiError &error, qint64 now);
    void onRejected(const PollBatch &batch, const ApiError &error);
    qint64 jittered(qint64 ms);
    qint64 backoff(qint64 baseMs, int level);
    void arm();

    WatchClock *m_clock;
    PollTransport *m_transport;
    const BatchPlanner *m_planner = nullptr;
    PerJobPlanner m_perJob;
    WatchSettings m_settings;
    QRandomGenerator m_random{0x5eed};
    QHash<QString, JobSlot> m_jobs;
    mutable QHash<QString, EndpointSlot> m_endpoints;
    QSet<QString> m_stoppedSources;
    QTimer m_timer;
    bool m_timerDriven = true;
    bool m_paused = false;
    bool m_networkDown = false;
    int m_inFlight = 0;
    int m_nextOrder = 0;
    quint64 m_observations = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
