#include "commandrun.h"
#include "hostileserver.h"
#include "recordingserver.h"
#include "sandbox/demosandbox.h"
#include "testcertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


namespace {
const QByteArray kToken = DemoSandbox::demoToken();
}

// Runs the real executable, as scripts would. The sandbox answers from its own thread.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void helpDescribesEveryOption();
    void typosSuggestTheNearest_data();
    void typosSuggestTheNearest();
    void controlCharactersInOptionsAreRefused_data();
    void controlCharactersInOptionsAreRefused();
    void usageErrors_data();
    void usageErrors();
    void invalidJobIdSendsNothing();
    void showJson();
    void showJsonPassesUnknownFields();
    void showListing();
    void showFromJobUrl_data();
    void showFromJobUrl();
    void showDemo();
    void exitCodes_data();
    void exitCodes();
    void missingToken();
    void timeout();
    void verboseRedactsTheToken();
    void networkSettingsApply();
    void tlsWithCaFile();
    void needsNoDisplay();
    void sandboxCommandServes();

    // Hostile answers and inputs (issue 16).
    void escapesControlCharacters();
    void escapesControlCharactersInErrors();
    void escapesVerboseHeaders();
    void escapesVerboseHeadersOfEveryCommand_data();
    void escapesVerboseHeadersOfEveryCommand();
    void jsonKeepsHostileTextWhole();
    void jsonEscapesWhatATerminalActsOn();
    void printsNulBytesWhole();
    void outOfRangeValues();
    void refusesUserInfoInEndpoints_data();
    void refusesUserInfoInEndpoints();
    void timeoutEndsAFlood();
    void boundsSecretsOnStdin_data();
    void boundsSecretsOnStdin();
    void refusesControlBytesInCredentials();
    void redirectFailures_data();
    void redirectFailures();
    void proxyAuthentication();
    void regionMismatchIsPointedOut();
    void brokenCompression();
    void decompressionBombEndsAtOnce();
    void redirectLoopStopsAtTheLimit();

private:
    using Run = CommandRun;
    Run run(const QStringList &arguments, const QByteArray &stdinData = kToken + '\n',
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QStringList sandboxArgs(const QString &job) const;
    QStringList hostileArgs(const HostileServer &server) const;
    static void verifyErrorLine(const Run &run);

    QString m_executable;
    DemoSandbox m_sandbox;
    TestCertificate m_tls;
};

void TestCommandLine::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    QVERIFY(m_sandbox.start());
    QVERIFY(m_tls.generate());
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QByteArray &stdinData,
                                          const QProcessEnvironment &environment)
{
    const Run result = CommandRun::of(m_executable, arguments, stdinData, environment);
    // Whatever happened, the token never shows.
    if (result.out.contains(kToken) || result.err.contains(kToken))
        qFatal("the token was printed");
    return result;
}

QStringList TestCommandLine::sandboxArgs(const QString &job) const
{
    return {u"show"_qs, job, u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs};
}

