#include "sandbox/demojoblist.h"

#include "api/lenientjson.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"
#include "sandbox/demorecords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;

DemoResponse json(const QJsonObject &body, int status = 200)
{
    return {status, QByteArrayLiteral("application/json;charset=UTF-8"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}}};
}

DemoResponse invalidParameter(const QString &what)
{
    return json({{u"error_code"_qs, u"CB.00060200"_qs}, {u"error_msg"_qs, QString(u"Invalid parameter: "_qs + what)}}, 400);
}

// Reads an integer query item; `fallback` when absent, nullopt when present but not a number.
std::optional<int> intItem(const QUrlQuery &query, const QString &name, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The status colours in the proportions a busy account has.
const char *pickStatus(QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    if (roll < 55) return "blue";
    if (roll < 73) return "red";
    if (roll < 80) return "building";
    if (roll < 88) return "aborted";
    if (roll < 93) return "timeout";
    return "none";
}

const char *colourOf(const QString &word)
{
    if (word == u"success") return "blue";
    if (word == u"failed") return "red";
    if (word == u"running") return "building";
    if (word == u"aborted") return "aborted";
    if (word == u"timeout") return "timeout";
    return "none";
}

} // namespace

DemoJobList::DemoJobList(int jobCount, LiveResults liveResults) : m_liveResults(std::move(liveResults))
{
    m_projects = DemoJobs::projects();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The sandbox's own jobs first, so that a job found here opens in the window.
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.result.isEmpty())
            continue;
        Job job;
        job.id = demo.id;
        job.name = demo.result.value(u"job_name").toString();
        job.project = int(std::find_if(m_projects.cbegin(), m_projects.cend(),
                                       [&](const Project &project) { return project.id == demo.projectId; })
                          - m_projects.cbegin());
        job.branch = demo.defaultBranch;
        job.buildSeconds = 95;
        job.demo = true;
        applyResult(job, demo.result);
        m_jobs.append(live(job));   // placed by when it was last built at the start
    }

    const char *const parts[] = {"payment", "order", "checkout", "user-center", "inventory", "gateway",
                                 "search", "report", "billing", "notification", "支付", "订单",
                                 "用户中心", "库存", "网关", "搜索", "报表", "消息推送"};
    const char *const kinds[] = {"-ci", "-nightly", "-release", "-deploy", "-unit-tests", "-e2e",
                                 "构建", "发布", "夜间构建", "单元测试"};
    QRandomGenerator random(20240923);
    for (int n = int(m_jobs.size()); n < jobCount; ++n) {
        Job job;
        const QString part = QString::fromUtf8(parts[random.bounded(int(std::size(parts)))]);
        const QString kind = QString::fromUtf8(kinds[random.bounded(int(std::size(kinds)))]);
        job.name = part + kind + u'-' + QString::number(n);
        job.id = DemoIds::hexId(u"job:"_qs + QString::number(n));
        job.project = int(random.bounded(int(m_projects.size())));
        job.status = pickStatus(random);
        if (qstrcmp(job.status, "none") != 0) {
            job.lastBuildTimeMs = now - qint64(random.bounded(60 * 24 * 60)) * kMinuteMs;
            job.buildNumber = 1 + int(random.bounded(900));
            job.health = int(random.bounded(101));
            job.buildSeconds = 20 + int(random.bounded(1800));
        }
        job.favorite = random.bounded(20) == 0;
        job.disabled = random.bounded(40) == 0;
        m_jobs.append(job);
    }
    std::stable_sort(m_jobs.begin(), m_jobs.end(),
                     [](const Job &a, const Job &b) { return a.lastBuildTimeMs > b.lastBuildTimeMs; });
}

void DemoJobList::applyResult(Job &job, const QJsonObject &result)
{
    job.status = colourOf(result.value(u"last_build_status").toString());
    // The demo jobs send some numbers as strings, as the service does.
    job.lastBuildTimeMs = LenientJson::readInteger(result.value(u"last_build_time")).value_or(0);
    job.buildNumber = LenientJson::readInt(result.value(u"build_no")).value_or(job.lastBuildTimeMs > 0 ? 12 : 0);
    job.health = LenientJson::readInt(result.value(u"health_score")).value_or(0);
    job.favorite = result.value(u"favorite").toBool();
    job.disabled = result.value(u"disabled").toBool();
}

DemoJobList::Job DemoJobList::live(const Job &job) const
{
    if (!job.demo || !m_liveResults)
        return job;
    Job current = job;
    if (const std::optional<QJsonObject> result = m_liveResults(job.id))
        applyResult(current, *result);
    return current;
}

