#include "commandrun.h"
#include "hostileserver.h"
#include "recordingserver.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <atomic>

namespace {
const QByteArray kToken = DemoSandbox::demoToken();
const QString kFirst = DemoSandbox::firstJobId();
}

// The contract of builds, build, run, stop, follow and unfollow, through the real executable.
// The sandbox runs in this process with short runs; the command reaches it with --endpoint.
class TestBuildCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsJson();
    void buildsTable();
    void buildsLimitAndDays();
    void buildsFallback();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void buildSteps();
    void buildJson();
    void buildSaysWhyItFailed();
    void buildNotFound();
    void runPrintsTheNumber();
    void runWatchSucceeds();
    void runWatchFails();
    void invalidBuildNumbersAreRefused_data();
    void invalidBuildNumbersAreRefused();
    void duplicateParametersAreRefused();
    void runThrottled();
    void runForbidden();
    void runWithoutAnswerMayHaveStarted();
    void stopTheRunningBuild();
    void stopWhenNothingRuns();
    void followAndUnfollow();
    void helpListsTheCommands();
    void demoOption();
    void verboseRedactsTheToken();

private:
    CommandRun run(const QStringList &arguments, const QByteArray &stdinData = kToken + '\n');
    QStringList args(const QString &command, const QString &job, const QStringList &more = {}) const;
    static void verifyErrorLine(const CommandRun &result);

    QString m_executable;
    DemoSandbox m_sandbox;
};

void TestBuildCommands::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    m_sandbox.builds().setRunDurationScale(0.02);
    QVERIFY(m_sandbox.start());
}

CommandRun TestBuildCommands::run(const QStringList &arguments, const QByteArray &stdinData)
{
    const CommandRun result = CommandRun::of(m_executable, arguments, stdinData, QProcessEnvironment::systemEnvironment());
    if (result.out.contains(kToken) || result.err.contains(kToken))
        qFatal("the token was printed");
    return result;
}

QStringList TestBuildCommands::args(const QString &command, const QString &job, const QStringList &more) const
{
    return QStringList{command, job, u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs} + more;
}

void TestBuildCommands::verifyErrorLine(const CommandRun &result)
{
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
}

void TestBuildCommands::buildsJson()
{
    const CommandRun result = run(args(u"builds"_qs, kFirst, {u"--json"_qs, u"--days"_qs, u"40"_qs}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    QVERIFY(document.isArray());
    const QJsonArray records = document.array();
    QVERIFY(records.size() > 40 * 2);
    const qint64 oldest = QDateTime::currentDateTime().addDays(-40).toMSecsSinceEpoch();
    int previous = INT_MAX;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.keys(), (QStringList{u"branch"_qs, u"commit_id"_qs, u"daily_build_number"_qs, u"duration_ms"_qs,
                                             u"executor"_qs, u"number"_qs, u"result"_qs, u"start_time"_qs, u"trigger_type"_qs}));
        QVERIFY(record[u"number"].isDouble());
        QVERIFY(record[u"start_time"].isDouble());
        QVERIFY(record[u"duration_ms"].isDouble());
        QCOMPARE(double(record[u"start_time"].toInteger()), record[u"start_time"].toDouble()); // an integer
        QVERIFY(record[u"start_time"].toInteger() >= oldest);
        QVERIFY(record[u"number"].toInt() < previous);
        previous = record[u"number"].toInt();
    }
}

void TestBuildCommands::buildsTable()
{
    const CommandRun result = run(args(u"builds"_qs, kFirst));
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY(lines.size() > 7 * 2);
    // 80 columns (a pipe): the least important columns are left out, every line fits.
    for (const char *column : {"BUILD", "RESULT", "STARTED", "DURATION", "BRANCH", "COMMIT"})
        QVERIFY2(lines.first().contains(column), column);
    QVERIFY(result.out.contains("success"));
    for (const QByteArray &line : lines)
        QVERIFY2(QString::fromUtf8(line).size() <= 80, line.constData());
    // Wide, every column.
    QProcessEnvironment wide = QProcessEnvironment::systemEnvironment();
    wide.insert(u"COLUMNS"_qs, u"200"_qs);
    const CommandRun all = CommandRun::of(m_executable, args(u"builds"_qs, kFirst), kToken + '\n', wide);
    for (const char *column : {"BUILD", "DAILY", "RESULT", "STARTED", "DURATION", "TRIGGER", "EXECUTOR", "BRANCH", "COMMIT"})
        QVERIFY2(all.out.left(all.out.indexOf('\n')).contains(column), column);
}

