#include "cli/tableprinter.h"
#include "commandrun.h"
#include "platform/privatefiles.h"
#include "history/boundedsnapshot.h"
#include "recordingserver.h"
#include "history/historystore.h"
#include "sandbox/demosandbox.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
const QByteArray kToken = DemoSandbox::demoToken();
const QString kJobA = DemoSandbox::firstJobId();
const QString kJobB = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
}

// `favorites` and `history` through the real executable, each test on a data folder of its own.
class TestHistoryCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpListsTheForms();
    void usageErrors_data();
    void usageErrors();
    void favoritesAddListRemove();
    void favoritesAddAgainUpdates();
    void favoritesListTable();
    void favoritesRemoveUnknown();
    void showRecordsHistory();
    void historyJsonShape();
    void historyFilterAndLimit();
    void historyClear();
    void historyShowsTheJobAndItsChanges();
    void favoritesShowLastKnownStatus();
    void corruptDatabaseIsMovedAside();
    void showOnACorruptDatabaseStillRecords();
    void twoProcessesWritingLoseNothing();
    void concurrentShowRuns();
    void concurrentFavoritesLoseNothing();
    void hostileAnswersAreStoredBounded();
    void tokenNeverReachesTheDatabase();
    void privateFilesAreTheUsersAlone();

private:
    using Run = CommandRun;
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, const QByteArray &stdinData = {});
    QJsonArray runJson(const QStringList &arguments);
    QString databasePath() const;
    static void verifyErrorLine(const Run &run);

    QString m_executable;
    DemoSandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestHistoryCommands::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    QVERIFY(m_sandbox.start());
}

void TestHistoryCommands::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

QProcessEnvironment TestHistoryCommands::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_qs, m_data->path());
    return environment;
}

TestHistoryCommands::Run TestHistoryCommands::run(const QStringList &arguments, const QByteArray &stdinData)
{
    return CommandRun::of(m_executable, arguments, stdinData, environment());
}

QJsonArray TestHistoryCommands::runJson(const QStringList &arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0 || !result.err.isEmpty())
        qWarning() << arguments << result.exitCode << result.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not one JSON array:" << result.out;
    return document.array();
}

