#pragma once

#include "api/apierror.h"
#include "api/jobanswer.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <variant>

// One state for a job's last build, whichever vocabulary the service used: ListJob and
// ListProjectJobs say blue/red/building, ShowJobInfo and newer answers success/failed/running.
enum class BuildState { Unknown, Success, Failed, Running, Aborted, Timeout, NeverBuilt };

namespace BuildStates {
BuildState fromApi(const QString &status);
// The command line's and the cache's word: success, failed, running, aborted, timeout, none.
QString name(BuildState state);
// The word for --status (the names above), or nullopt.
std::optional<BuildState> fromName(const QString &name);
// The `build_status` filter value ListJob and ListProjectJobs document: blue, red, building...
QString filterValue(BuildState state);
// For people, translated: "Success", "Failed", "Timed out", "Never built"...
QString label(BuildState state);
} // namespace BuildStates

// One job as the list calls describe it. `fields` is the job under the API's field names with
// the documented types restored (see normalized()); the typed members are read from it.
struct JobSummary
{
    QString id;
    QString jobName;
    QString codeArtsProjectId;   // project_id: the CodeArts project (ListJob only)
    QString projectName;
    QString buildProjectId;      // build_project_id: the job's build project (a UUID)
    BuildState state = BuildState::Unknown;
    std::optional<qint64> lastBuildTimeMs;
    std::optional<qint64> buildNumber;
    std::optional<int> healthScore;
    std::optional<bool> favorite;
    std::optional<bool> disabled;
    QJsonObject fields;

    static JobSummary fromJson(const QJsonObject &job);

    // The job as given, with numbers as numbers (last_build_time as a 64-bit integer,
    // build_number, health_score, build_time) and booleans as booleans; other fields unchanged.
    static QJsonObject normalized(const QJsonObject &job);
};

Q_DECLARE_METATYPE(JobSummary)

// One CodeArts project from ListRelatedProjectInfo.
struct ProjectSummary
{
    QString id;     // `identifier`, 32 hex characters
    QString name;
    QJsonObject fields;

    static ProjectSummary fromJson(const QJsonObject &project);
};

// One page of any list call: its items and the `total` it announced (missing when the answer
// had none or an unreadable one).
struct ListPage
{
    QList<QJsonObject> items;
    std::optional<qint64> total;
};

// What one HTTP answer to a list call means. Accepts the answer with the {status, error,
// result} wrapper or without it, the list under job_list, jobs or project_info_list, and
// `total` as a number or a numeric string. Everything JobAnswer::readRoot checks applies.
namespace ListAnswer {
std::variant<ListPage, ApiError> interpret(const JobAnswer::Http &http);
}
