#include "history/historystore.h"

#include "history/boundedsnapshot.h"
#include "platform/privatefiles.h"
#include "watch/watchstate.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>


namespace {

// Ordered migrations: entry N-1 takes the schema from version N-1 to N. Never edit a released
// step; append a new one and raise kSchemaVersion.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // v1: the history of fetches. Rows stay small: the snapshot is compact JSON text and
        // failures carry none.
        {u"CREATE TABLE history ("
         "  id INTEGER PRIMARY KEY,"
         "  time INTEGER NOT NULL,"
         "  profile TEXT NOT NULL DEFAULT '',"
         "  endpoint TEXT NOT NULL DEFAULT '',"
         "  job_id TEXT NOT NULL,"
         "  job_name TEXT NOT NULL DEFAULT '',"
         "  outcome TEXT NOT NULL,"
         "  http_status INTEGER,"
         "  error_code TEXT,"
         "  duration_ms INTEGER,"
         "  snapshot TEXT)"_qs,
         u"CREATE INDEX history_time ON history(time)"_qs},
        // v2: favorites, and the per-job index that history filtering and the favorites'
        // "newest snapshot" lookup need.
        {u"CREATE TABLE favorites ("
         "  profile TEXT NOT NULL DEFAULT '',"
         "  job_id TEXT NOT NULL,"
         "  alias TEXT NOT NULL DEFAULT '',"
         "  note TEXT NOT NULL DEFAULT '',"
         "  position INTEGER NOT NULL,"
         "  added INTEGER NOT NULL,"
         "  PRIMARY KEY (profile, job_id)) WITHOUT ROWID"_qs,
         u"CREATE INDEX favorites_order ON favorites(profile, position)"_qs,
         u"CREATE INDEX history_job_time ON history(job_id, time)"_qs},
        // v3: what the job was at each fetch (state, health) beside how the fetch went, and the
        // same from the job's previous successful fetch, so a change shows without reading it.
        // The old rows get them from their snapshots; the state words are WatchState::fromJob's
        // (watchstate.cpp), here once more in SQL for this one step.
        {u"ALTER TABLE history ADD COLUMN state TEXT"_qs,
         u"ALTER TABLE history ADD COLUMN health INTEGER"_qs,
         u"ALTER TABLE history ADD COLUMN previous_state TEXT"_qs,
         u"ALTER TABLE history ADD COLUMN previous_health INTEGER"_qs,
         u"UPDATE history SET health = json_extract(snapshot, '$.health_score'), state = CASE"
         "  WHEN lower(json_extract(snapshot, '$.running_status')) IN ('running', 'building')"
         "    OR lower(json_extract(snapshot, '$.last_build_status')) IN ('running', 'building') THEN 'running'"
         "  WHEN json_extract(snapshot, '$.disabled') = 1 THEN 'disabled'"
         "  WHEN lower(json_extract(snapshot, '$.last_build_status')) IN ('success', 'blue') THEN 'success'"
         "  WHEN lower(json_extract(snapshot, '$.last_build_status')) IN ('failed', 'fail', 'red', 'timeout', 'error')"
         "    THEN 'failed'"
         "  WHEN lower(json_extract(snapshot, '$.last_build_status')) IN ('aborted', 'aborting', 'cancelled')"
         "    THEN 'aborted'"
         "  ELSE 'unknown' END"
         " WHERE snapshot IS NOT NULL"_qs,
         u"UPDATE history SET (previous_state, previous_health) = (SELECT p.state, p.health FROM history p"
         "  WHERE p.job_id = history.job_id AND p.snapshot IS NOT NULL"
         "    AND (p.time < history.time OR (p.time = history.time AND p.id < history.id))"
         "  ORDER BY p.time DESC, p.id DESC LIMIT 1)"
         " WHERE snapshot IS NOT NULL"_qs},
    };
    return steps;
}

constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary code of an extended one
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADb);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return u'%' + escaped + u'%';
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The WHERE clause of a filter, with its values in binding order.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const HistoryFilter &filter)
{
    QStringList terms;
    Where where;
    if (!filter.text.isEmpty()) {
        terms << u"(job_name LIKE ? ESCAPE '\\' OR job_id LIKE ? ESCAPE '\\')"_qs;
        where.values << likePattern(filter.text) << likePattern(filter.text);
    }
    if (!filter.jobId.isEmpty()) {
        terms << u"job_id = ?"_qs;
        where.values << filter.jobId;
    }
    if (!filter.outcome.isEmpty()) {
        terms << u"outcome = ?"_qs;
        where.values << filter.outcome;
    }
    if (filter.fromMs) {
        terms << u"time >= ?"_qs;
        where.values << *filter.fromMs;
    }
    if (filter.toMs) {
        terms << u"time < ?"_qs;
        where.values << *filter.toMs;
    }
    if (!terms.isEmpty())
        where.sql = u" WHERE "_qs + terms.join(u" AND "_qs);
    return where;
}

QString sortColumn(HistorySortKey key)
{
    switch (key) {
    case HistorySortKey::Time: return u"time"_qs;
    case HistorySortKey::JobName: return u"job_name COLLATE NOCASE"_qs;
    case HistorySortKey::JobId: return u"job_id"_qs;
    case HistorySortKey::Outcome: return u"outcome"_qs;
    case HistorySortKey::HttpStatus: return u"http_status"_qs;
    case HistorySortKey::Duration: return u"duration_ms"_qs;
    case HistorySortKey::Profile: return u"profile COLLATE NOCASE"_qs;
    case HistorySortKey::Endpoint: return u"endpoint"_qs;
    case HistorySortKey::State: return u"state"_qs;
    case HistorySortKey::Health: return u"health"_qs;
    }
    return u"time"_qs;
}

// Only time has an index (history_time); other keys sort every matching row, which is why the
// window reads history on a thread of its own (HistoryWorker).
QString orderBy(HistorySortKey key, bool ascending)
{
    const QString direction = ascending ? u"ASC"_qs : u"DESC"_qs;
    if (key == HistorySortKey::Time)
        return u" ORDER BY time %1, id %1"_qs.arg(direction);
    return u" ORDER BY %1 %2, time DESC, id DESC"_qs.arg(sortColumn(key), direction);
}

// QSQLITE binds a null QString as SQL NULL, but for these columns and comparisons "" means
// "none" (the empty profile above all), so null strings go in as "". NULL is bound on purpose
// only as an invalid QVariant.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        const bool nullString = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullString ? QVariant(u""_qs) : value);
    }
}

HistoryEntry entryFrom(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.timeMs = query.value(1).toLongLong();
    entry.profile = query.value(2).toString();
    entry.endpoint = query.value(3).toString();
    entry.jobId = query.value(4).toString();
    entry.jobName = query.value(5).toString();
    entry.outcome = query.value(6).toString();
    entry.httpStatus = query.value(7).toInt();
    entry.errorCode = query.value(8).toString();
    entry.durationMs = query.value(9).toLongLong();
    entry.snapshot = query.value(10).toString().toUtf8();
    entry.state = query.value(11).toString();
    if (!query.value(12).isNull())
        entry.health = query.value(12).toInt();
    entry.previousState = query.value(13).toString();
    if (!query.value(14).isNull())
        entry.previousHealth = query.value(14).toInt();
    return entry;
}

const QString kEntryColumns = u"id, time, profile, endpoint, job_id, job_name, outcome, http_status,"
                              " error_code, duration_ms, snapshot, state, health, previous_state, previous_health"_qs;

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

HistoryEntry HistoryEntry::fromJob(const QString &endpoint, const JobInfo &job, int httpStatus, qint64 durationMs)
{
    HistoryEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.endpoint = endpoint;
    // Bounded: a hostile answer's megabytes never reach the database.
    const JobInfo kept = BoundedSnapshot::bounded(job);
    entry.jobId = kept.id;
    entry.jobName = kept.jobName;
    entry.outcome = QLatin1String(kSuccess);
    entry.httpStatus = httpStatus;
    entry.durationMs = durationMs;
    entry.snapshot = QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact);
    entry.state = WatchState::name(WatchState::fromJob(kept));
    entry.health = kept.healthScore;
    return entry;
}

