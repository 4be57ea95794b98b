#include "sandbox/demobuilds.h"

#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"
#include "sandbox/demologs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 24 * 3600 * kSecond;
constexpr int kHistoryDays = 90;

const QStringList kExecutors = {u"zhang.wei"_qs, u"li.na"_qs, u"wang.fang"_qs, u"ci-bot"_qs, u"demo-user"_qs};
const QStringList kBranches = {u"master"_qs, u"master"_qs, u"develop"_qs, u"feature/login-redesign"_qs,
                               u"release/2.4"_qs, u"hotfix/payment-timeout"_qs};
// The record list's trigger words (record-info says them in upper case).
const QStringList kTriggers = {u"Manual"_qs, u"Scheduled"_qs, u"Code change"_qs, u"Pipeline"_qs};
const QStringList kCommitMessages = {u"Fix the refund rounding"_qs, u"Bump dependencies"_qs,
                                     u"Add retry to the upload step"_qs, u"Refactor the order service"_qs,
                                     u"Translate the settings page"_qs, u"Speed up the unit tests"_qs};

// A build call, as its path and method name it.
struct Route
{
    enum class Kind {
        None, Execute, RecordList, RecordInfo, FullStages, History, HistoryDetails, RunningStatus, BuildInfo,
        Parameters, Config, Log, DownloadLog, Stop, Follow, Unfollow
    };
    Kind kind = Kind::None;
    QString id;        // the job ID; the record ID for FullStages and DownloadLog
    int number = 0;    // the build number, for the calls that name one
};

Route routeOf(const DemoRequest &request)
{
    using Kind = Route::Kind;
    const QStringList parts = request.url.path().split(u'/');   // "", "v1", "job", ID, ...
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts.size() < 4)
        return {};
    const QString group = parts.at(1) + u'/' + parts.at(2);
    if (post && group == u"v1/job" && parts.size() == 4 && parts.at(3) == u"execute")
        return {Kind::Execute, {}, 0};
    if (parts.size() < 5)
        return {};
    const QString id = parts.at(3);
    bool numeric = false;
    const int number = parts.at(4).toInt(&numeric);
    const QString last = parts.constLast();
    if (parts.size() == 5) {
        if (get && group == u"v1/record" && last == u"list")
            return {Kind::RecordList, id, 0};
        if (get && group == u"v1/record" && last == u"full-stages")
            return {Kind::FullStages, id, 0};
        if (get && group == u"v1/log" && last == u"download-log")
            return {Kind::DownloadLog, id, 0};
        if (get && group == u"v3/jobs" && last == u"history")
            return {Kind::History, id, 0};
        if (get && group == u"v1/job" && last == u"running-status")
            return {Kind::RunningStatus, id, 0};
        if (get && group == u"v1/job" && last == u"config")
            return {Kind::Config, id, 0};
        if (post && group == u"v1/job" && last == u"stop")
            return {Kind::Stop, id, 0};
        if (post && group == u"v1/job" && last == u"follow")
            return {Kind::Follow, id, 0};
        if (post && group == u"v1/job" && last == u"unfollow")
            return {Kind::Unfollow, id, 0};
        return {};
    }
    if (parts.size() != 6 || !get || !numeric)
        return {};
    if (group == u"v1/record" && last == u"record-info")
        return {Kind::RecordInfo, id, number};
    if (group == u"v3/jobs" && last == u"history-details")
        return {Kind::HistoryDetails, id, number};
    if (group == u"v1/job" && last == u"build-info")
        return {Kind::BuildInfo, id, number};
    if (group == u"v1/job" && last == u"history-parameters")
        return {Kind::Parameters, id, number};
    if (group == u"v1/log" && last == u"real-time-log")
        return {Kind::Log, id, number};
    return {};
}

DemoResponse json(const QJsonObject &body, int status = 200)
{
    return {status, QByteArrayLiteral("application/json;charset=UTF-8"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}}};
}

DemoResponse serviceError(int status, const QString &code, const QString &message)
{
    return json({{u"error_code"_qs, code}, {u"error_msg"_qs, message}}, status);
}

DemoResponse wrapped(const QJsonValue &result)
{
    return json({{u"result"_qs, result}, {u"error"_qs, QJsonValue::Null}, {u"status"_qs, u"success"_qs}});
}

DemoResponse notPublished()
{
    return serviceError(404, u"APIG.0101"_qs, u"The API does not exist or has not been published in the environment"_qs);
}

