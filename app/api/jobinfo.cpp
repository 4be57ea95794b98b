#include "api/jobinfo.h"

#include "api/lenientjson.h"

#include <QJsonValue>

namespace {

using namespace LenientJson;

// Epoch milliseconds between 1970 and the end of year 9999; anything else is missing.
std::optional<qint64> readTime(const QJsonValue &value)
{
    const std::optional<qint64> ms = readInteger(value);
    if (!ms || *ms < 0 || *ms > JobInfo::kLatestTimeMs)
        return std::nullopt;
    return ms;
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
    STRING_FIELD("project_id", buildProjectId),
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

namespace Permissions {

QString label(const PermissionFlag &flag)
{
    return QCoreApplication::translate("Permissions", flag.label);
}

QString description(const PermissionFlag &flag)
{
    return QCoreApplication::translate("Permissions", flag.description);
}

QString stateText(std::optional<bool> granted)
{
    if (!granted)
        return QCoreApplication::translate("Permissions", "Not given by the service");
    return *granted ? QCoreApplication::translate("Permissions", "Allowed")
                    : QCoreApplication::translate("Permissions", "Denied");
}

} // namespace Permissions
