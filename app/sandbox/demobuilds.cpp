#include "sandbox/demobuilds.h"

#include "api/jobid.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demojobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 24 * 3600 * kSecond;
constexpr int kHistoryDays = 90;
constexpr const char *kRegion = "cn-north-4";

const QStringList kStepNames = {u"Checkout code"_qs, u"Install dependencies"_qs, u"Compile"_qs,
                                u"Run unit tests"_qs, u"Package"_qs, u"Upload to release repository"_qs};
const QList<int> kStepWeights = {5, 15, 30, 35, 10, 5};
constexpr int kUnitTestStep = 3;
const QStringList kExecutors = {u"zhang.wei"_qs, u"li.na"_qs, u"wang.fang"_qs, u"ci-bot"_qs, u"demo-user"_qs};
const QStringList kBranches = {u"master"_qs, u"master"_qs, u"develop"_qs, u"feature/login-redesign"_qs,
                               u"release/2.4"_qs, u"hotfix/payment-timeout"_qs};
// The record list's trigger words, and the old history's Chinese ones.
const QStringList kTriggers = {u"Manual"_qs, u"Scheduled"_qs, u"Code change"_qs, u"Pipeline"_qs};
const QStringList kTriggersOld = {u"手工触发"_qs, u"定时触发"_qs, u"代码更新触发"_qs, u"流水线触发"_qs};

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

QString commitId(QRandomGenerator &random)
{
    QString id;
    for (int i = 0; i < 5; ++i)
        id += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return id;
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression secret(u"TOKEN|SECRET|PASSWORD|KEY"_qs, QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QList<DemoBuilds::Step> stepsFor(qint64 totalMs)
{
    QList<DemoBuilds::Step> steps;
    for (qsizetype i = 0; i < kStepNames.size(); ++i)
        steps.append({kStepNames.at(i), qMax<qint64>(1, totalMs * kStepWeights.at(i) / 100)});
    return steps;
}

// When the build stops by itself: after the failed step, or after the last one.
qint64 plannedEnd(const DemoBuilds::Build &build)
{
    qint64 end = build.startMs;
    for (qsizetype i = 0; i < build.steps.size(); ++i) {
        end += build.steps.at(i).durationMs;
        if (i == build.failedStep)
            break;
    }
    return end;
}

qint64 endOf(const DemoBuilds::Build &build)
{
    const qint64 planned = plannedEnd(build);
    return build.abortedAtMs ? qMin(*build.abortedAtMs, planned) : planned;
}

bool isRunning(const DemoBuilds::Build &build, qint64 now)
{
    return now < endOf(build);
}

QString finalState(const DemoBuilds::Build &build)
{
    if (build.abortedAtMs && *build.abortedAtMs < plannedEnd(build))
        return u"ABORTED"_qs;
    return build.outcome;
}

QJsonArray stepsAt(const DemoBuilds::Build &build, qint64 now)
{
    QJsonArray steps;
    const qint64 end = qMin(now, endOf(build));
    const bool aborted = finalState(build) == u"ABORTED";
    qint64 stepStart = build.startMs;
    for (qsizetype i = 0; i < build.steps.size(); ++i) {
        const qint64 stepEnd = stepStart + build.steps.at(i).durationMs;
        QString status;
        qint64 duration = 0;
        if (stepStart < end || (stepStart == end && now < endOf(build))) {
            const bool complete = end >= stepEnd;
            duration = qMin(end, stepEnd) - stepStart;
            if (complete)
                status = i == build.failedStep ? u"error"_qs : u"success"_qs;
            else if (now < endOf(build))
                status = u"running"_qs;
            else
                status = aborted ? u"aborted"_qs : u"error"_qs;
        }
        steps.append(QJsonObject{{u"name"_qs, build.steps.at(i).name}, {u"status"_qs, status},
                                 {u"build_time"_qs, duration}});
        stepStart = stepEnd;
    }
    return steps;
}

QString dailyNumber(const QList<DemoBuilds::Build> &earlier, qint64 startMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(startMs).date();
    int sameDay = 1;
    for (const DemoBuilds::Build &build : earlier)
        sameDay += QDateTime::fromMSecsSinceEpoch(build.startMs).date() == day ? 1 : 0;
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
    const DemoJob *demo = nullptr;
    for (const DemoJob &job : DemoJobs::all()) {
        if (job.id == jobId && !job.result.isEmpty())
            demo = &job;
    }
    if (!demo)
        return nullptr;

    JobBuilds job;
    job.jobName = demo->result.value(u"job_name").toString();
    job.lastStatus = demo->result.value(u"last_build_status").toString();
    job.favorite = demo->result.value(u"favorite").toBool();
    job.mayExecute = demo->result.value(u"is_execute").toBool();
    QRandomGenerator random(uint(qHash(jobId)));
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
            Build build;
            build.startMs = startMs;
            build.steps = stepsFor(typicalMs * (70 + random.bounded(60)) / 100);
            build.outcome = outcomeFor(job.lastStatus, random);
            if (build.outcome == u"FAILURE")
                build.failedStep = random.bounded(4) == 0 ? 2 : kUnitTestStep;
            else if (build.outcome == u"timeout")
                build.failedStep = kUnitTestStep;
            else if (build.outcome == u"ABORTED")
                build.abortedAtMs = startMs + (plannedEnd(build) - startMs) * (20 + random.bounded(60)) / 100;
            if (endOf(build) >= now - 60 * kSecond)
                continue; // history is finished builds; today's later hours have not happened
            build.number = int(job.builds.size()) + 1;
            build.daily = dailyNumber(job.builds, startMs);
            const int trigger = int(random.bounded(kTriggers.size()));
            build.trigger = kTriggers.at(trigger);
            build.executor = trigger == 1 ? u"timer"_qs : kExecutors.at(random.bounded(kExecutors.size()));
            build.branch = kBranches.at(random.bounded(kBranches.size()));
            build.commit = commitId(random);
            build.parameters = {{u"codeBranch"_qs, build.branch},
                                {u"BUILD_ENV"_qs, random.bounded(3) == 0 ? u"production"_qs : u"staging"_qs},
                                {u"RELEASE_TOKEN"_qs, QLatin1String(maskedValue)}};
            job.builds.append(build);
        }
    }
    // The newest record agrees with what ShowJobInfo says about the last build.
    if (!job.builds.isEmpty()) {
        Build &last = job.builds.last();
        last.outcome = stateWord(job.lastStatus);
        last.abortedAtMs.reset();
        last.failedStep = last.outcome == u"FAILURE" ? kUnitTestStep : -1;
        if (last.outcome == u"ABORTED")
            last.abortedAtMs = last.startMs + (plannedEnd(last) - last.startMs) / 2;
    }
    if (jobId == QLatin1String(runningJob)) {
        // A long build under way, so there is something to stop.
        Build live;
        live.number = int(job.builds.size()) + 1;
        live.startMs = now - 30 * kSecond;
        live.daily = dailyNumber(job.builds, live.startMs);
        live.steps = stepsFor(15 * 60 * kSecond);
        live.outcome = u"SUCCESS"_qs;
        live.trigger = kTriggers.at(2);
        live.executor = kExecutors.at(0);
        live.branch = u"master"_qs;
        live.commit = commitId(random);
        live.parameters = {{u"codeBranch"_qs, live.branch}, {u"BUILD_ENV"_qs, u"staging"_qs},
                           {u"RELEASE_TOKEN"_qs, QLatin1String(maskedValue)}};
        job.builds.append(live);
    }
    return &m_jobs.insert(jobId, job).value();
}

