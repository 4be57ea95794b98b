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
    QString problems;
    if (const auto get = reinterpret_cast<GetBackend>(
            moduleEntry(INSPECTOR_KEYCHAIN_MODULE, "codearts_inspector_keychain_backend", &problems)))
        return get();   // the module's one backend
    if (error)
        *error = Text::tr("The keychain module could not be loaded (%1). Reinstalling the application "
                          "should fix this.").arg(problems);
    return nullptr;
}