// The history database with its -wal and -shm files, and the settings file: 0600 in 0700
// folders, whatever the umask; files an older version left open to others are closed too.
void TestHistoryCommands::privateFilesAreTheUsersAlone()
{
    QTemporaryDir config;
    QProcessEnvironment environment = this->environment();
    environment.insert(u"XDG_CONFIG_HOME"_qs, config.path());
    QCOMPARE(CommandRun::of(m_executable, {u"show"_qs, kJobA, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                                           u"--token-stdin"_qs}, kToken + '\n', environment).exitCode, 0);
    QCOMPARE(CommandRun::of(m_executable, {u"profile"_qs, u"default"_qs, u"nobody"_qs}, {}, environment).exitCode, 2);
    const QString database = databasePath();
    QVERIFY(!database.isEmpty());
    // A writer holds the -wal and -shm files open while the modes are read.
    auto store = std::make_unique<HistoryStore>(database);
    QVERIFY(store->isOpen());
    for (const QString &path : QStringList{database, database + u"-wal"_qs, database + u"-shm"_qs})
        QVERIFY2(PrivateFiles::mode(path) == 0600, qPrintable(path + u' ' + QString::number(PrivateFiles::mode(path), 8)));
    QCOMPARE(PrivateFiles::mode(QFileInfo(database).absolutePath()), 0700);
    const QString settings = config.path() + u"/CodeArtsInspector/codearts-inspector.conf"_qs;
    QVERIFY2(QFile::exists(settings), qPrintable(settings));
    QCOMPARE(PrivateFiles::mode(settings), 0600);
    QCOMPARE(PrivateFiles::mode(QFileInfo(settings).absolutePath()), 0700);
    store.reset();

    // Opened to others by hand (or by an older version): closed again on the next run.
    QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QFile::setPermissions(settings, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QCOMPARE(CommandRun::of(m_executable, {u"history"_qs}, {}, environment).exitCode, 0);
    QCOMPARE(CommandRun::of(m_executable, {u"profile"_qs, u"list"_qs}, {}, environment).exitCode, 0);
    QCOMPARE(PrivateFiles::mode(database), 0600);
    QCOMPARE(PrivateFiles::mode(settings), 0600);
}

QString TestHistoryCommands::databasePath() const
{
    QDirIterator it(m_data->path(), {u"history.sqlite"_qs}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void TestHistoryCommands::verifyErrorLine(const Run &run)
{
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestHistoryCommands::helpListsTheForms()
{
    const Run result = run({u"--help"_qs});
    QCOMPARE(result.exitCode, 0);
    for (const char *form : {"codearts-inspector favorites list [--json]",
                             "codearts-inspector favorites add JOB [--alias ALIAS] [--note TEXT]",
                             "codearts-inspector favorites remove JOB",
                             "codearts-inspector history [--job JOB] [--limit N] [--json]",
                             "codearts-inspector history clear [--job JOB]"})
        QVERIFY2(result.out.contains(form), form);
}

void TestHistoryCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("favorites alone") << QStringList{u"favorites"_qs};
    QTest::newRow("favorites unknown") << QStringList{u"favorites"_qs, u"frob"_qs};
    QTest::newRow("favorites list extra") << QStringList{u"favorites"_qs, u"list"_qs, kJobA};
    QTest::newRow("favorites add no job") << QStringList{u"favorites"_qs, u"add"_qs};
    QTest::newRow("favorites add invalid") << QStringList{u"favorites"_qs, u"add"_qs, u"not-a-job"_qs};
    QTest::newRow("favorites add two jobs") << QStringList{u"favorites"_qs, u"add"_qs, kJobA, kJobB};
    QTest::newRow("favorites add unknown option") << QStringList{u"favorites"_qs, u"add"_qs, kJobA, u"--colour"_qs};
    QTest::newRow("favorites remove invalid") << QStringList{u"favorites"_qs, u"remove"_qs, u"x"_qs};
    QTest::newRow("history unknown") << QStringList{u"history"_qs, u"frob"_qs};
    QTest::newRow("history bad job") << QStringList{u"history"_qs, u"--job"_qs, u"nope"_qs};
    QTest::newRow("history zero limit") << QStringList{u"history"_qs, u"--limit"_qs, u"0"_qs};
    QTest::newRow("history word limit") << QStringList{u"history"_qs, u"--limit"_qs, u"many"_qs};
    QTest::newRow("history clear bad job") << QStringList{u"history"_qs, u"clear"_qs, u"--job"_qs, u"nope"_qs};
    QTest::newRow("history clear extra") << QStringList{u"history"_qs, u"clear"_qs, u"everything"_qs};
    QTest::newRow("hook without env") << QStringList{u"history"_qs, u"debug-fill"_qs, u"5"_qs};
}

void TestHistoryCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
}

void TestHistoryCommands::favoritesAddListRemove()
{
    QCOMPARE(runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs}), QJsonArray());
    Run added = run({u"favorites"_qs, u"add"_qs, kJobA, u"--alias"_qs, u"payments"_qs, u"--note"_qs, u"nightly"_qs});
    QCOMPARE(added.exitCode, 0);
    QVERIFY(added.err.isEmpty());
    // A job page URL works as well as an ID.
    added = run({u"favorites"_qs, u"add"_qs, u"https://devcloud.huaweicloud.com/cloudbuild/job/"_qs + kJobB + u"?tab=history"_qs});
    QCOMPARE(added.exitCode, 0);

    QJsonArray favorites = runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(favorites.size(), 2);
    const QJsonObject first = favorites.at(0).toObject();
    QCOMPARE(first.value(u"job_id"_qs).toString(), kJobA);
    QCOMPARE(first.value(u"alias"_qs).toString(), u"payments"_qs);
    QCOMPARE(first.value(u"note"_qs).toString(), u"nightly"_qs);
    QCOMPARE(first.value(u"position"_qs).toInt(-1), 0);
    QCOMPARE(first.value(u"profile"_qs).toString(u"?"_qs), QString());
    for (const char *key : {"running_status", "last_build_status", "health_score"})
        QVERIFY2(first.contains(QLatin1String(key)) && first.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(favorites.at(1).toObject().value(u"job_id"_qs).toString(), kJobB);
    QCOMPARE(favorites.at(1).toObject().value(u"position"_qs).toInt(), 1);

    const Run removed = run({u"favorites"_qs, u"remove"_qs, kJobA});
    QCOMPARE(removed.exitCode, 0);
    favorites = runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(favorites.size(), 1);
    QCOMPARE(favorites.at(0).toObject().value(u"job_id"_qs).toString(), kJobB);
    QCOMPARE(favorites.at(0).toObject().value(u"position"_qs).toInt(), 0);
}

void TestHistoryCommands::favoritesAddAgainUpdates()
{
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, kJobA, u"--alias"_qs, u"one"_qs, u"--note"_qs, u"keep"_qs}).exitCode, 0);
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, kJobA, u"--alias"_qs, u"two"_qs}).exitCode, 0);
    const QJsonArray favorites = runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(favorites.size(), 1);
    QCOMPARE(favorites.at(0).toObject().value(u"alias"_qs).toString(), u"two"_qs);
    QCOMPARE(favorites.at(0).toObject().value(u"note"_qs).toString(), u"keep"_qs);
}