DemoResponse noSuchBuild()
{
    return serviceError(422, u"CB.00031006"_qs, u"The build record does not exist"_qs);
}

QString commitId(QRandomGenerator &random)
{
    QString id;
    for (int i = 0; i < 5; ++i)
        id += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QString dailyNumber(const QList<DemoBuild> &earlier, qint64 startMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(startMs).date();
    int sameDay = 1;
    for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
        if (QDateTime::fromMSecsSinceEpoch(it->startMs).date() != day)
            break;
        ++sameDay;
    }
    return day.toString(u"yyyyMMdd"_qs) + u'.' + QString::number(sameDay);
}

QString outcomeFor(const QString &lastStatus, QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    const int successShare = lastStatus == u"failed" ? 55 : lastStatus == u"aborted" ? 70 : 88;
    if (roll < successShare)
        return u"SUCCESS"_qs;
    if (roll < successShare + (100 - successShare) * 6 / 10)
        return u"FAILURE"_qs;
    if (roll < 97)
        return u"ABORTED"_qs;
    return u"timeout"_qs;
}

QString stateWord(const QString &lastStatus)
{
    if (lastStatus == u"failed")
        return u"FAILURE"_qs;
    if (lastStatus == u"aborted")
        return u"ABORTED"_qs;
    return u"SUCCESS"_qs;
}

// The same build (number, source, trigger...) planned again to end as `outcome` says.
DemoBuild replanned(const DemoBuild &build, const QString &outcome)
{
    const qint64 total = build.plannedEndMs() - build.startMs;
    DemoBuild again = DemoBuild::planned(build.startMs, total, outcome == u"ABORTED" ? u"SUCCESS"_qs : outcome);
    if (outcome == u"ABORTED") {
        again.outcome = outcome;
        again.abortedAtMs = build.startMs + total / 2;
    }
    again.number = build.number;
    again.daily = build.daily;
    again.pendingMs = build.pendingMs;
    again.trigger = build.trigger;
    again.executor = build.executor;
    again.branch = build.branch;
    again.tag = build.tag;
    again.commit = build.commit;
    again.commitMessage = build.commitMessage;
    again.parameters = build.parameters;
    return again;
}

QDateTime parseQueryTime(const QString &text)
{
    return QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_qs); // local time, as the service reads it
}

int queryInt(const QUrlQuery &query, const QString &name, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? value : -1;
}

DemoResponse recordList(const DemoBuildJob &job, const DemoRequest &request, qint64 now)
{
    const QUrlQuery query(request.url);
    const QDateTime start = parseQueryTime(query.queryItemValue(u"start_time"_qs, QUrl::FullyDecoded));
    const QDateTime end = parseQueryTime(query.queryItemValue(u"end_time"_qs, QUrl::FullyDecoded));
    const int pageIndex = queryInt(query, u"page_index"_qs, 0);
    const int pageSize = queryInt(query, u"page_size"_qs, 10);
    if (!start.isValid() || !end.isValid() || end < start)
        return serviceError(400, u"CB.00060200"_qs, u"start_time and end_time must be yyyy-MM-dd HH:mm:ss"_qs);
    if (start.secsTo(end) > 31 * 24 * 3600)
        return serviceError(400, u"CB.00031105"_qs, u"The time range cannot exceed 31 days"_qs);
    if (pageIndex < 0 || pageSize < 1 || pageSize > 100)
        return serviceError(400, u"CB.00060200"_qs, u"Invalid page_index or page_size"_qs);

    QList<const DemoBuild *> inRange;
    for (auto it = job.builds.crbegin(); it != job.builds.crend(); ++it) {
        if (it->startMs >= start.toMSecsSinceEpoch() && it->startMs <= end.toMSecsSinceEpoch() && it->startMs <= now)
            inRange.append(&*it);
    }
    QJsonArray states;
    for (qsizetype i = qsizetype(pageIndex) * pageSize; i < inRange.size() && states.size() < pageSize; ++i)
        states.append(DemoRecords::recordListItem(job, *inRange.at(i), now));
    const int totalPages = int((inRange.size() + pageSize - 1) / pageSize);
    // The totals come as strings, as the service sends them.
    return wrapped(QJsonObject{{u"health_score"_qs, u"80"_qs},
                               {u"page_index"_qs, QString::number(pageIndex)},
                               {u"total_page"_qs, QString::number(totalPages)},
                               {u"total_record"_qs, QString::number(inRange.size())},
                               {u"job_build_states"_qs, states}});
}

