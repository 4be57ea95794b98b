#include "sandbox/demosandbox.h"
#include "history/boundedsnapshot.h"
#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QString kJobA = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_qs;
const QString kJobB = u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_qs;
const QString kJobC = u"cccccccccccccccccccccccccccccccc"_qs;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

JobInfo job(const QString &id, const QString &name, const QString &running = u"Finished"_qs, int health = 90)
{
    JobInfo info;
    info.id = id;
    info.jobName = name;
    info.runningStatus = running;
    info.lastBuildStatus = u"success"_qs;
    info.healthScore = health;
    info.isView = true;
    return info;
}

HistoryEntry success(const JobInfo &info, qint64 timeMs)
{
    HistoryEntry entry = HistoryEntry::fromJob(u"https://cloudbuild.example.com"_qs, info, 200, 120);
    entry.timeMs = timeMs;
    return entry;
}

HistoryEntry failure(const QString &jobId, qint64 timeMs)
{
    ApiError error(ApiError::Kind::NotFound, u"The job does not exist."_qs);
    error.httpStatus = 404;
    error.errorCode = u"CB.00000404"_qs;
    HistoryEntry entry = HistoryEntry::fromError(u"https://cloudbuild.example.com"_qs, jobId, error, 80);
    entry.timeMs = timeMs;
    return entry;
}

QStringList ids(const QList<HistoryEntry> &entries)
{
    QStringList result;
    for (const HistoryEntry &entry : entries)
        result << entry.jobId + u'@' + QString::number(entry.timeMs);
    return result;
}

QStringList favoriteIds(const QList<Favorite> &favorites)
{
    QStringList result;
    for (const Favorite &favorite : favorites)
        result << favorite.jobId.left(1) + QString::number(favorite.position);
    return result;
}

// Runs raw SQL on its own connection, as an older app version or a hand-made file would.
bool rawSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"raw"_qs);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_qs);
    return ok;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void snapshotsAreBounded();
    void favoriteAddOrUpdateIsOneStep();
    void opensWithWalAndSchema();
    void recordAndRead();
    void filters();
    void likeWildcardsAreLiteral();
    void paging();
    void snapshotRoundTrip();
    void retention();
    void clear();
    void distinctJobs();
    void favoritesAddRemoveOrder();
    void favoritesMove();
    void favoritesAliasNote();
    void favoritesShowNewestSnapshot();
    void favoritesArePerProfile();
    void migrationFromVersion1();
    void newerSchemaIsLeftAlone();
    void corruptFileIsMovedAside();
    void twoStoresOnOneFile();
    void storeInAnotherThread();
    void walIsCopiedBackOnClose();
    void noSecretIsStored();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_qs); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::opensWithWalAndSchema()
{
    HistoryStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
    QCOMPARE(store.journalMode(), u"wal"_qs);
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    QVERIFY(store.movedAsidePath().isEmpty());
    QVERIFY(store.warning().isEmpty());
    QVERIFY(HistoryStore::defaultPath().endsWith(u"/history.sqlite"_qs));
    // Opening again finds everything in place and migrates nothing.
    HistoryStore again(path());
    QVERIFY(again.isOpen());
    QCOMPARE(again.schemaVersion(), HistoryStore::kSchemaVersion);
}

void TestHistoryStore::recordAndRead()
{
    HistoryStore store(path());
    const qint64 first = store.record(success(job(kJobA, u"alpha"_qs), 1000));
    const qint64 second = store.record(failure(kJobB, 2000));
    QVERIFY2(first > 0, qPrintable(store.lastError()));
    QVERIFY(second > first);

    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(store.count(), 2);
    const HistoryEntry &newest = entries.first();
    QCOMPARE(newest.id, second);
    QCOMPARE(newest.timeMs, 2000);
    QCOMPARE(newest.profile, QString());
    QCOMPARE(newest.endpoint, u"https://cloudbuild.example.com"_qs);
    QCOMPARE(newest.jobId, kJobB);
    QCOMPARE(newest.outcome, u"not_found"_qs);
    QCOMPARE(newest.httpStatus, 404);
    QCOMPARE(newest.errorCode, u"CB.00000404"_qs);
    QCOMPARE(newest.durationMs, 80);
    QVERIFY(newest.snapshot.isEmpty());
    QVERIFY(!newest.succeeded());

    const HistoryEntry &oldest = entries.last();
    QCOMPARE(oldest.jobName, u"alpha"_qs);
    QCOMPARE(oldest.outcome, u"success"_qs);
    QVERIFY(oldest.succeeded());
    QCOMPARE(oldest.snapshot, QJsonDocument(job(kJobA, u"alpha"_qs).toJson()).toJson(QJsonDocument::Compact));
}

