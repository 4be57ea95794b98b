#include "sandbox/demojobs.h"

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

QList<DemoJob> makeDemoJobs()
{
    // Times are relative to now so the demo always looks current. The first job mirrors the
    // documentation's example, numbers sent as strings included.
    QList<DemoJob> jobs;
    jobs << DemoJob{
        u"f5af662119404ad187437cd272b5099b"_qs, QObject::tr("Finished, healthy, full permissions"),
        merged({{u"id"_qs, u"f5af662119404ad187437cd272b5099b"_qs},
                {u"project_id"_qs, u"85caf40575794f989920-5216d1148af6"_qs},
                {u"project_permission_switch"_qs, true},
                {u"build_time"_qs, u"27.51"_qs},
                {u"charge_time"_qs, u"15.17"_qs},
                {u"create_time"_qs, QString::number(hoursAgo(24 * 180))},
                {u"disabled"_qs, false},
                {u"favorite"_qs, true},
                {u"source_code"_qs, u"codehub"_qs},
                {u"running_status"_qs, u"Finished"_qs},
                {u"new_build"_qs, false},
                {u"job_name"_qs, u"payment-service-ci"_qs},
                {u"last_build_status"_qs, u"success"_qs},
                {u"last_build_time"_qs, hoursAgo(3)},
                {u"health_score"_qs, 92}},
               permissions(true, true, true, true, true, true, true)),
        200, 0};
    jobs << DemoJob{
        u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs, QObject::tr("Failed, poor health, view and run only"),
        merged({{u"id"_qs, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs},
                {u"project_id"_qs, u"b7e1c2d3a4f5061728394a5b-6c7d8e9f0a1b"_qs},
                {u"project_permission_switch"_qs, false},
                {u"build_time"_qs, 412.8},
                {u"charge_time"_qs, 398.25},
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
               permissions(true, true, false, false, false, false, false)),
        200, 0};
    jobs << DemoJob{
        u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs, QObject::tr("Running now, Chinese job name"),
        merged({{u"id"_qs, u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs},
                {u"project_id"_qs, u"4c5d6e7f8a9b0c1d2e3f-4a5b6c7d8e9f"_qs},
                {u"project_permission_switch"_qs, true},
                {u"build_time"_qs, u"95.02"_qs},
                {u"charge_time"_qs, u"60"_qs},
                {u"create_time"_qs, QString::number(hoursAgo(24 * 30))},
                {u"disabled"_qs, false},
                {u"favorite"_qs, false},
                {u"source_code"_qs, u"codehub"_qs},
                {u"running_status"_qs, u"Running"_qs},
                {u"new_build"_qs, false},
                {u"job_name"_qs, u"前端构建-主干"_qs},
                {u"last_build_status"_qs, u"running"_qs},
                {u"last_build_time"_qs, hoursAgo(0.05)},
                {u"health_score"_qs, 74}},
               permissions(true, true, true, true, false, false, false)),
        200, 0};
    jobs << DemoJob{
        u"2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"_qs, QObject::tr("Disabled, aborted, missing times"),
        merged({{u"id"_qs, u"2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"_qs},
                {u"project_id"_qs, u"9f8e7d6c5b4a39281706f5e4-d3c2b1a09f8e"_qs},
                {u"project_permission_switch"_qs, false},
                {u"build_time"_qs, QJsonValue::Null},
                {u"create_time"_qs, QString::number(hoursAgo(24 * 1500))},
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
        200, 0};
    jobs << DemoJob{
        u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_qs, QObject::tr("Fields this version does not know"),
        merged({{u"id"_qs, u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_qs},
                {u"project_id"_qs, u"1a2b3c4d5e6f7a8b9c0d-1e2f3a4b5c6d"_qs},
                {u"project_permission_switch"_qs, true},
                {u"build_time"_qs, u"301.4"_qs},
                {u"create_time"_qs, hoursAgo(24 * 90)},
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
               permissions(true, true, true, false, false, true, false)),
        200, 0};
    jobs << DemoJob{u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs,
                                 QObject::tr("Somebody else's job (no permission)"), {}, 403, 0};
    jobs << DemoJob{u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs,
                                 QObject::tr("A job that was deleted (not found)"), {}, 404, 0};
    jobs << DemoJob{
        u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs, QObject::tr("Slow answer (a few seconds)"),
        merged({{u"id"_qs, u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs},
                {u"project_id"_qs, u"7d8e9f0a1b2c3d4e5f6a-7b8c9d0e1f2a"_qs},
                {u"project_permission_switch"_qs, false},
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
        200, -1};
    jobs << DemoJob{u"7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"_qs,
                                 QObject::tr("The service reports a failure"), {}, 200, 0};
    return jobs;
}

} // namespace

namespace DemoJobs {

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
