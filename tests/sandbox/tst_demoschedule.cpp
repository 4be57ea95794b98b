#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"
#include "sandbox/demoschedule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

// The demo jobs' builds on the calendar: the same whenever a sandbox starts, happening when the
// clock passes their start, numbered once and for all, runs numbered in between; the health rule.
class TestDemoSchedule : public QObject
{
    Q_OBJECT

private slots:
    void sameBuildsWhateverTheStart();
    void placesCountTheDays();
    void buildsHappenWhenTheClockPassesTheirStart();
    void severalBuildsADayThatDoNotOverlap();
    void steadyJobsListBuildsOnceFinished();
    void continuousJobAlwaysHasOneRunning();
    void frozenJobStoppedTheDayTheSandboxStarted();
    void runsAreNumberedAfterTheNewestStartedBuild();
    void healthRule();

private:
    static DemoJob job(const QString &id) { return *DemoJobs::find(id); }
    static DemoBuildJob identity(const DemoJob &demo);
};

namespace {

const QString kFirst = DemoJobs::firstJobId();
const QString kVaried = QLatin1String(DemoBuilds::throttledJob);
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNoEnd = std::numeric_limits<qint64>::max() / 4;
// A Wednesday noon in Beijing.
const qint64 kNoon = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();

QJsonObject resultAt(DemoBuilds &builds, const QString &jobId, qint64 timeMs)
{
    return builds.showJobResultAt(jobId, timeMs).value();
}

DemoBuild planned(qint64 start, const QString &outcome, qint64 abortedAt = 0)
{
    DemoBuild build = DemoBuild::planned(start, 10 * kMinute, outcome == u"ABORTED" ? u"SUCCESS"_qs : outcome);
    if (abortedAt > 0) {
        build.outcome = outcome;
        build.abortedAtMs = abortedAt;
    }
    return build;
}

} // namespace

DemoBuildJob TestDemoSchedule::identity(const DemoJob &demo)
{
    DemoBuildJob built;
    built.id = demo.id;
    built.name = demo.result.value(u"job_name").toString();
    built.defaultBranch = demo.defaultBranch;
    built.branchParameter = demo.branchParameter;
    return built;
}

// Two schedules made at different times, asked in a different order, have the same builds:
// the same numbers, times, outcomes and commits.
void TestDemoSchedule::sameBuildsWhateverTheStart()
{
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.plan.pattern == DemoBuildPlan::Pattern::None)
            continue;
        DemoSchedule early(demo, identity(demo), kNoEnd);
        DemoSchedule late(demo, identity(demo), kNoEnd);
        const qint64 today = DemoSchedule::dayOf(kNoon);
        late.day(today);   // another order of making days
        for (qint64 day : {today - 40, today - 1, today}) {
            const QList<DemoBuild> a = early.day(day);
            const QList<DemoBuild> b = late.day(day);
            QCOMPARE(a.size(), b.size());
            QVERIFY(!a.isEmpty());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a.at(i).number, b.at(i).number);
                QCOMPARE(a.at(i).startMs, b.at(i).startMs);
                QCOMPARE(a.at(i).endMs(), b.at(i).endMs());
                QCOMPARE(a.at(i).finalState(), b.at(i).finalState());
                QCOMPARE(a.at(i).commit, b.at(i).commit);
                QCOMPARE(DemoSchedule::dayOf(a.at(i).startMs), day);
            }
        }
    }
    // And two sandboxes whose clocks started hours apart answer alike at the same time.
    DemoBuilds morning, evening;
    morning.setClock([] { return kNoon - 5 * kHour; });
    evening.setClock([] { return kNoon + 7 * kHour; });
    morning.showJobResult(kVaried);   // made first in one of them
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.plan.pattern != DemoBuildPlan::Pattern::None && demo.plan.pattern != DemoBuildPlan::Pattern::Frozen)
            QCOMPARE(resultAt(morning, demo.id, kNoon + 3 * kHour), resultAt(evening, demo.id, kNoon + 3 * kHour));
    }
}

