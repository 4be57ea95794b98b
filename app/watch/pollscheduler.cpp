#include "watch/pollscheduler.h"

#include "watch/watchclock.h"
#include "watch/watchstate.h"

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr const char *kThrottlingCode = "CB.00060211";

} // namespace

bool PollOutcome::isThrottling() const
{
    return error.kind == ApiError::Kind::RateLimited || error.errorCode == QLatin1String(kThrottlingCode);
}

QList<PollBatch> PerJobPlanner::plan(const QList<WatchTarget> &due, const QList<WatchTarget> &) const
{
    QList<PollBatch> batches;
    batches.reserve(due.size());
    for (const WatchTarget &target : due)
        batches.append({target.source, target.endpoint, PollBatch::Kind::JobInfo, {target.jobId}});
    return batches;
}

PollScheduler::PollScheduler(WatchClock *clock, PollTransport *transport, QObject *parent)
    : QObject(parent), m_clock(clock), m_transport(transport)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        pump();
        arm();
    });
}

PollScheduler::~PollScheduler()
{
    *m_alive = false; // answers that arrive later are dropped
}

void PollScheduler::setPlanner(const BatchPlanner *planner)
{
    m_planner = planner;
}

void PollScheduler::setTimerDriven(bool on)
{
    m_timerDriven = on;
    if (!on)
        m_timer.stop();
    else
        arm();
}

void PollScheduler::watch(const WatchTarget &target)
{
    if (m_jobs.contains(target.jobId))
        return;
    JobSlot slot;
    slot.target = target;
    slot.nextDueMs = m_clock->nowMs();
    slot.order = m_nextOrder++;
    slot.fullSeen = target.hasBaseline;
    m_jobs.insert(target.jobId, slot);
    // The new job is due now: wake up at once. Not arm(), which looks at every job: watching
    // a board of 500 favorites one by one would cost 500 such passes in one turn of the loop.
    if (m_timerDriven && !m_paused && !m_networkDown)
        m_timer.start(0);
}

void PollScheduler::unwatch(const QString &jobId)
{
    m_jobs.remove(jobId); // an answer in flight for it is dropped in finish()
    arm();
}

qint64 PollScheduler::listBlockedUntilMs(const QString &jobId) const
{
    return m_jobs.value(jobId).listBlockedUntilMs;
}

bool PollScheduler::wantsDetail(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    return it != m_jobs.constEnd() && it->detailWanted;
}

// The job as the planner sees it: without its build project while it must be asked for alone:
// before its first full answer, after a batch failed or missed it, and for its fresh health
// score once its build ended (at most every detailRefreshMs).
WatchTarget PollScheduler::plannerView(const JobSlot &slot, qint64 now) const
{
    WatchTarget target = slot.target;
    if (slot.listBlockedUntilMs > now || !slot.fullSeen || detailDue(slot, now))
        target.buildProjectId.clear();
    return target;
}

bool PollScheduler::detailDue(const JobSlot &slot, qint64 now) const
{
    return slot.detailWanted && (slot.lastDetailMs < 0 || now - slot.lastDetailMs >= m_settings.detailRefreshMs);
}

// The watched jobs a batch may take along: neither due nor in flight, soonest due first.
QList<WatchTarget> PollScheduler::plannerOthers(qint64 now) const
{
    QList<const JobSlot *> waiting;
    for (const JobSlot &slot : m_jobs) {
        if (!slot.inFlight && !canPoll(slot, now) && !m_stoppedSources.contains(slot.target.source))
            waiting.append(&slot);
    }
    std::sort(waiting.begin(), waiting.end(), [](auto *a, auto *b) {
        return a->nextDueMs != b->nextDueMs ? a->nextDueMs < b->nextDueMs : a->order < b->order;
    });
    QList<WatchTarget> others;
    others.reserve(waiting.size());
    for (const JobSlot *slot : std::as_const(waiting))
        others.append(plannerView(*slot, now));
    return others;
}

QList<WatchTarget> PollScheduler::targets() const
{
    QList<const JobSlot *> ordered;
    for (const JobSlot &slot : m_jobs)
        ordered.append(&slot);
    std::sort(ordered.begin(), ordered.end(), [](auto *a, auto *b) { return a->order < b->order; });
    QList<WatchTarget> result;
    for (const JobSlot *slot : ordered)
        result.append(slot->target);
    return result;
}

void PollScheduler::pause()
{
    m_paused = true;
    m_timer.stop();
}

void PollScheduler::resume()
{
    m_paused = false;
    arm();
}

