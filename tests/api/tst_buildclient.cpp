#include "api/buildclient.h"
#include "api/buildfollower.h"
#include "api/buildrecordsfetch.h"
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"
#include "hostileserver.h"
#include "logs/logpageassembler.h"
#include "recordingserver.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Kind = ApiError::Kind;

namespace {

const QString kFirst = DemoSandbox::firstJobId();
const QString kRecordId = u"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"_qs;

// A sink that keeps nothing but a hash and a count of what it was given.
class HashingSink final : public QIODevice
{
public:
    HashingSink() { open(QIODevice::WriteOnly); }
    QByteArray hash() const { return m_hash.result(); }
    qint64 received() const { return m_received; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        m_received += size;
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_received = 0;
};

// The bytes of a big log: line after line, never the same twice in a row.
QByteArray logBytes(qint64 size)
{
    QByteArray bytes;
    bytes.reserve(size);
    for (int line = 0; bytes.size() < size; ++line)
        bytes += "[INFO] line " + QByteArray::number(line) + " of a long log\n";
    bytes.truncate(size);
    return bytes;
}

// An octet-stream answer of `body`, written in pieces of `pieceBytes`, `pauseMs` apart, as a
// slow link would; with `stallAfter` >= 0 it stops after that many bytes and keeps the
// connection open.
HostileServer::Responder slowDownload(QByteArray body, int pieceBytes, int pauseMs, qint64 stallAfter = -1)
{
    return [body, pieceBytes, pauseMs, stallAfter](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n");
        const qint64 end = stallAfter >= 0 ? stallAfter : body.size();
        for (qint64 at = 0; at < end && socket->state() == QAbstractSocket::ConnectedState; at += pieceBytes) {
            socket->write(body.mid(at, qMin<qint64>(pieceBytes, end - at)));
            socket->waitForBytesWritten(1000);
            if (pauseMs > 0)
                QThread::msleep(pauseMs);
        }
        if (stallAfter < 0)
            socket->disconnectFromHost();
    };
}

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
    void throttledWindowIsAskedAgain();
    void alwaysThrottledRecordsGiveUpAndSaySo();
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
    void realTimeLogAsksForLinesFromTheOffset();
    void downloadStreamsPastTheCapIntoTheSink();
    void downloadErrorsAreReadNotSaved();
    void downloadTimesOutOnSilenceNotOnLength();
    void downloadWithoutRecordIdOrSinkSendsNothing();

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

// The busy gateway throttles every third request: one of three windows at least. The fetch
// asks for that window again and gets every record, as the Builds tab and the Trend need.
void TestBuildClient::throttledWindowIsAskedAgain()
{
    auto builds = client(m_sandbox.baseUrl());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(builds.get(), QLatin1String(DemoWatchJobs::busyGateway), to.addDays(-90), to);
    QSignalSpy traced(&fetch, &BuildRecordsFetch::trace);
    fetch.start();
    wait(&fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(fetch.windowCount(), 3);
    QVERIFY(fetch.requestsSent() > fetch.windowCount());
    QVERIFY(!fetch.records().isEmpty());
    const auto saidThrottled = [&traced] {
        return std::any_of(traced.cbegin(), traced.cend(), [](const QList<QVariant> &line) {
            return line.at(0).toString().startsWith(u"Throttled"_qs);
        });
    };
    QVERIFY(saidThrottled());
}

void TestBuildClient::alwaysThrottledRecordsGiveUpAndSaySo()
{
    HostileServer throttling([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n");
    });
    auto builds = client(throttling.url());
    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(builds.get(), kFirst, to.addDays(-7), to);   // one window
    fetch.start();
    wait(&fetch);
    QCOMPARE(fetch.error().kind, Kind::RateLimited);
    QCOMPARE(throttling.requests(), 1 + BuildRecordsFetch::kMaxThrottleRetries);
    QVERIFY2(fetch.error().hint.contains(u"asked for again 3 times"_qs), qPrintable(fetch.error().hint));
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

void TestBuildClient::realTimeLogAsksForLinesFromTheOffset()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *call = builds->realTimeLog(kFirst, 3, 10, 15);
    QSignalSpy traces(call, &BuildCall::trace);
    wait(call);
    QVERIFY2(call->succeeded(), qPrintable(call->error().oneLine()));
    const LogPage page = LogPage::fromResult(call->json().value(u"result").toObject());
    QCOMPARE(page.startOffset, 10);
    QCOMPARE(page.endOffset, 15);
    QCOMPARE(page.log.count(u'\n'), 5);
    QVERIFY(page.hasMore);
    bool sent = false;
    for (const QList<QVariant> &trace : traces)
        sent = sent || trace.first().toString().contains(u"/real-time-log?start_offset=10&end_offset=15&sort=AES&size=1000"_qs);
    QVERIFY(sent);
}

void TestBuildClient::downloadStreamsPastTheCapIntoTheSink()
{
    const QByteArray body = logBytes(6 * 1024 * 1024);
    HostileServer server(slowDownload(body, 64 * 1024, 0));
    auto builds = client(server.url());
    ClientOptions options = builds->options();
    options.maxBodyBytes = 1024 * 1024;   // the body cap does not apply to what goes to a sink
    builds->setOptions(options);
    HashingSink sink;
    BuildCall *call = builds->downloadLog(kRecordId, &sink);
    QSignalSpy progress(call, &BuildCall::sinkProgress);
    QSignalSpy traces(call, &BuildCall::trace);
    wait(call);
    QVERIFY2(call->succeeded(), qPrintable(call->error().oneLine()));
    QCOMPARE(sink.received(), body.size());
    QCOMPARE(call->bytesToSink(), body.size());
    QCOMPARE(sink.hash(), QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    QVERIFY(call->json().isEmpty());
    QVERIFY(progress.size() > 1);
    QCOMPARE(progress.last().at(0).toLongLong(), body.size());
    QCOMPARE(progress.last().at(1).toLongLong(), body.size());
    QString request;
    for (const QList<QVariant> &trace : traces)
        request += trace.first().toString() + u'\n';
    QVERIFY2(request.contains(u"> GET "_qs + server.url().toString() + u"/v1/log/"_qs + kRecordId + u"/download-log?log_level=INFO"_qs),
             qPrintable(request));
    QVERIFY(request.contains(u"> Accept: application/octet-stream"_qs));
}

void TestBuildClient::downloadErrorsAreReadNotSaved()
{
    const QByteArray forbidden = R"({"error_code":"CB.00060102","error_msg":"No permission to view this build task"})";
    HostileServer refusing(HostileServer::canned("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
                                                 + QByteArray::number(forbidden.size()) + "\r\n\r\n" + forbidden));
    auto builds = client(refusing.url());
    HashingSink sink;
    BuildCall *call = builds->downloadLog(kRecordId, &sink);
    wait(call);
    QCOMPARE(call->error().kind, Kind::Forbidden);
    QVERIFY(call->error().message.contains(u"is_view"_qs));
    QCOMPARE(sink.received(), 0);

    // A gateway's "success" that is a failure in JSON is read as one, not saved as the log.
    const QByteArray busy = R"({"status":"fail","error":"busy","result":null})";
    HostileServer failing(HostileServer::canned("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                                + QByteArray::number(busy.size()) + "\r\n\r\n" + busy));
    auto builds2 = client(failing.url());
    BuildCall *fail = builds2->downloadLog(kRecordId, &sink);
    wait(fail);
    QCOMPARE(fail->error().kind, Kind::ServiceFailure);
    QCOMPARE(fail->error().errorMessage, u"busy"_qs);
    QCOMPARE(sink.received(), 0);

    // Nor is a JSON success, or a gateway's web page: neither is the file asked for.
    const QByteArray fine = R"({"status":"success","result":{}})";
    HostileServer json(HostileServer::canned("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                             + QByteArray::number(fine.size()) + "\r\n\r\n" + fine));
    auto builds4 = client(json.url());
    BuildCall *notAFile = builds4->downloadLog(kRecordId, &sink);
    wait(notAFile);
    QCOMPARE(notAFile->error().kind, Kind::InvalidResponse);
    const QByteArray page = "<html><body>502 Bad Gateway</body></html>";
    HostileServer html(HostileServer::canned("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                                             + QByteArray::number(page.size()) + "\r\n\r\n" + page));
    auto builds5 = client(html.url());
    BuildCall *webPage = builds5->downloadLog(kRecordId, &sink);
    wait(webPage);
    QCOMPARE(webPage->error().kind, Kind::InvalidResponse);
    QCOMPARE(sink.received(), 0);

    // Throttling keeps its Retry-After.
    HostileServer throttling(HostileServer::canned("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n"));
    auto builds3 = client(throttling.url());
    BuildCall *throttled = builds3->downloadLog(kRecordId, &sink);
    wait(throttled);
    QCOMPARE(throttled->error().kind, Kind::RateLimited);
    QCOMPARE(throttled->error().retryAfterSeconds, 7);
    QCOMPARE(sink.received(), 0);
}

void TestBuildClient::downloadTimesOutOnSilenceNotOnLength()
{
    // 1.2 s in all with a 400 ms timeout: never 400 ms without data, so it arrives whole.
    const QByteArray body = logBytes(24 * 1024);
    HostileServer slow(slowDownload(body, 2 * 1024, 100));
    auto builds = client(slow.url(), 400);
    HashingSink sink;
    BuildCall *call = builds->downloadLog(kRecordId, &sink);
    wait(call);
    QVERIFY2(call->succeeded(), qPrintable(call->error().oneLine()));
    QCOMPARE(sink.received(), body.size());

    // Half, then silence: that is a timeout.
    HostileServer stalling(slowDownload(body, 4 * 1024, 0, body.size() / 2));
    auto builds2 = client(stalling.url(), 400);
    HashingSink half;
    BuildCall *stalled = builds2->downloadLog(kRecordId, &half);
    wait(stalled);
    QCOMPARE(stalled->error().kind, Kind::Timeout);
    QVERIFY(stalled->error().message.contains(u"no data"_qs));
    QCOMPARE(half.received(), body.size() / 2);
}

void TestBuildClient::downloadWithoutRecordIdOrSinkSendsNothing()
{
    auto builds = client(m_sandbox.baseUrl());
    const int before = m_sandbox.requestCount();
    HashingSink sink;
    BuildCall *badId = builds->downloadLog(u"12"_qs, &sink);
    wait(badId);
    QVERIFY(badId->error().isError());
    BuildCall *noSink = builds->downloadLog(kRecordId, nullptr);
    wait(noSink);
    QVERIFY(noSink->error().isError());
    QCOMPARE(m_sandbox.requestCount(), before);
}

QTEST_GUILESS_MAIN(TestBuildClient)
#include "tst_buildclient.moc"
