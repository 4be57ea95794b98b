// The batching transport: how it plans (list pages or ShowJobInfo, per project), what a list
// item becomes, and rounds against the demo sandbox's changing jobs on a manual clock.
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

WatchTarget target(int n, const QString &projectId = {})
{
    return {hexId(n), u"p"_qs, u"https://a"_qs, projectId};
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
    void watch(const QString &jobId, const QString &projectId = {})
    {
        session->scheduler().watch({jobId, u"demo"_qs, sandbox.baseUrl().toString(), projectId});
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

} // namespace

class TestBatchingTransport : public QObject
{
    Q_OBJECT

private slots:
    void listItemBecomesAJobInShowJobInfoWords()
    {
        const QJsonObject item{{u"id"_qs, hexId(1)},
                               {u"job_name"_qs, u"payment-ci"_qs},
                               {u"last_build_status"_qs, u"red"_qs},
                               {u"last_job_running_status"_qs, u"Finished"_qs},
                               {u"health_score"_qs, u"75"_qs},
                               {u"last_build_time"_qs, 1608004535000.0},
                               {u"build_time"_qs, 62000}};
        const JobInfo job = BatchingTransport::jobFromListItem(item, u"p1"_qs);
        QCOMPARE(job.id, hexId(1));
        QCOMPARE(job.projectId, u"p1"_qs);
        QCOMPARE(job.lastBuildStatus, u"failed"_qs);
        QCOMPARE(job.runningStatus, u"Finished"_qs);
        QCOMPARE(job.healthScore, std::optional<int>(75));
        QCOMPARE(job.lastBuildTimeMs, std::optional<qint64>(1608004535000));
        QVERIFY(!job.buildTime); // another unit than ShowJobInfo's seconds
        QCOMPARE(WatchState::fromJob(job), JobState::Failed);

        QJsonObject building = item;
        building.insert(u"last_build_status"_qs, u"building"_qs);
        building.remove(u"last_job_running_status"_qs);
        building.insert(u"is_finished"_qs, false);
        const JobInfo running = BatchingTransport::jobFromListItem(building, u"p1"_qs);
        QCOMPARE(running.lastBuildStatus, u"running"_qs);
        QCOMPARE(running.runningStatus, u"Running"_qs);
    }

    void plansThePerProjectCheaperWay()
    {
        BatchingTransport transport(nullptr);
        const QList<WatchTarget> watched = {target(1, u"a"_qs), target(2, u"a"_qs), target(3, u"a"_qs),
                                            target(4, u"b"_qs), target(5)};
        // 5 has no project and b one watched job: ShowJobInfo; the three due in a: one page.
        const QList<PollBatch> batches = transport.plan(watched, watched);
        QCOMPARE(batches.size(), 3);
        QVERIFY(!batches[0].listPage);
        QCOMPARE(batches[0].jobIds, QStringList{hexId(5)});
        QVERIFY(batches[1].listPage);
        QCOMPARE(batches[1].projectId, u"a"_qs);
        QCOMPARE(batches[1].page, 0);
        QCOMPARE(batches[1].jobIds, (QStringList{hexId(1), hexId(2), hexId(3)}));
        QVERIFY(!batches[2].listPage);
        QCOMPARE(batches[2].jobIds, QStringList{hexId(4)});
        // One due job of a: a tie, which goes to the page (it refreshes the other two as well).
        const QList<PollBatch> one = transport.plan({target(2, u"a"_qs)}, watched);
        QCOMPARE(one.size(), 1);
        QVERIFY(one.first().listPage);
    }

    void roundOverTwoProjectsReadsOnePagePerHundredJobs()
    {
        SandboxRig rig;
        rig.sandbox.watchJobs().setFleet(2, 150);
        QVERIFY(rig.start());
        for (int project = 0; project < 2; ++project)
            for (int job = 0; job < 150; ++job)
                rig.watch(DemoWatchJobs::fleetJobId(project, job), DemoWatchJobs::fleetProjectId(project));
        QSignalSpy started(&rig.session->scheduler(), &PollScheduler::requestStarted);
        QVERIFY(rig.settle());
        // Page 0 of each project first (learning that each has 150 jobs), then page 1.
        QCOMPARE(rig.observed.size(), 300);
        QCOMPARE(rig.transport.listRequests(), 4);
        QCOMPARE(rig.transport.jobRequests(), 0);
        QCOMPARE(started.size(), 4);
        QCOMPARE(rig.transport.projectTotal({{}, u"demo"_qs, rig.sandbox.baseUrl().toString(),
                                             DemoWatchJobs::fleetProjectId(0)}),
                 150);
        for (const WatchTarget &watched : rig.session->scheduler().targets())
            QCOMPARE(rig.session->scheduler().listBlockedUntilMs(watched.jobId), 0);

        // A later round: every job due again, two pages per project, nothing job by job.
        rig.observed.clear();
        rig.clock.setNowMs(150'000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.observed.size(), 300);
        QCOMPARE(rig.transport.listRequests(), 8);
        QCOMPARE(rig.transport.jobRequests(), 0);
    }

    void fewJobsInABigProjectGoJobByJob()
    {
        SandboxRig rig;
        rig.sandbox.watchJobs().setFleet(1, 450); // five pages
        QVERIFY(rig.start());
        const QString project = DemoWatchJobs::fleetProjectId(0);
        for (const int job : {10, 200, 440})
            rig.watch(DemoWatchJobs::fleetJobId(0, job), project);
        QVERIFY(rig.settle());
        // Page 0 (the size was unknown) holds one of them; four more pages would be dearer
        // than asking for the other two alone.
        QCOMPARE(rig.observed.size(), 3);
        QCOMPARE(rig.transport.listRequests(), 1);
        QCOMPARE(rig.transport.jobRequests(), 2);
        QCOMPARE(rig.transport.projectTotal({{}, u"demo"_qs, rig.sandbox.baseUrl().toString(), project}), 450);
        rig.observed.clear();
        rig.clock.setNowMs(150'000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.observed.size(), 3);
        QCOMPARE(rig.transport.listRequests(), 1);
        QCOMPARE(rig.transport.jobRequests(), 5);
    }

    void listPagesAndShowJobInfoAgree()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        const QString project = QLatin1String(DemoWatchJobs::projectId);
        for (const qint64 t : {0LL, 20'000LL, 45'000LL, 70'000LL, 100'000LL, 230'000LL}) {
            rig.clock.setNowMs(t);
            QHash<QString, JobInfo> fromList, fromShow;
            // The busy gateway is on this page: every third request for it is throttled.
            for (int attempt = 0; attempt < 2 && fromList.isEmpty(); ++attempt) {
                bool listDone = false;
                rig.transport.send({u"demo"_qs, {}, project, {}, true, 0}, [&](const PollOutcome &outcome) {
                    QVERIFY(!outcome.error.isError() || outcome.isThrottling());
                    for (const JobInfo &job : outcome.jobs)
                        fromList.insert(job.id, job);
                    listDone = true;
                });
                QTRY_VERIFY(listDone);
            }
            QCOMPARE(fromList.size(), 4);
            for (const char *id : {DemoWatchJobs::nightly, DemoWatchJobs::hotfix, DemoWatchJobs::soakTest}) {
                bool done = false;
                rig.transport.send({u"demo"_qs, {}, {}, {QLatin1String(id)}, false}, [&](const PollOutcome &outcome) {
                    if (!outcome.jobs.isEmpty())
                        fromShow.insert(outcome.jobs.first().id, outcome.jobs.first());
                    done = true;
                });
                QTRY_VERIFY(done);
                const JobInfo listed = fromList.value(QLatin1String(id));
                const JobInfo shown = fromShow.value(QLatin1String(id));
                QCOMPARE(WatchState::fromJob(listed), WatchState::fromJob(shown));
                QCOMPARE(listed.lastBuildStatus, shown.lastBuildStatus);
                QCOMPARE(listed.runningStatus, shown.runningStatus);
                QCOMPARE(listed.healthScore, shown.healthScore);
                QCOMPARE(listed.jobName, shown.jobName);
            }
        }
    }

    void failingListFallsBackToShowJobInfo()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        const QString unknownProject = hexId(0xbad);
        rig.watch(QLatin1String(DemoWatchJobs::nightly), unknownProject);
        rig.watch(QLatin1String(DemoWatchJobs::hotfix), unknownProject);
        QSignalSpy failedPages(&rig.session->scheduler(), &PollScheduler::listPageFailed);
        QVERIFY(rig.settle());
        QCOMPARE(failedPages.size(), 1);
        QCOMPARE(failedPages.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(rig.transport.listRequests(), 1);
        QCOMPARE(rig.transport.jobRequests(), 2);
        QCOMPARE(rig.observed.size(), 2);
    }

    void projectLearntFromShowJobInfoThenListsAreUsed()
    {
        SandboxRig rig;
        QVERIFY(rig.start());
        for (const QString &id : DemoWatchJobs::ids().mid(0, 4))
            rig.watch(id);
        QVERIFY(rig.settle());
        QCOMPARE(rig.transport.jobRequests(), 4);
        QCOMPARE(rig.transport.listRequests(), 0);
        for (const WatchTarget &watched : rig.session->scheduler().targets())
            QCOMPARE(watched.projectId, QLatin1String(DemoWatchJobs::projectId));
        // The running jobs come due first; one page refreshes them (and the others).
        rig.observed.clear();
        rig.clock.setNowMs(20'000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.transport.jobRequests(), 4);
        QCOMPARE(rig.transport.listRequests(), 1);
        QCOMPARE(rig.observed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBatchingTransport)
#include "tst_batchingtransport.moc"
