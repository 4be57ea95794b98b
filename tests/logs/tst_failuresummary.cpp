#include "api/buildclient.h"
#include "api/builddetailsfetch.h"
#include "api/requestgate.h"
#include "credentials/credentialprovider.h"
#include "hostileserver.h"
#include "logs/failuresummary.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kFirst = DemoSandbox::firstJobId();
const QString kRecordId = u"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"_qs;

class CountingGate final : public RequestGate
{
public:
    void whenAllowed(QObject *context, std::function<void()> send) override
    {
        ++asked;
        QTimer::singleShot(0, context, send);
    }
    void throttled(qint64 delayMs) override { throttledFor.append(delayMs); }

    int asked = 0;
    QList<qint64> throttledFor;
};

QByteArray answer(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

const QByteArray kFailedRecord = R"({"result":{"id":"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b","status":"FAILED","build_no":5},"status":"success"})";
const QByteArray kStages = R"({"result":{"build_stages":{
    "stage1":{"status":"SUCCESS","display_name":"Checkout code","sequence":1,"duration":1000},
    "stage2":{"status":"FAILED","display_name":"Compile","sequence":2,"duration":2000},
    "stage3":{"status":"INIT","display_name":"Package","sequence":3}}},"status":"success"})";

// A build that failed at "Compile", whose log download answers `download` (a whole answer).
HostileServer::Responder failedBuild(std::function<QByteArray(int attempt)> download)
{
    auto attempts = std::make_shared<std::atomic<int>>(0);
    return [download, attempts](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(answer(200, "application/json", kFailedRecord));
        else if (request.contains("/full-stages"))
            socket->write(answer(200, "application/json", kStages));
        else
            socket->write(download((*attempts)++));
    };
}

QByteArray logFile(const QByteArray &bytes)
{
    return answer(200, "application/octet-stream", bytes);
}

const QByteArray kMavenLog = "[INFO] Compiling 12 source files\n"
                             "[\x1b[1;31mERROR\x1b[m] /src/main/java/Ledger.java:[88,17] cannot find symbol\r\n"
                             "[INFO] BUILD FAILURE\n";

} // namespace

// FailureSummary against the sandbox's builds and against servers that refuse and throttle.
class TestFailureSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failedBuildNamesItsStepAndTheLineThatExplains();
    void succeededBuildReadsNoLog();
    void knownDetailsAreNotAskedAgain();
    void oldCallsWhereRecordInfoIsNotPublished();
    void throttledLogWithoutWaitingKeepsTheStep();
    void throttledLogWithWaitingIsAskedAgain();
    void forbiddenLogNamesThePermission();
    void errorLineIsOneShortPlainLine();
    void invalidUtf8BecomesReplacementCharacters();
    void everyRequestGoesThroughTheGate();
    void abortEndsItAtOnce();

private:
    std::unique_ptr<BuildClient> client(const QUrl &base);
    static void wait(FailureSummary &summary);
    int newestBuild(const QString &jobId);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
};

void TestFailureSummary::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

