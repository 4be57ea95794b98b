#include "credentials/authenticatedfetch.h"
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"
#include "credentials/fallbacksecretstore.h"
#include "credentials/profilestore.h"
#include "recordingserver.h"
#include "sandbox/demosandbox.h"
#include "testsecrets.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kind = ApiError::Kind;

// The provider and the single retry against the sandbox over real sockets; secrets in memory.
class TestCredentialProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenProfile();
    void tokenProfileWithoutSecret();
    void passwordSignInCachesToken();
    void renewsNearExpiry();
    void expiredCachedTokenIsRenewedOnce();
    void stillRejectedAfterRenewalDoesNotLoop();
    void wrongPasswordNamesProfile();
    void noPasswordNoPromptGivesLoginAdvice();
    void promptSignsInAndRemembers();
    void promptCancelled();
    void akskProfile();
    void akskProfileLooksItsProjectUpOnce();
    void wrongSecretKeyIsNotRetried();
    void environmentAkSk();
    void tokenSerialization();
    void fallbackStoreUsesMemory();
    void fallbackStoreUsesTheKeychainAgainAfterARecheck();
    void keychainSecretsWithControlBytesAreRefused_data();
    void keychainSecretsWithControlBytesAreRefused();
    void fixedSecretsWithControlBytesAreRefused();

private:
    Profile saveProfile(Profile::Kind kind, const QString &name, const QUrl &iam = {});
    void writeSecret(const Profile &profile, ProfileSecret which, const QByteArray &value);
    QByteArray readSecret(const Profile &profile, ProfileSecret which, SecretError::Kind *error = nullptr);
    CredentialResult waitFor(const std::function<void(QObject *, CredentialProvider::Done)> &call);
    AuthenticatedFetch *fetch(CredentialProvider *provider, const QString &jobId = DemoSandbox::firstJobId());

    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<JobClient> m_client;
};

void TestCredentialProvider::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestCredentialProvider::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    m_client = std::make_unique<JobClient>(&m_nam);
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    options.timeout = std::chrono::seconds(10);
    m_client->setOptions(options);
    m_sandbox.setIssuedTokenLifetimeSeconds(24 * 3600);
}

void TestCredentialProvider::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

Profile TestCredentialProvider::saveProfile(Profile::Kind kind, const QString &name, const QUrl &iam)
{
    Profile p;
    p.name = name;
    p.endpoint = m_sandbox.baseUrl();
    p.iamEndpoint = iam.isEmpty() ? m_sandbox.baseUrl() : iam;
    p.kind = kind;
    if (kind == Profile::Kind::Password) {
        p.userName = QString::fromLatin1(DemoSandbox::demoUser);
        p.domainName = QString::fromLatin1(DemoSandbox::demoAccount);
        p.projectName = u"cn-north-4"_qs;
    }
    QString error;
    const std::optional<Profile> saved = m_store->save(p, &error);
    if (!saved)
        qFatal("profile not saved: %s", qPrintable(error));
    return *saved;
}

void TestCredentialProvider::writeSecret(const Profile &profile, ProfileSecret which, const QByteArray &value)
{
    SecretJob *job = m_store->writeSecret(profile, which, value);
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(job->isFinished() || spy.wait(5000));
    QVERIFY(job->succeeded());
}

QByteArray TestCredentialProvider::readSecret(const Profile &profile, ProfileSecret which, SecretError::Kind *error)
{
    SecretJob *job = m_store->readSecret(profile, which);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(5000);
    if (error)
        *error = job->error().kind;
    return job->secret();
}

