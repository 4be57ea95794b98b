#include "commandrun.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "sandbox/demosandbox.h"
#include "testsecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

// Set by the ctest entry that points D-Bus at a socket that does not exist.
constexpr const char *kExpectNoKeychainEnv = "INSPECTOR_EXPECT_NO_KEYCHAIN";
// Where the app's settings and data go (a HOME under the build tree, scanned by tst_leaks);
// the keyring itself lives in run-with-keyring.sh's own HOME.
constexpr const char *kChildHomeEnv = "INSPECTOR_CHILD_HOME";

const QString kJob = DemoSandbox::firstJobId();

QStringList filesContainingSecrets(const QString &root)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : TestSecrets::all()) {
            if (TestSecrets::contains(content, secret))
                hits << file.fileName();
        }
    }
    return hits;
}

} // namespace

// The `profile` commands and `show` with profiles, through the real executable: every call is
// a new process, so secrets reach later calls only through the keychain.
class TestProfileCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // Real Secret Service (run-with-keyring.sh).
    void usageErrors_data();
    void usageErrors();
    void addListDefaultRemove();
    void showWithTokenProfile();
    void explicitEndpointOverridesProfile();
    void showWithRememberedPassword();
    void showWithoutRememberedPassword();
    void wrongPasswordAddsNothing();
    void showWithAkSkProfile();
    void showWithEnvironmentAkSk();
    void removeDeletesSecrets();
    void demoNeedsNoProfile();

    // D-Bus pointed at nothing (the tst_profilecommands_nokeychain ctest entry).
    void keychainUnavailable();

    void noFileHoldsASecret();

private:
    using Run = CommandRun;
    Run run(const QStringList &arguments, const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {});
    QStringList endpointArgs() const;
    QString profileId(const QString &name) const;
    SecretError::Kind keychainRead(const QString &profileName, ProfileSecret which, QByteArray *secret = nullptr);
    QList<QJsonObject> listJson();

    QString m_executable;
    QString m_childHome;
    DemoSandbox m_sandbox;
    bool m_noKeychain = false;
};

#define REQUIRE_KEYCHAIN()                                                                      \
    do {                                                                                        \
        if (m_noKeychain)                                                                       \
            QSKIP("Needs the Secret Service of run-with-keyring.sh");                           \
    } while (false)

void TestProfileCommands::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    m_noKeychain = qEnvironmentVariableIntValue(kExpectNoKeychainEnv) == 1;
    m_childHome = qEnvironmentVariable(kChildHomeEnv, QDir::homePath());
    QVERIFY(QDir().mkpath(m_childHome));
    QVERIFY(m_sandbox.start());
}

// Every test starts without profiles (their keychain entries have unique IDs).
void TestProfileCommands::init()
{
    QFile::remove(m_childHome + u"/.config/CodeArtsInspector/codearts-inspector.conf");
    m_sandbox.setIssuedTokenLifetimeSeconds(24 * 3600);
}

TestProfileCommands::Run TestProfileCommands::run(const QStringList &arguments, const QByteArray &stdinData,
                                                  const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, m_childHome);
    env.insert(u"XDG_CONFIG_HOME"_qs, m_childHome + u"/.config");
    env.insert(u"XDG_DATA_HOME"_qs, m_childHome + u"/.local/share");
    env.insert(u"XDG_CACHE_HOME"_qs, m_childHome + u"/.cache");
    env.remove(u"CLOUD_SDK_AK"_qs);
    env.remove(u"CLOUD_SDK_SK"_qs);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    const Run result = CommandRun::of(m_executable, arguments, stdinData, env);
    // Whatever happened, no secret is ever printed.
    for (const QByteArray &secret : TestSecrets::all()) {
        if (result.out.contains(secret) || result.err.contains(secret))
            qFatal("a secret was printed by: %s", qPrintable(arguments.join(u' ')));
    }
    return result;
}