void TestHistoryStore::filters()
{
    HistoryStore store(path());
    store.record(success(job(kJobA, u"payment-service-ci"_qs), 1 * kDayMs));
    store.record(success(job(kJobB, u"frontend-nightly"_qs), 2 * kDayMs));
    store.record(failure(kJobB, 3 * kDayMs));
    store.record(success(job(kJobC, u"payment-gateway"_qs), 4 * kDayMs));

    HistoryFilter byText;
    byText.text = u"PAYMENT"_qs; // LIKE ignores ASCII case
    QCOMPARE(ids(store.entries(byText)), (QStringList{kJobC + u"@345600000"_qs, kJobA + u"@86400000"_qs}));
    byText.text = u"bbbb"_qs;     // part of an ID
    QCOMPARE(store.count(byText), 2);

    HistoryFilter byJob;
    byJob.jobId = kJobB;
    QCOMPARE(store.count(byJob), 2);
    QCOMPARE(store.entries(byJob).first().outcome, u"not_found"_qs);

    HistoryFilter byOutcome;
    byOutcome.outcome = u"success"_qs;
    QCOMPARE(store.count(byOutcome), 3);

    HistoryFilter byDate;
    byDate.fromMs = 2 * kDayMs;
    byDate.toMs = 4 * kDayMs; // exclusive
    QCOMPARE(store.count(byDate), 2);

    HistoryFilter combined = byDate;
    combined.jobId = kJobB;
    combined.outcome = u"success"_qs;
    QCOMPARE(ids(store.entries(combined)), QStringList{kJobB + u"@172800000"_qs});
}

void TestHistoryStore::likeWildcardsAreLiteral()
{
    HistoryStore store(path());
    store.record(success(job(kJobA, u"100%_done"_qs), 1));
    store.record(success(job(kJobB, u"100 and done"_qs), 2));
    HistoryFilter filter;
    filter.text = u"0%_d"_qs;
    QCOMPARE(store.count(filter), 1);
    filter.text = u"%"_qs;
    QCOMPARE(store.count(filter), 1);
}

void TestHistoryStore::paging()
{
    HistoryStore store(path());
    for (int i = 0; i < 120; ++i)
        QVERIFY(store.record(success(job(i % 2 ? kJobA : kJobB, u"job"_qs), 1000 + i)) > 0);
    QCOMPARE(store.count(), 120);
    const QList<HistoryEntry> first = store.entries({}, 50, 0);
    const QList<HistoryEntry> second = store.entries({}, 50, 50);
    const QList<HistoryEntry> last = store.entries({}, 50, 100);
    QCOMPARE(first.size(), 50);
    QCOMPARE(second.size(), 50);
    QCOMPARE(last.size(), 20);
    QCOMPARE(first.first().timeMs, 1119);
    QCOMPARE(first.last().timeMs, 1070);
    QCOMPARE(second.first().timeMs, 1069);
    QCOMPARE(last.last().timeMs, 1000);
    QCOMPARE(store.entries({}, 0).size(), 120); // no limit
    HistoryFilter onlyA;
    onlyA.jobId = kJobA;
    QCOMPARE(store.entries(onlyA, 50, 50).size(), 10);

    // Entries with the same time keep a stable order: the later record first.
    const qint64 a = store.record(success(job(kJobC, u"tie"_qs), 5000));
    const qint64 b = store.record(success(job(kJobC, u"tie"_qs), 5000));
    const QList<HistoryEntry> ties = store.entries({}, 2);
    QCOMPARE(ties.at(0).id, b);
    QCOMPARE(ties.at(1).id, a);
}