// A build's place is the count of the builds before it, from the job's first day on.
void TestDemoSchedule::placesCountTheDays()
{
    const DemoJob demo = job(kVaried);
    DemoSchedule schedule(demo, identity(demo), kNoEnd);
    QCOMPARE(schedule.firstPlaceOf(schedule.firstDay()), 1);
    QCOMPARE(schedule.day(schedule.firstDay()).constFirst().number, 1);
    const qint64 today = DemoSchedule::dayOf(kNoon);
    for (qint64 day = today - 3; day <= today; ++day) {
        const QList<DemoBuild> builds = schedule.day(day);
        QCOMPARE(schedule.firstPlaceOf(day + 1), schedule.firstPlaceOf(day) + schedule.countOn(day));
        QCOMPARE(builds.constFirst().number, schedule.firstPlaceOf(day));
        QVERIFY(builds.constFirst().daily.endsWith(u".1"));
        for (const DemoBuild &build : builds) {
            const std::optional<DemoBuild> found = schedule.at(build.number, kNoon + 2 * kDay);
            QVERIFY(found);
            QCOMPARE(found->startMs, build.startMs);
        }
    }
    const int last = schedule.lastStartedBy(kNoon);
    QVERIFY(schedule.at(last, kNoon));
    QVERIFY(!schedule.at(last + 1, kNoon));   // not started yet
    QVERIFY(schedule.at(last + 1, kNoon + kDay));
    QVERIFY(!schedule.at(0, kNoon));
}

// Nothing is laid out relative to when the sandbox started: a build later today is not there
// until the clock passes its start; then the job shows it running, and the builds before it
// keep their numbers.
void TestDemoSchedule::buildsHappenWhenTheClockPassesTheirStart()
{
    const DemoJob demo = job(kVaried);
    DemoSchedule schedule(demo, identity(demo), kNoEnd);
    const qint64 today = DemoSchedule::dayOf(kNoon);
    DemoBuild next;
    for (const DemoBuild &build : schedule.day(today) + schedule.day(today + 1)) {
        if (build.startMs > kNoon) {
            next = build;
            break;
        }
    }
    QVERIFY(next.number > 0);
    qint64 now = kNoon;
    DemoBuilds builds;
    builds.setClock([&now] { return now; });
    const QJsonObject before = resultAt(builds, kVaried, next.startMs - 1);
    const QJsonObject during = resultAt(builds, kVaried, next.startMs + 1000);
    const QJsonObject after = resultAt(builds, kVaried, next.endMs() + 1000);
    QVERIFY(before.value(u"last_build_time").toString().toLongLong() < next.startMs);
    QCOMPARE(during.value(u"last_build_time").toString().toLongLong(), next.startMs);
    QCOMPARE(during.value(u"running_status").toString(), u"Running"_qs);
    QCOMPARE(during.value(u"last_build_status").toString(), u"running"_qs);
    QCOMPARE(during.value(u"build_no").toString().toInt(), next.number);
    QCOMPARE(after.value(u"running_status").toString(), u"Finished"_qs);
    QCOMPARE(after.value(u"last_build_status").toString(), DemoBuilds::lastBuildWord(next, next.endMs() + 1000));
    QCOMPARE(after.value(u"last_build_time").toString().toLongLong(), next.startMs);

    // Over HTTP too: record-info knows it only from its start.
    const auto recordInfo = [&builds](int number) {
        DemoRequest request{"GET", QUrl(u"/v1/record/"_qs + kVaried + u'/' + QString::number(number) + u"/record-info"_qs), {}, {}};
        return builds.respond(request);
    };
    now = next.startMs - 1;
    QCOMPARE(recordInfo(next.number).status, 422);
    const QByteArray previous = recordInfo(next.number - 1).body;
    now = next.startMs + 1000;
    QCOMPARE(recordInfo(next.number).status, 200);
    QVERIFY(recordInfo(next.number).body.contains("\"RUNNING\""));
    const QJsonObject earlier = QJsonDocument::fromJson(recordInfo(next.number - 1).body)[u"result"].toObject();
    QCOMPARE(earlier, QJsonDocument::fromJson(previous)[u"result"].toObject());
}

