#include "commandrun.h"
#include "recordingserver.h"
#include "sandbox/demosandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kToken = DemoSandbox::demoToken();
}

// `jobs` and `projects` through the real executable, against the demo sandbox.
class TestJobCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
        QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
        QVERIFY(m_sandbox.start());
    }

    void defaultLimitJson()
    {
        const CommandRun result = run({u"jobs"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray jobs = array(result.out);
        QCOMPARE(jobs.size(), 50);
        const QJsonObject first = jobs.first().toObject();
        for (const char *name : {"id", "job_name", "project_id", "project_name", "last_build_status"})
            QVERIFY2(first.value(QLatin1String(name)).isString(), name);
        QVERIFY(first.value(u"last_build_time").isDouble());
        QVERIFY(first.value(u"last_build_time").toInteger() > 1'600'000'000'000LL);
        QVERIFY(first.value(u"favorite").isBool());
        QVERIFY(first.value(u"health_score").isDouble());
        // ListJob sends build_number as a string; the output has it as a number.
        QVERIFY(first.value(u"build_number").isDouble());
    }

    void allJobs()
    {
        const CommandRun result = run({u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray jobs = array(result.out);
        QCOMPARE(jobs.size(), 1200);
        QSet<QString> ids;
        for (const QJsonValue &job : jobs)
            ids.insert(job[u"id"].toString());
        QCOMPARE(ids.size(), 1200);
        QVERIFY(ids.contains(DemoSandbox::firstJobId()));
    }

    void searchAndStatus()
    {
        const CommandRun result = run({u"jobs"_qs, u"--search"_qs, u"支付"_qs, u"--status"_qs, u"failed"_qs,
                                       u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray jobs = array(result.out);
        QVERIFY(jobs.size() > 3);
        for (const QJsonValue &job : jobs) {
            QVERIFY(job[u"job_name"].toString().contains(u"支付"));
            QCOMPARE(job[u"last_build_status"].toString(), u"red"_qs);
        }
    }

    void projectByNameAndId()
    {
        const CommandRun projects = run({u"projects"_qs, u"--json"_qs});
        QCOMPARE(projects.exitCode, 0);
        const QJsonArray list = array(projects.out);
        QCOMPARE(list.size(), 6);
        QString id;
        for (const QJsonValue &project : list) {
            if (project[u"name"].toString() == u"移动应用")
                id = project[u"identifier"].toString();
        }
        QCOMPARE(id.size(), 32);

        const CommandRun byName = run({u"jobs"_qs, u"--project"_qs, u"移动应用"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(byName.exitCode, 0);
        const QJsonArray jobs = array(byName.out);
        QVERIFY(jobs.size() > 100);
        for (const QJsonValue &job : jobs) {
            QCOMPARE(job[u"project_id"].toString(), id);
            QCOMPARE(job[u"project_name"].toString(), u"移动应用"_qs);
        }
        const CommandRun byId = run({u"jobs"_qs, u"--project"_qs, id, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(array(byId.out).size(), jobs.size());

        const CommandRun table = run({u"projects"_qs});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("ID"));
        QVERIFY(table.out.contains(id.toUtf8()));
        QCOMPARE(table.out.count('\n'), 7);
    }

    void table()
    {
        const CommandRun result = run({u"jobs"_qs, u"--search"_qs, u"payment-service-ci"_qs});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QVERIFY(lines.first().startsWith("NAME"));
        QVERIFY(lines.first().contains("LAST BUILD"));
        QVERIFY(lines.at(1).startsWith("payment-service-ci "));
        QVERIFY(lines.at(1).contains(DemoSandbox::firstJobId().toLatin1()));
        QVERIFY(lines.at(1).contains(" success "));
    }

    void emptyResult()
    {
        const CommandRun json = run({u"jobs"_qs, u"--search"_qs, u"no-such-job-anywhere"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, QByteArray("[]\n"));
        const CommandRun table = run({u"jobs"_qs, u"--search"_qs, u"no-such-job-anywhere"_qs});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count('\n'), 1); // the header alone
        const CommandRun projects = run({u"projects"_qs, u"--search"_qs, u"no-such-project"_qs, u"--json"_qs});
        QCOMPARE(projects.exitCode, 0);
        QCOMPARE(projects.out, QByteArray("[]\n"));
    }

    void usageErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList{u"jobs"_qs, u"--status"_qs, u"blue"_qs};
        QTest::newRow("negative limit") << QStringList{u"jobs"_qs, u"--limit"_qs, u"-1"_qs};
        QTest::newRow("limit text") << QStringList{u"jobs"_qs, u"--limit"_qs, u"all"_qs};
        QTest::newRow("positional") << QStringList{u"jobs"_qs, u"payment"_qs};
        QTest::newRow("unknown option") << QStringList{u"jobs"_qs, u"--colour"_qs};
        QTest::newRow("projects positional") << QStringList{u"projects"_qs, u"x"_qs};
    }

    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        const int before = m_sandbox.requestCount();
        const CommandRun result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith("error: ") && result.err.count('\n') == 1, result.err.constData());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_sandbox.requestCount(), before);
    }

    void unknownProjectName()
    {
        const CommandRun result = run({u"jobs"_qs, u"--project"_qs, u"No Such Project"_qs});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith("error: "));
    }

    void exitCodes()
    {
        const CommandRun rejected = run({u"jobs"_qs}, "not-the-demo-token\n");
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY(rejected.out.isEmpty());

        const QByteArray body = R"({"error_code":"CB.00060101","error_msg":"Internal error"})";
        RecordingServer broken("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                               "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        const CommandRun apiError = runServing(
            {u"jobs"_qs, u"--json"_qs, u"--endpoint"_qs, broken.url().toString(), u"--token-stdin"_qs});
        QCOMPARE(apiError.exitCode, 5);
        QVERIFY(apiError.err.contains("CB.00060101"));

        RecordingServer closed;
        const QString url = closed.url().toString();
        closed.close();
        const CommandRun network = CommandRun::of(m_executable, {u"projects"_qs, u"--endpoint"_qs, url, u"--token-stdin"_qs},
                                                  kToken + '\n', QProcessEnvironment::systemEnvironment());
        QCOMPARE(network.exitCode, 6);
    }

    void demoNeedsNoToken()
    {
        const CommandRun result = CommandRun::of(m_executable, {u"jobs"_qs, u"--demo"_qs, u"--limit"_qs, u"3"_qs, u"--json"_qs},
                                                 {}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(array(result.out).size(), 3);
    }

private:
    CommandRun run(QStringList arguments, const QByteArray &stdinData = kToken + '\n')
    {
        arguments << u"--endpoint"_qs << m_sandbox.baseUrl().toString() << u"--token-stdin"_qs;
        const CommandRun result = CommandRun::of(m_executable, arguments, stdinData,
                                                 QProcessEnvironment::systemEnvironment());
        if (result.out.contains(kToken) || result.err.contains(kToken))
            qFatal("the token was printed");
        return result;
    }

    // For servers on this thread: waits in the event loop, so that they can answer.
    CommandRun runServing(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_executable, arguments);
        process.write(kToken + '\n');
        process.closeWriteChannel();
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(30'000))
            qWarning("command did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QJsonArray array(const QByteArray &out)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning() << "not a JSON array:" << out.left(300);
        return document.array();
    }

    QString m_executable;
    DemoSandbox m_sandbox;
};

QTEST_GUILESS_MAIN(TestJobCommands)
#include "tst_jobcommands.moc"
