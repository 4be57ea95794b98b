#include "api/endpoints.h"
#include "api/listpager.h"
#include "connection/connection.h"
#include "credentials/credentialprovider.h"
#include "credentials/secretstore.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The connection chosen now: what each choice sends requests to, what it refuses and why, when
// it says that it changed, and that the demo sandbox starts only when a request goes to it.
class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void demoStartsTheSandboxOnFirstRequest();
    void injectedSandboxIsUsed();
    void sessionTokenGoesToTheRegion();
    void sessionTokenRefusals_data();
    void sessionTokenRefusals();
    void profileTargetsItsOwnEndpoint();
    void removedProfileIsRefused();
    void changedOnlyForAnotherChoice();
    void namesForSettingsCacheAndHistory();
    void callsHaveTheirOwnCredentials();
    void unreadableCaFileRefusesCalls();
    void listPagerGoesWhereFetchesGo();
    void pastOnlyFromTheMovingDemo();

private:
    static Profile profileAt(const QUrl &endpoint, const QString &name = u"work"_qs);

    QNetworkAccessManager m_nam;
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_connection"_qs);
    AppSettings::open()->clear();
}

void TestConnection::cleanup()
{
    AppSettings::open()->clear();
}

Profile TestConnection::profileAt(const QUrl &endpoint, const QString &name)
{
    Profile profile;
    profile.id = name + u"-id"_qs;
    profile.name = name;
    profile.endpoint = endpoint;
    return profile;
}

void TestConnection::demoStartsTheSandboxOnFirstRequest()
{
    Connection connection(&m_nam, {});
    connection.chooseDemo();
    QVERIFY(connection.isDemo());
    QVERIFY(!connection.demoSandbox());   // choosing it starts nothing
    ApiError refusal;
    const std::optional<FetchTarget> target = connection.target(&refusal);
    QVERIFY2(target, qPrintable(refusal.message));
    QVERIFY(connection.demoSandbox());
    QCOMPARE(target->baseUrl, connection.demoSandbox()->baseUrl());
    QCOMPARE(target->baseUrl.host(), u"127.0.0.1"_qs);
    QCOMPARE(target->token, DemoJobs::demoToken());
    QVERIFY(!target->profile);
    // The same sandbox for every later request.
    DemoSandbox *sandbox = connection.demoSandbox();
    QCOMPARE(connection.target()->baseUrl, target->baseUrl);
    QCOMPARE(connection.demoSandbox(), sandbox);
}

void TestConnection::injectedSandboxIsUsed()
{
    DemoSandbox sandbox;
    QVERIFY(sandbox.start());
    Connection connection(&m_nam, {&sandbox, false});
    QCOMPARE(connection.demoSandbox(), &sandbox);
    connection.chooseDemo();
    QCOMPARE(connection.target()->baseUrl, sandbox.baseUrl());
}

void TestConnection::sessionTokenGoesToTheRegion()
{
    const QString region = QLatin1String(Endpoints::regions().constFirst().id);
    AppSettings::open()->setValue(QLatin1String(AppSettings::kTimeoutSeconds), 12);
    Connection connection(&m_nam, {});
    connection.chooseSessionToken(region);
    connection.setToken("typed-token");
    const std::optional<FetchTarget> target = connection.target();
    QVERIFY(target);
    QCOMPARE(target->baseUrl, Endpoints::forRegion(region));
    QCOMPARE(target->token, QByteArray("typed-token"));
    QCOMPARE(target->timeout, std::chrono::seconds(12));
    QVERIFY(!connection.demoSandbox());   // nothing started for a token

    connection.chooseSessionToken(QLatin1String(Connection::kCustomEndpoint));
    connection.setCustomUrl(u"  https://build.example.com  "_qs);
    QCOMPARE(connection.target()->baseUrl, QUrl(u"https://build.example.com"_qs));
}

void TestConnection::sessionTokenRefusals_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QString custom = QLatin1String(Connection::kCustomEndpoint);
    QTest::newRow("no URL") << custom << QString() << QByteArray("t") << int(ApiError::Kind::InvalidEndpoint)
                            << u"Enter the endpoint's base URL."_qs;
    QTest::newRow("plain http elsewhere") << custom << u"http://build.example.com"_qs << QByteArray("t")
                                          << int(ApiError::Kind::InvalidEndpoint)
                                          << Endpoints::whyUnusable(QUrl(u"http://build.example.com"_qs));
    QTest::newRow("no token") << u"cn-north-4"_qs << QString() << QByteArray() << int(ApiError::Kind::MissingCredentials)
                              << u"Enter your IAM token to fetch from %1."_qs.arg(Endpoints::forRegion(u"cn-north-4"_qs).host());
}

