#pragma once

#include "api/apierror.h"
#include "api/jobinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

// One fetch as the history remembers it. No secret ever goes in here: the token and the
// request headers are not part of it, and the snapshot is JobInfo's normalized JSON.
struct HistoryEntry
{
    qint64 id = 0;            // assigned by the store
    qint64 timeMs = 0;        // epoch ms
    QString profile;          // "" for none
    QString endpoint;         // base URL, or "demo"
    QString jobId;
    QString jobName;
    QString outcome;          // "success" or ApiError::kindName()
    int httpStatus = 0;
    QString errorCode;        // the service's error_code, when the answer carried one
    qint64 durationMs = 0;
    QByteArray snapshot;      // compact JSON of BoundedSnapshot::toJson(); empty for failures
    // What the job was, not how the fetch went: its state (WatchState::name: success, failed,
    // running...) and health score; and the same from the job's previous successful fetch, so
    // that a change shows. Empty for failed fetches.
    QString state;
    std::optional<int> health;
    QString previousState;
    std::optional<int> previousHealth;

    static constexpr const char *kSuccess = "success";

    static HistoryEntry fromJob(const QString &endpoint, const JobInfo &job, int httpStatus, qint64 durationMs);
    static HistoryEntry fromError(const QString &endpoint, const QString &jobId, const ApiError &error,
                                  qint64 durationMs);

    bool succeeded() const { return outcome == QLatin1String(kSuccess); }
    bool stateChanged() const { return !previousState.isEmpty() && previousState != state; }
    bool healthChanged() const { return previousHealth && health && *previousHealth != *health; }
    // The snapshot as a job; an empty JobInfo for failures, which have none.
    JobInfo job() const;
};

// The order of entries(); every key falls back to newest first, then to the entry id, so
// that pages never overlap or skip.
enum class HistorySortKey { Time, JobName, JobId, Outcome, HttpStatus, Duration, Profile, Endpoint, State, Health };

// What entries() and count() select. Empty members do not filter.
struct HistoryFilter
{
    QString text;                    // substring of the job name or ID
    QString jobId;                   // exact
    QString outcome;                 // exact: "success", "not_found", ...
    std::optional<qint64> fromMs;    // inclusive
    std::optional<qint64> toMs;      // exclusive
    HistorySortKey sortKey = HistorySortKey::Time;
    bool ascending = false;          // entries() order; newest first by default
};

struct HistoryJob
{
    QString jobId;
    QString jobName;                 // as last seen
    qint64 lastTimeMs = 0;
    int entries = 0;
};

// A favorite job with what the newest successful fetch of it said.
struct Favorite
{
    QString profile;
    QString jobId;
    QString alias;
    QString note;
    int position = 0;                // 0-based, per profile
    qint64 addedMs = 0;
    QString jobName;                 // from the newest snapshot, empty if never fetched
    QString runningStatus;
    QString lastBuildStatus;
    std::optional<int> healthScore;
    std::optional<qint64> lastSeenMs;
    std::optional<bool> serviceFavorite; // the job's own `favorite` flag in CodeArts
};

// History of fetches and favorite jobs, in one SQLite database (history.sqlite in the app data
// directory). Safe for several processes at once: WAL journal, a busy timeout and short
// transactions. One store is one connection and belongs to the thread that created it; other
// threads make their own store on the same file.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int kSchemaVersion = 3;
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating or migrating as needed) the database at `path`, or the default one. A
    // file that cannot be opened or fails the integrity check is renamed aside and a fresh one
    // started: see movedAsidePath().
    explicit HistoryStore(const QString &path = defaultPath());
    // Whether opening runs PRAGMA quick_check. Skip only for a second connection to a file
    // another connection of this process has just checked: the check reads the whole file.
    enum class Check { Quick, Skip };
    HistoryStore(const QString &path, Check check);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // What went wrong when the store is not open, or the last failed statement.
    QString lastError() const { return m_lastError; }
    // Where a damaged database was moved during opening; empty if nothing was moved.
    QString movedAsidePath() const { return m_movedAsidePath; }
    // A sentence for the user about movedAsidePath(); empty if nothing was moved.
    QString warning() const;

    // History. record() returns the new entry's id, or 0 on failure.
    qint64 record(const HistoryEntry &entry);
    QList<HistoryEntry> entries(const HistoryFilter &filter = {}, int limit = 50, int offset = 0);
    // The same entries one at a time, holding one in memory: for output of any length. False
    // when the query failed (lastError()).
    bool forEachEntry(const HistoryFilter &filter, int limit, int offset,
                      const std::function<void(const HistoryEntry &)> &visit);
    int count(const HistoryFilter &filter = {});
    std::optional<JobInfo> snapshot(qint64 entryId);
    // Both return how many entries were deleted, or -1 if the statement failed (lastError()).
    int clearAll();
    int clearJob(const QString &jobId);
    // Keeps at most maxEntries (<= 0: no limit) entries not older than maxDays (<= 0: no limit)
    // before `nowMs` (default: now). Returns how many entries were deleted.
    int applyRetention(int maxEntries, int maxDays, std::optional<qint64> nowMs = std::nullopt);
    QList<HistoryJob> distinctJobs();
    // The job's name as its newest entry that knows it says; empty if none does. Indexed,
    // unlike distinctJobs(), which reads every entry.
    QString jobName(const QString &jobId);

    // Favorites, per profile, in the user's order. addFavorite() appends and returns false if
    // the job already is one.
    bool addFavorite(const QString &profile, const QString &jobId, const QString &alias = {},
                     const QString &note = {});
    // Adds the job, or when it already is a favorite sets what is given (alias, note) and keeps
    // the rest: in one transaction, so that a remove by another process cannot come between
    // the two. On Failed, lastError() says why.
    enum class FavoriteChange { Added, Updated, Failed };
    FavoriteChange addOrUpdateFavorite(const QString &profile, const QString &jobId,
                                       const std::optional<QString> &alias,
                                       const std::optional<QString> &note);
    // False when the job is not a favorite (lastError() empty) or on failure (lastError() set).
    bool removeFavorite(const QString &profile, const QString &jobId);
    QList<Favorite> favorites(const QString &profile);
    bool moveFavorite(const QString &profile, const QString &jobId, int newPosition);
    bool updateFavorite(const QString &profile, const QString &jobId, const QString &alias,
                        const QString &note);
    bool isFavorite(const QString &profile, const QString &jobId);

    // SQLite copies the WAL back into the file at a commit every 1000 pages, with an fsync that
    // can take tens of ms. A connection on the GUI thread turns that off (pages = 0) and has
    // another thread call checkpoint() (PASSIVE: never waits for, nor blocks, the writer).
    bool setAutoCheckpoint(int pages);
    bool checkpoint();
    // For tests and diagnostics.
    int schemaVersion();
    QString journalMode();

private:
    enum class OpenResult { Ok, Damaged, Failed };

    HistoryEntry previousSuccess(const HistoryEntry &entry);
    OpenResult openConnection();
    OpenResult openWithRetries();
    void closeConnection();
    bool configure();
    bool migrate();
    bool moveAside();
    bool exec(QSqlQuery &query);
    bool execSql(const QString &sql);
    void rollback();
    int execDelete(QSqlQuery &query);
    QString pragmaText(const QString &pragma);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once: record() is the hot path
    QString m_lastError;
    QString m_movedAsidePath;
    Check m_check = Check::Quick;
    bool m_open = false;
};
