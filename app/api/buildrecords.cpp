#include "api/buildrecords.h"

#include "api/lenientjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BuildParse)
};

// Integers arrive as numbers or as strings ("9", "3525000"); either is accepted.
std::optional<qint64> readInteger(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const QString text = value.toString().trimmed();
        const qint64 number = text.toLongLong(&ok);
        if (ok)
            return number;
        const double real = text.toDouble(&ok);
        if (ok && std::isfinite(real) && std::abs(real) < 9e15)
            return qint64(std::llround(real));
        return std::nullopt;
    }
    if (value.isDouble() && std::isfinite(value.toDouble()) && std::abs(value.toDouble()) < 9e15)
        return qint64(std::llround(value.toDouble()));
    return std::nullopt;
}

int readInt(const QJsonValue &value, int fallback = 0)
{
    const std::optional<qint64> number = readInteger(value);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return fallback;
    return int(*number);
}

// A build number, strictly (LenientJson::readBuildNumber()); 0 when there is none.
int readNumber(const QJsonValue &value)
{
    return LenientJson::readBuildNumber(value).value_or(0);
}

// Strings stay strings; numbers (repo ids, commit ids sent as numbers) become their text.
QString readText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

std::optional<bool> readBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return std::nullopt;
}

// ISO-8601 with an offset ("2020-12-30T17:33:11+08:00"), epoch ms as a number or text, or
// "2024-08-31 10:58:02" without a zone, as ListBriefRecord sends it: read in China Standard
// Time (UTC+8), the service's home zone (unconfirmed: the SDK does not say).
std::optional<qint64> readTime(const QJsonValue &value)
{
    if (const std::optional<qint64> epochMs = readInteger(value); epochMs && *epochMs > 0)
        return epochMs;
    const QString text = value.toString().trimmed();
    // First the form without a zone: Qt's ISO reader would take it too, in local time.
    QDateTime when = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_qs);
    if (when.isValid())
        when.setTimeZone(QTimeZone(8 * 3600));
    else
        when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    return when.toMSecsSinceEpoch();
}

QString firstText(const QJsonObject &object, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString text = readText(object.value(QStringView(key)));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// Arrays as documented; a lone object stands for an array of one.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject BuildRecord::toJson() const
{
    return {{u"number"_qs, number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null)},
            {u"daily_build_number"_qs, orNull(dailyBuildNumber)},
            {u"result"_qs, orNull(result)},
            {u"start_time"_qs, orNull(startTimeMs)},
            {u"duration_ms"_qs, orNull(durationMs)},
            {u"trigger_type"_qs, orNull(triggerType)},
            {u"executor"_qs, orNull(executor)},
            {u"branch"_qs, orNull(branch)},
            {u"commit_id"_qs, orNull(commitId)}};
}

int BuildDetails::failedStep() const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).failed())
            return int(i);
    }
    return -1;
}

QJsonObject BuildDetails::toJson() const
{
    QJsonArray stepArray;
    for (const BuildStep &step : steps)
        stepArray.append(QJsonObject{{u"name"_qs, step.name},
                                     {u"status"_qs, step.status},
                                     {u"duration_ms"_qs, step.durationMs}});
    QJsonArray parameterArray;
    for (const auto &[name, value] : parameters)
        parameterArray.append(QJsonObject{{u"name"_qs, name}, {u"value"_qs, value}});
    return {{u"number"_qs, number},
            {u"job_name"_qs, orNull(jobName)},
            {u"project_name"_qs, orNull(projectName)},
            {u"result"_qs, orNull(result)},
            {u"branch"_qs, orNull(branch)},
            {u"parameters"_qs, parameterArray},
            {u"steps"_qs, stepArray}};
}

const JobParameter *JobConfig::branchParameter() const
{
    // A branch of "${RELEASE_BRANCH}" names the parameter that chooses it.
    const QString referenced = branch.startsWith(u"${") && branch.endsWith(u'}') ? branch.mid(2).chopped(1) : QString();
    for (const QString &name : {referenced, u"codeBranch"_qs}) {
        for (const JobParameter &parameter : parameters) {
            if (!name.isEmpty() && parameter.name == name)
                return &parameter;
        }
    }
    return nullptr;
}

