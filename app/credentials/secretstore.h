#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>


// What went wrong with the keychain, in plain words. `detail` is the backend's own text
// (never a secret) for logs and "details" boxes.
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind {
        None,
        NotFound,      // nothing stored under this key
        NoKeychain,    // no Secret Service / keychain backend reachable
        Locked,        // the keychain exists but is locked
        AccessDenied,  // the user or the system refused access
        Timeout,       // the keychain did not answer in time
        Corrupt,       // a chunk is missing or the first entry is not ours
        InvalidKey,
        Failed,        // anything else the backend reported
    };

    SecretError() = default;
    explicit SecretError(Kind errorKind, QString backendDetail = {});

    Kind kind = Kind::None;
    QString message;
    QString hint;
    QString detail;

    bool isError() const { return kind != Kind::None; }

    // The keychain cannot be used this session: the caller should keep the secret in memory
    // (MemorySecretStore) and show message + hint, which say so.
    bool keychainUnavailable() const;

    QString oneLine() const;
    static QString kindName(Kind kind);
};

class SecretStore;

// One write, read or remove. Emits finished() exactly once, always from the event loop (so
// connect right after the call), at the latest when the store's timeout expires. The job is
// a child of the store: delete it (deleteLater) when done, or use then() which does.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Write, Read, Remove };

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const SecretError &error() const { return m_error; }
    // The secret that was read (Read jobs only).
    const QByteArray &secret() const { return m_data; }

    // Calls `done` when the job finishes (unless `context` is gone), then deletes the job.
    void then(QObject *context, std::function<void(const SecretJob &)> done);

signals:
    void finished();

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Operation operation, QString key, QByteArray data,
              std::chrono::milliseconds timeout);

    void start();
    void readHeader(std::function<void(int chunkCount)> next);
    void writeChunks(QList<QByteArray> chunks, int index, int oldCount);
    void readChunks(int count, int index);
    void removeChunks(int from, int to, std::function<void()> next);
    void fail(SecretError error);
    void finish();

    QPointer<SecretStore> m_store;
    Operation m_operation;
    QString m_key;
    QByteArray m_data;
    SecretError m_error;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout;
    bool m_finished = false;
};

// Secrets by key, asynchronous, with a deadline on every operation so that no keychain can
// hang the app. Secrets are split into entries of at most kMaxEntryBytes on every platform,
// because Windows Credential Manager refuses blobs above ~2.5 KB and IAM tokens exceed 10 KB:
// `key` holds a small header with the chunk count and the first piece, `key.1`, `key.2`...
// the rest. Implementations only store single entries.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxEntryBytes = 2000;
    static constexpr int kMaxChunks = 1000;
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    explicit SecretStore(QObject *parent = nullptr);

    SecretJob *write(const QString &key, const QByteArray &secret);
    SecretJob *read(const QString &key);
    SecretJob *remove(const QString &key);   // removing a missing key succeeds

    // The deadline for a whole operation (all its chunks), 10 s unless changed.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // False for stores that forget everything when the app quits.
    virtual bool isPersistent() const = 0;

    // The entries a secret is split into; exposed for tests and tools.
    static QList<QByteArray> splitIntoEntries(const QByteArray &secret);
    static QString chunkKey(const QString &key, int index);

protected:
    struct EntryResult
    {
        SecretError error;
        QByteArray data;
    };
    using EntryCallback = std::function<void(const EntryResult &)>;

    // Single-entry operations. Call `done` once, from the event loop, and not at all when
    // `context` has been destroyed. Removing a missing entry is not an error.
    virtual void readEntry(const QString &key, QObject *context, EntryCallback done) = 0;
    virtual void writeEntry(const QString &key, const QByteArray &data, QObject *context,
                            EntryCallback done) = 0;
    virtual void removeEntry(const QString &key, QObject *context, EntryCallback done) = 0;

private:
    friend class SecretJob;
    friend class FallbackSecretStore; // delegates entry operations to the stores it wraps
    SecretJob *startJob(SecretJob::Operation operation, const QString &key, const QByteArray &data);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet's) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never falls back to a plain-text file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultService = "codearts-inspector";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(QString service, QObject *parent);

    QString service() const { return m_service; }
    bool isPersistent() const override { return true; }

    // Maps a QtKeychain error code and text to ours (public for tests).
    static SecretError mapError(int keychainError, const QString &text);

protected:
    void readEntry(const QString &key, QObject *context, EntryCallback done) override;
    void writeEntry(const QString &key, const QByteArray &data, QObject *context,
                    EntryCallback done) override;
    void removeEntry(const QString &key, QObject *context, EntryCallback done) override;

private:
    QString m_service;
};

// Secrets in this process's memory only: for tests, and for the session when no keychain
// is reachable. Can simulate a broken or silent keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }

    // The raw entries, chunks included.
    const QHash<QString, QByteArray> &entries() const { return m_entries; }

    // Every entry operation fails with this error (None: work normally).
    void simulateError(SecretError::Kind kind) { m_simulatedError = kind; }
    // Entry operations never answer, like a keychain waiting on an unlock prompt.
    void simulateSilence(bool silent) { m_silent = silent; }

protected:
    void readEntry(const QString &key, QObject *context, EntryCallback done) override;
    void writeEntry(const QString &key, const QByteArray &data, QObject *context,
                    EntryCallback done) override;
    void removeEntry(const QString &key, QObject *context, EntryCallback done) override;

private:
    void answer(QObject *context, EntryCallback done, EntryResult result);
    void erase(const QString &key);

    QHash<QString, QByteArray> m_entries;
    SecretError::Kind m_simulatedError = SecretError::Kind::None;
    bool m_silent = false;
};
