#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// The OS keychain's single-entry operations through QtKeychain, behind an interface that does
// not name QtKeychain. On Linux the implementation is a module of its own
// (codearts-inspector-keychain.so), loaded on the first keychain operation: QtKeychain brings
// Qt D-Bus, libdbus and libsystemd, about 2 ms of start-up that most commands never use
// (`show --token-stdin`, `history`, `favorites`).
class KeychainBackend
{
public:
    struct Result
    {
        int error = 0;           // a QKeychain::Error
        QString errorText;
        QByteArray data;         // what a read found
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~KeychainBackend() = default;

    // Each calls `done` once, from the event loop, and not at all once `context` is gone.
    virtual void read(const QString &service, const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context, Callback done) = 0;
};

// The backend, or null with `error` set. Two definitions exist and each program links one:
// keychainbackendlinked.cpp (QtKeychain linked in) and keychainbackendmodule.cpp (the module).
KeychainBackend *keychainBackend(QString *error);