// Several builds a day, each in a slot of its own: they never overlap, and the last build is
// seldom "just now".
void TestDemoSchedule::severalBuildsADayThatDoNotOverlap()
{
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.plan.pattern == DemoBuildPlan::Pattern::None)
            continue;
        DemoSchedule schedule(demo, identity(demo), kNoEnd);
        const qint64 today = DemoSchedule::dayOf(kNoon);
        qint64 previousEnd = 0;
        for (qint64 day = today - 6; day <= today; ++day) {
            const QList<DemoBuild> builds = schedule.day(day);
            QVERIFY(builds.size() >= demo.plan.minPerDay && builds.size() <= demo.plan.maxPerDay);
            QVERIFY(builds.size() >= 2);
            for (const DemoBuild &build : builds) {
                QVERIFY2(build.startMs >= previousEnd, qPrintable(demo.id + u' ' + build.daily));
                previousEnd = build.endMs();
            }
        }
    }
    // How long ago the varied job's last build started, at every quarter hour of a day.
    DemoBuilds builds;
    builds.setClock([] { return kNoon; });
    QList<qint64> ages;
    for (qint64 t = kNoon; t < kNoon + kDay; t += 15 * kMinute)
        ages << t - resultAt(builds, kVaried, t).value(u"last_build_time").toString().toLongLong();
    std::sort(ages.begin(), ages.end());
    const qint64 median = ages.at(ages.size() / 2);
    QVERIFY2(median > 10 * kMinute && median < 3 * kHour, qPrintable(QString::number(median / kMinute)));
    QVERIFY(ages.constLast() < 4 * kHour);
}

// A steady job never shows a build running: each is listed once it has finished, and the job
// answers the same at any time but for the time of its last build.
void TestDemoSchedule::steadyJobsListBuildsOnceFinished()
{
    const DemoJob demo = job(kFirst);
    DemoSchedule schedule(demo, identity(demo), kNoEnd);
    const DemoBuild build = schedule.day(DemoSchedule::dayOf(kNoon)).at(2);
    QVERIFY(!schedule.isListed(build, build.startMs + 1000));
    QVERIFY(!schedule.isListed(build, build.endMs() - 1));
    QVERIFY(schedule.isListed(build, build.endMs()));
    DemoBuilds builds;
    builds.setClock([] { return kNoon; });
    const QJsonObject during = resultAt(builds, kFirst, build.startMs + 1000);
    const QJsonObject after = resultAt(builds, kFirst, build.endMs());
    QCOMPARE(during.value(u"running_status").toString(), u"Finished"_qs);
    QVERIFY(during.value(u"last_build_time").toInteger() < build.startMs);
    QCOMPARE(after.value(u"last_build_time").toInteger(), build.startMs);
    QJsonObject same = during;
    same.insert(u"last_build_time"_qs, after.value(u"last_build_time"));
    QCOMPARE(same, after);
}

void TestDemoSchedule::continuousJobAlwaysHasOneRunning()
{
    const QString running = QLatin1String(DemoBuilds::runningJob);
    qint64 now = kNoon;
    DemoBuilds builds;
    builds.setClock([&now] { return now; });
    const DemoJob demo = job(running);
    const qint64 slot = kDay / demo.plan.maxPerDay;
    // At the slot's boundary the old build has just ended and the next one starts.
    for (qint64 t : {kNoon, kNoon - 1, kNoon + 1, kNoon + slot / 2, kNoon + slot - 1, kNoon + slot}) {
        const QJsonObject result = resultAt(builds, running, t);
        QCOMPARE(result.value(u"running_status").toString(), u"Running"_qs);
        QCOMPARE(result.value(u"last_build_time").toInteger(), t - (t - DemoSchedule::startOfDay(0)) % slot);
    }
}

// The legacy job was disabled at the start of the day its sandbox started: nothing happens
// afterwards, its last five builds were stopped, and it keeps no times in ShowJobInfo.
void TestDemoSchedule::frozenJobStoppedTheDayTheSandboxStarted()
{
    const QString legacy = QLatin1String(DemoBuilds::legacyJob);
    qint64 now = kNoon;
    DemoBuilds builds;
    builds.setClock([&now] { return now; });
    const QJsonObject today = resultAt(builds, legacy, kNoon);
    for (qint64 later : {kNoon + kHour, kNoon + 3 * kDay})
        QCOMPARE(resultAt(builds, legacy, later), today);
    QCOMPARE(today.value(u"last_build_status").toString(), u"aborted"_qs);
    QVERIFY(today.value(u"last_build_time").isNull());
    QCOMPARE(today.value(u"health_score").toInt(), 18);
    QCOMPARE(today.value(u"running_status").toString(), u"Finished"_qs);
    // Its old history ends before the day began.
    DemoRequest request{"GET", QUrl(u"/v3/jobs/"_qs + legacy + u"/history?offset=0&limit=100&interval=30"_qs), {}, {}};
    const QJsonArray records = QJsonDocument::fromJson(builds.respond(request).body)[u"history_records"].toArray();
    QVERIFY(records.size() > 30);
    const qint64 dayStart = DemoSchedule::startOfDay(DemoSchedule::dayOf(kNoon));
    for (int i = 0; i < records.size(); ++i) {
        const qint64 start = QDateTime::fromString(records.at(i)[u"start_time"].toString(), Qt::ISODate).toMSecsSinceEpoch();
        QVERIFY(start < dayStart);
        if (i < 5)
            QCOMPARE(records.at(i)[u"result"].toString(), u"ABORTED"_qs);
    }
}

