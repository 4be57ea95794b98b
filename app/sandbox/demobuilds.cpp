#include "sandbox/demobuilds.h"

#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"
#include "sandbox/demologs.h"
#include "sandbox/demoschedule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 24 * 3600 * kSecond;
// How far back a record ID is looked for (newest first): a year of the busiest job's builds.
constexpr int kRecordSearchDepth = 25'000;
// Enough of a job's newest builds to find the kHealthBuilds newest finished ones among them.
constexpr int kStateBuilds = DemoBuilds::kHealthBuilds + 7;

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

// The window's times are in seconds, so its end holds the whole second it names: a build that
// started in that second is in the list (unconfirmed for the service, which says nothing).
DemoResponse recordList(const DemoBuildSource &source, const DemoRequest &request)
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

    const qint64 now = source.nowMs();
    const QList<DemoBuild> inRange = source.between(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() + 999);
    const DemoBuildJob job = source.identity();
    QJsonArray states;
    for (qsizetype i = qsizetype(pageIndex) * pageSize; i < inRange.size() && states.size() < pageSize; ++i)
        states.append(DemoRecords::recordListItem(job, inRange.at(inRange.size() - 1 - i), now));
    const int totalPages = int((inRange.size() + pageSize - 1) / pageSize);
    // The totals and the health come as strings, as the service sends them.
    return wrapped(QJsonObject{{u"health_score"_qs, QString::number(source.healthScore())},
                               {u"page_index"_qs, QString::number(pageIndex)},
                               {u"total_page"_qs, QString::number(totalPages)},
                               {u"total_record"_qs, QString::number(inRange.size())},
                               {u"job_build_states"_qs, states}});
}

