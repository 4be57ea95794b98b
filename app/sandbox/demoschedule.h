#pragma once

#include "sandbox/demojobs.h"
#include "sandbox/demorecords.h"

#include <QHash>
#include <QList>

#include <optional>

class QRandomGenerator;

// A demo job's scheduled builds, laid out on the calendar as its DemoBuildPlan says. Each day
// (in UTC+8, the service's time zone) has its builds at fixed times, drawn from the job's ID and
// the date, and they are numbered on from the first day's first build. So every sandbox, in any
// process and whenever it started, has the same builds at the same time, and a build scheduled
// later today happens when the clock passes its start. Runs started in a sandbox are
// DemoBuilds' own (their numbers come in between). Days are made when first asked for, a few
// at a time. Not thread-safe: DemoBuilds holds its lock.
class DemoSchedule
{
public:
    static constexpr qint64 kDayMs = 24 * 3600 * 1000;
    // Days since 1970-01-01 in UTC+8: the day a time falls on, and when a day starts.
    static qint64 dayOf(qint64 ms);
    static qint64 startOfDay(qint64 day);

    // `endMs`: the job was disabled then (Frozen jobs): no build starts at or after it.
    DemoSchedule(const DemoJob &job, const DemoBuildJob &identity, qint64 endMs);

    // The scheduled builds of `day` in the order they start; their `number` is their place in
    // the schedule (1: the first day's first build) and `daily` counts them within the day.
    QList<DemoBuild> day(qint64 day);
    // The place of the day's first build, and how many the day has.
    int firstPlaceOf(qint64 day);
    int countOn(qint64 day);
    // The scheduled build at this place, if it has started by `nowMs`.
    std::optional<DemoBuild> at(int place, qint64 nowMs);
    // The place of the last build that started at or before `ms`; 0 when none has.
    int lastStartedBy(qint64 ms);

    qint64 firstDay() const { return m_firstDay; }
    // The last day that may have builds (for a Frozen job, the day before it was disabled).
    qint64 lastDay() const { return m_lastDay; }
    // Whether a scheduled build is listed at `nowMs`: a Steady job's once it has finished,
    // others' from their start.
    bool isListed(const DemoBuild &build, qint64 nowMs) const;

    // A commit ID (40 hex digits) and a commit message, for scheduled builds and runs alike.
    static QString randomCommit(QRandomGenerator &random);
    static QString randomCommitMessage(QRandomGenerator &random);

private:
    QList<DemoBuild> makeDay(qint64 day);
    int drawCount(qint64 day) const;

    DemoJob m_job;
    DemoBuildJob m_identity;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    QHash<qint64, QList<DemoBuild>> m_days;   // made so far (dropped when there are many)
    QList<int> m_before;                       // [i]: the builds of the days before firstDay + i
};
