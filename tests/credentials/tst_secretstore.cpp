#include "credentials/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>

using Kind = SecretError::Kind;
using namespace std::chrono_literals;
Q_DECLARE_METATYPE(SecretError::Kind)

namespace {

// Set by tests/run-with-keyring.sh's ctest entry: a missing Secret Service is then a failure.
constexpr const char *kRequireKeychainEnv = "INSPECTOR_REQUIRE_KEYCHAIN";
// Set by the ctest entry that points D-Bus at a socket that does not exist.
constexpr const char *kExpectNoKeychainEnv = "INSPECTOR_EXPECT_NO_KEYCHAIN";
// Makes this binary a child process that reads one key and prints its SHA-256 (restart test).
constexpr const char *kChildReadEnv = "INSPECTOR_SECRETSTORE_CHILD_READ";

const QString kTestService = u"codearts-inspector-test"_qs;

QByteArray randomSecret(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// Waits for the job; every keychain job finishes by the store's timeout, so this never hangs.
SecretJob *wait(SecretJob *job, int ms = 30'000)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(ms);
    return job;
}

// True when `haystack` holds a piece of the secret raw or base64-encoded at any alignment
// (QtKeychain base64-encodes binary data for libsecret and for its plain-text fallback).
bool containsSecret(const QByteArray &haystack, const QByteArray &secret)
{
    const QByteArray sample = secret.mid(100, 300);
    if (haystack.contains(sample) || haystack.contains(sample.toHex()))
        return true;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = sample.mid(shift).toBase64();
        if (haystack.contains(encoded.mid(4, encoded.size() - 12)))
            return true;
    }
    return false;
}

QStringList filesUnderHomeContaining(const QByteArray &secret)
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && containsSecret(file.readAll(), secret))
            hits << file.fileName();
    }
    return hits;
}

// Reads a key in a new process, as the app would after a restart.
QString readInChildProcess(const QString &key)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildReadEnv), key);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(30'000)) {
        child.kill();
        child.waitForFinished();
        return u"child hung"_qs;
    }
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed();
}

int childMain(const QString &key)
{
    KeychainSecretStore store(kTestService, nullptr);
    SecretJob *job = wait(store.read(key));
    const QByteArray answer = job->succeeded()
        ? QCryptographicHash::hash(job->secret(), QCryptographicHash::Sha256).toHex()
        : "error:" + SecretError::kindName(job->error().kind).toLatin1();
    std::fputs(answer.constData(), stdout);
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Chunking and job logic, against memory.
    void splitIntoEntries_data();
    void splitIntoEntries();
    void memoryRoundTripOfLongSecret();
    void overwriteWithShorterRemovesStaleChunks();
    void emptySecret();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void missingChunkIsCorrupt();
    void invalidKey();
    void silentKeychainTimesOut();
    void simulatedNoKeychain();
    void thenCallsBackAndDeletesJob();
    void storeDeletedWhileJobsPending();
    void mapError_data();
    void mapError();
    void messagesArePlain();
    void homeScanFindsLeaks();

    // The real Secret Service (tests/run-with-keyring.sh).
    void keychainRoundTrip();
    void keychainLongSecretSurvivesRestart();
    void keychainOverwriteRemovesStaleChunks();

    // D-Bus pointed at nothing (the tst_secretstore_nokeychain ctest entry).
    void keychainUnavailable();

private:
    bool probeSecretService();

    bool m_keychainAvailable = false;
    bool m_keychainRequired = false;
    bool m_expectNoKeychain = false;
};

#define REQUIRE_KEYCHAIN()                                                                     \
    do {                                                                                       \
        if (!m_keychainAvailable) {                                                            \
            if (m_keychainRequired)                                                            \
                QFAIL("No Secret Service although run-with-keyring.sh should provide one");    \
            QSKIP("No session bus with a Secret Service; run through ctest (run-with-keyring.sh)"); \
        }                                                                                      \
    } while (false)

void TestSecretStore::initTestCase()
{
    m_keychainRequired = qEnvironmentVariableIntValue(kRequireKeychainEnv) == 1;
    m_expectNoKeychain = qEnvironmentVariableIntValue(kExpectNoKeychainEnv) == 1;
    m_keychainAvailable = !m_expectNoKeychain && probeSecretService();
    qInfo("Secret Service %s", m_keychainAvailable ? "available" : "not available");
}