QString JobConfig::defaultBranch() const
{
    if (const JobParameter *parameter = branchParameter(); parameter && !parameter->defaultValue.isEmpty())
        return parameter->defaultValue;
    return branch.startsWith(u"${") ? QString() : branch;
}

namespace BuildParse {

QString normalizedResult(const QString &word)
{
    const QString lower = word.trimmed().toLower();
    if (lower == u"success" || lower == u"succeeded" || lower == u"successful")
        return u"success"_qs;
    if (lower == u"failure" || lower == u"failed" || lower == u"fail" || lower == u"error")
        return u"failure"_qs;
    if (lower == u"aborted" || lower == u"abort" || lower == u"stopped" || lower == u"canceled"
        || lower == u"cancelled")
        return u"aborted"_qs;
    if (lower == u"schedule_failure")
        return u"failure"_qs;
    if (lower == u"timeout" || lower == u"timed_out")
        return u"timeout"_qs;
    // Words for a build that has not ended: the record calls' upper-case ones included (the
    // full set is unconfirmed).
    static const QStringList unfinished = {u"running"_qs, u"starting"_qs, u"inqueue"_qs,   u"building"_qs,
                                           u"init"_qs,    u"pending"_qs,  u"queued"_qs,    u"scheduling"_qs,
                                           u"waiting"_qs, u"executing"_qs, u"processing"_qs};
    if (unfinished.contains(lower))
        return u"running"_qs;
    return lower;
}

QString stepStatus(const QString &word)
{
    const QString lower = word.trimmed().toLower();
    if (lower.isEmpty() || lower == u"init" || lower == u"pending" || lower == u"queued" || lower == u"waiting"
        || lower == u"skipped" || lower == u"not_run")
        return {};
    const QString result = normalizedResult(lower);
    if (result == u"failure" || result == u"timeout")
        return u"error"_qs;
    return result; // success, running, aborted, or the service's own word
}

BuildRecord recordFromV1(const QJsonObject &item)
{
    BuildRecord record;
    record.number = readNumber(item.value(u"number"));
    record.dailyBuildNumber = readText(item.value(u"daily_build_number"));
    const QString runningStatus = item.value(u"job_running_status").toString();
    // A build that has not finished has no final state yet, whatever `state` says.
    const bool unfinished = !runningStatus.isEmpty() && runningStatus.compare(u"Finished", Qt::CaseInsensitive) != 0;
    record.result = normalizedResult(unfinished ? u"running"_qs : item.value(u"state").toString());
    record.startTimeMs = readTime(item.value(u"start_time"));
    for (const char16_t *key : {u"build_time", u"cost_time"}) {
        if (const std::optional<qint64> ms = readInteger(item.value(QStringView(key))); ms && *ms >= 0) {
            record.durationMs = ms;
            break;
        }
    }
    record.triggerType = readText(item.value(u"trigger_type"));
    record.executor = firstText(item, {u"executor", u"nickname", u"user_id"});
    record.branch = firstText(item, {u"code_branch", u"branch"});
    record.commitId = readText(item.value(u"commit_id"));
    if (record.commitId.isEmpty())
        record.commitId = readText(item.value(u"commit_info").toObject().value(u"commit_id"));
    return record;
}

BuildRecordPage recordPage(const QJsonObject &result)
{
    BuildRecordPage page;
    page.pageIndex = readInt(result.value(u"page_index"));
    page.totalPages = readInt(result.value(u"total_page"));
    page.totalRecords = readInt(result.value(u"total_record"));
    for (const QJsonValue &item : asArray(result.value(u"job_build_states")))
        page.records.append(recordFromV1(item.toObject()));
    return page;
}

BuildRecord recordFromV3(const QJsonObject &item)
{
    BuildRecord record;
    record.number = readNumber(item.value(u"build_number"));
    record.dailyBuildNumber = readText(item.value(u"record_id"));
    record.result = normalizedResult(item.value(u"result").toString());
    record.startTimeMs = readTime(item.value(u"start_time"));
    const std::optional<qint64> endMs = readTime(item.value(u"end_time"));
    if (record.startTimeMs && endMs && *endMs >= *record.startTimeMs)
        record.durationMs = *endMs - *record.startTimeMs;
    if (record.result.isEmpty() && record.startTimeMs && !endMs)
        record.result = u"running"_qs;
    record.triggerType = readText(item.value(u"trigger_type"));
    record.executor = readText(item.value(u"executor"));
    record.branch = readText(item.value(u"branch"));
    record.commitId = readText(item.value(u"commit_id"));
    return record;
}

BuildRecordPage historyPage(const QJsonObject &root)
{
    BuildRecordPage page;
    page.totalRecords = readInt(root.value(u"total"));
    for (const QJsonValue &item : asArray(root.value(u"history_records")))
        page.records.append(recordFromV3(item.toObject()));
    return page;
}

BuildDetails historyDetails(const QJsonObject &root)
{
    BuildDetails details;
    details.number = readNumber(root.value(u"build_number"));
    details.jobName = readText(root.value(u"job_name"));
    details.projectName = readText(root.value(u"project_name"));
    const QJsonValue parameters = root.value(u"parameters");
    if (parameters.isObject()) {
        const QJsonObject map = parameters.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            details.parameters.append({it.key(), readText(it.value())});
    } else {
        // Some answers list parameters as [{"name": ..., "value": ...}].
        for (const QJsonValue &item : parameters.toArray())
            details.parameters.append({readText(item[u"name"]), readText(item[u"value"])});
    }
    for (const QJsonValue &item : asArray(root.value(u"build_steps"))) {
        const QJsonObject step = item.toObject();
        details.steps.append({readText(step.value(u"name")), step.value(u"status").toString().trimmed().toLower(),
                              qMax<qint64>(0, readInteger(step.value(u"build_time")).value_or(0))});
    }
    return details;
}

BuildRecordDetail recordDetail(const QJsonObject &result)
{
    BuildRecordDetail detail;
    detail.recordId = readText(result.value(u"id"));
    if (detail.recordId.isEmpty())
        detail.recordId = readText(result.value(u"build_record_id"));
    detail.buildProjectId = readText(result.value(u"build_project_id"));
    detail.codeArtsProjectId = readText(result.value(u"devcloud_project_id"));
    detail.number = readNumber(result.value(u"build_no"));
    detail.result = normalizedResult(readText(result.value(u"status")));
    detail.branch = readText(result.value(u"branch"));
    detail.tag = readText(result.value(u"tag"));
    detail.commitId = readText(result.value(u"commit"));
    detail.commitMessage = readText(result.value(u"commit_message"));
    detail.triggerType = readText(result.value(u"trigger_type"));
    detail.errorMessage = readText(result.value(u"err_msg"));
    detail.startTimeMs = readTime(result.value(u"start_time"));
    if (const std::optional<qint64> ms = readInteger(result.value(u"duration")); ms && *ms >= 0)
        detail.durationMs = ms;
    return detail;
}

QList<BuildStep> fullStages(const QJsonObject &result)
{
    struct Stage
    {
        qint64 sequence;
        BuildStep step;
    };
    QList<Stage> stages;
    const QJsonObject map = result.value(u"build_stages").toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QJsonObject stage = it.value().toObject();
        BuildStep step{readText(stage.value(u"display_name")), stepStatus(readText(stage.value(u"status"))),
                       qMax<qint64>(0, readInteger(stage.value(u"duration")).value_or(0))};
        if (step.name.isEmpty())
            step.name = it.key();
        const bool setUpOrCleanUp = it.key() == u"initial" || it.key() == u"final";
        if (setUpOrCleanUp && (step.status == u"success" || step.status.isEmpty()))
            continue;
        // Without a sequence, initial goes first and final last; stageN keeps its number.
        const qint64 fallback = it.key() == u"initial" ? -1 : it.key() == u"final" ? qint64(1) << 40
                                                                                   : it.key().mid(5).toLongLong();
        stages.append({readInteger(stage.value(u"sequence")).value_or(fallback), step});
    }
    std::stable_sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.sequence < b.sequence; });
    QList<BuildStep> steps;
    for (const Stage &stage : std::as_const(stages))
        steps.append(stage.step);
    return steps;
}