void TestHistoryStore::snapshotRoundTrip()
{
    HistoryStore store(path());
    const JobInfo original = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    const qint64 ok = store.record(HistoryEntry::fromJob(u"demo"_qs, original, 200, 5));
    const qint64 failed = store.record(failure(kJobA, 10));
    const std::optional<JobInfo> restored = store.snapshot(ok);
    QVERIFY(restored);
    QCOMPARE(*restored, original);
    QVERIFY(!store.snapshot(failed));
    QVERIFY(!store.snapshot(424242));
}

void TestHistoryStore::retention()
{
    HistoryStore store(path());
    const qint64 now = 100 * kDayMs;
    for (int day = 0; day < 100; ++day)
        store.record(success(job(kJobA, u"daily"_qs), day * kDayMs + 1));
    QCOMPARE(store.applyRetention(0, 30, now), 70); // keeps the last 30 days
    QCOMPARE(store.count(), 30);
    QCOMPARE(store.applyRetention(10, 0, now), 20);  // then the newest 10
    QCOMPARE(store.count(), 10);
    QCOMPARE(store.entries({}, 1).first().timeMs, 99 * kDayMs + 1);
    QCOMPARE(store.entries({}, 1, 9).first().timeMs, 90 * kDayMs + 1);
    QCOMPARE(store.applyRetention(0, 0, now), 0);    // no limits: nothing goes
    QCOMPARE(store.applyRetention(10, 30, now), 0);
}

void TestHistoryStore::clear()
{
    HistoryStore store(path());
    store.record(success(job(kJobA, u"a"_qs), 1));
    store.record(success(job(kJobA, u"a"_qs), 2));
    store.record(success(job(kJobB, u"b"_qs), 3));
    store.addFavorite({}, kJobA);
    QCOMPARE(store.clearJob(kJobA), 2);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.clearJob(kJobA), 0);
    QCOMPARE(store.clearAll(), 1);
    QCOMPARE(store.count(), 0);
    QVERIFY(store.isFavorite({}, kJobA)); // clearing the history keeps the favorites
}

void TestHistoryStore::distinctJobs()
{
    HistoryStore store(path());
    store.record(success(job(kJobA, u"old-name"_qs), 1));
    store.record(success(job(kJobA, u"new-name"_qs), 5));
    store.record(failure(kJobA, 6)); // failures do not know the name
    store.record(success(job(kJobB, u"b"_qs), 3));
    const QList<HistoryJob> jobs = store.distinctJobs();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).jobId, kJobA);
    QCOMPARE(jobs.at(0).jobName, u"new-name"_qs);
    QCOMPARE(jobs.at(0).lastTimeMs, 6);
    QCOMPARE(jobs.at(0).entries, 3);
    QCOMPARE(jobs.at(1).jobId, kJobB);
    // One job's name alone, as the trend's title needs it.
    QCOMPARE(store.jobName(kJobA), u"new-name"_qs);
    QCOMPARE(store.jobName(kJobB), u"b"_qs);
    QCOMPARE(store.jobName(kJobC), QString());
}

void TestHistoryStore::favoritesAddRemoveOrder()
{
    HistoryStore store(path());
    QVERIFY(store.favorites({}).isEmpty());
    QVERIFY(store.addFavorite({}, kJobA));
    QVERIFY(store.addFavorite({}, kJobB, u"bee"_qs));
    QVERIFY(store.addFavorite({}, kJobC));
    QVERIFY(!store.addFavorite({}, kJobB)); // already there: nothing changes
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"a0"_qs, u"b1"_qs, u"c2"_qs}));
    QCOMPARE(store.favorites({}).at(1).alias, u"bee"_qs);
    QVERIFY(store.isFavorite({}, kJobB));

    QVERIFY(store.removeFavorite({}, kJobB));
    QVERIFY(!store.isFavorite({}, kJobB));
    QVERIFY(!store.removeFavorite({}, kJobB));
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"a0"_qs, u"c1"_qs})); // no gap
    QVERIFY(store.addFavorite({}, kJobB));
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"a0"_qs, u"c1"_qs, u"b2"_qs}));
}