bool DemoBuilds::handles(const DemoRequest &request)
{
    const QStringList parts = request.url.path().split(u'/');
    if (parts.size() < 3)
        return false;
    const QString group = parts.at(1) + u'/' + parts.at(2);
    if (group == u"v1/record" || group == u"v3/jobs")
        return true;
    if (group != u"v1/job")
        return false;
    const QString last = parts.constLast();
    return last == u"execute" || last == u"running-status" || last == u"build-info" || last == u"stop"
        || last == u"follow" || last == u"unfollow";
}

DemoResponse DemoBuilds::respond(const DemoRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const QStringList parts = request.url.path().split(u'/');   // "", "v1", "job", ID, ...
    const bool post = request.method == "POST";
    if (post && parts.size() == 4 && parts.at(3) == u"execute")
        return execute(request);
    if (parts.size() < 5)
        return notPublished();
    const QString jobId = parts.at(3);
    const QString tail = parts.mid(4).join(u'/');
    if (!JobId::isValid(jobId))
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
    bool numeric = false;
    const int number = parts.value(4).toInt(&numeric);

    if (!post && parts.at(1) == u"v1" && parts.at(2) == u"record" && tail == u"list")
        return jobId == QLatin1String(legacyJob) ? notPublished() : recordList(*job, jobId, request);
    if (!post && parts.at(1) == u"v3" && tail == u"history")
        return history(*job, jobId, request);
    if (!post && parts.at(1) == u"v3" && numeric && parts.value(5) == u"history-details" && parts.size() == 6)
        return historyDetails(*job, number);
    if (!post && tail == u"running-status")
        return runningStatus(*job, jobId);
    if (!post && numeric && parts.value(5) == u"build-info" && parts.size() == 6)
        return buildInfo(*job, number);
    if (post && tail == u"stop")
        return stop(*job, jobId, request);
    if (post && (tail == u"follow" || tail == u"unfollow"))
        return follow(*job, tail == u"follow");
    return notPublished();
}