void PollScheduler::networkDown()
{
    m_networkDown = true;
    m_timer.stop();
}

void PollScheduler::networkUp()
{
    const bool wasDown = m_networkDown;
    m_networkDown = false;
    if (wasDown)
        refreshNow();
}

void PollScheduler::refreshNow()
{
    const qint64 now = m_clock->nowMs();
    for (JobSlot &slot : m_jobs)
        slot.nextDueMs = std::min(slot.nextDueMs, now);
    arm();
}

void PollScheduler::runStarted(const QString &jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    const qint64 now = m_clock->nowMs();
    it->runStartedMs = now;
    it->nextDueMs = std::min(it->nextDueMs, now + m_settings.runningIntervalMs);
    arm();
}

void PollScheduler::restartSource(const QString &source)
{
    if (!m_stoppedSources.remove(source))
        return;
    const qint64 now = m_clock->nowMs();
    for (JobSlot &slot : m_jobs) {
        if (slot.target.source == source)
            slot.nextDueMs = now;
    }
    arm();
}

qint64 PollScheduler::nextDueMs(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    return it == m_jobs.constEnd() ? -1 : it->nextDueMs;
}

qint64 PollScheduler::throttledUntilMs(const QString &endpoint) const
{
    // Not value(): that would copy the endpoint's request times, for each job on every wake-up.
    const auto it = m_endpoints.constFind(endpoint);
    return it == m_endpoints.constEnd() ? 0 : it->throttledUntilMs;
}

bool PollScheduler::canPoll(const JobSlot &slot, qint64 now) const
{
    return !slot.inFlight && slot.nextDueMs <= now && !m_stoppedSources.contains(slot.target.source)
        && throttledUntilMs(slot.target.endpoint) <= now;
}

// When the endpoint may take one more request: now, or when enough requests of the last minute
// leave the window.
qint64 PollScheduler::budgetFreeAtMs(const QString &endpoint, qint64 now, int reserved) const
{
    EndpointSlot &slot = m_endpoints[endpoint];
    while (!slot.recentStarts.empty() && slot.recentStarts.front() <= now - kMinuteMs)
        slot.recentStarts.pop_front();
    const qsizetype allowed = std::max(1, m_settings.requestsPerMinute - reserved);
    const qsizetype used = qsizetype(slot.recentStarts.size());
    if (used < allowed)
        return now;
    return slot.recentStarts[size_t(used - allowed)] + kMinuteMs;
}

int PollScheduler::reservedForExtras(const QString &endpoint) const
{
    const auto it = m_endpoints.constFind(endpoint);
    const int waiting = it == m_endpoints.constEnd() ? 0 : it->waitingExtras;
    return std::min(waiting, m_settings.requestsPerMinute / 2);
}

void PollScheduler::setWaitingExtras(const QString &endpoint, int waiting)
{
    m_endpoints[endpoint].waitingExtras = std::max(0, waiting);
}

bool PollScheduler::takeBudget(const QString &endpoint, qint64 *retryAtMs)
{
    const qint64 now = m_clock->nowMs();
    const qint64 freeAt = std::max(throttledUntilMs(endpoint), budgetFreeAtMs(endpoint, now, 0));
    if (freeAt > now) {
        *retryAtMs = freeAt;
        return false;
    }
    m_endpoints[endpoint].recentStarts.push_back(now);
    return true;
}

int PollScheduler::pump()
{
    if (m_paused || m_networkDown)
        return 0;
    const qint64 now = m_clock->nowMs();
    QList<const JobSlot *> dueSlots;
    for (const JobSlot &slot : m_jobs) {
        if (canPoll(slot, now))
            dueSlots.append(&slot);
    }
    if (dueSlots.isEmpty())
        return 0;
    // Longest waiting first; watch order breaks ties, so no job starves.
    std::sort(dueSlots.begin(), dueSlots.end(), [](auto *a, auto *b) {
        return a->nextDueMs != b->nextDueMs ? a->nextDueMs < b->nextDueMs : a->order < b->order;
    });
    QList<WatchTarget> due;
    for (const JobSlot *slot : dueSlots)
        due.append(plannerView(*slot, now));
    const QList<WatchTarget> others = m_planner ? plannerOthers(now) : QList<WatchTarget>();
    const BatchPlanner *planner = m_planner ? m_planner : &m_perJob;
    int started = 0;
    for (const PollBatch &batch : planner->plan(due, others)) {
        if (m_inFlight >= m_settings.maxInFlight)
            break;
        const bool busy = std::any_of(batch.jobIds.begin(), batch.jobIds.end(), [this](const QString &id) {
            return m_jobs.value(id).inFlight;
        });
        // An answer during this loop may have throttled the endpoint: then nothing more goes there.
        if (busy || throttledUntilMs(batch.endpoint) > now
            || budgetFreeAtMs(batch.endpoint, now, reservedForExtras(batch.endpoint)) > now)
            continue;
        start(batch, now);
        ++started;
    }
    return started;
}