void TestHistoryStore::favoritesMove()
{
    HistoryStore store(path());
    for (const QString &id : {kJobA, kJobB, kJobC})
        store.addFavorite({}, id);
    QVERIFY(store.moveFavorite({}, kJobC, 0));
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"c0"_qs, u"a1"_qs, u"b2"_qs}));
    QVERIFY(store.moveFavorite({}, kJobC, 2));
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"a0"_qs, u"b1"_qs, u"c2"_qs}));
    QVERIFY(store.moveFavorite({}, kJobA, 99)); // clamped to the end
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"b0"_qs, u"c1"_qs, u"a2"_qs}));
    QVERIFY(store.moveFavorite({}, kJobC, -5)); // clamped to the start
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"c0"_qs, u"b1"_qs, u"a2"_qs}));
    QVERIFY(store.moveFavorite({}, kJobB, 1));  // where it already is
    QCOMPARE(favoriteIds(store.favorites({})), (QStringList{u"c0"_qs, u"b1"_qs, u"a2"_qs}));
    QVERIFY(!store.moveFavorite({}, u"dddddddddddddddddddddddddddddddd"_qs, 0));
}

void TestHistoryStore::favoritesAliasNote()
{
    HistoryStore store(path());
    store.addFavorite({}, kJobA, u"pay"_qs, u"first note"_qs);
    QVERIFY(store.updateFavorite({}, kJobA, u"payments"_qs, u"watch the nightly"_qs));
    const Favorite favorite = store.favorites({}).first();
    QCOMPARE(favorite.alias, u"payments"_qs);
    QCOMPARE(favorite.note, u"watch the nightly"_qs);
    QVERIFY(favorite.addedMs > 0);
    QVERIFY(!store.updateFavorite({}, kJobB, u"x"_qs, u"y"_qs));
}

void TestHistoryStore::favoritesShowNewestSnapshot()
{
    HistoryStore store(path());
    store.addFavorite({}, kJobA);
    store.addFavorite({}, kJobB);
    store.record(success(job(kJobA, u"alpha"_qs, u"Finished"_qs, 40), 1000));
    store.record(success(job(kJobA, u"alpha"_qs, u"Running"_qs, 75), 3000));
    store.record(success(job(kJobA, u"alpha"_qs, u"Finished"_qs, 10), 2000)); // older, recorded later
    store.record(failure(kJobA, 4000)); // a failure has no snapshot and hides nothing

    const QList<Favorite> favorites = store.favorites({});
    QCOMPARE(favorites.size(), 2);
    const Favorite &a = favorites.at(0);
    QCOMPARE(a.jobName, u"alpha"_qs);
    QCOMPARE(a.runningStatus, u"Running"_qs);
    QCOMPARE(a.lastBuildStatus, u"success"_qs);
    QCOMPARE(a.healthScore, std::optional<int>(75));
    QCOMPARE(a.lastSeenMs, std::optional<qint64>(3000));
    const Favorite &b = favorites.at(1); // never fetched
    QVERIFY(b.runningStatus.isEmpty());
    QVERIFY(!b.healthScore);
    QVERIFY(!b.lastSeenMs);
}

void TestHistoryStore::favoritesArePerProfile()
{
    HistoryStore store(path());
    store.addFavorite(u"work"_qs, kJobA);
    store.addFavorite(u"home"_qs, kJobB);
    store.addFavorite(u"home"_qs, kJobA);
    QCOMPARE(favoriteIds(store.favorites(u"work"_qs)), QStringList{u"a0"_qs});
    QCOMPARE(favoriteIds(store.favorites(u"home"_qs)), (QStringList{u"b0"_qs, u"a1"_qs}));
    QVERIFY(store.favorites({}).isEmpty());
    QVERIFY(store.removeFavorite(u"home"_qs, kJobB));
    QCOMPARE(favoriteIds(store.favorites(u"home"_qs)), QStringList{u"a0"_qs});
    QCOMPARE(favoriteIds(store.favorites(u"work"_qs)), QStringList{u"a0"_qs});
}

