#include "testsecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

// Runs after every test that handles secrets (ctest FIXTURES_CLEANUP): none of the secrets
// they used may have landed in a file under the test HOMEs or on any process's command line.
// The sandbox serves the demo token in plain text over loopback only; even so it must never
// be written anywhere or passed as an argument.
class TestLeaks : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsEncodedSecrets();
    void testHomesHoldNoSecret();
    void commandLinesHoldNoSecret();

private:
    static QStringList secretsIn(const QByteArray &content);
};

QStringList TestLeaks::secretsIn(const QByteArray &content)
{
    QStringList found;
    for (const QByteArray &secret : TestSecrets::all()) {
        if (TestSecrets::contains(content, secret))
            found << QString::number(TestSecrets::all().indexOf(secret)); // never the secret itself
    }
    return found;
}

void TestLeaks::scannerFindsEncodedSecrets()
{
    const QByteArray secret = TestSecrets::kWrongToken;
    QVERIFY(!secretsIn("nothing to see").size());
    QVERIFY(secretsIn("a=" + secret + ";").size());
    QVERIFY(secretsIn(secret.toHex()).size());
    for (int shift = 0; shift < 3; ++shift)
        QVERIFY(secretsIn("x" + QByteArray(QByteArray(shift, 'p') + secret + "tail").toBase64()).size());
}

void TestLeaks::testHomesHoldNoSecret()
{
    const QString root = qEnvironmentVariable("INSPECTOR_TEST_HOME_ROOT");
    QVERIFY2(QDir(root).exists(), "INSPECTOR_TEST_HOME_ROOT must name the build's tests/home");
    QStringList leaks;
    int scanned = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        const QStringList found = secretsIn(file.readAll());
        if (!found.isEmpty())
            leaks << file.fileName() + u" (secret #" + found.join(u", #") + u')';
    }
    qInfo("scanned %d files under %s", scanned, qPrintable(root));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"\n")));
}

void TestLeaks::commandLinesHoldNoSecret()
{
#ifdef Q_OS_LINUX
    QStringList leaks;
    const QStringList pids = QDir(u"/proc"_qs).entryList({u"[0-9]*"_qs}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(u"/proc/" + pid + u"/cmdline");
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList found = secretsIn(file.readAll());
        if (!found.isEmpty())
            leaks << u"process " + pid + u" (secret #" + found.join(u", #") + u')';
    }
    qInfo("scanned %lld command lines", qlonglong(pids.size()));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"\n")));
#else
    QSKIP("/proc is Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestLeaks)
#include "tst_leaks.moc"
