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

// A sandbox on a manual clock, a token, a client and the transport, ready to watch.
struct SandboxRig
{
    ManualClock clock;
    DemoSandbox sandbox;
    QNetworkAccessManager nam;
    JobClient client{&nam};
    std::unique_ptr<CredentialProvider> token = CredentialProvider::forToken(DemoSandbox::demoToken());
    BatchingTransport transport{&nam};
    WatchSession *session = nullptr;
    QSet<QString> observed;

    bool start()
    {
        sandbox.watchJobs().setClock(&clock);
        if (!sandbox.start())
            return false;
        ClientOptions options;
        options.baseUrl = sandbox.baseUrl();
        client.setOptions(options);
        transport.addSource(u"demo"_qs, &client, token.get());
        session = WatchSessions::withBatching(&clock, &transport, &transport);
        session->scheduler().setTimerDriven(false);
        QObject::connect(session, &WatchSession::jobObserved, session,
                         [this](const QString &id, const JobInfo &) { observed.insert(id); });
        return true;
    }
    // Without a snapshot: the first observation is a ShowJobInfo.
    void watch(const QString &jobId)
    {
        session->scheduler().watch({jobId, u"demo"_qs, sandbox.baseUrl().toString()});
    }
    // As a favorite: with the snapshot of an earlier ShowJobInfo, so batches can take it at once.
    void watchWithSnapshot(const QString &jobId)
    {
        const JobInfo snapshot = JobInfo::fromJson(sandbox.watchJobs().answer(jobId)->body.value(u"result").toObject());
        transport.setBaseline(jobId, snapshot);
        session->scheduler().watch({jobId, u"demo"_qs, sandbox.baseUrl().toString(), snapshot.buildProjectId, true});
    }
    // Starts what is due until nothing more is, waiting for the answers each time.
    bool settle()
    {
        while (session->scheduler().pump() > 0) {
            if (!QTest::qWaitFor([this] { return session->scheduler().inFlight() == 0; }, 10'000))
                return false;
        }
        return true;
    }
};

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

    void roundOfThreeHundredJobsTakesThreeRequests()
    {
        SandboxRig rig;
        rig.sandbox.watchJobs().setFleet(2, 150);
        QVERIFY(rig.start());
        for (int project = 0; project < 2; ++project)
            for (int job = 0; job < 150; ++job)
                rig.watchWithSnapshot(DemoWatchJobs::fleetJobId(project, job));
        QSignalSpy started(&rig.session->scheduler(), &PollScheduler::requestStarted);
        QVERIFY(rig.settle());
        QCOMPARE(rig.observed.size(), 300);
        QCOMPARE(rig.transport.batchRequests(), 3); // 100 build projects each, across the projects
        QCOMPARE(rig.transport.jobRequests(), 0);   // the snapshots stood for the first answers
        for (const WatchTarget &watched : rig.session->scheduler().targets())
            QCOMPARE(rig.session->scheduler().listBlockedUntilMs(watched.jobId), 0);

        // A later round: every job due again, three batches, and one ShowJobInfo for each job
        // whose build ended meanwhile (its fresh health score), nothing else job by job.
        rig.observed.clear();
        rig.clock.setNowMs(150'000);
        const int jobRequestsBefore = rig.transport.jobRequests();
        QSignalSpy built(&rig.session->scheduler(), &PollScheduler::buildSeen);
        QVERIFY(rig.settle());
        QCOMPARE(rig.observed.size(), 300);
        QCOMPARE(rig.transport.batchRequests(), 6);
        QCOMPARE(built.size(), 300);
        QVERIFY(rig.transport.jobRequests() - jobRequestsBefore < 150);
    }

    void withoutSnapshotsTheFirstAnswerIsShowJobInfoThenBatches()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        for (const QString &id : DemoWatchJobs::ids().mid(0, 3))
            rig.watch(id);
        QVERIFY(rig.settle());
        QCOMPARE(rig.transport.jobRequests(), 3);
        QCOMPARE(rig.transport.batchRequests(), 0);
        for (const WatchTarget &watched : rig.session->scheduler().targets())
            QCOMPARE(watched.buildProjectId.size(), 36); // the UUID, as ShowJobInfo sent it
        // The running jobs come due first; one batch refreshes them and takes the other along.
        rig.observed.clear();
        rig.clock.setNowMs(20'000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.transport.batchRequests(), 1);
        QCOMPARE(rig.observed.size(), 3);
    }

    void batchesAndShowJobInfoAgree()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        const QStringList ids = {QLatin1String(DemoWatchJobs::nightly), QLatin1String(DemoWatchJobs::hotfix),
                                 QLatin1String(DemoWatchJobs::soakTest)};
        for (const qint64 t : {0LL, 20'000LL, 45'000LL, 70'000LL, 100'000LL, 230'000LL}) {
            rig.clock.setNowMs(t);
            QHash<QString, JobInfo> fromShow;
            for (const QString &id : ids) {
                bool done = false;
                rig.transport.send({u"demo"_qs, {}, PollBatch::Kind::JobInfo, {id}}, [&](const PollOutcome &outcome) {
                    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.oneLine()));
                    fromShow.insert(id, outcome.jobs.value(0));
                    done = true;
                });
                QTRY_VERIFY(done);
            }
            PollBatch batch{u"demo"_qs, {}, PollBatch::Kind::BriefRecords, ids, {}};
            for (const QString &id : ids)
                batch.buildProjectIds.append(fromShow.value(id).buildProjectId);
            QHash<QString, JobInfo> fromBatch;
            bool done = false;
            rig.transport.send(batch, [&](const PollOutcome &outcome) {
                QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.oneLine()));
                for (const JobInfo &job : outcome.jobs)
                    fromBatch.insert(job.id, job);
                done = true;
            });
            QTRY_VERIFY(done);
            QCOMPARE(fromBatch.size(), 3);
            for (const QString &id : ids) {
                const JobInfo &batched = fromBatch.value(id);
                const JobInfo &shown = fromShow.value(id);
                QCOMPARE(WatchState::fromJob(batched), WatchState::fromJob(shown));
                QCOMPARE(batched.runningStatus, shown.runningStatus);
                QCOMPARE(batched.lastBuildTimeMs.has_value(), shown.lastBuildTimeMs.has_value());
                QVERIFY(qAbs(*batched.lastBuildTimeMs - *shown.lastBuildTimeMs) < 120'000);
                QCOMPARE(batched.jobName, shown.jobName); // laid on the last answer
                QCOMPARE(batched.healthScore, shown.healthScore);
            }
        }
    }

    void aJobTheBatchDoesNotKnowIsAskedForAlone()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        rig.watchWithSnapshot(QLatin1String(DemoWatchJobs::nightly));
        JobInfo stale;
        stale.id = QLatin1String(DemoWatchJobs::hotfix);
        stale.buildProjectId = u"00000000-0000-4000-8000-000000000bad"_qs; // names no build project
        rig.transport.setBaseline(stale.id, stale);
        rig.session->scheduler().watch({stale.id, u"demo"_qs, rig.sandbox.baseUrl().toString(), stale.buildProjectId, true});
        QVERIFY(rig.settle());
        QCOMPARE(rig.transport.batchRequests(), 1);
        QCOMPARE(rig.observed.size(), 2);
        QVERIFY(rig.session->scheduler().listBlockedUntilMs(stale.id) > 0);
        QCOMPARE(rig.session->scheduler().targets().last().buildProjectId.size(), 36);
        QVERIFY(rig.session->scheduler().targets().last().buildProjectId != stale.buildProjectId); // learnt anew
    }

    void throttledBatchBacksOffTheEndpoint()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        for (const QString &id : DemoWatchJobs::ids().mid(0, 4)) // the busy gateway throttles every third request
            rig.watchWithSnapshot(id);
        QSignalSpy throttled(&rig.session->scheduler(), &PollScheduler::endpointThrottled);
        for (int round = 0; round < 4 && throttled.isEmpty(); ++round) {
            rig.session->scheduler().refreshNow();
            QVERIFY(rig.settle());
        }
        QVERIFY(!throttled.isEmpty());
        QVERIFY(rig.session->scheduler().throttledUntilMs(rig.sandbox.baseUrl().toString()) > rig.clock.nowMs());
    }
};

QTEST_GUILESS_MAIN(TestBatchingTransport)
#include "tst_batchingtransport.moc"
