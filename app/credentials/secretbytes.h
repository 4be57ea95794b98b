#pragma once

#include <QByteArray>

// Rules every secret (token, access key, secret key) obeys before it goes into a request.
namespace SecretBytes {

// True when `secret` holds a control byte: NUL, CR, LF or any other below 0x20, or DEL. None
// belongs in a token or key, and in a header a CR or LF would start a header of its own.
bool hasControlBytes(const QByteArray &secret);

// Overwrites a secret's bytes before letting go of it (only when nobody shares the buffer).
void wipe(QByteArray &secret);

} // namespace SecretBytes
