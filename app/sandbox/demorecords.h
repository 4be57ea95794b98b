#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// One build of a sandbox job: its plan (a set-up stage, the job's steps, a clean-up stage), how
// it ends, and what it built. Every answer about a build is made from this, so the record list,
// record-info, full-stages, the brief records and the old history always agree.
struct DemoBuild
{
    struct Step
    {
        QString name;
        qint64 durationMs = 0;
    };

    int number = 0;
    QString daily;                 // "20240724.3": the day and the day's count
    qint64 startMs = 0;            // epoch ms
    qint64 pendingMs = 0;          // queued before it started
    qint64 setupMs = 0;            // full-stages' "initial"
    QList<Step> steps;             // "stage1".."stageN"; the old history's build_steps
    qint64 cleanupMs = 0;          // "final": runs unless the build was aborted
    QString outcome;               // SUCCESS, FAILURE, ABORTED or timeout (the record list's words)
    int failedStep = -1;           // FAILURE and timeout: the steps after it never start
    std::optional<qint64> abortedAtMs;
    bool endless = false;          // runs until stopped (the soak test): its last step never ends
    bool hugeLog = false;          // its log has DemoLog::kHugeLines lines (for the benchmarks)
    QString trigger;               // Manual, Scheduled, Code change, Pipeline
    QString executor;
    QString branch;                // the branch checked out; empty when a tag was built
    QString tag;
    QString commit;                // 40 hex digits
    QString commitMessage;
    QList<std::pair<QString, QString>> parameters;   // as run, secrets already masked

    // A build of the job's steps that starts at `startMs` and ends `totalMs` later as `outcome`
    // says (FAILURE and timeout at `failedStep`). ABORTED is planned as a success: the caller
    // sets abortedAtMs.
    static DemoBuild planned(qint64 startMs, qint64 totalMs, const QString &outcome, int failedStep = -1);

    qint64 plannedEndMs() const;
    // When it ends or ended (endless builds: never, unless stopped).
    qint64 endMs() const;
    bool isRunning(qint64 nowMs) const;
    // How it ended, in the record list's words (SUCCESS, FAILURE, ABORTED, timeout).
    QString finalState() const;
    // record-info's and the brief records' status: RUNNING, SUCCESS, FAILED, ABORTED, TIMEOUT.
    QString statusAt(qint64 nowMs) const;
    qint64 elapsedMs(qint64 nowMs) const;
};

// A job as its build calls see it: its three IDs, its configuration and the builds a call needs.
struct DemoBuildJob
{
    QString id;
    QString name;
    QString buildProjectId;   // UUID, ShowJobInfo's project_id
    QString projectId;        // the CodeArts project
    QString projectName;
    QString defaultBranch;
    bool branchParameter = true;   // the job defines codeBranch
    QList<DemoBuild> builds;       // oldest first
};

// One job's builds as the build calls read them at one time, nowMs(): the demo jobs'
// (DemoBuilds) and the watch jobs' (DemoWatchJobs) each make only the builds a call needs, so
// every answer at that time, ShowJobInfo's included, is made from the same builds.
class DemoBuildSource
{
public:
    virtual ~DemoBuildSource() = default;

    virtual qint64 nowMs() const = 0;
    // The job's IDs and configuration, without builds.
    virtual DemoBuildJob identity() const = 0;
    // The builds listed now that started within [fromMs, toMs], oldest first.
    virtual QList<DemoBuild> between(qint64 fromMs, qint64 toMs) const = 0;
    // The `count` newest builds listed now, newest first.
    virtual QList<DemoBuild> newest(int count) const = 0;
    // The listed build with this number, or with this record ID (DemoIds::recordId).
    virtual std::optional<DemoBuild> numbered(int number) const = 0;
    virtual std::optional<DemoBuild> withRecordId(const QString &recordId) const = 0;
    // The job's health score now, as ShowJobInfo says it.
    virtual int healthScore() const = 0;

    // identity() with `builds` (newest first, as newest() gives them) in its order, oldest first.
    DemoBuildJob withBuilds(const QList<DemoBuild> &newestFirst) const;
};

namespace DemoRecords {

// One stage of a build's plan (full-stages' initial, stage1..stageN, final): when it would run,
// and whether it runs at all.
struct Stage
{
    QString key;           // initial, stage1..stageN, final
    QString name;          // display_name
    int sequence = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool runs = true;      // false for the steps after a failed one
    bool fails = false;    // the failed (or timed out) step
};

// A stage at some time: SUCCESS, FAILED, RUNNING, ABORTED, or INIT (not started, no times).
// Unconfirmed words: the SDK documents upper case and names SUCCESS and ABORTED only.
struct StageState
{
    Stage stage;
    QString status;
    std::optional<qint64> startMs;
    std::optional<qint64> finishMs;
};

// The build's stages in order, as they stand at `nowMs`: full-stages, the old history's steps
// and the log are all made from these.
QList<StageState> stagesAt(const DemoBuild &build, qint64 nowMs);

} // namespace DemoRecords

// The answers made from a job's builds at a time `nowMs`, in the shapes of tests/contract: the
// `result` objects, without the {result, error, status} wrapper, unless said otherwise.
namespace DemoRecords {

// The steps every sandbox build goes through, in order.
const QStringList &stepNames();
constexpr int kUnitTestStep = 3;
constexpr const char *kRegion = "cn-north-4";
constexpr const char *kMaskedValue = "******";

// Names of parameters whose values are secret (masked when stored).
bool isSecretName(const QString &name);

// The job's repository, as the configuration and the lists name it.
QString repoName(const QString &jobId, const QString &jobName);
QString repoId(const QString &jobId);
QString repoWebUrl(const QString &jobId, const QString &jobName);
// A user's ID (32 hex), from the user's name.
QString userId(const QString &userName);

// Time formats. record-info and full-stages: ISO 8601 with milliseconds and the +08:00 offset
// (unconfirmed: the SDK types them as strings only). The brief records: "yyyy-MM-dd HH:mm:ss"
// in UTC+8 (the zone is unconfirmed). The old history: ISO 8601 with +08:00, in seconds.
QString isoTime(qint64 ms);
QString briefTime(qint64 ms);
QString historyTime(qint64 ms);

// ListBuildInfoRecordByJobId: one item of job_build_states.
QJsonObject recordListItem(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);
// ShowListHistory (old group): one history record, with only the SDK's fields.
QJsonObject historyRecord(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);
// ShowHistoryDetails (old group): the whole, bare answer.
QJsonObject historyDetails(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);
// ShowJobBuildRecordDetail (record-info).
QJsonObject recordInfo(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);
// ShowBuildRecordFullStages: {build_stages: {initial, stage1..stageN, final}}.
QJsonObject fullStages(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);
// ListBriefRecord: one result item, the job's `limit` newest builds, newest first.
QJsonObject briefProject(const DemoBuildJob &job, int limit, qint64 nowMs);
// ListBuildParameter (history-parameters): [{name, value}].
QJsonArray parameters(const DemoBuild &build);
// The run parameters the job defines (config() lists them), with their defaults.
QList<std::pair<QString, QString>> parameterDefaults(const DemoBuildJob &job);
// ShowJobConfig: the job's parameter definitions and repository.
QJsonObject config(const DemoBuildJob &job);
// ShowBuildDetails (build-info).
QJsonObject buildInfo(const DemoBuild &build, qint64 nowMs);
// ShowRunningStatus.
QJsonObject runningStatus(const DemoBuildJob &job, qint64 nowMs);

} // namespace DemoRecords
