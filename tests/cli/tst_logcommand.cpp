#include "commandrun.h"
#include "hostileserver.h"
#include "logs/logsanitizer.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kToken = DemoSandbox::demoToken();
const QString kFirst = DemoSandbox::firstJobId();
const QString kFailing = QLatin1String(DemoBuilds::failingJob);

// What a terminal acts on besides colours: any ESC but that of an SGR sequence, the C1
// controls, BEL, BS and CR.
bool holdsControls(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
    }
    return QString::fromUtf8(bytes).contains(QRegularExpression(u"[\\x{80}-\\x{9f}]"_qs));
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.isNull();
}

QByteArray jsonAnswer(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray kEndedRecord = R"({"result":{"id":"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b","status":"SUCCESS","build_no":5},"status":"success"})";

} // namespace

// `log` through the real executable against the sandbox (in this process, its runs short) and
// against servers that answer what the sandbox never does.
class TestLogCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsTheWholeLogOnceInOrder();
    void withoutNumberTheLastBuild();
    void withoutRunningStatusTheNewestRecord();
    void noEscapeSequenceReachesAPipe();
    void onATerminalOnlyColoursPass();
    void invalidTextShowsAsReplacementCharacters();
    void failedPrintsTheStepThenTheLinesThatExplain();
    void failedForABuildThatDidNotFail();
    void followPrintsARunningBuildAsItGrows();
    void followAnEndedBuildExitsAsItEnded();
    void runningBuildWithoutFollowIsItsLogSoFar();
    void outputSavesTheBytesAsSent();
    void outputNeverReplacesWithoutForce();
    void outputToAnUnwritablePlace();
    void exitCodes_data();
    void exitCodes();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void badAnswersAndNetworkFailures();
    void throttlingIsWaitedFor();
    void refusedDownloadFallsBackToThePages();
    void verboseRedactsTheToken();
    void helpNamesTheCommand();

private:
    CommandRun run(const QStringList &arguments, const QByteArray &stdinData = kToken + '\n');
    QStringList args(const QString &job, const QStringList &more = {}) const;
    // The whole log of a build as the download gives it.
    QByteArray downloaded(const QString &jobId, int number);
    int lastBuild(const QString &jobId);
    int startRun(const QString &jobId);
    QJsonObject getJson(const QString &path);
    static void verifyErrorLine(const CommandRun &result);

    QString m_executable;
    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestLogCommand::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    m_sandbox.builds().setRunDurationScale(0.15);   // runs of 3 to 9 s: a few polls of --follow
    QVERIFY(m_sandbox.start());
}

CommandRun TestLogCommand::run(const QStringList &arguments, const QByteArray &stdinData)
{
    const CommandRun result = CommandRun::of(m_executable, arguments, stdinData, QProcessEnvironment::systemEnvironment());
    if (result.out.contains(kToken) || result.err.contains(kToken))
        qFatal("the token was printed");
    return result;
}

QStringList TestLogCommand::args(const QString &job, const QStringList &more) const
{
    return QStringList{u"log"_qs, job, u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs} + more;
}

void TestLogCommand::verifyErrorLine(const CommandRun &result)
{
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
}

QJsonObject TestLogCommand::getJson(const QString &path)
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", kToken);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QByteArray TestLogCommand::downloaded(const QString &jobId, int number)
{
    const QString recordId = getJson(u"/v1/record/"_qs + jobId + u'/' + QString::number(number) + u"/record-info"_qs)
                                 [u"result"][u"id"].toString();
    QUrl url = m_sandbox.baseUrl();
    url.setPath(u"/v1/log/"_qs + recordId + u"/download-log"_qs);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", kToken);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    reply->deleteLater();
    return reply->readAll();
}

int TestLogCommand::lastBuild(const QString &jobId)
{
    return getJson(u"/v1/job/"_qs + jobId + u"/running-status"_qs)[u"result"][u"last_build_no"].toString().toInt();
}

int TestLogCommand::startRun(const QString &jobId)
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(u"/v1/job/execute"_qs);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", kToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(QJsonObject{{u"job_id"_qs, jobId}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())[u"actual_build_number"].toString().toInt();
}