CredentialResult TestCredentialProvider::waitFor(const std::function<void(QObject *, CredentialProvider::Done)> &call)
{
    std::optional<CredentialResult> result;
    QObject context;
    call(&context, [&result](const CredentialResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        qWarning("the provider did not answer");
    return result.value_or(CredentialResult{nullptr, {Kind::Timeout, u"no answer"_qs}});
}

AuthenticatedFetch *TestCredentialProvider::fetch(CredentialProvider *provider, const QString &jobId)
{
    auto *request = new AuthenticatedFetch(m_client.get(), provider, jobId, this);
    QSignalSpy finished(request, &AuthenticatedFetch::finished);
    request->start();
    if (!finished.wait(20'000))
        qWarning("the fetch did not finish");
    return request;
}

void TestCredentialProvider::tokenProfile()
{
    const Profile p = saveProfile(Profile::Kind::Token, u"tok"_qs);
    writeSecret(p, ProfileSecret::Token, DemoSandbox::demoToken());
    CredentialProvider provider(p, m_store.get(), &m_nam);
    QVERIFY(!provider.canRenew());
    AuthenticatedFetch *request = fetch(&provider);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(request->job()->id, DemoSandbox::firstJobId());
    QVERIFY(!request->renewed());
}

void TestCredentialProvider::tokenProfileWithoutSecret()
{
    const Profile p = saveProfile(Profile::Kind::Token, u"empty-token"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int before = m_sandbox.requestCount();
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::MissingCredentials);
    QVERIFY(request->error().message.contains(u"\"empty-token\""));
    QVERIFY(request->error().hint.contains(u"codearts-inspector profile login empty-token"));
    QCOMPARE(request->lastFetch(), nullptr);
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestCredentialProvider::passwordSignInCachesToken()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"pw"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int signIns = m_sandbox.signInCount();
    const CredentialResult result = waitFor([&](QObject *context, CredentialProvider::Done done) {
        provider.signIn(DemoSandbox::demoPassword(), false, context, done);
    });
    QVERIFY2(result.succeeded(), qPrintable(result.error.oneLine()));
    QCOMPARE(m_sandbox.signInCount(), signIns + 1);

    const std::optional<IamToken> cached = CredentialProvider::parseToken(readSecret(p, ProfileSecret::CachedToken));
    QVERIFY(cached);
    QCOMPARE(cached->token, DemoSandbox::demoToken());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(cached->expiresAt) > 23 * 3600);
    SecretError::Kind passwordKind{};
    readSecret(p, ProfileSecret::Password, &passwordKind);
    QCOMPARE(passwordKind, SecretError::Kind::NotFound); // not remembered

    // A new provider (as after a restart) uses the cached token without signing in.
    CredentialProvider later(p, m_store.get(), &m_nam);
    AuthenticatedFetch *request = fetch(&later);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(m_sandbox.signInCount(), signIns + 1);
}

void TestCredentialProvider::renewsNearExpiry()
{
    m_sandbox.setIssuedTokenLifetimeSeconds(120); // below the 5-minute margin
    const Profile p = saveProfile(Profile::Kind::Password, u"short-lived"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int signIns = m_sandbox.signInCount();
    QVERIFY(waitFor([&](QObject *c, CredentialProvider::Done d) {
        provider.signIn(DemoSandbox::demoPassword(), true, c, d);
    }).succeeded());
    QCOMPARE(readSecret(p, ProfileSecret::Password), DemoSandbox::demoPassword());
    QCOMPARE(m_sandbox.signInCount(), signIns + 1);

    AuthenticatedFetch *request = fetch(&provider);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(m_sandbox.signInCount(), signIns + 2);
    QVERIFY(!request->renewed()); // renewed before the request, not after a 401
}

void TestCredentialProvider::expiredCachedTokenIsRenewedOnce()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"stale"_qs);
    // The cache claims another hour, but the gateway says the token has expired.
    writeSecret(p, ProfileSecret::CachedToken,
                CredentialProvider::serializeToken({DemoSandbox::expiredToken(),
                                                    QDateTime::currentDateTimeUtc().addSecs(3600)}));
    writeSecret(p, ProfileSecret::Password, DemoSandbox::demoPassword());
    CredentialProvider provider(p, m_store.get(), &m_nam);
    QVERIFY(provider.canRenew());
    const int signIns = m_sandbox.signInCount();
    const int requests = m_sandbox.requestCount();
    AuthenticatedFetch *request = fetch(&provider);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QVERIFY(request->renewed());
    QCOMPARE(m_sandbox.signInCount(), signIns + 1);
    QCOMPARE(m_sandbox.requestCount(), requests + 3); // 401, sign-in, 200
    QCOMPARE(CredentialProvider::parseToken(readSecret(p, ProfileSecret::CachedToken))->token,
             DemoSandbox::demoToken());
}

void TestCredentialProvider::stillRejectedAfterRenewalDoesNotLoop()
{
    // An IAM that signs everyone in with a token the API does not accept.
    const QByteArray body = R"({"token":{"expires_at":")"
        + QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs).toLatin1() + R"("}})";
    RecordingServer iam("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Subject-Token: "
                        + TestSecrets::kBogusIssuedToken + "\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\n\r\n" + body);
    const Profile p = saveProfile(Profile::Kind::Password, u"hopeless"_qs, iam.url());
    writeSecret(p, ProfileSecret::CachedToken,
                CredentialProvider::serializeToken({TestSecrets::kWrongToken,
                                                    QDateTime::currentDateTimeUtc().addSecs(3600)}));
    writeSecret(p, ProfileSecret::Password, DemoSandbox::demoPassword());
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int requests = m_sandbox.requestCount();
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::Unauthorized);
    QVERIFY(request->renewed());
    QCOMPARE(iam.connections(), 1);                    // exactly one renewal
    QCOMPARE(m_sandbox.requestCount(), requests + 2);  // the first try and the one retry
    QVERIFY(request->error().message.contains(u"\"hopeless\""));
    QVERIFY(!request->error().hint.isEmpty());
}

