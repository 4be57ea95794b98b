#include "api/apierror.h"

#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void oneLineCarriesStatusCodeAndHint();
    void retryDelayFollowsRetryAfterElseDoubles();
    void oneLineFoldsNewlines();
};

void TestApiError::exitCodes_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << Kind::None << 0;
    QTest::newRow("invalid id") << Kind::InvalidJobId << 2;
    QTest::newRow("invalid endpoint") << Kind::InvalidEndpoint << 2;
    QTest::newRow("missing credentials") << Kind::MissingCredentials << 3;
    QTest::newRow("401") << Kind::Unauthorized << 3;
    QTest::newRow("403") << Kind::Forbidden << 3;
    QTest::newRow("404") << Kind::NotFound << 4;
    QTest::newRow("429") << Kind::RateLimited << 5;
    QTest::newRow("500") << Kind::HttpError << 5;
    QTest::newRow("status fail") << Kind::ServiceFailure << 5;
    QTest::newRow("not json") << Kind::InvalidResponse << 5;
    QTest::newRow("too large") << Kind::BodyTooLarge << 5;
    QTest::newRow("network") << Kind::NetworkUnreachable << 6;
    QTest::newRow("dns") << Kind::HostNotFound << 6;
    QTest::newRow("tls") << Kind::TlsFailure << 6;
    QTest::newRow("timeout") << Kind::Timeout << 6;
    QTest::newRow("redirect") << Kind::RedirectRefused << 6;
}

void TestApiError::exitCodes()
{
    QFETCH(Kind, kind);
    QFETCH(int, exitCode);
    QCOMPARE(ApiError(kind, u"x"_qs).exitCode(), exitCode);
}

void TestApiError::oneLineCarriesStatusCodeAndHint()
{
    ApiError error(Kind::Unauthorized, u"The token is invalid or has expired."_qs, u"Get a new token."_qs);
    error.httpStatus = 401;
    error.errorCode = u"APIG.0301"_qs;
    error.errorMessage = u"Incorrect IAM authentication information: token expires"_qs;
    const QString line = error.oneLine();
    QVERIFY(line.startsWith(u"The token is invalid"_qs));
    QVERIFY(line.contains(u"HTTP 401"_qs));
    QVERIFY(line.contains(u"APIG.0301: Incorrect IAM authentication information: token expires"_qs));
    QVERIFY(line.endsWith(u"Get a new token."_qs));
}

void TestApiError::oneLineFoldsNewlines()
{
    ApiError error(Kind::HttpError, u"Bad."_qs);
    error.errorMessage = u"line one\nline two\r\nline three"_qs;
    QVERIFY(!error.oneLine().contains(u'\n'));
    QVERIFY(!error.oneLine().contains(u'\r'));
}

void TestApiError::retryDelayFollowsRetryAfterElseDoubles()
{
    ApiError throttled(ApiError::Kind::RateLimited, u"Too many requests"_qs);
    QCOMPARE(throttled.retryDelayMs(1), 1000);
    QCOMPARE(throttled.retryDelayMs(2), 2000);
    QCOMPARE(throttled.retryDelayMs(3), 4000);
    throttled.retryAfterSeconds = 0;
    QCOMPARE(throttled.retryDelayMs(3), 0);
    throttled.retryAfterSeconds = 7;
    QCOMPARE(throttled.retryDelayMs(1), 7000);
    throttled.retryAfterSeconds = 600;   // a minute at most
    QCOMPARE(throttled.retryDelayMs(1), 60'000);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