QList<std::pair<QString, QString>> buildParameters(const QJsonValue &result)
{
    QList<std::pair<QString, QString>> parameters;
    for (const QJsonValue &item : asArray(result)) {
        const QString name = readText(item[u"name"]);
        if (!name.isEmpty())
            parameters.append({name, readText(item[u"value"])});
    }
    return parameters;
}

QList<BriefRecord> briefRecords(const QJsonValue &result)
{
    QList<BriefRecord> records;
    for (const QJsonValue &project : asArray(result)) {
        const QJsonArray builds = asArray(project[u"brief_build_record_dtos"]);
        if (builds.isEmpty())
            continue;
        // Newest first as documented; the highest build number wins should an answer disagree.
        QJsonObject newest;
        for (const QJsonValue &build : builds) {
            if (newest.isEmpty() || readNumber(build[u"build_no"]) > readNumber(newest.value(u"build_no")))
                newest = build.toObject();
        }
        BriefRecord record;
        record.buildProjectId = readText(project[u"project_id"]);
        if (record.buildProjectId.isEmpty())
            record.buildProjectId = readText(newest.value(u"project_id"));
        record.recordId = readText(newest.value(u"id"));
        record.number = readNumber(newest.value(u"build_no"));
        record.result = normalizedResult(readText(newest.value(u"status")));
        record.startTimeMs = readTime(newest.value(u"start_time"));
        if (!record.startTimeMs)
            record.startTimeMs = readTime(newest.value(u"create_time"));
        if (const std::optional<qint64> ms = readInteger(newest.value(u"duration")); ms && *ms >= 0)
            record.durationMs = ms;
        record.branch = readText(newest.value(u"branch"));
        record.commitId = readText(newest.value(u"revision"));
        record.trigger = readText(newest.value(u"trigger_name"));
        if (!record.buildProjectId.isEmpty() && record.number > 0)
            records.append(record);
    }
    return records;
}

