#include "credentials/secretstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

#include <functional>

Q_LOGGING_CATEGORY(lcSecrets, "codearts.secrets", QtWarningMsg)

namespace {

using Kind = SecretError::Kind;

// The first entry starts with this, the chunk count and a newline, then the first piece.
constexpr char kHeaderMagic[] = "CIS1 ";
// Room kept in the first entry for the header, so that it too stays within kMaxEntryBytes.
constexpr qsizetype kHeaderReserve = 16;

struct Header
{
    int chunkCount = 0;
    QByteArray firstPiece;
};

std::optional<Header> parseHeader(const QByteArray &entry)
{
    if (!entry.startsWith(kHeaderMagic))
        return std::nullopt;
    const qsizetype newline = entry.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    const qsizetype start = qsizetype(sizeof(kHeaderMagic)) - 1;
    bool ok = false;
    const int count = entry.mid(start, newline - start).toInt(&ok);
    if (!ok || count < 1 || count > SecretStore::kMaxChunks)
        return std::nullopt;
    return Header{count, entry.mid(newline + 1)};
}

bool isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// libsecret reports an unreachable Secret Service only as text (GDBus errors).
bool looksUnreachable(const QString &text)
{
    static const char *const markers[] = {
        "could not connect", "cannot autolaunch", "serviceunknown", "was not provided by any",
        "not activatable", "no such file or directory", "connection refused", "d-bus", "dbus",
        "org.freedesktop.secrets", "no keyring", "not available",
    };
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What one QtKeychain job ended with.
struct KeychainResult
{
    int error = 0;           // a QKeychain::Error
    QString errorText;
    QByteArray data;         // what a read found
};
using KeychainCallback = std::function<void(const KeychainResult &)>;

// QtKeychain jobs stay unparented and delete themselves: libsecret calls back into the job
// even after we stopped waiting, so it must outlive our interest in it. The connection's
// context object drops the answer when the caller is gone.
template<typename JobType>
JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file, whatever the platform
    job->setKey(key);
    return job;
}

void whenFinished(QKeychain::Job *job, QObject *context, KeychainCallback done,
                  std::function<QByteArray()> data = {})
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done), data] {
        KeychainResult result{job->error(), job->errorString(), {}};
        if (result.error == QKeychain::NoError && data)
            result.data = data();
        done(result);
    });
    job->start();
}

} // namespace

// --- SecretError -------------------------------------------------------------------------

SecretError::SecretError(Kind errorKind, QString backendDetail)
    : kind(errorKind), detail(std::move(backendDetail))
{
    const QString inMemory = tr("Until then the secret is kept in memory for this session only.");
    switch (kind) {
    case Kind::None:
        break;
    case Kind::NotFound:
        message = tr("No secret is stored under this name.");
        hint = tr("Enter the credentials again.");
        break;
    case Kind::NoKeychain:
#ifdef Q_OS_LINUX
        message = tr("No keychain is available (Secret Service not running).");
#else
        message = tr("No keychain is available.");
#endif
        hint = tr("The secret is kept in memory for this session only. Start a keychain such as "
                  "GNOME Keyring or KWallet to keep it across restarts.");
        break;
    case Kind::Locked:
        message = tr("The keychain is locked.");
        hint = tr("Unlock it (log in to the desktop session or open your password manager) and "
                  "try again.") + u' ' + inMemory;
        break;
    case Kind::AccessDenied:
        message = tr("Access to the keychain was denied.");
        hint = tr("Allow CodeArts Inspector to use the keychain and try again.") + u' ' + inMemory;
        break;
    case Kind::Timeout:
        message = tr("The keychain did not answer in time.");
        hint = tr("It may be waiting for an unlock prompt.") + u' ' + inMemory;
        break;
    case Kind::Corrupt:
        message = tr("The stored secret is incomplete or not in the expected format.");
        hint = tr("Enter the credentials again to replace it.");
        break;
    case Kind::InvalidKey:
        message = tr("The secret's name is empty or too long.");
        break;
    case Kind::Failed:
        message = tr("The keychain reported an error.");
        hint = tr("Try again; if it keeps failing, check your keychain application.");
        break;
    }
}

