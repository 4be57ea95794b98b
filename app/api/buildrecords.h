#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// What CodeArts Build says about a job's builds, with the documented types restored. The calls
// disagree on types (build numbers as strings or integers, times as epoch ms or ISO text,
// totals as strings), so every reader here is lenient: a value of the wrong shape is missing,
// never a crash or a wrong number.

// One build as the record list (v1) or the old history list (v3) describes it.
struct BuildRecord
{
    int number = 0;                     // 0: the answer named no valid build number
    QString dailyBuildNumber;           // "20231226.1"
    QString result;                     // success, failure, aborted, timeout, running, or the service's word
    std::optional<qint64> startTimeMs;  // epoch ms
    std::optional<qint64> durationMs;
    QString triggerType;
    QString executor;
    QString branch;
    QString commitId;

    bool isRunning() const { return result == u"running"; }
    bool isSuccess() const { return result == u"success"; }
    // The `builds --json` shape: times and durations as integers, missing values (a build
    // number of 0 included) as null.
    QJsonObject toJson() const;

    friend bool operator==(const BuildRecord &, const BuildRecord &) = default;
};

// One page of records and how many pages there are (v1 page_index is 0-based).
struct BuildRecordPage
{
    QList<BuildRecord> records;
    int pageIndex = 0;
    int totalPages = 0;
    int totalRecords = 0;
};

// One step of a build: status running, success, error, aborted, or "" (not run), whichever call
// it came from (the stages of ShowBuildRecordFullStages, the steps of the old ShowHistoryDetails).
struct BuildStep
{
    QString name;
    QString status;
    qint64 durationMs = 0;

    bool failed() const { return status == u"error" || status == u"failure" || status == u"failed"; }
    friend bool operator==(const BuildStep &, const BuildStep &) = default;
};

// One build as record-info (ShowJobBuildRecordDetail) describes it.
struct BuildRecordDetail
{
    QString recordId;            // the record's UUID: full-stages and the log download take it
    QString buildProjectId;      // the job's build project (a UUID)
    QString codeArtsProjectId;   // devcloud_project_id: the CodeArts project the job lives in
    int number = 0;
    QString result;              // normalized like BuildRecord::result
    QString branch;              // the branch this build really used
    QString tag;
    QString commitId;
    QString commitMessage;
    QString triggerType;
    QString errorMessage;        // err_msg, when the service gives one
    std::optional<qint64> startTimeMs;
    std::optional<qint64> durationMs;
};

// One build's steps and the parameters it ran with. Masked values ("******") stay masked.
struct BuildDetails
{
    int number = 0;
    QString jobName;
    QString projectName;
    QString result;       // normalized like BuildRecord::result; empty when unknown
    QString branch;
    QList<std::pair<QString, QString>> parameters;   // in the answer's order
    QList<BuildStep> steps;

    // The failed step's index, or -1.
    int failedStep() const;
    QJsonObject toJson() const;
};

// ShowRunningStatus: whether the job builds now, and its latest build.
struct RunningStatus
{
    bool isRunning = false;
    std::optional<int> lastBuildNumber;   // only a whole number from 1: "1.5" or "1e3" names none
    QString unreadableBuildNumber;        // what was sent instead of a build number, if anything
    QString lastBuildStatus;
};

// ShowBuildDetails (build-info): the state of one build number.
struct BuildInfoState
{
    bool building = false;
    QString result;   // normalized like BuildRecord::result
    QString region;
};

// ExecuteJob's answer: the new build.
struct StartedBuild
{
    int number = 0;
    QString dailyBuildNumber;
};

// The newest build of one build project, as ListBriefRecord gives it for many jobs at once.
struct BriefRecord
{
    QString buildProjectId;
    QString recordId;
    int number = 0;
    QString result;   // normalized like BuildRecord::result
    std::optional<qint64> startTimeMs;
    std::optional<qint64> durationMs;
    QString branch;
    QString commitId;
    QString trigger;

    bool isRunning() const { return result == u"running"; }
    friend bool operator==(const BriefRecord &, const BriefRecord &) = default;
};

// One parameter a job defines (ShowJobConfig): its default and, for a choice, the choices.
struct JobParameter
{
    QString name;
    QString defaultValue;
    QString description;
    QStringList choices;
};

