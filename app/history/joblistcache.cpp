#include "history/joblistcache.h"

#include "history/historystore.h"
#include "platform/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

JobListCache::JobListCache(const QString &path)
    : m_path(path), m_connectionName(u"inspector-joblist-"_qs + QUuid::createUuid().toString(QUuid::Id128))
{
    // Beside the history, as private as it (PrivateFiles).
    if (!PrivateFiles::makeDirectory(QFileInfo(m_path).absolutePath())) {
        m_lastError = tr("The folder for \"%1\" could not be created.").arg(m_path);
        return;
    }
    PrivateFiles::makeFile(m_path, true);
    m_open = openDatabase();
    if (!m_open) { // a cache may be thrown away: try once with a fresh file
        m_db.close();
        QFile::remove(m_path);
        PrivateFiles::makeFile(m_path, true);
        m_open = openDatabase();
    }
}

JobListCache::~JobListCache()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString JobListCache::defaultPath()
{
    return QFileInfo(HistoryStore::defaultPath()).absolutePath() + u"/jobsearch-cache.sqlite"_qs;
}

bool JobListCache::openDatabase()
{
    if (!QSqlDatabase::contains(m_connectionName))
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    const bool ok = query.exec(u"PRAGMA busy_timeout = 2000"_qs)
        && query.exec(u"CREATE TABLE IF NOT EXISTS job_lists ("
                      "profile TEXT NOT NULL, search TEXT NOT NULL, fetched_at INTEGER NOT NULL, "
                      "items BLOB NOT NULL, PRIMARY KEY (profile, search))"_qs)
        && query.exec(u"SELECT count(*) FROM job_lists"_qs);
    if (!ok)
        m_lastError = query.lastError().text();
    return ok;
}

QString JobListCache::key(const QString &search, const QString &projectId, const QString &status)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{search.trimmed(), projectId, status}).toJson(QJsonDocument::Compact));
}

bool JobListCache::store(const QString &profile, const QString &search, const QList<QJsonObject> &items,
                         const QDateTime &fetchedAt)
{
    if (!m_open)
        return false;
    QJsonArray array;
    for (qsizetype i = 0; i < qMin<qsizetype>(items.size(), kMaxItemsPerSearch); ++i)
        array.append(items.at(i));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO job_lists (profile, search, fetched_at, items) VALUES (?, ?, ?, ?)"_qs);
    query.addBindValue(profile);
    query.addBindValue(search);
    query.addBindValue(fetchedAt.toMSecsSinceEpoch());
    query.addBindValue(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    // Keep the newest searches of this profile only.
    QSqlQuery prune(m_db);
    prune.prepare(u"DELETE FROM job_lists WHERE profile = ? AND search NOT IN "
                  "(SELECT search FROM job_lists WHERE profile = ? ORDER BY fetched_at DESC LIMIT ?)"_qs);
    prune.addBindValue(profile);
    prune.addBindValue(profile);
    prune.addBindValue(kMaxSearchesPerProfile);
    if (!prune.exec()) {
        m_lastError = prune.lastError().text();
        return false;
    }
    return true;
}

std::optional<JobListCache::Entry> JobListCache::load(const QString &profile, const QString &search) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT fetched_at, items FROM job_lists WHERE profile = ? AND search = ?"_qs);
    query.addBindValue(profile);
    query.addBindValue(search);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray());
    if (!document.isArray())
        return std::nullopt;
    Entry entry;
    entry.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    for (const QJsonValue &item : document.array()) {
        if (item.isObject())
            entry.items.append(item.toObject());
    }
    return entry;
}

bool JobListCache::forget(const QString &profile)
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM job_lists WHERE profile = ?"_qs);
    query.addBindValue(profile);
    return query.exec();
}