DemoResponse history(const DemoBuildJob &job, const DemoRequest &request, qint64 now)
{
    const QUrlQuery query(request.url);
    const int page = queryInt(query, u"offset"_qs, -1);
    const int limit = queryInt(query, u"limit"_qs, -1);
    const int interval = queryInt(query, u"interval"_qs, -1);
    if (page < 0 || limit < 1 || limit > 100 || interval < 1 || interval > 30)
        return serviceError(400, u"CB.00060200"_qs, u"offset, limit (<= 100) and interval (<= 30) are required"_qs);
    const qint64 since = now - interval * kDay;
    QList<const DemoBuild *> inRange;
    for (auto it = job.builds.crbegin(); it != job.builds.crend(); ++it) {
        if (it->startMs >= since && it->startMs <= now)
            inRange.append(&*it);
    }
    QJsonArray records;
    for (qsizetype i = qsizetype(page) * limit; i < inRange.size() && records.size() < limit; ++i)
        records.append(DemoRecords::historyRecord(job, *inRange.at(i), now));
    return json({{u"history_records"_qs, records}, {u"total"_qs, int(inRange.size())}});
}

const DemoBuild *buildWithRecordId(const DemoBuildJob &job, const QString &recordId)
{
    for (const DemoBuild &build : job.builds) {
        if (DemoIds::recordId(job.id, build.number) == recordId)
            return &build;
    }
    return nullptr;
}

// DownloadBuildRealTimeLog: a page of lines (demologs.h says how the offsets are read).
DemoResponse realTimeLog(const DemoBuildJob &job, const DemoBuild &build, const DemoRequest &request, qint64 now)
{
    const QUrlQuery query(request.url);
    // size is required; the SDK says it is "fixed at 1000". `sort` (AES or DESC) is accepted
    // and the log always comes in order: what DESC would change is unconfirmed.
    const int size = queryInt(query, u"size"_qs, -1);
    const int offset = queryInt(query, u"start_offset"_qs, 0);
    const int endOffset = queryInt(query, u"end_offset"_qs, 0);
    const QString sort = query.queryItemValue(u"sort"_qs);
    if (size < 1 || offset < 0 || endOffset < 0 || !(sort.isEmpty() || sort == u"AES" || sort == u"DESC"))
        return serviceError(400, u"CB.00060200"_qs, u"Invalid parameter: size, start_offset, end_offset or sort"_qs);
    return wrapped(DemoLog(job, build, now).page(offset, size, endOffset > 0 ? endOffset : -1));
}

// DownloadBuildFullLog: the whole log as written so far, as bytes, made piece by piece as the
// connection takes them. log_level (INFO or DEBUG) and compress are accepted; the log is the
// same at both levels and always sent uncompressed (what compress=true sends is unconfirmed).
DemoResponse downloadLog(const DemoBuildJob &job, const DemoBuild &build, const DemoRequest &request, qint64 now)
{
    const QUrlQuery query(request.url);
    const QString level = query.queryItemValue(u"log_level"_qs);
    const QString compress = query.queryItemValue(u"compress"_qs);
    if (!(level.isEmpty() || level == u"INFO" || level == u"DEBUG") || !(compress.isEmpty() || compress == u"true" || compress == u"false"))
        return serviceError(400, u"CB.00060200"_qs, u"Invalid parameter: log_level or compress"_qs);
    constexpr qint64 kLinesPerPiece = 500;
    DemoResponse response;
    response.mimeType = "application/octet-stream";
    response.headers.append({"Content-Disposition", "attachment; filename=\"" + job.id.toLatin1() + '-'
                                                        + QByteArray::number(build.number) + ".log\""});
    response.bodyPieces = [log = DemoLog(job, build, now), next = qint64(0), done = false]() mutable {
        if (done)
            return QByteArray();
        QByteArray piece = log.text(next, next + kLinesPerPiece);
        next += kLinesPerPiece;
        done = next >= log.lineCount();
        return piece;
    };
    return response;
}

