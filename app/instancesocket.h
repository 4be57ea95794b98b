#pragma once

#include <QString>

// The local socket SingleInstance listens on, known with Qt Core alone: a launch can tell
// whether another instance may be running before it loads Qt Network to ask it.
namespace InstanceSocket {

// One per user: the app name and a hash of the user name.
QString defaultKey();

// False when no instance is listening under `key`: on Unix, when the socket file where Qt puts
// a bare key (in the temporary directory) is missing or refuses connections. Elsewhere (named
// pipes) the answer is true, and handing over will tell.
bool mayBeListening(const QString &key);

} // namespace InstanceSocket