void TestCredentialProvider::wrongPasswordNamesProfile()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"typo"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const CredentialResult result = waitFor([&](QObject *c, CredentialProvider::Done d) {
        provider.signIn(TestSecrets::kWrongPassword, true, c, d);
    });
    QCOMPARE(result.error.kind, Kind::Unauthorized);
    QCOMPARE(result.error.exitCode(), 3);
    QVERIFY(result.error.message.contains(u"\"typo\""));
    QVERIFY(result.error.hint.contains(u"codearts-inspector profile login typo"));
    QVERIFY(m_secrets->entries().isEmpty()); // a refused password is never remembered
}

void TestCredentialProvider::noPasswordNoPromptGivesLoginAdvice()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"unattended"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int signIns = m_sandbox.signInCount();
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::MissingCredentials);
    QCOMPARE(request->error().exitCode(), 3);
    QVERIFY(request->error().message.contains(u"\"unattended\""));
    QVERIFY(request->error().hint.contains(u"codearts-inspector profile login unattended"));
    QCOMPARE(m_sandbox.signInCount(), signIns);
}

void TestCredentialProvider::promptSignsInAndRemembers()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"window"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    QStringList asked;
    provider.setPasswordPrompt([&asked](const PasswordRequest &request, PasswordReply reply) {
        asked << request.profile.name + u": " + request.reason;
        // Answer later, as a dialog would.
        QTimer::singleShot(10, [reply] { reply(PasswordAnswer{DemoSandbox::demoPassword(), true}); });
    });
    AuthenticatedFetch *request = fetch(&provider);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().startsWith(u"window: "));
    QCOMPARE(readSecret(p, ProfileSecret::Password), DemoSandbox::demoPassword());
}

void TestCredentialProvider::promptCancelled()
{
    const Profile p = saveProfile(Profile::Kind::Password, u"cancelled"_qs);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    provider.setPasswordPrompt([](const PasswordRequest &, PasswordReply reply) {
        reply(std::nullopt);
    });
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::MissingCredentials);
    QVERIFY(request->error().message.contains(u"cancelled"));
}