QStringList TestProfileCommands::endpointArgs() const
{
    return {u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--iam-endpoint"_qs, m_sandbox.baseUrl().toString()};
}

QString TestProfileCommands::profileId(const QString &name) const
{
    QSettings settings(m_childHome + u"/.config/CodeArtsInspector/codearts-inspector.conf", QSettings::IniFormat);
    const QStringList ids = settings.value(u"profiles/order"_qs).toStringList();
    for (const QString &id : ids) {
        if (settings.value(u"profiles/" + id + u"/name").toString() == name)
            return id;
    }
    return {};
}

// Reads the app's own keychain entry in this process, as a restarted app would.
SecretError::Kind TestProfileCommands::keychainRead(const QString &profileName, ProfileSecret which, QByteArray *secret)
{
    KeychainSecretStore store;
    SecretJob *job = store.read(ProfileStore::secretKey(profileId(profileName), which));
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(20'000);
    if (secret)
        *secret = job->secret();
    return job->error().kind;
}

QList<QJsonObject> TestProfileCommands::listJson()
{
    const Run result = run({u"profile"_qs, u"list"_qs, u"--json"_qs});
    QList<QJsonObject> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array())
        out << value.toObject();
    return out;
}

void TestProfileCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = u"https://cloudbuild.example.com"_qs;
    QTest::newRow("no action") << QStringList{u"profile"_qs};
    QTest::newRow("unknown action") << QStringList{u"profile"_qs, u"rename"_qs};
    QTest::newRow("no name") << QStringList{u"profile"_qs, u"add"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs};
    QTest::newRow("no auth") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"cn-north-4"_qs};
    QTest::newRow("bad auth") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"cookie"_qs};
    QTest::newRow("region and endpoint") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--endpoint"_qs, url, u"--auth"_qs, u"token"_qs};
    QTest::newRow("neither") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--auth"_qs, u"token"_qs};
    QTest::newRow("unknown region") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"xx-nowhere-9"_qs, u"--auth"_qs, u"token"_qs};
    QTest::newRow("password without user") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"password"_qs};
    QTest::newRow("remember with token") << QStringList{u"profile"_qs, u"add"_qs, u"p"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs, u"--remember-password"_qs};
    QTest::newRow("remove unknown") << QStringList{u"profile"_qs, u"remove"_qs, u"nobody"_qs};
    QTest::newRow("login unknown") << QStringList{u"profile"_qs, u"login"_qs, u"nobody"_qs};
    QTest::newRow("default unknown") << QStringList{u"profile"_qs, u"default"_qs, u"nobody"_qs};
    QTest::newRow("show unknown profile") << QStringList{u"show"_qs, kJob, u"--profile"_qs, u"nobody"_qs};
    QTest::newRow("show profile and demo") << QStringList{u"show"_qs, kJob, u"--profile"_qs, u"x"_qs, u"--demo"_qs};
}

void TestProfileCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments, DemoSandbox::demoToken() + '\n');
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("error: ") && result.err.count('\n') == 1, result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestProfileCommands::addListDefaultRemove()
{
    REQUIRE_KEYCHAIN();
    QCOMPARE(run({u"profile"_qs, u"add"_qs, u"alpha"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs},
                 DemoSandbox::demoToken() + '\n').exitCode, 0);
    const Run aksk = run({u"profile"_qs, u"add"_qs, u"beta"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                          u"--auth"_qs, u"aksk"_qs, u"--project-id"_qs, u"0123abcd"_qs},
                         QByteArray(DemoSandbox::demoAccessKey) + '\n' + DemoSandbox::demoSecretKey() + '\n');
    QCOMPARE(aksk.exitCode, 0);
    QVERIFY2(aksk.err.isEmpty(), aksk.err.constData());
    const Run duplicate = run({u"profile"_qs, u"add"_qs, u"alpha"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs},
                              DemoSandbox::demoToken() + '\n');
    QCOMPARE(duplicate.exitCode, 2);

    QList<QJsonObject> profiles = listJson();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject alpha = profiles.at(0);
    QCOMPARE(alpha.value(u"name").toString(), u"alpha"_qs);
    QCOMPARE(alpha.value(u"kind").toString(), u"token"_qs);
    QCOMPARE(alpha.value(u"region").toString(), u"cn-north-4"_qs);
    QCOMPARE(alpha.value(u"iam_endpoint").toString(), u"https://iam.cn-north-4.myhuaweicloud.com"_qs);
    QVERIFY(alpha.value(u"default").toBool());
    for (const char *key : {"name", "kind", "region", "endpoint", "iam_endpoint", "user", "domain",
                            "project_name", "project_id", "default"})
        QVERIFY2(alpha.contains(QLatin1String(key)), key);
    QCOMPARE(profiles.at(1).value(u"project_id").toString(), u"0123abcd"_qs);
    QVERIFY(!profiles.at(1).value(u"default").toBool());

    QCOMPARE(run({u"profile"_qs, u"default"_qs, u"beta"_qs}).exitCode, 0);
    QCOMPARE(run({u"profile"_qs, u"default"_qs}).out, QByteArray("beta\n"));
    const Run table = run({u"profile"_qs, u"list"_qs});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"DEFAULT"));
    QVERIFY(lines.at(2).startsWith(u"*") && lines.at(2).contains(u"beta"));
    QCOMPARE(lines.at(1).indexOf(u"alpha"), lines.at(0).indexOf(u"NAME")); // aligned

    QCOMPARE(run({u"profile"_qs, u"remove"_qs, u"beta"_qs}).exitCode, 0);
    profiles = listJson();
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.at(0).value(u"default").toBool()); // alpha took over
}

void TestProfileCommands::showWithTokenProfile()
{
    REQUIRE_KEYCHAIN();
    const Run add = run({u"profile"_qs, u"add"_qs, u"tok"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                         u"--auth"_qs, u"token"_qs}, DemoSandbox::demoToken() + '\n');
    QCOMPARE(add.exitCode, 0);
    QByteArray stored;
    QCOMPARE(keychainRead(u"tok"_qs, ProfileSecret::Token, &stored), SecretError::Kind::None);
    QCOMPARE(stored, DemoSandbox::demoToken());

    // A new process finds the token in the keychain: by name, and as the default profile.
    const Run named = run({u"show"_qs, kJob, u"--profile"_qs, u"tok"_qs, u"--json"_qs});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(named.out).object().value(u"id").toString(), kJob);
    QCOMPARE(run({u"show"_qs, kJob}).exitCode, 0);

    // A rejected token: exit 3, naming the profile and the way out.
    QCOMPARE(run({u"profile"_qs, u"login"_qs, u"tok"_qs}, TestSecrets::kWrongToken + '\n').exitCode, 0);
    const Run rejected = run({u"show"_qs, kJob});
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY(rejected.err.contains("\"tok\""));
    QVERIFY(rejected.err.contains("codearts-inspector profile login tok"));
}