bool SecretError::keychainUnavailable() const
{
    return kind == Kind::NoKeychain || kind == Kind::Locked || kind == Kind::AccessDenied
        || kind == Kind::Timeout;
}

QString SecretError::oneLine() const
{
    QString line = message;
    if (!detail.isEmpty())
        line += u" (" + detail + u')';
    if (!hint.isEmpty())
        line += u' ' + hint;
    return line;
}

QString SecretError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"None"_qs;
    case Kind::NotFound: return u"NotFound"_qs;
    case Kind::NoKeychain: return u"NoKeychain"_qs;
    case Kind::Locked: return u"Locked"_qs;
    case Kind::AccessDenied: return u"AccessDenied"_qs;
    case Kind::Timeout: return u"Timeout"_qs;
    case Kind::Corrupt: return u"Corrupt"_qs;
    case Kind::InvalidKey: return u"InvalidKey"_qs;
    case Kind::Failed: return u"Failed"_qs;
    }
    return {};
}

// --- SecretJob ---------------------------------------------------------------------------

SecretJob::SecretJob(SecretStore *store, Operation operation, QString key, QByteArray data,
                     std::chrono::milliseconds timeout)
    : QObject(store),
      m_store(store),
      m_operation(operation),
      m_key(std::move(key)),
      m_data(std::move(data)),
      m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        SecretError error(Kind::Timeout);
        error.message = tr("The keychain did not answer within %n seconds.", nullptr,
                           int((m_timeout.count() + 999) / 1000));
        fail(error);
    });
}

void SecretJob::then(QObject *context, std::function<void(const SecretJob &)> done)
{
    auto call = [this, done = std::move(done)] {
        done(*this);
        deleteLater();
    };
    if (m_finished)
        QTimer::singleShot(0, context, std::move(call));
    else
        connect(this, &SecretJob::finished, context, std::move(call), Qt::SingleShotConnection);
}

void SecretJob::start()
{
    m_deadline.start(m_timeout);
    if (!isValidKey(m_key))
        return fail(SecretError(Kind::InvalidKey));

    switch (m_operation) {
    case Operation::Write: {
        const QList<QByteArray> entries = SecretStore::splitIntoEntries(m_data);
        if (entries.isEmpty())
            return fail(SecretError(Kind::Failed, tr("the secret is too large")));
        // Learn how many chunks an older secret had, to remove the ones no longer used.
        readHeader([this, entries](int oldCount) { writeChunks(entries, 1, oldCount); });
        break;
    }
    case Operation::Read:
        m_store->readEntry(m_key, this, [this](const SecretStore::EntryResult &result) {
            if (m_finished)
                return;
            if (result.error.isError())
                return fail(result.error);
            std::optional<Header> header = parseHeader(result.data);
            if (!header)
                return fail(SecretError(Kind::Corrupt));
            m_data = header->firstPiece;
            readChunks(header->chunkCount, 1);
        });
        break;
    case Operation::Remove:
        readHeader([this](int count) {
            if (count == 0)
                return finish(); // nothing stored
            // The first entry goes first, so that no reader ever sees a partial secret.
            m_store->removeEntry(m_key, this, [this, count](const SecretStore::EntryResult &result) {
                if (m_finished)
                    return;
                if (result.error.isError())
                    return fail(result.error);
                removeChunks(1, count, [this] { finish(); });
            });
        });
        break;
    }
}

// Gives the chunk count of what is stored under the key: 0 when nothing, 1 for an entry
// that is not ours (so that it is overwritten or removed like a single entry).
void SecretJob::readHeader(std::function<void(int chunkCount)> next)
{
    m_store->readEntry(m_key, this, [this, next](const SecretStore::EntryResult &result) {
        if (m_finished)
            return;
        if (result.error.kind == Kind::NotFound)
            return next(0);
        if (result.error.isError())
            return fail(result.error);
        const std::optional<Header> header = parseHeader(result.data);
        next(header ? header->chunkCount : 1);
    });
}

