#include "sandbox/demosandbox.h"
#include "api/jobclient.h"
#include "recordingserver.h"
#include "testcertificate.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

class TestJobClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesAJob();
    void errorClasses_data();
    void errorClasses();
    void wrongAndExpiredTokens();
    void invalidJobIdSendsNothing();
    void insecureEndpointSendsNothing();
    void missingCredentials();
    void hangingServerTimesOut();
    void oversizedBodyIsAbortedAndBounded();
    void foreignRedirectKeepsTheToken();
    void sameOriginRedirectToAnotherJobIsAnError();
    void connectionRefused();
    void unknownHost();
    void cancel();
    void sendsUserAgentAndAccept();
    void traceRedactsTheToken();
    void tlsTrustedThroughCaFile();
    void tlsRefusedWithoutCaFile();
    void basePathIsKept();

private:
    JobFetch *fetchAndWait(JobClient &client, const QString &jobId,
                           const QByteArray &token = DemoSandbox::demoToken());
    ClientOptions sandboxOptions() const;

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    TestCertificate m_tls;
};

void TestJobClient::initTestCase()
{
    QVERIFY(m_sandbox.start());

    QVERIFY(m_tls.generate());
}

ClientOptions TestJobClient::sandboxOptions() const
{
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    options.timeout = std::chrono::seconds(20);
    return options;
}

JobFetch *TestJobClient::fetchAndWait(JobClient &client, const QString &jobId, const QByteArray &token)
{
    JobFetch *fetch = client.fetchJob(jobId, std::make_shared<TokenAuthorizer>(token));
    QSignalSpy finished(fetch, &JobFetch::finished);
    if (!finished.wait(30'000))
        qWarning("fetch did not finish");
    return fetch;
}

void TestJobClient::fetchesAJob()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().oneLine()));
    QCOMPARE(fetch->httpStatus(), 200);
    QCOMPARE(fetch->job()->id, DemoSandbox::firstJobId());
    QCOMPARE(fetch->job()->jobName, u"payment-service-ci"_qs);
    QCOMPARE(fetch->job()->healthScore, std::optional<int>(92));
    QVERIFY(fetch->elapsedMs() >= 0);
}

void TestJobClient::errorClasses_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("serviceText"); // expected inside the one-line message

    using T = DemoSandbox::TroubleJobs;
    QTest::newRow("403") << u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs << Kind::Forbidden << 403 << u"CB.00060102"_qs;
    QTest::newRow("404 demo") << u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs << Kind::NotFound << 404 << u"CB.00060404"_qs;
    QTest::newRow("404 unknown") << u"00000000000000000000000000000000"_qs << Kind::NotFound << 404 << u"does not exist"_qs;
    QTest::newRow("status fail") << u"7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"_qs << Kind::ServiceFailure << 200 << u"migrated"_qs;
    QTest::newRow("500") << QString::fromLatin1(T::serverError) << Kind::HttpError << 500 << u"CB.00060101"_qs;
    QTest::newRow("429") << QString::fromLatin1(T::rateLimited) << Kind::RateLimited << 429 << u"7 second"_qs;
    QTest::newRow("html 502") << QString::fromLatin1(T::htmlErrorPage) << Kind::HttpError << 502 << u"HTTP 502"_qs;
    QTest::newRow("truncated json") << QString::fromLatin1(T::truncatedJson) << Kind::InvalidResponse << 200 << u"not valid JSON"_qs;
    QTest::newRow("plain text") << QString::fromLatin1(T::plainText) << Kind::InvalidResponse << 200 << u"HTTP 200"_qs;
}

void TestJobClient::errorClasses()
{
    QFETCH(QString, jobId);
    QFETCH(Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, serviceText);

    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = fetchAndWait(client, jobId);
    QVERIFY(!fetch->succeeded());
    QCOMPARE(fetch->error().kind, kind);
    QCOMPARE(fetch->error().httpStatus, httpStatus);
    QVERIFY2(fetch->error().oneLine().contains(serviceText), qPrintable(fetch->error().oneLine()));
    QVERIFY(!fetch->error().hint.isEmpty());
}

void TestJobClient::wrongAndExpiredTokens()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *wrong = fetchAndWait(client, DemoSandbox::firstJobId(), "not-the-token");
    QCOMPARE(wrong->error().kind, Kind::Unauthorized);
    QCOMPARE(wrong->error().errorCode, u"APIG.0301"_qs);
    QCOMPARE(wrong->error().exitCode(), 3);

    JobFetch *expired = fetchAndWait(client, DemoSandbox::firstJobId(), DemoSandbox::expiredToken());
    QCOMPARE(expired->error().kind, Kind::Unauthorized);
    QVERIFY(expired->error().errorMessage.contains(u"token expires"_qs));
    QVERIFY(expired->error().message.contains(u"expired"_qs));
}