// What ShowJobConfig says about running a job: its parameters, its branch and its project.
struct JobConfig
{
    QString codeArtsProjectId;
    QString jobName;
    QString branch;   // the repository's branch (scms[0].branch), maybe a ${PARAMETER} reference
    QList<JobParameter> parameters;

    // The parameter that chooses the branch, or nullptr when the job has none: the one the
    // repository's branch refers to as ${NAME}, else the predefined codeBranch.
    const JobParameter *branchParameter() const;
    // The branch a run builds when nobody chooses one.
    QString defaultBranch() const;
};

namespace BuildParse {

// Normalizes the services' result words (SUCCESS, FAILURE, failed, ABORTED, timeout...) to
// success, failure, aborted, timeout or running; anything else is kept in lower case.
QString normalizedResult(const QString &word);

// ListBuildInfoRecordByJobId's `result` (job_build_states[] and string totals).
BuildRecordPage recordPage(const QJsonObject &result);
// One item of job_build_states (also ShowBuildInfoRecord's `result`).
BuildRecord recordFromV1(const QJsonObject &item);
// ShowListHistory / ShowListPeriodHistory: the bare {history_records, total} object; the
// documentation's example sends one record as an object instead of an array.
BuildRecordPage historyPage(const QJsonObject &root);
BuildRecord recordFromV3(const QJsonObject &item);
// ShowHistoryDetails (old group, bare object): steps, parameters and names in one answer.
BuildDetails historyDetails(const QJsonObject &root);
// record-info's `result` object.
BuildRecordDetail recordDetail(const QJsonObject &result);
// ShowBuildRecordFullStages's `result`: the stages in their order (by `sequence`), named by
// display_name. The set-up and clean-up stages (initial, final) are left out when they passed.
QList<BuildStep> fullStages(const QJsonObject &result);
// A stage's status word (SUCCESS, FAILED, RUNNING, ABORTED, INIT...) as a step status.
QString stepStatus(const QString &word);
// ListBuildParameter's `result` array: {name, value} pairs in order.
QList<std::pair<QString, QString>> buildParameters(const QJsonValue &result);
// ListBriefRecord's `result` array: the newest build of each build project it names.
QList<BriefRecord> briefRecords(const QJsonValue &result);
// ShowJobConfig's `result`.
JobConfig jobConfig(const QJsonObject &result);
// ShowRunningStatus's `result`; the old ShowJobStatus's {"result": bool} is read too.
RunningStatus runningStatus(const QJsonObject &root);
// ShowBuildDetails's `result` (one object, or an array holding one).
BuildInfoState buildState(const QJsonObject &root);
// ExecuteJob's answer; nullopt when it names no build number.
std::optional<StartedBuild> startedBuild(const QJsonObject &root);
// Follow / unfollow: result.favorite (object form) or a string "true"/"false"; nullopt when absent.
std::optional<bool> favorite(const QJsonObject &root);

// A build or step duration as both the table and the command line show it: "-", "42s",
// "3m 07s" or "1h 05m".
QString durationText(std::optional<qint64> ms);
// The same for the window, in its language: "-", "42 s", "3 min 07 s" or "1 h 05 min".
QString readableDuration(std::optional<qint64> ms);
// What started a build, in the UI language. The calls word it differently (MANUAL in
// record-info, Manual in the record list, 手工触发 in the old history); the four kinds seen
// are named ("Manual", "Scheduled", "Code change", "Pipeline"), any other word is kept as sent.
QString triggerText(const QString &word);

} // namespace BuildParse

// A period cut into the record list's windows: each at most 31 days, newest first.
struct TimeWindow
{
    QDateTime start;
    QDateTime end;
};

namespace BuildWindows {

inline constexpr int kMaxWindowDays = 31;
inline constexpr int kMaxDays = 365;

// Windows covering [from, to], newest first, none longer than kMaxWindowDays days.
QList<TimeWindow> split(const QDateTime &from, const QDateTime &to);
// The record list's time format, in local time: "2026-12-01 08:30:00".
QString queryTime(const QDateTime &when);

} // namespace BuildWindows

// Success rate and median duration of finished builds started within a period.
struct BuildSummary
{
    int builds = 0;         // finished builds in the period
    int succeeded = 0;
    std::optional<qint64> medianDurationMs;

    std::optional<double> successRate() const
    {
        return builds > 0 ? std::optional<double>(double(succeeded) / builds) : std::nullopt;
    }
    static BuildSummary of(const QList<BuildRecord> &records, qint64 sinceMs);
};
