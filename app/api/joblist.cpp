#include "api/joblist.h"

#include "api/lenientjson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace LenientJson;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobList)
};

struct StateWords
{
    BuildState state;
    const char *name;         // ours
    const char *filter;       // the service's build_status value
    QLatin1StringView words;  // what answers may say, lower case, separated by spaces
};

// Both vocabularies: the list calls' Jenkins-like colours and ShowJobInfo's words.
const StateWords kStates[] = {
    {BuildState::Success, "success", "blue", QLatin1StringView(" blue success succeeded successful passed ")},
    {BuildState::Failed, "failed", "red", QLatin1StringView(" red failed fail failure error ")},
    {BuildState::Running, "running", "building", QLatin1StringView(" building running queued waiting pending in_progress ")},
    {BuildState::Aborted, "aborted", "aborted", QLatin1StringView(" aborted canceled cancelled stopped ")},
    {BuildState::Timeout, "timeout", "timeout", QLatin1StringView(" timeout timed_out timedout ")},
    {BuildState::NeverBuilt, "none", "none", QLatin1StringView(" none notbuilt not_built never ")},
};

// The fields whose documented type the service does not always keep.
const char *const kIntegerFields[] = {"last_build_time", "health_score"};
const char *const kBoolFields[] = {"is_finished", "disabled", "favorite", "is_modify", "is_delete",
                                   "is_view", "is_execute", "is_copy", "is_forbidden",
                                   "project_permission_switch"};

// Replaces the value under `key` with what `read` makes of it (null when it cannot), unless it
// already has the type `kept`.
template<typename Read>
void normalize(QJsonObject &object, QLatin1StringView key, QJsonValue::Type kept, Read read)
{
    const auto found = object.constFind(key);
    if (found == object.constEnd() || found->type() == kept)
        return;
    const auto value = read(*found);
    object.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

} // namespace

BuildState BuildStates::fromApi(const QString &status)
{
    const QString word = status.trimmed().toLower();
    if (word.isEmpty())
        return BuildState::NeverBuilt;
    // Jenkins adds "_anime" to a colour while a build runs ("blue_anime").
    if (word.endsWith(u"_anime"))
        return BuildState::Running;
    const QString padded = u' ' + word + u' ';
    for (const StateWords &entry : kStates) {
        if (entry.words.contains(padded))
            return entry.state;
    }
    return BuildState::Unknown;
}

QString BuildStates::name(BuildState state)
{
    for (const StateWords &entry : kStates) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return u"unknown"_qs;
}

std::optional<BuildState> BuildStates::fromName(const QString &name)
{
    for (const StateWords &entry : kStates) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString BuildStates::filterValue(BuildState state)
{
    for (const StateWords &entry : kStates) {
        if (entry.state == state)
            return QLatin1String(entry.filter);
    }
    return {};
}

QString BuildStates::label(BuildState state)
{
    switch (state) {
    case BuildState::Success: return Text::tr("Success");
    case BuildState::Failed: return Text::tr("Failed");
    case BuildState::Running: return Text::tr("Running");
    case BuildState::Aborted: return Text::tr("Aborted");
    case BuildState::Timeout: return Text::tr("Timed out");
    case BuildState::NeverBuilt: return Text::tr("Never built");
    case BuildState::Unknown: break;
    }
    return Text::tr("Unknown");
}

QJsonObject JobSummary::normalized(const QJsonObject &job)
{
    QJsonObject out = job;
    // Integers are always written back: a parsed double and a parsed integer look alike here,
    // and only an integer prints without an exponent.
    for (const char *name : kIntegerFields)
        normalize(out, QLatin1StringView(name), QJsonValue::Undefined, readInteger);
    // Build numbers strictly: "1.5" or 2^63 name no build, and are never rounded to one.
    normalize(out, QLatin1StringView("build_number"), QJsonValue::Undefined, readBuildNumber);
    // The others only when their type is wrong: a listing has tens of thousands of jobs, and
    // each rewrite costs a lookup and an insert.
    normalize(out, QLatin1StringView("build_time"), QJsonValue::Double, readNumber);
    for (const char *name : kBoolFields)
        normalize(out, QLatin1StringView(name), QJsonValue::Bool, readBool);
    return out;
}

JobSummary JobSummary::fromJson(const QJsonObject &job)
{
    JobSummary summary;
    summary.fields = normalized(job);
    const QJsonObject &f = summary.fields;
    summary.id = readString(f.value(u"id"));
    summary.jobName = readString(f.value(u"job_name"));
    summary.codeArtsProjectId = readString(f.value(u"project_id"));
    summary.buildProjectId = readString(f.value(u"build_project_id"));
    summary.projectName = readString(f.value(u"project_name"));
    summary.state = BuildStates::fromApi(readString(f.value(u"last_build_status")));
    summary.lastBuildTimeMs = readInteger(f.value(u"last_build_time"));
    summary.buildNumber = readBuildNumber(f.value(u"build_number"));
    summary.healthScore = readInt(f.value(u"health_score"));
    summary.favorite = readBool(f.value(u"favorite"));
    summary.disabled = readBool(f.value(u"disabled"));
    return summary;
}

ProjectSummary ProjectSummary::fromJson(const QJsonObject &project)
{
    ProjectSummary summary;
    summary.fields = project;
    summary.id = readString(project.value(u"identifier"));
    if (summary.id.isEmpty())
        summary.id = readString(project.value(u"project_id"));
    summary.name = readString(project.value(u"name"));
    if (summary.name.isEmpty())
        summary.name = readString(project.value(u"project_name"));
    return summary;
}

std::variant<ListPage, ApiError> ListAnswer::interpret(const JobAnswer::Http &http)
{
    std::variant<QJsonObject, ApiError> root = JobAnswer::readRoot(http);
    if (ApiError *error = std::get_if<ApiError>(&root))
        return std::move(*error);
    const QJsonObject &object = std::get<QJsonObject>(root);
    const QJsonValue result = object.value(u"result");
    const QJsonObject container = result.isObject() ? result.toObject() : object;

    QJsonValue list(QJsonValue::Undefined);
    for (const auto key : {u"job_list", u"jobs", u"project_info_list"}) {
        if (container.contains(key)) {
            list = container.value(key);
            break;
        }
    }
    // An empty account may answer {"total": 0} with no list at all, or a null list.
    const bool empty = list.isNull() || (list.isUndefined() && container.contains(u"total"));
    if (!list.isArray() && !empty) {
        ApiError error(ApiError::Kind::InvalidResponse, Text::tr("The answer has no list in it."),
                       Text::tr("Check that the endpoint is a CodeArts Build endpoint."));
        error.httpStatus = http.status;
        error.requestId = QString::fromLatin1(http.requestId);
        return error;
    }
    ListPage page;
    const QJsonArray items = list.toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (item.isObject())
            page.items.append(item.toObject());
    }
    if (const std::optional<qint64> total = readInteger(container.value(u"total")); total && *total >= 0)
        page.total = total;
    return page;
}