void TestHistoryCommands::favoritesListTable()
{
    Run empty = run({u"favorites"_qs, u"list"_qs});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(!empty.out.isEmpty());
    run({u"favorites"_qs, u"add"_qs, kJobA, u"--alias"_qs, u"a-rather-long-alias"_qs});
    run({u"favorites"_qs, u"add"_qs, kJobB, u"--alias"_qs, u"short"_qs});
    const Run table = run({u"favorites"_qs, u"list"_qs});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("#"));
    // 80 columns (a pipe): the IDs are shortened to a prefix that tells them apart.
    const QByteArray shortA = kJobA.left(CommandLine::TablePrinter::kShortIdLength).toLatin1();
    const QByteArray shortB = kJobB.left(CommandLine::TablePrinter::kShortIdLength).toLatin1();
    QVERIFY(lines.at(1).contains(shortA) && lines.at(1).contains("a-rather-long-alias"));
    // Aligned: the job ID column starts at the same place in every line.
    QCOMPARE(lines.at(1).indexOf(shortA), lines.at(0).indexOf("JOB ID"));
    QCOMPARE(lines.at(2).indexOf(shortB), lines.at(0).indexOf("JOB ID"));
}

void TestHistoryCommands::favoritesRemoveUnknown()
{
    const Run result = run({u"favorites"_qs, u"remove"_qs, kJobA});
    QCOMPARE(result.exitCode, 4);
    verifyErrorLine(result);
}