void TestCredentialProvider::keychainSecretsWithControlBytesAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("accessKey");
    QTest::addColumn<QByteArray>("secretKey");
    const QByteArray sk = DemoSandbox::demoSecretKey();
    QTest::newRow("token with CRLF") << int(Profile::Kind::Token) << DemoSandbox::demoToken() + "\r\nX-Injected: 1" << QByteArray() << QByteArray();
    QTest::newRow("token with NUL") << int(Profile::Kind::Token) << QByteArray("tok\0en", 6) << QByteArray() << QByteArray();
    QTest::newRow("access key with LF") << int(Profile::Kind::AkSk) << QByteArray() << QByteArray(DemoSandbox::demoAccessKey) + "\nX: y" << sk;
    QTest::newRow("secret key with CR") << int(Profile::Kind::AkSk) << QByteArray() << QByteArray(DemoSandbox::demoAccessKey) << sk + '\r';
}

void TestCredentialProvider::keychainSecretsWithControlBytesAreRefused()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, accessKey);
    QFETCH(QByteArray, secretKey);
    const Profile p = saveProfile(Profile::Kind(kind), u"control-bytes"_qs);
    if (p.kind == Profile::Kind::Token) {
        writeSecret(p, ProfileSecret::Token, token);
    } else {
        writeSecret(p, ProfileSecret::AccessKey, accessKey);
        writeSecret(p, ProfileSecret::SecretKey, secretKey);
    }
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int before = m_sandbox.requestCount();
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::MissingCredentials);
    QVERIFY2(request->error().message.contains(u"control character"), qPrintable(request->error().oneLine()));
    QCOMPARE(m_sandbox.requestCount(), before); // nothing was sent
}

void TestCredentialProvider::fixedSecretsWithControlBytesAreRefused()
{
    const int before = m_sandbox.requestCount();
    const std::unique_ptr<CredentialProvider> providers[] = {
        CredentialProvider::forToken("abc\r\nX-Injected: 1"),
        CredentialProvider::forAkSk("AK\nX: y", DemoSandbox::demoSecretKey())};
    for (const auto &provider : providers) {
        AuthenticatedFetch *request = fetch(provider.get());
        QCOMPARE(request->error().kind, Kind::MissingCredentials);
        QVERIFY2(request->error().message.contains(u"control character"), qPrintable(request->error().oneLine()));
    }
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestCredentialProvider::akskProfile()
{
    Profile p = saveProfile(Profile::Kind::AkSk, u"keys"_qs);
    p.projectId = u"0123456789abcdef0123456789abcdef"_qs;
    p = *m_store->save(p);
    writeSecret(p, ProfileSecret::AccessKey, DemoSandbox::demoAccessKey);
    writeSecret(p, ProfileSecret::SecretKey, DemoSandbox::demoSecretKey());
    CredentialProvider provider(p, m_store.get(), &m_nam);
    QVERIFY(!provider.canRenew());
    AuthenticatedFetch *request = fetch(&provider);
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));
    QCOMPARE(request->job()->jobName, u"payment-service-ci"_qs);
}