// A Secret Service answers a read of a missing key with "not found"; anything else (no bus,
// no service, silence) means there is none to test against.
bool TestSecretStore::probeSecretService()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false; // do not let libsecret try to autolaunch a bus
#endif
    KeychainSecretStore store(kTestService, nullptr);
    store.setTimeout(5s);
    SecretJob *job = wait(store.read(u"probe-" + QString::number(QRandomGenerator::global()->generate())));
    return job->succeeded() || job->error().kind == Kind::NotFound;
}

void TestSecretStore::splitIntoEntries_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("entries");
    QTest::newRow("empty") << 0 << 1;
    QTest::newRow("tiny") << 10 << 1;
    QTest::newRow("fills first entry") << 1984 << 1;
    QTest::newRow("one byte more") << 1985 << 2;
    QTest::newRow("12 KB") << 12 * 1024 << 7;
    QTest::newRow("IAM token sized") << 16 * 1024 << 9;
    QTest::newRow("1 MB") << 1024 * 1024 << 525;
}

void TestSecretStore::splitIntoEntries()
{
    QFETCH(int, size);
    QFETCH(int, entries);
    const QByteArray secret = randomSecret(size);
    const QList<QByteArray> parts = SecretStore::splitIntoEntries(secret);
    QCOMPARE(parts.size(), entries);
    for (const QByteArray &part : parts)
        QVERIFY(part.size() <= SecretStore::kMaxEntryBytes);
    QVERIFY(parts.first().startsWith(QByteArray("CIS1 " + QByteArray::number(entries) + '\n')));
    QByteArray joined = parts.first().mid(parts.first().indexOf('\n') + 1);
    for (qsizetype i = 1; i < parts.size(); ++i)
        joined += parts.at(i);
    QCOMPARE(joined, secret);
}

void TestSecretStore::memoryRoundTripOfLongSecret()
{
    MemorySecretStore store;
    const QByteArray secret = randomSecret(12 * 1024);
    QVERIFY(wait(store.write(u"token"_qs, secret))->succeeded());

    QCOMPARE(store.entries().size(), 7);
    QVERIFY(store.entries().contains(u"token"_qs));
    for (int i = 1; i < 7; ++i)
        QVERIFY(store.entries().contains(u"token." + QString::number(i)));
    for (const QByteArray &entry : store.entries())
        QVERIFY2(entry.size() <= 2000, QByteArray::number(entry.size()).constData());

    SecretJob *read = wait(store.read(u"token"_qs));
    QVERIFY(read->succeeded());
    QCOMPARE(read->secret(), secret);

    QVERIFY(wait(store.remove(u"token"_qs))->succeeded());
    QVERIFY(store.entries().isEmpty());
}

void TestSecretStore::overwriteWithShorterRemovesStaleChunks()
{
    MemorySecretStore store;
    QVERIFY(wait(store.write(u"k"_qs, randomSecret(12 * 1024)))->succeeded());
    QVERIFY(wait(store.write(u"k"_qs, "short"))->succeeded());
    QCOMPARE(store.entries().keys(), QStringList{u"k"_qs});
    QCOMPARE(wait(store.read(u"k"_qs))->secret(), QByteArray("short"));
}

void TestSecretStore::emptySecret()
{
    MemorySecretStore store;
    QVERIFY(wait(store.write(u"k"_qs, {}))->succeeded());
    SecretJob *read = wait(store.read(u"k"_qs));
    QVERIFY(read->succeeded());
    QVERIFY(read->secret().isEmpty());
}

void TestSecretStore::readMissingIsNotFound()
{
    MemorySecretStore store;
    SecretJob *read = wait(store.read(u"nothing"_qs));
    QVERIFY(read->isFinished());
    QCOMPARE(read->error().kind, Kind::NotFound);
    QVERIFY(!read->error().keychainUnavailable());
}

void TestSecretStore::removeMissingSucceeds()
{
    MemorySecretStore store;
    QVERIFY(wait(store.remove(u"nothing"_qs))->succeeded());
}

void TestSecretStore::missingChunkIsCorrupt()
{
    MemorySecretStore store;
    QVERIFY(wait(store.write(u"k"_qs, randomSecret(12 * 1024)))->succeeded());
    // "k.3" is not a header, so removing it removes just that raw entry.
    QVERIFY(wait(store.remove(u"k.3"_qs))->succeeded());
    QCOMPARE(store.entries().size(), 6);
    SecretJob *read = wait(store.read(u"k"_qs));
    QCOMPARE(read->error().kind, Kind::Corrupt);
    QVERIFY(read->secret().isEmpty());
}

