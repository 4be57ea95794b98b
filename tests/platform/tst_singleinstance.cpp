#include "platform/singleinstance.h"

#include "commandrun.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

// The tests of the socket's place and owner are for Unix, where the app is used.
namespace {

constexpr uid_t kNobody = 65534;

// Sets an environment variable for one test and puts the old value back.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QByteArray serialized(const QStringList &arguments)
{
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << arguments;
    return message;
}

// A process that acts as another user (nobody) on a local socket while still reaching files
// as root: effective user ID nobody (what SO_PEERCRED reports), file-system user ID root (so
// that it can bind or connect inside this user's private directory, as root or a changed
// mode would allow). "serve PATH" listens and prints how many bytes it was sent;
// "send PATH HEX" connects, sends the bytes and prints the answer. With "asself" first it
// keeps its own IDs: the control that shows the same script gets through.
constexpr char kOtherUserScript[] = R"(
import ctypes, os, socket, sys
args = sys.argv[1:]
if args[0] == 'asself':
    args = args[1:]
else:
    libc = ctypes.CDLL(None, use_errno=True)
    os.setegid(65534); os.seteuid(65534); libc.setfsuid(0)
if args[0] == 'serve':
    server = socket.socket(socket.AF_UNIX); server.bind(args[1]); server.listen(1)
    print('listening', flush=True)
    connection, _ = server.accept(); connection.settimeout(5)
    data = b''
    try:
        while True:
            chunk = connection.recv(4096)
            if not chunk: break
            data += chunk
    except Exception:
        pass
    print('received', len(data), flush=True)
else:
    client = socket.socket(socket.AF_UNIX); client.connect(args[1])
    client.sendall(bytes.fromhex(args[2])); client.settimeout(3)
    try:
        answer = client.recv(16)
    except socket.timeout:
        answer = b'timeout'
    except OSError:
        answer = b''  # reset: the other end closed without reading
    print('answer', answer.decode(errors='replace'), flush=True)
)";

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void firstInstanceListens();
    void secondLaunchHandsOverItsArguments();
    void floodIsCutOff();
    void leftoverSocketIsReplaced();
    void executableHandsItsJobToTheOpenWindow();
    void defaultSocketIsPerUserAndSession();
    void defaultSocketFallsBackToAPrivateDirectory();
    void openRuntimeDirectoryIsNotUsed();
    void runtimeDirectoryOfAnotherUserIsNotUsed();
    void fallbackDirectoryTakenByAnotherUserIsRefused();
    void socketFileOfAnotherUserGetsNothing();
    void listenerOfAnotherUserGetsNothing();
    void clientOfAnotherUserIsNotHeard();

private:
    // A socket path in a fresh private (0700) directory.
    QString uniqueSocket() { return m_directory.path() + u"/instance-"_qs + QString::number(++m_counter); }
    QString python() const { return QStandardPaths::findExecutable(u"python3"_qs); }

    QTemporaryDir m_directory;
    int m_counter = 0;
};

void TestSingleInstance::firstInstanceListens()
{
    SingleInstance first(uniqueSocket());
    QVERIFY2(first.problem().isEmpty(), qPrintable(first.problem()));
    QVERIFY(!first.handOver({u"x"_qs}, 200)); // nobody is running yet
    QVERIFY(first.listen());
}

void TestSingleInstance::secondLaunchHandsOverItsArguments()
{
    const QString path = uniqueSocket();
    SingleInstance running(path);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    // The second launch blocks while it waits for the acknowledgement, so it runs in a thread
    // while this one serves the running instance.
    bool handedOver = false;
    const QString url = u"https://devcloud.huaweicloud.com/cloudbuild/job/f5af662119404ad187437cd272b5099b"_qs;
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance(path).handOver({url}, 3000); });
    launcher->start();
    QTRY_VERIFY(launcher->isFinished());
    delete launcher;
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{url});
}