void TestHistoryCommands::showRecordsHistory()
{
    const Run shown = run({u"show"_qs, kJobA, u"--demo"_qs, u"--json"_qs});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.isEmpty(), shown.err.constData());
    const Run failed = run({u"show"_qs, QLatin1String(DemoSandbox::TroubleJobs::serverError), u"--demo"_qs});
    QCOMPARE(failed.exitCode, 5);
    verifyErrorLine(failed);
    // Refused before any request: nothing to remember.
    QCOMPARE(run({u"show"_qs, u"not-a-job"_qs, u"--demo"_qs}).exitCode, 2);

    const QJsonArray history = runJson({u"history"_qs, u"--json"_qs});
    QCOMPARE(history.size(), 2);
    const QJsonObject failure = history.at(0).toObject();
    QCOMPARE(failure.value(u"job_id"_qs).toString(), QLatin1String(DemoSandbox::TroubleJobs::serverError));
    QCOMPARE(failure.value(u"outcome"_qs).toString(), u"http_error"_qs);
    QCOMPARE(failure.value(u"http_status"_qs).toInt(), 500);
    QVERIFY(failure.value(u"snapshot"_qs).isNull());
    const QJsonObject success = history.at(1).toObject();
    QCOMPARE(success.value(u"outcome"_qs).toString(), u"success"_qs);
    QCOMPARE(success.value(u"endpoint"_qs).toString(), u"demo"_qs);
    QCOMPARE(success.value(u"job_name"_qs).toString(), u"payment-service-ci"_qs);
    QCOMPARE(success.value(u"http_status"_qs).toInt(), 200);
    // The snapshot is exactly what `show --json` printed.
    QCOMPARE(success.value(u"snapshot"_qs).toObject(), QJsonDocument::fromJson(shown.out).object());
}

void TestHistoryCommands::historyJsonShape()
{
    QCOMPARE(runJson({u"history"_qs, u"--json"_qs}), QJsonArray());
    QCOMPARE(run({u"show"_qs, kJobA, u"--demo"_qs}).exitCode, 0);
    const Run result = run({u"history"_qs, u"--json"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith("]\n") && result.out.count('\n') == 1); // exactly one value
    const QJsonObject entry = QJsonDocument::fromJson(result.out).array().at(0).toObject();
    QCOMPARE(entry.keys(), (QStringList{u"duration_ms"_qs, u"endpoint"_qs, u"error_code"_qs, u"health_score"_qs,
                                        u"http_status"_qs, u"id"_qs, u"job_id"_qs, u"job_name"_qs, u"outcome"_qs,
                                        u"previous_health_score"_qs, u"previous_state"_qs, u"profile"_qs,
                                        u"snapshot"_qs, u"state"_qs, u"time"_qs}));
    const double time = entry.value(u"time"_qs).toDouble();
    QCOMPARE(time, std::floor(time)); // an integer, epoch ms
    QVERIFY(qAbs(time - double(QDateTime::currentMSecsSinceEpoch())) < 120'000);
    QVERIFY(entry.value(u"id"_qs).toInt() > 0);
    QCOMPARE(entry.value(u"profile"_qs).toString(u"?"_qs), QString());
    QVERIFY(entry.value(u"error_code"_qs).isNull());
    QVERIFY(entry.value(u"duration_ms"_qs).toDouble() >= 0);

    const Run table = run({u"history"_qs});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.contains(kJobA.left(CommandLine::TablePrinter::kShortIdLength).toLatin1()));
    QVERIFY(table.out.contains("payment-service-ci"));
    // Local time, as every time for people.
    const QByteArray today = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_qs).toLatin1();
    const QByteArray yesterday = QDateTime::currentDateTime().addSecs(-120).toString(u"yyyy-MM-dd"_qs).toLatin1();
    QVERIFY2(table.out.contains(today) || table.out.contains(yesterday), table.out.constData());
}

void TestHistoryCommands::historyFilterAndLimit()
{
    for (const QString &job : {kJobA, kJobB, kJobA})
        QCOMPARE(run({u"show"_qs, job, u"--demo"_qs, u"--json"_qs}).exitCode, 0);
    QCOMPARE(runJson({u"history"_qs, u"--json"_qs}).size(), 3);
    QCOMPARE(runJson({u"history"_qs, u"--json"_qs, u"--limit"_qs, u"2"_qs}).size(), 2);
    const QJsonArray onlyA = runJson({u"history"_qs, u"--job"_qs, kJobA, u"--json"_qs});
    QCOMPARE(onlyA.size(), 2);
    for (const QJsonValue &entry : onlyA)
        QCOMPARE(entry.toObject().value(u"job_id"_qs).toString(), kJobA);
    const QString url = u"https://devcloud.huaweicloud.com/cloudbuild/job/"_qs + kJobB;
    QCOMPARE(runJson({u"history"_qs, u"--job"_qs, url, u"--json"_qs}).size(), 1);
}

