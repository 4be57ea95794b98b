#include "watch/sleepdetector.h"

#include <QSignalSpy>
#include <QTest>

// The two clocks are the test's: a suspend is the wall clock moving on alone.
class TestSleepDetector : public QObject
{
    Q_OBJECT

private slots:
    void quietTimeIsNotSleep()
    {
        qint64 wall = 1'000'000;
        qint64 monotonic = 0;
        SleepDetector detector([&wall] { return wall; }, [&monotonic] { return monotonic; });
        QSignalSpy woke(&detector, &SleepDetector::woke);
        for (int i = 0; i < 10; ++i) {
            wall += SleepDetector::kCheckIntervalMs;
            monotonic += SleepDetector::kCheckIntervalMs;
            detector.check();
        }
        // Drift and a late timer are not a sleep.
        wall += SleepDetector::kCheckIntervalMs + 5'000;
        monotonic += SleepDetector::kCheckIntervalMs;
        detector.check();
        QCOMPARE(woke.size(), 0);
    }

    void suspendIsNoticedOnce()
    {
        qint64 wall = 1'000'000;
        qint64 monotonic = 0;
        SleepDetector detector([&wall] { return wall; }, [&monotonic] { return monotonic; });
        QSignalSpy woke(&detector, &SleepDetector::woke);
        wall += 2 * 3'600'000;   // two hours asleep: only the wall clock moved
        monotonic += 1'000;
        detector.check();
        QCOMPARE(woke.size(), 1);
        QCOMPARE(woke.constFirst().constFirst().toLongLong(), 2 * 3'600'000 - 1'000);
        wall += SleepDetector::kCheckIntervalMs;
        monotonic += SleepDetector::kCheckIntervalMs;
        detector.check();
        QCOMPARE(woke.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSleepDetector)
#include "tst_sleepdetector.moc"
