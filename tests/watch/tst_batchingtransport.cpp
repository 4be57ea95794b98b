// The batching transport: how it plans (ListBriefRecord batches or ShowJobInfo), what a batch's
// build makes of a job, and rounds against the demo sandbox's changing jobs on a manual clock.
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"
#include "sandbox/demosandbox.h"
#include "watch/batchingtransport.h"
#include "watch/watchclock.h"
#include "watch/watchsession.h"
#include "watch/watchsessionfactory.h"
#include "watch/watchstate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

QString buildProject(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A job the scheduler lets batches take (its build project known), or not.
WatchTarget target(int n, bool batchable = true, const QString &endpoint = u"https://a"_qs)
{
    return {hexId(n), u"p"_qs, endpoint, batchable ? buildProject(n) : QString(), batchable};
}

QList<WatchTarget> targets(int from, int to)
{
    QList<WatchTarget> list;
    for (int n = from; n <= to; ++n)
        list.append(target(n));
    return list;
}

BriefRecord build(int number, const QString &result, std::optional<qint64> startMs)
{
    BriefRecord record;
    record.buildProjectId = buildProject(1);
    record.number = number;
    record.result = result;
    record.startTimeMs = startMs;
    return record;
}

JobInfo answer(const QString &running, const QString &last, qint64 lastBuildMs)
{
    JobInfo job;
    job.id = hexId(1);
    job.jobName = u"payments-ci"_qs;
    job.healthScore = 80;
    job.isExecute = true;
    job.runningStatus = running;
    job.lastBuildStatus = last;
    job.lastBuildTimeMs = lastBuildMs;
    return job;
}

} // namespace

class TestBatchingTransport : public QObject
{
    Q_OBJECT

private slots:
    void dueJobsGoInBatchesOfAHundred()
    {
        BatchingTransport transport(nullptr);
        const QList<PollBatch> batches = transport.plan(targets(1, 250), {});
        QCOMPARE(batches.size(), 3);
        for (const PollBatch &batch : batches) {
            QCOMPARE(batch.kind, PollBatch::Kind::BriefRecords);
            QCOMPARE(batch.buildProjectIds.size(), batch.jobIds.size());
        }
        QCOMPARE(batches[0].jobIds.size(), 100);
        QCOMPARE(batches[2].jobIds.size(), 50);
        QCOMPARE(batches[0].jobIds.first(), hexId(1));
        QCOMPARE(batches[0].buildProjectIds.first(), buildProject(1));
    }

    void theLastBatchTakesAlongTheSoonestDueOthers()
    {
        BatchingTransport transport(nullptr);
        const QList<WatchTarget> others = targets(10, 200)
            + QList<WatchTarget>{target(300, true, u"https://elsewhere"_qs), target(301, false)};
        const QList<PollBatch> batches = transport.plan(targets(1, 3), others);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0].jobIds.size(), 100);
        QCOMPARE(batches[0].jobIds.mid(0, 4), (QStringList{hexId(1), hexId(2), hexId(3), hexId(10)}));
        QVERIFY(!batches[0].jobIds.contains(hexId(300))); // another endpoint
        QVERIFY(!batches[0].jobIds.contains(hexId(301))); // must be asked for alone
    }

    void jobsThatMustBeAskedForAloneComeAfterTheBatches()
    {
        BatchingTransport transport(nullptr);
        const QList<PollBatch> batches = transport.plan({target(1, false), target(2), target(3)}, {});
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches[0].kind, PollBatch::Kind::BriefRecords);
        QCOMPARE(batches[0].jobIds, (QStringList{hexId(2), hexId(3)}));
        QCOMPARE(batches[1].kind, PollBatch::Kind::JobInfo);
        QCOMPARE(batches[1].jobIds, QStringList{hexId(1)});
    }

    void aLoneJobIsAskedForWithShowJobInfo()
    {
        BatchingTransport transport(nullptr);
        const QList<PollBatch> alone = transport.plan({target(1)}, {});
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone[0].kind, PollBatch::Kind::JobInfo); // tells more for the same request
        const QList<PollBatch> withRiders = transport.plan({target(1)}, {target(2)});
        QCOMPARE(withRiders[0].kind, PollBatch::Kind::BriefRecords);
    }

    void aBatchLaysTheBuildOnTheLastAnswer()
    {
        const qint64 t = 1'700'000'000'000;
        const JobInfo base = answer(u"Finished"_qs, u"success"_qs, t);
        const BatchingTransport::Observation running = BatchingTransport::observe(base, 41, build(42, u"running"_qs, t + 600'000));
        QCOMPARE(running.job.runningStatus, u"Running"_qs);
        QCOMPARE(running.job.lastBuildStatus, u"running"_qs);
        QCOMPARE(running.job.lastBuildTimeMs, std::optional<qint64>(t + 600'000));
        QCOMPARE(running.job.jobName, u"payments-ci"_qs); // the rest as last answered
        QCOMPARE(running.job.healthScore, std::optional<int>(80));
        QCOMPARE(running.job.isExecute, std::optional<bool>(true));
        QVERIFY(!running.detailStale);
        QCOMPARE(WatchState::fromJob(running.job), JobState::Running);

        const BatchingTransport::Observation failed = BatchingTransport::observe(base, 41, build(42, u"failure"_qs, t + 600'000));
        QCOMPARE(failed.job.lastBuildStatus, u"failed"_qs);
        QCOMPARE(failed.job.runningStatus, u"Finished"_qs);
        QCOMPARE(WatchState::fromJob(failed.job), JobState::Failed);
        QVERIFY(failed.detailStale); // build 42 ended after the answer that knew 41
        QVERIFY(!BatchingTransport::observe(base, 42, build(42, u"failure"_qs, t)).detailStale);
    }

    void withoutAKnownNumberTheTimesDecideWhetherTheHealthIsStale()
    {
        const qint64 t = 1'700'000'000'000;
        const JobInfo finished = answer(u"Finished"_qs, u"success"_qs, t);
        // The same build: its record may start a little after the job's last_build_time.
        QVERIFY(!BatchingTransport::observe(finished, {}, build(7, u"success"_qs, t + 30'000)).detailStale);
        // A build that started well after the answer.
        QVERIFY(BatchingTransport::observe(finished, {}, build(8, u"success"_qs, t + 3'600'000)).detailStale);
        // The answer saw it running; now it has ended.
        const JobInfo running = answer(u"Running"_qs, u"running"_qs, t);
        QVERIFY(BatchingTransport::observe(running, {}, build(7, u"success"_qs, t)).detailStale);
        // Nothing known at all (no baseline): whatever ended is news.
        QVERIFY(BatchingTransport::observe(JobInfo{}, {}, build(7, u"success"_qs, t)).detailStale);
    }
};

QTEST_GUILESS_MAIN(TestBatchingTransport)
#include "tst_batchingtransport.moc"
