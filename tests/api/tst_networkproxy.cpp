#include "sandbox/demosandbox.h"
#include "api/jobclient.h"
#include "api/networkproxy.h"
#include "recordingserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
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

private:
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
    QNetworkAccessManager nam;
    JobClient client(&nam);
    ClientOptions options;
    options.baseUrl = QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs);
    options.timeout = std::chrono::seconds(10);
    client.setOptions(options);
    JobFetch *fetch = client.fetchJob(DemoSandbox::firstJobId(), std::make_shared<TokenAuthorizer>("t"));
    QSignalSpy finished(fetch, &JobFetch::finished);
    QVERIFY(finished.wait(15'000));
    QVERIFY(!fetch->succeeded());
    QCOMPARE(fetch->error().exitCode(), 6);
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

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "tst_networkproxy.moc"