void PollScheduler::start(const PollBatch &batch, qint64 now)
{
    m_endpoints[batch.endpoint].recentStarts.push_back(now);
    for (const QString &id : batch.jobIds) {
        if (auto it = m_jobs.find(id); it != m_jobs.end())
            it->inFlight = true;
    }
    ++m_inFlight;
    emit requestStarted(batch);
    m_transport->send(batch, [this, alive = m_alive, batch, observations = m_observations](const PollOutcome &outcome) {
        if (*alive)
            finish(batch, outcome, observations);
    });
}

void PollScheduler::finish(const PollBatch &batch, const PollOutcome &outcome, quint64 observationsAtStart)
{
    --m_inFlight;
    const qint64 now = m_clock->nowMs();
    for (const QString &id : batch.jobIds) {
        if (auto it = m_jobs.find(id); it != m_jobs.end())
            it->inFlight = false;
    }
    if (outcome.isThrottling()) {
        onThrottled(batch, outcome, now);
    } else if (outcome.error.kind == ApiError::Kind::Unauthorized) {
        onRejected(batch, outcome.error);
    } else if (outcome.error.kind == ApiError::Kind::Cancelled) {
        // Cancelled by us (pause, shutdown): poll again when allowed, without penalty.
    } else if (outcome.error.isError() && batch.kind == PollBatch::Kind::BriefRecords) {
        onListFailed(batch, outcome.error, now);
    } else if (outcome.error.isError()) {
        for (const QString &id : batch.jobIds) {
            if (auto it = m_jobs.find(id); it != m_jobs.end())
                onJobError(*it, outcome.error, now);
        }
    } else {
        m_endpoints[batch.endpoint].throttleLevel = 0;
        const bool full = batch.kind == PollBatch::Kind::JobInfo;
        QSet<QString> described;
        for (const JobInfo &job : outcome.jobs) {
            auto it = m_jobs.find(job.id);
            if (it == m_jobs.end() && batch.jobIds.size() == 1 && full)
                it = m_jobs.find(batch.jobIds.first()); // ShowJobInfo may omit the id
            if (it == m_jobs.end() || described.contains(it.key()))
                continue;
            described.insert(it.key());
            const bool detailStale = outcome.detailStale.contains(it.key());
            if (detailStale)
                it->detailWanted = true;
            // The build first, so that whoever prints the observation knows its number.
            if (const auto build = outcome.builds.constFind(it.key()); build != outcome.builds.constEnd())
                emit buildSeen(it.key(), *build);
            onObserved(*it, job, full, now);
            // A build just ended: its fresh health score at once, when the rate allows.
            if (detailStale && detailDue(*it, now))
                it->nextDueMs = now;
        }
        // A batch that did not describe a job (nor did another request meanwhile): ask for
        // that job alone for a while.
        for (const QString &id : batch.jobIds) {
            auto it = m_jobs.find(id);
            if (it == m_jobs.end() || described.contains(id) || it->lastObservation > observationsAtStart)
                continue;
            it->nextDueMs = now;
            if (!full)
                it->listBlockedUntilMs = now + m_settings.listRetryMs;
        }
    }
    arm();
}

void PollScheduler::onObserved(JobSlot &slot, const JobInfo &job, bool full, qint64 now)
{
    slot.lastObservation = ++m_observations;
    if (full) {
        slot.fullSeen = true;
        if (slot.detailWanted)
            slot.lastDetailMs = now;
        slot.detailWanted = false;
        if (!job.buildProjectId.isEmpty()) // learnt from ShowJobInfo: batches can take the job now
            slot.target.buildProjectId = job.buildProjectId;
    }
    slot.failures = 0;
    slot.running = WatchState::fromJob(job) == JobState::Running;
    if (slot.running || (slot.runStartedMs >= 0 && now - slot.runStartedMs >= kRunStartGraceMs))
        slot.runStartedMs = -1;
    const bool runStarting = slot.runStartedMs >= 0;
    slot.nextDueMs = now + jittered(slot.running || runStarting ? m_settings.runningIntervalMs : m_settings.idleIntervalMs);
    emit observed(slot.target.jobId, job);
}

