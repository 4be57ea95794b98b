#include "api/endpoints.h"

#include <QTest>

class TestEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void allTwelveRegions();
    void regionUrl();
    void unknownRegion();
    void usability_data();
    void usability();
    void loopbackHosts_data();
    void loopbackHosts();
};

void TestEndpoints::allTwelveRegions()
{
    const QStringList expected = {u"cn-north-4"_qs, u"cn-north-1"_qs, u"cn-east-2"_qs,
                                  u"cn-south-1"_qs, u"cn-east-3"_qs, u"cn-south-2"_qs,
                                  u"cn-southwest-2"_qs, u"ap-southeast-3"_qs, u"sa-brazil-1"_qs,
                                  u"la-north-2"_qs, u"la-south-2"_qs, u"tr-west-1"_qs};
    QCOMPARE(Endpoints::regions().size(), expected.size());
    for (const QString &region : expected) {
        QVERIFY2(Endpoints::isKnownRegion(region), qPrintable(region));
        QVERIFY(!Endpoints::regionDisplayName(region).isEmpty());
    }
}

void TestEndpoints::regionUrl()
{
    QCOMPARE(Endpoints::forRegion(u"cn-north-4"_qs),
             QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs));
    QCOMPARE(Endpoints::forRegion(u"tr-west-1"_qs),
             QUrl(u"https://cloudbuild-ext.tr-west-1.myhuaweicloud.com"_qs));
}

void TestEndpoints::unknownRegion()
{
    QVERIFY(!Endpoints::isKnownRegion(u"eu-west-0"_qs));
    QVERIFY(Endpoints::forRegion(u"eu-west-0"_qs).isEmpty());
}

void TestEndpoints::usability_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs << true;
    QTest::newRow("https with path") << u"https://gateway.example.com/codearts/"_qs << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_qs << true;
    QTest::newRow("http loopback 127/8") << u"http://127.1.2.3:8080"_qs << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_qs << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_qs << true;
    QTest::newRow("http remote") << u"http://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs << false;
    QTest::newRow("http private address") << u"http://192.168.1.10"_qs << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.example.com"_qs << false;
    QTest::newRow("ftp") << u"ftp://example.com"_qs << false;
    QTest::newRow("no scheme") << u"cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs << false;
    QTest::newRow("query") << u"https://example.com/?a=1"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user and password") << u"https://alice:pw@cloudbuild.example.com"_qs << false;
    QTest::newRow("user only") << u"https://alice@cloudbuild.example.com"_qs << false;
    QTest::newRow("password only") << u"https://:pw@cloudbuild.example.com"_qs << false;
    QTest::newRow("loopback with user") << u"http://alice:pw@127.0.0.1:8080"_qs << false;
}

void TestEndpoints::usability()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    const QString why = Endpoints::whyUnusable(QUrl(url));
    QCOMPARE(why.isEmpty(), usable);
    QVERIFY2(!why.contains(u"pw"_qs), qPrintable(why)); // never repeats the credentials
}

void TestEndpoints::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs << true;
    QTest::newRow("end of 127/8") << u"127.255.255.254"_qs << true;
    QTest::newRow("short form") << u"127.1"_qs << true;
    QTest::newRow("one number") << u"2130706433"_qs << true;
    QTest::newRow("hexadecimal") << u"0x7f.0.0.1"_qs << true;
    QTest::newRow("leading zeros") << u"127.000.000.001"_qs << true;
    QTest::newRow("localhost") << u"localhost"_qs << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_qs << true;
    QTest::newRow("::1") << u"::1"_qs << true;
    QTest::newRow("::1 written out") << u"0:0:0:0:0:0:0:1"_qs << true;
    QTest::newRow("IPv4-mapped") << u"::ffff:127.0.0.1"_qs << true;
    QTest::newRow("IPv4-mapped in hex") << u"::ffff:7f00:1"_qs << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_qs << false;
    QTest::newRow("not an address") << u"127.0.0.300"_qs << false;
    QTest::newRow("name under 127") << u"127.example.com"_qs << false;
    QTest::newRow("address in a name") << u"127.0.0.1.nip.io"_qs << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_qs << false;
    QTest::newRow("::2") << u"::2"_qs << false;
    QTest::newRow("1::1") << u"1::1"_qs << false;
    QTest::newRow("IPv4-mapped elsewhere") << u"::ffff:10.0.0.1"_qs << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEndpoints::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Endpoints::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
