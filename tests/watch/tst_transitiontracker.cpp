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
