#include "credentials/fallbacksecretstore.h"

#include <QPointer>

#include <memory>

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent)
    : SecretStore(parent), m_primary(std::move(primary))
{
}

FallbackSecretStore::FallbackSecretStore(QObject *parent)
    : FallbackSecretStore(std::make_unique<KeychainSecretStore>(), parent)
{
}

FallbackSecretStore::~FallbackSecretStore() = default;

namespace {

// What a recheck reads: a key nobody writes, so that the answer is "not found" from a keychain
// that works.
const QString kProbeKey = QStringLiteral("codearts-inspector.keychain-check");

} // namespace

void FallbackSecretStore::readEntry(const QString &key, QObject *context, EntryCallback done)
{
    // Written while the keychain was unusable: memory has the newer copy.
    if (!m_fellBack && m_memory.entries().contains(key))
        return static_cast<SecretStore &>(m_memory).readEntry(key, context, std::move(done));
    run([key](SecretStore *store, QObject *ctx, EntryCallback cb) { store->readEntry(key, ctx, std::move(cb)); },
        context, std::move(done));
}

void FallbackSecretStore::writeEntry(const QString &key, const QByteArray &data, QObject *context,
                                     EntryCallback done)
{
    if (!m_fellBack && m_memory.entries().contains(key))
        static_cast<SecretStore &>(m_memory).removeEntry(key, this, [](const EntryResult &) {});   // the keychain's copy is newer now
    run([key, data](SecretStore *store, QObject *ctx, EntryCallback cb) {
        store->writeEntry(key, data, ctx, std::move(cb));
    }, context, std::move(done));
}

void FallbackSecretStore::removeEntry(const QString &key, QObject *context, EntryCallback done)
{
    if (!m_fellBack && m_memory.entries().contains(key))
        static_cast<SecretStore &>(m_memory).removeEntry(key, this, [](const EntryResult &) {});
    run([key](SecretStore *store, QObject *ctx, EntryCallback cb) { store->removeEntry(key, ctx, std::move(cb)); },
        context, std::move(done));
}

void FallbackSecretStore::recheckKeychain()
{
    if (!m_fellBack || m_rechecking)
        return;
    m_rechecking = true;
    auto answered = std::make_shared<bool>(false);
    auto settle = [this, answered](const EntryResult &result) {
        if (*answered)
            return;
        *answered = true;
        m_rechecking = false;
        if (result.error.keychainUnavailable())
            return;
        m_fellBack = false;
        m_keychainError = {};
        emit keychainAvailable();
    };
    QTimer::singleShot(entryTimeout(), this, [settle] { settle({SecretError(SecretError::Kind::Timeout), {}}); });
    m_primary->readEntry(kProbeKey, this, settle);
}

// Tries the keychain with a deadline of its own; an unusable keychain (or silence) sends this
// and every later operation to memory, so the caller sees success instead of the failure.
void FallbackSecretStore::run(const Operation &operation, QObject *context, EntryCallback done)
{
    if (m_fellBack)
        return operation(&m_memory, context, std::move(done));

    // Shared by the keychain's answer and the deadline: whichever comes first wins.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto settle = [this, answered, guard, operation, done](const EntryResult &result) {
        if (*answered || !guard)
            return;
        *answered = true;
        if (!result.error.keychainUnavailable())
            return done(result);
        fallBack(result.error);
        operation(&m_memory, guard, done);
    };
    QTimer::singleShot(entryTimeout(), context, [settle] {
        settle({SecretError(SecretError::Kind::Timeout), {}});
    });
    operation(m_primary.get(), context, settle);
}

void FallbackSecretStore::fallBack(const SecretError &error)
{
    if (m_fellBack)
        return;
    m_fellBack = true;
    m_keychainError = error;
    emit keychainUnavailable(error);
}
