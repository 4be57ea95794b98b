#pragma once

#include "sandbox/demosandbox.h"

#include <QByteArray>
#include <QList>

// Every secret the credential tests hand to the app. tst_leaks looks for each of them in the
// test HOMEs and in every process's command line, so a new test secret belongs in this list.
namespace TestSecrets {

inline const QByteArray kWrongToken = QByteArrayLiteral("test-wrong-token-7c1e5d0b9a2f4e86");
inline const QByteArray kWrongSecretKey = QByteArrayLiteral("test-wrong-secret-key-3b8d61f0e2");
inline const QByteArray kWrongPassword = QByteArrayLiteral("test-wrong-password-a94c2e17");
inline const QByteArray kBogusIssuedToken = QByteArrayLiteral("test-bogus-issued-token-5f0a7d3c91");

inline QList<QByteArray> all()
{
    return {DemoSandbox::demoToken(),  DemoSandbox::demoPassword(), DemoSandbox::demoSecretKey(),
            DemoSandbox::expiredToken(), kWrongToken, kWrongSecretKey, kWrongPassword, kBogusIssuedToken};
}

// True when `haystack` holds the secret raw, hex-encoded or base64-encoded at any alignment
// (QtKeychain base64-encodes binary data for libsecret).
inline bool contains(const QByteArray &haystack, const QByteArray &secret)
{
    if (haystack.contains(secret) || haystack.contains(secret.toHex()))
        return true;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + secret).toBase64();
        // Drop the characters that depend on the neighbouring bytes.
        if (haystack.contains(encoded.mid(4, encoded.size() - 8)))
            return true;
    }
    return false;
}

} // namespace TestSecrets