void TestCommandLine::verifyErrorLine(const Run &run)
{
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::version()
{
    const Run result = run({u"--version"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QRegularExpression(u"^codearts-inspector \\d+\\.\\d+\\.\\d+\\n$"_qs).match(QString::fromUtf8(result.out)).hasMatch());
}

void TestCommandLine::help()
{
    const Run result = run({u"--help"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("codearts-inspector show JOB"));
    QVERIFY(result.out.contains("--token-stdin"));
    QVERIFY(result.out.contains("help COMMAND"));
    QCOMPARE(run({u"show"_qs, u"--help"_qs}).exitCode, 0);
    // Every command takes --help (and -h), also after an action, and prints its own help.
    const QList<QStringList> commands = {{u"history"_qs}, {u"favorites"_qs, u"add"_qs}, {u"profile"_qs, u"list"_qs},
                                         {u"sandbox"_qs}, {u"jobs"_qs}, {u"watch"_qs}, {u"run"_qs}};
    for (const QStringList &command : commands) {
        for (const QString &flag : {u"--help"_qs, u"-h"_qs}) {
            const Run asked = run(command + QStringList{flag});
            const QByteArray synopsis = "Usage: codearts-inspector " + command.join(u' ').toUtf8();
            QVERIFY2(asked.exitCode == 0 && asked.out.startsWith(synopsis), qPrintable(command.join(u' ') + u' ' + flag));
            QVERIFY2(asked.out.contains(QByteArray("\nExample:\n  codearts-inspector " + command.join(u' ').toUtf8())),
                     asked.out.constData());
            QCOMPARE(asked.out, run(QStringList{u"help"_qs} + command).out);
        }
    }
    // A group's help covers each of its commands.
    const Run profile = run({u"profile"_qs, u"--help"_qs});
    for (const char *action : {"profile add", "profile list", "profile remove", "profile login", "profile default"})
        QVERIFY2(profile.out.contains(QByteArray(QByteArray("Usage: codearts-inspector ") + action)), action);
}

// Each command's help names every option it takes, each with a line of description, and no
// line of help is wider than 80 columns.
void TestCommandLine::helpDescribesEveryOption()
{
    const Run jobs = run({u"help"_qs, u"jobs"_qs});
    for (const char *line : {"  --search TEXT         Only jobs whose name contains this text.",
                             "  --limit N             List at most this many jobs",
                             "  --token-stdin         Read the IAM token from standard input",
                             "  --color WHEN          Colour results and states"})
        QVERIFY2(jobs.out.contains(line), line);
    const Run runHelp = run({u"help"_qs, u"run"_qs});
    for (const char *option : {"--param NAME=VALUE", "--branch B", "--tag T", "--commit C", "--watch", "--json"})
        QVERIFY2(runHelp.out.contains(QByteArray(QByteArray("\n  ") + option)), option);
    for (const QStringList &help : {QStringList{u"--help"_qs}, QStringList{u"help"_qs, u"profile"_qs},
                                    QStringList{u"help"_qs, u"watch"_qs}, QStringList{u"help"_qs, u"run"_qs}}) {
        for (const QByteArray &line : run(help).out.split('\n'))
            QVERIFY2(QString::fromUtf8(line).size() <= 80, line.constData());
    }
}

// A mistyped command, action or option is answered with the nearest one.
void TestCommandLine::typosSuggestTheNearest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("command") << QStringList{u"shwo"_qs, DemoSandbox::firstJobId()}
                             << QByteArray("Unknown command \"shwo\"; did you mean show?");
    QTest::newRow("far command") << QStringList{u"frobnicate"_qs} << QByteArray("Unknown command \"frobnicate\". Run");
    QTest::newRow("option") << QStringList{u"jobs"_qs, u"--jsn"_qs} << QByteArray("Unknown option --jsn; did you mean --json?");
    QTest::newRow("unknown option") << QStringList{u"jobs"_qs, u"--bogus"_qs} << QByteArray("Unknown option --bogus.");
    QTest::newRow("short option") << QStringList{u"builds"_qs, u"-x"_qs} << QByteArray("Unknown option -x.");
    QTest::newRow("action") << QStringList{u"profile"_qs, u"lsit"_qs} << QByteArray("did you mean list?");
    QTest::newRow("help topic") << QStringList{u"help"_qs, u"bulids"_qs} << QByteArray("did you mean builds?");
    QTest::newRow("color") << QStringList{u"jobs"_qs, u"--color=sometimes"_qs} << QByteArray("--color takes never, auto or always");
}

void TestCommandLine::typosSuggestTheNearest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

// A control character in any option value or argument is refused before anything is sent.
void TestCommandLine::controlCharactersInOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = DemoSandbox::firstJobId();
    QTest::newRow("search") << QStringList{u"jobs"_qs, u"--search"_qs, u"a\nb"_qs};
    QTest::newRow("project") << QStringList{u"jobs"_qs, u"--project"_qs, u"x\x1b[2J"_qs};
    QTest::newRow("branch") << QStringList{u"run"_qs, id, u"--branch"_qs, u"main\r"_qs};
    QTest::newRow("commit") << QStringList{u"run"_qs, id, u"--commit"_qs, u"abc\ndef"_qs};
    QTest::newRow("param value") << QStringList{u"run"_qs, id, u"--param"_qs, u"A=1\x85"_qs};
    QTest::newRow("note") << QStringList{u"favorites"_qs, u"add"_qs, id, u"--note"_qs, u"line\nbreak"_qs};
    QTest::newRow("alias") << QStringList{u"favorites"_qs, u"add"_qs, id, u"--alias"_qs, u"bell\x07"_qs};
    QTest::newRow("region") << QStringList{u"builds"_qs, id, u"--region"_qs, u"cn-north-4\t"_qs};
    QTest::newRow("profile") << QStringList{u"show"_qs, id, u"--profile"_qs, u"work\x7f"_qs};
    QTest::newRow("argument") << QStringList{u"profile"_qs, u"remove"_qs, u"wo\nrk"_qs};
}

void TestCommandLine::controlCharactersInOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer("{}")));
    const bool talksToTheService = arguments.first() != u"favorites" && arguments.first() != u"profile";
    const Run result = run(talksToTheService ? arguments + QStringList{u"--endpoint"_qs, server.url().toString()} : arguments);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("control character"), result.err.constData());
    QCOMPARE(server.requests(), 0);
}