// The fetch's outcome is one column; the job's last build and health are two more, with what
// changed since the job's fetch before marked "before -> now".
void TestHistoryCommands::historyShowsTheJobAndItsChanges()
{
    QCOMPARE(run({u"history"_qs}).exitCode, 0); // makes the database
    {
        HistoryStore store(databasePath());
        QVERIFY(store.isOpen());
        JobInfo job;
        job.id = kJobA;
        job.jobName = u"payment-service-ci"_qs;
        job.lastBuildStatus = u"success"_qs;
        job.healthScore = 92;
        QVERIFY(store.record(HistoryEntry::fromJob(u"demo"_qs, job, 200, 12)) > 0);
        job.lastBuildStatus = u"failed"_qs;
        job.healthScore = 70;
        QVERIFY(store.record(HistoryEntry::fromJob(u"demo"_qs, job, 200, 12)) > 0);
        ApiError denied;
        denied.kind = ApiError::Kind::Forbidden;
        QVERIFY(store.record(HistoryEntry::fromError(u"demo"_qs, kJobA, denied, 5)) > 0);
    }

    const QJsonArray history = runJson({u"history"_qs, u"--json"_qs});
    QCOMPARE(history.size(), 3);
    const QJsonObject failedFetch = history.at(0).toObject();
    QVERIFY(failedFetch.value(u"state"_qs).isNull());
    QVERIFY(failedFetch.value(u"health_score"_qs).isNull());
    const QJsonObject turnedRed = history.at(1).toObject();
    QCOMPARE(turnedRed.value(u"outcome"_qs).toString(), u"success"_qs);
    QCOMPARE(turnedRed.value(u"state"_qs).toString(), u"failed"_qs);
    QCOMPARE(turnedRed.value(u"health_score"_qs).toInt(), 70);
    QCOMPARE(turnedRed.value(u"previous_state"_qs).toString(), u"success"_qs);
    QCOMPARE(turnedRed.value(u"previous_health_score"_qs).toInt(), 92);
    const QJsonObject first = history.at(2).toObject();
    QCOMPARE(first.value(u"state"_qs).toString(), u"success"_qs);
    QVERIFY(first.value(u"previous_state"_qs).isNull());

    const Run table = run({u"history"_qs});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QVERIFY2(lines.value(0).contains("FETCH") && lines.value(0).contains("LAST BUILD")
                 && lines.value(0).contains("HEALTH"), table.out.constData());
    QVERIFY2(lines.value(1).contains("forbidden"), table.out.constData());
    QVERIFY2(lines.value(2).contains("success -> failed") && lines.value(2).contains("92 -> 70"), table.out.constData());
    QVERIFY2(lines.value(3).contains("success") && lines.value(3).contains("92")
                 && !lines.value(3).contains("->"), table.out.constData());
}

void TestHistoryCommands::historyClear()
{
    for (const QString &job : {kJobA, kJobB, kJobA})
        QCOMPARE(run({u"show"_qs, job, u"--demo"_qs, u"--json"_qs}).exitCode, 0);
    const Run clearJob = run({u"history"_qs, u"clear"_qs, u"--job"_qs, kJobA});
    QCOMPARE(clearJob.exitCode, 0);
    QVERIFY(clearJob.out.contains('2'));
    const QJsonArray left = runJson({u"history"_qs, u"--json"_qs});
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"job_id"_qs).toString(), kJobB);
    QCOMPARE(run({u"history"_qs, u"clear"_qs}).exitCode, 0);
    QCOMPARE(runJson({u"history"_qs, u"--json"_qs}), QJsonArray());
}

