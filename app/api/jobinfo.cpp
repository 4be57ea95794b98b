#include "api/jobinfo.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

// The service sends some numbers as JSON strings ("1717574458000", "27.51"): accept both.
std::optional<double> readNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> readInteger(const QJsonValue &value)
{
    if (value.isString()) {
        // Parse integer text directly: epoch milliseconds exceed double's exact range only far
        // in the future, but there is no reason to lose digits.
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    const std::optional<double> number = readNumber(value);
    // double(max) rounds up to 2^63, which does not fit: the upper bound is exclusive.
    if (!number || *number < double(std::numeric_limits<qint64>::min())
        || *number >= double(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(std::llround(*number));
}

// Epoch milliseconds between 1970 and the end of year 9999; anything else is missing.
std::optional<qint64> readTime(const QJsonValue &value)
{
    const std::optional<qint64> ms = readInteger(value);
    if (!ms || *ms < 0 || *ms > JobInfo::kLatestTimeMs)
        return std::nullopt;
    return ms;
}

std::optional<int> readInt(const QJsonValue &value)
{
    const std::optional<qint64> number = readInteger(value);
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<bool> readBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return std::nullopt;
}

QString readString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

template <typename T>
QJsonValue toJsonValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJsonValue(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// The fields this version understands, each with how to read and write it.
struct FieldBinding
{
    const char *name;
    void (*read)(JobInfo &, const QJsonValue &);
    QJsonValue (*write)(const JobInfo &);
};

#define STRING_FIELD(api, member)                                                             \
    FieldBinding{api, [](JobInfo &j, const QJsonValue &v) { j.member = readString(v); },       \
                 [](const JobInfo &j) { return toJsonValue(j.member); }}
#define TYPED_FIELD(api, member, reader)                                                      \
    FieldBinding{api, [](JobInfo &j, const QJsonValue &v) { j.member = reader(v); },           \
                 [](const JobInfo &j) { return toJsonValue(j.member); }}

const FieldBinding kFields[] = {
    STRING_FIELD("id", id),
    STRING_FIELD("project_id", projectId),
    STRING_FIELD("job_name", jobName),
    STRING_FIELD("source_code", sourceCode),
    STRING_FIELD("running_status", runningStatus),
    STRING_FIELD("last_build_status", lastBuildStatus),
    TYPED_FIELD("create_time", createTimeMs, readTime),
    TYPED_FIELD("last_build_time", lastBuildTimeMs, readTime),
    TYPED_FIELD("build_time", buildTime, readNumber),
    TYPED_FIELD("charge_time", chargeTime, readNumber),
    TYPED_FIELD("health_score", healthScore, readInt),
    TYPED_FIELD("is_view", isView, readBool),
    TYPED_FIELD("is_execute", isExecute, readBool),
    TYPED_FIELD("is_modify", isModify, readBool),
    TYPED_FIELD("is_copy", isCopy, readBool),
    TYPED_FIELD("is_delete", isDelete, readBool),
    TYPED_FIELD("is_forbidden", isForbidden, readBool),
    TYPED_FIELD("is_manager", isManager, readBool),
    TYPED_FIELD("disabled", disabled, readBool),
    TYPED_FIELD("favorite", favorite, readBool),
    TYPED_FIELD("new_build", newBuild, readBool),
    TYPED_FIELD("project_permission_switch", projectPermissionSwitch, readBool),
};

#undef STRING_FIELD
#undef TYPED_FIELD

const FieldBinding *findField(const QString &name)
{
    for (const FieldBinding &field : kFields) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

} // namespace

JobInfo JobInfo::fromJson(const QJsonObject &result)
{
    JobInfo job;
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (const FieldBinding *field = findField(it.key()))
            field->read(job, it.value());
        else
            job.unknownFields.insert(it.key(), it.value());
    }
    return job;
}

QJsonObject JobInfo::toJson() const
{
    QJsonObject json = unknownFields;
    for (const FieldBinding &field : kFields)
        json.insert(QLatin1String(field.name), field.write(*this));
    return json;
}