void TestProfileCommands::explicitEndpointOverridesProfile()
{
    REQUIRE_KEYCHAIN();
    QCOMPARE(run({u"profile"_qs, u"add"_qs, u"far"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs},
                 DemoSandbox::demoToken() + '\n').exitCode, 0);
    const int before = m_sandbox.requestCount();
    const Run result = run({u"show"_qs, kJob, u"--profile"_qs, u"far"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_sandbox.requestCount(), before + 1);
}

void TestProfileCommands::showWithRememberedPassword()
{
    REQUIRE_KEYCHAIN();
    const int signIns = m_sandbox.signInCount();
    const Run add = run(QStringList{u"profile"_qs, u"add"_qs, u"pw"_qs} + endpointArgs()
                            + QStringList{u"--auth"_qs, u"password"_qs, u"--user"_qs, QLatin1String(DemoSandbox::demoUser),
                                          u"--domain"_qs, QLatin1String(DemoSandbox::demoAccount), u"--remember-password"_qs},
                        DemoSandbox::demoPassword() + '\n');
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(m_sandbox.signInCount(), signIns + 1);
    QCOMPARE(keychainRead(u"pw"_qs, ProfileSecret::Password), SecretError::Kind::None);
    QCOMPARE(keychainRead(u"pw"_qs, ProfileSecret::CachedToken), SecretError::Kind::None);

    QCOMPARE(run({u"show"_qs, kJob, u"--profile"_qs, u"pw"_qs}).exitCode, 0);
    QCOMPARE(m_sandbox.signInCount(), signIns + 1); // the cached token did

    // Short-lived tokens are renewed unattended with the remembered password.
    m_sandbox.setIssuedTokenLifetimeSeconds(120);
    QCOMPARE(run({u"profile"_qs, u"login"_qs, u"pw"_qs}).exitCode, 0); // no stdin: the remembered one
    QCOMPARE(m_sandbox.signInCount(), signIns + 2);
    const Run renewed = run({u"show"_qs, kJob, u"--profile"_qs, u"pw"_qs, u"--verbose"_qs}); // run() checks the trace
    QCOMPARE(renewed.exitCode, 0);
    QVERIFY(renewed.err.contains("Signing in again with the remembered password"));
    QVERIFY(renewed.err.contains("X-Auth-Token: <redacted"));
    QCOMPARE(m_sandbox.signInCount(), signIns + 3);
}

void TestProfileCommands::showWithoutRememberedPassword()
{
    REQUIRE_KEYCHAIN();
    m_sandbox.setIssuedTokenLifetimeSeconds(120); // under the 5-minute margin: always renew
    const Run add = run(QStringList{u"profile"_qs, u"add"_qs, u"once"_qs} + endpointArgs()
                            + QStringList{u"--auth"_qs, u"password"_qs, u"--user"_qs, QLatin1String(DemoSandbox::demoUser),
                                          u"--domain"_qs, QLatin1String(DemoSandbox::demoAccount)},
                        DemoSandbox::demoPassword() + '\n');
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(keychainRead(u"once"_qs, ProfileSecret::Password), SecretError::Kind::NotFound);
    QCOMPARE(keychainRead(u"once"_qs, ProfileSecret::CachedToken), SecretError::Kind::None);

    const Run stale = run({u"show"_qs, kJob, u"--profile"_qs, u"once"_qs});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.startsWith("error: ") && stale.err.count('\n') == 1, stale.err.constData());
    QVERIFY(stale.err.contains("\"once\""));
    QVERIFY(stale.err.contains("codearts-inspector profile login once"));

    m_sandbox.setIssuedTokenLifetimeSeconds(24 * 3600);
    QCOMPARE(run({u"profile"_qs, u"login"_qs, u"once"_qs}).exitCode, 3); // no password anywhere
    const Run login = run({u"profile"_qs, u"login"_qs, u"once"_qs}, DemoSandbox::demoPassword() + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QCOMPARE(keychainRead(u"once"_qs, ProfileSecret::Password), SecretError::Kind::NotFound);
    QCOMPARE(run({u"show"_qs, kJob, u"--profile"_qs, u"once"_qs}).exitCode, 0);
}

void TestProfileCommands::wrongPasswordAddsNothing()
{
    REQUIRE_KEYCHAIN();
    const Run add = run(QStringList{u"profile"_qs, u"add"_qs, u"typo"_qs} + endpointArgs()
                            + QStringList{u"--auth"_qs, u"password"_qs, u"--user"_qs, QLatin1String(DemoSandbox::demoUser),
                                          u"--domain"_qs, QLatin1String(DemoSandbox::demoAccount), u"--remember-password"_qs},
                        TestSecrets::kWrongPassword + '\n');
    QCOMPARE(add.exitCode, 3);
    QVERIFY(add.err.contains("\"typo\""));
    QVERIFY(listJson().isEmpty());
}

void TestProfileCommands::showWithAkSkProfile()
{
    REQUIRE_KEYCHAIN();
    const QByteArray keys = QByteArray(DemoSandbox::demoAccessKey) + '\n' + DemoSandbox::demoSecretKey() + '\n';
    // No project ID: the first request asks IAM for the region's, and the profile keeps it.
    QCOMPARE(run({u"profile"_qs, u"add"_qs, u"keys"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                  u"--iam-endpoint"_qs, m_sandbox.baseUrl().toString(), u"--project-name"_qs, u"cn-north-4"_qs,
                  u"--auth"_qs, u"aksk"_qs}, keys).exitCode, 0);
    QCOMPARE(listJson().first().value(u"project_id"), QJsonValue());
    const Run shown = run({u"show"_qs, kJob, u"--profile"_qs, u"keys"_qs});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QString projectId = listJson().first().value(u"project_id").toString();
    QVERIFY2(!projectId.isEmpty(), "the looked-up project ID is kept in the profile");
    const int beforeSecond = m_sandbox.requestCount();
    QCOMPARE(run({u"show"_qs, kJob, u"--profile"_qs, u"keys"_qs}).exitCode, 0);
    QCOMPARE(m_sandbox.requestCount(), beforeSecond + 1); // not asked again

    QCOMPARE(run({u"profile"_qs, u"add"_qs, u"bad-keys"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                  u"--project-id"_qs, projectId, u"--auth"_qs, u"aksk"_qs},
                 QByteArray(DemoSandbox::demoAccessKey) + '\n' + TestSecrets::kWrongSecretKey + '\n')
                 .exitCode, 0);
    const int before = m_sandbox.requestCount();
    const Run refused = run({u"show"_qs, kJob, u"--profile"_qs, u"bad-keys"_qs});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains("\"bad-keys\""));
    QVERIFY(refused.err.contains("verify aksk signature fail"));
    QCOMPARE(m_sandbox.requestCount(), before + 1); // never retried
}

