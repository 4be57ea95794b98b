#include "sandbox/demowatchjobs.h"

#include "watch/watchclock.h"

#include <QDateTime>

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
    const Phase phase = phaseOf(jobId, clockMs);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const int health = phase.last == u"failed" ? 40 : phase.last == u"running" ? 70 : 95;
    return {{u"id"_qs, jobId},
            {u"project_id"_qs, u"5d1c0c3a9e7b4f2a8c6d4e2f1a0b9c8d"_qs},
            {u"job_name"_qs, nameOf(jobId)},
            {u"source_code"_qs, u"codehub"_qs},
            {u"running_status"_qs, phase.running},
            {u"last_build_status"_qs, phase.last},
            {u"last_build_time"_qs, nowMs - phase.lastBuildAgoMs},
            {u"create_time"_qs, nowMs - 30LL * 24 * 3600'000},
            {u"build_time"_qs, 40.0},
            {u"health_score"_qs, health},
            {u"disabled"_qs, false},
            {u"favorite"_qs, true},
            {u"is_view"_qs, true},
            {u"is_execute"_qs, true}};
}

std::optional<DemoWatchJobs::Answer> DemoWatchJobs::answer(const QString &jobId) const
{
    if (!ids().contains(jobId))
        return std::nullopt;
    const qint64 clockMs = m_clock->nowMs();
    if (jobId == QLatin1String(busyGateway) && ++m_busyRequests % 3 == 0)
        return Answer{500, {{u"error_code"_qs, u"CB.00060211"_qs}, {u"error_msg"_qs, u"Too many requests. Try again later"_qs}}};
    if (jobId == QLatin1String(expiringToken) && clockMs >= kTokenLifetimeMs)
        return Answer{401, {{u"error_code"_qs, u"APIG.0301"_qs},
                            {u"error_msg"_qs, u"Incorrect IAM authentication information: token expires"_qs}}};
    return Answer{200, {{u"result"_qs, resultAt(jobId, clockMs)}, {u"status"_qs, u"success"_qs},
                        {u"error"_qs, QJsonValue::Null}}};
}
