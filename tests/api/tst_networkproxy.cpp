#include "sandbox/demosandbox.h"
#include "api/jobclient.h"
#include "api/networkproxy.h"
#include "platform/appsettings.h"
#include "recordingserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

// The proxy settings come from the environment here, as on a desktop without proxy settings of
// its own: https_proxy for HTTPS, no_proxy for exceptions, never a proxy for loopback.
class TestNetworkProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void httpsGoesThroughTheProxy();
    void loopbackIsAlwaysDirect();
    void noProxyIsHonoured();
    void manualProxyFromTheSettings();
    void unusableProxyIsNamed();

private:
    // Fetches a job from the real service's address, which the proxy settings send elsewhere;
    // returns how it failed (it never succeeds here).
    static ApiError fetchFromTheService()
    {
        QNetworkAccessManager nam;
        JobClient client(&nam);
        ClientOptions options;
        options.baseUrl = QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs);
        options.timeout = std::chrono::seconds(10);
        client.setOptions(options);
        JobFetch *fetch = client.fetchJob(DemoSandbox::firstJobId(), std::make_shared<TokenAuthorizer>("t"));
        QSignalSpy finished(fetch, &JobFetch::finished);
        if (!finished.wait(15'000))
            return ApiError(ApiError::Kind::Timeout, u"the fetch did not end"_qs);
        return fetch->succeeded() ? ApiError() : fetch->error();
    }

    RecordingServer m_proxy{"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"};
};

void TestNetworkProxy::initTestCase()
{
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(m_proxy.serverPort());
    qputenv("https_proxy", proxyUrl);
    qputenv("http_proxy", proxyUrl);
    qputenv("no_proxy", "skip.example.com");
    SystemProxyFactory::install();
}

void TestNetworkProxy::httpsGoesThroughTheProxy()
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com/v1/job/x/info"_qs)));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().port(), m_proxy.serverPort());

    // And a real request asks the proxy to tunnel to the endpoint (the proxy refuses here).
    const ApiError error = fetchFromTheService();
    QCOMPARE(error.exitCode(), 6);
    QVERIFY2(m_proxy.received().startsWith("CONNECT cloudbuild-ext.cn-north-4.myhuaweicloud.com:443"),
             m_proxy.received().constData());
    QVERIFY(!m_proxy.received().contains("X-Auth-Token")); // the token only travels inside TLS
}

void TestNetworkProxy::loopbackIsAlwaysDirect()
{
    for (const QString &url : {u"http://127.0.0.1:9/x"_qs, u"http://localhost:9/x"_qs, u"http://[::1]:9/x"_qs}) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(url)));
        QVERIFY(!proxies.isEmpty());
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }
}

void TestNetworkProxy::noProxyIsHonoured()
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(QUrl(u"https://skip.example.com/v1/job/x/info"_qs)));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
}

// A proxy chosen in the settings (the window's Network Settings) serves window and command line
// alike; loopback stays direct, and a URL with a password in it is not used.
void TestNetworkProxy::manualProxyFromTheSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_networkproxy"_qs);
    const auto query = [] {
        return QNetworkProxyFactory::proxyForQuery(
            QNetworkProxyQuery(QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com/v1/job/x/info"_qs)));
    };
    {
        const std::unique_ptr<QSettings> settings = AppSettings::open();
        settings->setValue(QLatin1String(AppSettings::kProxyMode), u"manual"_qs);
        settings->setValue(QLatin1String(AppSettings::kProxyUrl), u"http://proxy.example.com:3128"_qs);
    }
    SystemProxyFactory::install();
    QList<QNetworkProxy> proxies = query();
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), u"proxy.example.com"_qs);
    QCOMPARE(proxies.first().port(), quint16(3128));
    loopbackIsAlwaysDirect();

    AppSettings::open()->setValue(QLatin1String(AppSettings::kProxyUrl), u"http://user:secret@proxy.example.com:3128"_qs);
    SystemProxyFactory::install();
    proxies = query();
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.first().port(), m_proxy.serverPort());   // the environment's, as for "system"

    AppSettings::open()->clear();
    SystemProxyFactory::install();
    QCOMPARE(query().first().port(), m_proxy.serverPort());
}

// A proxy nobody answers at: the error says which proxy, host and port, could not be used.
void TestNetworkProxy::unusableProxyIsNamed()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    const QByteArray before = qgetenv("https_proxy");
    qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(closedPort));
    const ApiError error = fetchFromTheService();
    qputenv("https_proxy", before);
    QCOMPARE(error.kind, ApiError::Kind::NetworkUnreachable);
    QVERIFY2(error.message.contains(u"127.0.0.1:%1"_qs.arg(closedPort)), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "tst_networkproxy.moc"