DemoResponse DemoBuilds::recordList(JobBuilds &job, const QString &jobId, const DemoRequest &request)
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

    const qint64 now = this->now();
    QList<const Build *> inRange;
    for (auto it = job.builds.crbegin(); it != job.builds.crend(); ++it) {
        if (it->startMs >= start.toMSecsSinceEpoch() && it->startMs <= end.toMSecsSinceEpoch())
            inRange.append(&*it);
    }
    QJsonArray states;
    for (qsizetype i = qsizetype(pageIndex) * pageSize; i < inRange.size() && states.size() < pageSize; ++i) {
        const Build &build = *inRange.at(i);
        const bool running = isRunning(build, now);
        const qint64 elapsed = qMin(now, endOf(build)) - build.startMs;
        states.append(QJsonObject{
            {u"number"_qs, build.number},
            {u"daily_build_number"_qs, build.daily},
            {u"start_time"_qs, build.startMs},
            {u"build_time"_qs, elapsed},
            {u"cost_time"_qs, elapsed},
            {u"state"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(finalState(build))},
            {u"job_running_status"_qs, running ? u"Running"_qs : u"Finished"_qs},
            {u"executor"_qs, build.executor},
            {u"nickname"_qs, build.executor},
            {u"user_id"_qs, QString::number(qHash(build.executor), 16)},
            {u"trigger_type"_qs, build.trigger},
            {u"build_type"_qs, u"branch"_qs},
            {u"code_branch"_qs, build.branch},
            {u"commit_id"_qs, build.commit},
            {u"commit_detail_url"_qs, QString(u"https://codehub.example/" + jobId + u"/commit/" + build.commit)},
            {u"scm_type"_qs, u"codehub"_qs},
            {u"scm_web_url"_qs, QString(u"https://codehub.example/" + jobId)},
            {u"commit_info"_qs, QJsonObject{{u"commit_id"_qs, build.commit},
                                            {u"created_at"_qs, QString::number(build.startMs - 600 * kSecond)}}},
        });
    }
    const int totalPages = int((inRange.size() + pageSize - 1) / pageSize);
    // The totals come as strings, as the service sends them.
    return wrapped(QJsonObject{{u"health_score"_qs, u"80"_qs},
                               {u"page_index"_qs, QString::number(pageIndex)},
                               {u"total_page"_qs, QString::number(totalPages)},
                               {u"total_record"_qs, QString::number(inRange.size())},
                               {u"job_build_states"_qs, states}});
}

DemoResponse DemoBuilds::history(JobBuilds &job, const QString &jobId, const DemoRequest &request)
{
    const QUrlQuery query(request.url);
    const int page = queryInt(query, u"offset"_qs, -1);
    const int limit = queryInt(query, u"limit"_qs, -1);
    const int interval = queryInt(query, u"interval"_qs, -1);
    if (page < 0 || limit < 1 || limit > 100 || interval < 1 || interval > 30)
        return serviceError(400, u"CB.00060200"_qs, u"offset, limit (<= 100) and interval (<= 30) are required"_qs);
    const qint64 now = this->now();
    const qint64 since = now - interval * kDay;
    QList<const Build *> inRange;
    for (auto it = job.builds.crbegin(); it != job.builds.crend(); ++it) {
        if (it->startMs >= since)
            inRange.append(&*it);
    }
    QJsonArray records;
    for (qsizetype i = qsizetype(page) * limit; i < inRange.size() && records.size() < limit; ++i) {
        const Build &build = *inRange.at(i);
        const bool running = isRunning(build, now);
        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODate);
        };
        records.append(QJsonObject{
            {u"record_id"_qs, build.daily},
            {u"job_id"_qs, jobId},
            {u"build_number"_qs, build.number},
            {u"start_time"_qs, iso(build.startMs)},
            {u"end_time"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(iso(endOf(build)))},
            {u"result"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(finalState(build))},
            {u"branch"_qs, build.branch},
            {u"commit_id"_qs, build.commit},
            {u"executor"_qs, build.executor},
            {u"trigger_type"_qs, kTriggersOld.value(kTriggers.indexOf(build.trigger), kTriggersOld.first())},
        });
    }
    return json({{u"history_records"_qs, records}, {u"total"_qs, int(inRange.size())}});
}

DemoResponse DemoBuilds::historyDetails(JobBuilds &job, int number)
{
    if (number < 1 || number > job.builds.size())
        return serviceError(403, u"CB.00031059"_qs, u"The build has not been run or its history was deleted"_qs);
    const Build &build = job.builds.at(number - 1);
    QJsonObject parameters;
    for (const auto &[name, value] : build.parameters)
        parameters.insert(name, isSecretName(name) ? QLatin1String(maskedValue) : value);
    return json({{u"build_number"_qs, build.number},
                 {u"job_name"_qs, job.jobName},
                 {u"project_id"_qs, u"6ecbc5bac7c8442fb3d2563d53c13582"_qs},
                 {u"project_name"_qs, u"demo-project"_qs},
                 {u"parameters"_qs, parameters},
                 {u"build_steps"_qs, stepsAt(build, now())}});
}

