#include "sandbox/demojobs.h"
#include "sandbox/demotimeline.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

class TestDemoTimeline : public QObject
{
    Q_OBJECT

private slots:
    void pastDaysMove();
    void sameTimeSameAnswer();
    void disabledAndNeverBuiltJobsStay();
};

namespace {

QJsonObject firstResult()
{
    return DemoJobs::find(DemoJobs::firstJobId())->result;
}

} // namespace

// Over two weeks the health, the build status and the last build time change, as Compare and
// the trend need; times are in the past and in order. A fixed "now": the statuses are drawn
// per step, and at about one time in fifty a job that mostly succeeds draws no failure in 14.
void TestDemoTimeline::pastDaysMove()
{
    const qint64 now = 1'764'000'000'000;
    const QList<DemoTimeline::PastState> states = DemoTimeline::pastStates(firstResult(), now, 14);
    QCOMPARE(states.size(), 14);
    QSet<int> healths;
    QSet<QString> statuses;
    qint64 previous = 0;
    for (const DemoTimeline::PastState &state : states) {
        QVERIFY(state.timeMs < now);
        QVERIFY(state.timeMs > previous);
        previous = state.timeMs;
        const int health = state.result.value(u"health_score").toInt(-1);
        QVERIFY(health >= 0 && health <= 100);
        healths.insert(health);
        statuses.insert(state.result.value(u"last_build_status").toString());
        QVERIFY(state.result.value(u"last_build_time").toVariant().toLongLong() <= state.timeMs);
        QCOMPARE(state.result.value(u"id"), firstResult().value(u"id"));
    }
    QVERIFY2(healths.size() >= 5, qPrintable(QString::number(healths.size())));
    QCOMPARE(statuses.size(), 2);
}

void TestDemoTimeline::sameTimeSameAnswer()
{
    const qint64 time = 1'750'000'000'000;
    QCOMPARE(DemoTimeline::resultAt(firstResult(), time), DemoTimeline::resultAt(firstResult(), time));
    // Within one step nothing moves; a step later something does (over a few steps).
    QCOMPARE(DemoTimeline::resultAt(firstResult(), time).value(u"health_score"),
             DemoTimeline::resultAt(firstResult(), time + 1000).value(u"health_score"));
    bool changed = false;
    for (int step = 1; step <= 5 && !changed; ++step)
        changed = DemoTimeline::resultAt(firstResult(), time + step * DemoTimeline::kStepMs)
            != DemoTimeline::resultAt(firstResult(), time);
    QVERIFY(changed);
}

void TestDemoTimeline::disabledAndNeverBuiltJobsStay()
{
    int fixed = 0;
    for (const DemoJob &job : DemoJobs::all()) {
        if (job.result.isEmpty())
            continue;
        const bool disabled = job.result.value(u"disabled").toBool();
        const bool neverBuilt = job.result.value(u"last_build_status").toString().isEmpty();
        if (!disabled && !neverBuilt)
            continue;
        ++fixed;
        QCOMPARE(DemoTimeline::resultAt(job.result, QDateTime::currentMSecsSinceEpoch()), job.result);
    }
    QVERIFY(fixed > 0);
}

QTEST_GUILESS_MAIN(TestDemoTimeline)
#include "tst_demotimeline.moc"