bool DemoJobList::handles(const QString &path)
{
    if (path == u"/v1/job/list" || path == u"/v1/domain/project/related-page")
        return true;
    const QStringList parts = path.split(u'/'); // "", "v1", "job", PROJECT, "list"
    return parts.size() == 5 && parts.at(1) == u"v1" && parts.at(2) == u"job" && parts.at(4) == u"list";
}

DemoResponse DemoJobList::answer(const DemoRequest &request) const
{
    const QUrlQuery query(request.url);
    const QString path = request.url.path();
    if (path == u"/v1/domain/project/related-page")
        return answerProjects(query);
    if (path == u"/v1/job/list")
        return answerJobs(query, {});
    const QString projectId = path.split(u'/').at(3);
    // The SDK marks page_index and page_size required here.
    if (!query.hasQueryItem(u"page_index"_qs) || !query.hasQueryItem(u"page_size"_qs))
        return invalidParameter(u"page_index, page_size"_qs);
    // What the service answers for an ID of another shape is unconfirmed: refused here.
    if (!DemoIds::isProjectId(projectId))
        return invalidParameter(u"project_id"_qs);
    return answerJobs(query, projectId);
}

DemoResponse DemoJobList::answerJobs(const QUrlQuery &query, const QString &projectId) const
{
    const std::optional<int> pageIndex = intItem(query, u"page_index"_qs, 0);
    const std::optional<int> requestedSize = intItem(query, u"page_size"_qs, 10);
    if (!pageIndex || *pageIndex < 0 || *pageIndex >= 1'000'000'000)
        return invalidParameter(u"page_index"_qs);
    if (!requestedSize || *requestedSize < 1)
        return invalidParameter(u"page_size"_qs);
    const int pageSize = qMin(*requestedSize, 100);
    const QString search = query.queryItemValue(u"search"_qs, QUrl::FullyDecoded).trimmed();
    const QString status = query.queryItemValue(u"build_status"_qs, QUrl::FullyDecoded);
    static const QStringList kColours = {u"red"_qs, u"blue"_qs, u"timeout"_qs, u"aborted"_qs, u"building"_qs, u"none"_qs};
    if (!status.isEmpty() && !kColours.contains(status))
        return invalidParameter(u"build_status"_qs);

    QJsonArray page;
    qint64 total = 0;
    const qint64 first = qint64(*pageIndex) * pageSize;
    for (const Job &listed : m_jobs) {
        if (!projectId.isEmpty() && m_projects.at(listed.project).id != projectId)
            continue;
        const Job job = live(listed);
        if (!status.isEmpty() && status != QLatin1String(job.status))
            continue;
        if (!search.isEmpty() && !job.name.contains(search, Qt::CaseInsensitive))
            continue;
        if (total >= first && total < first + pageSize)
            page.append(projectId.isEmpty() ? listJobItem(job) : projectJobItem(itemState(job)));
        ++total;
    }
    // ListJob wraps its answer; ListProjectJobs answers bare, as the definitions say.
    if (!projectId.isEmpty())
        return json({{u"jobs"_qs, page}, {u"total"_qs, total}});
    return json({{u"result"_qs, QJsonObject{{u"job_list"_qs, page}, {u"total"_qs, total}}},
                 {u"error"_qs, QJsonValue::Null},
                 {u"status"_qs, u"success"_qs}});
}

QJsonObject DemoJobList::projectJobItem(const ItemState &state)
{
    const bool built = !state.lastBuildTime.isNull();
    const QString id = state.id.toString();
    const QString name = state.name.toString();
    return {{u"id"_qs, state.id},
            {u"job_name"_qs, state.name},
            {u"job_creator"_qs, DemoRecords::userId(u"demo-user"_qs)},
            {u"user_name"_qs, u"demo-user"_qs},
            {u"last_build_time"_qs, state.lastBuildTime},
            {u"health_score"_qs, state.health},
            {u"source_code"_qs, u"codehub"_qs},
            {u"last_build_status"_qs, state.status},
            {u"is_finished"_qs, state.runningStatus != u"Running"},
            {u"disabled"_qs, state.disabled},
            {u"favorite"_qs, state.favorite},
            {u"is_modify"_qs, true},
            {u"is_delete"_qs, true},
            {u"is_execute"_qs, true},
            {u"is_copy"_qs, true},
            {u"is_forbidden"_qs, false},
            {u"is_view"_qs, true},
            {u"last_build_user"_qs, built ? u"demo-user"_qs : QString()},
            {u"last_build_user_id"_qs, built ? DemoRecords::userId(u"demo-user"_qs) : QString()},
            {u"trigger_type"_qs, built ? u"Manual"_qs : QString()},
            {u"build_time"_qs, state.buildTimeMs},
            {u"scm_type"_qs, u"codehub"_qs},
            {u"scm_web_url"_qs, DemoRecords::repoWebUrl(id, name)},
            {u"repo_id"_qs, DemoRecords::repoId(id)},
            {u"build_project_id"_qs, DemoIds::buildProjectId(id)},
            {u"last_job_running_status"_qs, state.runningStatus}};
}

DemoJobList::ItemState DemoJobList::itemState(const Job &job)
{
    const bool running = qstrcmp(job.status, "building") == 0;
    ItemState state;
    state.id = job.id;
    state.name = job.name;
    state.lastBuildTime = job.lastBuildTimeMs != 0 ? QJsonValue(job.lastBuildTimeMs) : QJsonValue(QJsonValue::Null);
    state.health = job.health;
    state.status = QLatin1String(job.status);
    state.runningStatus = running ? u"Running"_qs : u"Finished"_qs;
    state.buildTimeMs = qint64(job.buildSeconds) * 1000;
    state.disabled = job.disabled;
    state.favorite = job.favorite;
    return state;
}

QJsonObject DemoJobList::listJobItem(const Job &job) const
{
    QJsonObject item = projectJobItem(itemState(job));
    const Project &project = m_projects.at(job.project);
    const bool built = job.buildNumber > 0;
    const QString commit = built ? QString::fromLatin1(QCryptographicHash::hash(u"commit:"_qs.append(job.id).toUtf8(),
                                                                                 QCryptographicHash::Sha1).toHex())
                                 : QString();
    item.insert(u"project_id"_qs, project.id);   // the CodeArts project; build_project_id is the UUID
    item.insert(u"project_name"_qs, project.name);
    item.insert(u"user_id"_qs, DemoRecords::userId(u"demo-user"_qs));
    item.insert(u"nick_name"_qs, u"Demo User"_qs);
    // ListJob sends the build number as a string, "" before the first build.
    item.insert(u"build_number"_qs, built ? QString::number(job.buildNumber) : QString());
    item.insert(u"task_id"_qs, built ? u"#"_qs + QDateTime::fromMSecsSinceEpoch(job.lastBuildTimeMs).toString(u"yyyyMMdd"_qs) + u".1"_qs
                                     : QString());
    item.insert(u"code_branch"_qs, job.branch);
    item.insert(u"commit_id"_qs, commit);
    item.insert(u"commit_detail_url"_qs, built ? DemoRecords::repoWebUrl(job.id, job.name) + u"/commit/"_qs + commit : QString());
    item.insert(u"build_type"_qs, u"branch"_qs);
    item.insert(u"tag"_qs, QString());
    item.insert(u"forbidden_msg"_qs, QString());
    item.insert(u"project_permission_switch"_qs, true);
    return item;
}

DemoResponse DemoJobList::answerProjects(const QUrlQuery &query) const
{
    const std::optional<int> pageNo = intItem(query, u"page_no"_qs, 1);
    const std::optional<int> requestedSize = intItem(query, u"page_size"_qs, 10);
    if (!pageNo || *pageNo < 1)
        return invalidParameter(u"page_no"_qs);
    if (!requestedSize || *requestedSize < 1)
        return invalidParameter(u"page_size"_qs);
    const int pageSize = qMin(*requestedSize, 100);
    const QString search = query.queryItemValue(u"search"_qs, QUrl::FullyDecoded).trimmed();
    QJsonArray page;
    int total = 0;
    const qint64 first = qint64(*pageNo - 1) * pageSize;
    for (const Project &project : m_projects) {
        if (!search.isEmpty() && !project.name.contains(search, Qt::CaseInsensitive))
            continue;
        if (total >= first && total < first + pageSize)
            page.append(QJsonObject{{u"identifier"_qs, project.id},
                                    {u"name"_qs, project.name},
                                    {u"author_id"_qs, u"4105.0"_qs},
                                    {u"author_domain_id"_qs, u"6002a1b2c3d4e5f6a7b8c9d0e1f2a3b4"_qs},
                                    {u"status"_qs, 1}});
        ++total;
    }
    return json({{u"error"_qs, QJsonValue::Null},
                 {u"result"_qs, QJsonObject{{u"project_info_list"_qs, page}, {u"total"_qs, total}}},
                 {u"status"_qs, u"success"_qs}});
}