void TestProfileCommands::showWithEnvironmentAkSk()
{
    // Needs no keychain: runs in both ctest entries.
    QProcessEnvironment env;
    env.insert(u"CLOUD_SDK_AK"_qs, QLatin1String(DemoSandbox::demoAccessKey));
    env.insert(u"CLOUD_SDK_SK"_qs, QString::fromLatin1(DemoSandbox::demoSecretKey()));
    // A custom endpoint names no region to look the project up by: it must be given.
    const Run noProject = run({u"show"_qs, kJob, u"--endpoint"_qs, m_sandbox.baseUrl().toString()}, {}, env);
    QCOMPARE(noProject.exitCode, 3);
    QVERIFY2(noProject.err.contains("CLOUD_SDK_PROJECT_ID"), noProject.err.constData());
    env.insert(u"CLOUD_SDK_PROJECT_ID"_qs, u"0123456789abcdef0123456789abcdef"_qs);
    const Run ok = run({u"show"_qs, kJob, u"--endpoint"_qs, m_sandbox.baseUrl().toString()}, {}, env);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.err.isEmpty(), ok.err.constData()); // the keychain was not even asked

    env.insert(u"CLOUD_SDK_SK"_qs, QString::fromLatin1(TestSecrets::kWrongSecretKey));
    const Run refused = run({u"show"_qs, kJob, u"--endpoint"_qs, m_sandbox.baseUrl().toString()}, {}, env);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains("CLOUD_SDK_SK"));
    const Run noEndpoint = run({u"show"_qs, kJob}, {}, env);
    QCOMPARE(noEndpoint.exitCode, 2);
}

