#include "keychainbackend.h"

#include "moduleloader.h"

#include <QCoreApplication>

namespace {

// Gives this file a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeychainBackendModule)
};

} // namespace

KeychainBackend *keychainBackend(QString *error)
{
    using GetBackend = KeychainBackend *(*)();
    static KeychainBackend *backend = nullptr;   // the module stays loaded once found
    if (backend)
        return backend;
    QString problems;
    if (const auto get = reinterpret_cast<GetBackend>(
            resolveModuleEntry(INSPECTOR_KEYCHAIN_MODULE, "codearts_inspector_keychain_backend", &problems))) {
        backend = get();
        return backend;
    }
    if (error)
        *error = Text::tr("The keychain module could not be loaded (%1). Reinstalling the application "
                          "should fix this.").arg(problems);
    return nullptr;
}
