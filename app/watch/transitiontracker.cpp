#include "watch/transitiontracker.h"

#include "api/buildrecords.h"

void TransitionTracker::setMuted(const QString &jobId, bool muted)
{
    if (muted)
        m_muted.insert(jobId);
    else
        m_muted.remove(jobId);
}

std::optional<JobState> TransitionTracker::state(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    return it == m_jobs.constEnd() ? std::nullopt : std::optional(it->state);
}

QHash<QString, JobState> TransitionTracker::states() const
{
    QHash<QString, JobState> result;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        result.insert(it.key(), it->state);
    return result;
}

void TransitionTracker::forget(const QString &jobId)
{
    m_jobs.remove(jobId);
}

std::optional<JobTransition> TransitionTracker::observe(const QString &jobId, const JobInfo &job, qint64 nowMs)
{
    const JobState now = WatchState::fromJob(job);
    const auto it = m_jobs.find(jobId);
    const bool first = it == m_jobs.end();
    JobTransition transition{jobId, job.jobName, first ? JobState::Unknown : it->state, now, nowMs, first, job};
    if (!first && it->state == now) {
        // No change of state, but maybe another failed build: quick builds may start and end
        // between two polls.
        const bool anotherBuild = job.lastBuildTimeMs && it->lastBuildTimeMs && *job.lastBuildTimeMs > *it->lastBuildTimeMs;
        if (job.lastBuildTimeMs)
            it->lastBuildTimeMs = job.lastBuildTimeMs;
        if (anotherBuild && now == JobState::Failed && m_kinds.stillFailing && !m_muted.contains(jobId) && !m_doNotDisturb)
            queue(WatchNotification::Kind::StillFailing, transition, nowMs);
        return std::nullopt;
    }
    Observed &observed = m_jobs[jobId];
    const JobState lastFinished = observed.lastFinished;
    observed.state = now;
    if (job.lastBuildTimeMs)
        observed.lastBuildTimeMs = job.lastBuildTimeMs;
    if (now != JobState::Running && now != JobState::Unknown)
        observed.lastFinished = now;
    if (first || m_muted.contains(jobId) || m_doNotDisturb)
        return transition;
    if (const auto kind = notificationKind(transition, lastFinished))
        queue(*kind, transition, nowMs);
    return transition;
}

void TransitionTracker::queue(WatchNotification::Kind kind, const JobTransition &transition, qint64 nowMs)
{
    if (m_pending.isEmpty())
        m_pendingSinceMs = nowMs;
    m_pending.append({kind, {transition}});
}

std::optional<WatchNotification::Kind> TransitionTracker::notificationKind(const JobTransition &transition,
                                                                          JobState lastFinished) const
{
    using Kind = WatchNotification::Kind;
    if (transition.first || transition.from == transition.to)
        return std::nullopt;
    const auto when = [](bool on, Kind kind) { return on ? std::optional(kind) : std::nullopt; };
    switch (transition.to) {
    case JobState::Failed:
        // A job that stays red: its next failed build is news only to those who asked.
        if (lastFinished == JobState::Failed)
            return when(m_kinds.stillFailing, Kind::StillFailing);
        return when(m_kinds.failed, Kind::Failed);
    case JobState::Aborted:
        return when(m_kinds.aborted, Kind::Aborted);
    case JobState::Success:
        // A fix is success after a failure, also when a running build came in between.
        if (transition.from == JobState::Failed || lastFinished == JobState::Failed)
            return when(m_kinds.fixed, Kind::Fixed);
        return std::nullopt;
    case JobState::Running:
        return when(m_kinds.started, Kind::Started);
    default:
        return std::nullopt;
    }
}

qint64 TransitionTracker::notificationsDueMs() const
{
    return m_pending.isEmpty() ? -1 : m_pendingSinceMs + kSettleMs;
}

QList<WatchNotification> TransitionTracker::takeNotifications(qint64 nowMs)
{
    if (m_pending.isEmpty() || nowMs < notificationsDueMs())
        return {};
    m_sentTimes.removeIf([nowMs](qint64 sent) { return sent <= nowMs - kFloodWindowMs; });
    QList<WatchNotification> out;
    if (m_sentTimes.size() + m_pending.size() > kFloodLimit) {
        WatchNotification summary{WatchNotification::Kind::Summary, {}};
        for (const WatchNotification &one : std::as_const(m_pending))
            summary.transitions += one.transitions;
        out.append(summary);
    } else {
        out = m_pending;
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        m_sentTimes.append(nowMs);
    m_pending.clear();
    m_pendingSinceMs = -1;
    return out;
}

QString WatchNotification::title() const
{
    const QString name = transitions.isEmpty() ? QString()
        : transitions.first().jobName.isEmpty() ? transitions.first().jobId
                                                : transitions.first().jobName;
    switch (kind) {
    case Kind::Failed: return TransitionTracker::tr("%1 failed").arg(name);
    case Kind::StillFailing: return TransitionTracker::tr("%1 is still failing").arg(name);
    case Kind::Fixed: return TransitionTracker::tr("%1 is fixed").arg(name);
    case Kind::Aborted: return TransitionTracker::tr("%1 was aborted").arg(name);
    case Kind::Started: return TransitionTracker::tr("%1 started").arg(name);
    case Kind::Summary: return TransitionTracker::tr("%n jobs changed", nullptr, int(transitions.size()));
    }
    return {};
}

QString WatchNotification::body() const
{
    QStringList lines;
    if (kind == Kind::Summary) {
        for (const JobTransition &t : transitions) {
            const QString name = t.jobName.isEmpty() ? t.jobId : t.jobName;
            lines << TransitionTracker::tr("%1: %2 -> %3").arg(name, WatchState::name(t.from), WatchState::name(t.to));
        }
        return lines.join(u'\n');
    }
    if (transitions.isEmpty())
        return {};
    const BuildFacts &build = transitions.first().build;
    QStringList facts;
    if (build.number)
        facts << TransitionTracker::tr("Build #%1").arg(*build.number);
    if (!build.branch.isEmpty())
        facts << build.branch;
    if (!build.startedBy.isEmpty())
        facts << TransitionTracker::tr("started by %1").arg(build.startedBy);
    if (build.durationMs)
        facts << BuildParse::readableDuration(build.durationMs);
    if (!facts.isEmpty())
        lines << facts.join(u" · ");
    if (!build.failedStep.isEmpty() && !build.error.isEmpty())
        lines << TransitionTracker::tr("Failed at %1: %2").arg(build.failedStep, build.error);
    else if (!build.failedStep.isEmpty())
        lines << TransitionTracker::tr("Failed at %1").arg(build.failedStep);
    else if (!build.error.isEmpty())
        lines << build.error;
    if (lines.isEmpty()) // nothing known of the build: at least what changed
        lines << TransitionTracker::tr("%1 -> %2").arg(WatchState::name(transitions.first().from),
                                                        WatchState::name(transitions.first().to));
    return lines.join(u'\n');
}

bool HistoryThrottle::shouldRecord(const QString &jobId, bool changed, qint64 nowMs)
{
    const auto it = m_lastRecordedMs.constFind(jobId);
    if (!changed && it != m_lastRecordedMs.constEnd() && nowMs - *it < kSnapshotIntervalMs)
        return false;
    m_lastRecordedMs.insert(jobId, nowMs);
    return true;
}
