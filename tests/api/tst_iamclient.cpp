#include "sandbox/demosandbox.h"
#include "api/iamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestIamClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestBodyShape();
    void signInIssuesAToken();
    void wrongPasswordIsRefused();
    void parseAnswerNeedsTokenAndExpiry();
    void expiryMargin();
    void regionEndpoints();
    void traceRedactsSubjectToken();

private:
    IamSignIn *signIn(const QByteArray &password, QStringList *trace = nullptr);

    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestIamClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

IamSignIn *TestIamClient::signIn(const QByteArray &password, QStringList *trace)
{
    IamClient *client = new IamClient(&m_nam, this);
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    IamSignIn *request = client->signIn(options, {QString::fromLatin1(DemoSandbox::demoUser),
                                                  QString::fromLatin1(DemoSandbox::demoAccount),
                                                  u"cn-north-4"_qs, password});
    if (trace)
        connect(request, &IamSignIn::trace, this, [trace](const QString &line) { *trace << line; });
    QSignalSpy finished(request, &IamSignIn::finished);
    if (!finished.wait(10'000))
        qWarning("sign-in did not finish");
    return request;
}

void TestIamClient::requestBodyShape()
{
    const QJsonObject body = QJsonDocument::fromJson(IamSignIn::requestBody(
        {u"alice"_qs, u"acme"_qs, u"cn-north-4"_qs, "s3cret"})).object();
    const QJsonObject auth = body.value(u"auth").toObject();
    QCOMPARE(auth[u"identity"][u"methods"][0].toString(), u"password"_qs);
    const QJsonObject user = auth[u"identity"][u"password"][u"user"].toObject();
    QCOMPARE(user[u"name"].toString(), u"alice"_qs);
    QCOMPARE(user[u"password"].toString(), u"s3cret"_qs);
    QCOMPARE(user[u"domain"][u"name"].toString(), u"acme"_qs);
    QCOMPARE(auth[u"scope"][u"project"][u"name"].toString(), u"cn-north-4"_qs);
}

void TestIamClient::signInIssuesAToken()
{
    IamSignIn *request = signIn(DemoSandbox::demoPassword());
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(request->token()->token, DemoSandbox::demoToken());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(request->token()->expiresAt);
    QVERIFY(lifetime > 23 * 3600 && lifetime <= 24 * 3600);
}

void TestIamClient::wrongPasswordIsRefused()
{
    IamSignIn *request = signIn("wrong");
    QVERIFY(!request->succeeded());
    QCOMPARE(request->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(request->error().httpStatus, 401);
    QCOMPARE(request->error().errorCode, u"401"_qs);
    QVERIFY(request->error().errorMessage.contains(u"password is wrong"_qs));
}

void TestIamClient::parseAnswerNeedsTokenAndExpiry()
{
    ApiError error;
    const QByteArray body = R"({"token":{"expires_at":"2020-01-04T09:05:22.701000Z"}})";
    const auto token = IamSignIn::parseAnswer(201, "MIIT-token", body, &error);
    QVERIFY(token);
    QCOMPARE(token->expiresAt, QDateTime(QDate(2020, 1, 4), QTime(9, 5, 22, 701), Qt::UTC));
    QVERIFY(!IamSignIn::parseAnswer(201, {}, body, &error));
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(!IamSignIn::parseAnswer(201, "t", "{}", &error));
}

void TestIamClient::expiryMargin()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const IamToken soon{"t", now.addSecs(4 * 60)};
    const IamToken later{"t", now.addSecs(6 * 60)};
    const IamToken unknown{"t", {}};
    QVERIFY(soon.expiresWithin(std::chrono::minutes(5), now));
    QVERIFY(!later.expiresWithin(std::chrono::minutes(5), now));
    QVERIFY(unknown.expiresWithin(std::chrono::minutes(5), now));
}

void TestIamClient::regionEndpoints()
{
    QCOMPARE(IamClient::endpointForRegion(u"cn-north-4"_qs), QUrl(u"https://iam.cn-north-4.myhuaweicloud.com"_qs));
    QCOMPARE(IamClient::endpointForRegion(u"eu-west-101"_qs), QUrl(u"https://iam.eu-west-101.myhuaweicloud.eu"_qs));
}

void TestIamClient::traceRedactsSubjectToken()
{
    QStringList trace;
    IamSignIn *request = signIn(DemoSandbox::demoPassword(), &trace);
    QVERIFY(request->succeeded());
    const QString all = trace.join(u'\n');
    QVERIFY(all.contains(u"> POST"_qs));
    QVERIFY(all.contains(u"X-Subject-Token: <redacted"_qs));
    QVERIFY(!all.contains(QString::fromLatin1(DemoSandbox::demoToken())));
}

QTEST_GUILESS_MAIN(TestIamClient)
#include "tst_iamclient.moc"