// Falls back to ShowJobInfo: the page's jobs are asked for alone, at once and without penalty;
// lists are tried again for them after listRetryMs.
void PollScheduler::onListFailed(const PollBatch &batch, const ApiError &error, qint64 now)
{
    for (const QString &id : batch.jobIds) {
        if (auto it = m_jobs.find(id); it != m_jobs.end()) {
            it->listBlockedUntilMs = now + m_settings.listRetryMs;
            it->nextDueMs = std::min(it->nextDueMs, now);
        }
    }
    emit batchFailed(batch, error);
}

void PollScheduler::onThrottled(const PollBatch &batch, const PollOutcome &outcome, qint64 now)
{
    EndpointSlot &endpoint = m_endpoints[batch.endpoint];
    qint64 delay = backoff(m_settings.throttleBackoffMs, endpoint.throttleLevel++);
    if (outcome.error.retryAfterSeconds > 0)
        delay = std::max(delay, qint64(outcome.error.retryAfterSeconds) * 1000);
    endpoint.throttledUntilMs = std::max(endpoint.throttledUntilMs, now + delay);
    for (const QString &id : batch.jobIds) {
        if (auto it = m_jobs.find(id); it != m_jobs.end())
            it->nextDueMs = std::max(it->nextDueMs, endpoint.throttledUntilMs);
    }
    emit endpointThrottled(batch.endpoint, delay, outcome.error);
}

void PollScheduler::onJobError(JobSlot &slot, const ApiError &error, qint64 now)
{
    const qint64 interval = slot.running ? m_settings.runningIntervalMs : m_settings.idleIntervalMs;
    const qint64 delay = std::max(interval, backoff(m_settings.errorBackoffMs, slot.failures++));
    slot.nextDueMs = now + std::min(delay, m_settings.maxBackoffMs);
    emit pollFailed(slot.target.jobId, error);
}

void PollScheduler::onRejected(const PollBatch &batch, const ApiError &error)
{
    for (const QString &id : batch.jobIds)
        emit pollFailed(id, error);
    if (m_stoppedSources.contains(batch.source))
        return; // another request of the same source was refused first: report once
    m_stoppedSources.insert(batch.source);
    emit sourceStopped(batch.source, error);
}

qint64 PollScheduler::jittered(qint64 ms)
{
    const double factor = 1.0 + m_settings.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max<qint64>(1, qint64(double(ms) * factor));
}

// base * 2^level with jitter, never beyond the maximum.
qint64 PollScheduler::backoff(qint64 baseMs, int level)
{
    const qint64 doubled = baseMs << std::min(level, 20);
    return std::min(jittered(std::min(doubled, m_settings.maxBackoffMs)), m_settings.maxBackoffMs);
}

void PollScheduler::extraRequestThrottled(const QString &endpoint, qint64 delayMs)
{
    const qint64 now = m_clock->nowMs();
    EndpointSlot &slot = m_endpoints[endpoint];
    const qint64 delay = std::max(delayMs, backoff(m_settings.throttleBackoffMs, slot.throttleLevel++));
    slot.throttledUntilMs = std::max(slot.throttledUntilMs, now + delay);
    for (JobSlot &job : m_jobs) {
        if (job.target.endpoint == endpoint)
            job.nextDueMs = std::max(job.nextDueMs, slot.throttledUntilMs);
    }
    emit endpointThrottled(endpoint, delay, ApiError(ApiError::Kind::RateLimited, {}));
    arm();
}

qint64 PollScheduler::nextWakeUpMs() const
{
    if (m_paused || m_networkDown || m_inFlight >= m_settings.maxInFlight)
        return -1;
    const qint64 now = m_clock->nowMs();
    qint64 earliest = -1;
    for (const JobSlot &slot : m_jobs) {
        if (slot.inFlight || m_stoppedSources.contains(slot.target.source))
            continue;
        const qint64 when = std::max({slot.nextDueMs, throttledUntilMs(slot.target.endpoint),
                                      budgetFreeAtMs(slot.target.endpoint, now, reservedForExtras(slot.target.endpoint))});
        if (earliest < 0 || when < earliest)
            earliest = when;
    }
    return earliest;
}

void PollScheduler::arm()
{
    if (!m_timerDriven)
        return;
    const qint64 wake = nextWakeUpMs();
    if (wake < 0) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, wake - m_clock->nowMs());
    m_timer.start(int(std::min<qint64>(m_clock->realDelayMs(delay), 24 * 3600'000)));
}
