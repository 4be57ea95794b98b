#include "instancesocket.h"
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

// Whether a launch must load Qt Network to hand its job over: only when an instance listens.
class TestInstanceSocket : public QObject
{
    Q_OBJECT

private slots:
    void nobodyWithoutASocketFile();
    void aListeningInstanceIsSeenAndNotDisturbed();
    void leftoverSocketOfAKilledInstanceIsNobody();
    void leftoverPlainFileIsNobody();
    void defaultKeyIsPerUser();

private:
    static QString uniqueKey()
    {
        return u"codearts-inspector-socket-test-"_qs + QString::number(QCoreApplication::applicationPid())
            + u'-' + QString::number(++s_counter);
    }
    static QString pathOf(const QString &key) { return QDir::cleanPath(QDir::tempPath()) + u'/' + key; }
    static inline int s_counter = 0;
};

void TestInstanceSocket::nobodyWithoutASocketFile()
{
    const QString key = uniqueKey();
    QVERIFY(!QFile::exists(pathOf(key)));
    QVERIFY(!InstanceSocket::mayBeListening(key));
}

void TestInstanceSocket::aListeningInstanceIsSeenAndNotDisturbed()
{
    const QString key = uniqueKey();
    SingleInstance running(key);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    QVERIFY(InstanceSocket::mayBeListening(key));
    // The probe's connection closes without a message: nothing is handed over.
    QTest::qWait(200);
    QCOMPARE(received.size(), 0);
    // It still serves a real hand-over afterwards.
    QVERIFY(InstanceSocket::mayBeListening(key));
}

void TestInstanceSocket::leftoverSocketOfAKilledInstanceIsNobody()
{
    // What a killed instance leaves: a socket file that nobody accepts connections on.
    const QString key = uniqueKey();
    const QByteArray path = QFile::encodeName(pathOf(key));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(path.size() < qsizetype(sizeof address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int leftover = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(leftover >= 0);
    QCOMPARE(::bind(leftover, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    ::close(leftover);
    QVERIFY(QFile::exists(pathOf(key)));

    QVERIFY(!InstanceSocket::mayBeListening(key));

    // The next instance takes the path over, and is then seen.
    SingleInstance next(key);
    QVERIFY(next.listen());
    QVERIFY(InstanceSocket::mayBeListening(key));
}

void TestInstanceSocket::leftoverPlainFileIsNobody()
{
    const QString key = uniqueKey();
    QFile leftover(pathOf(key));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(!InstanceSocket::mayBeListening(key));
    QVERIFY(leftover.remove());
}

void TestInstanceSocket::defaultKeyIsPerUser()
{
    const QString mine = InstanceSocket::defaultKey();
    QVERIFY(mine.startsWith(QCoreApplication::applicationName() + u'-'));
    const QByteArray user = qgetenv("USER");
    qputenv("USER", user + "-someone-else");
    const QString theirs = InstanceSocket::defaultKey();
    qputenv("USER", user);
    QVERIFY(theirs != mine);
    QCOMPARE(InstanceSocket::defaultKey(), mine);
}

QTEST_GUILESS_MAIN(TestInstanceSocket)
#include "tst_instancesocket.moc"