// A run takes the number after the newest build started (listed or not); the scheduled builds
// after it move up by one, and no number already given changes.
void TestDemoSchedule::runsAreNumberedAfterTheNewestStartedBuild()
{
    qint64 now = kNoon;
    DemoBuilds builds;
    builds.setClock([&now] { return now; });
    const auto get = [&builds](const QString &path) {
        return QJsonDocument::fromJson(builds.respond(DemoRequest{"GET", QUrl(path), {}, {}}).body)[u"result"].toObject();
    };
    const auto recordInfo = [&get](int number) {
        return get(u"/v1/record/"_qs + kFirst + u'/' + QString::number(number) + u"/record-info"_qs);
    };
    const auto run = [&builds] {
        const QJsonObject body{{u"job_id"_qs, kFirst}};
        const DemoResponse answer = builds.respond(DemoRequest{"POST", QUrl(u"/v1/job/execute"_qs), {}, QJsonDocument(body).toJson()});
        return QJsonDocument::fromJson(answer.body)[u"actual_build_number"].toString().toInt();
    };
    DemoSchedule schedule(job(kFirst), identity(job(kFirst)), kNoEnd);
    const int started = schedule.lastStartedBy(kNoon);
    const int listed = get(u"/v1/job/"_qs + kFirst + u"/running-status"_qs)[u"last_build_no"].toString().toInt();
    const QJsonObject newestBefore = recordInfo(listed);
    QCOMPARE(run(), started + 1);
    now += kMinute;
    QCOMPARE(run(), started + 2);
    QCOMPARE(recordInfo(started + 2)[u"trigger_type"].toString(), u"MANUAL"_qs);
    QCOMPARE(recordInfo(started + 2)[u"daily_build_num"].toString().toInt(),
             recordInfo(started + 1)[u"daily_build_num"].toString().toInt() + 1);
    // The scheduled build after them is numbered after both; the builds before kept theirs.
    const std::optional<DemoBuild> following = schedule.at(started + 1, kNoon + kDay);
    QVERIFY(following);
    now = following->endMs() + 1000;
    const QJsonObject info = recordInfo(started + 3);
    QCOMPARE(QDateTime::fromString(info[u"start_time"].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), following->startMs);
    QCOMPARE(info[u"commit"].toString(), following->commit);
    QCOMPARE(recordInfo(listed), newestBefore);
    QCOMPARE(get(u"/v1/job/"_qs + kFirst + u"/running-status"_qs)[u"last_build_no"].toString().toInt(), started + 3);
}

void TestDemoSchedule::healthRule()
{
    const qint64 t = kNoon;
    QCOMPARE(DemoBuilds::healthOf({}, t, 88), 88);
    const QList<DemoBuild> builds = {planned(t - kHour, u"FAILURE"_qs), planned(t - 2 * kHour, u"SUCCESS"_qs),
                                     planned(t - 3 * kHour, u"ABORTED"_qs, t - 3 * kHour + kMinute),
                                     planned(t - 4 * kHour, u"timeout"_qs), planned(t - 5 * kHour, u"SUCCESS"_qs),
                                     planned(t - 6 * kHour, u"FAILURE"_qs)};
    // The five newest finished: failure, success, aborted, timeout, success.
    QCOMPARE(DemoBuilds::healthOf(builds, t, 88), 88 - 10 - 5 - 10);
    // A build still running does not count; the sixth then does.
    QList<DemoBuild> withRunning = builds;
    withRunning.prepend(planned(t - kMinute, u"SUCCESS"_qs));
    QCOMPARE(DemoBuilds::healthOf(withRunning, t, 88), 88 - 10 - 5 - 10);
    QCOMPARE(DemoBuilds::healthOf(builds.mid(1), t, 88), 88 - 5 - 10 - 10);
    QCOMPARE(DemoBuilds::healthOf(builds, t, 20), 0);
}

QTEST_GUILESS_MAIN(TestDemoSchedule)
#include "tst_demoschedule.moc"