// The calls that only read, for any job's builds.
DemoResponse answerRead(const DemoBuildJob &job, const Route &route, const DemoRequest &request, qint64 now)
{
    using Kind = Route::Kind;
    if (route.kind == Kind::RecordList)
        return recordList(job, request, now);
    if (route.kind == Kind::History)
        return history(job, request, now);
    if (route.kind == Kind::RunningStatus)
        return wrapped(DemoRecords::runningStatus(job, now));
    if (route.kind == Kind::Config)
        return wrapped(DemoRecords::config(job));
    if (route.kind == Kind::FullStages || route.kind == Kind::DownloadLog) {
        const DemoBuild *build = buildWithRecordId(job, route.id);
        if (!build)
            return serviceError(404, u"CB.00031006"_qs, u"The build record does not exist"_qs);
        if (route.kind == Kind::DownloadLog)
            return downloadLog(job, *build, request, now);
        return wrapped(DemoRecords::fullStages(job, *build, now));
    }
    const DemoBuild *build = job.build(route.number);
    if (build && build->startMs > now)
        build = nullptr;
    if (route.kind == Kind::HistoryDetails) {
        if (!build)
            return serviceError(403, u"CB.00031059"_qs, u"The build has not been run or its history was deleted"_qs);
        return json(DemoRecords::historyDetails(job, *build, now));
    }
    if (!build && (route.kind == Kind::RecordInfo || route.kind == Kind::BuildInfo || route.kind == Kind::Parameters
                   || route.kind == Kind::Log))
        return noSuchBuild();
    if (route.kind == Kind::RecordInfo)
        return wrapped(DemoRecords::recordInfo(job, *build, now));
    if (route.kind == Kind::BuildInfo)
        return wrapped(DemoRecords::buildInfo(*build, now));
    if (route.kind == Kind::Parameters)
        return wrapped(DemoRecords::parameters(*build));
    if (route.kind == Kind::Log)
        return realTimeLog(job, *build, request, now);
    return notPublished();
}

// The job's identity and configuration as the build calls name them.
DemoBuildJob buildJobOf(const DemoJob &demo)
{
    DemoBuildJob job;
    job.id = demo.id;
    job.name = demo.result.value(u"job_name").toString();
    job.buildProjectId = DemoIds::buildProjectId(demo.id);
    job.projectId = demo.projectId;
    job.projectName = DemoJobs::projectName(demo.projectId);
    job.defaultBranch = demo.defaultBranch;
    job.branchParameter = demo.branchParameter;
    return job;
}

} // namespace

DemoBuilds::DemoBuilds() : m_now([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void DemoBuilds::setClock(std::function<qint64()> nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_now = std::move(nowMs);
    m_jobs.clear();
}

void DemoBuilds::setRunDurationScale(double scale)
{
    QMutexLocker lock(&m_mutex);
    m_scale = scale;
}

int DemoBuilds::executeRequests(const QString &jobId) const
{
    QMutexLocker lock(&m_mutex);
    return m_executeRequests.value(jobId);
}

int DemoBuilds::stopRequests(const QString &jobId) const
{
    QMutexLocker lock(&m_mutex);
    return m_stopRequests.value(jobId);
}

std::pair<int, int> DemoBuilds::lastStopBuildNumbers() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastStop;
}

QJsonObject DemoBuilds::lastExecuteBody() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastExecuteBody;
}

