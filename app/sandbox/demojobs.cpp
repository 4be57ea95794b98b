#include "sandbox/demojobs.h"

#include "sandbox/demoids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace {

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

// The start of a day in the service's time zone (UTC+8), as epoch ms.
qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

DemoBuildPlan plan(DemoBuildPlan::Pattern pattern, int minPerDay, int maxPerDay, int typicalMinutes, int healthBase,
                   QDate firstDay)
{
    DemoBuildPlan plan;
    plan.pattern = pattern;
    plan.minPerDay = minPerDay;
    plan.maxPerDay = maxPerDay;
    plan.typicalMinutes = typicalMinutes;
    plan.healthBase = healthBase;
    plan.firstDay = firstDay;
    return plan;
}

// A job with an answer: ShowJobInfo's project_id is the job's build project (a UUID), its
// CodeArts project is kept beside the answer for the calls that name it. The job was created
// when its builds began.
DemoJob demoJob(const QString &id, const QString &title, const char *project, QJsonObject result,
                const DemoBuildPlan &plan, int delayMs = 0)
{
    result.insert(u"id"_qs, id);
    result.insert(u"project_id"_qs, DemoIds::buildProjectId(id));
    const qint64 created = startOf(plan.firstDay);
    result.insert(u"create_time"_qs, plan.numbersAsStrings ? QJsonValue(QString::number(created)) : QJsonValue(created));
    return DemoJob{id, title, result, 200, delayMs, projectIdNamed(project), u"master"_qs, true, plan};
}