void TestCommandLine::sandboxCommandServes()
{
    QProcess sandbox;
    sandbox.start(m_executable, {u"sandbox"_qs, u"--jobs"_qs, u"30"_qs, u"--latency"_qs, u"50"_qs});
    QVERIFY(sandbox.waitForReadyRead(30'000));
    const QString url = QString::fromUtf8(sandbox.readLine().trimmed());
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"), qPrintable(url));
    const Run listed = run({u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs, u"--endpoint"_qs, url, u"--token-stdin"_qs});
    sandbox.kill();
    sandbox.waitForFinished();
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 30);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = DemoSandbox::firstJobId();
    QTest::newRow("no job") << QStringList{u"show"_qs, u"--region"_qs, u"cn-north-4"_qs};
    QTest::newRow("two jobs") << QStringList{u"show"_qs, id, id, u"--region"_qs, u"cn-north-4"_qs};
    QTest::newRow("no endpoint") << QStringList{u"show"_qs, id, u"--token-stdin"_qs};
    QTest::newRow("both endpoint and region") << QStringList{u"show"_qs, id, u"--region"_qs, u"cn-north-4"_qs, u"--endpoint"_qs, u"https://x.example.com"_qs};
    QTest::newRow("unknown region") << QStringList{u"show"_qs, id, u"--region"_qs, u"mars-north-1"_qs};
    QTest::newRow("plain http remote") << QStringList{u"show"_qs, id, u"--endpoint"_qs, u"http://cloudbuild.example.com"_qs};
    QTest::newRow("unknown option") << QStringList{u"show"_qs, id, u"--colour"_qs};
    QTest::newRow("bad timeout") << QStringList{u"show"_qs, id, u"--demo"_qs, u"--timeout"_qs, u"soon"_qs};
    for (const QString &timeout : {u"nan"_qs, u"NaN"_qs, u"inf"_qs, u"-inf"_qs, u"0"_qs, u"-1"_qs, u"-0.5"_qs})
        QTest::newRow(qPrintable(u"timeout "_qs + timeout)) << QStringList{u"show"_qs, id, u"--demo"_qs, u"--timeout"_qs, timeout};
    QTest::newRow("missing ca file") << QStringList{u"show"_qs, id, u"--demo"_qs, u"--ca-file"_qs, u"/nonexistent.pem"_qs};
    QTest::newRow("unknown command") << QStringList{u"shwo"_qs, id};
    QTest::newRow("sandbox port") << QStringList{u"sandbox"_qs, u"--port"_qs, u"70000"_qs};
    QTest::newRow("sandbox jobs") << QStringList{u"sandbox"_qs, u"--jobs"_qs, u"many"_qs};
    QTest::newRow("sandbox latency") << QStringList{u"sandbox"_qs, u"--latency"_qs, u"-5"_qs};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
}

void TestCommandLine::invalidJobIdSendsNothing()
{
    const int before = m_sandbox.requestCount();
    const Run result = run(sandboxArgs(u"not-a-job"_qs));
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY(result.err.contains("32 letters and digits"));
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestCommandLine::showJson()
{
    const Run result = run(sandboxArgs(DemoSandbox::firstJobId()) << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject job = document.object();
    QCOMPARE(job.value(u"id").toString(), DemoSandbox::firstJobId());
    QCOMPARE(job.value(u"job_name").toString(), u"payment-service-ci"_qs);
    QCOMPARE(job.value(u"build_time").toDouble(), 27.51);          // sent as "27.51"
    QVERIFY(job.value(u"is_manager").isBool());
    QVERIFY(job.value(u"project_permission_switch").isBool());
    QCOMPARE(job.value(u"health_score").toInt(), 92);
    // create_time arrives as a string of digits: printed as an integer.
    QVERIFY(QRegularExpression(u"\"create_time\":\\d{13}[,}]"_qs).match(QString::fromUtf8(result.out)).hasMatch());
    QVERIFY(QRegularExpression(u"\"last_build_time\":\\d{13}[,}]"_qs).match(QString::fromUtf8(result.out)).hasMatch());
    QCOMPARE(result.out.count('\n'), 1); // exactly one object
}

void TestCommandLine::showJsonPassesUnknownFields()
{
    const Run result = run(sandboxArgs(u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_qs) << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject job = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(job.value(u"build_no").toString(), u"128"_qs);
    QCOMPARE(job.value(u"tags").toArray().size(), 2);
    QCOMPARE(job.value(u"health_score").toInt(), 63); // sent as "63"
    QVERIFY(job.value(u"charge_time").isNull());        // missing in the answer
}

void TestCommandLine::showListing()
{
    const Run result = run(sandboxArgs(u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 20);
    QVERIFY(result.out.contains("前端构建-主干"));
    // Values start in one aligned column.
    const qsizetype column = lines.first().indexOf(u"前端构建"_qs);
    QVERIFY(column > 0);
    for (const QString &line : lines)
        QVERIFY2(line.size() > column && line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
    // Permissions in the window's words, not the API's.
    QVERIFY(!result.out.contains("is_delete"));
    QVERIFY(result.out.contains("Delete permission    denied\n"));
    QVERIFY(result.out.contains("Run permission       allowed\n"));
}

// Every form of a job page URL, parsed as the window parses it.
void TestCommandLine::showFromJobUrl_data()
{
    QTest::addColumn<QString>("url");
    const QString id = DemoSandbox::firstJobId();
    const QString project = u"85caf4057b7a4ad6b8f1f2a3c4d5e6f7"_qs;
    QTest::newRow("path, query, fragment")
        << u"  https://devcloud.cn-north-4.huaweicloud.com/cicd/project/x/codeci/detail/"_qs + id + u"?tab=history#top "_qs;
    QTest::newRow("fragment with /edit")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/#/job/"_qs + id + u"/edit"_qs;
    QTest::newRow("project and job, /history")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cicd/#/project/"_qs + project + u"/job/"_qs + id + u"/history"_qs;
    QTest::newRow("without scheme") << u"devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/"_qs + id;
}

void TestCommandLine::showFromJobUrl()
{
    QFETCH(QString, url);
    const Run result = run(sandboxArgs(url) << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    // The sandbox's loopback endpoint is not another region: no warning.
    QVERIFY2(!result.err.contains("warning:"), result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"id").toString(), DemoSandbox::firstJobId());
}

void TestCommandLine::showDemo()
{
    const Run result = run({u"show"_qs, DemoSandbox::firstJobId(), u"--demo"_qs, u"--json"_qs}, {});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"id").toString(), DemoSandbox::firstJobId());
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mustMention");

    using T = DemoSandbox::TroubleJobs;
    const QString first = DemoSandbox::firstJobId();
    QTest::newRow("401") << first << QByteArray("wrong-token") << 3 << QByteArray("HTTP 401, APIG.0301");
    QTest::newRow("401 expired") << first << DemoSandbox::expiredToken() << 3 << QByteArray("token expires");
    QTest::newRow("403") << u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs << kToken << 3 << QByteArray("HTTP 403");
    QTest::newRow("404") << u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs << kToken << 4 << QByteArray("HTTP 404, CB.00060404");
    QTest::newRow("status fail") << u"7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"_qs << kToken << 5 << QByteArray("migrated");
    QTest::newRow("500") << QString::fromLatin1(T::serverError) << kToken << 5 << QByteArray("HTTP 500, CB.00060101");
    QTest::newRow("429") << QString::fromLatin1(T::rateLimited) << kToken << 5 << QByteArray("HTTP 429");
    QTest::newRow("html") << QString::fromLatin1(T::htmlErrorPage) << kToken << 5 << QByteArray("HTTP 502");
    QTest::newRow("truncated") << QString::fromLatin1(T::truncatedJson) << kToken << 5 << QByteArray("JSON");
    QTest::newRow("too large") << QString::fromLatin1(T::oversized) << kToken << 5 << QByteArray("too large");
    QTest::newRow("redirect") << QString::fromLatin1(T::foreignRedirect) << kToken << 6 << QByteArray("another site");
}

void TestCommandLine::exitCodes()
{
    QFETCH(QString, job);
    QFETCH(QByteArray, token);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mustMention);
    const Run result = run(sandboxArgs(job), token + '\n');
    QCOMPARE(result.exitCode, exitCode);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains(mustMention), result.err.constData());
    QVERIFY(!result.err.contains(token));
}

void TestCommandLine::missingToken()
{
    const Run empty = run(sandboxArgs(DemoSandbox::firstJobId()), {});
    QCOMPARE(empty.exitCode, 3);
    verifyErrorLine(empty);
    const Run none = run({u"show"_qs, DemoSandbox::firstJobId(), u"--region"_qs, u"cn-north-4"_qs});
    QCOMPARE(none.exitCode, 3);
    QVERIFY(none.err.contains("--token-stdin"));
}

void TestCommandLine::timeout()
{
    RecordingServer hanging;
    const Run result = run({u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs, hanging.url().toString(),
                            u"--token-stdin"_qs, u"--timeout"_qs, u"0.5"_qs});
    QCOMPARE(result.exitCode, 6);
    verifyErrorLine(result);
    QVERIFY(result.err.contains("second"));
}

// Without --timeout and --ca-file, the window's Network settings apply: one place to set them.
void TestCommandLine::networkSettingsApply()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_qs, config.path());
    const QString settingsPath = config.filePath(u"CodeArtsInspector/codearts-inspector.conf"_qs);
    QVERIFY(QDir().mkpath(QFileInfo(settingsPath).path()));
    const auto writeSettings = [&settingsPath](const QByteArray &text) {
        QFile file(settingsPath);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };

    QVERIFY(writeSettings("[network]\ntimeoutSeconds=1\n"));
    RecordingServer hanging;
    const Run slow = run({u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs, hanging.url().toString(),
                          u"--token-stdin"_qs}, kToken + '\n', environment);
    QCOMPARE(slow.exitCode, 6);
    QVERIFY2(slow.err.contains("1 second"), slow.err.constData());

    QVERIFY(writeSettings("[network]\ncaFile=" + config.filePath(u"missing.pem"_qs).toUtf8() + "\n"));
    const Run untrusted = run(sandboxArgs(DemoSandbox::firstJobId()), kToken + '\n', environment);
    QCOMPARE(untrusted.exitCode, 6);
    verifyErrorLine(untrusted);
    QVERIFY2(untrusted.err.contains("missing.pem"), untrusted.err.constData());
    // --ca-file still wins over the settings.
    const Run given = run(sandboxArgs(DemoSandbox::firstJobId()) << u"--ca-file"_qs << m_tls.certificatePath(),
                          kToken + '\n', environment);
    QCOMPARE(given.exitCode, 0);
}