void TestBuildCommands::buildsLimitAndDays()
{
    const CommandRun limited = run(args(u"builds"_qs, kFirst, {u"--limit"_qs, u"3"_qs, u"--json"_qs, u"--days"_qs, u"365"_qs}));
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 3);
    const CommandRun oneDay = run(args(u"builds"_qs, kFirst, {u"--days"_qs, u"1"_qs, u"--json"_qs}));
    const CommandRun week = run(args(u"builds"_qs, kFirst, {u"--json"_qs}));
    QVERIFY(QJsonDocument::fromJson(oneDay.out).array().size() < QJsonDocument::fromJson(week.out).array().size());
}

void TestBuildCommands::buildsFallback()
{
    const CommandRun result = run(args(u"builds"_qs, QLatin1String(DemoBuilds::legacyJob), {u"--json"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(result.out).array().size() > 7);
}

void TestBuildCommands::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("builds bad job") << QStringList{u"builds"_qs, u"nope"_qs};
    QTest::newRow("builds days 0") << QStringList{u"builds"_qs, kFirst, u"--days"_qs, u"0"_qs};
    QTest::newRow("builds days 366") << QStringList{u"builds"_qs, kFirst, u"--days"_qs, u"366"_qs};
    QTest::newRow("builds limit x") << QStringList{u"builds"_qs, kFirst, u"--limit"_qs, u"x"_qs};
    QTest::newRow("builds two jobs") << QStringList{u"builds"_qs, kFirst, kFirst};
    QTest::newRow("build no number") << QStringList{u"build"_qs, kFirst};
    QTest::newRow("build bad number") << QStringList{u"build"_qs, kFirst, u"-3"_qs};
    QTest::newRow("run two refs") << QStringList{u"run"_qs, kFirst, u"--branch"_qs, u"a"_qs, u"--tag"_qs, u"b"_qs};
    QTest::newRow("run bad param") << QStringList{u"run"_qs, kFirst, u"--param"_qs, u"novalue"_qs};
    QTest::newRow("run bad name") << QStringList{u"run"_qs, kFirst, u"--param"_qs, u"a b=1"_qs};
    QTest::newRow("run reserved") << QStringList{u"run"_qs, kFirst, u"--param"_qs, u"PATH=/tmp"_qs};
    for (const char *name : {"LD_AUDIT", "DYLD_INSERT_LIBRARIES", "GIT_SSH", "PYTHONPATH", "PERL5OPT", "RUBYOPT", "IFS",
                             "BASH_ENV", "ENV", "NODE_OPTIONS", "JAVA_TOOL_OPTIONS", "git_ssh_command"})
        QTest::addRow("run reserved %s", name) << QStringList{u"run"_qs, kFirst, u"--param"_qs, QLatin1String(name) + u"=x"_qs};
    QTest::newRow("run twice") << QStringList{u"run"_qs, kFirst, u"--param"_qs, u"A=1"_qs, u"--param"_qs, u"A=2"_qs};
    QTest::newRow("run commit newline") << QStringList{u"run"_qs, kFirst, u"--commit"_qs, u"abc\ndef"_qs};
    QTest::newRow("run tag escape") << QStringList{u"run"_qs, kFirst, u"--tag"_qs, u"v1\x1b[2J"_qs};
    QTest::newRow("stop build 1.5") << QStringList{u"stop"_qs, kFirst, u"--build"_qs, u"1.5"_qs};
    QTest::newRow("build 1e3") << QStringList{u"build"_qs, kFirst, u"1e3"_qs};
    QTest::newRow("stop bad build") << QStringList{u"stop"_qs, kFirst, u"--build"_qs, u"zero"_qs};
    QTest::newRow("follow no job") << QStringList{u"follow"_qs};
}

void TestBuildCommands::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    const int before = m_sandbox.requestCount();
    const CommandRun result = run(arguments + QStringList{u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestBuildCommands::buildSteps()
{
    const CommandRun result = run(args(u"build"_qs, QLatin1String(DemoBuilds::failingJob), {u"1"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Checkout code"));
    QVERIFY(result.out.contains("Upload to release repository"));
    QVERIFY(result.out.contains("RELEASE_TOKEN = ******"));
    QVERIFY(result.out.contains("codeBranch = "));
}

void TestBuildCommands::buildJson()
{
    const CommandRun result = run(args(u"build"_qs, kFirst, {u"2"_qs, u"--json"_qs}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject details = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(details[u"number"].toInt(), 2);
    QCOMPARE(details[u"steps"].toArray().size(), 6);
    QVERIFY(details[u"steps"][0][u"duration_ms"].isDouble());
    bool masked = false;
    for (const QJsonValue &parameter : details[u"parameters"].toArray())
        masked = masked || parameter[u"value"].toString() == u"******";
    QVERIFY(masked);
    // Build 2 of the first job succeeded: nothing failed, and no log was read.
    QCOMPARE(details[u"result"].toString(), u"success"_qs);
    QVERIFY(details.contains(u"failed_step"_qs) && details[u"failed_step"].isNull());
    QVERIFY(details.contains(u"error"_qs) && details[u"error"].isNull());
}

void TestBuildCommands::buildSaysWhyItFailed()
{
    // The failing job's newest build failed at its unit tests (a Gradle build).
    const QString job = QLatin1String(DemoBuilds::failingJob);
    const CommandRun builds = run(args(u"builds"_qs, job, {u"--json"_qs, u"--limit"_qs, u"1"_qs}));
    const int number = QJsonDocument::fromJson(builds.out).array().first()[u"number"].toInt();
    const CommandRun json = run(args(u"build"_qs, job, {QString::number(number), u"--json"_qs}));
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.err.isEmpty(), json.err.constData());
    const QJsonObject details = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(details[u"failed_step"].toString(), u"Run unit tests"_qs);
    QCOMPARE(details[u"error"].toString(), u"LoginViewModelTest > rejectsEmptyPassword FAILED"_qs);
    const CommandRun text = run(args(u"build"_qs, job, {QString::number(number)}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.endsWith("\nFailed at Run unit tests: LoginViewModelTest > rejectsEmptyPassword FAILED\n"),
             text.out.constData());
}

void TestBuildCommands::buildNotFound()
{
    const CommandRun result = run(args(u"build"_qs, kFirst, {u"999999"_qs}));
    QCOMPARE(result.exitCode, 4);
    verifyErrorLine(result);
    const CommandRun forbidden = run(args(u"builds"_qs, u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs));
    QCOMPARE(forbidden.exitCode, 3);
    QVERIFY(forbidden.err.contains("is_view"));
    const CommandRun badToken = run(args(u"builds"_qs, kFirst), "wrong-token\n");
    QCOMPARE(badToken.exitCode, 3);
}

void TestBuildCommands::runPrintsTheNumber()
{
    const int before = m_sandbox.builds().executeRequests(kFirst);
    const CommandRun result = run(args(u"run"_qs, kFirst, {u"--param"_qs, u"BUILD_ENV=staging"_qs, u"--tag"_qs, u"v2.0"_qs}));
    QCOMPARE(result.exitCode, 0);
    bool ok = false;
    const int number = result.out.trimmed().toInt(&ok);
    QVERIFY2(ok && number > 0, result.out.constData());
    QCOMPARE(m_sandbox.builds().executeRequests(kFirst), before + 1);
    const QJsonObject body = m_sandbox.builds().lastExecuteBody();
    QCOMPARE(body[u"scm"][u"build_tag"].toString(), u"v2.0"_qs);
    QCOMPARE(body[u"parameter"][0][u"value"].toString(), u"staging"_qs);

    const CommandRun json = run(args(u"run"_qs, kFirst, {u"--json"_qs}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[u"build_number"].toInt(), number + 1);
}

void TestBuildCommands::runWatchSucceeds()
{
    const CommandRun result = run(args(u"run"_qs, kFirst, {u"--watch"_qs}));
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const int number = lines.first().toInt();
    QVERIFY(number > 0);
    // The summary: build number, result, duration; nothing failed, so no step and no log.
    const QRegularExpression summary(u"^Build %1: success, took (\\d+s|\\d+m \\d\\ds)$"_qs.arg(number));
    QVERIFY2(summary.match(QString::fromUtf8(lines.last())).hasMatch(), lines.last().constData());
}

void TestBuildCommands::runWatchFails()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);
    const CommandRun result = run(args(u"run"_qs, job, {u"--watch"_qs, u"--json"_qs}));
    QCOMPARE(result.exitCode, 1);
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(answer[u"result"].toString(), u"failure"_qs);
    QCOMPARE(answer[u"steps"][3][u"status"].toString(), u"error"_qs);
    const QString failedStep = answer[u"steps"][3][u"name"].toString();

    // In text: which step failed, how long it took, and where to read why.
    const CommandRun text = run(args(u"run"_qs, job, {u"--watch"_qs}));
    QCOMPARE(text.exitCode, 1);
    const QStringList lines = QString::fromUtf8(text.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    const QString number = lines.first();
    QVERIFY2(lines.at(1).startsWith(u"Build "_qs + number + u": failure, failed at step 4 ("_qs + failedStep + u"), took "_qs),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), u"See: codearts-inspector log "_qs + job + u' ' + number + u" --failed"_qs);
}

// An answer that names no valid build number is refused, never rounded to a build it did not
// name: stop sends nothing (exit 5), run says it started but not which (exit 5).
void TestBuildCommands::invalidBuildNumbersAreRefused_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("1.5") << QByteArray("1.5");
    QTest::newRow("\"1e3\"") << QByteArray("\"1e3\"");
    QTest::newRow("\"1.5\"") << QByteArray("\"1.5\"");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("-2") << QByteArray("-2");
}

void TestBuildCommands::invalidBuildNumbersAreRefused()
{
    QFETCH(QByteArray, number);
    const auto answer = [](const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    };
    std::atomic<int> stops = 0;
    HostileServer server([&](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/stop"))
            ++stops;
        if (request.startsWith("POST /v1/job/execute"))
            socket->write(answer(R"({"actual_build_number":)" + number + R"(,"daily_build_number":"20260101.1"})"));
        else
            socket->write(answer(R"({"status":"success","result":{"is_running":true,"last_build_no":)" + number
                                 + R"(,"last_build_status":"running"}})"));
    });
    const QStringList connection{u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs};
    const CommandRun stopped = run(QStringList{u"stop"_qs, kFirst} + connection);
    QCOMPARE(stopped.exitCode, 5);
    verifyErrorLine(stopped);
    QVERIFY2(stopped.err.contains("not a build number") || stopped.err.contains("did not say which"), stopped.err.constData());
    QCOMPARE(stops.load(), 0);
    const CommandRun started = run(QStringList{u"run"_qs, kFirst} + connection);
    QCOMPARE(started.exitCode, 5);
    verifyErrorLine(started);
    QVERIFY2(started.err.contains("no valid build number"), started.err.constData());
}

void TestBuildCommands::runThrottled()
{
    const QString job = QLatin1String(DemoBuilds::throttledJob);
    const int before = m_sandbox.builds().executeRequests(job);
    const CommandRun result = run(args(u"run"_qs, job));
    QCOMPARE(result.exitCode, 5);
    verifyErrorLine(result);
    QVERIFY(result.err.contains("CB.00060211"));
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1);
}

void TestBuildCommands::runForbidden()
{
    const CommandRun result = run(args(u"run"_qs, QLatin1String(DemoBuilds::legacyJob)));
    QCOMPARE(result.exitCode, 3);
    verifyErrorLine(result);
    QVERIFY(result.err.contains("is_execute"));
}

void TestBuildCommands::runWithoutAnswerMayHaveStarted()
{
    RecordingServer silent;
    const CommandRun result = run({u"run"_qs, kFirst, u"--endpoint"_qs, silent.url().toString(), u"--token-stdin"_qs,
                                   u"--timeout"_qs, u"1"_qs});
    QCOMPARE(result.exitCode, 6);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("may have started"), result.err.constData());
    // The server reads what arrived once this test's event loop runs again.
    QTRY_COMPARE(silent.received().count("POST /v1/job/execute"), 1);
    QTest::qWait(300);
    QCOMPARE(silent.received().count("POST /v1/job/execute"), 1);
    QCOMPARE(silent.connections(), 1);
}

void TestBuildCommands::duplicateParametersAreRefused()
{
    const CommandRun result = run(args(u"run"_qs, kFirst, {u"--param"_qs, u"BUILD_ENV=a"_qs, u"--param"_qs, u"BUILD_ENV=b"_qs}));
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("given twice"), result.err.constData());
}

void TestBuildCommands::stopTheRunningBuild()
{
    const QString job = QLatin1String(DemoBuilds::runningJob);
    const CommandRun result = run(args(u"stop"_qs, job));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Stopped build "));
    const auto [query, body] = m_sandbox.builds().lastStopBuildNumbers();
    QVERIFY(query > 0);
    QCOMPARE(query, body);
    // Nothing runs any more.
    const CommandRun again = run(args(u"stop"_qs, job));
    QCOMPARE(again.exitCode, 4);
    verifyErrorLine(again);
    // Naming a finished build: nothing to stop either.
    const CommandRun finished = run(args(u"stop"_qs, job, {u"--build"_qs, QString::number(query)}));
    QCOMPARE(finished.exitCode, 4);
}

void TestBuildCommands::stopWhenNothingRuns()
{
    const CommandRun result = run(args(u"stop"_qs, QLatin1String(DemoBuilds::failingJob)));
    QCOMPARE(result.exitCode, 4);
    verifyErrorLine(result);
    const CommandRun forbidden = run(args(u"stop"_qs, QLatin1String(DemoBuilds::legacyJob), {u"--build"_qs, u"1"_qs}));
    QCOMPARE(forbidden.exitCode, 3);
}

void TestBuildCommands::followAndUnfollow()
{
    const CommandRun unfollow = run(args(u"unfollow"_qs, kFirst, {u"--json"_qs}));
    QCOMPARE(unfollow.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(unfollow.out).object()[u"favorite"].toBool(true), false);
    const CommandRun shown = run({u"show"_qs, kFirst, u"--endpoint"_qs, m_sandbox.baseUrl().toString(),
                                  u"--token-stdin"_qs, u"--json"_qs});
    QCOMPARE(QJsonDocument::fromJson(shown.out).object()[u"favorite"].toBool(true), false);
    const CommandRun follow = run(args(u"follow"_qs, kFirst));
    QCOMPARE(follow.exitCode, 0);
    QVERIFY(follow.out.startsWith("Following "));
}

void TestBuildCommands::helpListsTheCommands()
{
    const CommandRun result = run({u"--help"_qs});
    QCOMPARE(result.exitCode, 0);
    for (const char *command : {"builds JOB", "build JOB NUMBER", "run JOB", "stop JOB", "follow JOB"})
        QVERIFY2(result.out.contains(command), command);
}

void TestBuildCommands::demoOption()
{
    const CommandRun result = run({u"builds"_qs, kFirst, u"--demo"_qs, u"--limit"_qs, u"2"_qs, u"--json"_qs}, {});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 2);
}

void TestBuildCommands::verboseRedactsTheToken()
{
    const CommandRun result = run(args(u"builds"_qs, kFirst, {u"--verbose"_qs, u"--json"_qs, u"--days"_qs, u"40"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("> GET http://127.0.0.1"));
    QVERIFY(result.err.contains("/v1/record/"));
    QVERIFY(result.err.contains("X-Auth-Token: <redacted"));
    QVERIFY(QJsonDocument::fromJson(result.out).isArray()); // stdout stays clean
}

QTEST_GUILESS_MAIN(TestBuildCommands)
#include "tst_buildcommands.moc"