void TestLogCommand::printsTheWholeLogOnceInOrder()
{
    const CommandRun result = run(args(kFailing, {u"3"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString expected = LogSanitizer::sanitized(downloaded(kFailing, 3), LogSanitizer::Mode::Plain);
    QCOMPARE(QString::fromUtf8(result.out), expected);
    QVERIFY(result.out.count('\n') > 100);
}

void TestLogCommand::withoutNumberTheLastBuild()
{
    const int last = lastBuild(kFailing);
    const CommandRun latest = run(args(kFailing));
    QCOMPARE(latest.exitCode, 0);
    const CommandRun numbered = run(args(kFailing, {QString::number(last)}));
    QCOMPARE(latest.out, numbered.out);
    QVERIFY(latest.out.contains(QByteArray("build #" + QByteArray::number(last) + " of mobile-app-nightly finished: FAILED")));
}

void TestLogCommand::withoutRunningStatusTheNewestRecord()
{
    // Where ShowRunningStatus is not published, the record list names the last build.
    const QByteArray page = R"({"result":{"has_more":false,"start_offset":"0","end_offset":"1","log":"build nine\n"},"status":"success"})";
    HostileServer server([page](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/running-status"))
            socket->write(jsonAnswer(404, R"({"error_code":"APIG.0101","error_msg":"not published"})"));
        else if (request.contains("/list?"))
            socket->write(jsonAnswer(200, R"({"result":{"job_build_states":[{"number":9,"state":"SUCCESS"}],"total_page":"1",)"
                                          R"("total_record":"1","page_index":"0"},"status":"success"})"));
        else if (request.contains("/9/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if (request.contains("/9/real-time-log"))
            socket->write(jsonAnswer(200, page));
        else
            socket->write(jsonAnswer(422, R"({"error_code":"CB.00031006","error_msg":"no such build"})"));
    });
    const CommandRun result = run({u"log"_qs, kFirst, u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("build nine\n"));
}

void TestLogCommand::noEscapeSequenceReachesAPipe()
{
    const CommandRun result = run(args(kFirst, {u"3"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(downloaded(kFirst, 3).contains("\x1b]52;c;"));   // the log holds them...
    QVERIFY(!holdsControls(result.out));                      // ...the output does not
    QVERIFY(result.out.contains("TerminalFixtureTest: printing the fixture screen cleared clipboard written\n"));
    QVERIFY(result.out.contains("see the report done\n"));
    QVERIFY(result.out.contains("[=====>              ] 25% resolving\n[==========>"));   // CRs end lines
}

void TestLogCommand::onATerminalOnlyColoursPass()
{
    const QString script = QStandardPaths::findExecutable(u"script"_qs);
    if (script.isEmpty())
        QSKIP("util-linux's script (a pseudo-terminal) is not installed");
    QTemporaryDir dir;
    QFile token(dir.filePath(u"token"_qs));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(kToken + '\n');
    token.close();
    // `script` gives the command a terminal for standard output; the token comes from a file.
    const QString command = u"'"_qs + m_executable + u"' log "_qs + kFirst + u" 3 --endpoint "_qs
        + m_sandbox.baseUrl().toString() + u" --token-stdin < '"_qs + token.fileName() + u"'"_qs;
    const CommandRun result = CommandRun::of(script, {u"-qfec"_qs, command, u"/dev/null"_qs}, {},
                                             QProcessEnvironment::systemEnvironment());
    QCOMPARE(result.exitCode, 0);
    QByteArray out = result.out;
    out.replace("\r\n", "\n");   // the terminal's own line discipline
    QVERIFY2(out.contains("[\x1b[1;34mINFO\x1b[m]"), out.left(400).constData());   // colours pass
    QVERIFY(!out.contains("\x1b]"));       // no OSC (clipboard, hyperlink)
    QVERIFY(!out.contains("\x1b[2J"));     // no screen clear
    QVERIFY(!out.contains("\x1b[1A"));     // no cursor move
    QVERIFY(!out.contains('\x07'));
    QVERIFY(!out.contains('\x08'));
    QVERIFY(!out.contains('\r'));
    QVERIFY(out.endsWith("\x1b[0m"));      // and the colours are reset at the end
    // With --output on a terminal, the progress goes to stderr and ends with what was saved.
    const QString saved = dir.filePath(u"saved.log"_qs);
    const QString save = u"'"_qs + m_executable + u"' log "_qs + kFirst + u" 3 --output '"_qs + saved + u"' --endpoint "_qs
        + m_sandbox.baseUrl().toString() + u" --token-stdin < '"_qs + token.fileName() + u"'"_qs;
    const CommandRun saving = CommandRun::of(script, {u"-qfec"_qs, save, u"/dev/null"_qs}, {},
                                             QProcessEnvironment::systemEnvironment());
    QCOMPARE(saving.exitCode, 0);
    QVERIFY2(saving.out.contains("Saved the log of build 3"), saving.out.constData());
    QVERIFY(QFile::exists(saved));
    // Every ESC starts an SGR sequence.
    static const QRegularExpression sgr(u"^\\x1b\\[[0-9;:]*m"_qs);
    const QString text = QString::fromUtf8(out);
    for (qsizetype at = text.indexOf(u'\x1b'); at >= 0; at = text.indexOf(u'\x1b', at + 1))
        QVERIFY2(sgr.match(QStringView(text).sliced(at)).hasMatch(), text.mid(at, 20).toUtf8().toPercentEncoding().constData());
}

void TestLogCommand::invalidTextShowsAsReplacementCharacters()
{
    // The sandbox's log has a line in GBK: it comes out valid UTF-8, as U+FFFD where invalid.
    const CommandRun sandbox = run(args(kFirst, {u"3"_qs}));
    QVERIFY(isValidUtf8(sandbox.out));
    QVERIFY(sandbox.out.contains("warning: \xef\xbf\xbd"));
    // A page whose JSON escapes half a surrogate pair.
    const QByteArray page = R"({"result":{"has_more":false,"start_offset":"0","end_offset":"2","log":"caf\ud800 ok\nend\udc00\n"},"status":"success"})";
    HostileServer server([page](QTcpSocket *socket, const QByteArray &request) {
        socket->write(jsonAnswer(200, request.contains("/record-info") ? kEndedRecord : page));
    });
    const CommandRun result = run({u"log"_qs, kFirst, u"5"_qs, u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("caf\xef\xbf\xbd ok\nend\xef\xbf\xbd\n"));
}

void TestLogCommand::failedPrintsTheStepThenTheLinesThatExplain()
{
    const CommandRun result = run(args(kFailing, {QString::number(lastBuild(kFailing)), u"--failed"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.chopped(1).split('\n');
    QCOMPARE(lines.first(), "Failed step: Run unit tests");
    QVERIFY(lines.size() > 5);
    QVERIFY(lines.size() <= 1 + 200);
    QVERIFY(result.out.contains("LoginViewModelTest > rejectsEmptyPassword FAILED\n"));
    QVERIFY(result.out.contains("* What went wrong:\n"));
    QVERIFY(!holdsControls(result.out));
    QVERIFY(!result.out.contains("Downloading https://services.gradle.org"));   // not the whole log
}

void TestLogCommand::failedForABuildThatDidNotFail()
{
    const CommandRun result = run(args(kFirst, {QString::number(lastBuild(kFirst)), u"--failed"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("did not fail"), result.err.constData());
}

void TestLogCommand::followPrintsARunningBuildAsItGrows()
{
    // Two runs at once: one fails (exit 1), one succeeds (exit 0), each followed to its end.
    struct Followed
    {
        QString job;
        int number = 0;
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QByteArray out;
        bool sawOutputWhileRunning = false;
    };
    std::array<Followed, 2> followed;
    followed[0].job = kFailing;
    followed[1].job = kFirst;
    for (Followed &f : followed) {
        f.number = startRun(f.job);
        QVERIFY(f.number > 0);
        f.process->start(m_executable, args(f.job, {QString::number(f.number), u"--follow"_qs}));
        f.process->write(kToken + '\n');
        f.process->closeWriteChannel();
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60'000) {
        bool running = false;
        for (Followed &f : followed) {
            f.process->waitForReadyRead(50);
            f.out += f.process->readAllStandardOutput();
            if (f.process->state() != QProcess::NotRunning) {
                running = true;
                f.sawOutputWhileRunning = f.sawOutputWhileRunning || f.out.contains("==== Install dependencies");
            }
        }
        if (!running)
            break;
    }
    for (Followed &f : followed) {
        QCOMPARE(f.process->state(), QProcess::NotRunning);
        f.out += f.process->readAllStandardOutput();
        const QByteArray err = f.process->readAllStandardError();
        const bool fails = f.job == kFailing;
        QCOMPARE(f.process->exitCode(), fails ? 1 : 0);
        QVERIFY2(f.sawOutputWhileRunning, "the log came as the build ran, not at its end");
        QVERIFY2(err.contains(fails ? "failure" : "success"), err.constData());
        // Each line once, in order: the same as the whole log read afterwards.
        const QString expected = LogSanitizer::sanitized(downloaded(f.job, f.number), LogSanitizer::Mode::Plain);
        QCOMPARE(QString::fromUtf8(f.out), expected);
        QVERIFY(f.out.contains(fails ? "finished: FAILED\n" : "finished: SUCCESS\n"));
    }
}

void TestLogCommand::followAnEndedBuildExitsAsItEnded()
{
    const CommandRun failed = run(args(kFailing, {QString::number(lastBuild(kFailing)), u"--follow"_qs}));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.contains("finished: FAILED\n"));
    const CommandRun succeeded = run(args(kFirst, {QString::number(lastBuild(kFirst)), u"--follow"_qs}));
    QCOMPARE(succeeded.exitCode, 0);
    QVERIFY(succeeded.out.contains("finished: SUCCESS\n"));
}

void TestLogCommand::runningBuildWithoutFollowIsItsLogSoFar()
{
    const QString job = QLatin1String(DemoBuilds::runningJob);
    const CommandRun result = run(args(job));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("==== Prepare (initial)"));
    QVERIFY(!result.out.contains(" finished: SUCCESS\n[CodeArts] "));
    QVERIFY2(result.err.contains("still running"), result.err.constData());
}

void TestLogCommand::outputSavesTheBytesAsSent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"build.log"_qs);
    const CommandRun result = run(args(kFirst, {u"3"_qs, u"--output"_qs, path}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.isEmpty(), result.err.constData());   // no progress line: stderr is no terminal
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(saved, downloaded(kFirst, 3));
    QVERIFY(saved.contains("\xbe\xaf\xb8\xe6"));   // GBK, escapes and CR LF kept byte for byte
    QVERIFY(saved.contains("\x1b]52;c;"));
    QVERIFY(saved.contains("\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"build.log"_qs});
}

void TestLogCommand::outputNeverReplacesWithoutForce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"build.log"_qs);
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\n");
    existing.close();
    const int before = m_sandbox.requestCount();
    const CommandRun refused = run(args(kFirst, {u"3"_qs, u"--output"_qs, path}));
    QCOMPARE(refused.exitCode, 2);
    verifyErrorLine(refused);
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(m_sandbox.requestCount(), before);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me\n"));
    existing.close();

    const CommandRun forced = run(args(kFirst, {u"3"_qs, u"--output"_qs, path, u"--force"_qs}));
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), downloaded(kFirst, 3));
}

void TestLogCommand::outputToAnUnwritablePlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/build.log"_qs);
    const int before = m_sandbox.requestCount();
    const CommandRun result = run(args(kFirst, {u"3"_qs, u"--output"_qs, path}));
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QCOMPARE(m_sandbox.requestCount(), before);
    // A failed download leaves no file behind.
    const QString unknown = dir.filePath(u"unknown.log"_qs);
    const CommandRun notFound = run(args(kFirst, {u"999999"_qs, u"--output"_qs, unknown}));
    QCOMPARE(notFound.exitCode, 4);
    QVERIFY(!QFile::exists(unknown));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestLogCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("job");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorText");
    QTest::newRow("unknown build") << QStringList{u"999999"_qs} << kFirst << 4 << QString();
    QTest::newRow("unknown build, --failed") << QStringList{u"999999"_qs, u"--failed"_qs} << kFirst << 4 << QString();
    QTest::newRow("deleted job") << QStringList() << u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_qs << 4 << QString();
    QTest::newRow("no permission") << QStringList{u"3"_qs} << u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs << 3 << u"is_view"_qs;
    QTest::newRow("no permission, last build") << QStringList() << u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs << 3
                                               << u"is_view"_qs;
}

void TestLogCommand::exitCodes()
{
    QFETCH(QStringList, more);
    QFETCH(QString, job);
    QFETCH(int, exitCode);
    QFETCH(QString, errorText);
    const CommandRun result = run(args(job, more));
    QCOMPARE(result.exitCode, exitCode);
    verifyErrorLine(result);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(errorText.toUtf8()), result.err.constData());
    const CommandRun badToken = run(args(kFirst, {u"3"_qs}), "wrong-token\n");
    QCOMPARE(badToken.exitCode, 3);
}

void TestLogCommand::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no job") << QStringList{u"log"_qs};
    QTest::newRow("bad job") << QStringList{u"log"_qs, u"nope"_qs};
    QTest::newRow("bad number") << QStringList{u"log"_qs, kFirst, u"abc"_qs};
    QTest::newRow("number 0") << QStringList{u"log"_qs, kFirst, u"0"_qs};
    QTest::newRow("three positionals") << QStringList{u"log"_qs, kFirst, u"3"_qs, u"4"_qs};
    QTest::newRow("failed and follow") << QStringList{u"log"_qs, kFirst, u"--failed"_qs, u"--follow"_qs};
    QTest::newRow("output and failed") << QStringList{u"log"_qs, kFirst, u"--output"_qs, u"x.log"_qs, u"--failed"_qs};
    QTest::newRow("output and follow") << QStringList{u"log"_qs, kFirst, u"--output"_qs, u"x.log"_qs, u"--follow"_qs};
    QTest::newRow("force alone") << QStringList{u"log"_qs, kFirst, u"--force"_qs};
    QTest::newRow("unknown option") << QStringList{u"log"_qs, kFirst, u"--tail"_qs};
}

void TestLogCommand::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    const int before = m_sandbox.requestCount();
    const CommandRun result = run(arguments + QStringList{u"--endpoint"_qs, m_sandbox.baseUrl().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 2);
    verifyErrorLine(result);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_sandbox.requestCount(), before);
}

void TestLogCommand::badAnswersAndNetworkFailures()
{
    // A gateway's web page instead of the log page: a bad answer.
    HostileServer html([](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            return void(socket->write(jsonAnswer(200, kEndedRecord)));
        const QByteArray page = "<html><body>502 Bad Gateway</body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page.size())
                      + "\r\n\r\n" + page);
    });
    const CommandRun bad = run({u"log"_qs, kFirst, u"5"_qs, u"--endpoint"_qs, html.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(bad.exitCode, 5);
    verifyErrorLine(bad);
    QVERIFY(bad.out.isEmpty());
    // Nor is the page saved as the log.
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"build.log"_qs);
    const CommandRun notSaved =
        run({u"log"_qs, kFirst, u"5"_qs, u"--output"_qs, saved, u"--endpoint"_qs, html.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(notSaved.exitCode, 5);
    verifyErrorLine(notSaved);
    QVERIFY(!QFile::exists(saved));
    // Nobody listening: a network failure.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString endpoint = u"http://127.0.0.1:"_qs + QString::number(closed.serverPort());
    closed.close();
    const CommandRun network = run({u"log"_qs, kFirst, u"5"_qs, u"--endpoint"_qs, endpoint, u"--token-stdin"_qs});
    QCOMPARE(network.exitCode, 6);
    verifyErrorLine(network);
}

void TestLogCommand::throttlingIsWaitedFor()
{
    auto downloads = std::make_shared<std::atomic<int>>(0);
    HostileServer server([downloads](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if ((*downloads)++ == 0)
            socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n");
        else
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 5\r\n\r\ndone\n");
    });
    const CommandRun result = run({u"log"_qs, kFirst, u"5"_qs, u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("done\n"));
    QVERIFY2(result.err.startsWith("warning: ") && result.err.contains("throttling"), result.err.constData());
    QCOMPARE(server.requests(), 3);
}

void TestLogCommand::refusedDownloadFallsBackToThePages()
{
    const QByteArray page = R"({"result":{"has_more":false,"start_offset":"0","end_offset":"1","log":"from the pages\n"},"status":"success"})";
    HostileServer server([page](QTcpSocket *socket, const QByteArray &request) {
        if (request.contains("/record-info"))
            socket->write(jsonAnswer(200, kEndedRecord));
        else if (request.contains("/download-log"))
            socket->write(jsonAnswer(403, R"({"error_code":"CB.00000003","error_msg":"no permission"})"));
        else
            socket->write(jsonAnswer(200, page));
    });
    const CommandRun result = run({u"log"_qs, kFirst, u"5"_qs, u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("from the pages\n"));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(server.requests(), 3);
}

void TestLogCommand::verboseRedactsTheToken()
{
    // An ended build's log is one download; a running build's is read page by page.
    const CommandRun result = run(args(kFirst, {u"3"_qs, u"--verbose"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("/download-log?log_level=INFO"));
    QVERIFY(!result.err.contains("/real-time-log"));
    const CommandRun running = run(args(QLatin1String(DemoBuilds::runningJob), {u"--verbose"_qs}));
    QCOMPARE(running.exitCode, 0);
    QVERIFY(running.err.contains("/real-time-log?start_offset=0&end_offset=1000&sort=AES&size=1000"));
    QVERIFY(!running.err.contains("/download-log"));
    QVERIFY(!running.err.contains(kToken));
    QVERIFY(result.err.contains("X-Auth-Token: <redacted"));
    QVERIFY(!holdsControls(result.out));
}

void TestLogCommand::helpNamesTheCommand()
{
    const CommandRun result = run({u"log"_qs, u"--help"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: codearts-inspector log JOB [NUMBER] [--failed] [--follow] [--output FILE]"));
    QVERIFY(result.out.contains("[--force] [connection options]"));
    const CommandRun demo = run({u"log"_qs, kFailing, u"3"_qs, u"--demo"_qs, u"--failed"_qs}, {});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

QTEST_GUILESS_MAIN(TestLogCommand)
#include "tst_logcommand.moc"
