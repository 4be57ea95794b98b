#pragma once

#include "credentials/secretstore.h"

#include <memory>

// The OS keychain, and memory once the keychain turns out to be unusable (no Secret Service,
// locked, access denied, no answer). The first such failure switches the whole store to memory
// and emits keychainUnavailable() once, so that the app can say so (the CLI prints one `warning:`
// line, the window a banner) and carry on. Nothing is ever written to a plain-text file.
//
// recheckKeychain() asks the keychain again (the user may have created or unlocked a keyring in
// the system's prompt meanwhile, which often takes longer than an entry's deadline); when it
// answers, later operations go to it again. Secrets written while it was unusable stay in
// memory for the session and are read from there: nothing is moved without being asked.
class FallbackSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    // Takes ownership of `primary` (normally a KeychainSecretStore).
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent = nullptr);
    // Over the OS keychain under KeychainSecretStore's default service name.
    explicit FallbackSecretStore(QObject *parent = nullptr);
    ~FallbackSecretStore() override;

    bool isPersistent() const override { return !m_fellBack && m_primary->isPersistent(); }
    bool fellBack() const { return m_fellBack; }
    // Why the keychain was given up (None while it is in use).
    const SecretError &keychainError() const { return m_keychainError; }
    // After a fallback: asks the keychain with a harmless read whether it answers now;
    // keychainAvailable() says when it does. Nothing happens while it is in use or while a
    // check is under way.
    void recheckKeychain();
    bool isRechecking() const { return m_rechecking; }

    // How long one keychain entry operation may take before the keychain counts as unusable.
    // Kept below the job timeout so that the job can still finish from memory.
    std::chrono::milliseconds entryTimeout() const { return timeout() / 2; }

signals:
    void keychainUnavailable(const SecretError &error);
    // The keychain answered a recheck: later operations use it again.
    void keychainAvailable();

protected:
    void readEntry(const QString &key, QObject *context, EntryCallback done) override;
    void writeEntry(const QString &key, const QByteArray &data, QObject *context,
                    EntryCallback done) override;
    void removeEntry(const QString &key, QObject *context, EntryCallback done) override;

private:
    using Operation = std::function<void(SecretStore *store, QObject *context, EntryCallback done)>;
    void run(const Operation &operation, QObject *context, EntryCallback done);
    void fallBack(const SecretError &error);

    std::unique_ptr<SecretStore> m_primary;
    MemorySecretStore m_memory;
    SecretError m_keychainError;
    bool m_fellBack = false;
    bool m_rechecking = false;
};
