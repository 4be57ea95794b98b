#include "api/buildclient.h"
#include "api/requestgate.h"
#include "credentials/credentialprovider.h"
#include "hostileserver.h"
#include "logs/buildlogfetch.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kFirst = DemoSandbox::firstJobId();

// A gate that lets every request go after a short while, counting them.
class CountingGate final : public RequestGate
{
public:
    void whenAllowed(QObject *context, std::function<void()> send) override
    {
        ++asked;
        QTimer::singleShot(5, context, [this, send] {
            ++allowed;
            send();
        });
    }
    void throttled(qint64 delayMs) override { throttledFor.append(delayMs); }

    int asked = 0;
    int allowed = 0;
    QList<qint64> throttledFor;
};

QByteArray jsonAnswer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

const QByteArray kEndedRecord = R"({"result":{"id":"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b","status":"SUCCESS","build_no":5},"status":"success"})";

// The whole log file as DownloadBuildFullLog sends it.
QByteArray fileAnswer(const QByteArray &body, qsizetype announced = -1)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(announced < 0 ? body.size() : announced) + "\r\n\r\n" + body;
}

} // namespace

// BuildLogFetch against the sandbox's logs and against servers that throttle and refuse.
class TestBuildLogFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endedBuildGivesItsWholeLogOnceInOrder();
    void hugeLogComesPageByPage();
    void runningBuildWithoutFollowingStopsAtWhatIsWritten();
    void followingReadsUntilTheBuildEnds();
    void throttlingWaitsForRetryAfterThenGoesOn();
    void unauthorizedIsNotAskedAgain();
    void unknownBuildIsNotFound();
    void stateFromBuildInfoWhereRecordInfoIsNotPublished();
    void everyRequestGoesThroughTheGate();
    void abortEndsItAtOnce();
    void endedBuildWithASinkIsOneDownload();
    void runningBuildIsReadPageByPageDespiteASink();
    void throttledDownloadIsAskedAgain();
    void refusedDownloadFallsBackToThePages();
    void downloadCutShortIsAnError();

