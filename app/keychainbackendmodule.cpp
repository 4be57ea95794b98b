#include "keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>

namespace {

// Gives this file a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeychainBackendModule)
};

// The module sits beside the binary this code is in (the window module, or the executable in
// the build tree), or in the private library directory relative to the installed executable.
QStringList modulePaths()
{
    Dl_info info{};
    const QString directory = dladdr(reinterpret_cast<void *>(&keychainBackend), &info) && info.dli_fname
        ? QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath()
        : QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral(INSPECTOR_KEYCHAIN_MODULE);
    return {QDir(directory).filePath(name),
            QDir(directory).filePath(QStringLiteral(INSPECTOR_MODULE_RELATIVE_DIR "/") + name)};
}

} // namespace

KeychainBackend *keychainBackend(QString *error)
{
    using GetBackend = KeychainBackend *(*)();
    static KeychainBackend *backend = nullptr;   // the module stays loaded once found
    if (backend)
        return backend;
    QStringList problems;
    for (const QString &path : modulePaths()) {
        QLibrary module(path);
        if (const auto get = reinterpret_cast<GetBackend>(module.resolve("codearts_inspector_keychain_backend"))) {
            backend = get();
            return backend;
        }
        problems << module.errorString();
    }
    if (error)
        *error = Text::tr("The keychain module could not be loaded (%1). Reinstalling the application "
                          "should fix this.").arg(problems.join(u"; "));
    return nullptr;
}