// Chunks 1..n-1 first and the first entry last, so that the header never announces chunks
// that are not written yet.
void SecretJob::writeChunks(QList<QByteArray> chunks, int index, int oldCount)
{
    const bool header = index == chunks.size();
    const QString key = header ? m_key : SecretStore::chunkKey(m_key, index);
    const QByteArray entry = header ? chunks.first() : chunks.at(index);
    m_store->writeEntry(key, entry, this,
                        [this, chunks, index, oldCount, header](const SecretStore::EntryResult &result) {
        if (m_finished)
            return;
        if (result.error.isError())
            return fail(result.error);
        if (!header)
            return writeChunks(chunks, index + 1, oldCount);
        removeChunks(int(chunks.size()), oldCount, [this] { finish(); });
    });
}

void SecretJob::readChunks(int count, int index)
{
    if (index >= count)
        return finish();
    m_store->readEntry(SecretStore::chunkKey(m_key, index), this,
                       [this, count, index](const SecretStore::EntryResult &result) {
        if (m_finished)
            return;
        if (result.error.kind == Kind::NotFound)
            return fail(SecretError(Kind::Corrupt, tr("part %1 of %2 is missing").arg(index + 1).arg(count)));
        if (result.error.isError())
            return fail(result.error);
        m_data += result.data;
        readChunks(count, index + 1);
    });
}

void SecretJob::removeChunks(int from, int to, std::function<void()> next)
{
    if (from >= to)
        return next();
    m_store->removeEntry(SecretStore::chunkKey(m_key, from), this,
                         [this, from, to, next](const SecretStore::EntryResult &result) {
        if (m_finished)
            return;
        if (result.error.isError() && result.error.kind != Kind::NotFound)
            return fail(result.error);
        removeChunks(from + 1, to, next);
    });
}

void SecretJob::fail(SecretError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    // Names and kinds only: a secret never reaches the log.
    if (m_error.kind == Kind::NotFound)
        qCDebug(lcSecrets).noquote() << "secret" << m_key << "not found";
    else
        qCWarning(lcSecrets).noquote() << "secret" << m_key << SecretError::kindName(m_error.kind)
                                       << m_error.detail;
    finish();
}

void SecretJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    // A written secret has no business staying in this object; nor has half a read one.
    if (m_operation != Operation::Read || m_error.isError())
        m_data.clear();
    emit finished();
}

// --- SecretStore -------------------------------------------------------------------------

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretJob *SecretStore::write(const QString &key, const QByteArray &secret)
{
    return startJob(SecretJob::Operation::Write, key, secret);
}

SecretJob *SecretStore::read(const QString &key)
{
    return startJob(SecretJob::Operation::Read, key, {});
}

SecretJob *SecretStore::remove(const QString &key)
{
    return startJob(SecretJob::Operation::Remove, key, {});
}

SecretJob *SecretStore::startJob(SecretJob::Operation operation, const QString &key,
                                 const QByteArray &data)
{
    auto *job = new SecretJob(this, operation, key, data, m_timeout);
    QTimer::singleShot(0, job, &SecretJob::start);
    return job;
}

QList<QByteArray> SecretStore::splitIntoEntries(const QByteArray &secret)
{
    const qsizetype firstCapacity = kMaxEntryBytes - kHeaderReserve;
    const qsizetype rest = qMax<qsizetype>(0, secret.size() - firstCapacity);
    const qsizetype count = 1 + (rest + kMaxEntryBytes - 1) / kMaxEntryBytes;
    if (count > kMaxChunks)
        return {};

    QList<QByteArray> entries;
    entries.reserve(count);
    entries.append(kHeaderMagic + QByteArray::number(count) + '\n' + secret.left(firstCapacity));
    for (qsizetype offset = firstCapacity; offset < secret.size(); offset += kMaxEntryBytes)
        entries.append(secret.mid(offset, kMaxEntryBytes));
    return entries;
}