void TestHistoryStore::migrationFromVersion1()
{
    // The first released schema, written out by hand as that version left it.
    QVERIFY(rawSql(path(), {
        u"PRAGMA journal_mode = DELETE"_qs,
        u"CREATE TABLE history (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, profile TEXT NOT NULL"
        " DEFAULT '', endpoint TEXT NOT NULL DEFAULT '', job_id TEXT NOT NULL, job_name TEXT NOT NULL"
        " DEFAULT '', outcome TEXT NOT NULL, http_status INTEGER, error_code TEXT, duration_ms INTEGER,"
        " snapshot TEXT)"_qs,
        u"CREATE INDEX history_time ON history(time)"_qs,
        u"INSERT INTO history (time, endpoint, job_id, job_name, outcome, http_status, duration_ms, snapshot)"
        " VALUES (1000, 'demo', '" + kJobA + u"', 'alpha', 'success', 200, 12,"
        " '{\"id\":\"" + kJobA + u"\",\"job_name\":\"alpha\",\"running_status\":\"Finished\",\"health_score\":88}')"_qs,
        u"INSERT INTO history (time, endpoint, job_id, job_name, outcome, http_status, duration_ms, snapshot)"
        " VALUES (1500, 'demo', '" + kJobA + u"', 'alpha', 'success', 200, 12,"
        " '{\"id\":\"" + kJobA + u"\",\"job_name\":\"alpha\",\"running_status\":\"Finished\","
        "\"last_build_status\":\"failed\",\"health_score\":61}')"_qs,
        u"INSERT INTO history (time, endpoint, job_id, outcome, http_status, error_code, duration_ms)"
        " VALUES (2000, 'demo', '" + kJobB + u"', 'unauthorized', 401, 'APIG.0301', 7)"_qs,
        u"PRAGMA user_version = 1"_qs,
    }));

    HistoryStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    QCOMPARE(store.journalMode(), u"wal"_qs);
    QVERIFY(store.movedAsidePath().isEmpty());
    QCOMPARE(store.count(), 3); // the old rows survive
    QCOMPARE(store.entries().at(2).jobName, u"alpha"_qs);
    QCOMPARE(store.snapshot(store.entries().at(2).id)->healthScore, std::optional<int>(88));
    // Version 3 read the job's state and health out of the old snapshots, and the change.
    const HistoryEntry older = store.entries().at(2);
    QCOMPARE(older.state, u"unknown"_qs); // that snapshot has no last build status
    QCOMPARE(older.health, std::optional<int>(88));
    QVERIFY(older.previousState.isEmpty());
    const HistoryEntry newer = store.entries().at(1);
    QCOMPARE(newer.state, u"failed"_qs);
    QCOMPARE(newer.health, std::optional<int>(61));
    QCOMPARE(newer.previousHealth, std::optional<int>(88));
    QVERIFY(newer.healthChanged());
    QVERIFY(store.entries().at(0).state.isEmpty()); // the failed fetch
    QVERIFY(store.addFavorite({}, kJobA, u"a"_qs));
    QCOMPARE(store.favorites({}).first().healthScore, std::optional<int>(61));
    QVERIFY(store.record(success(job(kJobC, u"c"_qs), 3000)) > 0);

    // The per-job index arrived with version 2.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"inspect"_qs);
    {
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'history_job_time'"_qs));
        QVERIFY(query.next());
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_qs);
}

void TestHistoryStore::newerSchemaIsLeftAlone()
{
    QVERIFY(rawSql(path(), {u"CREATE TABLE future (x)"_qs, u"PRAGMA user_version = 99"_qs}));
    HistoryStore store(path());
    QVERIFY(!store.isOpen());
    QVERIFY(store.lastError().contains(u"newer"_qs));
    QVERIFY(store.movedAsidePath().isEmpty());
    QVERIFY(QFile::exists(path())); // a newer app's data is not ours to move
    QCOMPARE(store.record(success(job(kJobA, u"a"_qs), 1)), 0);
    QVERIFY(store.entries().isEmpty());
}

