#include "api/buildclient.h"
#include "api/buildfollower.h"
#include "api/buildrecordsfetch.h"
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"
#include "recordingserver.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Kind = ApiError::Kind;

namespace {

const QString kFirst = DemoSandbox::firstJobId();

// A server that reads one whole request and then drops the connection without a word: the
// request arrived, the answer never does.
class DroppingServer : public QTcpServer
{
public:
    DroppingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
                    const QByteArray data = socket->readAll();
                    m_received += data;
                    *request += data;
                    if (request->contains("\r\n\r\n") && (request->startsWith("GET") || request->endsWith('}')))
                        socket->abort();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    const QByteArray &received() const { return m_received; }

private:
    QByteArray m_received;
};

} // namespace

// The build calls over real HTTP against the demo sandbox and bare test servers.
class TestBuildClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsOver90DaysComeInWindows();
    void aYearIsTwelveWindowsFourAtATime();
    void limitKeepsTheNewest();
    void fallsBackToTheOldHistoryOn404();
    void errorsEndTheFetch();
    void stepsAndMaskedParameters();
    void runIsNeverRetriedWhenNoAnswerComes();
    void runIsNeverRetriedWhenTheConnectionDrops();
    void throttledRunIsNotRepeated();
    void refusedRunNamesThePermission();
    void runThenFollowToSuccess();
    void runThenFollowToFailure();
    void stopSendsTheNumberInQueryAndBody();
    void followAndUnfollowFlipTheFavorite();
    void invalidInputSendsNothing();
    void akSkSignedReadsAndRun();

private:
    template<typename T>
    static void wait(T *job)
    {
        if (!job->isFinished())
            QVERIFY(QSignalSpy(job, &T::finished).wait(20'000));
    }
    std::unique_ptr<BuildClient> client(const QUrl &base, int timeoutMs = 20'000);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
};

void TestBuildClient::initTestCase()
{
    m_sandbox.builds().setRunDurationScale(0.02); // runs of 0.4 to 1.2 s
    QVERIFY(m_sandbox.start());
}

std::unique_ptr<BuildClient> TestBuildClient::client(const QUrl &base, int timeoutMs)
{
    auto result = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = base;
    options.timeout = std::chrono::milliseconds(timeoutMs);
    result->setOptions(options);
    return result;
}

void TestBuildClient::recordsOver90DaysComeInWindows()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(builds.get(), kFirst, to.addDays(-90), to);
    fetch.start();
    wait(&fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(fetch.windowCount(), 3);
    QCOMPARE(fetch.mostInFlight(), 3);
    QVERIFY(!fetch.usedFallback());
    const QList<BuildRecord> &records = fetch.records();
    QVERIFY(records.size() > 2 * 89);
    // Newest first, each build once, and reaching back past one window.
    QSet<int> numbers;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY(!numbers.contains(records.at(i).number));
        numbers.insert(records.at(i).number);
        if (i > 0)
            QVERIFY(records.at(i).number < records.at(i - 1).number);
    }
    QVERIFY(records.last().startTimeMs.value() < to.addDays(-80).toMSecsSinceEpoch());
    QVERIFY(records.first().startTimeMs.value() > to.addDays(-1).toMSecsSinceEpoch());
    QVERIFY(fetch.requestsSent() > 3); // more than one page per window
}

void TestBuildClient::aYearIsTwelveWindowsFourAtATime()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(builds.get(), kFirst, to.addDays(-365), to);
    fetch.start();
    wait(&fetch);
    QVERIFY(!fetch.error().isError());
    QCOMPARE(fetch.windowCount(), 12);
    QCOMPARE(fetch.mostInFlight(), BuildRecordsFetch::kMaxInFlight);

    BuildRecordsFetch sequential(builds.get(), kFirst, to.addDays(-365), to);
    sequential.start(1);
    wait(&sequential);
    QCOMPARE(sequential.mostInFlight(), 1);
    QCOMPARE(sequential.records().size(), fetch.records().size());
}

void TestBuildClient::limitKeepsTheNewest()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch all(builds.get(), kFirst, to.addDays(-90), to);
    all.start();
    wait(&all);
    BuildRecordsFetch five(builds.get(), kFirst, to.addDays(-90), to, 5);
    five.start();
    wait(&five);
    QCOMPARE(five.records().size(), 5);
    QCOMPARE(five.records(), all.records().mid(0, 5));
}

void TestBuildClient::fallsBackToTheOldHistoryOn404()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(builds.get(), QLatin1String(DemoBuilds::legacyJob), to.addDays(-20), to);
    fetch.start();
    wait(&fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(fetch.usedFallback());
    QVERIFY(fetch.records().size() > 20);
    for (const BuildRecord &record : fetch.records()) {
        QVERIFY(record.startTimeMs.value() >= to.addDays(-20).toMSecsSinceEpoch());
        QVERIFY(!record.result.isEmpty());
        QVERIFY(record.durationMs.value_or(0) > 0);
    }
}