void TestProfileCommands::removeDeletesSecrets()
{
    REQUIRE_KEYCHAIN();
    QCOMPARE(run(QStringList{u"profile"_qs, u"add"_qs, u"gone"_qs} + endpointArgs()
                     + QStringList{u"--auth"_qs, u"password"_qs, u"--user"_qs, QLatin1String(DemoSandbox::demoUser),
                                   u"--domain"_qs, QLatin1String(DemoSandbox::demoAccount), u"--remember-password"_qs},
                 DemoSandbox::demoPassword() + '\n').exitCode, 0);
    const QString id = profileId(u"gone"_qs);
    QVERIFY(!id.isEmpty());
    QCOMPARE(keychainRead(u"gone"_qs, ProfileSecret::Password), SecretError::Kind::None);

    QCOMPARE(run({u"profile"_qs, u"remove"_qs, u"gone"_qs}).exitCode, 0);
    KeychainSecretStore store;
    for (ProfileSecret which : {ProfileSecret::Token, ProfileSecret::Password, ProfileSecret::AccessKey,
                                ProfileSecret::SecretKey, ProfileSecret::CachedToken}) {
        SecretJob *job = store.read(ProfileStore::secretKey(id, which));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(job->isFinished() || spy.wait(20'000));
        QCOMPARE(job->error().kind, SecretError::Kind::NotFound);
    }
    // And by the Secret Service's own tool: no entry of that profile is left.
    QProcess tool;
    tool.start(u"secret-tool"_qs, {u"search"_qs, u"--all"_qs, u"server"_qs, u"codearts-inspector"_qs});
    if (tool.waitForFinished(20'000))
        QVERIFY(!QByteArray(tool.readAllStandardOutput() + tool.readAllStandardError()).contains(id.toLatin1()));
}

void TestProfileCommands::demoNeedsNoProfile()
{
    const Run demo = run({u"show"_qs, kJob, u"--demo"_qs});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), demo.err.constData());
    const Run none = run({u"show"_qs, kJob, u"--endpoint"_qs, m_sandbox.baseUrl().toString()});
    QCOMPARE(none.exitCode, 3);
    QVERIFY(none.err.contains("profile add"));
}

void TestProfileCommands::keychainUnavailable()
{
    if (!m_noKeychain)
        QSKIP("Runs in the tst_profilecommands_nokeychain ctest entry (D-Bus pointed at nothing)");
    const auto checkWarning = [](const Run &run) {
        const QList<QByteArray> lines = run.err.split('\n');
        return lines.count() >= 2 && lines.first().startsWith("warning: ")
            && lines.first().contains("memory for this session only")
            && run.err.count("warning: ") == 1;
    };

    const auto checkRefusal = [](const Run &run) {
        QList<QByteArray> errors;
        for (const QByteArray &line : run.err.split('\n')) {
            if (line.startsWith("error: "))
                errors.append(line);
        }
        return run.exitCode == 1 && errors.size() == 1 && errors.first().contains("keychain")
            && errors.first().contains("gnome-keyring-daemon") && errors.first().contains("not added");
    };
    // A token that would live in memory only, lost when the command ends: refused, no profile.
    const Run add = run({u"profile"_qs, u"add"_qs, u"tok"_qs, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                         u"--auth"_qs, u"token"_qs}, DemoSandbox::demoToken() + '\n');
    QVERIFY2(checkRefusal(add), add.err.constData());
    QVERIFY2(checkWarning(add), add.err.constData());
    QVERIFY(!add.out.contains("Added"));

    const Run list = run({u"profile"_qs, u"list"_qs});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains("tok"));
    QVERIFY(list.err.isEmpty()); // listing never touches the keychain

    // The same for a password profile that should remember its password.
    const Run password = run(QStringList{u"profile"_qs, u"add"_qs, u"pw"_qs} + endpointArgs()
                                 + QStringList{u"--auth"_qs, u"password"_qs, u"--user"_qs, QLatin1String(DemoSandbox::demoUser),
                                               u"--domain"_qs, QLatin1String(DemoSandbox::demoAccount), u"--remember-password"_qs},
                             DemoSandbox::demoPassword() + '\n');
    QVERIFY2(checkRefusal(password), password.err.constData());
    QVERIFY(!run({u"profile"_qs, u"list"_qs}).out.contains("pw"));
    QCOMPARE(filesContainingSecrets(m_childHome), QStringList());
}

void TestProfileCommands::noFileHoldsASecret()
{
    // The app's HOME and the keyring's (gnome-keyring encrypts its file).
    QCOMPARE(filesContainingSecrets(m_childHome), QStringList());
    QCOMPARE(filesContainingSecrets(QDir::homePath()), QStringList());
}

QTEST_GUILESS_MAIN(TestProfileCommands)
#include "tst_profilecommands.moc"
