#include "platform/privatefiles.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PrivateFiles {

#ifdef Q_OS_UNIX

namespace {

// Changes the mode of what `path` names when it is a file or folder of this user's (not a
// link: a link could point anywhere).
void restrict(const QByteArray &path, mode_t wanted, bool directory)
{
    struct stat status {};
    if (::lstat(path.constData(), &status) != 0 || status.st_uid != ::geteuid())
        return;
    if (directory ? !S_ISDIR(status.st_mode) : !S_ISREG(status.st_mode))
        return;
    if ((status.st_mode & 07777) != wanted)
        ::chmod(path.constData(), wanted);
}

} // namespace

bool makeDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    restrict(QFile::encodeName(directory), 0700, true);
    return true;
}

bool makeFile(const QString &path, bool create)
{
    const QByteArray name = QFile::encodeName(path);
    if (create) {
        // O_EXCL: a file that appeared meanwhile (another instance) is not truncated.
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            ::close(fd);
            return true;
        }
        if (errno != EEXIST)
            return false;
    }
    restrict(name, 0600, false);
    return true;
}

int mode(const QString &path)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

#else

bool makeDirectory(const QString &directory)
{
    return QDir().mkpath(directory);
}

bool makeFile(const QString &path, bool create)
{
    if (!create || QFile::exists(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

int mode(const QString &)
{
    return -1;
}

#endif

} // namespace PrivateFiles