DemoResponse history(const DemoBuildSource &source, const DemoRequest &request)
{
    const QUrlQuery query(request.url);
    const int page = queryInt(query, u"offset"_qs, -1);
    const int limit = queryInt(query, u"limit"_qs, -1);
    const int interval = queryInt(query, u"interval"_qs, -1);
    if (page < 0 || limit < 1 || limit > 100 || interval < 1 || interval > 30)
        return serviceError(400, u"CB.00060200"_qs, u"offset, limit (<= 100) and interval (<= 30) are required"_qs);
    const qint64 now = source.nowMs();
    const QList<DemoBuild> inRange = source.between(now - interval * kDay, now);
    const DemoBuildJob job = source.identity();
    QJsonArray records;
    for (qsizetype i = qsizetype(page) * limit; i < inRange.size() && records.size() < limit; ++i)
        records.append(DemoRecords::historyRecord(job, inRange.at(inRange.size() - 1 - i), now));
    return json({{u"history_records"_qs, records}, {u"total"_qs, int(inRange.size())}});
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
DemoResponse answerRead(const DemoBuildSource &source, const Route &route, const DemoRequest &request)
{
    using Kind = Route::Kind;
    const qint64 now = source.nowMs();
    if (route.kind == Kind::RecordList)
        return recordList(source, request);
    if (route.kind == Kind::History)
        return history(source, request);
    if (route.kind == Kind::RunningStatus)
        return wrapped(DemoRecords::runningStatus(source.withBuilds(source.newest(kStateBuilds)), now));
    if (route.kind == Kind::Config)
        return wrapped(DemoRecords::config(source.identity()));
    if (route.kind == Kind::FullStages || route.kind == Kind::DownloadLog) {
        const std::optional<DemoBuild> build = source.withRecordId(route.id);
        if (!build)
            return serviceError(404, u"CB.00031006"_qs, u"The build record does not exist"_qs);
        if (route.kind == Kind::DownloadLog)
            return downloadLog(source.identity(), *build, request, now);
        return wrapped(DemoRecords::fullStages(source.identity(), *build, now));
    }
    const std::optional<DemoBuild> build = source.numbered(route.number);
    if (route.kind == Kind::HistoryDetails) {
        if (!build)
            return serviceError(403, u"CB.00031059"_qs, u"The build has not been run or its history was deleted"_qs);
        return json(DemoRecords::historyDetails(source.identity(), *build, now));
    }
    if (!build && (route.kind == Kind::RecordInfo || route.kind == Kind::BuildInfo || route.kind == Kind::Parameters
                   || route.kind == Kind::Log))
        return noSuchBuild();
    if (route.kind == Kind::RecordInfo)
        return wrapped(DemoRecords::recordInfo(source.identity(), *build, now));
    if (route.kind == Kind::BuildInfo)
        return wrapped(DemoRecords::buildInfo(*build, now));
    if (route.kind == Kind::Parameters)
        return wrapped(DemoRecords::parameters(*build));
    if (route.kind == Kind::Log)
        return realTimeLog(source.identity(), *build, request, now);
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

bool startsBefore(const DemoBuild &a, const DemoBuild &b)
{
    return a.startMs != b.startMs ? a.startMs < b.startMs : a.number < b.number;
}

} // namespace

// A demo job's builds: the schedule's, and what was run and stopped here. A run takes the
// number after the newest build started when it was run, and the scheduled builds after it
// move up by one, so no number that was ever given changes.
struct DemoBuilds::JobBuilds
{
    struct Run
    {
        DemoBuild build;
        int after = 0;   // the place of the newest scheduled build started when it was run
    };

    JobBuilds(const DemoJob &job, qint64 startedMs)
        : demo(job), identity(buildJobOf(job)),
          schedule(job, identity, DemoSchedule::startOfDay(DemoSchedule::dayOf(startedMs))),
          favorite(job.result.value(u"favorite").toBool()), mayExecute(job.result.value(u"is_execute").toBool())
    {
    }

    // Runs made before the scheduled build at this place was due.
    int runsBefore(int place) const
    {
        return int(std::count_if(runs.cbegin(), runs.cend(), [place](const Run &run) { return run.after < place; }));
    }

    // A scheduled build with its number, its count of the day and what was done to it here.
    DemoBuild numbered(DemoBuild build) const
    {
        const int place = build.number;
        const qint64 day = DemoSchedule::dayOf(build.startMs);
        const int runsThatDay = int(std::count_if(runs.cbegin(), runs.cend(), [&](const Run &run) {
            return run.after < place && DemoSchedule::dayOf(run.build.startMs) == day;
        }));
        build.number = place + runsBefore(place);
        build.daily = build.daily.section(u'.', 0, 0) + u'.' + QString::number(build.daily.section(u'.', 1).toInt() + runsThatDay);
        if (const auto stopped = stops.constFind(build.number); stopped != stops.constEnd())
            build.abortedAtMs = qMin(*stopped, build.abortedAtMs.value_or(*stopped));
        return build;
    }

    bool isListed(const DemoBuild &scheduled, qint64 nowMs) const { return schedule.isListed(scheduled, nowMs); }

    QList<DemoBuild> between(qint64 fromMs, qint64 toMs, qint64 nowMs)
    {
        QList<DemoBuild> builds;
        const qint64 lastDay = qMin(DemoSchedule::dayOf(qMin(toMs, nowMs)), schedule.lastDay());
        for (qint64 day = qMax(DemoSchedule::dayOf(fromMs), schedule.firstDay()); day <= lastDay; ++day) {
            for (const DemoBuild &build : schedule.day(day)) {
                if (build.startMs >= fromMs && build.startMs <= toMs && isListed(build, nowMs))
                    builds.append(numbered(build));
            }
        }
        for (const Run &run : runs) {
            if (run.build.startMs >= fromMs && run.build.startMs <= toMs && run.build.startMs <= nowMs)
                builds.append(run.build);
        }
        std::sort(builds.begin(), builds.end(), startsBefore);
        return builds;
    }

    QList<DemoBuild> newest(int count, qint64 nowMs)
    {
        QList<DemoBuild> builds;
        for (qint64 day = qMin(DemoSchedule::dayOf(nowMs), schedule.lastDay());
             day >= schedule.firstDay() && builds.size() < count; --day) {
            const QList<DemoBuild> scheduled = schedule.day(day);
            for (auto it = scheduled.crbegin(); it != scheduled.crend() && builds.size() < count; ++it) {
                if (isListed(*it, nowMs))
                    builds.append(numbered(*it));
            }
        }
        for (const Run &run : runs) {
            if (run.build.startMs <= nowMs)
                builds.append(run.build);
        }
        std::sort(builds.begin(), builds.end(), [](const DemoBuild &a, const DemoBuild &b) { return startsBefore(b, a); });
        return builds.mid(0, count);
    }

    std::optional<DemoBuild> withNumber(int number, qint64 nowMs)
    {
        for (const Run &run : runs) {
            if (run.build.number == number)
                return run.build.startMs <= nowMs ? std::optional<DemoBuild>(run.build) : std::nullopt;
        }
        // The place whose number this is: number = place + the runs made before it was due.
        for (qsizetype before = 0; before <= runs.size(); ++before) {
            const int place = number - int(before);
            if (runsBefore(place) != before)
                continue;
            const std::optional<DemoBuild> scheduled = schedule.at(place, nowMs);
            if (!scheduled || !isListed(*scheduled, nowMs))
                return std::nullopt;
            return numbered(*scheduled);
        }
        return std::nullopt;
    }

    // The number of the newest build started by `nowMs`, listed or not.
    int newestStarted(qint64 nowMs)
    {
        const int place = schedule.lastStartedBy(nowMs);
        int newest = place > 0 ? place + runsBefore(place) : 0;
        for (const Run &run : runs) {
            if (run.build.startMs <= nowMs)
                newest = qMax(newest, run.build.number);
        }
        return newest;
    }

    std::optional<DemoBuild> withRecordId(const QString &recordId, qint64 nowMs)
    {
        if (!DemoIds::isUuid(recordId))
            return std::nullopt;
        const int newest = newestStarted(nowMs);
        for (int number = newest; number >= 1 && number > newest - kRecordSearchDepth; --number) {
            if (DemoIds::recordId(demo.id, number) == recordId)
                return withNumber(number, nowMs);
        }
        return std::nullopt;
    }

    DemoJob demo;
    DemoBuildJob identity;
    DemoSchedule schedule;
    QList<Run> runs;              // in the order they were made
    QHash<int, qint64> stops;     // scheduled builds stopped here: number -> when
    bool favorite = false;
    bool favoriteChanged = false; // followed or unfollowed here
    bool mayExecute = false;
};

// One demo job's builds as they stand at one time, for the calls that read them. The huge log
// is the newest build's (hugeLogJob), whichever that is then.
class DemoBuilds::JobView : public DemoBuildSource
{
public:
    JobView(JobBuilds &job, qint64 nowMs) : m_job(job), m_now(nowMs) {}

    qint64 nowMs() const override { return m_now; }
    DemoBuildJob identity() const override { return m_job.identity; }
    QList<DemoBuild> between(qint64 fromMs, qint64 toMs) const override { return marked(m_job.between(fromMs, toMs, m_now)); }
    QList<DemoBuild> newest(int count) const override { return marked(m_job.newest(count, m_now)); }
    std::optional<DemoBuild> numbered(int number) const override
    {
        std::optional<DemoBuild> build = m_job.withNumber(number, m_now);
        if (build)
            build = marked({*build}).constFirst();
        return build;
    }
    std::optional<DemoBuild> withRecordId(const QString &recordId) const override
    {
        std::optional<DemoBuild> build = m_job.withRecordId(recordId, m_now);
        if (build)
            build = marked({*build}).constFirst();
        return build;
    }
    int healthScore() const override { return healthOf(m_job.newest(kStateBuilds, m_now), m_now, m_job.demo.plan.healthBase); }

private:
    QList<DemoBuild> marked(QList<DemoBuild> builds) const
    {
        if (m_job.demo.id != QLatin1String(hugeLogJob) || builds.isEmpty())
            return builds;
        const QList<DemoBuild> newest = m_job.newest(1, m_now);
        for (DemoBuild &build : builds)
            build.hugeLog = !newest.isEmpty() && build.number == newest.constFirst().number;
        return builds;
    }

    JobBuilds &m_job;
    qint64 m_now;
};

DemoBuilds::DemoBuilds() : m_now([] { return QDateTime::currentMSecsSinceEpoch(); }), m_startMs(m_now()) {}

DemoBuilds::~DemoBuilds() = default;

void DemoBuilds::setClock(std::function<qint64()> nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_now = std::move(nowMs);
    m_startMs = m_now();
    m_jobs.clear();
}

qint64 DemoBuilds::nowMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_now();
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

// The job's builds, made the first time it is asked for. A Frozen job was disabled at the start
// of the day the sandbox started.
DemoBuilds::JobBuilds *DemoBuilds::jobLocked(const QString &jobId)
{
    if (const auto it = m_jobs.find(jobId); it != m_jobs.end())
        return it->second.get();
    const std::optional<DemoJob> demo = DemoJobs::find(jobId);
    if (!demo || demo->result.isEmpty() || demo->plan.pattern == DemoBuildPlan::Pattern::None)
        return nullptr;
    return m_jobs.emplace(jobId, std::make_unique<JobBuilds>(*demo, m_startMs)).first->second.get();
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
    const qint64 now = m_now();
    if (route.kind == Kind::FullStages || route.kind == Kind::DownloadLog) {
        // Which job the record belongs to: every demo job's builds are looked through.
        for (const DemoJob &demo : DemoJobs::all()) {
            JobBuilds *job = jobLocked(demo.id);
            if (!job || !job->withRecordId(route.id, now))
                continue;
            if (demo.id == QLatin1String(legacyJob))
                return notPublished();
            return answerRead(JobView(*job, now), route, request);
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
    return answerRead(JobView(*job, now), route, request);
}

DemoResponse DemoBuilds::respondFor(const DemoBuildSource &source, const DemoRequest &request)
{
    using Kind = Route::Kind;
    const Route route = routeOf(request);
    if (route.kind == Kind::Execute || route.kind == Kind::Stop || route.kind == Kind::Follow
        || route.kind == Kind::Unfollow)
        return serviceError(403, u"CB.00060102"_qs, u"No permission to run, stop or follow this build task"_qs);
    if (route.kind == Kind::None)
        return notPublished();
    return answerRead(source, route, request);
}

std::optional<QJsonObject> DemoBuilds::briefProject(const QString &buildProjectId, int limit)
{
    QMutexLocker lock(&m_mutex);
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.id == QLatin1String(legacyJob) || DemoIds::buildProjectId(demo.id) != buildProjectId)
            continue;
        if (JobBuilds *job = jobLocked(demo.id)) {
            const JobView view(*job, m_now());
            return DemoRecords::briefProject(view.withBuilds(view.newest(limit)), limit, view.nowMs());
        }
    }
    return std::nullopt;
}

int DemoBuilds::healthOf(const QList<DemoBuild> &newestFirst, qint64 nowMs, int base)
{
    int health = base;
    int counted = 0;
    for (const DemoBuild &build : newestFirst) {
        if (build.isRunning(nowMs))
            continue;
        const QString state = build.finalState();
        if (state == u"FAILURE" || state == u"timeout")
            health -= kFailurePenalty;
        else if (state == u"ABORTED")
            health -= kAbortPenalty;
        if (++counted == kHealthBuilds)
            break;
    }
    return qMax(0, health);
}

QString DemoBuilds::lastBuildWord(const DemoBuild &build, qint64 nowMs)
{
    if (build.isRunning(nowMs))
        return u"running"_qs;
    const QString state = build.finalState();
    if (state == u"SUCCESS")
        return u"success"_qs;
    return state == u"ABORTED" ? u"aborted"_qs : u"failed"_qs;
}

QJsonObject DemoBuilds::resultLocked(JobBuilds &job, qint64 timeMs, QJsonObject result)
{
    const DemoBuildPlan &plan = job.demo.plan;
    const QList<DemoBuild> newest = job.newest(kStateBuilds, timeMs);
    const auto number = [&plan](qint64 value) {
        return plan.numbersAsStrings ? QJsonValue(QString::number(value)) : QJsonValue(value);
    };
    if (job.favoriteChanged)
        result.insert(u"favorite"_qs, job.favorite);
    result.insert(u"health_score"_qs, number(healthOf(newest, timeMs, plan.healthBase)));
    if (newest.isEmpty()) {
        result.insert(u"running_status"_qs, u"Finished"_qs);
        return result;
    }
    const DemoBuild &last = newest.constFirst();
    const bool running = std::any_of(newest.cbegin(), newest.cend(), [timeMs](const DemoBuild &build) {
        return build.isRunning(timeMs);
    });
    result.insert(u"running_status"_qs, running ? u"Running"_qs : u"Finished"_qs);
    result.insert(u"last_build_status"_qs, lastBuildWord(last, timeMs));
    if (!plan.missingTimes)
        result.insert(u"last_build_time"_qs, number(last.startMs));
    if (result.contains(u"build_no"))
        result.insert(u"build_no"_qs, QString::number(last.number));
    return result;
}

std::optional<QJsonObject> DemoBuilds::showJobResult(const QString &jobId)
{
    QMutexLocker lock(&m_mutex);
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return std::nullopt;
    return resultLocked(*job, m_now(), job->demo.result);
}

std::optional<QJsonObject> DemoBuilds::showJobResultAt(const QString &jobId, qint64 timeMs)
{
    QMutexLocker lock(&m_mutex);
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return std::nullopt;
    return resultLocked(*job, timeMs, job->demo.result);
}

QJsonObject DemoBuilds::withLiveState(const QString &jobId, QJsonObject jobInfo)
{
    QMutexLocker lock(&m_mutex);
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return jobInfo;
    jobInfo.insert(u"favorite"_qs, job->favorite);
    return resultLocked(*job, m_now(), jobInfo);
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
    QList<std::pair<QString, QString>> parameters = DemoRecords::parameterDefaults(job->identity);
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
    const qint64 now = m_now();
    const QString outcome = job->demo.plan.outcome == u"FAILURE" ? u"FAILURE"_qs : u"SUCCESS"_qs;
    DemoBuild build = DemoBuild::planned(now, qint64(double((20 + random.bounded(41)) * kSecond) * m_scale), outcome);
    build.tag = scm.value(u"build_tag").toString();
    if (build.tag.isEmpty()) {
        build.branch = job->identity.defaultBranch;
        for (const auto &[name, value] : std::as_const(parameters)) {
            if (name == u"codeBranch" && !value.trimmed().isEmpty())
                build.branch = value.trimmed();
        }
    }
    build.commit = scm.value(u"build_commit_id").toString();
    if (build.commit.isEmpty())
        build.commit = DemoSchedule::randomCommit(random);
    build.commitMessage = DemoSchedule::randomCommitMessage(random);
    build.parameters = parameters;
    // Numbered after the newest build started, and counted in its day after it.
    const int after = job->schedule.lastStartedBy(now);
    const qint64 day = DemoSchedule::dayOf(now);
    const int scheduledThatDay = qBound(0, after - job->schedule.firstPlaceOf(day) + 1, job->schedule.countOn(day));
    const int runsThatDay = int(std::count_if(job->runs.cbegin(), job->runs.cend(), [day](const JobBuilds::Run &run) {
        return DemoSchedule::dayOf(run.build.startMs) == day;
    }));
    build.number = after + int(job->runs.size()) + 1;
    build.daily = QDateTime::fromMSecsSinceEpoch(DemoSchedule::startOfDay(day), QTimeZone(8 * 3600)).toString(u"yyyyMMdd"_qs)
        + u'.' + QString::number(scheduledThatDay + runsThatDay + 1);
    build.trigger = u"Manual"_qs;
    build.executor = u"demo-user"_qs;
    job->runs.append({build, after});
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
    const qint64 now = m_now();
    const std::optional<DemoBuild> build = job.withNumber(number, now);
    if (!build)
        return noSuchBuild();
    if (!build->isRunning(now))
        return serviceError(400, u"DEV.CB.032302"_qs, u"The task state has been refreshed"_qs);
    const auto run = std::find_if(job.runs.begin(), job.runs.end(), [number](const JobBuilds::Run &made) {
        return made.build.number == number;
    });
    if (run != job.runs.end())
        run->build.abortedAtMs = now;
    else
        job.stops.insert(number, now);
    return json({{u"status"_qs, u"success"_qs}});
}

DemoResponse DemoBuilds::follow(JobBuilds &job, bool followed)
{
    job.favorite = followed;
    job.favoriteChanged = true;
    return wrapped(QJsonObject{{u"favorite"_qs, followed}});
}
