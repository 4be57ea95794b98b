#include "sandbox/demorecords.h"

#include "sandbox/demoids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <limits>

using DemoRecords::Stage;
using DemoRecords::StageState;

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 kSecond = 1000;
const QList<int> kStepWeights = {5, 15, 30, 35, 10, 5};
const QString kCodeHub = u"codehub.devcloud.cn-north-4.huaweicloud.com"_qs;
const QString kDomainId = u"6002c2b8d5a94e7f8b1c0d9e8f7a6b5c"_qs;

QList<Stage> planOf(const DemoBuild &build)
{
    QList<Stage> stages;
    qint64 at = build.startMs;
    stages.append({u"initial"_qs, u"Prepare"_qs, 0, at, at + build.setupMs});
    at += build.setupMs;
    const qsizetype lastRun = build.failedStep >= 0 ? build.failedStep : build.steps.size() - 1;
    for (qsizetype i = 0; i < build.steps.size(); ++i) {
        const bool endlessStep = build.endless && i == build.steps.size() - 1;
        const qint64 end = endlessStep ? kNever : at + build.steps.at(i).durationMs;
        stages.append({u"stage"_qs + QString::number(i + 1), build.steps.at(i).name, int(i) + 1, at, end,
                       i <= lastRun, i == build.failedStep});
        if (i <= lastRun)
            at = end;
    }
    if (!build.endless)
        stages.append({u"final"_qs, u"Clean up"_qs, int(build.steps.size()) + 1, at, at + build.cleanupMs});
    else
        stages.append({u"final"_qs, u"Clean up"_qs, int(build.steps.size()) + 1, kNever, kNever, false});
    return stages;
}

qint64 stageDuration(const StageState &state, qint64 nowMs)
{
    if (!state.startMs)
        return 0;
    return state.finishMs.value_or(nowMs) - *state.startMs;
}

// The old history's step words: running, success, error, or "" for a step that did not run.
QString oldStepStatus(const QString &status)
{
    if (status == u"SUCCESS")
        return u"success"_qs;
    if (status == u"RUNNING")
        return u"running"_qs;
    if (status == u"FAILED" || status == u"ABORTED")
        return u"error"_qs;
    return {};
}

QJsonValue timeOrNull(const std::optional<qint64> &ms, QString (*format)(qint64))
{
    return ms ? QJsonValue(format(*ms)) : QJsonValue(QJsonValue::Null);
}

// record-info's trigger words, upper case (unconfirmed: the SDK's example says MANUAL only).
QString triggerWord(const QString &trigger)
{
    if (trigger == u"Scheduled")
        return u"SCHEDULED"_qs;
    if (trigger == u"Code change")
        return u"CODE_CHANGE"_qs;
    if (trigger == u"Pipeline")
        return u"PIPELINE"_qs;
    return u"MANUAL"_qs;
}

QString jobRepoName(const DemoBuildJob &job)
{
    return DemoRecords::repoName(job.id, job.name);
}

QString jobRepoId(const DemoBuildJob &job)
{
    return DemoRecords::repoId(job.id);
}

QString jobRepoWebUrl(const DemoBuildJob &job)
{
    return DemoRecords::repoWebUrl(job.id, job.name);
}

QString errorMessage(const DemoBuild &build, qint64 nowMs)
{
    if (build.isRunning(nowMs))
        return {};
    const QString state = build.finalState();
    const QString step = build.steps.value(build.failedStep).name;
    if (state == u"FAILURE")
        return u"Step \"%1\" failed"_qs.arg(step);
    if (state == u"timeout")
        return u"Step \"%1\" timed out"_qs.arg(step);
    if (state == u"ABORTED")
        return u"The build was stopped"_qs;
    return {};
}

QJsonObject briefRecord(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    const bool running = build.isRunning(nowMs);
    const qint64 elapsed = build.elapsedMs(nowMs);
    const QString queued = DemoRecords::briefTime(build.startMs - build.pendingMs);
    return {{u"id"_qs, DemoIds::recordId(job.id, build.number)},
            {u"status"_qs, build.statusAt(nowMs)},
            {u"duration"_qs, elapsed},
            {u"create_time"_qs, queued},
            {u"schedule_time"_qs, queued},
            {u"queued_time"_qs, queued},
            {u"start_time"_qs, DemoRecords::briefTime(build.startMs)},
            {u"finish_time"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(DemoRecords::briefTime(build.endMs()))},
            {u"build_duration"_qs, elapsed},
            {u"pending_duration"_qs, build.pendingMs},
            {u"project_id"_qs, job.buildProjectId},
            {u"build_no"_qs, build.number},
            {u"branch"_qs, build.branch},
            {u"revision"_qs, build.commit},
            {u"trigger_name"_qs, build.trigger},
            {u"daily_build_number"_qs, build.daily}};
}

} // namespace