void TestJobClient::invalidJobIdSendsNothing()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    const int before = m_sandbox.requestCount();
    JobFetch *fetch = fetchAndWait(client, u"../../etc/passwd"_qs);
    QCOMPARE(fetch->error().kind, Kind::InvalidJobId);
    QCOMPARE(fetch->error().exitCode(), 2);
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestJobClient::insecureEndpointSendsNothing()
{
    RecordingServer recorder("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    JobClient client(&m_nam);
    ClientOptions options;
    // Plain HTTP to a non-loopback name is refused before any connection is made.
    options.baseUrl = QUrl(u"http://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs);
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(fetch->error().kind, Kind::InvalidEndpoint);
    QVERIFY(fetch->error().message.contains(u"HTTP"_qs));
}

void TestJobClient::missingCredentials()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = client.fetchJob(DemoSandbox::firstJobId(), nullptr);
    QSignalSpy finished(fetch, &JobFetch::finished);
    QVERIFY(finished.wait());
    QCOMPARE(fetch->error().kind, Kind::MissingCredentials);
    QCOMPARE(fetch->error().exitCode(), 3);
}

void TestJobClient::hangingServerTimesOut()
{
    RecordingServer hanging; // accepts, reads, never answers
    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = hanging.url();
    options.timeout = std::chrono::milliseconds(400);
    client.setOptions(options);
    QElapsedTimer clock;
    clock.start();
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(fetch->error().kind, Kind::Timeout);
    QCOMPARE(fetch->error().exitCode(), 6);
    QVERIFY(clock.elapsed() >= 400);
    QCOMPARE(hanging.connections(), 1);
}

void TestJobClient::oversizedBodyIsAbortedAndBounded()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = fetchAndWait(client, QString::fromLatin1(DemoSandbox::TroubleJobs::oversized));
    QCOMPARE(fetch->error().kind, Kind::BodyTooLarge);
    QCOMPARE(fetch->error().exitCode(), 5);
    QVERIFY(fetch->bytesReceived() <= client.options().maxBodyBytes + 1);
    // Sizes in the locale's units ("5.0 MiB"), not a count of bytes.
    const QString limit = QLocale().formattedDataSize(client.options().maxBodyBytes, 1);
    QVERIFY2(fetch->error().message.contains(limit), qPrintable(fetch->error().message));
    QVERIFY(!fetch->error().message.contains(u"bytes"));

    // Streamed without Content-Length: the cap applies while reading.
    const QByteArray big(5 * 1024 * 1024, 'x');
    RecordingServer streaming("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + big);
    ClientOptions options;
    options.baseUrl = streaming.url();
    client.setOptions(options);
    JobFetch *streamed = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(streamed->error().kind, Kind::BodyTooLarge);
    QVERIFY2(streamed->error().message.contains(limit), qPrintable(streamed->error().message));
}

void TestJobClient::foreignRedirectKeepsTheToken()
{
    RecordingServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    DemoSandbox sandbox;
    sandbox.setForeignRedirectTarget(elsewhere.url(u"/steal"_qs));
    QVERIFY(sandbox.start());

    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = sandbox.baseUrl();
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, QString::fromLatin1(DemoSandbox::TroubleJobs::foreignRedirect));
    QCOMPARE(fetch->error().kind, Kind::RedirectRefused);
    QCOMPARE(fetch->error().exitCode(), 6);
    QVERIFY2(fetch->error().message.contains(elsewhere.url().toString()),
             qPrintable(fetch->error().message));
    QTest::qWait(200);
    QCOMPARE(elsewhere.connections(), 0);
    QVERIFY(!elsewhere.received().contains(DemoSandbox::demoToken()));
}

// The redirect on the same host is followed, but it answers with another job than the one
// asked for: an error, never that job shown under the ID asked for.
void TestJobClient::sameOriginRedirectToAnotherJobIsAnError()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = fetchAndWait(client, QString::fromLatin1(DemoSandbox::TroubleJobs::sameOriginRedirect));
    QVERIFY(!fetch->succeeded());
    QVERIFY(!fetch->job());
    QCOMPARE(fetch->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(fetch->error().httpStatus, 200);   // the redirect was followed to its answer
    QVERIFY(fetch->error().message.contains(DemoSandbox::firstJobId()));
}