void TestSecretStore::invalidKey()
{
    MemorySecretStore store;
    QCOMPARE(wait(store.write({}, "x"))->error().kind, Kind::InvalidKey);
    QCOMPARE(wait(store.read(u"a\nb"_qs))->error().kind, Kind::InvalidKey);
    QVERIFY(store.entries().isEmpty());
}

void TestSecretStore::silentKeychainTimesOut()
{
    MemorySecretStore store;
    store.simulateSilence(true);
    store.setTimeout(300ms);
    QElapsedTimer clock;
    clock.start();
    SecretJob *job = wait(store.write(u"k"_qs, randomSecret(5000)), 5000);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind, Kind::Timeout);
    QVERIFY(job->error().keychainUnavailable());
    QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(job->error().hint.contains(u"memory for this session only"));
}

void TestSecretStore::simulatedNoKeychain()
{
    MemorySecretStore store;
    store.simulateError(Kind::NoKeychain);
    SecretJob *job = wait(store.write(u"k"_qs, "secret"));
    QCOMPARE(job->error().kind, Kind::NoKeychain);
    QVERIFY(job->error().keychainUnavailable());
    QVERIFY(store.entries().isEmpty());
}

void TestSecretStore::thenCallsBackAndDeletesJob()
{
    MemorySecretStore store;
    QByteArray got;
    QPointer<SecretJob> job = store.write(u"k"_qs, "value");
    bool called = false;
    job->then(this, [&](const SecretJob &done) { called = done.succeeded(); });
    QTRY_VERIFY(called);
    QTRY_VERIFY(job.isNull());

    store.read(u"k"_qs)->then(this, [&](const SecretJob &done) { got = done.secret(); });
    QTRY_COMPARE(got, QByteArray("value"));
}

void TestSecretStore::storeDeletedWhileJobsPending()
{
    auto store = std::make_unique<MemorySecretStore>();
    QPointer<SecretJob> job = store->write(u"k"_qs, "value");
    store.reset();
    QVERIFY(job.isNull());
    QTest::qWait(50); // the queued start and answers must find nothing to touch
}

void TestSecretStore::mapError_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Kind::None;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_qs << Kind::NotFound;
    QTest::newRow("no bus socket") << int(QKeychain::OtherError)
                                   << u"Could not connect: No such file or directory"_qs << Kind::NoKeychain;
    QTest::newRow("no autolaunch") << int(QKeychain::OtherError)
                                   << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_qs << Kind::NoKeychain;
    QTest::newRow("no service") << int(QKeychain::OtherError)
                                << u"The name org.freedesktop.secrets was not provided by any .service files"_qs
                                << Kind::NoKeychain;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Kind::NoKeychain;
    QTest::newRow("locked") << int(QKeychain::AccessDenied)
                            << u"Cannot create an item in a locked collection"_qs << Kind::Locked;
    QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser) << QString() << Kind::AccessDenied;
    QTest::newRow("dismissed") << int(QKeychain::OtherError) << u"Prompt dismissed"_qs << Kind::AccessDenied;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Unknown error"_qs << Kind::Failed;
}

void TestSecretStore::mapError()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const SecretError error = KeychainSecretStore::mapError(code, text);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.detail, kind == Kind::None ? QString() : text);
}

void TestSecretStore::messagesArePlain()
{
    const SecretError none(Kind::NoKeychain, u"Could not connect"_qs);
    QVERIFY(none.message.startsWith(u"No keychain is available"));
    QVERIFY(none.hint.contains(u"kept in memory for this session only"));
    QVERIFY(none.oneLine().contains(u"(Could not connect)"));
    for (Kind kind : {Kind::NotFound, Kind::NoKeychain, Kind::Locked, Kind::AccessDenied,
                      Kind::Timeout, Kind::Corrupt, Kind::InvalidKey, Kind::Failed}) {
        QVERIFY2(!SecretError(kind).message.isEmpty(), qPrintable(SecretError::kindName(kind)));
        QVERIFY(SecretError(kind).isError());
    }
}

// The scan used below must catch a secret written raw or base64-encoded at any offset.
void TestSecretStore::homeScanFindsLeaks()
{
    const QByteArray secret = randomSecret(4096);
    QVERIFY(!containsSecret(randomSecret(8192), secret));
    QVERIFY(containsSecret(QByteArray("x" + secret + "y"), secret));
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = QByteArray(QByteArray(offset, 'p') + secret.mid(50)).toBase64();
        QVERIFY2(containsSecret(QByteArray("password=" + encoded), secret), QByteArray::number(offset).constData());
    }
}