// Builds the job's 90 days the first time it is asked for, from a generator seeded by its ID, so
// the same job always has the same history.
DemoBuilds::JobBuilds *DemoBuilds::jobLocked(const QString &jobId)
{
    if (auto it = m_jobs.find(jobId); it != m_jobs.end())
        return &it.value();
    const std::optional<DemoJob> demo = DemoJobs::find(jobId);
    if (!demo || demo->result.isEmpty())
        return nullptr;

    JobBuilds entry;
    entry.job = buildJobOf(*demo);
    entry.lastStatus = demo->result.value(u"last_build_status").toString();
    entry.favorite = demo->result.value(u"favorite").toBool();
    entry.mayExecute = demo->result.value(u"is_execute").toBool();
    QList<DemoBuild> &builds = entry.job.builds;
    QRandomGenerator random(DemoIds::seedOf(jobId));
    const qint64 now = this->now();
    const qint64 typicalMs = (3 + random.bounded(10)) * 60 * kSecond;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    for (int daysAgo = kHistoryDays - 1; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        const int count = 2 + int(random.bounded(4));
        QList<qint64> starts;
        for (int i = 0; i < count; ++i)
            starts.append(QDateTime(day, QTime(8, 0)).toMSecsSinceEpoch() + qint64(random.bounded(14 * 3600)) * kSecond);
        std::sort(starts.begin(), starts.end());
        for (const qint64 startMs : std::as_const(starts)) {
            const QString outcome = outcomeFor(entry.lastStatus, random);
            const qint64 totalMs = typicalMs * (70 + random.bounded(60)) / 100;
            const int failedStep = outcome == u"FAILURE" && random.bounded(4) == 0 ? 2 : DemoRecords::kUnitTestStep;
            DemoBuild build = DemoBuild::planned(startMs, totalMs, outcome == u"ABORTED" ? u"SUCCESS"_qs : outcome,
                                                 failedStep);
            if (outcome == u"ABORTED") {
                build.outcome = outcome;
                build.abortedAtMs = startMs + totalMs * (20 + random.bounded(60)) / 100;
            }
            if (build.endMs() >= now - 60 * kSecond)
                continue; // history is finished builds; today's later hours have not happened
            build.number = int(builds.size()) + 1;
            build.daily = dailyNumber(builds, startMs);
            build.pendingMs = qint64(random.bounded(5000));
            const int trigger = int(random.bounded(kTriggers.size()));
            build.trigger = kTriggers.at(trigger);
            build.executor = trigger == 1 ? u"timer"_qs : kExecutors.at(random.bounded(kExecutors.size()));
            build.branch = entry.job.branchParameter ? kBranches.at(random.bounded(kBranches.size()))
                                                     : entry.job.defaultBranch;
            build.commit = commitId(random);
            build.commitMessage = kCommitMessages.at(random.bounded(kCommitMessages.size()));
            build.parameters = DemoRecords::parameterDefaults(entry.job);
            for (auto &[name, value] : build.parameters) {
                if (name == u"codeBranch")
                    value = build.branch;
                else if (name == u"BUILD_ENV" && random.bounded(3) == 0)
                    value = u"production"_qs;
            }
            builds.append(build);
        }
    }
    // The newest record agrees with what ShowJobInfo says about the last build.
    if (!builds.isEmpty())
        builds.last() = replanned(builds.constLast(), stateWord(entry.lastStatus));
    if (jobId == QLatin1String(hugeLogJob) && !builds.isEmpty())
        builds.last().hugeLog = true;
    if (jobId == QLatin1String(runningJob)) {
        // A long build under way, so there is something to stop.
        DemoBuild live = DemoBuild::planned(now - 30 * kSecond, 15 * 60 * kSecond, u"SUCCESS"_qs);
        live.number = int(builds.size()) + 1;
        live.daily = dailyNumber(builds, live.startMs);
        live.trigger = kTriggers.at(2);
        live.executor = kExecutors.at(0);
        live.branch = entry.job.defaultBranch;
        live.commit = commitId(random);
        live.commitMessage = kCommitMessages.first();
        live.parameters = DemoRecords::parameterDefaults(entry.job);
        builds.append(live);
    }
    return &m_jobs.insert(jobId, entry).value();
}

bool DemoBuilds::handles(const DemoRequest &request)
{
    const QStringList parts = request.url.path().split(u'/');
    if (parts.size() < 3)
        return false;
    const QString group = parts.at(1) + u'/' + parts.at(2);
    return group == u"v1/record" || group == u"v3/jobs" || group == u"v1/log"
        || (group == u"v1/job" && routeOf(request).kind != Route::Kind::None);
}

std::optional<QString> DemoBuilds::jobIdIn(const DemoRequest &request)
{
    const Route route = routeOf(request);
    if (route.kind == Route::Kind::None || route.kind == Route::Kind::Execute || route.kind == Route::Kind::FullStages
        || route.kind == Route::Kind::DownloadLog)
        return std::nullopt;
    return route.id;
}

std::optional<QString> DemoBuilds::recordIdIn(const DemoRequest &request)
{
    const Route route = routeOf(request);
    const bool byRecord = route.kind == Route::Kind::FullStages || route.kind == Route::Kind::DownloadLog;
    return byRecord ? std::optional<QString>(route.id) : std::nullopt;
}