void TestJobClient::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(fetch->error().kind, Kind::NetworkUnreachable);
    QCOMPARE(fetch->error().exitCode(), 6);
    // The message names host and port: where exactly the app tried to go.
    QVERIFY2(fetch->error().message.contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
             qPrintable(fetch->error().message));
}

void TestJobClient::unknownHost()
{
    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = QUrl(u"https://no-such-host.invalid"_qs);
    options.timeout = std::chrono::seconds(20);
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QVERIFY2(fetch->error().kind == Kind::HostNotFound || fetch->error().kind == Kind::Timeout,
             qPrintable(fetch->error().oneLine()));
    QCOMPARE(fetch->error().exitCode(), 6);
}

void TestJobClient::cancel()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = client.fetchJob(u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs,
                                      std::make_shared<TokenAuthorizer>(DemoSandbox::demoToken()));
    QSignalSpy finished(fetch, &JobFetch::finished);
    QTest::qWait(100);
    fetch->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(fetch->error().kind, Kind::Cancelled);
    QVERIFY(!fetch->succeeded());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestJobClient::sendsUserAgentAndAccept()
{
    RecordingServer recorder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n"
                             R"({"result":{"id":"a"}})");
    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = recorder.url(u"/prefix/"_qs);
    client.setOptions(options);
    fetchAndWait(client, DemoSandbox::firstJobId(), "secret-token-value");
    const QByteArray request = recorder.received();
    QVERIFY2(request.startsWith("GET /prefix/v1/job/f5af662119404ad187437cd272b5099b/info HTTP/1.1"), request.constData());
    QVERIFY(request.contains("User-Agent: codearts-inspector/"));
    QVERIFY(request.contains("Accept: application/json"));
    QVERIFY(request.contains("X-Auth-Token: secret-token-value"));
}

void TestJobClient::traceRedactsTheToken()
{
    JobClient client(&m_nam);
    client.setOptions(sandboxOptions());
    JobFetch *fetch = client.fetchJob(DemoSandbox::firstJobId(),
                                      std::make_shared<TokenAuthorizer>(DemoSandbox::demoToken()));
    QStringList lines;
    connect(fetch, &JobFetch::trace, this, [&lines](const QString &line) { lines << line; });
    QSignalSpy finished(fetch, &JobFetch::finished);
    QVERIFY(finished.wait());
    const QString all = lines.join(u'\n');
    QVERIFY(all.contains(u"> GET http://127.0.0.1"_qs));
    QVERIFY(all.contains(u"< HTTP 200"_qs));
    QVERIFY(all.contains(u"X-Auth-Token: <redacted"_qs));
    QVERIFY(!all.contains(QString::fromLatin1(DemoSandbox::demoToken())));
}

void TestJobClient::tlsTrustedThroughCaFile()
{
    DemoSandbox tlsSandbox;
    tlsSandbox.useTls(m_tls.certificate, m_tls.key);
    QVERIFY(tlsSandbox.start());
    QCOMPARE(tlsSandbox.baseUrl().scheme(), u"https"_qs);

    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = tlsSandbox.baseUrl();
    options.extraCaCertificates = QSslCertificate::fromPath(m_tls.certificatePath());
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().oneLine()));
    QCOMPARE(fetch->job()->id, DemoSandbox::firstJobId());
}

void TestJobClient::tlsRefusedWithoutCaFile()
{
    DemoSandbox tlsSandbox;
    tlsSandbox.useTls(m_tls.certificate, m_tls.key);
    QVERIFY(tlsSandbox.start());

    QNetworkAccessManager freshNam; // no TLS session cached from the trusted run
    JobClient client(&freshNam);
    ClientOptions options;
    options.baseUrl = tlsSandbox.baseUrl();
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(fetch->error().kind, Kind::TlsFailure);
    QCOMPARE(fetch->error().exitCode(), 6);
    QVERIFY2(fetch->error().hint.contains(u"--ca-file"_qs), qPrintable(fetch->error().hint));
    QCOMPARE(tlsSandbox.requestCount(), 0); // nothing, token included, went over the untrusted link
}

void TestJobClient::basePathIsKept()
{
    RecordingServer recorder("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    JobClient client(&m_nam);
    ClientOptions options;
    options.baseUrl = recorder.url(u"/gateway//"_qs);
    client.setOptions(options);
    JobFetch *fetch = fetchAndWait(client, DemoSandbox::firstJobId());
    QCOMPARE(fetch->error().kind, Kind::NotFound);
    QVERIFY2(recorder.received().startsWith("GET /gateway/v1/job/"), recorder.received().constData());
}

QTEST_GUILESS_MAIN(TestJobClient)
#include "tst_jobclient.moc"
