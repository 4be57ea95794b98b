#include "api/jobanswer.h"

#include <QDateTime>
#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

class TestJobAnswer : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterSecondsOrADate();
    void success();
    void successWithoutStatusField();
    void failures_data();
    void failures();
    void serviceErrorFieldsKept();
    void retryAfter();
    void statusFailCarriesTheError();
    void requestIdKept();
};

void TestJobAnswer::success()
{
    const JobAnswer answer = JobAnswer::interpret(
        {200, "application/json;charset=UTF-8",
         R"({"result":{"id":"f5af662119404ad187437cd272b5099b","health_score":"74"},"status":"success","error":null})",
         {}, {}});
    QVERIFY(!answer.error.isError());
    QVERIFY(answer.job);
    QCOMPARE(answer.job->healthScore, std::optional<int>(74));
}

void TestJobAnswer::successWithoutStatusField()
{
    const JobAnswer answer = JobAnswer::interpret({200, "application/json", R"({"result":{"id":"x"}})", {}, {}});
    QVERIFY(answer.job);
    QCOMPARE(answer.job->id, u"x"_qs);
}

void TestJobAnswer::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("exitCode");

    const QByteArray json = "application/json";
    QTest::newRow("401") << 401 << json << QByteArray(R"({"error_code":"APIG.0301","error_msg":"token expires"})") << Kind::Unauthorized << 3;
    QTest::newRow("403") << 403 << json << QByteArray(R"({"error_code":"CB.1","error_msg":"no"})") << Kind::Forbidden << 3;
    QTest::newRow("404") << 404 << json << QByteArray(R"({"error_code":"CB.2","error_msg":"gone"})") << Kind::NotFound << 4;
    QTest::newRow("429") << 429 << json << QByteArray("{}") << Kind::RateLimited << 5;
    QTest::newRow("400") << 400 << json << QByteArray(R"({"error_code":"CB.00060201","error_msg":"invalid task ID"})") << Kind::HttpError << 5;
    QTest::newRow("500") << 500 << json << QByteArray(R"({"error_code":"CB.00060101","error_msg":"internal"})") << Kind::HttpError << 5;
    QTest::newRow("502 html") << 502 << QByteArray("text/html") << QByteArray("<html><body>Bad Gateway</body></html>") << Kind::HttpError << 5;
    QTest::newRow("401 html") << 401 << QByteArray("text/html") << QByteArray("<html>login</html>") << Kind::Unauthorized << 3;
    QTest::newRow("200 html") << 200 << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html></html>") << Kind::InvalidResponse << 5;
    QTest::newRow("200 html without type") << 200 << QByteArray() << QByteArray("  <html></html>") << Kind::InvalidResponse << 5;
    QTest::newRow("200 text") << 200 << QByteArray("text/plain") << QByteArray("Service unavailable") << Kind::InvalidResponse << 5;
    QTest::newRow("200 empty") << 200 << json << QByteArray() << Kind::InvalidResponse << 5;
    QTest::newRow("200 truncated") << 200 << json << QByteArray(R"({"result":{"id":"abc","job_na)") << Kind::InvalidResponse << 5;
    QTest::newRow("200 array") << 200 << json << QByteArray("[1,2]") << Kind::InvalidResponse << 5;
    QTest::newRow("200 no result") << 200 << json << QByteArray(R"({"status":"success"})") << Kind::InvalidResponse << 5;
    QTest::newRow("200 result not object") << 200 << json << QByteArray(R"({"result":"x","status":"success"})") << Kind::InvalidResponse << 5;
    QTest::newRow("200 status fail") << 200 << json << QByteArray(R"({"result":null,"status":"fail","error":"busy"})") << Kind::ServiceFailure << 5;
    QTest::newRow("200 status FAIL") << 200 << json << QByteArray(R"({"status":"FAIL"})") << Kind::ServiceFailure << 5;
    QTest::newRow("200 binary") << 200 << QByteArray("application/octet-stream") << QByteArray("\x00\x01\xff", 3) << Kind::InvalidResponse << 5;
}

void TestJobAnswer::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(int, exitCode);

    const JobAnswer answer = JobAnswer::interpret({status, contentType, body, {}, {}});
    QVERIFY(!answer.job);
    QCOMPARE(answer.error.kind, kind);
    QCOMPARE(answer.error.exitCode(), exitCode);
    QCOMPARE(answer.error.httpStatus, status);
    QVERIFY(!answer.error.message.isEmpty());
    QVERIFY(!answer.error.hint.isEmpty());
}