void TestConnection::sessionTokenRefusals()
{
    QFETCH(QString, region);
    QFETCH(QString, customUrl);
    QFETCH(QByteArray, token);
    QFETCH(int, kind);
    QFETCH(QString, message);
    Connection connection(&m_nam, {});
    connection.chooseSessionToken(region);
    connection.setCustomUrl(customUrl);
    connection.setToken(token);
    ApiError refusal;
    QVERIFY(!connection.target(&refusal));
    QCOMPARE(int(refusal.kind), kind);
    QCOMPARE(refusal.message, message);
    QVERIFY(!refusal.hint.isEmpty());
    QVERIFY(!connection.target());   // without a place for the reason, still nothing
}

void TestConnection::profileTargetsItsOwnEndpoint()
{
    Connection connection(&m_nam, {});
    connection.chooseProfile(profileAt(QUrl(u"https://build.example.com"_qs)));
    const std::optional<FetchTarget> target = connection.target();
    QVERIFY(target && target->profile);
    QCOMPARE(target->profile->name, u"work"_qs);
    QVERIFY(target->token.isEmpty());
    QCOMPARE(connection.profile()->id, u"work-id"_qs);
    const FetchTarget tested = Connection::targetFor(*target->profile);
    QCOMPARE(tested.profile->id, target->profile->id);
    QCOMPARE(tested.timeout, std::chrono::seconds(AppSettings::kDefaultTimeoutSeconds));
}

void TestConnection::removedProfileIsRefused()
{
    Connection connection(&m_nam, {});
    connection.chooseProfile(std::nullopt);
    ApiError refusal;
    QVERIFY(!connection.target(&refusal));
    QCOMPARE(refusal.kind, ApiError::Kind::MissingCredentials);
    QCOMPARE(refusal.message, u"The selected profile no longer exists."_qs);
    QVERIFY(!connection.profile());
}

void TestConnection::changedOnlyForAnotherChoice()
{
    Connection connection(&m_nam, {});
    QSignalSpy changed(&connection, &Connection::changed);
    connection.chooseDemo();
    QCOMPARE(changed.size(), 1);
    connection.chooseDemo();
    QCOMPARE(changed.size(), 1);
    connection.chooseSessionToken(u"cn-north-4"_qs);
    QCOMPARE(changed.size(), 2);
    // Typing goes in quietly: a half-typed token or URL must start nothing.
    connection.setToken("t");
    connection.setToken("to");
    connection.setCustomUrl(u"https://b"_qs);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(connection.target()->token, QByteArray("to"));
    connection.chooseSessionToken(u"cn-south-1"_qs);
    QCOMPARE(changed.size(), 3);
    const Profile work = profileAt(QUrl(u"https://build.example.com"_qs));
    connection.chooseProfile(work);
    QCOMPARE(changed.size(), 4);
    // The same profile again (its list was reloaded), edited or not: nobody needs to know.
    Profile edited = work;
    edited.endpoint = QUrl(u"https://other.example.com"_qs);
    connection.chooseProfile(edited);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(connection.target()->profile->endpoint, edited.endpoint);
    connection.chooseProfile(profileAt(QUrl(u"https://build.example.com"_qs), u"home"_qs));
    QCOMPARE(changed.size(), 5);
    connection.chooseProfile(std::nullopt);
    QCOMPARE(changed.size(), 6);
}

void TestConnection::namesForSettingsCacheAndHistory()
{
    Connection connection(&m_nam, {});
    connection.chooseDemo();
    QCOMPARE(connection.endpointChoice(), u"demo"_qs);
    QCOMPARE(connection.cacheKey(), u"demo"_qs);
    QCOMPARE(connection.historyEndpoint(QUrl(u"http://127.0.0.1:4000"_qs)), u"demo"_qs);

    connection.chooseSessionToken(u"cn-north-4"_qs);
    QCOMPARE(connection.endpointChoice(), u"cn-north-4"_qs);
    QCOMPARE(connection.cacheKey(), u"endpoint:cn-north-4"_qs);
    QCOMPARE(connection.historyEndpoint(QUrl(u"https://build.example.com"_qs)), u"https://build.example.com"_qs);
    QCOMPARE(connection.jobClockSpeed(), 1.0);

    connection.chooseSessionToken(QLatin1String(Connection::kCustomEndpoint));
    connection.setCustomUrl(u" https://build.example.com "_qs);
    QCOMPARE(connection.endpointChoice(), u"https://build.example.com"_qs);
    QCOMPARE(connection.cacheKey(), u"endpoint:https://build.example.com"_qs);

    connection.chooseProfile(profileAt(QUrl(u"https://build.example.com"_qs)));
    QCOMPARE(connection.cacheKey(), u"profile:work-id"_qs);
}