void TestCommandLine::verboseRedactsTheToken()
{
    const Run result = run(sandboxArgs(DemoSandbox::firstJobId()) << u"--verbose"_qs << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("> GET http://127.0.0.1"));
    QVERIFY(result.err.contains("X-Auth-Token: <redacted"));
    QVERIFY(result.err.contains("< HTTP 200"));
    QVERIFY(result.err.contains(" ms"));
    QVERIFY(QJsonDocument::fromJson(result.out).isObject()); // stdout stays clean
}

void TestCommandLine::tlsWithCaFile()
{
    DemoSandbox tlsSandbox;
    tlsSandbox.useTls(m_tls.certificate, m_tls.key);
    QVERIFY(tlsSandbox.start());
    const QStringList base = {u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs,
                              tlsSandbox.baseUrl().toString(), u"--token-stdin"_qs, u"--json"_qs};
    const Run refused = run(base);
    QCOMPARE(refused.exitCode, 6);
    verifyErrorLine(refused);
    QVERIFY(refused.err.contains("--ca-file"));

    const Run trusted = run(QStringList(base) << u"--ca-file"_qs << m_tls.certificatePath());
    QCOMPARE(trusted.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(trusted.out).object().value(u"id").toString(), DemoSandbox::firstJobId());
}

void TestCommandLine::needsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_qs);
    environment.remove(u"WAYLAND_DISPLAY"_qs);
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"xcb"_qs); // would abort if a GUI were started
    const Run result = run(sandboxArgs(DemoSandbox::firstJobId()) << u"--json"_qs, kToken + '\n', environment);
    QCOMPARE(result.exitCode, 0);
}

QStringList TestCommandLine::hostileArgs(const HostileServer &server) const
{
    return {u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs};
}