void TestBuildClient::errorsEndTheFetch()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch forbidden(builds.get(), u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs, to.addDays(-90), to);
    forbidden.start();
    wait(&forbidden);
    QCOMPARE(forbidden.error().kind, Kind::Forbidden);
    QVERIFY(forbidden.error().message.contains(u"is_view"));
    BuildRecordsFetch deleted(builds.get(), u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs, to.addDays(-7), to);
    deleted.start();
    wait(&deleted);
    QCOMPARE(deleted.error().kind, Kind::NotFound); // after the fallback found nothing either
    QCOMPARE(deleted.error().exitCode(), 4);
}

void TestBuildClient::stepsAndMaskedParameters()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *call = builds->historyDetails(kFirst, 2);
    wait(call);
    QVERIFY(call->succeeded());
    const BuildDetails details = BuildParse::historyDetails(call->json());
    QCOMPARE(details.number, 2);
    QCOMPARE(details.steps.size(), 6);
    QVERIFY(details.parameters.contains(std::pair(u"RELEASE_TOKEN"_qs, u"******"_qs)));
    BuildCall *missing = builds->historyDetails(kFirst, 999'999);
    wait(missing);
    QCOMPARE(missing->error().kind, Kind::NotFound);
}

void TestBuildClient::runIsNeverRetriedWhenNoAnswerComes()
{
    RecordingServer silent; // reads and never answers
    auto builds = client(silent.url(), 800);
    RunRequest run;
    run.jobId = kFirst;
    BuildCall *call = builds->execute(run);
    wait(call);
    QCOMPARE(call->error().kind, Kind::Timeout);
    QVERIFY(call->mayHaveTakenEffect());
    QTest::qWait(1500); // time for any resend to arrive
    QCOMPARE(silent.received().count("POST /v1/job/execute"), 1);
    QCOMPARE(silent.connections(), 1);
}

void TestBuildClient::runIsNeverRetriedWhenTheConnectionDrops()
{
    DroppingServer dropping;
    auto builds = client(dropping.url(), 5000);
    RunRequest run;
    run.jobId = kFirst;
    BuildCall *call = builds->execute(run);
    wait(call);
    QVERIFY(call->error().isError());
    QVERIFY(call->mayHaveTakenEffect());
    QTest::qWait(1000);
    QCOMPARE(dropping.received().count("POST /v1/job/execute"), 1);

    // A read that breaks the same way is not "may have taken effect".
    BuildCall *read = builds->runningStatus(kFirst);
    wait(read);
    QVERIFY(!read->mayHaveTakenEffect());
}

void TestBuildClient::throttledRunIsNotRepeated()
{
    auto builds = client(m_sandbox.baseUrl());
    const QString job = QLatin1String(DemoBuilds::throttledJob);
    const int before = m_sandbox.builds().executeRequests(job);
    RunRequest run;
    run.jobId = job;
    BuildCall *call = builds->execute(run);
    wait(call);
    QCOMPARE(call->error().kind, Kind::RateLimited);
    QCOMPARE(call->error().errorCode, u"CB.00060211"_qs);
    QVERIFY(!call->mayHaveTakenEffect());
    QTest::qWait(500);
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1);
}

void TestBuildClient::refusedRunNamesThePermission()
{
    auto builds = client(m_sandbox.baseUrl());
    RunRequest run;
    run.jobId = QLatin1String(DemoBuilds::legacyJob);
    BuildCall *call = builds->execute(run);
    wait(call);
    QCOMPARE(call->error().kind, Kind::Forbidden);
    QVERIFY(call->error().message.contains(u"is_execute"));
    QVERIFY(!call->mayHaveTakenEffect());
}

void TestBuildClient::runThenFollowToSuccess()
{
    auto builds = client(m_sandbox.baseUrl());
    RunRequest run;
    run.jobId = kFirst;
    run.parameters = {{u"BUILD_ENV"_qs, u"staging"_qs}, {u"codeBranch"_qs, u"develop"_qs}};
    BuildCall *call = builds->execute(run);
    wait(call);
    QVERIFY2(call->succeeded(), qPrintable(call->error().oneLine()));
    const std::optional<StartedBuild> started = BuildParse::startedBuild(call->json());
    QVERIFY(started);
    QVERIFY(!m_sandbox.builds().lastExecuteBody().contains(u"scm")); // the branch is a parameter
    BuildFollower follower(builds.get(), kFirst, started->number);
    follower.setIntervalMs(100);
    QSignalSpy progressed(&follower, &BuildFollower::progressed);
    follower.start();
    wait(&follower);
    QVERIFY(!follower.error().isError());
    QCOMPARE(follower.state().result, u"success"_qs);
    QCOMPARE(follower.details().steps.size(), 6);
    QVERIFY(progressed.size() >= 2);
}

