#include "sandbox/demoschedule.h"

#include "sandbox/demoids.h"

#include <QDate>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kZoneMs = 8 * 3600 * kSecond;   // UTC+8
constexpr qint64 kJulianDayOfEpoch = 2440588;    // 1970-01-01
// Made days kept per job before the cache starts again: a 31-day record list and a few more.
constexpr qsizetype kKeptDays = 40;

const QStringList kExecutors = {u"zhang.wei"_qs, u"li.na"_qs, u"wang.fang"_qs, u"ci-bot"_qs, u"demo-user"_qs};
const QStringList kBranches = {u"master"_qs, u"master"_qs, u"develop"_qs, u"feature/login-redesign"_qs,
                               u"release/2.4"_qs, u"hotfix/payment-timeout"_qs};
// The record list's trigger words (record-info says them in upper case).
const QStringList kTriggers = {u"Manual"_qs, u"Scheduled"_qs, u"Code change"_qs, u"Pipeline"_qs};

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

qint64 dayNumber(const QDate &date)
{
    return date.toJulianDay() - kJulianDayOfEpoch;
}

// How a Varied or Frozen job's build ends, and at which step a failure stops it.
std::pair<QString, int> variedOutcome(QRandomGenerator &random, int successShare)
{
    const int roll = int(random.bounded(100));
    const bool compileFailure = random.bounded(4) == 0;
    if (roll < successShare)
        return {u"SUCCESS"_qs, -1};
    if (roll < successShare + (100 - successShare) * 6 / 10)
        return {u"FAILURE"_qs, compileFailure ? 2 : DemoRecords::kUnitTestStep};
    if (roll < 97)
        return {u"ABORTED"_qs, -1};
    return {u"timeout"_qs, DemoRecords::kUnitTestStep};
}

} // namespace

qint64 DemoSchedule::dayOf(qint64 ms)
{
    return floorDiv(ms + kZoneMs, kDayMs);
}

qint64 DemoSchedule::startOfDay(qint64 day)
{
    return day * kDayMs - kZoneMs;
}