HistoryEntry HistoryEntry::fromError(const QString &endpoint, const QString &jobId, const ApiError &error,
                                     qint64 durationMs)
{
    HistoryEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.endpoint = endpoint;
    entry.jobId = jobId;
    entry.outcome = ApiError::kindName(error.kind);
    entry.httpStatus = error.httpStatus;
    entry.errorCode = error.errorCode;
    entry.durationMs = durationMs;
    return entry;
}

JobInfo HistoryEntry::job() const
{
    return JobInfo::fromJson(QJsonDocument::fromJson(snapshot).object());
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_qs;
}

HistoryStore::HistoryStore(const QString &path)
    : HistoryStore(path, Check::Quick)
{
}

HistoryStore::HistoryStore(const QString &path, Check check)
    : m_path(path)
    , m_connectionName(u"inspector-history-%1"_qs.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_check(check)
{
    // The user's own data: 0600 in a 0700 folder. SQLite gives the -wal and -shm files the
    // database file's mode; those left by an older version are made private too.
    if (!PrivateFiles::makeDirectory(QFileInfo(m_path).absolutePath())) {
        m_lastError = tr("The folder for \"%1\" could not be created.").arg(m_path);
        return;
    }
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs})
        PrivateFiles::makeFile(m_path + suffix, false);
    OpenResult result = openWithRetries();
    if (result == OpenResult::Damaged)
        result = moveAside() ? openWithRetries() : OpenResult::Failed;
    m_open = result == OpenResult::Ok;
    if (!m_open)
        closeConnection();
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

void HistoryStore::closeConnection()
{
    m_insert.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

// Two processes creating the database at the same moment can get "database is locked" even
// with a busy timeout (switching to WAL and the first migration need the file to themselves),
// so opening is retried a few times, briefly, before giving up.
HistoryStore::OpenResult HistoryStore::openWithRetries()
{
    constexpr int kAttempts = 8;
    for (int attempt = 1;; ++attempt) {
        const OpenResult result = openConnection();
        if (result != OpenResult::Failed || attempt == kAttempts || !m_lastError.contains(u"locked"))
            return result;
        closeConnection();
        m_lastError.clear();
        QThread::msleep(50 * attempt);
    }
}

HistoryStore::OpenResult HistoryStore::openConnection()
{
    PrivateFiles::makeFile(m_path, true); // before SQLite creates it with the umask's mode
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        return QFileInfo::exists(m_path) ? OpenResult::Damaged : OpenResult::Failed;
    }
    // Wait for another process's write instead of failing at once.
    if (!execSql(u"PRAGMA busy_timeout = %1"_qs.arg(kBusyTimeoutMs)))
        return OpenResult::Failed;
    if (m_check == Check::Skip)
        return configure() && migrate() ? OpenResult::Ok : OpenResult::Failed;
    QSqlQuery check(m_db);
    if (!check.exec(u"PRAGMA quick_check"_qs)) {
        m_lastError = check.lastError().text();
        return isDamage(check.lastError()) ? OpenResult::Damaged : OpenResult::Failed;
    }
    if (!check.next() || check.value(0).toString() != u"ok") {
        m_lastError = tr("The integrity check failed: %1").arg(check.value(0).toString());
        return OpenResult::Damaged;
    }
    check.finish();
    if (!configure() || !migrate())
        return OpenResult::Failed;
    return OpenResult::Ok;
}

bool HistoryStore::configure()
{
    // WAL lets readers and one writer work at once, across processes. synchronous=NORMAL is
    // safe with WAL (no corruption); a power cut may lose the last entries, which is
    // acceptable for a history and keeps record() far below a millisecond or two.
    if (pragmaText(u"journal_mode = WAL"_qs).compare(u"wal"_qs, Qt::CaseInsensitive) != 0) {
        if (m_lastError.isEmpty())
            m_lastError = tr("The database could not be switched to WAL mode.");
        return false;
    }
    return execSql(u"PRAGMA foreign_keys = ON"_qs) && execSql(u"PRAGMA synchronous = NORMAL"_qs);
}

