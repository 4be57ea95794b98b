#include "credentials/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

SecretJob *wait(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(10'000);
    return job;
}

Profile tokenProfile(const QString &name, const QString &region = u"cn-north-4"_qs)
{
    Profile p;
    p.name = name;
    p.region = region;
    p.kind = Profile::Kind::Token;
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void iamEndpoint_data();
    void iamEndpoint();
    void firstAddedIsDefault();
    void fieldsSurviveReopenWithoutSecrets();
    void validation_data();
    void validation();
    void renameKeepsSecrets();
    void removeDeletesAllSecrets();
    void removeStopsOnUnavailableKeychain();

private:
    ProfileStore *openStore();
    SecretError removeAndWait(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    openStore();
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_secrets.reset();
    m_dir.reset();
}

ProfileStore *TestProfileStore::openStore()
{
    m_store.reset();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    return m_store.get();
}

SecretError TestProfileStore::removeAndWait(const QString &name)
{
    std::optional<SecretError> result;
    m_store->remove(name, this, [&](const SecretError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
        qWarning("remove() did not call back");
    return result.value_or(SecretError(SecretError::Kind::Timeout));
}

void TestProfileStore::iamEndpoint_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("expected");
    QTest::newRow("derived") << u"cn-north-4"_qs << QString() << u"https://iam.cn-north-4.myhuaweicloud.com"_qs;
    QTest::newRow("other region") << u"ap-southeast-3"_qs << QString() << u"https://iam.ap-southeast-3.myhuaweicloud.com"_qs;
    QTest::newRow("europe") << u"eu-west-101"_qs << QString() << u"https://iam.eu-west-101.myhuaweicloud.eu"_qs;
    QTest::newRow("no region") << QString() << QString() << QString();
    QTest::newRow("not a region") << u"evil.com/x"_qs << QString() << QString();
    QTest::newRow("overridden") << u"cn-north-4"_qs << u"https://iam.example.com"_qs << u"https://iam.example.com"_qs;
}

void TestProfileStore::iamEndpoint()
{
    QFETCH(QString, region);
    QFETCH(QString, custom);
    QFETCH(QString, expected);
    Profile p = tokenProfile(u"p"_qs, region);
    p.iamEndpoint = QUrl(custom);
    QCOMPARE(p.effectiveIamEndpoint(), QUrl(expected));
}

void TestProfileStore::firstAddedIsDefault()
{
    QVERIFY(m_store->defaultProfileName().isEmpty());
    QVERIFY(m_store->save(tokenProfile(u"work"_qs)));
    QVERIFY(m_store->save(tokenProfile(u"home"_qs, u"cn-east-3"_qs)));
    QCOMPARE(m_store->defaultProfileName(), u"work"_qs);
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(m_store->profiles().at(1).name, u"home"_qs);
    QVERIFY(m_store->setDefaultProfile(u"home"_qs));
    QCOMPARE(m_store->defaultProfileName(), u"home"_qs);
    QVERIFY(!m_store->setDefaultProfile(u"nobody"_qs));
}

void TestProfileStore::fieldsSurviveReopenWithoutSecrets()
{
    Profile p;
    p.name = u"Build bot"_qs;
    p.endpoint = QUrl(u"https://cloudbuild.example.com"_qs);
    p.iamEndpoint = QUrl(u"https://iam.example.com"_qs);
    p.kind = Profile::Kind::Password;
    p.userName = u"alice"_qs;
    p.domainName = u"acme"_qs;
    p.projectName = u"cn-north-4_dev"_qs;
    p.projectId = u"0123456789abcdef"_qs;
    const std::optional<Profile> saved = m_store->save(p);
    QVERIFY(saved);
    QVERIFY(!saved->id.isEmpty());
    const QByteArray password = "correct horse battery staple";
    QVERIFY(wait(m_store->writeSecret(*saved, ProfileSecret::Password, password))->succeeded());

    openStore();
    const std::optional<Profile> loaded = m_store->profile(u"Build bot"_qs);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, saved->id);
    QCOMPARE(loaded->endpoint, p.endpoint);
    QCOMPARE(loaded->effectiveEndpoint(), p.endpoint);
    QCOMPARE(loaded->iamEndpoint, p.iamEndpoint);
    QCOMPARE(loaded->kind, Profile::Kind::Password);
    QCOMPARE(loaded->userName, p.userName);
    QCOMPARE(loaded->domainName, p.domainName);
    QCOMPARE(loaded->projectName, p.projectName);
    QCOMPARE(loaded->projectId, p.projectId);
    QCOMPARE(wait(m_store->readSecret(*loaded, ProfileSecret::Password))->secret(), password);

    QFile ini(m_dir->filePath(u"settings.ini"_qs));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("alice"));
    QVERIFY(!text.contains(password));
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::newRow("no name") << u"  "_qs << u"cn-north-4"_qs << QString() << int(Profile::Kind::Token);
    QTest::newRow("duplicate") << u"taken"_qs << u"cn-north-4"_qs << QString() << int(Profile::Kind::Token);
    QTest::newRow("no region, no endpoint") << u"p"_qs << QString() << QString() << int(Profile::Kind::Token);
    QTest::newRow("unknown region") << u"p"_qs << u"xx-nowhere-9"_qs << QString() << int(Profile::Kind::Token);
    QTest::newRow("plain http") << u"p"_qs << QString() << u"http://example.com"_qs << int(Profile::Kind::AkSk);
    QTest::newRow("password without user") << u"p"_qs << u"cn-north-4"_qs << QString() << int(Profile::Kind::Password);
}

void TestProfileStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(int, kind);
    QVERIFY(m_store->save(tokenProfile(u"taken"_qs)));
    Profile p = tokenProfile(name, region);
    p.endpoint = QUrl(endpoint);
    p.kind = Profile::Kind(kind);
    QString error;
    QVERIFY(!m_store->save(p, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileStore::renameKeepsSecrets()
{
    std::optional<Profile> p = m_store->save(tokenProfile(u"old"_qs));
    QVERIFY(p);
    QVERIFY(wait(m_store->writeSecret(*p, ProfileSecret::Token, "tok"))->succeeded());
    p->name = u"new"_qs;
    QVERIFY(m_store->save(*p));
    QCOMPARE(m_store->profiles().size(), 1);
    const std::optional<Profile> renamed = m_store->profile(u"new"_qs);
    QVERIFY(renamed);
    QCOMPARE(m_store->defaultProfileName(), u"new"_qs);
    QCOMPARE(wait(m_store->readSecret(*renamed, ProfileSecret::Token))->secret(), QByteArray("tok"));
}

void TestProfileStore::removeDeletesAllSecrets()
{
    Profile aksk = tokenProfile(u"keys"_qs);
    aksk.kind = Profile::Kind::AkSk;
    const std::optional<Profile> first = m_store->save(aksk);
    const std::optional<Profile> second = m_store->save(tokenProfile(u"other"_qs));
    QVERIFY(first && second);
    QVERIFY(wait(m_store->writeSecret(*first, ProfileSecret::AccessKey, "AK"))->succeeded());
    QVERIFY(wait(m_store->writeSecret(*first, ProfileSecret::SecretKey, QByteArray(5000, 's')))->succeeded());
    QVERIFY(wait(m_store->writeSecret(*first, ProfileSecret::Token, "left over"))->succeeded());
    QVERIFY(wait(m_store->writeSecret(*second, ProfileSecret::Token, "keep"))->succeeded());

    QVERIFY(!removeAndWait(u"keys"_qs).isError());
    QVERIFY(!m_store->profile(u"keys"_qs));
    QCOMPARE(m_store->defaultProfileName(), u"other"_qs);
    const QStringList left = m_secrets->entries().keys();
    QCOMPARE(left, QStringList{ProfileStore::secretKey(second->id, ProfileSecret::Token)});
    QVERIFY(!m_settings->allKeys().join(u' ').contains(first->id));
}

void TestProfileStore::removeStopsOnUnavailableKeychain()
{
    QVERIFY(m_store->save(tokenProfile(u"p"_qs)));
    m_secrets->simulateError(SecretError::Kind::NoKeychain);
    const SecretError error = removeAndWait(u"p"_qs);
    QCOMPARE(error.kind, SecretError::Kind::NoKeychain);
    QVERIFY(m_store->profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
