#include "sandbox/demojobs.h"

#include "sandbox/demoids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {

constexpr qint64 kHourMs = 3'600'000;

qint64 hoursAgo(double hours)
{
    return QDateTime::currentMSecsSinceEpoch() - qint64(hours * double(kHourMs));
}

QJsonObject permissions(bool view, bool execute, bool modify, bool copy, bool remove,
                        bool forbid, bool manage)
{
    return {{u"is_view"_qs, view},       {u"is_execute"_qs, execute}, {u"is_modify"_qs, modify},
            {u"is_copy"_qs, copy},       {u"is_delete"_qs, remove},   {u"is_forbidden"_qs, forbid},
            {u"is_manager"_qs, manage}};
}

QJsonObject merged(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QString projectIdNamed(const char *name)
{
    return DemoIds::hexId(u"project:"_qs + QString::fromUtf8(name));
}

// A job with an answer: ShowJobInfo's project_id is the job's build project (a UUID), its
// CodeArts project is kept beside the answer for the calls that name it.
DemoJob demoJob(const QString &id, const QString &title, const char *project, QJsonObject result, int delayMs = 0)
{
    result.insert(u"id"_qs, id);
    result.insert(u"project_id"_qs, DemoIds::buildProjectId(id));
    return DemoJob{id, title, result, 200, delayMs, projectIdNamed(project), u"master"_qs};
}

QList<DemoJob> makeDemoJobs()
{
    // Times are relative to now so the demo always looks current. The answers follow the SDK's
    // types (build_time and charge_time strings, times and health numbers), but for the job
    // with fields this version does not know, which also sends numbers as strings.
    QList<DemoJob> jobs;
    jobs << demoJob(u"f5af662119404ad187437cd272b5099b"_qs, QObject::tr("Finished, healthy, full permissions"), "Payments",
                merged({{u"project_permission_switch"_qs, true},
                        {u"build_time"_qs, u"27.51"_qs},
                        {u"charge_time"_qs, u"15.17"_qs},
                        {u"create_time"_qs, hoursAgo(24 * 180)},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, true},
                        {u"source_code"_qs, u"codehub"_qs},
                        {u"running_status"_qs, u"Finished"_qs},
                        {u"new_build"_qs, false},
                        {u"job_name"_qs, u"payment-service-ci"_qs},
                        {u"last_build_status"_qs, u"success"_qs},
                        {u"last_build_time"_qs, hoursAgo(3)},
                        {u"health_score"_qs, 92}},
                       permissions(true, true, true, true, true, true, true)));
    jobs << demoJob(u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs, QObject::tr("Failed, poor health, view and run only"),
                "移动应用",
                merged({{u"project_permission_switch"_qs, false},
                        {u"build_time"_qs, u"412.8"_qs},
                        {u"charge_time"_qs, u"398.25"_qs},
                        {u"create_time"_qs, hoursAgo(24 * 400)},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, false},
                        {u"source_code"_qs, u"github"_qs},
                        {u"running_status"_qs, u"Finished"_qs},
                        {u"new_build"_qs, true},
                        {u"job_name"_qs, u"mobile-app-nightly"_qs},
                        {u"last_build_status"_qs, u"failed"_qs},
                        {u"last_build_time"_qs, hoursAgo(0.75)},
                        {u"health_score"_qs, 41}},
                       permissions(true, true, false, false, false, false, false)));
    jobs << demoJob(u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs, QObject::tr("Running now, Chinese job name"), "Web Portal",
                merged({{u"project_permission_switch"_qs, true},
                        {u"build_time"_qs, u"95.02"_qs},
                        {u"charge_time"_qs, u"60"_qs},
                        {u"create_time"_qs, hoursAgo(24 * 30)},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, false},
                        {u"source_code"_qs, u"codehub"_qs},
                        {u"running_status"_qs, u"Running"_qs},
                        {u"new_build"_qs, false},
                        {u"job_name"_qs, u"前端构建-主干"_qs},
                        {u"last_build_status"_qs, u"running"_qs},
                        {u"last_build_time"_qs, hoursAgo(0.05)},
                        {u"health_score"_qs, 74}},
                       permissions(true, true, true, true, false, false, false)));
    // An old job: no run parameters, so no branch to choose.
    DemoJob legacy = demoJob(u"2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"_qs, QObject::tr("Disabled, aborted, missing times"),
                         "基础架构",
                         merged({{u"project_permission_switch"_qs, false},
                                 {u"build_time"_qs, QJsonValue::Null},
                                 {u"create_time"_qs, hoursAgo(24 * 1500)},
                                 {u"disabled"_qs, true},
                                 {u"favorite"_qs, false},
                                 {u"source_code"_qs, u"gitlab"_qs},
                                 {u"running_status"_qs, u"Finished"_qs},
                                 {u"new_build"_qs, false},
                                 {u"job_name"_qs, u"legacy-monolith-build"_qs},
                                 {u"last_build_status"_qs, u"aborted"_qs},
                                 {u"last_build_time"_qs, QJsonValue::Null},
                                 {u"health_score"_qs, 18}},
                                permissions(true, false, false, false, false, false, false)));
    legacy.defaultBranch = u"trunk"_qs;
    legacy.branchParameter = false;
    jobs << legacy;
    // Builds its release branch only: its configuration has no codeBranch parameter.
    DemoJob unknownFields = demoJob(u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_qs, QObject::tr("Fields this version does not know"),
                                "Data Platform",
                                merged({{u"project_permission_switch"_qs, true},
                                        {u"build_time"_qs, u"301.4"_qs},
                                        {u"create_time"_qs, QString::number(hoursAgo(24 * 90))},
                                        {u"disabled"_qs, false},
                                        {u"favorite"_qs, true},
                                        {u"source_code"_qs, u"codehub"_qs},
                                        {u"running_status"_qs, u"Finished"_qs},
                                        {u"new_build"_qs, false},
                                        {u"job_name"_qs, u"data-pipeline-release"_qs},
                                        {u"last_build_status"_qs, u"success"_qs},
                                        {u"last_build_time"_qs, QString::number(hoursAgo(26))},
                                        {u"health_score"_qs, u"63"_qs},
                                        {u"build_no"_qs, u"128"_qs},
                                        {u"branch"_qs, u"release/2.4"_qs},
                                        {u"tags"_qs, QJsonArray{u"release"_qs, u"data"_qs}}},
                                       permissions(true, true, true, false, false, true, false)));
    unknownFields.defaultBranch = u"release/2.4"_qs;
    unknownFields.branchParameter = false;
    jobs << unknownFields;
    jobs << DemoJob{u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs, QObject::tr("Somebody else's job (no permission)"), {}, 403, 0,
                    projectIdNamed("Payments"), u"master"_qs};
    jobs << DemoJob{u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs, QObject::tr("A job that was deleted (not found)"), {}, 404, 0,
                    projectIdNamed("Payments"), u"master"_qs};
    // The full integration suite always runs on main: no codeBranch parameter either.
    DemoJob slow = demoJob(u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs, QObject::tr("Slow answer (a few seconds)"), "运维工具",
                       merged({{u"project_permission_switch"_qs, false},
                               {u"build_time"_qs, u"1280.5"_qs},
                               {u"charge_time"_qs, u"1200"_qs},
                               {u"create_time"_qs, hoursAgo(24 * 12)},
                               {u"disabled"_qs, false},
                               {u"favorite"_qs, false},
                               {u"source_code"_qs, u"codehub"_qs},
                               {u"running_status"_qs, u"Finished"_qs},
                               {u"new_build"_qs, false},
                               {u"job_name"_qs, u"integration-tests-full"_qs},
                               {u"last_build_status"_qs, u"success"_qs},
                               {u"last_build_time"_qs, hoursAgo(30)},
                               {u"health_score"_qs, 100}},
                              permissions(true, true, true, true, true, false, true)),
                       -1);
    slow.defaultBranch = u"main"_qs;
    slow.branchParameter = false;
    jobs << slow;
    jobs << DemoJob{u"7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"_qs, QObject::tr("The service reports a failure"), {}, 200, 0,
                    projectIdNamed("Payments"), u"master"_qs};
    return jobs;
}

} // namespace

namespace DemoJobs {

const QList<DemoProject> &projects()
{
    static const QList<DemoProject> projects = [] {
        QList<DemoProject> list;
        for (const char *name : {"Payments", "移动应用", "Data Platform", "运维工具", "Web Portal", "基础架构"})
            list.append({projectIdNamed(name), QString::fromUtf8(name)});
        return list;
    }();
    return projects;
}

QString projectName(const QString &projectId)
{
    for (const DemoProject &project : projects()) {
        if (project.id == projectId)
            return project.name;
    }
    return {};
}

const QList<DemoJob> &all()
{
    static const QList<DemoJob> jobs = makeDemoJobs();
    return jobs;
}

std::optional<DemoJob> find(const QString &jobId)
{
    for (const DemoJob &job : all()) {
        if (job.id == jobId)
            return job;
    }
    return std::nullopt;
}

QString firstJobId()
{
    return all().constFirst().id;
}

QByteArray demoToken()
{
    return QByteArrayLiteral("demo-token-for-the-codearts-inspector-sandbox");
}

} // namespace DemoJobs
