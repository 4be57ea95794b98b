#pragma once

#include <QString>

// The local socket SingleInstance listens on, known with Qt Core alone: a launch can tell
// whether another instance may be running before it loads Qt Network to ask it.
namespace InstanceSocket {

// One per user: the app name and a hash of the user name.
QString defaultKey();

// False when no instance can be listening under `key`. On Unix a listening QLocalServer keeps
// a socket file where Qt puts a bare key, in the temporary directory; elsewhere (named pipes)
// this cannot be told without connecting, so the answer is true.
bool mayBeListening(const QString &key);

} // namespace InstanceSocket