void TestHistoryCommands::favoritesShowLastKnownStatus()
{
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, kJobA}).exitCode, 0);
    QCOMPARE(run({u"show"_qs, kJobA, u"--demo"_qs, u"--json"_qs}).exitCode, 0);
    const QJsonObject favorite = runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs}).at(0).toObject();
    QCOMPARE(favorite.value(u"running_status"_qs).toString(), u"Finished"_qs);
    QCOMPARE(favorite.value(u"last_build_status"_qs).toString(), u"success"_qs);
    QCOMPARE(favorite.value(u"health_score"_qs).toInt(), 92);
    const Run table = run({u"favorites"_qs, u"list"_qs});
    QVERIFY(table.out.contains("Finished") && table.out.contains("92"));
}

void TestHistoryCommands::corruptDatabaseIsMovedAside()
{
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, kJobA}).exitCode, 0);
    const QString path = databasePath();
    QVERIFY(!path.isEmpty());
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, '\x5a') + "this is not a database");
    }

    const Run result = run({u"history"_qs, u"--json"_qs});
    QCOMPARE(result.exitCode, 0); // carries on with a fresh database
    QCOMPARE(QJsonDocument::fromJson(result.out).array(), QJsonArray());
    QVERIFY2(result.err.startsWith("warning: "), result.err.constData());
    const QString moved = QString::fromUtf8(result.err).section(u'"', 1, 1);
    QVERIFY2(moved.startsWith(path + u".corrupt-"_qs), qPrintable(moved));
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().endsWith("this is not a database"));

    const Run again = run({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.isEmpty()); // said once, not every time
}

// `show` opens without the integrity check; a file it cannot write to is then checked,
// moved aside, and the fetch recorded in a fresh one.
void TestHistoryCommands::showOnACorruptDatabaseStillRecords()
{
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, kJobA}).exitCode, 0);
    const QString path = databasePath();
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, '\x5a') + "this is not a database");
    }

    const Run shown = run({u"show"_qs, kJobA, u"--demo"_qs, u"--json"_qs});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"id"_qs).toString(), kJobA);
    QVERIFY2(shown.err.startsWith("warning: "), shown.err.constData());
    QVERIFY2(!shown.err.contains("not recorded"), shown.err.constData());
    const QString moved = QString::fromUtf8(shown.err).section(u'"', 1, 1);
    QVERIFY2(moved.startsWith(path + u".corrupt-"_qs), qPrintable(moved));
    QVERIFY(QFile::exists(moved));

    const QJsonArray history = runJson({u"history"_qs, u"--json"_qs});
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(u"job_id"_qs).toString(), kJobA);
}