void TestJobAnswer::serviceErrorFieldsKept()
{
    const JobAnswer answer = JobAnswer::interpret(
        {401, "application/json",
         R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires","request_id":"abc123"})",
         {}, {}});
    QCOMPARE(answer.error.errorCode, u"APIG.0301"_qs);
    QCOMPARE(answer.error.errorMessage, u"Incorrect IAM authentication information: token expires"_qs);
    QCOMPARE(answer.error.requestId, u"abc123"_qs);
    QVERIFY(answer.error.oneLine().contains(u"HTTP 401"_qs));
    QVERIFY(answer.error.oneLine().contains(u"APIG.0301"_qs));

    const JobAnswer nested = JobAnswer::interpret(
        {500, "application/json", R"({"error":{"code":"X.1","message":"nested message"}})", {}, {}});
    QCOMPARE(nested.error.errorCode, u"X.1"_qs);
    QCOMPARE(nested.error.errorMessage, u"nested message"_qs);
}

void TestJobAnswer::retryAfter()
{
    const JobAnswer seconds = JobAnswer::interpret({429, "application/json", "{}", "7", {}});
    QCOMPARE(seconds.error.retryAfterSeconds, 7);
    QVERIFY(seconds.error.hint.contains(u"7"_qs));

    const QByteArray inTwoMinutes =
        QDateTime::currentDateTimeUtc().addSecs(120).toString(Qt::RFC2822Date).toLatin1();
    const JobAnswer date = JobAnswer::interpret({429, "application/json", "{}", inTwoMinutes, {}});
    QVERIFY2(date.error.retryAfterSeconds >= 100 && date.error.retryAfterSeconds <= 121,
             qPrintable(QString::number(date.error.retryAfterSeconds)));

    const JobAnswer none = JobAnswer::interpret({429, "application/json", "{}", {}, {}});
    QCOMPARE(none.error.retryAfterSeconds, -1);
    QVERIFY(!none.error.retryAfterCapped);

    // 31 years, or more than 64 bits of seconds: an hour at most, and the hint says so.
    for (const QByteArray &asked : {QByteArray("999999999"), QByteArray("99999999999999999999999")}) {
        const JobAnswer years = JobAnswer::interpret({429, "application/json", "{}", asked, {}});
        QCOMPARE(years.error.retryAfterSeconds, ApiError::kMaxRetryAfterSeconds);
        QVERIFY(years.error.retryAfterCapped);
        QVERIFY2(years.error.hint.contains(u"an hour at most"_qs), qPrintable(years.error.hint));
    }
    const JobAnswer hour = JobAnswer::interpret({429, "application/json", "{}", "3600", {}});
    QCOMPARE(hour.error.retryAfterSeconds, 3600);
    QVERIFY(!hour.error.retryAfterCapped);
}

void TestJobAnswer::statusFailCarriesTheError()
{
    const JobAnswer answer = JobAnswer::interpret(
        {200, "application/json", R"({"result":null,"status":"fail","error":"The build task is being migrated"})", {}, {}});
    QCOMPARE(answer.error.kind, Kind::ServiceFailure);
    QCOMPARE(answer.error.errorMessage, u"The build task is being migrated"_qs);
    QVERIFY(answer.error.oneLine().contains(u"The build task is being migrated"_qs));
}

void TestJobAnswer::requestIdKept()
{
    const JobAnswer answer = JobAnswer::interpret({500, "application/json", "{}", {}, "req-42"});
    QCOMPARE(answer.error.requestId, u"req-42"_qs);
}

void TestJobAnswer::retryAfterSecondsOrADate()
{
    QCOMPARE(JobAnswer::retryAfterSeconds("7"), 7);
    QCOMPARE(JobAnswer::retryAfterSeconds(" 120 "), 120);
    QCOMPARE(JobAnswer::retryAfterSeconds("-5"), 0);
    QCOMPARE(JobAnswer::retryAfterSeconds(""), -1);
    QCOMPARE(JobAnswer::retryAfterSeconds("soon"), -1);
    const QByteArray inAMinute = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
    QVERIFY(qAbs(JobAnswer::retryAfterSeconds(inAMinute) - 60) <= 2);
}

QTEST_GUILESS_MAIN(TestJobAnswer)
#include "tst_jobanswer.moc"
