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

// The build calls for one watch job at one instant, made from its schedule.
class DemoWatchJobs::Source : public DemoBuildSource
{
public:
    Source(const DemoWatchJobs &jobs, const WatchJob &job, const Instant &at) : m_jobs(jobs), m_job(job), m_at(at) {}

    qint64 nowMs() const override { return m_at.wallMs; }
    DemoBuildJob identity() const override { return m_jobs.identityOf(m_job); }

    QList<DemoBuild> between(qint64 fromMs, qint64 toMs) const override
    {
        QList<DemoBuild> builds;
        for (int number = latest(); number >= oldest(); --number) {
            const Scheduled build = *m_jobs.scheduled(m_job, number);
            const qint64 start = m_at.wallOf(build.startMs);
            if (start < fromMs)
                break;   // numbers grow with the start times
            if (start <= toMs)
                builds.prepend(m_jobs.buildOf(m_job, build, m_at));
        }
        return builds;
    }

    QList<DemoBuild> newest(int count) const override
    {
        QList<DemoBuild> builds;
        for (int number = latest(); number >= oldest() && builds.size() < count; --number)
            builds.append(m_jobs.buildOf(m_job, *m_jobs.scheduled(m_job, number), m_at));
        return builds;
    }

    std::optional<DemoBuild> numbered(int number) const override
    {
        if (number < oldest() || number > latest())
            return std::nullopt;
        return m_jobs.buildOf(m_job, *m_jobs.scheduled(m_job, number), m_at);
    }

    std::optional<DemoBuild> withRecordId(const QString &recordId) const override
    {
        for (int number = latest(); number >= oldest(); --number) {
            if (DemoIds::recordId(m_job.id, number) == recordId)
                return numbered(number);
        }
        return std::nullopt;
    }

    int healthScore() const override
    {
        return healthOf(m_jobs.showJobResult(m_job, m_at).value(u"last_build_status").toString());
    }

private:
    int latest() const { return m_jobs.latestNumber(m_job, m_at.clockMs); }
    int oldest() const { return m_jobs.oldestKnown(m_job, m_at.clockMs); }

    const DemoWatchJobs &m_jobs;
    const WatchJob &m_job;
    Instant m_at;
};

DemoWatchJobs::DemoWatchJobs()
    : m_ownClock(std::make_unique<SteadyClock>(speedFromEnvironment())), m_clock(m_ownClock.get()),
      m_wallNow([] { return QDateTime::currentMSecsSinceEpoch(); })
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
    m_wallOffset = kNoOffset;
}

void DemoWatchJobs::setWallClock(std::function<qint64()> nowMs)
{
    m_wallNow = std::move(nowMs);
    m_wallOffset = kNoOffset;
}