DemoResponse DemoBuilds::respond(const DemoRequest &request)
{
    using Kind = Route::Kind;
    QMutexLocker lock(&m_mutex);
    Route route = routeOf(request);
    if (route.kind == Kind::Execute)
        return execute(request);
    if (route.kind == Kind::None)
        return notPublished();
    if (route.kind == Kind::FullStages || route.kind == Kind::DownloadLog) {
        // Which job the record belongs to: every demo job's builds are looked through.
        for (const DemoJob &demo : DemoJobs::all()) {
            const JobBuilds *job = jobLocked(demo.id);
            if (!job || !buildWithRecordId(job->job, route.id))
                continue;
            if (demo.id == QLatin1String(legacyJob))
                return notPublished();
            return answerRead(job->job, route, request, now());
        }
        return serviceError(404, u"CB.00031006"_qs, u"The build record does not exist"_qs);
    }
    const QString jobId = route.id;
    if (!DemoIds::isJobId(jobId))
        return serviceError(400, u"CB.00060201"_qs, u"Invalid task ID"_qs);
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.id != jobId || !demo.result.isEmpty())
            continue;
        if (demo.httpStatus == 403)
            return serviceError(403, u"CB.00060102"_qs, u"No permission to view this build task"_qs);
        if (demo.httpStatus == 404)
            break;
        return json({{u"result"_qs, QJsonValue::Null}, {u"status"_qs, u"fail"_qs},
                     {u"error"_qs, u"The build task is being migrated; try again later"_qs}});
    }
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return serviceError(404, u"CB.00060404"_qs, u"The build task does not exist"_qs);
    const bool unpublishedForLegacy = route.kind == Kind::RecordList || route.kind == Kind::RecordInfo
        || route.kind == Kind::Parameters;
    if (jobId == QLatin1String(legacyJob) && unpublishedForLegacy)
        return notPublished();
    if (route.kind == Kind::Stop)
        return stop(*job, jobId, request);
    if (route.kind == Kind::Follow || route.kind == Kind::Unfollow)
        return follow(*job, route.kind == Kind::Follow);
    return answerRead(job->job, route, request, now());
}

DemoResponse DemoBuilds::respondFor(const DemoBuildJob &job, const DemoRequest &request, qint64 nowMs)
{
    using Kind = Route::Kind;
    const Route route = routeOf(request);
    if (route.kind == Kind::Execute || route.kind == Kind::Stop || route.kind == Kind::Follow
        || route.kind == Kind::Unfollow)
        return serviceError(403, u"CB.00060102"_qs, u"No permission to run, stop or follow this build task"_qs);
    if (route.kind == Kind::None)
        return notPublished();
    return answerRead(job, route, request, nowMs);
}

std::optional<QJsonObject> DemoBuilds::briefProject(const QString &buildProjectId, int limit)
{
    QMutexLocker lock(&m_mutex);
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.id == QLatin1String(legacyJob) || DemoIds::buildProjectId(demo.id) != buildProjectId)
            continue;
        if (const JobBuilds *job = jobLocked(demo.id))
            return DemoRecords::briefProject(job->job, limit, now());
    }
    return std::nullopt;
}

DemoResponse DemoBuilds::execute(const DemoRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString jobId = body.value(u"job_id").toString();
    ++m_executeRequests[jobId];
    m_lastExecuteBody = body;
    if (!DemoIds::isJobId(jobId))
        return serviceError(400, u"CB.00060201"_qs, u"Invalid task ID"_qs);
    if (jobId == QLatin1String(throttledJob))
        return serviceError(500, u"CB.00060211"_qs, u"Too many requests. Try again later"_qs);
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return serviceError(404, u"CB.00060404"_qs, u"The build task does not exist"_qs);
    if (!job->mayExecute)
        return serviceError(403, u"CB.00060102"_qs, u"No permission to execute this build task"_qs);

    // The run's values for the parameters the job defines; others are ignored, as Jenkins-style
    // jobs ignore undefined parameters (unconfirmed for the service). Secrets are kept masked.
    QList<std::pair<QString, QString>> parameters = DemoRecords::parameterDefaults(job->job);
    for (const QJsonValue &item : body.value(u"parameter").toArray()) {
        const QString name = item[u"name"].toString();
        if (name.isEmpty())
            return serviceError(400, u"CB.00060200"_qs, u"Parameter name is empty"_qs);
        for (auto &[defined, value] : parameters) {
            if (defined == name)
                value = DemoRecords::isSecretName(name) ? QLatin1String(maskedValue) : item[u"value"].toVariant().toString();
        }
    }
    // The service reads scm.build_tag and scm.build_commit_id only: a branch there (the old
    // /v3 call's field) chooses nothing. The branch is the codeBranch parameter's, when the job
    // defines one, else the job's own.
    const QJsonObject scm = body.value(u"scm").toObject();
    QRandomGenerator random(uint(m_executeRequests.value(jobId)) * 7919u + DemoIds::seedOf(jobId));
    const qint64 now = this->now();
    const QString outcome = jobId == QLatin1String(failingJob) ? u"FAILURE"_qs : u"SUCCESS"_qs;
    DemoBuild build = DemoBuild::planned(now, qint64(double((20 + random.bounded(41)) * kSecond) * m_scale), outcome);
    build.tag = scm.value(u"build_tag").toString();
    if (build.tag.isEmpty()) {
        build.branch = job->job.defaultBranch;
        for (const auto &[name, value] : std::as_const(parameters)) {
            if (name == u"codeBranch" && !value.trimmed().isEmpty())
                build.branch = value.trimmed();
        }
    }
    build.commit = scm.value(u"build_commit_id").toString();
    if (build.commit.isEmpty())
        build.commit = commitId(random);
    build.commitMessage = kCommitMessages.at(random.bounded(kCommitMessages.size()));
    build.parameters = parameters;
    build.number = job->job.builds.isEmpty() ? 1 : job->job.builds.constLast().number + 1;
    build.daily = dailyNumber(job->job.builds, now);
    build.trigger = kTriggers.at(0);
    build.executor = u"demo-user"_qs;
    job->job.builds.append(build);
    job->acted = true;
    // The build number is a string in this answer.
    return json({{u"actual_build_number"_qs, QString::number(build.number)},
                 {u"daily_build_number"_qs, build.daily},
                 {u"octopus_job_name"_qs, QString(u"j_" + QUuid::createUuid().toString(QUuid::Id128).left(12))}});
}