void TestSecretStore::keychainRoundTrip()
{
    REQUIRE_KEYCHAIN();
    KeychainSecretStore store(kTestService, nullptr);
    const QByteArray secret = "s3cr\xC3\xA9t with spaces\nand a newline";
    QVERIFY(wait(store.write(u"roundtrip"_qs, secret))->succeeded());

    SecretJob *read = wait(store.read(u"roundtrip"_qs));
    QVERIFY2(read->succeeded(), qPrintable(read->error().oneLine()));
    QCOMPARE(read->secret(), secret);

    QVERIFY(wait(store.remove(u"roundtrip"_qs))->succeeded());
    QCOMPARE(wait(store.read(u"roundtrip"_qs))->error().kind, Kind::NotFound);
    QVERIFY(wait(store.remove(u"roundtrip"_qs))->succeeded()); // already gone is fine
}

void TestSecretStore::keychainLongSecretSurvivesRestart()
{
    REQUIRE_KEYCHAIN();
    const QByteArray secret = randomSecret(12 * 1024);
    const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    {
        KeychainSecretStore writer(kTestService, nullptr);
        SecretJob *write = wait(writer.write(u"iam-token"_qs, secret));
        QVERIFY2(write->succeeded(), qPrintable(write->error().oneLine()));
    }
    {
        KeychainSecretStore reader(kTestService, nullptr);
        SecretJob *read = wait(reader.read(u"iam-token"_qs));
        QVERIFY2(read->succeeded(), qPrintable(read->error().oneLine()));
        QCOMPARE(read->secret(), secret);
    }
    QCOMPARE(readInChildProcess(u"iam-token"_qs), QString::fromLatin1(digest));
    // gnome-keyring encrypts its file: nothing under HOME may show the secret.
    QCOMPARE(filesUnderHomeContaining(secret), QStringList());

    KeychainSecretStore store(kTestService, nullptr);
    QVERIFY(wait(store.remove(u"iam-token"_qs))->succeeded());
    QCOMPARE(readInChildProcess(u"iam-token"_qs), u"error:NotFound"_qs);
    QCOMPARE(readInChildProcess(u"iam-token.6"_qs), u"error:NotFound"_qs);
}

void TestSecretStore::keychainOverwriteRemovesStaleChunks()
{
    REQUIRE_KEYCHAIN();
    KeychainSecretStore store(kTestService, nullptr);
    QVERIFY(wait(store.write(u"k"_qs, randomSecret(12 * 1024)))->succeeded());
    QVERIFY(wait(store.write(u"k"_qs, "short"))->succeeded());
    QCOMPARE(wait(store.read(u"k"_qs))->secret(), QByteArray("short"));
    for (int i = 1; i < 7; ++i)
        QCOMPARE(wait(store.read(u"k." + QString::number(i)))->error().kind, Kind::NotFound);
    QVERIFY(wait(store.remove(u"k"_qs))->succeeded());
}

void TestSecretStore::keychainUnavailable()
{
    if (!m_expectNoKeychain)
        QSKIP("Runs in the tst_secretstore_nokeychain ctest entry (D-Bus pointed at nothing)");
    QVERIFY(QDir().mkpath(QDir::homePath()));

    KeychainSecretStore store(kTestService, nullptr);
    store.setTimeout(5s);
    const QByteArray secret = randomSecret(12 * 1024);
    // Each operation must end with a clear error, by the store's timeout at the latest.
    const auto check = [](SecretJob *job, const char *what) {
        QElapsedTimer clock;
        clock.start();
        wait(job, 15'000);
        qInfo("%s: %s after %lld ms", what, qPrintable(job->error().oneLine()), clock.elapsed());
        return job->isFinished() && job->error().keychainUnavailable() && clock.elapsed() < 6'000;
    };
    QVERIFY(check(store.write(u"iam-token"_qs, secret), "write"));
    SecretJob *read = store.read(u"iam-token"_qs);
    QVERIFY(check(read, "read"));
    QVERIFY(read->secret().isEmpty());
    QVERIFY(check(store.remove(u"iam-token"_qs), "remove"));

    // The app's fallback: this session only, in memory.
    MemorySecretStore memory;
    QVERIFY(wait(memory.write(u"iam-token"_qs, secret))->succeeded());
    QCOMPARE(wait(memory.read(u"iam-token"_qs))->secret(), secret);

    QCOMPARE(filesUnderHomeContaining(secret), QStringList());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildReadEnv))
        return childMain(qEnvironmentVariable(kChildReadEnv));
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
