#include "api/buildrecords.h"
#include "watch/transitiontracker.h"

#include <QTest>

namespace {

JobInfo job(const QString &id, const QString &last, const QString &running = u"Finished"_qs)
{
    JobInfo info;
    info.id = id;
    info.jobName = u"name-"_qs + id;
    info.lastBuildStatus = last;
    info.runningStatus = running;
    return info;
}

JobInfo runningJob(const QString &id)
{
    return job(id, u"running"_qs, u"Running"_qs);
}

// Observes and settles: the notifications that the observation gives.
QList<WatchNotification> notified(TransitionTracker &tracker, const QString &id, const JobInfo &info, qint64 now)
{
    tracker.observe(id, info, now);
    return tracker.takeNotifications(now + TransitionTracker::kSettleMs);
}

} // namespace

class TestTransitionTracker : public QObject
{
    Q_OBJECT

private slots:
    void statesFromTheServiceWords()
    {
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"success"_qs)), JobState::Success);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"blue"_qs)), JobState::Success);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"failed"_qs)), JobState::Failed);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"red"_qs)), JobState::Failed);
        // A build record's result, as BuildParse::normalizedResult words it.
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, BuildParse::normalizedResult(u"FAILURE"_qs))), JobState::Failed);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, BuildParse::normalizedResult(u"timeout"_qs))), JobState::Failed);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"aborted"_qs)), JobState::Aborted);
        QCOMPARE(WatchState::fromJob(runningJob(u"a"_qs)), JobState::Running);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, u"success"_qs, u"RUNNING"_qs)), JobState::Running);
        QCOMPARE(WatchState::fromJob(job(u"a"_qs, {})), JobState::Unknown);
        JobInfo disabled = job(u"a"_qs, u"success"_qs);
        disabled.disabled = true;
        QCOMPARE(WatchState::fromJob(disabled), JobState::Disabled);
    }

    void firstObservationIsATransitionButNoNotification()
    {
        TransitionTracker tracker;
        const auto first = tracker.observe(u"a"_qs, job(u"a"_qs, u"failed"_qs), 0);
        QVERIFY(first && first->first);
        QCOMPARE(first->from, JobState::Unknown);
        QCOMPARE(first->to, JobState::Failed);
        QCOMPARE(tracker.notificationsDueMs(), -1);
        QVERIFY(tracker.takeNotifications(100'000).isEmpty());
        // The same state again is no transition at all.
        QVERIFY(!tracker.observe(u"a"_qs, job(u"a"_qs, u"failed"_qs), 1000));
    }

    void failedFixedAbortedNotifyStartedOnlyWhenEnabled()
    {
        TransitionTracker tracker;
        tracker.observe(u"a"_qs, job(u"a"_qs, u"success"_qs), 0);
        QVERIFY(notified(tracker, u"a"_qs, runningJob(u"a"_qs), 60'000).isEmpty());   // started: off
        auto out = notified(tracker, u"a"_qs, job(u"a"_qs, u"failed"_qs), 120'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Failed);
        QCOMPARE(out.first().title(), u"name-a failed"_qs);
        QCOMPARE(out.first().jobId(), u"a"_qs);
        // failed -> running -> success is a fix too.
        tracker.setNotifyStarted(true);
        out = notified(tracker, u"a"_qs, runningJob(u"a"_qs), 180'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Started);
        out = notified(tracker, u"a"_qs, job(u"a"_qs, u"success"_qs), 240'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Fixed);
        // success -> running -> success is no news.
        tracker.setNotifyStarted(false);
        QVERIFY(notified(tracker, u"a"_qs, runningJob(u"a"_qs), 300'000).isEmpty());
        QVERIFY(notified(tracker, u"a"_qs, job(u"a"_qs, u"success"_qs), 360'000).isEmpty());
        out = notified(tracker, u"a"_qs, job(u"a"_qs, u"aborted"_qs), 420'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Aborted);
    }

    void aJobThatStaysRedIsAnnouncedOnce()
    {
        TransitionTracker tracker;
        tracker.observe(u"a"_qs, job(u"a"_qs, u"success"_qs), 0);
        QCOMPARE(notified(tracker, u"a"_qs, job(u"a"_qs, u"failed"_qs), 60'000).size(), 1);
        // The next build fails too: no news by default.
        QVERIFY(notified(tracker, u"a"_qs, runningJob(u"a"_qs), 120'000).isEmpty());
        QVERIFY(notified(tracker, u"a"_qs, job(u"a"_qs, u"failed"_qs), 180'000).isEmpty());
        // With "still failing" on, each further failed build is announced once.
        NotifyKinds kinds;
        kinds.stillFailing = true;
        tracker.setNotifyKinds(kinds);
        QVERIFY(notified(tracker, u"a"_qs, runningJob(u"a"_qs), 240'000).isEmpty());
        const auto out = notified(tracker, u"a"_qs, job(u"a"_qs, u"failed"_qs), 300'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::StillFailing);
        QCOMPARE(out.first().title(), u"name-a is still failing"_qs);
    }

    void aQuickFailedBuildBetweenTwoPollsIsStillFailing()
    {
        NotifyKinds kinds;
        kinds.stillFailing = true;
        TransitionTracker tracker;
        tracker.setNotifyKinds(kinds);
        JobInfo failed = job(u"a"_qs, u"failed"_qs);
        failed.lastBuildTimeMs = 1'000;
        tracker.observe(u"a"_qs, failed, 0);
        QVERIFY(notified(tracker, u"a"_qs, failed, 60'000).isEmpty()); // the same build
        failed.lastBuildTimeMs = 70'000;                               // another one, never seen running
        QVERIFY(!tracker.observe(u"a"_qs, failed, 120'000));           // no change of state...
        const auto out = tracker.takeNotifications(120'000 + TransitionTracker::kSettleMs);
        QCOMPARE(out.size(), 1);                                       // ...but news
        QCOMPARE(out.first().kind, WatchNotification::Kind::StillFailing);
    }

    void eachKindHasItsSwitch()
    {
        NotifyKinds none{false, false, false, false, false};
        TransitionTracker tracker;
        tracker.setNotifyKinds(none);
        tracker.observe(u"a"_qs, job(u"a"_qs, u"success"_qs), 0);
        for (const JobInfo &next : {runningJob(u"a"_qs), job(u"a"_qs, u"failed"_qs), job(u"a"_qs, u"success"_qs),
                                    job(u"a"_qs, u"aborted"_qs)})
            QVERIFY(notified(tracker, u"a"_qs, next, 60'000).isEmpty());
        NotifyKinds onlyAborted = none;
        onlyAborted.aborted = true;
        tracker.setNotifyKinds(onlyAborted);
        QVERIFY(notified(tracker, u"a"_qs, job(u"a"_qs, u"failed"_qs), 120'000).isEmpty());
        QCOMPARE(notified(tracker, u"a"_qs, job(u"a"_qs, u"aborted"_qs), 180'000).size(), 1);
    }

    void theBodySaysWhichBuildAndWhy()
    {
        JobTransition failed;
        failed.jobId = u"a"_qs;
        failed.jobName = u"payments-ci"_qs;
        failed.from = JobState::Running;
        failed.to = JobState::Failed;
        failed.build = {58, u"release/2.4"_qs, u"zhang.wei"_qs, 187'000, u"Run unit tests"_qs,
                        u"[ERROR] Tests run: 12, Failures: 1"_qs};
        const WatchNotification notification{WatchNotification::Kind::Failed, {failed}};
        QCOMPARE(notification.title(), u"payments-ci failed"_qs);
        QCOMPARE(notification.body(), u"Build #58 · release/2.4 · started by zhang.wei · 3 min 07 s\n"
                                      "Failed at Run unit tests: [ERROR] Tests run: 12, Failures: 1"_qs);
        // Nothing known of the build: what changed.
        failed.build = {};
        QCOMPARE((WatchNotification{WatchNotification::Kind::Failed, {failed}}.body()), u"running -> failed"_qs);
    }

    void notificationsWaitTheSettleTime()
    {
        TransitionTracker tracker;
        tracker.observe(u"a"_qs, job(u"a"_qs, u"success"_qs), 0);
        tracker.observe(u"a"_qs, job(u"a"_qs, u"failed"_qs), 5'000);
        QCOMPARE(tracker.notificationsDueMs(), 5'000 + TransitionTracker::kSettleMs);
        QVERIFY(tracker.takeNotifications(6'000).isEmpty());
        QCOMPARE(tracker.takeNotifications(7'000).size(), 1);
        QCOMPARE(tracker.notificationsDueMs(), -1);
    }

    void moreThanThreeWithinTenSecondsBecomeOneSummary()
    {
        TransitionTracker tracker;
        for (int i = 0; i < 5; ++i)
            tracker.observe(QString::number(i), job(QString::number(i), u"success"_qs), 0);
        for (int i = 0; i < 5; ++i)
            tracker.observe(QString::number(i), job(QString::number(i), u"failed"_qs), 60'000 + i * 100);
        const auto out = tracker.takeNotifications(62'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Summary);
        QCOMPARE(out.first().transitions.size(), 5);
        QVERIFY(out.first().title().startsWith(u"5 job"_qs)); // "5 jobs changed" with translations
        QVERIFY(out.first().body().contains(u"name-4: success -> failed"_qs));
    }

    void threeAreSentOneByOneAndTheFourthJoinsTheWindow()
    {
        TransitionTracker tracker;
        for (int i = 0; i < 6; ++i)
            tracker.observe(QString::number(i), job(QString::number(i), u"success"_qs), 0);
        for (int i = 0; i < 3; ++i)
            tracker.observe(QString::number(i), job(QString::number(i), u"failed"_qs), 60'000);
        QCOMPARE(tracker.takeNotifications(62'000).size(), 3);
        // Within 10 s of those three, even one more is part of a flood: it comes as a summary.
        tracker.observe(u"3"_qs, job(u"3"_qs, u"failed"_qs), 65'000);
        auto out = tracker.takeNotifications(67'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Summary);
        // Once the window has passed, single notifications again.
        tracker.observe(u"4"_qs, job(u"4"_qs, u"failed"_qs), 90'000);
        out = tracker.takeNotifications(92'000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, WatchNotification::Kind::Failed);
    }

    void muteAndDoNotDisturbKeepTransitionsButNotify()
    {
        TransitionTracker tracker;
        tracker.observe(u"a"_qs, job(u"a"_qs, u"success"_qs), 0);
        tracker.observe(u"b"_qs, job(u"b"_qs, u"success"_qs), 0);
        tracker.setMuted(u"a"_qs, true);
        QVERIFY(tracker.observe(u"a"_qs, job(u"a"_qs, u"failed"_qs), 1000));
        QVERIFY(tracker.takeNotifications(100'000).isEmpty());
        QCOMPARE(tracker.state(u"a"_qs), JobState::Failed);
        tracker.setDoNotDisturb(true);
        QVERIFY(tracker.observe(u"b"_qs, job(u"b"_qs, u"failed"_qs), 200'000));
        QVERIFY(tracker.takeNotifications(300'000).isEmpty());
        tracker.setDoNotDisturb(false);
        tracker.setMuted(u"a"_qs, false);
        QCOMPARE(notified(tracker, u"a"_qs, job(u"a"_qs, u"success"_qs), 400'000).first().kind,
                 WatchNotification::Kind::Fixed);
    }

    void historyKeepsTransitionsAndOneSnapshotPerTenMinutes()
    {
        HistoryThrottle throttle;
        int recorded = 0;
        // A day of polling a running job every 15 s with a transition every hour.
        for (qint64 t = 0; t < 24 * 3600'000; t += 15'000)
            recorded += throttle.shouldRecord(u"a"_qs, t % 3600'000 == 0, t) ? 1 : 0;
        QCOMPARE(recorded, 24 * 6);
        QVERIFY(throttle.shouldRecord(u"b"_qs, false, 0));
        QVERIFY(!throttle.shouldRecord(u"b"_qs, false, 599'999));
        QVERIFY(throttle.shouldRecord(u"b"_qs, true, 600'000 - 1));
    }
};

QTEST_GUILESS_MAIN(TestTransitionTracker)
#include "tst_transitiontracker.moc"