DemoResponse DemoBuilds::stop(JobBuilds &job, const QString &jobId, const DemoRequest &request)
{
    ++m_stopRequests[jobId];
    const QUrlQuery query(request.url);
    const int fromQuery = queryInt(query, u"build_no"_qs, -1);
    const QJsonValue bodyValue = QJsonDocument::fromJson(request.body).object().value(u"build_no");
    const int fromBody = bodyValue.isDouble() ? bodyValue.toInt() : bodyValue.isString() ? bodyValue.toString().toInt() : -1;
    m_lastStop = {fromQuery, fromBody};
    if (fromQuery > 0 && fromBody > 0 && fromQuery != fromBody)
        return serviceError(400, u"CB.00060200"_qs, u"build_no differs between query and body"_qs);
    const int number = fromQuery > 0 ? fromQuery : fromBody;
    if (number <= 0)
        return serviceError(400, u"CB.00060200"_qs, u"build_no is required"_qs);
    if (!job.mayExecute)
        return serviceError(403, u"CB.00060102"_qs, u"No permission to stop this build task"_qs);
    const DemoBuild *found = job.job.build(number);
    if (!found)
        return noSuchBuild();
    DemoBuild &build = job.job.builds[found - job.job.builds.constData()];
    const qint64 now = this->now();
    if (!build.isRunning(now))
        return serviceError(400, u"DEV.CB.032302"_qs, u"The task state has been refreshed"_qs);
    build.abortedAtMs = now;
    job.acted = true;
    return json({{u"status"_qs, u"success"_qs}});
}

DemoResponse DemoBuilds::follow(JobBuilds &job, bool followed)
{
    job.favorite = followed;
    job.favoriteChanged = true;
    return wrapped(QJsonObject{{u"favorite"_qs, followed}});
}

QJsonObject DemoBuilds::withLiveState(const QString &jobId, QJsonObject jobInfo)
{
    QMutexLocker lock(&m_mutex);
    JobBuilds *job = jobLocked(jobId);
    if (!job || job->job.builds.isEmpty())
        return jobInfo;
    if (job->favoriteChanged)
        jobInfo.insert(u"favorite"_qs, job->favorite);
    if (!job->acted)
        return jobInfo; // as DemoJobs describes it until something is run or stopped here
    const DemoBuild &last = job->job.builds.constLast();
    const bool running = last.isRunning(now());
    jobInfo.insert(u"running_status"_qs, running ? u"Running"_qs : u"Finished"_qs);
    if (!running) {
        const QString state = last.finalState();
        jobInfo.insert(u"last_build_status"_qs, state == u"SUCCESS" ? u"success"_qs
                                                 : state == u"ABORTED" ? u"aborted"_qs : u"failed"_qs);
    }
    jobInfo.insert(u"last_build_time"_qs, last.startMs);
    return jobInfo;
}