void TestHistoryStore::corruptFileIsMovedAside()
{
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        QFile wal(path() + u"-wal"_qs);
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("stale wal");
    }

    HistoryStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
    const QString moved = store.movedAsidePath();
    QVERIFY(QRegularExpression(u"/history\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_qs).match(moved).hasMatch());
    QVERIFY(store.warning().contains(moved));
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // kept byte for byte
    // SQLite itself drops a WAL file without valid frames when it closes the damaged file;
    // one that survived went along with it. Either way the fresh database never replays it.
    QFile wal(path() + u"-wal"_qs);
    QVERIFY(!wal.open(QIODevice::ReadOnly) || !wal.readAll().startsWith("stale wal"));

    // The fresh database works and the next opening finds nothing wrong.
    QVERIFY(store.record(success(job(kJobA, u"a"_qs), 1)) > 0);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    HistoryStore again(path());
    QVERIFY(again.isOpen());
    QVERIFY(again.movedAsidePath().isEmpty());
    QCOMPARE(again.count(), 1);
}

void TestHistoryStore::twoStoresOnOneFile()
{
    HistoryStore first(path());
    HistoryStore second(path());
    QVERIFY(first.isOpen() && second.isOpen());
    for (int i = 0; i < 50; ++i) {
        QVERIFY(first.record(success(job(kJobA, u"a"_qs), i)) > 0);
        QVERIFY(second.record(success(job(kJobB, u"b"_qs), i)) > 0);
    }
    QVERIFY(first.addFavorite({}, kJobA));
    QVERIFY(second.isFavorite({}, kJobA));
    QCOMPARE(first.count(), 100);
    QCOMPARE(second.count(), 100);
}

void TestHistoryStore::storeInAnotherThread()
{
    HistoryStore mine(path());
    std::atomic<int> recorded = 0;
    QThread *thread = QThread::create([this, &recorded] {
        HistoryStore theirs(path()); // a connection belongs to its thread
        for (int i = 0; i < 100; ++i)
            recorded += theirs.record(success(job(kJobB, u"b"_qs), i)) > 0 ? 1 : 0;
    });
    thread->start();
    for (int i = 0; i < 100; ++i)
        QVERIFY(mine.record(success(job(kJobA, u"a"_qs), i)) > 0);
    QVERIFY(thread->wait(30'000));
    delete thread;
    QCOMPARE(recorded.load(), 100);
    QCOMPARE(mine.count(), 200);
}

// The last connection to close copies the WAL into the file and deletes it.
void TestHistoryStore::walIsCopiedBackOnClose()
{
    const HistoryEntry entry = HistoryEntry::fromJob(u"demo"_qs, JobInfo::fromJson(DemoSandbox::demoJobs().first().result),
                                                     200, 5);
    {
        HistoryStore store(path());
        QVERIFY(store.record(entry) > 0);
    }
    QVERIFY(!QFile::exists(path() + u"-wal"_qs));
    HistoryStore reopened(path());
    QVERIFY2(reopened.isOpen(), qPrintable(reopened.lastError()));
    QCOMPARE(reopened.count(), 1);
}

void TestHistoryStore::noSecretIsStored()
{
    {
        HistoryStore store(path());
        store.record(HistoryEntry::fromJob(u"demo"_qs, JobInfo::fromJson(DemoSandbox::demoJobs().first().result),
                                           200, 3));
        ApiError error(ApiError::Kind::Unauthorized, u"The token has expired."_qs);
        error.httpStatus = 401;
        error.errorCode = u"APIG.0301"_qs;
        error.requestId = u"req-123"_qs;
        store.record(HistoryEntry::fromError(u"demo"_qs, kJobA, error, 3));
        store.addFavorite({}, kJobA, u"alias"_qs, u"note"_qs);
    }
    QByteArray everything;
    for (const QString &suffix : {QString(), u"-wal"_qs}) {
        QFile file(path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(DemoSandbox::demoToken()));
    QVERIFY(!everything.contains(DemoSandbox::expiredToken()));
    for (const char *word : {"token", "secret", "password", "X-Auth", "authorization"})
        QVERIFY2(!everything.toLower().contains(QByteArray(word).toLower()), word);
}

// A hostile answer: a 4 MB field, thousands of small ones and a huge name. The snapshot keeps
// the known fields, unknown ones up to the bound, and says what it cut.
void TestHistoryStore::snapshotsAreBounded()
{
    QJsonObject answer{{u"id"_qs, u"f5af662119404ad187437cd272b5099b"_qs}, {u"health_score"_qs, 77},
                       {u"job_name"_qs, QString(100'000, u'n')}, {u"aaa_huge"_qs, QString(4'000'000, u'x')}};
    for (int i = 0; i < 5000; ++i)
        answer.insert(u"field_%1"_qs.arg(i, 4, 10, QLatin1Char('0')), i);
    const HistoryEntry entry = HistoryEntry::fromJob(u"demo"_qs, JobInfo::fromJson(answer), 200, 5);
    QVERIFY2(entry.snapshot.size() < BoundedSnapshot::kMaxUnknownBytes + 16 * 1024,
             qPrintable(QString::number(entry.snapshot.size())));
    QCOMPARE(entry.jobName.size(), BoundedSnapshot::kMaxTextChars);

    HistoryStore store(m_dir->filePath(u"history.sqlite"_qs));
    const qint64 id = store.record(entry);
    QVERIFY(id > 0);
    const std::optional<JobInfo> back = store.snapshot(id);
    QVERIFY(back);
    QCOMPARE(back->id, u"f5af662119404ad187437cd272b5099b"_qs);
    QCOMPARE(back->healthScore, 77);
    QVERIFY(!back->unknownFields.contains(u"aaa_huge"_qs)); // does not fit: dropped whole
    QVERIFY(back->unknownFields.contains(u"field_0000"_qs));
    const QJsonObject cut = back->unknownFields.value(QLatin1String(BoundedSnapshot::kCutMarker)).toObject();
    QVERIFY(cut.value(u"unknown_fields_dropped"_qs).toInt() > 1);
    QVERIFY(cut.value(u"unknown_bytes_dropped"_qs).toDouble() > 4'000'000);
    QCOMPARE(cut.value(u"texts_cut"_qs).toArray(), QJsonArray{u"job_name"_qs});

    // A job that fits is stored as it came, with no marker.
    const JobInfo small = JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"branch"_qs, u"main"_qs}});
    QCOMPARE(BoundedSnapshot::bounded(small), small);
}

// Adding a favorite that is there already changes only what was given, and a remove in
// between two adds leaves it added again: never a failure without a reason.
void TestHistoryStore::favoriteAddOrUpdateIsOneStep()
{
    HistoryStore store(m_dir->filePath(u"history.sqlite"_qs));
    HistoryStore other(m_dir->filePath(u"history.sqlite"_qs));
    const QString job = u"f5af662119404ad187437cd272b5099b"_qs;
    QCOMPARE(store.addOrUpdateFavorite({}, job, u"alias"_qs, std::nullopt), HistoryStore::FavoriteChange::Added);
    QCOMPARE(store.addOrUpdateFavorite({}, job, std::nullopt, u"note"_qs), HistoryStore::FavoriteChange::Updated);
    QList<Favorite> favorites = store.favorites({});
    QCOMPARE(favorites.size(), 1);
    QCOMPARE(favorites.first().alias, u"alias"_qs);
    QCOMPARE(favorites.first().note, u"note"_qs);
    QVERIFY(other.removeFavorite({}, job));
    QCOMPARE(store.addOrUpdateFavorite({}, job, std::nullopt, u"again"_qs), HistoryStore::FavoriteChange::Added);
    QCOMPARE(store.favorites({}).first().note, u"again"_qs);
    QVERIFY(!other.removeFavorite({}, u"0123456789abcdef0123456789abcdef"_qs));
    QVERIFY(other.lastError().isEmpty()); // not there: no error
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
