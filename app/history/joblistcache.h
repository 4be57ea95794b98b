#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The last job lists the window showed, per profile and search, in a SQLite file beside the
// history (jobsearch-cache.sqlite), so that the search panel shows them at once, marked with
// their time, while it refreshes them, and offline. Only list items are kept: job names, IDs,
// states, never a secret. It is a cache: a damaged file is deleted and started afresh, and the
// oldest searches give way to new ones (kMaxSearchesPerProfile, kMaxItemsPerSearch).
class JobListCache
{
    Q_DECLARE_TR_FUNCTIONS(JobListCache)

public:
    static constexpr int kMaxSearchesPerProfile = 30;
    static constexpr int kMaxItemsPerSearch = 500;

    struct Entry
    {
        QList<QJsonObject> items;
        QDateTime fetchedAt; // UTC
    };

    explicit JobListCache(const QString &path = defaultPath());
    ~JobListCache();
    JobListCache(const JobListCache &) = delete;
    JobListCache &operator=(const JobListCache &) = delete;

    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    // `search` is the query's key (see key()); the items beyond kMaxItemsPerSearch are dropped.
    bool store(const QString &profile, const QString &search, const QList<QJsonObject> &items,
               const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    std::optional<Entry> load(const QString &profile, const QString &search) const;
    // Forgets a profile's lists (when the profile is removed).
    bool forget(const QString &profile);

    // One key for a search text and its filters.
    static QString key(const QString &search, const QString &projectId, const QString &status);

private:
    bool openDatabase();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_lastError;
};