bool HistoryStore::migrate()
{
    const int version = schemaVersion();
    if (version == kSchemaVersion)
        return true;
    if (version > kSchemaVersion || version < 0) {
        m_lastError = tr("The history database was written by a newer version of the app (schema %1).").arg(version);
        return false;
    }
    // IMMEDIATE takes the write lock first, so two processes starting at once migrate in turn;
    // the version is read again inside the transaction for the one that comes second.
    if (!execSql(u"BEGIN IMMEDIATE"_qs))
        return false;
    bool ok = true;
    for (int step = schemaVersion(); ok && step < kSchemaVersion; ++step) {
        for (const QString &statement : migrations().at(step))
            ok = ok && execSql(statement);
    }
    ok = ok && execSql(u"PRAGMA user_version = %1"_qs.arg(kSchemaVersion)) && execSql(u"COMMIT"_qs);
    if (!ok)
        execSql(u"ROLLBACK"_qs);
    return ok;
}

bool HistoryStore::moveAside()
{
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_qs);
    QString target = m_path + u".corrupt-"_qs + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".corrupt-"_qs + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        m_lastError = tr("The damaged history database \"%1\" could not be moved aside.").arg(m_path);
        return false;
    }
    // The journal files belong to the damaged file; a fresh database must not pick them up.
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAsidePath = target;
    m_lastError.clear();
    return true;
}

QString HistoryStore::warning() const
{
    if (m_movedAsidePath.isEmpty())
        return {};
    return tr("The history database was damaged. It was moved to \"%1\" and a new one was started.")
        .arg(m_movedAsidePath);
}

namespace {

// Never an empty reason: some drivers' errors carry only a code.
QString errorText(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    if (!text.isEmpty())
        return text;
    return HistoryStore::tr("SQLite error %1").arg(error.nativeErrorCode().isEmpty()
                                                       ? QStringLiteral("?") : error.nativeErrorCode());
}

} // namespace

bool HistoryStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = errorText(query.lastError());
    return false;
}

bool HistoryStore::execSql(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastError = errorText(query.lastError());
    return false;
}

// Ends a failed transaction without overwriting the reason it failed.
void HistoryStore::rollback()
{
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_qs);
}

// How many entries the DELETE removed, or -1 if it failed (lastError()).
int HistoryStore::execDelete(QSqlQuery &query)
{
    return exec(query) ? query.numRowsAffected() : -1;
}

QString HistoryStore::pragmaText(const QString &pragma)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA "_qs + pragma)) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool HistoryStore::setAutoCheckpoint(int pages)
{
    return m_open && execSql(u"PRAGMA wal_autocheckpoint = %1"_qs.arg(qMax(0, pages)));
}

bool HistoryStore::checkpoint()
{
    return m_open && execSql(u"PRAGMA wal_checkpoint(PASSIVE)"_qs);
}

int HistoryStore::schemaVersion()
{
    bool ok = false;
    const int version = pragmaText(u"user_version"_qs).toInt(&ok);
    return ok ? version : -1;
}

QString HistoryStore::journalMode()
{
    return pragmaText(u"journal_mode"_qs);
}