DemoWatchJobs::Instant DemoWatchJobs::instant() const
{
    const qint64 clockMs = m_clock->nowMs();
    const qint64 offset = m_wallNow() - clockMs;
    // The two clocks are read one after the other, each to the millisecond, so their difference
    // wavers by a millisecond between requests, and with it every build's wall-clock times: the
    // Overview and the Builds tab would disagree. The difference is kept while it only wavers;
    // a real change (a faster clock, a wall clock set) is taken.
    qint64 kept = m_wallOffset.load();
    if (kept == kNoOffset || qAbs(offset - kept) > kOffsetWaverMs) {
        m_wallOffset.store(offset);
        kept = offset;
    }
    return {clockMs, clockMs + kept};
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

QString DemoWatchJobs::jobOfRecord(const QString &recordId) const
{
    if (!DemoIds::isUuid(recordId))
        return {};
    const Instant at = instant();
    for (const QString &id : m_order) {
        if (Source(*this, *find(id), at).withRecordId(recordId))
            return id;
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

// The one schedule every answer about a job is made from, build by build: numbers grow with
// the start times.
std::optional<DemoWatchJobs::Scheduled> DemoWatchJobs::scheduled(const WatchJob &job, int number) const
{
    if (number < 1)
        return std::nullopt;
    const int index = job.fleetIndex;
    if (job.id == QLatin1String(nightly)) {
        // Starts every cycle, runs 40 s, fails.
        const qint64 k = number - 100;
        return Scheduled{number, k * kCycle, 40'000, false, u"FAILURE"_qs};
    }
    if (job.id == QLatin1String(hotfix)) {
        // Each cycle: the fix at 50 s (succeeds at 90 s); a change that breaks it again at the
        // cycle's end (a short failing build).
        const qint64 k = floorDiv(number - 200, 2);
        if ((number - 200) % 2 == 0)
            return Scheduled{number, k * kCycle + 50'000, 40'000, false, u"SUCCESS"_qs};
        return Scheduled{number, k * kCycle + kCycle - 5'000, 5'000, false, u"FAILURE"_qs};
    }
    if (job.id == QLatin1String(soakTest)) {
        // Three days a build; the seventh has run for three hours when the clock starts.
        if (number > 7)
            return std::nullopt;
        if (number == 7)
            return Scheduled{7, -3 * kHourMs, 30 * 60'000, true, u"SUCCESS"_qs};
        return Scheduled{number, -3 * kHourMs - (7 - number) * 75 * kHourMs, 72 * kHourMs, false, u"SUCCESS"_qs};
    }
    if (index >= 0 && index % 4 == 0) {
        // Builds for 45 s once a cycle, at its own offset; every third build fails.
        const qint64 offset = qint64(index) * 7'919 % kCycle;
        const qint64 k = number - 10;
        const bool fails = ((k + index) % 3 + 3) % 3 == 0;
        return Scheduled{number, k * kCycle - offset, 45'000, false, fails ? u"FAILURE"_qs : u"SUCCESS"_qs};
    }
    // Every six hours; the build the clock starts with began two hours before.
    const int last = index >= 0 ? 20 + index % 7 : job.id == QLatin1String(busyGateway) ? 57 : 31;
    const bool lastFails = index >= 0 && index % 10 == 3;
    const qint64 j = number - last;
    return Scheduled{number, -2 * kHourMs + j * 6 * kHourMs, 5 * 60'000, false,
                     j == 0 && lastFails ? u"FAILURE"_qs : u"SUCCESS"_qs};
}

int DemoWatchJobs::latestNumber(const WatchJob &job, qint64 clockMs) const
{
    const int index = job.fleetIndex;
    int number = 0;
    if (job.id == QLatin1String(nightly)) {
        number = int(100 + floorDiv(clockMs, kCycle));
    } else if (job.id == QLatin1String(hotfix)) {
        const qint64 k = floorDiv(clockMs, kCycle);
        const qint64 intoCycle = clockMs - k * kCycle;
        number = int(intoCycle >= kCycle - 5'000 ? 201 + 2 * k : intoCycle >= 50'000 ? 200 + 2 * k : 199 + 2 * k);
    } else if (job.id == QLatin1String(soakTest)) {
        number = 7;
        while (number >= 1 && scheduled(job, number)->startMs > clockMs)
            --number;
    } else if (index >= 0 && index % 4 == 0) {
        number = int(10 + floorDiv(clockMs + qint64(index) * 7'919 % kCycle, kCycle));
    } else {
        const int last = index >= 0 ? 20 + index % 7 : job.id == QLatin1String(busyGateway) ? 57 : 31;
        number = int(last + floorDiv(clockMs + 2 * kHourMs, 6 * kHourMs));
    }
    return qMax(0, number);
}

int DemoWatchJobs::oldestKnown(const WatchJob &job, qint64 clockMs) const
{
    return job.fleetIndex < 0 ? 1 : qMax(1, latestNumber(job, clockMs) - kFleetRecentBuilds + 1);
}

int DemoWatchJobs::buildNumberAt(const QString &jobId, qint64 clockMs) const
{
    const WatchJob *job = find(jobId);
    return job ? latestNumber(*job, clockMs) : 0;
}

QJsonObject DemoWatchJobs::showJobResult(const WatchJob &job, const Instant &at) const
{
    const Scheduled last = scheduled(job, qMax(1, latestNumber(job, at.clockMs))).value_or(Scheduled{});
    const QString status = last.lastStatusAt(at.clockMs);
    // The SDK's types: build_time and charge_time strings, times and health numbers;
    // project_id is the build project.
    return {{u"id"_qs, job.id},
            {u"project_id"_qs, DemoIds::buildProjectId(job.id)},
            {u"project_permission_switch"_qs, true},
            {u"job_name"_qs, job.name},
            {u"source_code"_qs, u"codehub"_qs},
            {u"running_status"_qs, last.isRunningAt(at.clockMs) ? u"Running"_qs : u"Finished"_qs},
            {u"new_build"_qs, false},
            {u"last_build_status"_qs, status},
            {u"last_build_time"_qs, at.wallOf(last.startMs)},
            {u"create_time"_qs, at.wallOf(-30LL * 24 * kHourMs)},
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

DemoBuildJob DemoWatchJobs::identityOf(const WatchJob &job) const
{
    DemoBuildJob built;
    built.id = job.id;
    built.name = job.name;
    built.buildProjectId = DemoIds::buildProjectId(job.id);
    built.projectId = job.projectId;
    built.projectName = projectNameOf(job.projectId, job.fleetProject);
    built.defaultBranch = u"master"_qs;
    return built;
}

// A scheduled build as the build calls tell it: the clock's times seen from the wall clock's now.
DemoBuild DemoWatchJobs::buildOf(const WatchJob &job, const Scheduled &scheduled, const Instant &at) const
{
    DemoBuild build = DemoBuild::planned(at.wallOf(scheduled.startMs), scheduled.durationMs, scheduled.outcome);
    build.endless = scheduled.endless;
    build.number = scheduled.number;
    build.daily = QDateTime::fromMSecsSinceEpoch(build.startMs).toString(u"yyyyMMdd"_qs) + u'.'
        + QString::number(scheduled.number);
    const bool timed = job.id == QLatin1String(nightly);
    build.trigger = timed ? u"Scheduled"_qs : u"Code change"_qs;
    build.executor = timed ? u"timer"_qs : u"ci-bot"_qs;
    build.branch = job.id == QLatin1String(hotfix) ? u"hotfix/checkout-timeout"_qs : u"master"_qs;
    build.commit = QString::fromLatin1(
        QCryptographicHash::hash((job.id + u'/' + QString::number(scheduled.number)).toUtf8(), QCryptographicHash::Sha1).toHex());
    build.commitMessage = scheduled.outcome == u"SUCCESS" ? u"Fix the checkout timeout"_qs : u"Tighten the retry limits"_qs;
    build.parameters = DemoRecords::parameterDefaults(identityOf(job));
    for (auto &[name, value] : build.parameters) {
        if (name == u"codeBranch")
            value = build.branch;
    }
    return build;
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
    const Instant at = instant();
    QJsonArray page;
    const qint64 first = qint64(pageIndex) * pageSize;
    for (qint64 n = first; n < std::min<qint64>(first + pageSize, jobs.size()); ++n)
        page.append(listItem(showJobResult(*find(jobs.at(n)), at)));
    // ListProjectJobs answers bare, as the definitions say.
    return Answer{200, {{u"jobs"_qs, page}, {u"total"_qs, jobs.size()}}};
}

std::unique_ptr<DemoBuildSource> DemoWatchJobs::builds(const QString &jobId) const
{
    const WatchJob *job = find(jobId);
    if (!job)
        return nullptr;
    return std::make_unique<Source>(*this, *job, instant());
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::answer(const QString &jobId) const
{
    const WatchJob *job = find(jobId);
    if (!job)
        return std::nullopt;
    if (std::optional<Answer> refused = refusal(jobId))
        return refused;
    return Answer{200, {{u"result"_qs, showJobResult(*job, instant())}, {u"status"_qs, u"success"_qs},
                        {u"error"_qs, QJsonValue::Null}}};
}