void TestCredentialProvider::akskProfileLooksItsProjectUpOnce()
{
    Profile p = saveProfile(Profile::Kind::AkSk, u"keys"_qs);
    p.region = u"cn-north-4"_qs; // the sandbox answers IAM's project list too
    p = *m_store->save(p);
    writeSecret(p, ProfileSecret::AccessKey, DemoSandbox::demoAccessKey);
    writeSecret(p, ProfileSecret::SecretKey, DemoSandbox::demoSecretKey());
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int before = m_sandbox.requestCount();
    AuthenticatedFetch *first = fetch(&provider);
    QVERIFY2(first->succeeded(), qPrintable(first->error().oneLine()));
    QCOMPARE(m_sandbox.requestCount(), before + 2); // the lookup and the request
    const QString saved = m_store->profile(u"keys"_qs)->projectId;
    QCOMPARE(saved.size(), 32);
    AuthenticatedFetch *second = fetch(&provider);
    QVERIFY(second->succeeded());
    QCOMPARE(m_sandbox.requestCount(), before + 3);

    // A region IAM does not know: a clear error, and nothing sent to CodeArts Build.
    Profile unknown = saveProfile(Profile::Kind::AkSk, u"nowhere"_qs);
    unknown.region = u"xx-nowhere-1"_qs;
    unknown = *m_store->save(unknown);
    writeSecret(unknown, ProfileSecret::AccessKey, DemoSandbox::demoAccessKey);
    writeSecret(unknown, ProfileSecret::SecretKey, DemoSandbox::demoSecretKey());
    CredentialProvider lost(unknown, m_store.get(), &m_nam);
    AuthenticatedFetch *refused = fetch(&lost);
    QCOMPARE(refused->error().kind, Kind::MissingCredentials);
    QVERIFY2(refused->error().message.contains(u"project ID"), qPrintable(refused->error().oneLine()));
    QVERIFY(m_store->profile(u"nowhere"_qs)->projectId.isEmpty());
}

void TestCredentialProvider::wrongSecretKeyIsNotRetried()
{
    Profile p = saveProfile(Profile::Kind::AkSk, u"bad-keys"_qs);
    p.projectId = u"0123456789abcdef0123456789abcdef"_qs;
    p = *m_store->save(p);
    writeSecret(p, ProfileSecret::AccessKey, DemoSandbox::demoAccessKey);
    writeSecret(p, ProfileSecret::SecretKey, TestSecrets::kWrongSecretKey);
    CredentialProvider provider(p, m_store.get(), &m_nam);
    const int requests = m_sandbox.requestCount();
    AuthenticatedFetch *request = fetch(&provider);
    QCOMPARE(request->error().kind, Kind::Unauthorized);
    QCOMPARE(request->error().httpStatus, 401);
    QVERIFY(request->error().errorMessage.contains(u"verify aksk signature fail"));
    QVERIFY(request->error().message.contains(u"\"bad-keys\""));
    QVERIFY(!request->renewed());
    QCOMPARE(m_sandbox.requestCount(), requests + 1);
}

void TestCredentialProvider::environmentAkSk()
{
    qunsetenv(CredentialProvider::kEnvSecretKey);
    QVERIFY(!CredentialProvider::fromEnvironment());
    qputenv(CredentialProvider::kEnvAccessKey, DemoSandbox::demoAccessKey);
    qputenv(CredentialProvider::kEnvSecretKey, DemoSandbox::demoSecretKey());
    qputenv(CredentialProvider::kEnvProjectId, "0123456789abcdef0123456789abcdef");
    std::unique_ptr<CredentialProvider> provider = CredentialProvider::fromEnvironment();
    qunsetenv(CredentialProvider::kEnvAccessKey);
    qunsetenv(CredentialProvider::kEnvSecretKey);
    qunsetenv(CredentialProvider::kEnvProjectId);
    QVERIFY(provider);
    QVERIFY(!provider->profile());
    AuthenticatedFetch *request = fetch(provider.get());
    QVERIFY2(request->succeeded(), qPrintable(request->error().oneLine()));

    auto wrong = CredentialProvider::forAkSk(DemoSandbox::demoAccessKey, TestSecrets::kWrongSecretKey,
                                             "0123456789abcdef0123456789abcdef");
    AuthenticatedFetch *refused = fetch(wrong.get());
    QCOMPARE(refused->error().kind, Kind::Unauthorized);
    QVERIFY(refused->error().message.contains(u"secret key"));
}

void TestCredentialProvider::tokenSerialization()
{
    const IamToken token{"abc", QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 600), Qt::UTC)};
    const std::optional<IamToken> back = CredentialProvider::parseToken(CredentialProvider::serializeToken(token));
    QVERIFY(back);
    QCOMPARE(back->token, token.token);
    QCOMPARE(back->expiresAt, token.expiresAt);
    QVERIFY(!CredentialProvider::parseToken("not json"));
    QVERIFY(!CredentialProvider::parseToken(R"({"token":"x"})"));
}