qint64 HistoryStore::record(const HistoryEntry &entry)
{
    if (!m_open)
        return 0;
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(u"INSERT INTO history (time, profile, endpoint, job_id, job_name, outcome,"
                               " http_status, error_code, duration_ms, snapshot, state, health,"
                               " previous_state, previous_health)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs)) {
            m_lastError = m_insert->lastError().text();
            m_insert.reset();
            return 0;
        }
    }
    const HistoryEntry previous = entry.snapshot.isEmpty() ? HistoryEntry() : previousSuccess(entry);
    QString state = entry.state;
    std::optional<int> health = entry.health;
    if (state.isEmpty() && !entry.snapshot.isEmpty()) { // an entry made by hand: read its snapshot
        state = WatchState::name(WatchState::fromJob(entry.job()));
        health = entry.job().healthScore;
    }
    QSqlQuery &insert = *m_insert;
    // The snapshot goes in as text, not a blob: readable with the sqlite3 shell and json_extract().
    bindAll(insert, {entry.timeMs, entry.profile, entry.endpoint, entry.jobId, entry.jobName, entry.outcome,
                     entry.httpStatus > 0 ? QVariant(entry.httpStatus) : QVariant(), nullIfEmpty(entry.errorCode),
                     entry.durationMs,
                     entry.snapshot.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(entry.snapshot)),
                     nullIfEmpty(state), orNull(health), nullIfEmpty(previous.state), orNull(previous.health)});
    if (!exec(insert))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    return id;
}

// The job's newest successful fetch before `entry` (by the index on job and time).
HistoryEntry HistoryStore::previousSuccess(const HistoryEntry &entry)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT state, health FROM history WHERE job_id = ? AND snapshot IS NOT NULL AND time <= ?"
                  " ORDER BY time DESC, id DESC LIMIT 1"_qs);
    bindAll(query, {entry.jobId, entry.timeMs});
    HistoryEntry previous;
    if (exec(query) && query.next()) {
        previous.state = query.value(0).toString();
        if (!query.value(1).isNull())
            previous.health = query.value(1).toInt();
    }
    return previous;
}

QList<HistoryEntry> HistoryStore::entries(const HistoryFilter &filter, int limit, int offset)
{
    QList<HistoryEntry> result;
    forEachEntry(filter, limit, offset, [&result](const HistoryEntry &entry) { result.append(entry); });
    return result;
}

bool HistoryStore::forEachEntry(const HistoryFilter &filter, int limit, int offset,
                                const std::function<void(const HistoryEntry &)> &visit)
{
    if (!m_open)
        return false;
    const Where where = whereFor(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_qs + kEntryColumns + u" FROM history"_qs + where.sql
                  + orderBy(filter.sortKey, filter.ascending)
                  + u" LIMIT ? OFFSET ?"_qs);
    bindAll(query, where.values);
    query.addBindValue(limit > 0 ? limit : -1);
    query.addBindValue(qMax(0, offset));
    if (!exec(query))
        return false;
    while (query.next())
        visit(entryFrom(query));
    return true;
}

int HistoryStore::count(const HistoryFilter &filter)
{
    if (!m_open)
        return 0;
    const Where where = whereFor(filter);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM history"_qs + where.sql);
    bindAll(query, where.values);
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<JobInfo> HistoryStore::snapshot(qint64 entryId)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT snapshot FROM history WHERE id = ? AND snapshot IS NOT NULL"_qs);
    query.addBindValue(entryId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return JobInfo::fromJson(document.object());
}

int HistoryStore::clearAll()
{
    if (!m_open)
        return 0;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM history"_qs);
    return execDelete(query);
}

int HistoryStore::clearJob(const QString &jobId)
{
    if (!m_open)
        return 0;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM history WHERE job_id = ?"_qs);
    bindAll(query, {jobId});
    return execDelete(query);
}

int HistoryStore::applyRetention(int maxEntries, int maxDays, std::optional<qint64> nowMs)
{
    if (!m_open)
        return 0;
    int deleted = 0;
    if (maxDays > 0) {
        const qint64 now = nowMs.value_or(QDateTime::currentMSecsSinceEpoch());
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM history WHERE time < ?"_qs);
        query.addBindValue(now - qint64(maxDays) * 24 * 3600 * 1000);
        deleted += qMax(0, execDelete(query));
    }
    if (maxEntries > 0) {
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM history WHERE id IN"
                      " (SELECT id FROM history ORDER BY time DESC, id DESC LIMIT -1 OFFSET ?)"_qs);
        query.addBindValue(maxEntries);
        deleted += qMax(0, execDelete(query));
    }
    return deleted;
}