namespace {

// A job answer whose text tries every trick a terminal falls for: OSC window title, screen
// clear, colours, cursor moves, CR and BS overwrites, 8-bit CSI, hyperlinks, bidi overrides.
const QByteArray kHostileJob = R"({"id":"f5af662119404ad187437cd272b5099b",
    "job_name":"\u001b]0;owned\u0007\u001b[2J\u001b[1;1Hfake\r\bname\u202eevil\u2066",
    "running_status":"\u009b31mRED\u001b]8;;http://x.example/\u001b\\link\u001b]8;;\u001b\\",
    "last_build_status":"ok\u007f\u200f",
    "\u001b[31mcolour_key":"\u001b[5mblink\u0085"})";

// Bytes that must never reach a terminal: C0 controls but the line end, DEL, C1 (UTF-8 C2 80
// to C2 9F) and the bidi controls (UTF-8 E2 80 8E/8F/AA-AE, E2 81 A6-A9).
QString firstRawControl(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("U+%1").arg(uint(c), 4, 16, QChar(u'0'));
    }
    return {};
}

} // namespace

void TestCommandLine::escapesControlCharacters()
{
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer(kHostileJob)));
    const Run result = run(hostileArgs(server));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(firstRawControl(result.out).isEmpty(), qPrintable(firstRawControl(result.out)));
    QVERIFY2(firstRawControl(result.err).isEmpty(), qPrintable(firstRawControl(result.err)));
    // Shown escaped, not dropped: the user still sees what was sent.
    QVERIFY2(result.out.contains(R"(\x1b]0;owned\x07\x1b[2J\x1b[1;1Hfake\x0d\x08name\u202eevil\u2066)"), result.out.constData());
    QVERIFY2(result.out.contains(R"(\x9b31mRED)"), result.out.constData());
    QVERIFY2(result.out.contains(R"(ok\x7f\u200f)"), result.out.constData());
    QVERIFY2(result.out.contains(R"(\x1b[31mcolour_key)"), result.out.constData());
    QVERIFY2(result.out.contains(R"(\x1b[5mblink\x85)"), result.out.constData());
}

