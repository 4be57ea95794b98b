#include "instancesocket.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

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
    // A socket file is not a regular file, but it exists.
    return QFileInfo(path).exists();
#else
    Q_UNUSED(key);
    return true;
#endif
}

} // namespace InstanceSocket
