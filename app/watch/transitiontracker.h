#pragma once

#include "api/jobinfo.h"
#include "watch/watchstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

// What is known of the build a transition is about, for the notification's text; each part
// may be missing (the watch learns the build number from batches, the rest from its record).
struct BuildFacts
{
    std::optional<int> number;
    QString branch;
    QString startedBy;
    std::optional<qint64> durationMs;
    QString failedStep;
    QString error;   // the first line that explains the failure, plain text
};

// One observed change of a job's state. `first` marks the first observation after the watch
// started, which is shown (the command line prints it) but never notified.
struct JobTransition
{
    QString jobId;
    QString jobName;
    JobState from = JobState::Unknown;
    JobState to = JobState::Unknown;
    qint64 timeMs = 0;   // the watch clock's time
    bool first = false;
    JobInfo job;
    BuildFacts build = {};
};

// What the user is told: one job's transition, or a summary of several that came together.
struct WatchNotification
{
    enum class Kind { Failed, Fixed, StillFailing, Aborted, Started, Summary };
    Kind kind = Kind::Failed;
    QList<JobTransition> transitions;   // one, or the summarised ones

    QString jobId() const { return transitions.isEmpty() ? QString() : transitions.first().jobId; }
    // "payments-ci failed", "payments-ci is fixed", "3 jobs changed"...
    QString title() const;
    // Plain text: the build (number, branch, who started it, duration), then for a failure the
    // step and the line that explain it; a summary has one line per job.
    QString body() const;
};

// Which kinds of transition are notified; the defaults are the peers' (CCMenu, BuildNotify).
struct NotifyKinds
{
    bool failed = true;
    bool fixed = true;
    bool stillFailing = false;   // a failed build after a failed one
    bool started = false;
    bool aborted = true;
};

// Keeps each watched job's last state and turns observations into transitions and
// notifications by these rules:
//  - a notification for each kind switched on in NotifyKinds: failed, fixed (failed -> success),
//    still failing (a failed build after a failed one, also when no running state was seen in
//    between), aborted, started; one per build, so a job that stays red is not announced again
//    unless "still failing" is on; nothing for the first observation after the watch started;
//  - muted jobs and do-not-disturb give transitions but no notifications;
//  - more than 3 notifications within 10 s become one summary: notifications wait a short
//    settle time (2 s) for company, then go out one by one, or as one summary when, together
//    with those already sent in the last 10 s, they are more than 3.
// Passive and clock-free: the caller passes the time and calls takeNotifications() when
// notificationsDueMs() has come.
class TransitionTracker
{
    Q_DECLARE_TR_FUNCTIONS(TransitionTracker)

public:
    static constexpr qint64 kFloodWindowMs = 10'000;
    static constexpr int kFloodLimit = 3;
    static constexpr qint64 kSettleMs = 2'000;

    void setNotifyKinds(const NotifyKinds &kinds) { m_kinds = kinds; }
    const NotifyKinds &notifyKinds() const { return m_kinds; }
    void setNotifyStarted(bool on) { m_kinds.started = on; }
    void setMuted(const QString &jobId, bool muted);
    bool isMuted(const QString &jobId) const { return m_muted.contains(jobId); }
    void setDoNotDisturb(bool on) { m_doNotDisturb = on; }
    bool doNotDisturb() const { return m_doNotDisturb; }

    // The transition when the state differs from the last observation (or on the first one).
    std::optional<JobTransition> observe(const QString &jobId, const JobInfo &job, qint64 nowMs);
    std::optional<JobState> state(const QString &jobId) const;
    QHash<QString, JobState> states() const;
    void forget(const QString &jobId);

    // When takeNotifications() has something to give (-1: nothing waiting).
    qint64 notificationsDueMs() const;
    QList<WatchNotification> takeNotifications(qint64 nowMs);

private:
    struct Observed
    {
        JobState state = JobState::Unknown;
        JobState lastFinished = JobState::Unknown;   // the last state that was not running
        std::optional<qint64> lastBuildTimeMs;       // tells one finished build from the next
    };
    // The notification a transition deserves, if any (before mute and do-not-disturb).
    std::optional<WatchNotification::Kind> notificationKind(const JobTransition &transition,
                                                            JobState lastFinished) const;
    QHash<QString, Observed> m_jobs;
    void queue(WatchNotification::Kind kind, const JobTransition &transition, qint64 nowMs);

    QSet<QString> m_muted;
    NotifyKinds m_kinds;
    bool m_doNotDisturb = false;
    QList<WatchNotification> m_pending;
    qint64 m_pendingSinceMs = -1;
    QList<qint64> m_sentTimes;   // when notifications went out, for the flood window
};

// Whether a watched job's observation goes into the history: every transition, and otherwise
// at most one snapshot per job per 10 minutes, so a day of watching adds dozens of entries,
// not thousands.
class HistoryThrottle
{
public:
    static constexpr qint64 kSnapshotIntervalMs = 10 * 60'000;
    bool shouldRecord(const QString &jobId, bool changed, qint64 nowMs);

private:
    QHash<QString, qint64> m_lastRecordedMs;
};