void TestCommandLine::escapesControlCharactersInErrors()
{
    const QByteArray body = R"({"error_code":"APIG.0301\u001b[2J","error_msg":"token\u001b]0;owned\u0007 expired\u202e"})";
    HostileServer server(HostileServer::canned(
        "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: req\x1b[31m-1\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
    for (const bool json : {false, true}) {
        const Run result = run(hostileArgs(server) << (json ? u"--json"_qs : u"--verbose"_qs));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(firstRawControl(result.err).isEmpty(), qPrintable(firstRawControl(result.err)));
        QVERIFY2(result.err.contains(R"(APIG.0301\x1b[2J: token\x1b]0;owned\x07 expired\u202e)"), result.err.constData());
        QVERIFY2(result.err.contains(R"(req\x1b[31m-1)"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void TestCommandLine::escapesVerboseHeaders()
{
    const QByteArray body = R"({"status":"success","result":{"id":"f5af662119404ad187437cd272b5099b"}})";
    HostileServer server(HostileServer::canned(
        "HTTP/1.1 200 OK\x1b[2J\r\nContent-Type: application/json\r\nX-Trick: \x1b]0;owned\x07\x9b""31m\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
    const Run result = run(hostileArgs(server) << u"--verbose"_qs);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(firstRawControl(result.err).isEmpty(), qPrintable(firstRawControl(result.err)));
    QVERIFY2(result.err.contains(R"(X-Trick: \x1b]0;owned\x07\x9b31m)"), result.err.constData());
}

// Every command's --verbose trace is escaped as show's is (issue 29).
void TestCommandLine::escapesVerboseHeadersOfEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = DemoSandbox::firstJobId();
    QTest::newRow("jobs") << QStringList{u"jobs"_qs};
    QTest::newRow("projects") << QStringList{u"projects"_qs};
    QTest::newRow("builds") << QStringList{u"builds"_qs, id};
    QTest::newRow("build") << QStringList{u"build"_qs, id, u"1"_qs};
    QTest::newRow("run") << QStringList{u"run"_qs, id};
    QTest::newRow("stop") << QStringList{u"stop"_qs, id};
    QTest::newRow("follow") << QStringList{u"follow"_qs, id};
    QTest::newRow("unfollow") << QStringList{u"unfollow"_qs, id};
    QTest::newRow("watch") << QStringList{u"watch"_qs, id, u"--until-finished"_qs};
}

void TestCommandLine::escapesVerboseHeadersOfEveryCommand()
{
    QFETCH(QStringList, arguments);
    const QByteArray body = R"({"status":"success","result":{"id":"f5af662119404ad187437cd272b5099b","job_name":"n",)"
                            R"("running_status":"Finished","last_build_status":"success","is_running":false}})";
    HostileServer server(HostileServer::canned(
        "HTTP/1.1 200 OK\x1b[2J\r\nContent-Type: application/json\r\nX-Trick: \x1b]52;c;b3duZWQ=\x07\x1b]8;;http://x/\x1b\\\b\x9b" "31m"
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
    const Run result = run(arguments + QStringList{u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs,
                                                   u"--verbose"_qs, u"--timeout"_qs, u"5"_qs});
    QVERIFY(server.requests() > 0);
    QVERIFY2(firstRawControl(result.err).isEmpty(), qPrintable(firstRawControl(result.err) + u' ' + QString::fromUtf8(result.err)));
    QVERIFY2(firstRawControl(result.out).isEmpty(), qPrintable(firstRawControl(result.out)));
    QVERIFY2(result.err.contains(R"(X-Trick: \x1b]52;c;b3duZWQ=\x07\x1b]8;;http://x/\x1b\\x08\x9b31m)"), result.err.constData());
}

void TestCommandLine::jsonKeepsHostileTextWhole()
{
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer(kHostileJob)));
    const Run result = run(hostileArgs(server) << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject job = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject sent = QJsonDocument::fromJson(kHostileJob).object();
    QCOMPARE(job.value(u"job_name"), sent.value(u"job_name"));
    QCOMPARE(job.value(u"running_status"), sent.value(u"running_status"));
    QCOMPARE(job.value(u"\u001b[31mcolour_key"_qs), sent.value(u"\u001b[31mcolour_key"_qs));
    // The encoder escapes the C0 controls: none reaches the terminal raw.
    QVERIFY(!result.out.contains('\x1b') && !result.out.contains('\x07') && !result.out.contains('\r'));
}

// In --json, what the encoder leaves raw but a terminal acts on (C1 controls, bidi controls,
// line and paragraph separators) is written as \uXXXX; the value parses back the same.
void TestCommandLine::jsonEscapesWhatATerminalActsOn()
{
    const QByteArray job = R"({"id":"f5af662119404ad187437cd272b5099b","job_name":"a\u0085b\u009bc\u202ed\u2028e\u2029f\u2067g"})";
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer(job)));
    const Run result = run(hostileArgs(server) << u"--json"_qs);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(firstRawControl(result.out).isEmpty(), qPrintable(firstRawControl(result.out)));
    QVERIFY(!result.out.contains("\xe2\x80\xa8") && !result.out.contains("\xe2\x80\xa9"));
    QVERIFY2(result.out.contains(R"(a\u0085b\u009bc\u202ed\u2028e\u2029f\u2067g)"), result.out.constData());
    const QJsonObject shown = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(shown.value(u"job_name"), QJsonDocument::fromJson(job).object().value(u"job_name"));
}

void TestCommandLine::printsNulBytesWhole()
{
    const QString id = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
    const QByteArray job = R"({"id":")" + id.toLatin1() + R"(","job_name":"before\u0000after","running_status":"x\u0000y"})";
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer(job)));
    QStringList arguments = hostileArgs(server);
    arguments[1] = id;
    const Run shown = run(arguments);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(R"(before\x00after)"), shown.out.constData());
    QVERIFY2(shown.out.contains(R"(x\x00y)"), shown.out.constData());
    QVERIFY2(shown.out.contains("Project permissions"), shown.out.constData()); // nothing cut after it
    QVERIFY(!shown.out.contains('\0'));

    // Stored whole and returned whole, older entries included.
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, id}).exitCode, 0);
    QCOMPARE(run(sandboxArgs(DemoSandbox::firstJobId())).exitCode, 0); // a later entry
    const Run history = run({u"history"_qs, u"--limit"_qs, u"1000"_qs});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(R"(before\x00after)"), history.out.constData());
    QVERIFY(!history.out.contains('\0'));
    const Run historyJson = run({u"history"_qs, u"--json"_qs, u"--job"_qs, id});
    const QJsonArray entries = QJsonDocument::fromJson(historyJson.out).array();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first()[u"job_name"].toString(), u"before\0after"_qs);
    // Entries older than the one with the NUL are still listed.
    const int lines = int(history.out.count('\n'));
    const int all = int(QJsonDocument::fromJson(run({u"history"_qs, u"--json"_qs, u"--limit"_qs, u"1000"_qs}).out).array().size());
    QCOMPARE(lines, all + 1); // the header line

    const Run favorites = run({u"favorites"_qs, u"list"_qs});
    QCOMPARE(favorites.exitCode, 0);
    QVERIFY2(favorites.out.contains(R"(before\x00after)"), favorites.out.constData());
    QVERIFY2(favorites.out.contains(R"(x\x00y)"), favorites.out.constData());
    const Run favoritesJson = run({u"favorites"_qs, u"list"_qs, u"--json"_qs});
    bool found = false;
    for (const QJsonValue favorite : QJsonDocument::fromJson(favoritesJson.out).array())
        found = found || favorite[u"job_name"].toString() == u"before\0after"_qs;
    QVERIFY2(found, favoritesJson.out.constData());
    QCOMPARE(run({u"favorites"_qs, u"remove"_qs, id}).exitCode, 0);

    // An error line is not cut at a NUL either.
    const QByteArray body = R"({"error_code":"CB.1","error_msg":"first\u0000second"})";
    HostileServer failing(HostileServer::canned("HTTP/1.1 500 Oops\r\nContent-Type: application/json\r\nContent-Length: "
                                                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
    const Run error = run(hostileArgs(failing));
    QCOMPARE(error.exitCode, 5);
    verifyErrorLine(error);
    QVERIFY2(error.err.contains(R"(first\x00second)"), error.err.constData());
}

void TestCommandLine::outOfRangeValues()
{
    const QByteArray job = R"({"id":"f5af662119404ad187437cd272b5099b","health_score":101,
        "create_time":9223372036854775808,"last_build_time":"9223372036854775808"})";
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer(job)));
    const Run shown = run(hostileArgs(server));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(!shown.out.contains("101 / 100"), shown.out.constData());
    QVERIFY2(shown.out.contains("101 (outside 0 to 100"), shown.out.constData());
    QVERIFY2(QRegularExpression(u"Created +unknown\\n"_qs).match(QString::fromUtf8(shown.out)).hasMatch(), shown.out.constData());
    QVERIFY2(QRegularExpression(u"Last build time +unknown\\n"_qs).match(QString::fromUtf8(shown.out)).hasMatch(), shown.out.constData());
    const Run json = run(hostileArgs(server) << u"--json"_qs);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(u"health_score").toInt(), 101); // as sent
    // The favorites list flags it too.
    QCOMPARE(run({u"favorites"_qs, u"add"_qs, DemoSandbox::firstJobId()}).exitCode, 0);
    QCOMPARE(run(hostileArgs(server)).exitCode, 0); // the latest fetch is the hostile one
    const Run favorites = run({u"favorites"_qs, u"list"_qs});
    QVERIFY2(favorites.out.contains(" 101!\n") || favorites.out.contains(" 101! "), favorites.out.constData());
    QCOMPARE(run({u"favorites"_qs, u"remove"_qs, DemoSandbox::firstJobId()}).exitCode, 0);
    QVERIFY(object.value(u"create_time").isNull());
    QVERIFY(object.value(u"last_build_time").isNull());
}