QList<StageState> DemoRecords::stagesAt(const DemoBuild &build, qint64 nowMs)
{
    const qint64 end = build.endMs();
    const bool running = nowMs < end;
    const qint64 cut = qMin(nowMs, end);
    QList<StageState> states;
    for (const Stage &stage : planOf(build)) {
        StageState state{stage, u"INIT"_qs, std::nullopt, std::nullopt};
        if (!stage.runs || stage.startMs > cut || (stage.startMs == cut && !running)) {
            states.append(state);
            continue;
        }
        state.startMs = stage.startMs;
        if (stage.endMs <= cut) {
            state.status = stage.fails ? u"FAILED"_qs : u"SUCCESS"_qs;
            state.finishMs = stage.endMs;
        } else if (running) {
            state.status = u"RUNNING"_qs;
        } else {
            state.status = u"ABORTED"_qs;
            state.finishMs = cut;
        }
        states.append(state);
    }
    return states;
}

DemoBuild DemoBuild::planned(qint64 startMs, qint64 totalMs, const QString &outcome, int failedStep)
{
    DemoBuild build;
    build.startMs = startMs;
    build.outcome = outcome;
    const bool fails = outcome == u"FAILURE" || outcome == u"timeout";
    build.failedStep = fails ? (failedStep >= 0 ? failedStep : DemoRecords::kUnitTestStep) : -1;
    build.setupMs = qMax<qint64>(1, totalMs * 3 / 100);
    build.cleanupMs = qMax<qint64>(1, totalMs * 2 / 100);
    const qint64 forSteps = qMax<qint64>(1, totalMs - build.setupMs - build.cleanupMs);
    const QStringList &names = DemoRecords::stepNames();
    const qsizetype lastRun = fails ? build.failedStep : names.size() - 1;
    int runWeight = 0;
    for (qsizetype i = 0; i <= lastRun; ++i)
        runWeight += kStepWeights.at(i);
    // The steps that run share the time; the last of them takes what rounding leaves.
    qint64 given = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int share = i <= lastRun ? runWeight : 100;
        qint64 duration = qMax<qint64>(1, forSteps * kStepWeights.at(i) / share);
        if (i == lastRun)
            duration = qMax<qint64>(1, forSteps - given);
        if (i <= lastRun)
            given += duration;
        build.steps.append({names.at(i), duration});
    }
    return build;
}

qint64 DemoBuild::plannedEndMs() const
{
    if (endless)
        return kNever;
    qint64 end = startMs + setupMs + cleanupMs;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        end += steps.at(i).durationMs;
        if (i == failedStep)
            break;
    }
    return end;
}

qint64 DemoBuild::endMs() const
{
    const qint64 planned = plannedEndMs();
    return abortedAtMs ? qMin(*abortedAtMs, planned) : planned;
}

bool DemoBuild::isRunning(qint64 nowMs) const
{
    return nowMs < endMs();
}

QString DemoBuild::finalState() const
{
    if (abortedAtMs && *abortedAtMs < plannedEndMs())
        return u"ABORTED"_qs;
    return outcome;
}

// Unconfirmed words: the SDK's examples show SUCCESS, FAILED and SCHEDULE_FAILURE only.
QString DemoBuild::statusAt(qint64 nowMs) const
{
    if (isRunning(nowMs))
        return u"RUNNING"_qs;
    const QString state = finalState();
    if (state == u"FAILURE")
        return u"FAILED"_qs;
    if (state == u"timeout")
        return u"TIMEOUT"_qs;
    return state;
}

qint64 DemoBuild::elapsedMs(qint64 nowMs) const
{
    return qMax<qint64>(0, qMin(nowMs, endMs()) - startMs);
}

DemoBuildJob DemoBuildSource::withBuilds(const QList<DemoBuild> &newestFirst) const
{
    DemoBuildJob job = identity();
    job.builds.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        job.builds.append(*it);
    return job;
}

