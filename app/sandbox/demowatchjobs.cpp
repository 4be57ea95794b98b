#include "sandbox/demowatchjobs.h"

#include "sandbox/demoids.h"
#include "sandbox/demojoblist.h"
#include "watch/watchclock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace {

constexpr qint64 kHourMs = 3600'000;
constexpr qint64 kCycle = DemoWatchJobs::kCycleMs;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

// ListProjectJobs says colours where ShowJobInfo says words.
QString colourOf(const QString &last)
{
    if (last == u"success")
        return u"blue"_qs;
    if (last == u"failed")
        return u"red"_qs;
    if (last == u"running")
        return u"building"_qs;
    return u"none"_qs;
}

int healthOf(const QString &last)
{
    return last == u"failed" ? 40 : last == u"running" ? 70 : 95;
}

QString projectNameOf(const QString &projectId, int fleetProject)
{
    if (projectId == QLatin1String(DemoWatchJobs::projectId))
        return u"Watch demo"_qs;
    if (projectId == QLatin1String(DemoWatchJobs::tokenProjectId))
        return u"Token demo"_qs;
    return u"Fleet "_qs + QString::number(fleetProject);
}

// One item of a ListProjectJobs page, made from the same state as the ShowJobInfo result.
QJsonObject listItem(const QJsonObject &result)
{
    DemoJobList::ItemState state;
    state.id = result.value(u"id");
    state.name = result.value(u"job_name");
    state.lastBuildTime = result.value(u"last_build_time");
    state.health = result.value(u"health_score");
    state.status = colourOf(result.value(u"last_build_status").toString());
    state.runningStatus = result.value(u"running_status").toString();
    state.buildTimeMs = 40'000;
    state.favorite = true;
    return DemoJobList::projectJobItem(state);
}

} // namespace

// One build of a job's schedule, in clock time (ms since the sandbox started).
struct DemoWatchJobs::Scheduled
{
    int number = 0;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    bool endless = false;
    QString outcome;   // SUCCESS or FAILURE

    bool isRunningAt(qint64 clockMs) const { return endless || clockMs < startMs + durationMs; }
    QString lastStatusAt(qint64 clockMs) const
    {
        if (isRunningAt(clockMs))
            return u"running"_qs;
        return outcome == u"SUCCESS" ? u"success"_qs : u"failed"_qs;
    }
};

DemoWatchJobs::DemoWatchJobs()
    : m_ownClock(std::make_unique<SteadyClock>(speedFromEnvironment())), m_clock(m_ownClock.get())
{
    setFleet(0, 0);
}

DemoWatchJobs::~DemoWatchJobs() = default;

QStringList DemoWatchJobs::ids()
{
    return {QLatin1String(nightly), QLatin1String(hotfix), QLatin1String(soakTest), QLatin1String(busyGateway),
            QLatin1String(expiringToken)};
}

double DemoWatchJobs::speedFromEnvironment()
{
    bool ok = false;
    const double speed = qEnvironmentVariable(kSpeedVariable).toDouble(&ok);
    return ok && speed >= 1 && speed <= 10000 ? speed : 1.0;
}

void DemoWatchJobs::setClock(const WatchClock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

void DemoWatchJobs::setFleet(int projects, int jobsPerProject)
{
    m_jobs.clear();
    m_order.clear();
    m_buildProjects.clear();
    const QStringList names = {u"nightly-integration"_qs, u"checkout-hotfix"_qs, u"soak-test-72h"_qs,
                               u"busy-gateway-build"_qs, u"expiring-token-build"_qs};
    for (qsizetype i = 0; i < ids().size(); ++i) {
        const QString id = ids().at(i);
        const QString project = id == QLatin1String(expiringToken) ? QLatin1String(tokenProjectId) : QLatin1String(projectId);
        m_jobs.insert(id, {id, names.at(i), project, -1, -1});
        m_order.append(id);
    }
    for (int project = 0; project < projects; ++project) {
        for (int job = 0; job < jobsPerProject; ++job) {
            const QString id = fleetJobId(project, job);
            const int index = project * jobsPerProject + job;
            m_jobs.insert(id, {id, u"fleet-service-"_qs + QString::number(index), fleetProjectId(project), index, project});
            m_order.append(id);
        }
    }
    for (const QString &id : std::as_const(m_order))
        m_buildProjects.insert(DemoIds::buildProjectId(id), id);
}

QString DemoWatchJobs::fleetProjectId(int project)
{
    return DemoIds::hexId(u"fleet-project:"_qs + QString::number(project));
}

QString DemoWatchJobs::fleetJobId(int project, int job)
{
    return DemoIds::hexId(u"fleet-job:"_qs + QString::number(project) + u':' + QString::number(job));
}

const DemoWatchJobs::WatchJob *DemoWatchJobs::find(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    return it == m_jobs.constEnd() ? nullptr : &it.value();
}

bool DemoWatchJobs::hasJob(const QString &jobId) const
{
    return find(jobId) != nullptr;
}

QString DemoWatchJobs::projectOf(const QString &jobId) const
{
    const WatchJob *job = find(jobId);
    return job ? job->projectId : QString();
}

bool DemoWatchJobs::hasProject(const QString &project) const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const WatchJob &job) { return job.projectId == project; });
}

