#include "platform/singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {

QString applicationName()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("codearts-inspector") : name;
}

#ifdef Q_OS_UNIX

// A directory only this user can use: a real directory (not a link), owned by this user,
// with no access for group or others. Anything else could be someone else's trap.
bool isPrivateDirectory(const QString &path, QString *problem)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        *problem = SingleInstance::tr("%1 does not exist.").arg(path);
        return false;
    }
    if (!S_ISDIR(status.st_mode)) {
        *problem = SingleInstance::tr("%1 is not a directory.").arg(path);
        return false;
    }
    if (status.st_uid != ::geteuid()) {
        *problem = SingleInstance::tr("%1 belongs to another user.").arg(path);
        return false;
    }
    if ((status.st_mode & 077) != 0) {
        *problem = SingleInstance::tr("%1 can be used by other users (mode %2).")
                       .arg(path, QString::number(status.st_mode & 0777, 8));
        return false;
    }
    return true;
}

// The socket file itself: a socket owned by this user. Checked before connecting and before
// removing a leftover, so that nothing of another user's is touched.
bool isOwnSocketFile(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISSOCK(status.st_mode)
        && status.st_uid == ::geteuid();
}

// Something at `path` that is not this user's: left alone.
bool isSomeoneElses(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && status.st_uid != ::geteuid();
}

#endif

} // namespace

QString SingleInstance::sessionKey()
{
    // XDG_SESSION_ID tells two logins apart; the displays tell two X or Wayland servers of one
    // login apart (and stand in where there is no session ID).
    const QByteArray session = "session=" + qgetenv("XDG_SESSION_ID") + "\nwayland="
        + qgetenv("WAYLAND_DISPLAY") + "\ndisplay=" + qgetenv("DISPLAY");
    return QString::fromLatin1(QCryptographicHash::hash(session, QCryptographicHash::Sha256).toHex().left(12));
}

QString SingleInstance::privateDirectory(QString *problem)
{
    QString ignored;
    QString &why = problem ? *problem : ignored;
#ifdef Q_OS_UNIX
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString runtimeProblem;
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && isPrivateDirectory(runtime, &runtimeProblem))
        return QDir::cleanPath(runtime);

    // No usable runtime directory: one of our own in the temporary directory.
    const QString own = QDir::cleanPath(QDir::tempPath()) + QStringLiteral("/%1-%2")
                            .arg(applicationName(), QString::number(::geteuid()));
    if (::mkdir(QFile::encodeName(own).constData(), 0700) != 0 && errno != EEXIST) {
        why = tr("Cannot create %1: %2").arg(own, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    if (!isPrivateDirectory(own, &why))
        return {};
    return own;
#else
    why.clear();
    return {};
#endif
}

QString SingleInstance::defaultSocketPath(QString *problem)
{
    const QString name = applicationName() + u'-' + sessionKey();
#ifdef Q_OS_UNIX
    const QString directory = privateDirectory(problem);
    return directory.isEmpty() ? QString() : directory + u'/' + name;
#else
    // Windows' pipes are one namespace for every user: the user name keeps accounts apart.
    if (problem)
        problem->clear();
    const QByteArray user = qgetenv("USERNAME");
    return name + u'-' + QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(12));
#endif
}

bool SingleInstance::peerIsCurrentUser(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return false;
    return credentials.uid == ::geteuid();
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return false;
    return uid == ::geteuid();
#else
    Q_UNUSED(socketDescriptor);
    return true; // Windows: the pipe's default ACL admits only this user and the system
#endif
}

SingleInstance::SingleInstance(QString socket, QObject *parent)
    : QObject(parent)
{
    if (socket.isEmpty()) {
        m_path = defaultSocketPath(&m_problem);
        return;
    }
#ifdef Q_OS_UNIX
    if (!socket.contains(u'/')) {
        const QString directory = privateDirectory(&m_problem);
        m_path = directory.isEmpty() ? QString() : directory + u'/' + socket;
        return;
    }
    // A path given in full must be in a private directory too.
    if (isPrivateDirectory(QFileInfo(socket).absolutePath(), &m_problem))
        m_path = socket;
#else
    m_path = socket;
#endif
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) const
{
    if (m_path.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    if (!isOwnSocketFile(m_path))
        return false;
#endif
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // The file was ours; the process listening on it must be too.
    if (!peerIsCurrentUser(socket.socketDescriptor())) {
        socket.abort();
        return false;
    }
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << arguments;
    if (message.size() > kMaxMessageBytes) {
        socket.abort();
        return false;
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the running instance to acknowledge, so a dying one is not mistaken for alive.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    if (m_path.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    // Qt puts its socket in place with a rename, which would replace whatever is there.
    if (isSomeoneElses(m_path))
        return false;
#endif
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_path)) {
        // Nobody answered handOver(), so the socket is a leftover of a crashed instance. Only
        // a socket of our own is removed.
#ifdef Q_OS_UNIX
        if (isSomeoneElses(m_path))
            return false;
#endif
        QLocalServer::removeServer(m_path);
        if (!server->listen(m_path))
            return false;
    }
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsCurrentUser(socket->socketDescriptor())) {
            // Another user reached the socket (root, or a changed mode): take nothing from it.
#ifdef Q_OS_UNIX
            ::shutdown(int(socket->socketDescriptor()), SHUT_RDWR); // the peer sees the end at once
#endif
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Qt stops reading from the peer at this size: a flood stays in the kernel's buffer.
        socket->setReadBufferSize(kMaxMessageBytes + 1);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort(); // no hand-over is this long
                return;
            }
            // The list's length comes first: one that cannot fit in the cap is not believed (the
            // stream would reserve room for it).
            const QByteArray count = socket->peek(4);
            if (count.size() == 4 && qFromBigEndian<quint32>(count.constData()) > kMaxMessageBytes / 4) {
                socket->abort();
                return;
            }
            QDataStream stream(socket);
            stream.startTransaction();
            QStringList arguments;
            stream >> arguments;
            if (!stream.commitTransaction())
                return; // wait for the rest of the message
            socket->write("ok");
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}