QList<HistoryJob> HistoryStore::distinctJobs()
{
    QList<HistoryJob> jobs;
    if (!m_open)
        return jobs;
    // The name comes from the newest entry that has one: failures do not know it.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT h.job_id, MAX(h.time) AS last, COUNT(*),"
                  " (SELECT n.job_name FROM history n WHERE n.job_id = h.job_id AND n.job_name != ''"
                  "  ORDER BY n.time DESC LIMIT 1)"
                  " FROM history h GROUP BY h.job_id ORDER BY last DESC"_qs);
    if (!exec(query))
        return jobs;
    while (query.next())
        jobs.append({query.value(0).toString(), query.value(3).toString(), query.value(1).toLongLong(),
                     query.value(2).toInt()});
    return jobs;
}

QString HistoryStore::jobName(const QString &jobId)
{
    if (!m_open)
        return {};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT job_name FROM history WHERE job_id = ? AND job_name != ''"
                  " ORDER BY time DESC LIMIT 1"_qs);
    bindAll(query, {jobId});
    return exec(query) && query.next() ? query.value(0).toString() : QString();
}

bool HistoryStore::addFavorite(const QString &profile, const QString &jobId, const QString &alias,
                               const QString &note)
{
    if (!m_open)
        return false;
    // One statement, so the position is computed and taken atomically even across processes.
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR IGNORE INTO favorites (profile, job_id, alias, note, position, added)"
                  " SELECT ?, ?, ?, ?, COALESCE(MAX(position) + 1, 0), ? FROM favorites WHERE profile = ?"_qs);
    bindAll(query, {profile, jobId, alias, note, QDateTime::currentMSecsSinceEpoch(), profile});
    return exec(query) && query.numRowsAffected() == 1;
}

HistoryStore::FavoriteChange HistoryStore::addOrUpdateFavorite(const QString &profile, const QString &jobId,
                                                               const std::optional<QString> &alias,
                                                               const std::optional<QString> &note)
{
    if (!m_open)
        return FavoriteChange::Failed;
    if (!execSql(u"BEGIN IMMEDIATE"_qs))
        return FavoriteChange::Failed;
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT OR IGNORE INTO favorites (profile, job_id, alias, note, position, added)"
                   " SELECT ?, ?, ?, ?, COALESCE(MAX(position) + 1, 0), ? FROM favorites WHERE profile = ?"_qs);
    bindAll(insert, {profile, jobId, alias.value_or(QString()), note.value_or(QString()),
                     QDateTime::currentMSecsSinceEpoch(), profile});
    if (!exec(insert)) {
        rollback();
        return FavoriteChange::Failed;
    }
    const bool added = insert.numRowsAffected() == 1;
    if (!added && (alias || note)) {
        // Already there: change only what was given.
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE favorites SET alias = CASE WHEN ? THEN ? ELSE alias END,"
                       " note = CASE WHEN ? THEN ? ELSE note END WHERE profile = ? AND job_id = ?"_qs);
        bindAll(update, {alias.has_value(), alias.value_or(QString()), note.has_value(),
                         note.value_or(QString()), profile, jobId});
        if (!exec(update)) {
            rollback();
            return FavoriteChange::Failed;
        }
    }
    if (!execSql(u"COMMIT"_qs)) {
        rollback();
        return FavoriteChange::Failed;
    }
    return added ? FavoriteChange::Added : FavoriteChange::Updated;
}

bool HistoryStore::removeFavorite(const QString &profile, const QString &jobId)
{
    m_lastError.clear();
    if (!m_open || !execSql(u"BEGIN IMMEDIATE"_qs))
        return false;
    QSqlQuery find(m_db);
    find.prepare(u"SELECT position FROM favorites WHERE profile = ? AND job_id = ?"_qs);
    bindAll(find, {profile, jobId});
    if (!exec(find) || !find.next()) {
        rollback();
        return false;
    }
    const int position = find.value(0).toInt();
    find.finish();
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM favorites WHERE profile = ? AND job_id = ?"_qs);
    bindAll(remove, {profile, jobId});
    QSqlQuery close(m_db); // close the gap so positions stay 0..n-1
    close.prepare(u"UPDATE favorites SET position = position - 1 WHERE profile = ? AND position > ?"_qs);
    bindAll(close, {profile, position});
    if (exec(remove) && exec(close) && execSql(u"COMMIT"_qs))
        return true;
    rollback();
    return false;
}

