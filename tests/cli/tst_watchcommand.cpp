// `watch` through the real executable against its own demo sandbox, whose changing jobs run
// 100 times faster (CODEARTS_INSPECTOR_DEMO_SPEED): the watch's clock follows the sandbox's.
#include "commandrun.h"
#include "hostileserver.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <csignal>

namespace {

QProcessEnvironment fastDemo(const QString &speed = u"100"_qs, int columns = 0)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(DemoWatchJobs::kSpeedVariable), speed);
    environment.remove(u"COLUMNS"_qs);
    if (columns > 0)
        environment.insert(u"COLUMNS"_qs, QString::number(columns));
    return environment;
}

// The text lines without the table's header.
QStringList rows(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty() && lines.first().startsWith(u"TIME "))
        lines.removeFirst();
    return lines;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning() << "not a JSON object:" << line;
        lines.append(document.object());
    }
    return lines;
}

} // namespace

class TestWatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
        QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    }

    void untilFinishedWithExitStatusReportsTheFailure()
    {
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::nightly),
                                               u"--interval"_qs, u"5"_qs, u"--until-finished"_qs,
                                               u"--exit-status"_qs, u"--json"_qs},
                                              {}, fastDemo());
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        const QJsonObject &first = lines.first();
        QCOMPARE(first.keys(), (QStringList{u"from"_qs, u"health_score"_qs, u"job_id"_qs, u"job_name"_qs,
                                            u"last_build_status"_qs, u"running_status"_qs, u"time"_qs, u"to"_qs}));
        QVERIFY(first[u"from"].isNull());
        QCOMPARE(first[u"to"].toString(), u"running"_qs);
        QCOMPARE(first[u"job_id"].toString(), QLatin1String(DemoWatchJobs::nightly));
        QCOMPARE(first[u"job_name"].toString(), u"nightly-integration"_qs);
        QVERIFY(first[u"time"].toString().endsWith(u'Z'));
        QVERIFY(QDateTime::fromString(first[u"time"].toString(), Qt::ISODate).isValid());
        const QJsonObject &second = lines.last();
        QCOMPARE(second[u"from"].toString(), u"running"_qs);
        QCOMPARE(second[u"to"].toString(), u"failed"_qs);
        QCOMPARE(second[u"last_build_status"].toString(), u"failed"_qs);
        QCOMPARE(second[u"health_score"].toInt(), 40);
        // A change to failed says why: the failed step, and the log's line that explains it.
        QCOMPARE(second.keys(), (QStringList{u"error"_qs, u"failed_step"_qs, u"from"_qs, u"health_score"_qs, u"job_id"_qs,
                                             u"job_name"_qs, u"last_build_status"_qs, u"running_status"_qs, u"time"_qs,
                                             u"to"_qs}));
        QCOMPARE(second[u"failed_step"].toString(), u"Run unit tests"_qs);
        QCOMPARE(second[u"error"].toString(), u"--- FAIL: TestTransform (0.01s)"_qs);
    }

    void textLinesCarryTimeJobNameChangeBuildNumberAndHealth()
    {
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::nightly),
                                               u"--interval"_qs, u"5"_qs, u"--until-finished"_qs},
                                              {}, fastDemo(u"100"_qs, 200));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(QRegularExpression(u"^TIME +JOB +NAME +CHANGE +BUILD +HEALTH +WHY$"_qs).match(lines[0]).hasMatch(), qPrintable(lines[0]));
        // Local time, as every time for people; the nightly build of the first demo cycle is
        // number 100 (ShowRunningStatus says so).
        const QString start = u"^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)  "_qs + QLatin1String(DemoWatchJobs::nightly)
            + u"  nightly-integration +"_qs;
        const QRegularExpressionMatch first = QRegularExpression(start + u"- -> running +#100 +70$"_qs).match(lines[1]);
        QVERIFY2(first.hasMatch(), qPrintable(lines[1]));
        const QDateTime seen = QDateTime::fromString(first.captured(1), u"yyyy-MM-dd HH:mm:ss"_qs);
        QVERIFY(qAbs(seen.secsTo(QDateTime::currentDateTime())) < 120);
        // A change to failed says why: the failed step and the line of its log that explains it.
        QVERIFY2(QRegularExpression(start + u"running -> failed +#100 +40 +at Run unit tests: --- FAIL: TestTransform \\(0\\.01s\\)$"_qs)
                     .match(lines[2]).hasMatch(),
                 qPrintable(lines[2]));
    }

    // In 80 columns (the width when it is unknown) the lines fit: the job ID gives way first.
    void textLinesFitEightyColumns()
    {
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::nightly),
                                               u"--interval"_qs, u"5"_qs, u"--until-finished"_qs},
                                              {}, fastDemo());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY2(lines[1].contains(u"nightly-integration"_qs) && lines[1].contains(u"- -> running"_qs), qPrintable(lines[1]));
        // Why the build failed ends its row, cut to fit: the failed step, then the line.
        QVERIFY2(lines[2].contains(u"running -> failed"_qs) && lines[2].contains(u"at Run unit"_qs), qPrintable(lines[2]));
    }

    void untilFinishedEndsAtOnceWhenNothingRuns()
    {
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::busyGateway),
                                               u"--until-finished"_qs, u"--exit-status"_qs},
                                              {}, fastDemo());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(u"busy-gateway-build +- -> success"_qs).match(QString::fromUtf8(run.out)).hasMatch(),
                 run.out.constData());
    }

    void printsEveryChangeUntilCtrlC()
    {
        QProcess process;
        process.setProcessEnvironment(fastDemo());
        process.start(m_executable, {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::hotfix),
                                     QLatin1String(DemoWatchJobs::busyGateway), u"--interval"_qs, u"5"_qs});
        QVERIFY(process.waitForStarted());
        // A whole demo cycle (4 clock minutes) is 2.4 s: wait for the recovery.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("running -> success"), 30'000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10'000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString text = QString::fromUtf8(out);
        QVERIFY2(QRegularExpression(u"checkout-hotfix +failed -> running"_qs).match(text).hasMatch(), out.constData());
        QVERIFY(QRegularExpression(u"checkout-hotfix +- -> "_qs).match(text).hasMatch());
        // The throttled job is backed off, said once on stderr, and never printed as a change.
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count("throttling"), 1);
        QCOMPARE(out.count("busy-gateway-build"), 1);
    }

    // Retry-After: 999999999 is not a wait of 31 years: at most an hour, and said so, once.
    void retryAfterIsCappedAndSaidOnce()
    {
        HostileServer server(HostileServer::canned("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 999999999\r\n"
                                                   "Content-Type: application/json\r\nContent-Length: 2\r\n"
                                                   "Connection: close\r\n\r\n{}"));
        QProcess process;
        process.setProcessEnvironment(fastDemo());
        process.start(m_executable, {u"watch"_qs, QLatin1String(DemoWatchJobs::nightly), QLatin1String(DemoWatchJobs::hotfix),
                                     u"--endpoint"_qs, server.url().toString(), u"--token-stdin"_qs});
        process.write("a-token\n");
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests() >= 1, 10'000);
        QTest::qWait(1000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count("warning: "), 1);
        QVERIFY2(err.contains("longer than an hour") && err.contains("waiting an hour"), err.constData());
        QVERIFY2(!err.contains("999999"), err.constData());
        QCOMPARE(server.requests(), 2); // one per job, sent at once; then the endpoint is left alone
    }

    // Every request counts against the endpoint's 30 a minute, the build-number lookups
    // (ShowRunningStatus) as much as the polls: 300 jobs answered at once still make at most 30
    // requests in the first seconds.
    void lookupsCountAgainstTheBudget()
    {
        std::atomic<int> lookups = 0;
        HostileServer server([&lookups](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray path = request.split(' ').value(1);
            const QByteArray job = path.split('/').value(3);
            QByteArray body;
            if (path.endsWith("/running-status")) {
                ++lookups;
                body = R"({"status":"success","result":{"is_running":false,"last_build_no":"7"}})";
            } else {
                body = R"({"status":"success","result":{"id":")" + job + R"(","job_name":"job-)" + job.left(6)
                    + R"(","last_build_status":"success","running_status":"Finished","last_build_time":1767225600000}})";
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        QStringList arguments{u"watch"_qs};
        for (int i = 0; i < 300; ++i)
            arguments << QString::number(i, 16).rightJustified(32, u'a');
        arguments << u"--endpoint"_qs << server.url().toString() << u"--token-stdin"_qs;
        QProcess process;
        process.setProcessEnvironment(fastDemo());
        process.start(m_executable, arguments);
        process.write("a-token\n");
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests() >= 30, 10'000);
        QTest::qWait(3000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(server.requests(), 30);
        QVERIFY2(lookups > 0, "the lookups were left no room at all");
        // What was seen is printed when the watch ends, with or without its number.
        QCOMPARE(rows(process.readAllStandardOutput()).size(), server.requests() - lookups);
    }

    // When the failed build's log cannot be had (no permission, throttled), the line says null
    // and the watch goes on; the log is asked for once, within the watch's budget.
    void failureWithoutItsLogSaysNull_data()
    {
        QTest::addColumn<QByteArray>("download");
        QTest::addColumn<bool>("throttled");
        QTest::newRow("no permission") << QByteArray(R"({"error_code":"CB.00060102","error_msg":"No permission"})") << false;
        QTest::newRow("throttled") << QByteArray(R"({"error_code":"CB.00060211","error_msg":"Too many requests"})") << true;
    }
    void failureWithoutItsLogSaysNull()
    {
        QFETCH(QByteArray, download);
        QFETCH(bool, throttled);
        const QString job = u"0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"_qs;
        auto polls = std::make_shared<std::atomic<int>>(0);
        auto downloads = std::make_shared<std::atomic<int>>(0);
        HostileServer server([=](QTcpSocket *socket, const QByteArray &request) {
            const auto json = [socket](int status, const QByteArray &body) {
                socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                              "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            };
            if (request.contains("/info ")) {
                const bool running = (*polls)++ == 0;
                json(200, R"({"status":"success","result":{"id":")" + job.toLatin1() + R"(","job_name":"broken-build",)"
                              + (running ? R"("running_status":"Running","last_build_status":"running")"
                                         : R"("running_status":"Finished","last_build_status":"failed")")
                              + R"(,"last_build_time":1765000000000,"health_score":40}})");
            } else if (request.contains("/running-status")) {
                json(200, R"({"status":"success","result":{"last_build_no":"7","is_running":false}})");
            } else if (request.contains("/record-info")) {
                json(200, R"({"status":"success","result":{"id":"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b","status":"FAILED"}})");
            } else if (request.contains("/full-stages")) {
                json(200, R"({"status":"success","result":{"build_stages":{"stage1":{"status":"FAILED","display_name":"Compile","sequence":1}}}})");
            } else if (request.contains("/download-log")) {
                ++*downloads;
                json(throttled ? 500 : 403, download);
            } else {
                json(404, R"({"error_code":"APIG.0101","error_msg":"not published"})");
            }
        });
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, job, u"--endpoint"_qs, server.url().toString(),
                                               u"--token-stdin"_qs, u"--interval"_qs, u"1"_qs, u"--until-finished"_qs,
                                               u"--json"_qs},
                                              DemoSandbox::demoToken() + '\n', QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.last()[u"to"].toString(), u"failed"_qs);
        QCOMPARE(lines.last()[u"failed_step"].toString(), u"Compile"_qs);
        QVERIFY(lines.last().contains(u"error"_qs));
        QVERIFY(lines.last()[u"error"].isNull());
        QCOMPARE(downloads->load(), 1);
        QCOMPARE(run.err.contains("throttling"), throttled);   // the whole endpoint backs off
    }

    void expiredTokenEndsTheWatchWithTheShowExitCode()
    {
        const CommandRun run = CommandRun::of(m_executable,
                                              {u"watch"_qs, u"--demo"_qs, QLatin1String(DemoWatchJobs::expiringToken),
                                               u"--interval"_qs, u"5"_qs},
                                              {}, fastDemo());
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains("expiring-token-build"));
        QVERIFY2(run.err.contains("token"), run.err.constData());
    }

    void usageErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no jobs") << QStringList{u"watch"_qs, u"--region"_qs, u"cn-north-4"_qs};
        QTest::newRow("bad job") << QStringList{u"watch"_qs, u"--demo"_qs, u"not-a-job"_qs};
        QTest::newRow("exit-status alone") << QStringList{u"watch"_qs, u"--demo"_qs, u"--exit-status"_qs};
        QTest::newRow("interval") << QStringList{u"watch"_qs, u"--demo"_qs, u"--interval"_qs, u"0"_qs};
        QTest::newRow("two sources") << QStringList{u"watch"_qs, u"--demo"_qs, u"--region"_qs, u"cn-north-4"_qs};
    }
    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        const CommandRun run = CommandRun::of(m_executable, arguments, {}, fastDemo());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith("error: "));
    }

private:
    QString m_executable;
};

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"
