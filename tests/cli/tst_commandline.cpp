#include "commandrun.h"
#include "recordingserver.h"
#include "sandbox/demosandbox.h"
#include "testcertificate.h"

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
    void tlsWithCaFile();
    void needsNoDisplay();

private:
    using Run = CommandRun;
    Run run(const QStringList &arguments, const QByteArray &stdinData = kToken + '\n',
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QStringList sandboxArgs(const QString &job) const;
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
    QVERIFY(result.out.contains("codearts-inspector show <JOB_ID|JOB_URL>"));
    QVERIFY(result.out.contains("--token-stdin"));
    QCOMPARE(run({u"show"_qs, u"--help"_qs}).exitCode, 0);
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
    QTest::newRow("missing ca file") << QStringList{u"show"_qs, id, u"--demo"_qs, u"--ca-file"_qs, u"/nonexistent.pem"_qs};
    QTest::newRow("unknown command") << QStringList{u"shwo"_qs, id};
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
    QVERIFY(result.out.contains("is_delete"));
    QVERIFY(result.out.contains("denied"));
    QVERIFY(result.out.contains("allowed"));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