namespace DemoRecords {

const QStringList &stepNames()
{
    static const QStringList names = {u"Checkout code"_qs, u"Install dependencies"_qs, u"Compile"_qs,
                                      u"Run unit tests"_qs, u"Package"_qs, u"Upload to release repository"_qs};
    return names;
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression secret(u"TOKEN|SECRET|PASSWORD|KEY"_qs, QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QString repoName(const QString &jobId, const QString &jobName)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._-]+$"_qs);
    return plain.match(jobName).hasMatch() ? jobName : u"repo-"_qs + jobId.left(8);
}

QString repoId(const QString &jobId)
{
    return QString::number(2'000'000 + DemoIds::seedOf(u"repo:"_qs + jobId) % 1'000'000);
}

QString repoWebUrl(const QString &jobId, const QString &jobName)
{
    return u"https://"_qs + kCodeHub + u"/demo/"_qs + repoName(jobId, jobName);
}

QString userId(const QString &userName)
{
    return DemoIds::hexId(u"user:"_qs + userName);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODateWithMs);
}

QString briefTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_qs);
}

QString historyTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QJsonObject recordListItem(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    const bool running = build.isRunning(nowMs);
    const qint64 elapsed = build.elapsedMs(nowMs);
    const QString webUrl = jobRepoWebUrl(job);
    return {{u"number"_qs, build.number},
            {u"daily_build_number"_qs, build.daily},
            {u"start_time"_qs, build.startMs},
            {u"build_time"_qs, elapsed},
            {u"cost_time"_qs, elapsed},
            {u"state"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(build.finalState())},
            {u"job_running_status"_qs, running ? u"Running"_qs : u"Finished"_qs},
            {u"executor"_qs, build.executor},
            {u"nickname"_qs, build.executor},
            {u"user_id"_qs, DemoRecords::userId(build.executor)},
            {u"trigger_type"_qs, build.trigger},
            {u"build_type"_qs, build.tag.isEmpty() ? u"branch"_qs : u"tag"_qs},
            {u"code_branch"_qs, build.branch},
            {u"commit_id"_qs, build.commit},
            {u"commit_detail_url"_qs, QString(webUrl + u"/commit/"_qs + build.commit)},
            {u"scm_type"_qs, u"codehub"_qs},
            {u"scm_web_url"_qs, webUrl},
            {u"commit_info"_qs, QJsonObject{{u"commit_id"_qs, build.commit},
                                            {u"created_at"_qs, briefTime(build.startMs - 600 * kSecond)}}}};
}

QJsonObject historyRecord(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    const bool running = build.isRunning(nowMs);
    return {{u"record_id"_qs, build.daily},
            {u"job_id"_qs, job.id},
            {u"build_number"_qs, build.number},
            {u"start_time"_qs, historyTime(build.startMs)},
            {u"end_time"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(historyTime(build.endMs()))},
            {u"result"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(build.finalState())}};
}

QJsonObject historyDetails(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    QJsonObject parameters;
    for (const auto &[name, value] : build.parameters)
        parameters.insert(name, value);
    QJsonArray steps;
    for (const StageState &state : stagesAt(build, nowMs)) {
        if (state.stage.key == u"initial" || state.stage.key == u"final")
            continue;   // the old history shows the job's own steps only
        steps.append(QJsonObject{{u"name"_qs, state.stage.name},
                                 {u"status"_qs, oldStepStatus(state.status)},
                                 {u"build_time"_qs, stageDuration(state, nowMs)}});
    }
    return {{u"build_number"_qs, build.number},
            {u"job_name"_qs, job.name},
            {u"project_id"_qs, job.projectId},
            {u"project_name"_qs, job.projectName},
            {u"parameters"_qs, parameters},
            {u"build_steps"_qs, steps}};
}

QJsonObject recordInfo(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    const QString recordId = DemoIds::recordId(job.id, build.number);
    const bool running = build.isRunning(nowMs);
    const QString queued = isoTime(build.startMs - build.pendingMs);
    return {{u"id"_qs, recordId},
            {u"build_project_id"_qs, job.buildProjectId},
            {u"build_record_id"_qs, recordId},
            {u"parent_record_id"_qs, QString()},
            {u"devcloud_project_id"_qs, job.projectId},
            {u"codeci_job_id"_qs, job.id},
            {u"user_id"_qs, DemoRecords::userId(build.executor)},
            {u"build_no"_qs, build.number},
            {u"daily_build_num"_qs, build.daily.section(u'.', 1)},
            {u"execution_id"_qs, DemoIds::hexId(u"execution:"_qs + recordId)},
            {u"repo_name"_qs, jobRepoName(job)},
            {u"repo_id"_qs, jobRepoId(job)},
            {u"branch"_qs, build.branch},
            {u"tag"_qs, build.tag},
            {u"commit"_qs, build.commit},
            {u"commit_message"_qs, build.commitMessage},
            {u"commit_create_time"_qs, isoTime(build.startMs - 600 * kSecond)},
            {u"trigger_type"_qs, triggerWord(build.trigger)},
            {u"build_type"_qs, build.tag.isEmpty() ? u"branch"_qs : u"tag"_qs},
            {u"status"_qs, build.statusAt(nowMs)},
            {u"domain_id"_qs, kDomainId},
            {u"create_time"_qs, queued},
            {u"schedule_time"_qs, queued},
            {u"queued_time"_qs, queued},
            {u"start_time"_qs, isoTime(build.startMs)},
            {u"runnable_time"_qs, isoTime(build.startMs)},
            {u"finish_time"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(build.endMs()))},
            {u"duration"_qs, build.elapsedMs(nowMs)},
            // Unconfirmed words for the record's own state.
            {u"record_status"_qs, running ? u"RUNNING"_qs : u"COMPLETED"_qs},
            {u"use_private_slave"_qs, 0},
            {u"region"_qs, QLatin1String(kRegion)},
            {u"err_msg"_qs, errorMessage(build, nowMs)},
            {u"build_config_type"_qs, u"ACTION"_qs}};
}

