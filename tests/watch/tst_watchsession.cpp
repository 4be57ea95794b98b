// The session over the real ShowJobInfo transport and the demo sandbox: the sandbox's changing
// jobs on a manual clock that the test moves, so the rules meet real HTTP answers.
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"
#include "sandbox/demosandbox.h"
#include "watch/showjobtransport.h"
#include "watch/watchclock.h"
#include "watch/watchsession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestWatchSession : public QObject
{
    Q_OBJECT

    // The sandbox's changing jobs on a manual clock that drives both them and the session, and
    // a ShowJobInfo transport to them with the source "demo".
    struct Demo
    {
        ManualClock clock;
        DemoSandbox sandbox;
        QNetworkAccessManager nam;
        JobClient client{&nam};
        std::unique_ptr<CredentialProvider> token = CredentialProvider::forToken(DemoSandbox::demoToken());
        ShowJobTransport transport;

        Demo() { sandbox.watchJobs().setClock(&clock); }

        // Points the client at the started sandbox and adds the "demo" source.
        const ClientOptions &connectToSandbox()
        {
            ClientOptions options;
            options.baseUrl = sandbox.baseUrl();
            client.setOptions(options);
            transport.addSource(u"demo"_qs, &client, token.get());
            return client.options();
        }
    };

private slots:
    void demoJobsGiveTransitionsNotificationsAndOneSignInNotice()
    {
        Demo demo;
        QVERIFY(demo.sandbox.start());
        ManualClock &clock = demo.clock;
        const ClientOptions &options = demo.connectToSandbox();
        ShowJobTransport &transport = demo.transport;
        transport.addSource(u"expiring"_qs, &demo.client, demo.token.get()); // its 401 must stop only itself

        WatchSession session(&clock, &transport);
        session.scheduler().setTimerDriven(false);
        WatchSettings settings;
        settings.runningIntervalMs = 5'000; // fine enough to see the hotfix's 40 s build
        settings.idleIntervalMs = 10'000;
        session.scheduler().setSettings(settings);
        QSignalSpy changed(&session, &WatchSession::jobChanged);
        QSignalSpy notified(&session, &WatchSession::notificationReady);
        QSignalSpy signIn(&session, &WatchSession::signInNeeded);
        for (const char *id : {DemoWatchJobs::nightly, DemoWatchJobs::hotfix})
            session.scheduler().watch({QLatin1String(id), u"demo"_qs, options.baseUrl.toString(), {}});
        session.scheduler().watch({QLatin1String(DemoWatchJobs::expiringToken), u"expiring"_qs,
                                   options.baseUrl.toString(), {}});

        // 200 clock seconds in 2 s steps (one demo cycle is 240 s); each step waits for the answers.
        for (qint64 t = 0; t <= 200'000; t += 2'000) {
            clock.setNowMs(t);
            session.scheduler().pump();
            QTRY_COMPARE_WITH_TIMEOUT(session.scheduler().inFlight(), 0, 10'000);
            session.deliverDueNotifications();
        }
        QStringList changes;
        for (const auto &args : changed) {
            const auto t = args.first().value<JobTransition>();
            changes << t.job.jobName + u' ' + WatchState::name(t.from) + u"->" + WatchState::name(t.to);
        }
        QVERIFY2(changes.contains(u"nightly-integration running->failed"_qs), qPrintable(changes.join(u", ")));
        QVERIFY(changes.contains(u"checkout-hotfix failed->running"_qs));
        QVERIFY(changes.contains(u"checkout-hotfix running->success"_qs));
        QStringList titles;
        for (const auto &args : notified)
            titles << args.first().value<WatchNotification>().title();
        QVERIFY2(titles.contains(u"nightly-integration failed"_qs), qPrintable(titles.join(u", ")));
        QVERIFY(titles.contains(u"checkout-hotfix is fixed"_qs));
        QVERIFY(!titles.contains(u"checkout-hotfix failed"_qs)); // its first observation is not news
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(signIn.first().first().toString(), u"expiring"_qs);
        QVERIFY(session.scheduler().isSourceStopped(u"expiring"_qs));
        QVERIFY(!session.scheduler().isSourceStopped(u"demo"_qs));
    }

    // After a sleep every job is asked about at once, not when its interval would next end.
    void wakingFromSleepRefreshesEveryJob()
    {
        Demo demo;
        QVERIFY(demo.sandbox.start());
        ManualClock &clock = demo.clock;
        const ClientOptions &options = demo.connectToSandbox();
        WatchSession session(&clock, &demo.transport);
        session.scheduler().setTimerDriven(false);
        session.followSleep();
        session.scheduler().watch({QLatin1String(DemoWatchJobs::soakTest), u"demo"_qs, options.baseUrl.toString(), {}});
        QCOMPARE(session.scheduler().pump(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(session.scheduler().inFlight(), 0, 10'000);
        clock.setNowMs(1'000);
        QCOMPARE(session.scheduler().pump(), 0);   // not due for a while
        emit session.sleepDetector().woke(3'600'000);
        QCOMPARE(session.scheduler().pump(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(session.scheduler().inFlight(), 0, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestWatchSession)
#include "tst_watchsession.moc"
