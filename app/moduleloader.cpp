#include "moduleloader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <dlfcn.h>

namespace {

// Whether LD_PRELOAD names a library that interposes symbols. Valgrind's own preloads do not
// count: Valgrind redirects functions itself, whatever the binding.
bool preloadsAnInterposer()
{
    // The loader takes colons and spaces between entries.
    const QString preload = qEnvironmentVariable("LD_PRELOAD").replace(u' ', u':');
    for (const QString &entry : preload.split(u':', Qt::SkipEmptyParts)) {
        if (!QFileInfo(entry).fileName().startsWith(u"vgpreload_"))
            return true;
    }
    return false;
}

// The directory of the binary this function is in. For the main program the loader only
// knows argv[0], a bare name when started through PATH, so /proc/self/exe stands in.
QString thisBinaryDirectory()
{
    const QString override = qEnvironmentVariable("CODEARTS_INSPECTOR_MODULE_DIR");
    if (!override.isEmpty())
        return override;
    Dl_info info{};
    QString path;
    if (dladdr(reinterpret_cast<void *>(&thisBinaryDirectory), &info) && info.dli_fname)
        path = QString::fromLocal8Bit(info.dli_fname);
    if (!QDir::isAbsolutePath(path))
        path = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QFileInfo(path).absolutePath();
}

} // namespace

QLibrary::LoadHints moduleLoadHints()
{
    // Deep binding makes the libraries a module brings in (Qt Widgets and Qt Gui, for the
    // window) look symbols up in the module's own libraries first. Otherwise each of their
    // thousands of lookups first walks the thirty libraries the executable started with:
    // 7 million instructions of the window's start. No library here interposes another's
    // symbols and the executable exports none, so every lookup finds the same definition.
    // A preloaded library (an allocator, a profiler) is there to interpose, though: deep bound
    // libraries would call libc's malloc and free past it.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    constexpr bool interposed = true;   // the sanitizers' runtimes interpose too
#else
    const bool interposed = preloadsAnInterposer();
#endif
    QLibrary::LoadHints hints = QLibrary::ResolveAllSymbolsHint;
    if (!interposed)
        hints |= QLibrary::DeepBindHint;
    return hints;
}

QFunctionPointer resolveModuleEntry(const char *fileName, const char *symbol, QString *error)
{
    const QDir directory(thisBinaryDirectory());
    const QString name = QString::fromLocal8Bit(fileName);
    QStringList problems;
    for (const QString &path : {directory.filePath(name),
                                directory.filePath(QStringLiteral(INSPECTOR_MODULE_RELATIVE_DIR "/") + name)}) {
        QLibrary module(path);
        module.setLoadHints(moduleLoadHints());
        if (const QFunctionPointer entry = module.resolve(symbol))
            return entry;
        problems << module.errorString();
    }
    if (error)
        *error = problems.join(u"; ");
    return nullptr;
}

QFunctionPointer moduleEntry(const char *fileName, const char *symbol, QString *error)
{
    static QMutex mutex;
    static QHash<QByteArray, QFunctionPointer> found;
    const QByteArray key = QByteArray(fileName) + '/' + symbol;
    const QMutexLocker lock(&mutex);
    QFunctionPointer &entry = found[key];
    if (!entry)
        entry = resolveModuleEntry(fileName, symbol, error);
    return entry;
}
