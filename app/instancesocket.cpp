#include "instancesocket.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace InstanceSocket {

QString defaultKey()
{
    // The user name keeps two accounts on one machine apart (Windows' pipes are shared).
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(12);
    return QCoreApplication::applicationName() + u'-' + QString::fromLatin1(hash);
}

bool mayBeListening(const QString &key)
{
#ifdef Q_OS_UNIX
    const QString path = QDir::isAbsolutePath(key) ? key : QDir::cleanPath(QDir::tempPath()) + u'/' + key;
    const QByteArray file = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (file.size() >= qsizetype(sizeof address.sun_path))
        return true;   // Qt has its own way with long paths: let it try
    std::memcpy(address.sun_path, file.constData(), size_t(file.size()));
    // A socket file outlives an instance that was killed. Connecting tells a listening instance
    // (which sees a connection close at once) from such a leftover, whose connect is refused.
    const int probe = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (probe < 0)
        return true;
    const bool nobody = ::connect(probe, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        && (errno == ENOENT || errno == ECONNREFUSED);
    ::close(probe);
    return !nobody;
#else
    Q_UNUSED(key);
    return true;
#endif
}

} // namespace InstanceSocket
