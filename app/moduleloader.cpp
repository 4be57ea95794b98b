#include "moduleloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <dlfcn.h>

namespace {

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

QFunctionPointer resolveModuleEntry(const char *fileName, const char *symbol, QString *error)
{
    const QDir directory(thisBinaryDirectory());
    const QString name = QString::fromLocal8Bit(fileName);
    QStringList problems;
    for (const QString &path : {directory.filePath(name),
                                directory.filePath(QStringLiteral(INSPECTOR_MODULE_RELATIVE_DIR "/") + name)}) {
        QLibrary module(path);
        // Deep binding makes the libraries this load brings in (Qt Widgets and Qt Gui, for the
        // window) look symbols up in the module's own libraries first. Otherwise each of their
        // thousands of lookups first walks the thirty libraries the executable started with:
        // 7 million instructions of the window's start. No library here interposes another's
        // symbols and the executable exports none, so every lookup finds the same definition.
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint | QLibrary::DeepBindHint);
        if (const QFunctionPointer entry = module.resolve(symbol))
            return entry;
        problems << module.errorString();
    }
    if (error)
        *error = problems.join(u"; ");
    return nullptr;
}