JobConfig jobConfig(const QJsonObject &result)
{
    JobConfig config;
    config.codeArtsProjectId = readText(result.value(u"project_id"));
    config.jobName = readText(result.value(u"job_name"));
    config.branch = readText(asArray(result.value(u"scms")).at(0)[u"branch"]);
    // Each definition lists its fields as {"name": field, "value": ...}; a choice parameter's
    // choices come as `limits` on one of them (which one is unconfirmed: any is read).
    for (const QJsonValue &definition : asArray(result.value(u"parameters"))) {
        JobParameter parameter;
        for (const QJsonValue &field : asArray(definition[u"params"])) {
            const QString key = readText(field[u"name"]);
            const QString value = readText(field[u"value"]);
            if (key == u"name")
                parameter.name = value;
            else if (key == u"value" || key == u"defaultValue" || key == u"default")
                parameter.defaultValue = value;
            else if (key == u"desc" || key == u"description")
                parameter.description = value;
            for (const QJsonValue &limit : asArray(field[u"limits"])) {
                const QString choice = readText(limit[u"name"]);
                if (!choice.isEmpty() && readText(limit[u"disable"]) != u"1")
                    parameter.choices.append(choice);
            }
        }
        if (!parameter.name.isEmpty())
            config.parameters.append(parameter);
    }
    return config;
}

