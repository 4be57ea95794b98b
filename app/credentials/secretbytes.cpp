#include "credentials/secretbytes.h"

#include <algorithm>

namespace SecretBytes {

bool hasControlBytes(const QByteArray &secret)
{
    return std::any_of(secret.cbegin(), secret.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7F;
    });
}

void wipe(QByteArray &secret)
{
    if (secret.isDetached())
        secret.fill('\0');
    secret.clear();
}

} // namespace SecretBytes
