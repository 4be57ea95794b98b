#include "watch/pollscheduler.h"
#include "watch/schedulergate.h"
#include "watch/watchclock.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// What a gate waits for: 0 when one more request may go now (and it is counted), else how long.
[[maybe_unused]] qint64 takeOne(PollScheduler &scheduler, const QString &endpoint, qint64 nowMs)
{
    qint64 retryAtMs = 0;
    return scheduler.takeBudget(endpoint, &retryAtMs) ? 0 : retryAtMs - nowMs;
}


// Answers nothing: these tests are about the requests beside the polls.
class SilentTransport final : public PollTransport
{
public:
    void send(const PollBatch &, Done) override {}
};

const QString kEndpoint = u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs;

} // namespace

// SchedulerGate: requests beside the watch's polls wait for its budget and share its back-off.
class TestSchedulerGate : public QObject
{
    Q_OBJECT

private slots:
    void requestsWaitForTheBudget()
    {
        SteadyClock clock(1000);   // a clock minute is 60 ms
        SilentTransport transport;
        PollScheduler scheduler(&clock, &transport);
        scheduler.setTimerDriven(false);
        SchedulerGate gate(&scheduler, &clock, kEndpoint);
        QObject context;
        QList<qint64> sentAt;
        for (int i = 0; i < 31; ++i)
            gate.whenAllowed(&context, [&] { sentAt.append(clock.nowMs()); });
        QCOMPARE(sentAt.size(), 30);   // the budget: 30 a minute
        QTRY_COMPARE_WITH_TIMEOUT(sentAt.size(), 31, 5000);
        QVERIFY2(sentAt.last() - sentAt.first() >= 60'000, qPrintable(QString::number(sentAt.last() - sentAt.first())));
    }

    void nothingIsSentOnceTheContextIsGone()
    {
        SteadyClock clock(1000);
        SilentTransport transport;
        PollScheduler scheduler(&clock, &transport);
        scheduler.setTimerDriven(false);
        SchedulerGate gate(&scheduler, &clock, kEndpoint);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(takeOne(scheduler, kEndpoint, clock.nowMs()), 0);
        bool sent = false;
        {
            QObject context;
            gate.whenAllowed(&context, [&sent] { sent = true; });
        }
        QTest::qWait(200);
        QVERIFY(!sent);
    }

    void throttlingBacksTheEndpointOff()
    {
        ManualClock clock;
        SilentTransport transport;
        PollScheduler scheduler(&clock, &transport);
        scheduler.setTimerDriven(false);
        SchedulerGate gate(&scheduler, &clock, kEndpoint);
        QSignalSpy throttled(&scheduler, &PollScheduler::endpointThrottled);
        gate.throttled(120'000);
        QCOMPARE(throttled.size(), 1);
        QCOMPARE(scheduler.throttledUntilMs(kEndpoint), 120'000);
        QCOMPARE(takeOne(scheduler, kEndpoint, clock.nowMs()), 120'000);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerGate)
#include "tst_schedulergate.moc"