void TestHistoryCommands::twoProcessesWritingLoseNothing()
{
    constexpr int kEach = 1000;
    QProcessEnvironment hooks = environment();
    hooks.insert(u"CODEARTS_INSPECTOR_TEST_HOOKS"_qs, u"1"_qs);
    // Both start on a database that does not exist yet, so they also race to create it.
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second})
        process->setProcessEnvironment(hooks);
    first.start(m_executable, {u"history"_qs, u"debug-fill"_qs, QString::number(kEach), u"first"_qs});
    second.start(m_executable, {u"history"_qs, u"debug-fill"_qs, QString::number(kEach), u"second"_qs});
    for (QProcess *process : {&first, &second}) {
        QVERIFY(process->waitForFinished(120'000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }

    const QJsonArray history = runJson({u"history"_qs, u"--json"_qs, u"--limit"_qs, u"10000"_qs});
    QCOMPARE(history.size(), 2 * kEach);
    QHash<QString, int> perWriter;
    QSet<int> ids;
    for (const QJsonValue &entry : history) {
        ++perWriter[entry.toObject().value(u"endpoint"_qs).toString()];
        ids.insert(entry.toObject().value(u"id"_qs).toInt());
    }
    QCOMPARE(perWriter.value(u"first"_qs), kEach);
    QCOMPARE(perWriter.value(u"second"_qs), kEach);
    QCOMPARE(ids.size(), 2 * kEach);
    // How often the writers took turns, newest first: shows the runs really overlapped.
    int turns = 0;
    for (qsizetype i = 1; i < history.size(); ++i)
        turns += history.at(i).toObject().value(u"endpoint"_qs) != history.at(i - 1).toObject().value(u"endpoint"_qs);
    qInfo("the two writers took turns %d times", turns);
}

void TestHistoryCommands::concurrentShowRuns()
{
    constexpr int kRuns = 4;
    QList<std::shared_ptr<QProcess>> processes;
    for (int i = 0; i < kRuns; ++i) {
        auto process = std::make_shared<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(m_executable, {u"show"_qs, i % 2 ? kJobA : kJobB, u"--demo"_qs, u"--json"_qs});
        processes << process;
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60'000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY2(process->readAllStandardError().isEmpty(), "no warning about the database");
    }
    QCOMPARE(runJson({u"history"_qs, u"--json"_qs}).size(), kRuns);
}

// Several processes adding and removing favorites at once, each a real `favorites` command:
// every process's own jobs all arrive (none lost to another's write), the job they all fight
// over only ever gets "added", "already is" or "not a favorite", and no error is without its
// reason.
void TestHistoryCommands::concurrentFavoritesLoseNothing()
{
    constexpr int kWorkers = 6;
    constexpr int kRounds = 12;
    const QString shared = u"5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a"_qs;
    const auto ownJob = [](int worker, int round) {
        return QStringLiteral("%1%2").arg(worker, 8, 16, QLatin1Char('0')).arg(round, 24, 16, QLatin1Char('0'));
    };
    // Each worker is a shell loop, so the commands of different workers truly overlap.
    const QString script = uR"(
exe="$1"; worker="$2"; shared="$3"; shift 3
for own in "$@"; do
  "$exe" favorites add "$own" --note "$worker" >/dev/null || echo "own add exited $?"
  "$exe" favorites add "$shared" --note "$worker" >/dev/null || echo "shared add exited $?"
  "$exe" favorites remove "$shared" >/dev/null; code=$?
  [ $code -eq 0 ] || [ $code -eq 4 ] || echo "shared remove exited $code"
done
)"_qs;
    QList<std::shared_ptr<QProcess>> workers;
    for (int worker = 0; worker < kWorkers; ++worker) {
        QStringList arguments{u"-c"_qs, script, u"worker"_qs, m_executable, QString::number(worker), shared};
        for (int round = 0; round < kRounds; ++round)
            arguments << ownJob(worker, round);
        auto process = std::make_shared<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(u"/bin/sh"_qs, arguments);
        workers << process;
    }
    for (const auto &process : workers) {
        QVERIFY(process->waitForFinished(300'000));
        const QByteArray failures = process->readAllStandardOutput();
        QVERIFY2(failures.isEmpty(), failures.constData());
        // Every error line (only "not a favorite" is expected) has its reason.
        const QList<QByteArray> lines = process->readAllStandardError().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.startsWith("error: ") && line.contains("is not a favorite"), line.constData());
        }
    }

    const QJsonArray favorites = runJson({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    QSet<QString> listed;
    QSet<int> positions;
    for (const QJsonValue &favorite : favorites) {
        listed.insert(favorite.toObject().value(u"job_id"_qs).toString());
        positions.insert(favorite.toObject().value(u"position"_qs).toInt());
    }
    for (int worker = 0; worker < kWorkers; ++worker) {
        for (int round = 0; round < kRounds; ++round)
            QVERIFY2(listed.contains(ownJob(worker, round)), qPrintable(ownJob(worker, round)));
    }
    QCOMPARE(favorites.size(), kWorkers * kRounds + (listed.contains(shared) ? 1 : 0));
    // Positions stay 0..n-1 with no gap and no double.
    QCOMPARE(positions.size(), favorites.size());
    QCOMPARE(*std::max_element(positions.cbegin(), positions.cend()), favorites.size() - 1);
}

// A server that answers with nearly 4 MB (just under the body cap): thousands of unknown
// fields and one huge one. The history keeps the known fields and a bounded part of the rest,
// says what it cut, and `history --json` prints a bounded amount per entry.
void TestHistoryCommands::hostileAnswersAreStoredBounded()
{
    const QString jobId = kJobA;
    QJsonObject result{{u"id"_qs, jobId}, {u"job_name"_qs, u"hostile"_qs}, {u"health_score"_qs, 90},
                       {u"huge"_qs, QString(1'000'000, u'x')}};
    for (int i = 0; i < 2000; ++i)
        result.insert(u"field_%1"_qs.arg(i, 4, 10, QLatin1Char('0')), QString(1400, u'y'));
    const QByteArray body = QJsonDocument(QJsonObject{{u"status"_qs, u"success"_qs}, {u"result"_qs, result}})
                                .toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > 3'800'000 && body.size() < 4 * 1024 * 1024);
    RecordingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    constexpr int kFetches = 3;
    for (int i = 0; i < kFetches; ++i) {
        QProcess show;
        show.setProcessEnvironment(environment());
        show.start(m_executable, {u"show"_qs, jobId, u"--endpoint"_qs, server.url().toString(),
                                  u"--token-stdin"_qs, u"--json"_qs});
        show.write("test-token\n");
        show.closeWriteChannel();
        // The server lives on this thread: keep its events going while the command runs.
        QTRY_COMPARE_WITH_TIMEOUT(show.state(), QProcess::NotRunning, 60'000);
        QVERIFY2(show.exitCode() == 0, show.readAllStandardError().constData());
    }

    const Run listed = run({u"history"_qs, u"--json"_qs});
    QCOMPARE(listed.exitCode, 0);
    const qsizetype bound = BoundedSnapshot::kMaxUnknownBytes + 8 * 1024;
    QVERIFY2(listed.out.size() < kFetches * bound, qPrintable(QString::number(listed.out.size())));
    const QJsonArray history = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(history.size(), kFetches);
    for (const QJsonValue &entry : history) {
        const QJsonObject snapshot = entry.toObject().value(u"snapshot"_qs).toObject();
        QCOMPARE(snapshot.value(u"id"_qs).toString(), jobId);
        QCOMPARE(snapshot.value(u"job_name"_qs).toString(), u"hostile"_qs);
        QCOMPARE(snapshot.value(u"health_score"_qs).toInt(), 90);
        const QJsonObject cut = snapshot.value(QLatin1String(BoundedSnapshot::kCutMarker)).toObject();
        QVERIFY(cut.value(u"unknown_fields_dropped"_qs).toInt() > 1000);
        QVERIFY(cut.value(u"unknown_bytes_dropped"_qs).toDouble() > 3'000'000);
        QVERIFY(snapshot.contains(u"field_0000"_qs)); // what fits is kept, in key order
    }
    // The database itself stays small (its file and its write-ahead log).
    const qint64 stored = QFileInfo(databasePath()).size() + QFileInfo(databasePath() + u"-wal"_qs).size();
    QVERIFY2(stored < 2 * 1024 * 1024, qPrintable(QString::number(stored)));
}

void TestHistoryCommands::tokenNeverReachesTheDatabase()
{
    const Run shown = run({u"show"_qs, kJobA, u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs},
                          kToken + '\n');
    QCOMPARE(shown.exitCode, 0);
    const Run expired = run({u"show"_qs, kJobA, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                             u"--token-stdin"_qs}, DemoSandbox::expiredToken() + '\n');
    QCOMPARE(expired.exitCode, 3);
    const QJsonArray history = runJson({u"history"_qs, u"--json"_qs});
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(u"outcome"_qs).toString(), u"unauthorized"_qs);
    QCOMPARE(history.at(1).toObject().value(u"endpoint"_qs).toString(), m_sandbox.baseUrl().toString());

    const QString path = databasePath();
    QByteArray everything;
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(kToken));
    QVERIFY(!everything.contains(DemoSandbox::expiredToken()));
}

QTEST_GUILESS_MAIN(TestHistoryCommands)
#include "tst_historycommands.moc"