void TestCommandLine::refusesUserInfoInEndpoints_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = DemoSandbox::firstJobId();
    QTest::newRow("show") << QStringList{u"show"_qs, id, u"--endpoint"_qs, u"https://alice:s3cr3tpw@cloudbuild.example.com"_qs, u"--token-stdin"_qs};
    QTest::newRow("show user only") << QStringList{u"show"_qs, id, u"--endpoint"_qs, u"https://s3cr3tpw@cloudbuild.example.com"_qs, u"--token-stdin"_qs};
    QTest::newRow("profile add") << QStringList{u"profile"_qs, u"add"_qs, u"p1"_qs, u"--endpoint"_qs, u"https://alice:s3cr3tpw@cloudbuild.example.com"_qs, u"--auth"_qs, u"token"_qs};
    QTest::newRow("profile add iam") << QStringList{u"profile"_qs, u"add"_qs, u"p2"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--iam-endpoint"_qs, u"https://alice:s3cr3tpw@iam.example.com"_qs, u"--auth"_qs, u"password"_qs, u"--user"_qs, u"u"_qs, u"--domain"_qs, u"d"_qs};
}

void TestCommandLine::refusesUserInfoInEndpoints()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("user name or password"), result.err.constData());
    QVERIFY(!result.err.contains("s3cr3tpw"));
    const Run profiles = run({u"profile"_qs, u"list"_qs, u"--json"_qs});
    QVERIFY(!profiles.out.contains("s3cr3tpw"));
    const Run history = run({u"history"_qs, u"--json"_qs, u"--limit"_qs, u"1000"_qs});
    QVERIFY(!history.out.contains("s3cr3tpw"));
}

void TestCommandLine::timeoutEndsAFlood()
{
    // One-byte chunks for 20 s: the transfer as a whole must end at the 1 s limit.
    auto floodedMs = std::make_shared<std::atomic<qint64>>(-1);
    HostileServer server(chunkFlood(20'000, floodedMs));
    const Run result = run(hostileArgs(server) << u"--timeout"_qs << u"1"_qs);
    QCOMPARE(result.exitCode, 6);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("1 second"), result.err.constData());
    // Measured by the server, so a slow process start on a loaded machine does not count:
    // generous, and far below the flood's 20 s (and the 5 s overrun seen before).
    QTRY_VERIFY(*floodedMs >= 0);
    QVERIFY2(*floodedMs < 3'000, qPrintable(QString::number(*floodedMs)));
}

void TestCommandLine::boundsSecretsOnStdin_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("mustMention");
    const QByteArray huge(70 * 1024, 'a');
    const QByteArray endless(2 * 1024 * 1024, 'a'); // no line end at all
    QTest::newRow("token 70 KiB") << QStringList{} << huge + '\n' << QByteArray("64 KiB");
    QTest::newRow("token without end") << QStringList{} << endless << QByteArray("64 KiB");
    QTest::newRow("token with CR inside") << QStringList{} << QByteArray("abc\rX-Injected: 1\n") << QByteArray("control character");
    QTest::newRow("token with NUL") << QStringList{} << QByteArray("abc\0def\n", 8) << QByteArray("control character");
    QTest::newRow("profile add token 70 KiB") << QStringList{u"profile"_qs, u"add"_qs, u"big"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"token"_qs}
                                              << huge + '\n' << QByteArray("64 KiB");
    QTest::newRow("profile add sk with NUL") << QStringList{u"profile"_qs, u"add"_qs, u"nul"_qs, u"--region"_qs, u"cn-north-4"_qs, u"--auth"_qs, u"aksk"_qs}
                                             << QByteArray("AK\nS\0K\n", 7) << QByteArray("control character");
}

void TestCommandLine::boundsSecretsOnStdin()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, mustMention);
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer("{}")));
    if (!arguments.isEmpty()) // left over from an earlier run that let it through
        run({u"profile"_qs, u"remove"_qs, arguments.at(2)});
    const Run result = run(arguments.isEmpty() ? hostileArgs(server) : arguments, input);
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains(mustMention), result.err.constData());
    QCOMPARE(server.requests(), 0);
    if (!arguments.isEmpty())
        QVERIFY(!run({u"profile"_qs, u"list"_qs}).out.contains(QByteArray(arguments.at(2).toUtf8() + ' ')));
}