void TestCredentialProvider::fallbackStoreUsesMemory()
{
    auto broken = std::make_unique<MemorySecretStore>();
    broken->simulateError(SecretError::Kind::NoKeychain);
    FallbackSecretStore store(std::move(broken));
    QSignalSpy warned(&store, &FallbackSecretStore::keychainUnavailable);
    SecretJob *write = store.write(u"k"_qs, QByteArray(5000, 'z'));
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    QVERIFY(write->succeeded());
    QVERIFY(store.fellBack());
    QVERIFY(!store.isPersistent());
    QCOMPARE(warned.size(), 1);
    SecretJob *read = store.read(u"k"_qs);
    QSignalSpy readDone(read, &SecretJob::finished);
    QVERIFY(readDone.wait(5000));
    QCOMPARE(read->secret(), QByteArray(5000, 'z'));
    QCOMPARE(warned.size(), 1); // said once

    // A keychain that never answers falls back by the entry deadline, well before the job's.
    auto silent = std::make_unique<MemorySecretStore>();
    silent->simulateSilence(true);
    FallbackSecretStore quiet(std::move(silent));
    quiet.setTimeout(std::chrono::milliseconds(600));
    SecretJob *slow = quiet.write(u"k"_qs, "v");
    QSignalSpy slowDone(slow, &SecretJob::finished);
    QVERIFY(slowDone.wait(5000));
    QVERIFY(slow->succeeded());
    QCOMPARE(quiet.keychainError().kind, SecretError::Kind::Timeout);
}

// A keychain that came back (a keyring created in the system's prompt) is used again after a
// recheck; what was kept in memory meanwhile stays readable for the session.
void TestCredentialProvider::fallbackStoreUsesTheKeychainAgainAfterARecheck()
{
    auto owned = std::make_unique<MemorySecretStore>();
    MemorySecretStore *keychain = owned.get();
    keychain->simulateError(SecretError::Kind::Locked);
    FallbackSecretStore store(std::move(owned));
    const auto finish = [](SecretJob *job) {
        QSignalSpy done(job, &SecretJob::finished);
        return job->isFinished() || done.wait(5000);
    };
    SecretJob *early = store.write(u"early"_qs, "kept in memory");
    QVERIFY(finish(early));
    QVERIFY(store.fellBack());

    // Still locked: the recheck changes nothing.
    QSignalSpy available(&store, &FallbackSecretStore::keychainAvailable);
    store.recheckKeychain();
    QTRY_VERIFY(!store.isRechecking());
    QVERIFY(store.fellBack());
    QCOMPARE(available.size(), 0);

    keychain->simulateError(SecretError::Kind::None);
    store.recheckKeychain();
    QTRY_COMPARE(available.size(), 1);
    QVERIFY(!store.fellBack());
    QCOMPARE(store.keychainError().kind, SecretError::Kind::None);

    SecretJob *late = store.write(u"late"_qs, "in the keychain");
    QVERIFY(finish(late));
    QVERIFY(late->succeeded());
    QVERIFY(keychain->entries().contains(u"late"_qs));
    SecretJob *read = store.read(u"early"_qs);
    QVERIFY(finish(read));
    QCOMPARE(read->secret(), QByteArray("kept in memory"));
    QVERIFY(!keychain->entries().contains(u"early"_qs));   // nothing moved unasked
    // Written again, it goes to the keychain and memory lets go of it.
    SecretJob *again = store.write(u"early"_qs, "now saved");
    QVERIFY(finish(again));
    QVERIFY(keychain->entries().contains(u"early"_qs));
    SecretJob *reread = store.read(u"early"_qs);
    QVERIFY(finish(reread));
    QCOMPARE(reread->secret(), QByteArray("now saved"));
}

QTEST_GUILESS_MAIN(TestCredentialProvider)
#include "tst_credentialprovider.moc"