QString SecretStore::chunkKey(const QString &key, int index)
{
    return index == 0 ? key : key + u'.' + QString::number(index);
}

// --- KeychainSecretStore -----------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(kDefaultService), parent)
{
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

SecretError KeychainSecretStore::mapError(int keychainError, const QString &text)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError(Kind::NotFound, text);
    case QKeychain::AccessDeniedByUser:
        return SecretError(Kind::AccessDenied, text);
    case QKeychain::AccessDenied: // libsecret's "collection is locked" arrives as this
        return SecretError(text.contains(u"lock", Qt::CaseInsensitive) ? Kind::Locked
                                                                        : Kind::AccessDenied, text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError(Kind::NoKeychain, text);
    default:
        break;
    }
    if (text.contains(u"locked", Qt::CaseInsensitive))
        return SecretError(Kind::Locked, text);
    if (text.contains(u"dismissed", Qt::CaseInsensitive) || text.contains(u"cancel", Qt::CaseInsensitive))
        return SecretError(Kind::AccessDenied, text);
    if (looksUnreachable(text))
        return SecretError(Kind::NoKeychain, text);
    return SecretError(Kind::Failed, text);
}

void KeychainSecretStore::readEntry(const QString &key, QObject *context, EntryCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    whenFinished(job, context, [done](const KeychainResult &answer) {
        EntryResult result{mapError(answer.error, answer.errorText), {}};
        if (!result.error.isError())
            result.data = answer.data;
        done(result);
    }, [job] { return job->binaryData(); });
}

void KeychainSecretStore::writeEntry(const QString &key, const QByteArray &data, QObject *context,
                                     EntryCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(data);
    whenFinished(job, context, [done](const KeychainResult &answer) {
        done({mapError(answer.error, answer.errorText), {}});
    });
}

void KeychainSecretStore::removeEntry(const QString &key, QObject *context, EntryCallback done)
{
    whenFinished(newJob<QKeychain::DeletePasswordJob>(m_service, key), context, [done](const KeychainResult &answer) {
        SecretError error = mapError(answer.error, answer.errorText);
        if (error.kind == Kind::NotFound)
            error = {}; // already gone is what we wanted
        done({error, {}});
    });
}

// --- MemorySecretStore -------------------------------------------------------------------

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore()
{
    const QStringList keys = m_entries.keys();
    for (const QString &key : keys)
        erase(key);
}

void MemorySecretStore::answer(QObject *context, EntryCallback done, EntryResult result)
{
    if (m_silent)
        return;
    if (m_simulatedError != Kind::None)
        result = {SecretError(m_simulatedError, u"simulated"_qs), {}};
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] {
        done(result);
    });
}

void MemorySecretStore::readEntry(const QString &key, QObject *context, EntryCallback done)
{
    const auto it = m_entries.constFind(key);
    EntryResult result;
    if (m_simulatedError == Kind::None && !m_silent) {
        if (it == m_entries.constEnd())
            result.error = SecretError(Kind::NotFound);
        else
            result.data = it.value();
    }
    answer(context, std::move(done), std::move(result));
}

void MemorySecretStore::writeEntry(const QString &key, const QByteArray &data, QObject *context,
                                   EntryCallback done)
{
    if (m_simulatedError == Kind::None && !m_silent) {
        erase(key);
        m_entries.insert(key, data);
    }
    answer(context, std::move(done), {});
}

void MemorySecretStore::removeEntry(const QString &key, QObject *context, EntryCallback done)
{
    if (m_simulatedError == Kind::None && !m_silent)
        erase(key);
    answer(context, std::move(done), {});
}

// Overwrites the bytes before letting go of them, so that a freed buffer holds no secret.
void MemorySecretStore::erase(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (!it.value().isDetached()) {
        m_entries.erase(it);
        return; // shared with a caller's copy: not ours to overwrite
    }
    it.value().fill('\0');
    m_entries.erase(it);
}