bool HistoryStore::moveFavorite(const QString &profile, const QString &jobId, int newPosition)
{
    if (!m_open || !execSql(u"BEGIN IMMEDIATE"_qs))
        return false;
    QSqlQuery find(m_db);
    find.prepare(u"SELECT position, (SELECT COUNT(*) FROM favorites WHERE profile = ?)"
                 " FROM favorites WHERE profile = ? AND job_id = ?"_qs);
    bindAll(find, {profile, profile, jobId});
    if (!exec(find) || !find.next()) {
        execSql(u"ROLLBACK"_qs);
        return false;
    }
    const int from = find.value(0).toInt();
    const int to = qBound(0, newPosition, find.value(1).toInt() - 1);
    find.finish();
    // Shift the favorites between the old and the new place by one, then drop this one in.
    QSqlQuery shift(m_db);
    shift.prepare(to < from
        ? u"UPDATE favorites SET position = position + 1 WHERE profile = ? AND position >= ? AND position < ?"_qs
        : u"UPDATE favorites SET position = position - 1 WHERE profile = ? AND position > ? AND position <= ?"_qs);
    bindAll(shift, to < from ? QVariantList{profile, to, from} : QVariantList{profile, from, to});
    QSqlQuery place(m_db);
    place.prepare(u"UPDATE favorites SET position = ? WHERE profile = ? AND job_id = ?"_qs);
    bindAll(place, {to, profile, jobId});
    if (exec(shift) && exec(place) && execSql(u"COMMIT"_qs))
        return true;
    execSql(u"ROLLBACK"_qs);
    return false;
}

bool HistoryStore::updateFavorite(const QString &profile, const QString &jobId, const QString &alias,
                                  const QString &note)
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE favorites SET alias = ?, note = ? WHERE profile = ? AND job_id = ?"_qs);
    bindAll(query, {alias, note, profile, jobId});
    return exec(query) && query.numRowsAffected() == 1;
}

bool HistoryStore::isFavorite(const QString &profile, const QString &jobId)
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM favorites WHERE profile = ? AND job_id = ?"_qs);
    bindAll(query, {profile, jobId});
    return exec(query) && query.next();
}

QList<Favorite> HistoryStore::favorites(const QString &profile)
{
    QList<Favorite> result;
    if (!m_open)
        return result;
    // The newest entry with a snapshot, found through history_job_time. A job ID is globally
    // unique, so a snapshot fetched under any profile describes the same job.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT f.profile, f.job_id, f.alias, f.note, f.position, f.added, h.time, h.snapshot"
                  " FROM favorites f LEFT JOIN history h ON h.id ="
                  "  (SELECT s.id FROM history s WHERE s.job_id = f.job_id AND s.snapshot IS NOT NULL"
                  "   ORDER BY s.time DESC, s.id DESC LIMIT 1)"
                  " WHERE f.profile = ? ORDER BY f.position"_qs);
    bindAll(query, {profile});
    if (!exec(query))
        return result;
    while (query.next()) {
        Favorite favorite;
        favorite.profile = query.value(0).toString();
        favorite.jobId = query.value(1).toString();
        favorite.alias = query.value(2).toString();
        favorite.note = query.value(3).toString();
        favorite.position = query.value(4).toInt();
        favorite.addedMs = query.value(5).toLongLong();
        if (!query.isNull(7)) {
            const JobInfo job = JobInfo::fromJson(
                QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
            favorite.jobName = job.jobName;
            favorite.runningStatus = job.runningStatus;
            favorite.lastBuildStatus = job.lastBuildStatus;
            favorite.healthScore = job.healthScore;
            favorite.serviceFavorite = job.favorite;
            favorite.lastSeenMs = query.value(6).toLongLong();
        }
        result.append(favorite);
    }
    return result;
}
