// WarmUpThread: the work runs, off the starting thread's CPU while that thread goes on, and on
// every allowed CPU again once the starting thread waits for it.
#include "warmupthread.h"

#include <QDeadlineTimer>
#include <QTest>

#include <atomic>

namespace {

cpu_set_t cpus(const QList<int> &numbers)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (const int number : numbers)
        CPU_SET(number, &set);
    return set;
}

cpu_set_t ownAffinity()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    sched_getaffinity(0, sizeof set, &set);
    return set;
}

// Spins until `condition` holds or two seconds pass; whether it held.
template<typename Condition>
bool spinUntil(Condition condition)
{
    const QDeadlineTimer deadline(2000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        std::this_thread::yield();
    }
    return true;
}

// Restores the test thread's CPUs when a test that narrowed them ends, pass or fail.
class AffinityGuard
{
public:
    AffinityGuard() : m_saved(ownAffinity()) {}
    ~AffinityGuard() { sched_setaffinity(0, sizeof m_saved, &m_saved); }
    AffinityGuard(const AffinityGuard &) = delete;
    AffinityGuard &operator=(const AffinityGuard &) = delete;

private:
    cpu_set_t m_saved;
};

} // namespace

class TestWarmUpThread : public QObject
{
    Q_OBJECT

private slots:
    void cpusBesideLeavesOutTheCurrentCpu_data();
    void cpusBesideLeavesOutTheCurrentCpu();
    void runsTheWorkAndWaitsForIt();
    void workRunsBesideUntilWaitedFor();
    void singleCpuIsShared();
};

void TestWarmUpThread::cpusBesideLeavesOutTheCurrentCpu_data()
{
    QTest::addColumn<QList<int>>("allowed");
    QTest::addColumn<int>("current");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("two, on the first") << QList<int>{0, 1} << 0 << QList<int>{1};
    QTest::newRow("two, on the second") << QList<int>{0, 1} << 1 << QList<int>{0};
    QTest::newRow("four, on the third") << QList<int>{0, 1, 2, 3} << 2 << QList<int>{0, 1, 3};
    QTest::newRow("only one") << QList<int>{3} << 3 << QList<int>{3};
    QTest::newRow("current not allowed") << QList<int>{2, 3} << 0 << QList<int>{2, 3};
    QTest::newRow("current unknown") << QList<int>{0, 1} << -1 << QList<int>{0, 1};
    QTest::newRow("current out of range") << QList<int>{0, 1} << CPU_SETSIZE << QList<int>{0, 1};
}

void TestWarmUpThread::cpusBesideLeavesOutTheCurrentCpu()
{
    QFETCH(QList<int>, allowed);
    QFETCH(int, current);
    QFETCH(QList<int>, expected);
    const cpu_set_t expectedSet = cpus(expected);
    const cpu_set_t beside = WarmUpThread::cpusBeside(cpus(allowed), current);
    QVERIFY(CPU_EQUAL(&beside, &expectedSet));
}

void TestWarmUpThread::runsTheWorkAndWaitsForIt()
{
    std::atomic<int> runs = 0;
    {
        WarmUpThread thread([&runs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            ++runs;
        });
        thread.wait();
        QCOMPARE(runs.load(), 1);
        thread.wait();   // a second wait is harmless
    }
    {
        WarmUpThread thread([&runs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            ++runs;
        });
    }   // the destructor waits
    QCOMPARE(runs.load(), 2);
}

void TestWarmUpThread::workRunsBesideUntilWaitedFor()
{
    const cpu_set_t allowed = ownAffinity();
    if (CPU_COUNT(&allowed) < 2)
        QSKIP("This machine lets the test use a single CPU");

    std::atomic<bool> narrowed = false;
    std::atomic<bool> widened = false;
    cpu_set_t whileNarrowed;
    CPU_ZERO(&whileNarrowed);
    WarmUpThread thread([&] {
        // The starting thread narrows this thread's CPUs just after starting it.
        narrowed = spinUntil([&] {
            whileNarrowed = ownAffinity();
            return CPU_COUNT(&whileNarrowed) == CPU_COUNT(&allowed) - 1;
        });
        if (narrowed) {
            widened = spinUntil([&] {
                const cpu_set_t now = ownAffinity();
                return CPU_EQUAL(&now, &allowed);
            });
        }
    });
    // Waiting widens the CPUs again, so the work must have seen them narrowed first.
    QVERIFY2(spinUntil([&] { return narrowed.load(); }), "the work never ran beside the starting thread");
    thread.wait();
    QVERIFY2(widened, "waiting for the work did not give it every allowed CPU again");
    cpu_set_t withinAllowed;
    CPU_AND(&withinAllowed, &whileNarrowed, &allowed);
    QVERIFY(CPU_EQUAL(&withinAllowed, &whileNarrowed));
}

void TestWarmUpThread::singleCpuIsShared()
{
    AffinityGuard guard;
    const int cpu = sched_getcpu();
    QVERIFY(cpu >= 0);
    const cpu_set_t one = cpus({cpu});
    QCOMPARE(sched_setaffinity(0, sizeof one, &one), 0);
    cpu_set_t seen;
    CPU_ZERO(&seen);
    std::atomic<bool> ran = false;
    WarmUpThread thread([&] {
        seen = ownAffinity();
        ran = true;
    });
    thread.wait();
    QVERIFY(ran);
    QVERIFY2(CPU_EQUAL(&seen, &one), "with one CPU allowed, the work must still run on it");
}

QTEST_APPLESS_MAIN(TestWarmUpThread)
#include "tst_warmupthread.moc"
