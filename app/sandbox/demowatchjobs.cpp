#include "sandbox/demowatchjobs.h"

#include "sandbox/demojoblist.h"
#include "watch/watchclock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace {

struct Phase
{
    QString running;     // running_status
    QString last;        // last_build_status
    qint64 lastBuildAgoMs;
};

// Where in its cycle a job is: what it shows and how long ago its last build started.
Phase phaseOf(const QString &jobId, qint64 clockMs)
{
    const qint64 t = clockMs % DemoWatchJobs::kCycleMs;
    const QString finished = u"Finished"_qs;
    const QString running = u"Running"_qs;
    if (jobId == QLatin1String(DemoWatchJobs::nightly))
        return t < 40'000 ? Phase{running, u"running"_qs, t} : Phase{finished, u"failed"_qs, t};
    if (jobId == QLatin1String(DemoWatchJobs::hotfix)) {
        if (t < 50'000)
            return {finished, u"failed"_qs, t + DemoWatchJobs::kCycleMs - 50'000};
        if (t < 90'000)
            return {running, u"running"_qs, t - 50'000};
        return {finished, u"success"_qs, t - 50'000};
    }
    if (jobId == QLatin1String(DemoWatchJobs::soakTest))
        return {running, u"running"_qs, clockMs + 3 * 3600'000};
    return {finished, u"success"_qs, 2 * 3600'000};
}

QString nameOf(const QString &jobId)
{
    if (jobId == QLatin1String(DemoWatchJobs::nightly))
        return u"nightly-integration"_qs;
    if (jobId == QLatin1String(DemoWatchJobs::hotfix))
        return u"checkout-hotfix"_qs;
    if (jobId == QLatin1String(DemoWatchJobs::soakTest))
        return u"soak-test-72h"_qs;
    if (jobId == QLatin1String(DemoWatchJobs::busyGateway))
        return u"busy-gateway-build"_qs;
    return u"expiring-token-build"_qs;
}

// A fleet job: every fourth one builds for 45 s once a cycle and fails every third time; the
// rest last built two hours ago. Offsets spread the builds over the cycle.
Phase fleetPhaseOf(int index, qint64 clockMs)
{
    const qint64 shifted = clockMs + qint64(index) * 7'919 % DemoWatchJobs::kCycleMs;
    const qint64 t = shifted % DemoWatchJobs::kCycleMs;
    const qint64 cycle = shifted / DemoWatchJobs::kCycleMs;
    if (index % 4 != 0)
        return {u"Finished"_qs, index % 10 == 3 ? u"failed"_qs : u"success"_qs, 2 * 3600'000};
    if (t < 45'000)
        return {u"Running"_qs, u"running"_qs, t};
    return {u"Finished"_qs, (cycle + index) % 3 == 0 ? u"failed"_qs : u"success"_qs, t};
}

int healthOf(const Phase &phase)
{
    return phase.last == u"failed" ? 40 : phase.last == u"running" ? 70 : 95;
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

QString hexOf(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonObject showJobResult(const QString &jobId, const QString &projectId, const QString &name, const Phase &phase)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    return {{u"id"_qs, jobId},
            {u"project_id"_qs, projectId},
            {u"job_name"_qs, name},
            {u"source_code"_qs, u"codehub"_qs},
            {u"running_status"_qs, phase.running},
            {u"last_build_status"_qs, phase.last},
            {u"last_build_time"_qs, nowMs - phase.lastBuildAgoMs},
            {u"create_time"_qs, nowMs - 30LL * 24 * 3600'000},
            {u"build_time"_qs, 40.0},
            {u"health_score"_qs, healthOf(phase)},
            {u"disabled"_qs, false},
            {u"favorite"_qs, true},
            {u"is_view"_qs, true},
            {u"is_execute"_qs, true}};
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

DemoWatchJobs::DemoWatchJobs()
    : m_ownClock(std::make_unique<SteadyClock>(speedFromEnvironment())), m_clock(m_ownClock.get())
{
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

QJsonObject DemoWatchJobs::resultAt(const QString &jobId, qint64 clockMs)
{
    const QString project = jobId == QLatin1String(expiringToken) ? QLatin1String(tokenProjectId)
                                                                   : QLatin1String(projectId);
    return showJobResult(jobId, project, nameOf(jobId), phaseOf(jobId, clockMs));
}

QJsonObject DemoWatchJobs::stateAt(const QString &jobId, qint64 clockMs) const
{
    const auto fleet = m_fleet.constFind(jobId);
    if (fleet == m_fleet.constEnd())
        return resultAt(jobId, clockMs);
    const QString name = u"fleet-service-"_qs + QString::number(fleet->index);
    return showJobResult(jobId, fleet->projectId, name, fleetPhaseOf(fleet->index, clockMs));
}

void DemoWatchJobs::setFleet(int projects, int jobsPerProject)
{
    m_fleet.clear();
    m_fleetOrder.clear();
    for (int project = 0; project < projects; ++project) {
        for (int job = 0; job < jobsPerProject; ++job) {
            const QString id = fleetJobId(project, job);
            m_fleet.insert(id, {fleetProjectId(project), project * jobsPerProject + job});
            m_fleetOrder.append(id);
        }
    }
}

QString DemoWatchJobs::fleetProjectId(int project)
{
    return hexOf(u"fleet-project:"_qs + QString::number(project));
}

QString DemoWatchJobs::fleetJobId(int project, int job)
{
    return hexOf(u"fleet-job:"_qs + QString::number(project) + u':' + QString::number(job));
}

QString DemoWatchJobs::projectOf(const QString &jobId) const
{
    if (const auto fleet = m_fleet.constFind(jobId); fleet != m_fleet.constEnd())
        return fleet->projectId;
    if (!ids().contains(jobId))
        return {};
    return jobId == QLatin1String(expiringToken) ? QLatin1String(tokenProjectId) : QLatin1String(projectId);
}

bool DemoWatchJobs::hasProject(const QString &project) const
{
    return project == QLatin1String(projectId) || project == QLatin1String(tokenProjectId)
        || std::any_of(m_fleet.cbegin(), m_fleet.cend(), [&](const FleetJob &job) { return job.projectId == project; });
}

QStringList DemoWatchJobs::jobsOf(const QString &project) const
{
    if (project == QLatin1String(projectId))
        return ids().mid(0, 4);
    if (project == QLatin1String(tokenProjectId))
        return {QLatin1String(expiringToken)};
    QStringList jobs;
    for (const QString &id : m_fleetOrder)
        if (m_fleet.value(id).projectId == project)
            jobs.append(id);
    return jobs;
}

// What a request that reaches this job gets instead of an answer: throttling every third time
// for the busy gateway, 401 for the expiring token once its time is up.
std::optional<DemoWatchJobs::Answer> DemoWatchJobs::refusal(const QString &jobId, qint64 clockMs) const
{
    if (jobId == QLatin1String(busyGateway) && ++m_busyRequests % 3 == 0)
        return Answer{500, {{u"error_code"_qs, u"CB.00060211"_qs}, {u"error_msg"_qs, u"Too many requests. Try again later"_qs}}};
    if (jobId == QLatin1String(expiringToken) && clockMs >= kTokenLifetimeMs)
        return Answer{401, {{u"error_code"_qs, u"APIG.0301"_qs},
                            {u"error_msg"_qs, u"Incorrect IAM authentication information: token expires"_qs}}};
    return std::nullopt;
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::listAnswer(const QString &project, int pageIndex, int pageSize) const
{
    const QStringList jobs = jobsOf(project);
    if (jobs.isEmpty())
        return std::nullopt;
    const qint64 clockMs = m_clock->nowMs();
    for (const QString &id : jobs) // the page's request meets the same refusals as ShowJobInfo
        if (std::optional<Answer> refused = refusal(id, clockMs))
            return refused;
    QJsonArray page;
    const qint64 first = qint64(pageIndex) * pageSize;
    for (qint64 n = first; n < std::min<qint64>(first + pageSize, jobs.size()); ++n)
        page.append(listItem(stateAt(jobs.at(n), clockMs)));
    // ListProjectJobs answers bare, as the definitions say.
    return Answer{200, {{u"jobs"_qs, page}, {u"total"_qs, jobs.size()}}};
}

int DemoWatchJobs::buildNumberAt(const QString &jobId, qint64 clockMs) const
{
    if (const auto fleet = m_fleet.constFind(jobId); fleet != m_fleet.constEnd()) {
        const qint64 shifted = clockMs + qint64(fleet->index) * 7'919 % kCycleMs;
        return fleet->index % 4 == 0 ? 10 + int(shifted / kCycleMs) : 20 + fleet->index % 7;
    }
    // A new number when a build starts (see phaseOf()).
    if (jobId == QLatin1String(nightly))
        return 100 + int(clockMs / kCycleMs);
    if (jobId == QLatin1String(hotfix))
        return 199 + int((clockMs + kCycleMs - 50'000) / kCycleMs);
    if (jobId == QLatin1String(soakTest))
        return 7;
    return jobId == QLatin1String(busyGateway) ? 57 : 31;
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::runningStatusAnswer(const QString &jobId) const
{
    if (!m_fleet.contains(jobId) && !ids().contains(jobId))
        return std::nullopt;
    const qint64 clockMs = m_clock->nowMs();
    if (std::optional<Answer> refused = refusal(jobId, clockMs))
        return refused;
    const bool running = stateAt(jobId, clockMs).value(u"running_status").toString() == u"Running";
    const QJsonObject result{{u"last_job_id"_qs, jobId},
                             {u"last_build_no"_qs, QString::number(buildNumberAt(jobId, clockMs))},
                             {u"last_build_status"_qs, running ? u"Running"_qs : u"Finished"_qs},
                             {u"is_running"_qs, running}};
    return Answer{200, {{u"result"_qs, result}, {u"status"_qs, u"success"_qs}, {u"error"_qs, QJsonValue::Null}}};
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::answer(const QString &jobId) const
{
    if (!m_fleet.contains(jobId) && !ids().contains(jobId))
        return std::nullopt;
    const qint64 clockMs = m_clock->nowMs();
    if (std::optional<Answer> refused = refusal(jobId, clockMs))
        return refused;
    return Answer{200, {{u"result"_qs, stateAt(jobId, clockMs)}, {u"status"_qs, u"success"_qs},
                        {u"error"_qs, QJsonValue::Null}}};
}