DemoResponse DemoBuilds::runningStatus(JobBuilds &job, const QString &jobId)
{
    const qint64 now = this->now();
    bool running = false;
    for (const Build &build : std::as_const(job.builds))
        running = running || isRunning(build, now);
    const int last = job.builds.isEmpty() ? 0 : job.builds.constLast().number;
    // last_build_no is a string here, as documented.
    return wrapped(QJsonObject{{u"last_job_id"_qs, jobId},
                               {u"last_build_no"_qs, QString::number(last)},
                               {u"last_build_status"_qs, running ? u"Running"_qs : u"Finished"_qs},
                               {u"is_running"_qs, running}});
}

DemoResponse DemoBuilds::buildInfo(JobBuilds &job, int number)
{
    if (number < 1 || number > job.builds.size())
        return serviceError(422, u"CB.00031006"_qs, u"The build record does not exist"_qs);
    const Build &build = job.builds.at(number - 1);
    const bool running = isRunning(build, now());
    return wrapped(QJsonObject{{u"building"_qs, running},
                               {u"build_result"_qs, running ? QJsonValue(QJsonValue::Null) : QJsonValue(finalState(build))},
                               {u"region"_qs, QLatin1String(kRegion)}});
}

DemoResponse DemoBuilds::execute(const DemoRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString jobId = body.value(u"job_id").toString();
    ++m_executeRequests[jobId];
    m_lastExecuteBody = body;
    if (!JobId::isValid(jobId))
        return serviceError(400, u"CB.00060201"_qs, u"Invalid task ID"_qs);
    if (jobId == QLatin1String(throttledJob))
        return serviceError(500, u"CB.00060211"_qs, u"Too many requests. Try again later"_qs);
    JobBuilds *job = jobLocked(jobId);
    if (!job)
        return serviceError(404, u"CB.00060404"_qs, u"The build task does not exist"_qs);
    if (!job->mayExecute)
        return serviceError(403, u"CB.00060102"_qs, u"No permission to execute this build task"_qs);

    Build build;
    for (const QJsonValue &item : body.value(u"parameter").toArray()) {
        const QString name = item[u"name"].toString();
        if (name.isEmpty())
            return serviceError(400, u"CB.00060200"_qs, u"Parameter name is empty"_qs);
        build.parameters.append({name, item[u"value"].toString()});
    }
    const QJsonObject scm = body.value(u"scm").toObject();
    build.branch = scm.value(u"branch").toString(scm.value(u"build_tag").toString(u"master"_qs));
    QRandomGenerator random(uint(m_executeRequests.value(jobId)) * 7919u + uint(qHash(jobId)));
    build.commit = scm.value(u"build_commit_id").toString();
    if (build.commit.isEmpty())
        build.commit = commitId(random);
    const qint64 now = this->now();
    build.number = int(job->builds.size()) + 1;
    build.startMs = now;
    build.daily = dailyNumber(job->builds, now);
    build.steps = stepsFor(qint64((20 + random.bounded(41)) * kSecond * m_scale));
    build.trigger = kTriggers.at(0);
    build.executor = u"demo-user"_qs;
    // The job's scenario: the failing job fails its unit tests, the others succeed.
    build.outcome = jobId == QLatin1String(failingJob) ? u"FAILURE"_qs : u"SUCCESS"_qs;
    build.failedStep = build.outcome == u"FAILURE" ? kUnitTestStep : -1;
    job->builds.append(build);
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
    if (number > job.builds.size())
        return serviceError(422, u"CB.00031006"_qs, u"The build record does not exist"_qs);
    Build &build = job.builds[number - 1];
    const qint64 now = this->now();
    if (!isRunning(build, now))
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
    if (!job || job->builds.isEmpty())
        return jobInfo;
    if (job->favoriteChanged)
        jobInfo.insert(u"favorite"_qs, job->favorite);
    if (!job->acted)
        return jobInfo; // as DemoJobs describes it until something is run or stopped here
    const Build &last = job->builds.constLast();
    const bool running = isRunning(last, now());
    jobInfo.insert(u"running_status"_qs, running ? u"Running"_qs : u"Finished"_qs);
    if (!running) {
        const QString state = finalState(last);
        jobInfo.insert(u"last_build_status"_qs, state == u"SUCCESS" ? u"success"_qs
                                                 : state == u"ABORTED" ? u"aborted"_qs : u"failed"_qs);
    }
    jobInfo.insert(u"last_build_time"_qs, last.startMs);
    return jobInfo;
}