QJsonObject fullStages(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
{
    const QString recordId = DemoIds::recordId(job.id, build.number);
    const QString executionId = DemoIds::hexId(u"execution:"_qs + recordId);
    QJsonObject stages;
    for (const StageState &state : stagesAt(build, nowMs)) {
        const bool started = state.startMs.has_value();
        const QJsonValue startTime = timeOrNull(state.startMs, isoTime);
        // status_code and log_status words are unconfirmed.
        QJsonValue statusCode(QJsonValue::Null);
        if (state.status == u"SUCCESS")
            statusCode = 0;
        else if (state.status == u"FAILED" || state.status == u"ABORTED")
            statusCode = 1;
        const QJsonValue duration = started ? QJsonValue(stageDuration(state, nowMs)) : QJsonValue(QJsonValue::Null);
        stages.insert(state.stage.key,
                      QJsonObject{{u"id"_qs, QUuid::createUuidV3(QUuid(recordId), state.stage.key).toString(QUuid::WithoutBraces)},
                                  {u"status"_qs, state.status},
                                  {u"status_code"_qs, statusCode},
                                  {u"log_status"_qs, !started ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(state.finishMs ? u"ARCHIVED"_qs : u"RUNNING"_qs)},
                                  {u"create_time"_qs, startTime},
                                  {u"schedule_time"_qs, startTime},
                                  {u"queued_time"_qs, startTime},
                                  {u"start_time"_qs, startTime},
                                  {u"finish_time"_qs, timeOrNull(state.finishMs, isoTime)},
                                  {u"duration"_qs, duration},
                                  {u"build_duration"_qs, duration},
                                  {u"pending_duration"_qs, started ? QJsonValue(0) : QJsonValue(QJsonValue::Null)},
                                  {u"build_record_id"_qs, recordId},
                                  {u"execution_id"_qs, executionId},
                                  {u"execution_stage_name"_qs, state.stage.key},
                                  {u"display_name"_qs, state.stage.name},
                                  {u"node_id"_qs, state.stage.sequence},
                                  {u"sequence"_qs, state.stage.sequence}});
    }
    return {{u"build_stages"_qs, stages}};
}

QJsonObject briefProject(const DemoBuildJob &job, int limit, qint64 nowMs)
{
    QJsonArray records;
    for (auto it = job.builds.crbegin(); it != job.builds.crend() && records.size() < limit; ++it) {
        if (it->startMs <= nowMs)
            records.append(briefRecord(job, *it, nowMs));
    }
    return {{u"project_id"_qs, job.buildProjectId}, {u"brief_build_record_dtos"_qs, records}};
}

QJsonArray parameters(const DemoBuild &build)
{
    QJsonArray items;
    for (const auto &[name, value] : build.parameters)
        items.append(QJsonObject{{u"name"_qs, name}, {u"value"_qs, value}});
    return items;
}

QList<std::pair<QString, QString>> parameterDefaults(const DemoBuildJob &job)
{
    QList<std::pair<QString, QString>> defaults;
    if (job.branchParameter)
        defaults.append({u"codeBranch"_qs, job.defaultBranch});
    defaults.append({u"BUILD_ENV"_qs, u"staging"_qs});
    defaults.append({u"RELEASE_TOKEN"_qs, QLatin1String(kMaskedValue)});
    return defaults;
}

QJsonObject config(const DemoBuildJob &job)
{
    const auto param = [](const QString &name, const QString &value) {
        return QJsonObject{{u"name"_qs, name}, {u"value"_qs, value}};
    };
    QJsonArray definitions;
    if (job.branchParameter)
        definitions.append(QJsonObject{{u"name"_qs, u"hudson.model.StringParameterDefinition"_qs},
                                       {u"params"_qs, QJsonArray{param(u"name"_qs, u"codeBranch"_qs),
                                                                 param(u"value"_qs, job.defaultBranch),
                                                                 param(u"desc"_qs, u"代码分支，系统预定义参数"_qs)}}});
    // Which param carries a choice parameter's choices is unconfirmed ("limits" here).
    const QJsonArray choices{QJsonObject{{u"disable"_qs, u"0"_qs}, {u"display_name"_qs, u"staging"_qs}, {u"name"_qs, u"staging"_qs}},
                             QJsonObject{{u"disable"_qs, u"0"_qs}, {u"display_name"_qs, u"production"_qs}, {u"name"_qs, u"production"_qs}}};
    QJsonObject limits = param(u"limits"_qs, QString());
    limits.insert(u"limits"_qs, choices);
    definitions.append(QJsonObject{{u"name"_qs, u"hudson.model.ChoiceParameterDefinition"_qs},
                                   {u"params"_qs, QJsonArray{param(u"name"_qs, u"BUILD_ENV"_qs), param(u"value"_qs, u"staging"_qs),
                                                             param(u"desc"_qs, u"Where the package goes"_qs), limits}}});
    // A secret parameter; its definition kind is unconfirmed. Its default is never shown.
    definitions.append(QJsonObject{{u"name"_qs, u"hudson.model.PasswordParameterDefinition"_qs},
                                   {u"params"_qs, QJsonArray{param(u"name"_qs, u"RELEASE_TOKEN"_qs),
                                                             param(u"value"_qs, QLatin1String(kMaskedValue)),
                                                             param(u"desc"_qs, u"Token for the release repository"_qs)}}});
    QJsonArray steps;
    for (const QString &name : stepNames())
        steps.append(QJsonObject{{u"properties"_qs, QJsonObject{{u"command"_qs, QString(u"./ci.sh \""_qs + name + u'"')}}},
                                 {u"module_id"_qs, u"devcloud2018.codeci_action_20057.action"_qs},
                                 {u"name"_qs, name},
                                 {u"version"_qs, u"0.0.1"_qs},
                                 {u"enable"_qs, true}});
    const QString repo = jobRepoName(job);
    const QJsonObject scm{{u"branch"_qs, job.defaultBranch},
                          {u"url"_qs, QString(u"git@"_qs + kCodeHub + u":demo/"_qs + repo + u".git"_qs)},
                          {u"repo_id"_qs, jobRepoId(job)},
                          {u"web_url"_qs, jobRepoWebUrl(job)},
                          {u"scm_type"_qs, u"codehub"_qs},
                          {u"is_auto_build"_qs, false},
                          {u"enable_git_lfs"_qs, false},
                          {u"build_type"_qs, u"branch"_qs},
                          {u"depth"_qs, u"1"_qs},
                          {u"source"_qs, u"codehub"_qs},
                          {u"repo_name"_qs, repo}};
    return {{u"arch"_qs, u"x86-64"_qs},
            {u"project_id"_qs, job.projectId},
            {u"job_name"_qs, job.name},
            {u"auto_update_sub_module"_qs, u"false"_qs},
            {u"flavor"_qs, u"2u8g"_qs},
            {u"parameters"_qs, definitions},
            {u"group_id"_qs, DemoIds::hexId(u"group:"_qs + job.projectId)},
            {u"scms"_qs, QJsonArray{scm}},
            {u"steps"_qs, steps},
            {u"host_type"_qs, u"devcloud"_qs},
            {u"build_config_type"_qs, u"ACTION"_qs},
            {u"build_if_code_updated"_qs, false}};
}

QJsonObject buildInfo(const DemoBuild &build, qint64 nowMs)
{
    const bool running = build.isRunning(nowMs);
    return {{u"building"_qs, running},
            {u"build_result"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(build.finalState())},
            {u"region"_qs, QLatin1String(kRegion)}};
}

QJsonObject runningStatus(const DemoBuildJob &job, qint64 nowMs)
{
    bool running = false;
    for (const DemoBuild &build : job.builds)
        running = running || build.isRunning(nowMs);
    const int last = job.builds.isEmpty() ? 0 : job.builds.constLast().number;
    return {{u"last_job_id"_qs, job.id},
            {u"last_build_no"_qs, QString::number(last)},
            {u"last_build_status"_qs, running ? u"Running"_qs : u"Finished"_qs},
            {u"is_running"_qs, running}};
}

} // namespace DemoRecords