void TestConnection::callsHaveTheirOwnCredentials()
{
    Connection connection(&m_nam, {});
    connection.chooseSessionToken(u"cn-north-4"_qs);
    connection.setToken("typed-token");
    std::optional<Connection::Calls> calls = connection.calls(nullptr);
    QVERIFY(calls);
    QVERIFY(calls->credentials);
    QCOMPARE(calls->options.baseUrl, Endpoints::forRegion(u"cn-north-4"_qs));
    std::optional<CredentialResult> result;
    calls->credentials->authorizer(this, [&result](const CredentialResult &answer) { result = answer; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->succeeded());

    MemorySecretStore secrets;
    std::unique_ptr<QSettings> settings = AppSettings::open();
    ProfileStore store(settings.get(), &secrets);
    connection.setSignIn(&store, {}, {});
    connection.chooseProfile(profileAt(QUrl(u"https://build.example.com"_qs)));
    calls = connection.calls(nullptr);
    QVERIFY(calls);
    QCOMPARE(calls->credentials->profile()->id, u"work-id"_qs);
    QCOMPARE(calls->options.baseUrl, QUrl(u"https://build.example.com"_qs));
    connection.setSignIn(nullptr, {}, {});
}

void TestConnection::unreadableCaFileRefusesCalls()
{
    AppSettings::open()->setValue(QLatin1String(AppSettings::kCaFile), u"/nonexistent/ca.pem"_qs);
    Connection connection(&m_nam, {});
    connection.chooseSessionToken(u"cn-north-4"_qs);
    connection.setToken("typed-token");
    ApiError refusal;
    QVERIFY(!connection.calls(&refusal));
    QCOMPARE(refusal.kind, ApiError::Kind::TlsFailure);
    QVERIFY(refusal.message.contains(u"/nonexistent/ca.pem"_qs));
}

void TestConnection::listPagerGoesWhereFetchesGo()
{
    Connection connection(&m_nam, {});
    connection.chooseDemo();
    ListQuery query;
    query.pageSize = 5;
    ApiError refusal;
    ListPager *pager = connection.listPager(query, this, &refusal);
    QVERIFY2(pager, qPrintable(refusal.message));
    QSignalSpy finished(pager, &ListPager::finished);
    pager->setLimit(5);
    pager->start();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(!pager->error().isError(), qPrintable(pager->error().message));
    QVERIFY(connection.demoSandbox()->requestCount() > 0);
    delete pager;

    connection.chooseSessionToken(u"cn-north-4"_qs);
    QVERIFY(!connection.listPager(query, this, &refusal));
    QCOMPARE(refusal.kind, ApiError::Kind::MissingCredentials);
}

void TestConnection::pastOnlyFromTheMovingDemo()
{
    const JobInfo first = JobInfo::fromJson(DemoJobs::find(DemoJobs::firstJobId())->result);
    const qint64 now = 1'764'000'000'000;
    Connection fixed(&m_nam, {nullptr, false});
    fixed.chooseDemo();
    QVERIFY(fixed.pastOf(first, now).isEmpty());

    Connection moving(&m_nam, {nullptr, true});
    moving.chooseSessionToken(u"cn-north-4"_qs);
    QVERIFY(moving.pastOf(first, now).isEmpty());   // a real endpoint knows no past
    moving.chooseDemo();
    const QList<HistoryEntry> past = moving.pastOf(first, now);
    QCOMPARE(past.size(), 14);
    QVERIFY(past.constLast().timeMs < now);
    QVERIFY(past.constFirst().timeMs < past.constLast().timeMs);
    QCOMPARE(past.constFirst().jobId, first.id);
    QCOMPARE(past.constFirst().endpoint, u"demo"_qs);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