std::unique_ptr<BuildClient> TestFailureSummary::client(const QUrl &base)
{
    auto result = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = base;
    options.timeout = std::chrono::milliseconds(20'000);
    result->setOptions(options);
    return result;
}

void TestFailureSummary::wait(FailureSummary &summary)
{
    if (!summary.isFinished())
        QVERIFY(QSignalSpy(&summary, &FailureSummary::finished).wait(30'000));
}

int TestFailureSummary::newestBuild(const QString &jobId)
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *status = builds->runningStatus(jobId);
    QSignalSpy(status, &BuildCall::finished).wait(10'000);
    return BuildParse::runningStatus(status->json()).lastBuildNumber.value_or(0);
}

void TestFailureSummary::failedBuildNamesItsStepAndTheLineThatExplains()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);   // a Gradle build failing at its tests
    auto builds = client(m_sandbox.baseUrl());
    FailureSummary summary(builds.get(), job, newestBuild(job));
    const int before = m_sandbox.requestCount();
    summary.start();
    wait(summary);
    QVERIFY2(!summary.error().isError(), qPrintable(summary.error().oneLine()));
    QCOMPARE(m_sandbox.requestCount() - before, 3);   // record-info, full-stages, the download
    QVERIFY(summary.buildFailed());
    QCOMPARE(summary.failedStep(), u"Run unit tests"_qs);
    QVERIFY(summary.logRead());
    QVERIFY2(summary.errorLine() && summary.errorLine()->contains(u"rejectsEmptyPassword"_qs),
             qPrintable(summary.errorLine().value_or(u"(none)"_qs)));
    QVERIFY(summary.report().recognised);
    QVERIFY(summary.report().lines.size() <= FailureExtractor::kMaxLines);
    for (const ExcerptLine &line : summary.report().lines)
        QVERIFY2(!line.text.contains(u'\x1b'), qPrintable(line.text));
}

void TestFailureSummary::succeededBuildReadsNoLog()
{
    auto builds = client(m_sandbox.baseUrl());
    FailureSummary summary(builds.get(), kFirst, newestBuild(kFirst));
    const int before = m_sandbox.requestCount();
    summary.start();
    wait(summary);
    QVERIFY(!summary.error().isError());
    QCOMPARE(m_sandbox.requestCount() - before, 1);   // record-info only
    QVERIFY(!summary.buildFailed());
    QCOMPARE(summary.details().result, u"success"_qs);
    QVERIFY(!summary.failedStep());
    QVERIFY(!summary.errorLine());
    QVERIFY(!summary.logRead());
}

void TestFailureSummary::knownDetailsAreNotAskedAgain()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);
    const int number = newestBuild(job);
    auto builds = client(m_sandbox.baseUrl());
    BuildDetailsFetch details(builds.get(), job, number, false);
    details.start();
    QVERIFY(QSignalSpy(&details, &BuildDetailsFetch::finished).wait(10'000));
    FailureSummary summary(builds.get(), job, number);
    summary.setDetails(details.details(), details.record());
    const int before = m_sandbox.requestCount();
    summary.start();
    wait(summary);
    QVERIFY(!summary.error().isError());
    QCOMPARE(m_sandbox.requestCount() - before, 1);   // the download
    QCOMPARE(summary.failedStep(), u"Run unit tests"_qs);
    QVERIFY(summary.errorLine());
}

void TestFailureSummary::oldCallsWhereRecordInfoIsNotPublished()
{
    // The legacy job's record calls are not published: the old history names a failed build,
    // the old details its steps, and the real-time pages its log.
    const QString job = QLatin1String(DemoBuilds::legacyJob);
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *history = builds->history(job, 0, 100, 30);
    QVERIFY(QSignalSpy(history, &BuildCall::finished).wait(10'000));
    int failed = 0;
    for (const BuildRecord &record : BuildParse::historyPage(history->json()).records) {
        if (record.result == u"failure")
            failed = record.number;
    }
    QVERIFY(failed > 0);
    FailureSummary summary(builds.get(), job, failed);
    summary.start();
    wait(summary);
    QVERIFY2(!summary.error().isError(), qPrintable(summary.error().oneLine()));
    QVERIFY(summary.buildFailed());
    QVERIFY(summary.failedStep());
    QVERIFY(summary.logRead());
    QVERIFY(summary.errorLine());
}

void TestFailureSummary::throttledLogWithoutWaitingKeepsTheStep()
{
    HostileServer server(failedBuild([](int) {
        return answer(500, "application/json", R"({"error_code":"CB.00060211","error_msg":"Too many requests"})");
    }));
    auto builds = client(server.url());
    FailureSummary summary(builds.get(), kFirst, 5);
    summary.setWaitWhenThrottled(false);
    summary.start();
    wait(summary);
    QCOMPARE(summary.error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(summary.failedStep(), u"Compile"_qs);
    QVERIFY(!summary.errorLine());
    QVERIFY(!summary.logRead());
    QCOMPARE(server.requests(), 3);
}

void TestFailureSummary::throttledLogWithWaitingIsAskedAgain()
{
    HostileServer server(failedBuild([](int attempt) {
        return attempt == 0 ? answer(429, "application/json", R"({"error_code":"APIG.0308","error_msg":"throttled"})",
                                     "Retry-After: 1\r\n")
                            : logFile(kMavenLog);
    }));
    auto builds = client(server.url());
    FailureSummary summary(builds.get(), kFirst, 5);
    QSignalSpy throttled(&summary, &FailureSummary::throttled);
    QElapsedTimer clock;
    clock.start();
    summary.start();
    wait(summary);
    QVERIFY2(!summary.error().isError(), qPrintable(summary.error().oneLine()));
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toLongLong(), 1000);
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(summary.errorLine(), u"[ERROR] /src/main/java/Ledger.java:[88,17] cannot find symbol"_qs);
    QCOMPARE(server.requests(), 4);
}

void TestFailureSummary::forbiddenLogNamesThePermission()
{
    HostileServer server(failedBuild([](int) {
        return answer(403, "application/json", R"({"error_code":"CB.00060102","error_msg":"No permission"})");
    }));
    auto builds = client(server.url());
    FailureSummary summary(builds.get(), kFirst, 5);
    summary.start();
    wait(summary);
    QCOMPARE(summary.error().kind, ApiError::Kind::Forbidden);
    QVERIFY(summary.error().message.contains(u"is_view"_qs));
    QCOMPARE(summary.failedStep(), u"Compile"_qs);
    QVERIFY(!summary.errorLine());
}

void TestFailureSummary::errorLineIsOneShortPlainLine()
{
    const QByteArray longError = "src/x.c:1:1: error: \x1b]52;c;eA==\x07" + QByteArray(3000, 'y') + "\tz\n";
    HostileServer server(failedBuild([longError](int) { return logFile("make\n" + longError + "make: *** Error 1\n"); }));
    auto builds = client(server.url());
    FailureSummary summary(builds.get(), kFirst, 5);
    summary.start();
    wait(summary);
    QVERIFY(!summary.error().isError());
    const std::optional<QString> line = summary.errorLine();
    QVERIFY(line);
    QCOMPARE(line->size(), FailureSummary::kMaxErrorLineChars);
    QVERIFY(line->startsWith(u"src/x.c:1:1: error: yyy"_qs));
    QVERIFY(line->endsWith(u'…'));
    QVERIFY(!line->contains(u'\t') && !line->contains(u'\x1b') && !line->contains(u'\x07'));
}

void TestFailureSummary::invalidUtf8BecomesReplacementCharacters()
{
    HostileServer server(failedBuild([](int) { return logFile("ERROR: \xbe\xaf\xb8\xe6 build broke\n"); }));
    auto builds = client(server.url());
    FailureSummary summary(builds.get(), kFirst, 5);
    summary.start();
    wait(summary);
    QCOMPARE(summary.errorLine(), u"ERROR: \uFFFD\uFFFD\uFFFD\uFFFD build broke"_qs);
}

void TestFailureSummary::everyRequestGoesThroughTheGate()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);
    auto builds = client(m_sandbox.baseUrl());
    CountingGate gate;
    FailureSummary summary(builds.get(), job, newestBuild(job));
    summary.setRequestGate(&gate);
    const int before = m_sandbox.requestCount();
    summary.start();
    wait(summary);
    QVERIFY(!summary.error().isError());
    QCOMPARE(gate.asked, m_sandbox.requestCount() - before);
    QCOMPARE(gate.asked, 3);
}

void TestFailureSummary::abortEndsItAtOnce()
{
    auto builds = client(m_sandbox.baseUrl());
    FailureSummary summary(builds.get(), QLatin1String(DemoBuilds::failingJob), 3);
    QSignalSpy finished(&summary, &FailureSummary::finished);
    summary.start();
    QTest::qWait(1);
    summary.abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(summary.error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestFailureSummary)
#include "tst_failuresummary.moc"
