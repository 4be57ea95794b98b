#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void firstInstanceListens();
    void secondLaunchHandsOverItsArguments();
    void leftoverSocketIsReplaced();

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

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