QString DemoSchedule::randomCommit(QRandomGenerator &random)
{
    QString id;
    for (int i = 0; i < 5; ++i)
        id += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QString DemoSchedule::randomCommitMessage(QRandomGenerator &random)
{
    static const QStringList messages = {u"Fix the refund rounding"_qs, u"Bump dependencies"_qs,
                                         u"Add retry to the upload step"_qs, u"Refactor the order service"_qs,
                                         u"Translate the settings page"_qs, u"Speed up the unit tests"_qs};
    return messages.at(random.bounded(messages.size()));
}

DemoSchedule::DemoSchedule(const DemoJob &job, const DemoBuildJob &identity, qint64 endMs)
    : m_job(job), m_identity(identity), m_firstDay(dayNumber(job.plan.firstDay)),
      m_lastDay(job.plan.pattern == DemoBuildPlan::Pattern::Frozen ? dayOf(endMs) - 1 : std::numeric_limits<int>::max())
{
    if (job.plan.pattern == DemoBuildPlan::Pattern::None)
        m_lastDay = m_firstDay - 1;
}

int DemoSchedule::drawCount(qint64 day) const
{
    const DemoBuildPlan &plan = m_job.plan;
    if (day < m_firstDay || day > m_lastDay)
        return 0;
    if (plan.pattern == DemoBuildPlan::Pattern::Continuous)
        return plan.maxPerDay;
    // A Frozen job's last day: five builds, all stopped, before it was disabled.
    if (plan.pattern == DemoBuildPlan::Pattern::Frozen && day == m_lastDay)
        return 5;
    // A hash of its own, so that counting the days since the first (for the numbers) makes none
    // of their builds.
    const quint32 seed = DemoIds::seedOf(m_job.id + u"/count/"_qs + QString::number(day));
    return plan.minPerDay + int(seed % quint32(plan.maxPerDay - plan.minPerDay + 1));
}

int DemoSchedule::countOn(qint64 day)
{
    return drawCount(day);
}

int DemoSchedule::firstPlaceOf(qint64 day)
{
    if (day <= m_firstDay)
        return 1;
    day = std::min(day, m_lastDay + 1);
    if (m_before.isEmpty())
        m_before.append(0);
    while (m_firstDay + m_before.size() - 1 < day) {
        const qint64 last = m_firstDay + m_before.size() - 1;
        m_before.append(m_before.constLast() + drawCount(last));
    }
    return m_before.at(day - m_firstDay) + 1;
}

QList<DemoBuild> DemoSchedule::day(qint64 day)
{
    if (const auto it = m_days.constFind(day); it != m_days.constEnd())
        return *it;
    if (m_days.size() >= kKeptDays)
        m_days.clear();
    return *m_days.insert(day, makeDay(day));
}

QList<DemoBuild> DemoSchedule::makeDay(qint64 day)
{
    const int count = drawCount(day);
    QList<DemoBuild> builds;
    if (count == 0)
        return builds;
    const DemoBuildPlan &plan = m_job.plan;
    using Pattern = DemoBuildPlan::Pattern;
    QRandomGenerator random(DemoIds::seedOf(m_job.id + u'/' + QString::number(day)));
    const qint64 dayStart = startOfDay(day);
    const qint64 slot = kDayMs / count;
    const qint64 typical = qint64(plan.typicalMinutes) * 60 * kSecond;
    const qint64 longest = typical * 13 / 10;
    const int first = firstPlaceOf(day);
    const QString date = QDate::fromJulianDay(day + kJulianDayOfEpoch).toString(u"yyyyMMdd"_qs);
    for (int i = 0; i < count; ++i) {
        // Each build has a slot of its own and ends before the next one's starts.
        const bool continuous = plan.pattern == Pattern::Continuous;
        const qint64 start = dayStart + i * slot + (continuous ? 0 : qint64(random.bounded(std::max<qint64>(1, slot - longest))));
        const qint64 total = continuous ? slot : typical * (70 + random.bounded(61)) / 100;
        QString outcome = u"SUCCESS"_qs;
        int failedStep = -1;
        if (plan.pattern == Pattern::Steady && plan.outcome != u"SUCCESS") {
            outcome = plan.outcome;
            failedStep = DemoRecords::kUnitTestStep;
        } else if (plan.pattern == Pattern::Varied) {
            std::tie(outcome, failedStep) = variedOutcome(random, 76);
        } else if (plan.pattern == Pattern::Frozen) {
            std::tie(outcome, failedStep) = variedOutcome(random, 70);
            if (day == m_lastDay)
                outcome = u"ABORTED"_qs;
        }
        DemoBuild build = DemoBuild::planned(start, total, outcome == u"ABORTED" ? u"SUCCESS"_qs : outcome, failedStep);
        if (outcome == u"ABORTED") {
            build.outcome = outcome;
            build.abortedAtMs = start + total * (20 + random.bounded(60)) / 100;
        }
        build.number = first + i;
        build.daily = date + u'.' + QString::number(i + 1);
        build.pendingMs = continuous ? 0 : qint64(random.bounded(5000));
        const int trigger = int(random.bounded(kTriggers.size()));
        build.trigger = kTriggers.at(trigger);
        build.executor = trigger == 1 ? u"timer"_qs : kExecutors.at(random.bounded(kExecutors.size()));
        build.branch = m_identity.branchParameter ? kBranches.at(random.bounded(kBranches.size())) : m_identity.defaultBranch;
        build.commit = randomCommit(random);
        build.commitMessage = randomCommitMessage(random);
        build.parameters = DemoRecords::parameterDefaults(m_identity);
        for (auto &[name, value] : build.parameters) {
            if (name == u"codeBranch")
                value = build.branch;
            else if (name == u"BUILD_ENV" && random.bounded(3) == 0)
                value = u"production"_qs;
        }
        builds.append(build);
    }
    return builds;
}

std::optional<DemoBuild> DemoSchedule::at(int place, qint64 nowMs)
{
    const qint64 today = std::min(dayOf(nowMs), m_lastDay);
    if (place < 1 || today < m_firstDay || place >= firstPlaceOf(today + 1))
        return std::nullopt;
    // The day it falls on: the last whose first place is not after it.
    qint64 low = m_firstDay, high = today;
    while (low < high) {
        const qint64 middle = low + (high - low + 1) / 2;
        if (firstPlaceOf(middle) <= place)
            low = middle;
        else
            high = middle - 1;
    }
    const DemoBuild build = day(low).at(place - firstPlaceOf(low));
    if (build.startMs > nowMs)
        return std::nullopt;
    return build;
}

int DemoSchedule::lastStartedBy(qint64 ms)
{
    for (qint64 d = std::min(dayOf(ms), m_lastDay); d >= m_firstDay; --d) {
        const QList<DemoBuild> builds = day(d);
        for (auto it = builds.crbegin(); it != builds.crend(); ++it) {
            if (it->startMs <= ms)
                return it->number;
        }
    }
    return 0;
}

bool DemoSchedule::isListed(const DemoBuild &build, qint64 nowMs) const
{
    if (m_job.plan.pattern == DemoBuildPlan::Pattern::Steady)
        return build.endMs() <= nowMs;
    return build.startMs <= nowMs;
}
