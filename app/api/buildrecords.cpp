#include "api/buildrecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

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

// ISO-8601 with an offset ("2020-12-30T17:33:11+08:00"), or epoch ms as a number or text.
std::optional<qint64> readTime(const QJsonValue &value)
{
    if (const std::optional<qint64> epochMs = readInteger(value); epochMs && *epochMs > 0)
        return epochMs;
    const QDateTime when = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
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
    return {{u"number"_qs, number},
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
            {u"parameters"_qs, parameterArray},
            {u"steps"_qs, stepArray}};
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
    if (lower == u"timeout" || lower == u"timed_out")
        return u"timeout"_qs;
    if (lower == u"running" || lower == u"starting" || lower == u"inqueue" || lower == u"building")
        return u"running"_qs;
    return lower;
}

BuildRecord recordFromV1(const QJsonObject &item)
{
    BuildRecord record;
    record.number = readInt(item.value(u"number"));
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
    record.number = readInt(item.value(u"build_number"));
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
    details.number = readInt(root.value(u"build_number"));
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
    if (const std::optional<qint64> number = readInteger(object.value(u"last_build_no")); number && *number > 0
        && *number <= std::numeric_limits<int>::max())
        status.lastBuildNumber = int(*number);
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
    const int number = readInt(object.value(u"actual_build_number"));
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