void TestCommandLine::refusesControlBytesInCredentials()
{
    HostileServer server(HostileServer::canned(HostileServer::jobAnswer("{}")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLOUD_SDK_AK"_qs, u"AKEXAMPLE\r\nX-Injected: yes"_qs);
    environment.insert(u"CLOUD_SDK_SK"_qs, u"secret"_qs);
    const QStringList arguments{u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs, server.url().toString()};
    const Run result = run(arguments, {}, environment);
    QCOMPARE(result.exitCode, 3);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("control character"), result.err.constData());
    QVERIFY2(result.err.contains("CLOUD_SDK_AK"), result.err.constData());
    QCOMPARE(server.requests(), 0);
}

void TestCommandLine::redirectFailures_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("mustMention");
    QTest::newRow("loop on the same origin") << QByteArray("/v3/jobs/loop") << QByteArray("redirect");
    QTest::newRow("file://") << QByteArray("file:///etc/passwd") << QByteArray("redirect");
}

void TestCommandLine::redirectFailures()
{
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, mustMention);
    HostileServer server(HostileServer::canned("HTTP/1.1 302 Found\r\nLocation: " + location
                                               + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    const Run result = run(hostileArgs(server));
    QCOMPARE(result.exitCode, 6);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains(mustMention), result.err.constData());
    QVERIFY2(!result.err.contains("HTTP 100"), result.err.constData());
}

void TestCommandLine::proxyAuthentication()
{
    // The endpoint is reached through a proxy that wants credentials of its own.
    HostileServer proxy(HostileServer::canned("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                              "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"http_proxy"_qs, proxy.url().toString());
    environment.insert(u"https_proxy"_qs, proxy.url().toString());
    environment.remove(u"no_proxy"_qs);
    environment.remove(u"NO_PROXY"_qs);
    const QStringList arguments{u"show"_qs, DemoSandbox::firstJobId(), u"--endpoint"_qs,
                                u"https://cloudbuild.example.com"_qs, u"--token-stdin"_qs};
    const Run result = run(arguments, kToken + '\n', environment);
    QCOMPARE(result.exitCode, 3);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("proxy") && result.err.contains("authentication"), result.err.constData());
}

// A pasted URL from one region, a request to another: `show` warns on standard error. The
// request goes to a local proxy, never to the real service.
void TestCommandLine::regionMismatchIsPointedOut()
{
    HostileServer proxy(HostileServer::canned("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"https_proxy"_qs, proxy.url().toString());
    environment.remove(u"no_proxy"_qs);
    environment.remove(u"NO_PROXY"_qs);
    const QString url = u"https://devcloud.cn-south-1.huaweicloud.com/cloudbuild/#/job/"_qs + DemoSandbox::firstJobId()
        + u"/edit"_qs;
    const Run mismatched = run({u"show"_qs, url, u"--region"_qs, u"cn-north-4"_qs, u"--token-stdin"_qs}, kToken + '\n',
                               environment);
    QVERIFY(mismatched.exitCode != 0);   // the proxy refuses
    QList<QByteArray> warnings;
    for (const QByteArray &line : mismatched.err.split('\n')) {
        if (line.startsWith("warning: "))
            warnings << line;
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains("cn-south-1") && warnings.first().contains("cn-north-4"),
             warnings.first().constData());

    const Run matching = run({u"show"_qs, url, u"--region"_qs, u"cn-south-1"_qs, u"--token-stdin"_qs}, kToken + '\n',
                             environment);
    QVERIFY2(!matching.err.contains("warning: "), matching.err.constData());
}

void TestCommandLine::brokenCompression()
{
    const QByteArray garbage("\x1f\x8b\x08\x00not gzip at all, truncated", 30);
    HostileServer server(HostileServer::canned("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                                               "Content-Length: " + QByteArray::number(garbage.size())
                                               + "\r\nConnection: close\r\n\r\n" + garbage));
    const Run result = run(hostileArgs(server));
    QCOMPARE(result.exitCode, 5);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("decompress"), result.err.constData());
    QVERIFY2(!result.err.contains("not valid JSON"), result.err.constData());
}

// A small answer that inflates to far more than the body cap: exit 5 at once, never the
// deadline's exit 6, and nothing of Qt's own complaints on the terminal.
void TestCommandLine::decompressionBombEndsAtOnce()
{
    const QByteArray zlib = qCompress(QByteArray(64 * 1024 * 1024, ' '), 9).mid(4); // zlib, without Qt's length
    HostileServer server(HostileServer::canned("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\n"
                                               "Content-Length: " + QByteArray::number(zlib.size())
                                               + "\r\nConnection: close\r\n\r\n" + zlib));
    const Run result = run(hostileArgs(server) << u"--timeout"_qs << u"120"_qs);
    QCOMPARE(result.exitCode, 5);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("decompress") || result.err.contains("too large"), result.err.constData());
    QVERIFY2(!result.err.contains("Internal problem"), result.err.constData());
}

// A redirect loop on the same site: five redirects followed, six requests in all, and the
// message says five.
void TestCommandLine::redirectLoopStopsAtTheLimit()
{
    HostileServer server([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 302 Found\r\nLocation: /v1/job/loop\r\nContent-Length: 0\r\n\r\n");
    });
    const Run result = run(hostileArgs(server));
    QCOMPARE(result.exitCode, 6);
    verifyErrorLine(result);
    QVERIFY2(result.err.contains("5 redirects followed"), result.err.constData());
    QCOMPARE(server.requests(), 6);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