QList<DemoJob> makeDemoJobs()
{
    using Pattern = DemoBuildPlan::Pattern;
    // The answers follow the SDK's types (build_time and charge_time strings, times and health
    // numbers), but for the job with fields this version does not know, which also sends numbers
    // as strings. last_build_time, last_build_status, running_status and health_score are read
    // from the builds when asked (DemoBuilds::showJobResult); the values here are those the
    // titles promise, which the steady jobs keep at all times.
    QList<DemoJob> jobs;
    // All its builds succeed, and it never shows one running: the documentation's example.
    jobs << demoJob(u"f5af662119404ad187437cd272b5099b"_qs, QObject::tr("Finished, healthy, full permissions"), "Payments",
                merged({{u"project_permission_switch"_qs, true},
                        {u"build_time"_qs, u"27.51"_qs},
                        {u"charge_time"_qs, u"15.17"_qs},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, true},
                        {u"source_code"_qs, u"codehub"_qs},
                        {u"running_status"_qs, u"Finished"_qs},
                        {u"new_build"_qs, false},
                        {u"job_name"_qs, u"payment-service-ci"_qs},
                        {u"last_build_status"_qs, u"success"_qs},
                        {u"health_score"_qs, 92}},
                       permissions(true, true, true, true, true, true, true)),
                plan(Pattern::Steady, 6, 10, 4, 92, QDate(2024, 12, 1)));
    // Every build fails at its unit tests.
    DemoBuildPlan failing = plan(Pattern::Steady, 3, 5, 7, 91, QDate(2024, 10, 1));
    failing.outcome = u"FAILURE"_qs;
    jobs << demoJob(u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs, QObject::tr("Failed, poor health, view and run only"),
                "移动应用",
                merged({{u"project_permission_switch"_qs, false},
                        {u"build_time"_qs, u"412.8"_qs},
                        {u"charge_time"_qs, u"398.25"_qs},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, false},
                        {u"source_code"_qs, u"github"_qs},
                        {u"running_status"_qs, u"Finished"_qs},
                        {u"new_build"_qs, true},
                        {u"job_name"_qs, u"mobile-app-nightly"_qs},
                        {u"last_build_status"_qs, u"failed"_qs},
                        {u"health_score"_qs, 41}},
                       permissions(true, true, false, false, false, false, false)),
                failing);
    // A build of 24 minutes after another, all day: always one to try Stop on.
    jobs << demoJob(u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs, QObject::tr("Running now, Chinese job name"), "Web Portal",
                merged({{u"project_permission_switch"_qs, true},
                        {u"build_time"_qs, u"95.02"_qs},
                        {u"charge_time"_qs, u"60"_qs},
                        {u"disabled"_qs, false},
                        {u"favorite"_qs, false},
                        {u"source_code"_qs, u"codehub"_qs},
                        {u"running_status"_qs, u"Running"_qs},
                        {u"new_build"_qs, false},
                        {u"job_name"_qs, u"前端构建-主干"_qs},
                        {u"last_build_status"_qs, u"running"_qs},
                        {u"health_score"_qs, 74}},
                       permissions(true, true, true, true, false, false, false)),
                plan(Pattern::Continuous, 60, 60, 24, 74, QDate(2024, 12, 20)));
    // An old job, disabled: no run parameters, so no branch to choose; ShowJobInfo has no times.
    DemoBuildPlan frozen = plan(Pattern::Frozen, 2, 5, 10, 43, QDate(2022, 10, 1));
    frozen.missingTimes = true;
    DemoJob legacy = demoJob(u"2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"_qs, QObject::tr("Disabled, aborted, missing times"),
                         "基础架构",
                         merged({{u"project_permission_switch"_qs, false},
                                 {u"build_time"_qs, QJsonValue::Null},
                                 {u"disabled"_qs, true},
                                 {u"favorite"_qs, false},
                                 {u"source_code"_qs, u"gitlab"_qs},
                                 {u"running_status"_qs, u"Finished"_qs},
                                 {u"new_build"_qs, false},
                                 {u"job_name"_qs, u"legacy-monolith-build"_qs},
                                 {u"last_build_status"_qs, u"aborted"_qs},
                                 {u"last_build_time"_qs, QJsonValue::Null},
                                 {u"health_score"_qs, 18}},
                                permissions(true, false, false, false, false, false, false)),
                         frozen);
    legacy.defaultBranch = u"trunk"_qs;
    legacy.branchParameter = false;
    jobs << legacy;
    // Builds its release branch only: its configuration has no codeBranch parameter. Its builds
    // come every hour or two and end in varied ways: the job whose health moves.
    DemoBuildPlan varied = plan(Pattern::Varied, 14, 22, 5, 88, QDate(2024, 9, 1));
    varied.numbersAsStrings = true;
    DemoJob unknownFields = demoJob(u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_qs, QObject::tr("Fields this version does not know"),
                                "Data Platform",
                                merged({{u"project_permission_switch"_qs, true},
                                        {u"build_time"_qs, u"301.4"_qs},
                                        {u"disabled"_qs, false},
                                        {u"favorite"_qs, true},
                                        {u"source_code"_qs, u"codehub"_qs},
                                        {u"running_status"_qs, u"Finished"_qs},
                                        {u"new_build"_qs, false},
                                        {u"job_name"_qs, u"data-pipeline-release"_qs},
                                        {u"last_build_status"_qs, u"success"_qs},
                                        {u"health_score"_qs, u"88"_qs},
                                        {u"build_no"_qs, u"128"_qs},
                                        {u"branch"_qs, u"release/2.4"_qs},
                                        {u"tags"_qs, QJsonArray{u"release"_qs, u"data"_qs}}},
                                       permissions(true, true, true, false, false, true, false)),
                                varied);
    unknownFields.defaultBranch = u"release/2.4"_qs;
    unknownFields.branchParameter = false;
    jobs << unknownFields;
    jobs << DemoJob{u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs, QObject::tr("Somebody else's job (no permission)"), {}, 403, 0,
                    projectIdNamed("Payments"), u"master"_qs, true, {}};
    jobs << DemoJob{u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs, QObject::tr("A job that was deleted (not found)"), {}, 404, 0,
                    projectIdNamed("Payments"), u"master"_qs, true, {}};
    // The full integration suite always runs on main: no codeBranch parameter either. Its long
    // builds all succeed and are listed once done; the newest has the huge log.
    DemoJob slow = demoJob(u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs, QObject::tr("Slow answer (a few seconds)"), "运维工具",
                       merged({{u"project_permission_switch"_qs, false},
                               {u"build_time"_qs, u"1280.5"_qs},
                               {u"charge_time"_qs, u"1200"_qs},
                               {u"disabled"_qs, false},
                               {u"favorite"_qs, false},
                               {u"source_code"_qs, u"codehub"_qs},
                               {u"running_status"_qs, u"Finished"_qs},
                               {u"new_build"_qs, false},
                               {u"job_name"_qs, u"integration-tests-full"_qs},
                               {u"last_build_status"_qs, u"success"_qs},
                               {u"health_score"_qs, 100}},
                              permissions(true, true, true, true, true, false, true)),
                       plan(Pattern::Steady, 6, 9, 21, 100, QDate(2024, 12, 15)), -1);
    slow.defaultBranch = u"main"_qs;
    slow.branchParameter = false;
    jobs << slow;
    jobs << DemoJob{u"7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"_qs, QObject::tr("The service reports a failure"), {}, 200, 0,
                    projectIdNamed("Payments"), u"master"_qs, true, {}};
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
