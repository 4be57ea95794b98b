#include "platform/singleinstance.h"

#include "commandrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void firstInstanceListens();
    void secondLaunchHandsOverItsArguments();
    void leftoverSocketIsReplaced();
    void executableHandsItsJobToTheOpenWindow();
    void defaultKeyIsPerUser();

private:
    static QString uniqueKey() { return u"codearts-inspector-test-"_qs + QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++s_counter); }
    static inline int s_counter = 0;
};

void TestSingleInstance::firstInstanceListens()
{
    SingleInstance first(uniqueKey());
    QVERIFY(!first.handOver({u"x"_qs}, 200)); // nobody is running yet
    QVERIFY(first.listen());
}

void TestSingleInstance::secondLaunchHandsOverItsArguments()
{
    const QString key = uniqueKey();
    SingleInstance running(key);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    // The second launch blocks while it waits for the acknowledgement, so it runs in a thread
    // while this one serves the running instance.
    bool handedOver = false;
    const QString url = u"https://devcloud.huaweicloud.com/cloudbuild/job/f5af662119404ad187437cd272b5099b"_qs;
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance(key).handOver({url}, 3000); });
    launcher->start();
    QTRY_VERIFY(launcher->isFinished());
    delete launcher;
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{url});
}

void TestSingleInstance::leftoverSocketIsReplaced()
{
    const QString key = uniqueKey();
    // What a crashed instance leaves behind: the socket's path taken, nobody listening.
    QString path;
    {
        QLocalServer probe;
        QVERIFY(probe.listen(key));
        path = probe.fullServerName();
    }
    QFile leftover(path);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(!QLocalServer().listen(key)); // a plain listen fails on the leftover

    SingleInstance fresh(key);
    QVERIFY(fresh.listen());
    QSignalSpy received(&fresh, &SingleInstance::argumentsReceived);
    bool handedOver = false;
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance(key).handOver({}, 3000); });
    launcher->start();
    QTRY_VERIFY(launcher->isFinished());
    delete launcher;
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
}

// End to end, with the real executable: a second launch gives its job to the window already
// open (which acknowledges it) and exits without showing a window of its own.
void TestSingleInstance::executableHandsItsJobToTheOpenWindow()
{
    const QString executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(!executable.isEmpty(), "INSPECTOR_EXECUTABLE is not set");
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QProcessEnvironment environment = windowTestEnvironment(scratch.path());

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(executable, {QStringLiteral("--demo")});
    QVERIFY(first.waitForStarted());
    // The window listens once it is on screen: wait for its socket to appear.
    const auto listening = [&scratch] {
        const QFileInfoList entries = QDir(scratch.path()).entryInfoList(QDir::System | QDir::NoDotAndDotDot);
        return std::any_of(entries.cbegin(), entries.cend(),
                           [](const QFileInfo &entry) { return !entry.isFile() && !entry.isDir(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 60'000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(executable, {QStringLiteral("f5af662119404ad187437cd272b5099b")});
    const bool ended = second.waitForFinished(30'000);
    if (!ended)
        second.kill();
    const QByteArray secondErr = second.readAllStandardError();
    first.kill();
    first.waitForFinished();
    QVERIFY2(ended, "the second launch kept running: it opened a window of its own");
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(!secondErr.contains("window-shown"), secondErr.constData());
}

void TestSingleInstance::defaultKeyIsPerUser()
{
    const QString mine = SingleInstance::defaultKey();
    QVERIFY(mine.startsWith(QCoreApplication::applicationName() + u'-'));
    const QByteArray user = qgetenv("USER");
    qputenv("USER", user + "-someone-else");
    const QString theirs = SingleInstance::defaultKey();
    qputenv("USER", user);
    QVERIFY(theirs != mine);
    QCOMPARE(SingleInstance::defaultKey(), mine);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