QString DemoWatchJobs::jobOfBuildProject(const QString &buildProjectId) const
{
    return m_buildProjects.value(buildProjectId);
}

int DemoWatchJobs::recentBuilds(const WatchJob &job) const
{
    return job.fleetIndex < 0 ? kRecentBuilds : kFleetRecentBuilds;
}

QString DemoWatchJobs::jobOfRecord(const QString &recordId) const
{
    if (!DemoIds::isUuid(recordId))
        return {};
    const qint64 clockMs = m_clock->nowMs();
    for (const QString &id : m_order) {
        const WatchJob &job = *find(id);
        for (const Scheduled &build : scheduleOf(job, clockMs, recentBuilds(job))) {
            if (DemoIds::recordId(id, build.number) == recordId)
                return id;
        }
    }
    return {};
}

QStringList DemoWatchJobs::jobsOf(const QString &project) const
{
    QStringList jobs;
    for (const QString &id : m_order) {
        if (find(id)->projectId == project)
            jobs.append(id);
    }
    return jobs;
}

// The job's builds that have started by `clockMs`, newest first, at most `count`: the one
// schedule every answer about the job is made from.
QList<DemoWatchJobs::Scheduled> DemoWatchJobs::scheduleOf(const WatchJob &job, qint64 clockMs, int count) const
{
    QList<Scheduled> builds;
    const auto add = [&](const Scheduled &build) {
        if (builds.size() < count && build.number >= 1 && build.startMs <= clockMs)
            builds.append(build);
    };
    const int index = job.fleetIndex;
    if (job.id == QLatin1String(nightly)) {
        // Starts every cycle, runs 40 s, fails.
        const qint64 cycle = floorDiv(clockMs, kCycle);
        for (qint64 k = cycle; builds.size() < count && 100 + k >= 1; --k)
            add({int(100 + k), k * kCycle, 40'000, false, u"FAILURE"_qs});
    } else if (job.id == QLatin1String(hotfix)) {
        // Each cycle: the fix at 50 s (succeeds at 90 s); a change that breaks it again at the
        // cycle's end (a short failing build).
        for (qint64 k = floorDiv(clockMs, kCycle); builds.size() < count && 201 + 2 * k >= 1; --k) {
            add({int(201 + 2 * k), k * kCycle + kCycle - 5'000, 5'000, false, u"FAILURE"_qs});
            add({int(200 + 2 * k), k * kCycle + 50'000, 40'000, false, u"SUCCESS"_qs});
        }
    } else if (job.id == QLatin1String(soakTest)) {
        add({7, -3 * kHourMs, 30 * 60'000, true, u"SUCCESS"_qs});
        for (int i = 1; builds.size() < count && 7 - i >= 1; ++i)
            add({7 - i, -3 * kHourMs - i * 75 * kHourMs, 72 * kHourMs, false, u"SUCCESS"_qs});
    } else if (index >= 0 && index % 4 == 0) {
        // Builds for 45 s once a cycle, at its own offset; every third build fails.
        const qint64 offset = qint64(index) * 7'919 % kCycle;
        for (qint64 k = floorDiv(clockMs + offset, kCycle); builds.size() < count && 10 + k >= 1; --k) {
            const bool fails = ((k + index) % 3 + 3) % 3 == 0;
            add({int(10 + k), k * kCycle - offset, 45'000, false, fails ? u"FAILURE"_qs : u"SUCCESS"_qs});
        }
    } else {
        // Last built two hours ago (at every clock time), and every six hours before that.
        const int last = index >= 0 ? 20 + index % 7 : job.id == QLatin1String(busyGateway) ? 57 : 31;
        const bool lastFails = index >= 0 && index % 10 == 3;
        for (int i = 0; builds.size() < count && last - i >= 1; ++i)
            add({last - i, clockMs - 2 * kHourMs - i * 6 * kHourMs, 5 * 60'000, false,
                 i == 0 && lastFails ? u"FAILURE"_qs : u"SUCCESS"_qs});
    }
    return builds;
}

int DemoWatchJobs::buildNumberAt(const QString &jobId, qint64 clockMs) const
{
    const WatchJob *job = find(jobId);
    if (!job)
        return 0;
    const QList<Scheduled> latest = scheduleOf(*job, clockMs, 1);
    return latest.isEmpty() ? 0 : latest.constFirst().number;
}

QJsonObject DemoWatchJobs::showJobResult(const WatchJob &job, qint64 clockMs) const
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<Scheduled> latest = scheduleOf(job, clockMs, 1);
    const Scheduled last = latest.value(0);
    const QString status = last.lastStatusAt(clockMs);
    // The SDK's types: build_time and charge_time strings, times and health numbers;
    // project_id is the build project.
    return {{u"id"_qs, job.id},
            {u"project_id"_qs, DemoIds::buildProjectId(job.id)},
            {u"project_permission_switch"_qs, true},
            {u"job_name"_qs, job.name},
            {u"source_code"_qs, u"codehub"_qs},
            {u"running_status"_qs, last.isRunningAt(clockMs) ? u"Running"_qs : u"Finished"_qs},
            {u"new_build"_qs, false},
            {u"last_build_status"_qs, status},
            {u"last_build_time"_qs, nowMs - (clockMs - last.startMs)},
            {u"create_time"_qs, nowMs - 30LL * 24 * kHourMs},
            {u"build_time"_qs, u"40"_qs},
            {u"charge_time"_qs, u"40"_qs},
            {u"health_score"_qs, healthOf(status)},
            {u"disabled"_qs, false},
            {u"favorite"_qs, true},
            {u"is_view"_qs, true},
            {u"is_execute"_qs, true},
            {u"is_copy"_qs, false},
            {u"is_delete"_qs, false},
            {u"is_forbidden"_qs, false},
            {u"is_manager"_qs, false},
            {u"is_modify"_qs, false}};
}

DemoBuildJob DemoWatchJobs::buildJobAt(const WatchJob &job, qint64 clockMs, qint64 nowMs) const
{
    DemoBuildJob built;
    built.id = job.id;
    built.name = job.name;
    built.buildProjectId = DemoIds::buildProjectId(job.id);
    built.projectId = job.projectId;
    built.projectName = projectNameOf(job.projectId, job.fleetProject);
    built.defaultBranch = u"master"_qs;
    const QList<Scheduled> schedule = scheduleOf(job, clockMs, recentBuilds(job));
    for (auto it = schedule.crbegin(); it != schedule.crend(); ++it) {
        // The clock's times seen from now: a build that started t clock ms ago started t ms ago.
        DemoBuild build = DemoBuild::planned(nowMs - (clockMs - it->startMs), it->durationMs, it->outcome);
        build.endless = it->endless;
        build.number = it->number;
        build.daily = QDateTime::fromMSecsSinceEpoch(build.startMs).toString(u"yyyyMMdd"_qs) + u'.'
            + QString::number(it->number);
        const bool scheduled = job.id == QLatin1String(nightly);
        build.trigger = scheduled ? u"Scheduled"_qs : u"Code change"_qs;
        build.executor = scheduled ? u"timer"_qs : u"ci-bot"_qs;
        build.branch = job.id == QLatin1String(hotfix) ? u"hotfix/checkout-timeout"_qs : built.defaultBranch;
        build.commit = QString::fromLatin1(
            QCryptographicHash::hash((job.id + u'/' + QString::number(it->number)).toUtf8(), QCryptographicHash::Sha1).toHex());
        build.commitMessage = it->outcome == u"SUCCESS" ? u"Fix the checkout timeout"_qs : u"Tighten the retry limits"_qs;
        build.parameters = DemoRecords::parameterDefaults(built);
        for (auto &[name, value] : build.parameters) {
            if (name == u"codeBranch")
                value = build.branch;
        }
        built.builds.append(build);
    }
    return built;
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::refusal(const QString &jobId) const
{
    if (jobId == QLatin1String(busyGateway) && ++m_busyRequests % 3 == 0)
        return Answer{500, {{u"error_code"_qs, u"CB.00060211"_qs}, {u"error_msg"_qs, u"Too many requests. Try again later"_qs}}};
    if (jobId == QLatin1String(expiringToken) && m_clock->nowMs() >= kTokenLifetimeMs)
        return Answer{401, {{u"error_code"_qs, u"APIG.0301"_qs},
                            {u"error_msg"_qs, u"Incorrect IAM authentication information: token expires"_qs}}};
    return std::nullopt;
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::listAnswer(const QString &project, int pageIndex, int pageSize) const
{
    const QStringList jobs = jobsOf(project);
    if (jobs.isEmpty())
        return std::nullopt;
    for (const QString &id : jobs) // the page's request meets the same refusals as ShowJobInfo
        if (std::optional<Answer> refused = refusal(id))
            return refused;
    const qint64 clockMs = m_clock->nowMs();
    QJsonArray page;
    const qint64 first = qint64(pageIndex) * pageSize;
    for (qint64 n = first; n < std::min<qint64>(first + pageSize, jobs.size()); ++n)
        page.append(listItem(showJobResult(*find(jobs.at(n)), clockMs)));
    // ListProjectJobs answers bare, as the definitions say.
    return Answer{200, {{u"jobs"_qs, page}, {u"total"_qs, jobs.size()}}};
}

std::optional<DemoWatchJobs::Builds> DemoWatchJobs::builds(const QString &jobId) const
{
    const WatchJob *job = find(jobId);
    if (!job)
        return std::nullopt;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    return Builds{buildJobAt(*job, m_clock->nowMs(), nowMs), nowMs};
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::answer(const QString &jobId) const
{
    const WatchJob *job = find(jobId);
    if (!job)
        return std::nullopt;
    if (std::optional<Answer> refused = refusal(jobId))
        return refused;
    return Answer{200, {{u"result"_qs, showJobResult(*job, m_clock->nowMs())}, {u"status"_qs, u"success"_qs},
                        {u"error"_qs, QJsonValue::Null}}};
}