RunningStatus runningStatus(const QJsonObject &root)
{
    RunningStatus status;
    const QJsonValue result = root.value(u"result");
    if (result.isBool()) { // the old ShowJobStatus
        status.isRunning = result.toBool();
        return status;
    }
    const QJsonObject object = result.toObject();
    status.isRunning = readBool(object.value(u"is_running")).value_or(false);
    const QJsonValue number = object.value(u"last_build_no");
    status.lastBuildNumber = LenientJson::readBuildNumber(number);
    if (LenientJson::isUnreadableBuildNumber(number))
        status.unreadableBuildNumber = number.isString() ? number.toString()
                                                         : QString::fromUtf8(QJsonDocument(QJsonArray{number}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    status.lastBuildStatus = readText(object.value(u"last_build_status"));
    return status;
}

BuildInfoState buildState(const QJsonObject &root)
{
    const QJsonValue result = root.value(u"result");
    const QJsonObject object = result.isArray() ? result.toArray().at(0).toObject() : result.toObject();
    BuildInfoState state;
    state.building = readBool(object.value(u"building")).value_or(false);
    state.result = state.building ? u"running"_qs : normalizedResult(readText(object.value(u"build_result")));
    state.region = readText(object.value(u"region"));
    return state;
}

std::optional<StartedBuild> startedBuild(const QJsonObject &root)
{
    // Documented bare; some gateways wrap it in {"result": {...}}.
    const QJsonObject object = root.value(u"result").isObject() ? root.value(u"result").toObject() : root;
    const int number = readNumber(object.value(u"actual_build_number"));
    if (number <= 0)
        return std::nullopt;
    return StartedBuild{number, readText(object.value(u"daily_build_number"))};
}

std::optional<bool> favorite(const QJsonObject &root)
{
    const QJsonValue result = root.value(u"result");
    if (result.isObject())
        return readBool(result.toObject().value(u"favorite"));
    return readBool(result);
}

QString durationText(std::optional<qint64> ms)
{
    if (!ms)
        return u"-"_qs;
    const qint64 seconds = (*ms + 500) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString readableDuration(std::optional<qint64> ms)
{
    if (!ms)
        return u"-"_qs;
    const qint64 seconds = (*ms + 500) / 1000;
    const auto twoDigits = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(twoDigits(seconds % 60));
    return Text::tr("%1 h %2 min").arg(seconds / 3600).arg(twoDigits((seconds % 3600) / 60));
}

QString triggerText(const QString &word)
{
    // The spellings the documentation and the SDK show; the service's full list is unconfirmed.
    static const struct
    {
        const char *words[4];
        const char *text;
    } kTriggers[] = {
        {{"manual", "手工触发", "手动触发"}, QT_TRANSLATE_NOOP("BuildParse", "Manual")},
        {{"scheduled", "timer", "定时触发"}, QT_TRANSLATE_NOOP("BuildParse", "Scheduled")},
        {{"code change", "code commit", "代码更新触发", "代码提交触发"}, QT_TRANSLATE_NOOP("BuildParse", "Code change")},
        {{"pipeline", "流水线触发"}, QT_TRANSLATE_NOOP("BuildParse", "Pipeline")},
    };
    // MANUAL, Manual and manual are one word; so are CODE_CHANGE and Code change.
    const QString key = word.trimmed().toLower().replace(u'_', u' ');
    for (const auto &trigger : kTriggers) {
        for (const char *known : trigger.words) {
            if (known && key == QString::fromUtf8(known))
                return Text::tr(trigger.text);
        }
    }
    return word;
}

} // namespace BuildParse

namespace BuildWindows {

QList<TimeWindow> split(const QDateTime &from, const QDateTime &to)
{
    QList<TimeWindow> windows;
    QDateTime end = to;
    while (end > from) {
        const QDateTime start = std::max(from, end.addDays(-kMaxWindowDays));
        windows.append({start, end});
        end = start;
    }
    return windows;
}

QString queryTime(const QDateTime &when)
{
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs);
}

} // namespace BuildWindows

BuildSummary BuildSummary::of(const QList<BuildRecord> &records, qint64 sinceMs)
{
    BuildSummary summary;
    QList<qint64> durations;
    for (const BuildRecord &record : records) {
        if (record.isRunning() || !record.startTimeMs || *record.startTimeMs < sinceMs)
            continue;
        ++summary.builds;
        if (record.isSuccess())
            ++summary.succeeded;
        if (record.durationMs)
            durations.append(*record.durationMs);
    }
    if (!durations.isEmpty()) {
        const qsizetype middle = durations.size() / 2;
        std::nth_element(durations.begin(), durations.begin() + middle, durations.end());
        qint64 median = durations.at(middle);
        if (durations.size() % 2 == 0) {
            const qint64 lower = *std::max_element(durations.begin(), durations.begin() + middle);
            median = (lower + median) / 2;
        }
        summary.medianDurationMs = median;
    }
    return summary;
}