// A same-user peer that sends 50 MB, or claims a list of four billion arguments, is cut off:
// nothing is handed over, and no more than the cap is ever read. A job URL still goes through.
void TestSingleInstance::floodIsCutOff()
{
    const QString path = uniqueSocket();
    SingleInstance running(path);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    const QByteArray flood(50 * 1024 * 1024, 'x');
    QByteArray hugeCount;
    QDataStream(&hugeCount, QIODevice::WriteOnly) << quint32(0xfffffff0) << QString(u"a"_qs);
    for (const QByteArray &message : {flood, hugeCount}) {
        QLocalSocket peer;
        peer.connectToServer(path);
        QVERIFY(peer.waitForConnected(3000));
        peer.write(message);
        // The running instance hangs up, long before 50 MB are through.
        QTRY_VERIFY_WITH_TIMEOUT(peer.state() == QLocalSocket::UnconnectedState, 10'000);
        QVERIFY(!peer.readAll().contains("ok"));
    }
    QCOMPARE(received.size(), 0);

    // Arguments over the cap are not sent at all; a long URL under it is.
    QVERIFY(!SingleInstance(path).handOver({QString(int(SingleInstance::kMaxMessageBytes), u'j')}, 500));
    bool handedOver = false;
    const QString url = u"https://devcloud.huaweicloud.com/cloudbuild/job/f5af662119404ad187437cd272b5099b?"_qs
        + QString(3900, u'q');
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance(path).handOver({url}, 3000); });
    launcher->start();
    QTRY_VERIFY(launcher->isFinished());
    delete launcher;
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::leftoverSocketIsReplaced()
{
    const QString path = uniqueSocket();
    // What a crashed instance leaves behind: a socket file, nobody listening on it.
    {
        const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray file = QFile::encodeName(path);
        QVERIFY(size_t(file.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, file.constData(), size_t(file.size()));
        QCOMPARE(::bind(descriptor, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(descriptor);
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QLocalServer().listen(path)); // a plain listen fails on the leftover

    SingleInstance fresh(path);
    QVERIFY(fresh.listen());
    QSignalSpy received(&fresh, &SingleInstance::argumentsReceived);
    bool handedOver = false;
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance(path).handOver({}, 3000); });
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
    const QString runtime = environment.value(u"XDG_RUNTIME_DIR"_qs);

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(executable, {QStringLiteral("--demo")});
    QVERIFY(first.waitForStarted());
    // The window listens once it is on screen: wait for its socket to appear in the runtime
    // directory.
    const auto listening = [&runtime] {
        const QFileInfoList entries = QDir(runtime).entryInfoList(QDir::System | QDir::NoDotAndDotDot);
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

void TestSingleInstance::defaultSocketIsPerUserAndSession()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    ScopedEnvironment runtimeDirectory("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    ScopedEnvironment session("XDG_SESSION_ID", "3");
    ScopedEnvironment display("DISPLAY", ":0");
    ScopedEnvironment wayland("WAYLAND_DISPLAY", QByteArray());
    ScopedEnvironment user("USER", QByteArray()); // no longer what keeps users apart

    QString problem;
    const QString mine = SingleInstance::defaultSocketPath(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QFileInfo(mine).absolutePath(), QFileInfo(runtime.path()).absoluteFilePath());
    QVERIFY(QFileInfo(mine).fileName().startsWith(QCoreApplication::applicationName() + u'-'));

    {
        ScopedEnvironment otherSession("XDG_SESSION_ID", "4");
        QVERIFY(SingleInstance::defaultSocketPath() != mine);
    }
    {
        ScopedEnvironment otherDisplay("DISPLAY", ":1");
        QVERIFY(SingleInstance::defaultSocketPath() != mine);
    }
    {
        ScopedEnvironment waylandToo("WAYLAND_DISPLAY", "wayland-0");
        QVERIFY(SingleInstance::defaultSocketPath() != mine);
    }
    QCOMPARE(SingleInstance::defaultSocketPath(), mine);
}

void TestSingleInstance::defaultSocketFallsBackToAPrivateDirectory()
{
#ifdef Q_OS_UNIX
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QVERIFY(QFile::setPermissions(temp.path(), QFile::Permissions(0x7777))); // a shared /tmp
    ScopedEnvironment runtimeDirectory("XDG_RUNTIME_DIR", QByteArray());
    ScopedEnvironment tmp("TMPDIR", QFile::encodeName(temp.path()));

    QString problem;
    const QString path = SingleInstance::defaultSocketPath(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString own = temp.path() + u'/' + QCoreApplication::applicationName() + u'-' + QString::number(::geteuid());
    QCOMPARE(QFileInfo(path).absolutePath(), own);
    struct stat status {};
    QCOMPARE(::lstat(QFile::encodeName(own).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0700));
    QCOMPARE(status.st_uid, ::geteuid());

    // And it works there: listen, hand over.
    SingleInstance running;
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    bool handedOver = false;
    QThread *launcher = QThread::create([&] { handedOver = SingleInstance().handOver({u"x"_qs}, 3000); });
    launcher->start();
    QTRY_VERIFY(launcher->isFinished());
    delete launcher;
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
#else
    QSKIP("Unix only");
#endif
}

// A runtime directory others can enter is passed over for the private fallback, and a
// socket planted there receives nothing.
void TestSingleInstance::openRuntimeDirectoryIsNotUsed()
{
#ifdef Q_OS_UNIX
    QTemporaryDir shared;
    QTemporaryDir temp;
    QVERIFY(shared.isValid() && temp.isValid());
    QVERIFY(QFile::setPermissions(shared.path(), QFile::Permissions(0x7777)));
    ScopedEnvironment runtimeDirectory("XDG_RUNTIME_DIR", QFile::encodeName(shared.path()));
    ScopedEnvironment tmp("TMPDIR", QFile::encodeName(temp.path()));

    const QString path = SingleInstance::defaultSocketPath();
    QVERIFY(!path.isEmpty());
    QVERIFY2(!path.startsWith(shared.path()), qPrintable(path));

    QLocalServer squatter;
    QVERIFY(squatter.listen(shared.path() + u'/' + QFileInfo(path).fileName()));
    QVERIFY(!SingleInstance().handOver({u"secret-job"_qs}, 500));
    QTest::qWait(100);
    QVERIFY(!squatter.hasPendingConnections());
#else
    QSKIP("Unix only");
#endif
}

void TestSingleInstance::runtimeDirectoryOfAnotherUserIsNotUsed()
{
    if (!isRoot())
        QSKIP("giving a directory to another user needs root");
    QTemporaryDir theirs;
    QTemporaryDir temp;
    QVERIFY(theirs.isValid() && temp.isValid());
    ScopedEnvironment runtimeDirectory("XDG_RUNTIME_DIR", QFile::encodeName(theirs.path()));
    ScopedEnvironment tmp("TMPDIR", QFile::encodeName(temp.path()));
    const QString name = QFileInfo(SingleInstance::defaultSocketPath()).fileName();

    QLocalServer squatter;
    QVERIFY(squatter.listen(theirs.path() + u'/' + name));
    QCOMPARE(::chown(QFile::encodeName(theirs.path()).constData(), kNobody, kNobody), 0);

    SingleInstance instance;
    QVERIFY2(!instance.socketPath().startsWith(theirs.path()), qPrintable(instance.socketPath()));
    QVERIFY(!instance.handOver({u"secret-job"_qs}, 500));
    QTest::qWait(100);
    QVERIFY(!squatter.hasPendingConnections());
    QCOMPARE(::chown(QFile::encodeName(theirs.path()).constData(), 0, 0), 0);
}

// Someone took <temp>/codearts-inspector-<uid> first: no socket at all (the window opens on
// its own), rather than one another user can read.
void TestSingleInstance::fallbackDirectoryTakenByAnotherUserIsRefused()
{
#ifdef Q_OS_UNIX
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    ScopedEnvironment runtimeDirectory("XDG_RUNTIME_DIR", QByteArray());
    ScopedEnvironment tmp("TMPDIR", QFile::encodeName(temp.path()));
    const QString taken = temp.path() + u'/' + QCoreApplication::applicationName() + u'-' + QString::number(::geteuid());
    QVERIFY(QDir().mkdir(taken));
    QLocalServer squatter;
    squatter.setSocketOptions(QLocalServer::WorldAccessOption);
    // Without root the squatter's trick is a directory everyone can write to.
    if (isRoot())
        QVERIFY(QFile::setPermissions(taken, QFile::Permissions(0x7700)));
    else
        QVERIFY(QFile::setPermissions(taken, QFile::Permissions(0x7777)));
    QVERIFY(squatter.listen(taken + u"/planted"_qs));
    if (isRoot())
        QCOMPARE(::chown(QFile::encodeName(taken).constData(), kNobody, kNobody), 0);

    QString problem;
    QVERIFY(SingleInstance::defaultSocketPath(&problem).isEmpty());
    QVERIFY2(problem.contains(taken), qPrintable(problem));
    for (const QString &socket : QStringList{QString(), taken + u"/planted"_qs}) {
        SingleInstance instance(socket);
        QVERIFY(!instance.problem().isEmpty());
        QVERIFY(!instance.handOver({u"secret-job"_qs}, 500));
        QVERIFY(!instance.listen());
    }
    QTest::qWait(100);
    QVERIFY(!squatter.hasPendingConnections());
    if (isRoot())
        QCOMPARE(::chown(QFile::encodeName(taken).constData(), 0, 0), 0);
#else
    QSKIP("Unix only");
#endif
}

// In our own directory, a socket file that belongs to someone else is neither used nor removed.
void TestSingleInstance::socketFileOfAnotherUserGetsNothing()
{
    if (!isRoot())
        QSKIP("giving a socket to another user needs root");
    const QString path = uniqueSocket();
    QLocalServer squatter;
    QVERIFY(squatter.listen(path));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), kNobody, kNobody), 0);

    SingleInstance instance(path);
    QVERIFY(!instance.handOver({u"secret-job"_qs}, 500));
    QVERIFY(!instance.listen());
    QTest::qWait(100);
    QVERIFY(!squatter.hasPendingConnections());
    QVERIFY(QFileInfo::exists(path));
}

// A process of another user listening behind a socket file that looks like ours (same owner,
// in our directory): the peer's user ID gives it away, and it is sent nothing.
void TestSingleInstance::listenerOfAnotherUserGetsNothing()
{
#ifdef Q_OS_LINUX
    if (!isRoot() || python().isEmpty())
        QSKIP("needs root and python3 to act as another user");
    for (const bool otherUser : {false, true}) {
        const QString path = uniqueSocket();
        QProcess listener;
        QStringList arguments{u"-c"_qs, QString::fromLatin1(kOtherUserScript)};
        if (!otherUser)
            arguments << u"asself"_qs;
        listener.start(python(), arguments << u"serve"_qs << path);
        QVERIFY(listener.waitForReadyRead(10'000));
        QCOMPARE(listener.readLine().trimmed(), QByteArray("listening"));

        SingleInstance instance(path);
        instance.handOver({u"secret-job"_qs}, 500);
        QVERIFY(listener.waitForFinished(10'000));
        const QByteArray report = listener.readAll().trimmed();
        if (otherUser)
            QCOMPARE(report, QByteArray("received 0"));
        else // the control: the same listener as ourselves is sent the arguments
            QVERIFY2(report != "received 0", report.constData());
    }
#else
    QSKIP("Linux only");
#endif
}

// And the other way: a process of another user that reaches our socket is not heard.
void TestSingleInstance::clientOfAnotherUserIsNotHeard()
{
#ifdef Q_OS_LINUX
    if (!isRoot() || python().isEmpty())
        QSKIP("needs root and python3 to act as another user");
    const QString path = uniqueSocket();
    SingleInstance running(path);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    const QString message = QString::fromLatin1(serialized({u"planted-job"_qs}).toHex());

    for (const bool otherUser : {true, false}) {
        QProcess client;
        QStringList arguments{u"-c"_qs, QString::fromLatin1(kOtherUserScript)};
        if (!otherUser)
            arguments << u"asself"_qs;
        client.start(python(), arguments << u"send"_qs << path << message);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, 10'000);
        const QByteArray answer = client.readAll().trimmed();
        if (otherUser) {
            QCOMPARE(answer, QByteArray("answer"));
            QCOMPARE(received.size(), 0);
        } else { // the control: the same message from ourselves is taken
            QCOMPARE(answer, QByteArray("answer ok"));
            QCOMPARE(received.size(), 1);
            QCOMPARE(received.first().first().toStringList(), QStringList{u"planted-job"_qs});
        }
    }
#else
    QSKIP("Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
