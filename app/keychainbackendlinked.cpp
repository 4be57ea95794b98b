#include "keychainbackend.h"

extern "C" KeychainBackend *codearts_inspector_keychain_backend();

KeychainBackend *keychainBackend(QString *)
{
    return codearts_inspector_keychain_backend();
}