private:
    std::unique_ptr<BuildClient> client(const QUrl &base, int timeoutMs = 20'000);
    static void wait(BuildLogFetch &fetch, int timeoutMs = 30'000);
    // The build's whole log, by the download, as text.
    QString downloaded(const QString &jobId, int number);
    // The number of the demo's running job's build in progress, or 0.
    static int runningBuild(BuildClient *builds);
    // The lines a fetch gave, checking that they come once and in order.
    static QStringList collect(BuildLogFetch &fetch, bool *inOrder);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
};

void TestBuildLogFetch::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

std::unique_ptr<BuildClient> TestBuildLogFetch::client(const QUrl &base, int timeoutMs)
{
    auto result = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = base;
    options.timeout = std::chrono::milliseconds(timeoutMs);
    result->setOptions(options);
    return result;
}

void TestBuildLogFetch::wait(BuildLogFetch &fetch, int timeoutMs)
{
    if (!fetch.isFinished())
        QVERIFY(QSignalSpy(&fetch, &BuildLogFetch::finished).wait(timeoutMs));
}

QString TestBuildLogFetch::downloaded(const QString &jobId, int number)
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *record = builds->recordInfo(jobId, number);
    QSignalSpy(record, &BuildCall::finished).wait(10'000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BuildCall *download = builds->downloadLog(record->json()[u"result"][u"id"].toString(), &buffer);
    QSignalSpy(download, &BuildCall::finished).wait(10'000);
    return QString::fromUtf8(buffer.data());
}

int TestBuildLogFetch::runningBuild(BuildClient *builds)
{
    BuildCall *status = builds->runningStatus(QLatin1String(DemoBuilds::runningJob));
    if (!status->isFinished())
        QSignalSpy(status, &BuildCall::finished).wait(10'000);
    const RunningStatus running = BuildParse::runningStatus(status->json());
    return running.isRunning ? running.lastBuildNumber.value_or(0) : 0;
}

QStringList TestBuildLogFetch::collect(BuildLogFetch &fetch, bool *inOrder)
{
    auto lines = std::make_shared<QStringList>();
    auto next = std::make_shared<qint64>(0);
    *inOrder = true;
    QObject::connect(&fetch, &BuildLogFetch::linesArrived, &fetch, [lines, next, inOrder](const QList<LogLine> &given) {
        for (const LogLine &line : given) {
            *inOrder = *inOrder && line.offset == *next;
            ++*next;
            lines->append(line.text);
        }
    });
    wait(fetch);
    return *lines;
}

void TestBuildLogFetch::endedBuildGivesItsWholeLogOnceInOrder()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildLogFetch fetch(builds.get(), QLatin1String(DemoBuilds::failingJob), 3);
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(inOrder);
    QVERIFY(fetch.buildEnded());
    QCOMPARE(fetch.result(), fetch.record().result);
    QVERIFY(fetch.result() != u"running");
    QCOMPARE(fetch.missingLines(), 0);
    QCOMPARE(lines.join(u'\n') + u'\n', downloaded(QLatin1String(DemoBuilds::failingJob), 3));
    QCOMPARE(fetch.linesGiven(), lines.size());
}

void TestBuildLogFetch::hugeLogComesPageByPage()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *status = builds->runningStatus(QLatin1String(DemoBuilds::hugeLogJob));
    QVERIFY(QSignalSpy(status, &BuildCall::finished).wait(10'000));
    const int newest = *BuildParse::runningStatus(status->json()).lastBuildNumber;
    BuildLogFetch fetch(builds.get(), QLatin1String(DemoBuilds::hugeLogJob), newest);
    int batches = 0;
    qint64 next = 0;
    bool inOrder = true;
    QString last;
    connect(&fetch, &BuildLogFetch::linesArrived, this, [&](const QList<LogLine> &lines) {
        ++batches;
        QVERIFY(lines.size() <= 1000);
        for (const LogLine &line : lines)
            inOrder = inOrder && line.offset == next++;
        last = lines.constLast().text;
    });
    const int before = m_sandbox.requestCount();
    fetch.start();
    wait(fetch, 120'000);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(inOrder);
    QCOMPARE(fetch.linesGiven(), 200'000);
    QCOMPARE(batches, 200);
    QCOMPARE(m_sandbox.requestCount() - before, 1 + 200);   // record-info, then one request a page
    QVERIFY(last.contains(u"finished: SUCCESS"_qs));
}

void TestBuildLogFetch::runningBuildWithoutFollowingStopsAtWhatIsWritten()
{
    auto builds = client(m_sandbox.baseUrl());
    const int number = runningBuild(builds.get());
    QVERIFY(number > 0);
    BuildLogFetch fetch(builds.get(), QLatin1String(DemoBuilds::runningJob), number);
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(inOrder);
    QVERIFY(!fetch.buildEnded());
    QCOMPARE(fetch.result(), u"running"_qs);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.first().contains(u"Prepare"_qs));
    // The build's own last line, "build #N of JOB finished: ...", is not written yet.
    QVERIFY(!lines.join(u'\n').contains(QRegularExpression(u"build #\\d+ of .* finished"_qs)));
}

void TestBuildLogFetch::followingReadsUntilTheBuildEnds()
{
    DemoSandbox sandbox;
    sandbox.builds().setRunDurationScale(0.1);   // 2 to 6 s
    QVERIFY(sandbox.start());
    auto builds = client(sandbox.baseUrl());
    RunRequest run;
    run.jobId = QLatin1String(DemoBuilds::failingJob);
    BuildCall *started = builds->execute(run);
    QVERIFY(QSignalSpy(started, &BuildCall::finished).wait(10'000));
    const int number = BuildParse::startedBuild(started->json())->number;

    BuildLogFetch fetch(builds.get(), run.jobId, number);
    fetch.setFollow(true);
    fetch.setIntervals(100, 200, 300);
    int batches = 0;
    connect(&fetch, &BuildLogFetch::linesArrived, this, [&batches] { ++batches; });
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(inOrder);
    QVERIFY(batches > 3);   // the log came as it grew, not at the end
    QVERIFY(fetch.buildEnded());
    QCOMPARE(fetch.result(), u"failure"_qs);
    QVERIFY(lines.last().contains(u"finished: FAILED"_qs));
    auto check = client(sandbox.baseUrl());
    BuildCall *record = check->recordInfo(run.jobId, number);
    QVERIFY(QSignalSpy(record, &BuildCall::finished).wait(10'000));
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    BuildCall *download = check->downloadLog(record->json()[u"result"][u"id"].toString(), &whole);
    QVERIFY(QSignalSpy(download, &BuildCall::finished).wait(10'000));
    QCOMPARE(lines.join(u'\n') + u'\n', QString::fromUtf8(whole.data()));
}

void TestBuildLogFetch::throttlingWaitsForRetryAfterThenGoesOn()
{
    auto pages = std::make_shared<std::atomic<int>>(0);
    const QByteArray page = R"({"result":{"has_more":false,"start_offset":"0","end_offset":"2","log":"one\ntwo\n"},"status":"success"})";
    HostileServer server([pages, page](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if ((*pages)++ == 0)
            socket->write(jsonAnswer(500, R"({"error_code":"CB.00060211","error_msg":"Too many requests"})", "Retry-After: 1\r\n"));
        else
            socket->write(jsonAnswer(200, page));
    });
    auto builds = client(server.url());
    CountingGate gate;
    BuildLogFetch fetch(builds.get(), kFirst, 5);
    fetch.setRequestGate(&gate);
    QSignalSpy throttled(&fetch, &BuildLogFetch::throttled);
    QElapsedTimer clock;
    clock.start();
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(lines, (QStringList{u"one"_qs, u"two"_qs}));
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toLongLong(), 1000);
    QCOMPARE(gate.throttledFor, QList<qint64>{1000});
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(server.requests(), 3);
}

void TestBuildLogFetch::unauthorizedIsNotAskedAgain()
{
    HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else
            socket->write(jsonAnswer(401, R"({"error_code":"APIG.0301","error_msg":"token expires"})"));
    });
    auto builds = client(server.url());
    BuildLogFetch fetch(builds.get(), kFirst, 5);
    fetch.setFollow(true);
    fetch.setIntervals(10, 20, 30);
    fetch.start();
    wait(fetch);
    QCOMPARE(fetch.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(server.requests(), 2);
}

void TestBuildLogFetch::unknownBuildIsNotFound()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildLogFetch fetch(builds.get(), kFirst, 999'999);
    fetch.start();
    wait(fetch);
    QCOMPARE(fetch.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(fetch.error().exitCode(), 4);
    QCOMPARE(fetch.linesGiven(), 0);
}

void TestBuildLogFetch::stateFromBuildInfoWhereRecordInfoIsNotPublished()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildLogFetch fetch(builds.get(), QLatin1String(DemoBuilds::legacyJob), 3);
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(inOrder);
    QVERIFY(fetch.buildEnded());
    QVERIFY(fetch.record().recordId.isEmpty());
    QVERIFY(lines.size() > 50);
}

void TestBuildLogFetch::everyRequestGoesThroughTheGate()
{
    auto builds = client(m_sandbox.baseUrl());
    CountingGate gate;
    BuildLogFetch fetch(builds.get(), kFirst, 3);
    fetch.setRequestGate(&gate);
    const int before = m_sandbox.requestCount();
    fetch.start();
    bool inOrder = false;
    collect(fetch, &inOrder);
    QVERIFY(!fetch.error().isError());
    QCOMPARE(gate.asked, m_sandbox.requestCount() - before);
    QCOMPARE(gate.allowed, gate.asked);
    QVERIFY(gate.asked >= 2);
}

void TestBuildLogFetch::abortEndsItAtOnce()
{
    auto builds = client(m_sandbox.baseUrl());
    BuildLogFetch fetch(builds.get(), kFirst, 3);
    QSignalSpy finished(&fetch, &BuildLogFetch::finished);
    fetch.start();
    fetch.abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(fetch.error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(fetch.linesGiven(), 0);
}

void TestBuildLogFetch::endedBuildWithASinkIsOneDownload()
{
    auto builds = client(m_sandbox.baseUrl());
    const QString job = QLatin1String(DemoBuilds::failingJob);
    BuildLogFetch fetch(builds.get(), job, 3);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    fetch.setDownloadSink(&sink);
    QSignalSpy linesArrived(&fetch, &BuildLogFetch::linesArrived);
    const int before = m_sandbox.requestCount();
    fetch.start();
    wait(fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(m_sandbox.requestCount() - before, 2);   // record-info, then the download
    QVERIFY(fetch.buildEnded());
    QCOMPARE(fetch.result(), fetch.record().result);
    QCOMPARE(linesArrived.size(), 0);
    QCOMPARE(QString::fromUtf8(sink.data()), downloaded(job, 3));

    // The same text as the pages give.
    BuildLogFetch paged(builds.get(), job, 3);
    paged.start();
    bool inOrder = false;
    QCOMPARE(collect(paged, &inOrder).join(u'\n') + u'\n', QString::fromUtf8(sink.data()));
}

void TestBuildLogFetch::runningBuildIsReadPageByPageDespiteASink()
{
    auto builds = client(m_sandbox.baseUrl());
    const int number = runningBuild(builds.get());
    QVERIFY(number > 0);
    BuildLogFetch fetch(builds.get(), QLatin1String(DemoBuilds::runningJob), number);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    fetch.setDownloadSink(&sink);
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QVERIFY(!fetch.buildEnded());
    QVERIFY(!lines.isEmpty());
    QVERIFY(sink.data().isEmpty());
}

void TestBuildLogFetch::throttledDownloadIsAskedAgain()
{
    auto downloads = std::make_shared<std::atomic<int>>(0);
    HostileServer server([downloads](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if (request.contains("/download-log") && (*downloads)++ == 0)
            socket->write(jsonAnswer(429, R"({"error_code":"APIG.0308","error_msg":"too many"})", "Retry-After: 1\r\n"));
        else if (request.contains("/download-log"))
            socket->write(fileAnswer("one\ntwo\n"));
        else
            socket->write(jsonAnswer(500, R"({"error_code":"CB.00000001","error_msg":"no pages here"})"));
    });
    auto builds = client(server.url());
    BuildLogFetch fetch(builds.get(), kFirst, 5);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    fetch.setDownloadSink(&sink);
    QSignalSpy throttled(&fetch, &BuildLogFetch::throttled);
    fetch.start();
    wait(fetch);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(sink.data(), QByteArray("one\ntwo\n"));
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(server.requests(), 3);
}

void TestBuildLogFetch::refusedDownloadFallsBackToThePages()
{
    const QByteArray page = R"({"result":{"has_more":false,"start_offset":"0","end_offset":"1","log":"from the pages\n"},"status":"success"})";
    HostileServer server([page](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if (request.contains("/download-log"))
            socket->write(jsonAnswer(404, R"({"error_code":"APIG.0101","error_msg":"not published"})"));
        else
            socket->write(jsonAnswer(200, page));
    });
    auto builds = client(server.url());
    BuildLogFetch fetch(builds.get(), kFirst, 5);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    fetch.setDownloadSink(&sink);
    QSignalSpy traces(&fetch, &BuildLogFetch::trace);
    fetch.start();
    bool inOrder = false;
    const QStringList lines = collect(fetch, &inOrder);
    QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().oneLine()));
    QCOMPARE(lines, QStringList{u"from the pages"_qs});
    QVERIFY(sink.data().isEmpty());
    QCOMPARE(server.requests(), 3);
    bool saidWhy = false;
    for (const QList<QVariant> &trace : traces)
        saidWhy = saidWhy || trace.first().toString().contains(u"reading its pages instead"_qs);
    QVERIFY(saidWhy);
}

void TestBuildLogFetch::downloadCutShortIsAnError()
{
    // Part of the log has been passed on: reading the pages now would give it twice.
    HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info")) {
            socket->write(jsonAnswer(200, kEndedRecord));
        } else if (request.contains("/download-log")) {
            socket->write(fileAnswer("first line\n", 1000));
            socket->flush();
            socket->disconnectFromHost();
        } else {
            socket->write(jsonAnswer(500, R"({"error_code":"CB.00000001","error_msg":"no pages here"})"));
        }
    });
    auto builds = client(server.url());
    BuildLogFetch fetch(builds.get(), kFirst, 5);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    fetch.setDownloadSink(&sink);
    fetch.start();
    wait(fetch);
    QVERIFY(fetch.error().isError());
    QCOMPARE(sink.data(), QByteArray("first line\n"));
    QCOMPARE(server.requests(), 2);
}

QTEST_GUILESS_MAIN(TestBuildLogFetch)
#include "tst_buildlogfetch.moc"