void TestBuildClient::runThenFollowToFailure()
{
    auto builds = client(m_sandbox.baseUrl());
    RunRequest run;
    run.jobId = QLatin1String(DemoBuilds::failingJob);
    BuildCall *call = builds->execute(run);
    wait(call);
    const std::optional<StartedBuild> started = BuildParse::startedBuild(call->json());
    QVERIFY(started);
    BuildFollower follower(builds.get(), run.jobId, started->number);
    follower.setIntervalMs(100);
    follower.start();
    wait(&follower);
    QCOMPARE(follower.state().result, u"failure"_qs);
    QCOMPARE(follower.details().failedStep(), 3);
}

void TestBuildClient::stopSendsTheNumberInQueryAndBody()
{
    auto builds = client(m_sandbox.baseUrl());
    const QString job = QLatin1String(DemoBuilds::runningJob);
    BuildCall *status = builds->runningStatus(job);
    wait(status);
    const RunningStatus running = BuildParse::runningStatus(status->json());
    QVERIFY(running.isRunning);
    BuildCall *stop = builds->stop(job, *running.lastBuildNumber);
    wait(stop);
    QVERIFY2(stop->succeeded(), qPrintable(stop->error().oneLine()));
    QCOMPARE(m_sandbox.builds().lastStopBuildNumbers(), std::pair(*running.lastBuildNumber, *running.lastBuildNumber));
    BuildCall *info = builds->buildInfo(job, *running.lastBuildNumber);
    wait(info);
    QCOMPARE(BuildParse::buildState(info->json()).result, u"aborted"_qs);
    BuildCall *again = builds->stop(job, *running.lastBuildNumber);
    wait(again);
    QCOMPARE(again->error().kind, Kind::NotFound); // nothing to stop any more
}

void TestBuildClient::followAndUnfollowFlipTheFavorite()
{
    auto builds = client(m_sandbox.baseUrl());
    JobClient jobs(&m_nam);
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    jobs.setOptions(options);
    const auto favorite = [&] {
        JobFetch *fetch = jobs.fetchJob(kFirst, std::make_shared<TokenAuthorizer>(DemoSandbox::demoToken()));
        QSignalSpy(fetch, &JobFetch::finished).wait(10'000);
        return fetch->job() ? fetch->job()->favorite : std::nullopt;
    };
    for (const bool followed : {false, true}) {
        BuildCall *call = builds->setFollowed(kFirst, followed);
        wait(call);
        QVERIFY(call->succeeded());
        QCOMPARE(BuildParse::favorite(call->json()), std::optional<bool>(followed));
        QCOMPARE(favorite(), std::optional<bool>(followed));
    }
}

void TestBuildClient::invalidInputSendsNothing()
{
    auto builds = client(m_sandbox.baseUrl());
    const int before = m_sandbox.requestCount();
    BuildCall *badJob = builds->runningStatus(u"not-a-job"_qs);
    wait(badJob);
    QCOMPARE(badJob->error().kind, Kind::InvalidJobId);
    RunRequest run;
    run.jobId = kFirst;
    run.tag = u"a"_qs;
    run.commitId = u"b"_qs;
    BuildCall *badRun = builds->execute(run);
    wait(badRun);
    QCOMPARE(badRun->error().exitCode(), 2);
    QVERIFY(!badRun->mayHaveTakenEffect());
    auto insecure = client(QUrl(u"http://example.com"_qs));
    BuildCall *plain = insecure->runningStatus(kFirst);
    wait(plain);
    QCOMPARE(plain->error().kind, Kind::InvalidEndpoint);
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestBuildClient::akSkSignedReadsAndRun()
{
    // The sandbox checks the signature over method, path, query and body, as the gateway does.
    auto akSk = CredentialProvider::forAkSk(DemoSandbox::demoAccessKey, DemoSandbox::demoSecretKey(),
                                            "0123456789abcdef0123456789abcdef");
    BuildClient signedClient(&m_nam, akSk.get());
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    signedClient.setOptions(options);
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(&signedClient, kFirst, to.addDays(-3), to);
    fetch.start();
    wait(&fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(!fetch.records().isEmpty());
    RunRequest run;
    run.jobId = kFirst;
    run.parameters = {{u"BUILD_ENV"_qs, u"staging"_qs}};
    BuildCall *call = signedClient.execute(run);
    wait(call);
    QVERIFY2(call->succeeded(), qPrintable(call->error().oneLine()));
    auto wrong = CredentialProvider::forAkSk(DemoSandbox::demoAccessKey, "not-the-secret", "0123456789abcdef0123456789abcdef");
    BuildClient wrongClient(&m_nam, wrong.get());
    wrongClient.setOptions(options);
    BuildCall *refused = wrongClient.execute(run);
    wait(refused);
    QCOMPARE(refused->error().kind, Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestBuildClient)
#include "tst_buildclient.moc"
