#include "cli/terminal.h"
#include "commandrun.h"
#include "hostileserver.h"
#include "recordingserver.h"
#include "sandbox/demosandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <atomic>

namespace {
const QByteArray kToken = DemoSandbox::demoToken();

// The page a list request asks for (page_index from 0, or page_no from 1) and its size.
std::pair<int, int> askedPage(const QByteArray &request)
{
    const QByteArray target = request.split(' ').value(1);
    const QUrlQuery query(QUrl::fromEncoded(target).query());
    const int size = query.queryItemValue(u"page_size"_qs).toInt();
    if (query.hasQueryItem(u"page_no"_qs))
        return {query.queryItemValue(u"page_no"_qs).toInt() - 1, size};
    return {query.queryItemValue(u"page_index"_qs).toInt(), size};
}

QByteArray jsonAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

// The answer to a list `request` (ListJob, or ListRelatedProjectInfo for projects): `count`
// items named job-<first>..., announcing `total`.
QByteArray listAnswer(const QByteArray &request, qint64 first, int count, qint64 total, const QByteArray &longName = {},
                      qint64 longAt = -1)
{
    const bool projects = request.contains("/related-page");
    QByteArray items;
    items.reserve(count * 100 + longName.size());
    for (int i = 0; i < count; ++i) {
        const qint64 n = first + i;
        const QByteArray id = QByteArray::number(n, 16).rightJustified(32, '0');
        const QByteArray name = n == longAt ? longName : "job-" + QByteArray::number(n);
        const QByteArray item = projects
            ? QByteArray(R"({"identifier":")" + id + R"(","name":")" + name + R"("})")
            : QByteArray(R"({"id":")" + id + R"(","job_name":")" + name + R"(","last_build_status":"blue"})");
        items += (i ? "," : "") + item;
    }
    return jsonAnswer(R"({"status":"success","result":{")" + QByteArray(projects ? "project_info_list" : "job_list")
                      + R"(":[)" + items + R"(],"total":)" + QByteArray::number(total) + "}}");
}

int widestLine(const QByteArray &out)
{
    int widest = 0;
    for (const QByteArray &line : out.split('\n'))
        widest = qMax(widest, CommandLine::cellWidth(QString::fromUtf8(line)));
    return widest;
}
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
        // 80 columns when the width is unknown (a pipe): the ID shortened, as git does.
        const CommandRun result = run({u"jobs"_qs, u"--search"_qs, u"payment-service-ci"_qs});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QVERIFY(lines.first().startsWith("NAME"));
        QVERIFY(lines.first().contains("LAST BUILD"));
        QVERIFY(lines.at(1).startsWith("payment-service-ci "));
        const QByteArray shortId = " " + DemoSandbox::firstJobId().left(8).toLatin1() + " ";
        QVERIFY2(lines.at(1).contains(shortId), lines.at(1).constData());
        QVERIFY(lines.at(1).contains(" success "));
        QVERIFY(!result.out.contains('\x1b')); // no colour in a pipe
        // A wide terminal has room for the whole ID.
        const CommandRun wide = run({u"jobs"_qs, u"--search"_qs, u"payment-service-ci"_qs}, kToken + '\n', {{u"COLUMNS"_qs, u"200"_qs}});
        QVERIFY(wide.out.split('\n').at(1).contains(DemoSandbox::firstJobId().toLatin1()));
    }

    // Every line fits the width, whatever it is; the least important columns go first.
    void tableFitsTheWidth_data()
    {
        QTest::addColumn<int>("width");
        for (const int width : {40, 60, 80, 100, 200})
            QTest::addRow("%d columns", width) << width;
    }

    void tableFitsTheWidth()
    {
        QFETCH(int, width);
        const CommandRun result = run({u"jobs"_qs, u"--limit"_qs, u"300"_qs}, kToken + '\n',
                                      {{u"COLUMNS"_qs, QString::number(width)}});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 301);
        QVERIFY2(widestLine(result.out) <= width, result.out.left(400).constData());
        const QByteArray header = result.out.left(result.out.indexOf('\n'));
        QVERIFY(header.startsWith("NAME") && header.contains("STATUS"));
        if (width <= 60)
            QVERIFY2(!header.contains("PROJECT"), header.constData());
    }

    // Colour for states only on request (or on a terminal), never with NO_COLOR or in JSON.
    void colour()
    {
        const QStringList arguments{u"jobs"_qs, u"--search"_qs, u"payment-service-ci"_qs};
        const CommandRun always = run(arguments + QStringList{u"--color=always"_qs});
        QVERIFY2(always.out.contains("\x1b[32msuccess\x1b[0m"), always.out.constData());
        QVERIFY(!always.out.left(always.out.indexOf('\n')).contains('\x1b')); // not the header
        const CommandRun never = run(arguments + QStringList{u"--color"_qs, u"never"_qs}, kToken + '\n');
        QVERIFY(!never.out.contains('\x1b'));
        const CommandRun noColor = run(arguments + QStringList{u"--color=auto"_qs}, kToken + '\n', {{u"NO_COLOR"_qs, u"1"_qs}});
        QVERIFY(!noColor.out.contains('\x1b'));
        const CommandRun json = run(arguments + QStringList{u"--color=always"_qs, u"--json"_qs});
        QVERIFY(!json.out.contains('\x1b'));
    }

    // total 10^9 and every page the same: paging stops at the first page with nothing new,
    // says the list may be incomplete, and prints what it had.
    void repeatedPagesEndTheList_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("jobs, all") << QStringList{u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs};
        QTest::newRow("jobs, table") << QStringList{u"jobs"_qs, u"--limit"_qs, u"0"_qs};
        QTest::newRow("projects") << QStringList{u"projects"_qs, u"--json"_qs};
    }

    void repeatedPagesEndTheList()
    {
        QFETCH(QStringList, arguments);
        HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
            socket->write(listAnswer(request, 0, 100, 1'000'000'000));
        });
        const CommandRun result = runAgainst(server, arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.startsWith("warning: ") && result.err.contains("may be incomplete"), result.err.constData());
        QVERIFY2(server.requests() <= 1 + 4 + 1, qPrintable(QString::number(server.requests())));
        if (arguments.contains(u"--json"_qs))
            QCOMPARE(array(result.out).size(), 100);
        else
            QCOMPARE(result.out.count('\n'), 101);
    }

    // Out-of-range numbers and dates are unknown, not a date of the year 82269 or "never".
    void outOfRangeValuesAreUnknown()
    {
        HostileServer server(HostileServer::canned(jsonAnswer(R"({"status":"success","result":{"total":5,"job_list":[
            {"id":"a0000000000000000000000000000001","job_name":"year-82269","last_build_time":2534023008000000,"health_score":101},
            {"id":"a0000000000000000000000000000002","job_name":"year-1","last_build_time":-62135596800000,"health_score":-4},
            {"id":"a0000000000000000000000000000003","job_name":"never-built","last_build_time":0},
            {"id":"a0000000000000000000000000000004","job_name":"no-time"},
            {"id":"a0000000000000000000000000000005","job_name":"unreadable","last_build_time":"soon"}]}})")));
        const CommandRun result = runAgainst(server, {u"jobs"_qs});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const auto row = [&lines](const QString &name) {
            for (const QString &line : lines) {
                if (line.startsWith(name + u' '))
                    return line.simplified();
            }
            return QString();
        };
        QVERIFY2(row(u"year-82269"_qs).endsWith(u"- unknown"_qs), qPrintable(row(u"year-82269"_qs)));
        QVERIFY2(row(u"year-1"_qs).endsWith(u"- unknown"_qs), qPrintable(row(u"year-1"_qs)));
        QVERIFY2(row(u"never-built"_qs).endsWith(u"never"_qs), qPrintable(row(u"never-built"_qs)));
        QVERIFY2(row(u"no-time"_qs).endsWith(u"never"_qs), qPrintable(row(u"no-time"_qs)));
        QVERIFY2(row(u"unreadable"_qs).endsWith(u"unknown"_qs), qPrintable(row(u"unreadable"_qs)));
    }

    // Pages of 20,000 items where 100 were asked for: only the 100 count, once said.
    void oversizedPagesAreCut()
    {
        HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
            socket->write(listAnswer(request, 0, 20'000, 1'000'000'000));
        });
        const CommandRun result = runAgainst(server, {u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray jobs = array(result.out);
        QCOMPARE(jobs.size(), 100);
        QCOMPARE(jobs.last()[u"id"].toString(), QString::number(99, 16).rightJustified(32, u'0'));
        QCOMPARE(result.err.count("more items per page than asked"), 1);
        QVERIFY(server.requests() <= 6);
    }

    // Distinct pages without end: at most 1000 pages, then a warning.
    void pageCapEndsAnEndlessList()
    {
        HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
            const auto [page, size] = askedPage(request);
            socket->write(listAnswer(request, qint64(page) * size, size, 1'000'000'000));
        });
        const CommandRun result = runAgainst(server, {u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(array(result.out).size(), 1000 * 100);
        QVERIFY2(result.err.contains("Stopped after 1000 pages") && result.err.contains("may be incomplete"),
                 result.err.constData());
        QVERIFY2(server.requests() <= 1000 + 4, qPrintable(QString::number(server.requests())));
    }

    // The items received reach `total`: no page more is asked for, even a full one.
    void totalEndsTheList()
    {
        HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
            const auto [page, size] = askedPage(request);
            socket->write(listAnswer(request, qint64(page) * size, size, 250)); // never a short page
        });
        const CommandRun result = runAgainst(server, {u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(array(result.out).size(), 300); // the three pages `total` calls for, as sent
        QVERIFY(result.err.isEmpty());
        QVERIFY2(server.requests() == 3, qPrintable(QString::number(server.requests())));
    }

    // One name of 1,000,000 characters among 999 jobs: the table cuts it and never pads every
    // row to it; JSON keeps it whole.
    void hugeNameIsCutNotPadded()
    {
        const QByteArray longName(1'000'000, 'n');
        HostileServer server([longName](QTcpSocket *socket, const QByteArray &request) {
            const auto [page, size] = askedPage(request);
            const int count = qBound(0, 1000 - page * size, size);
            socket->write(listAnswer(request, qint64(page) * size, count, 1000, longName, 500));
        });
        const CommandRun table = runAgainst(server, {u"jobs"_qs, u"--limit"_qs, u"0"_qs});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count('\n'), 1001);
        QVERIFY2(table.out.size() < 100'000, qPrintable(QString::number(table.out.size())));
        QVERIFY(widestLine(table.out) <= 80);
        QVERIFY(table.out.contains("nnnnn\xe2\x80\xa6 ")); // cut with an ellipsis at the first page's width
        const CommandRun json = runAgainst(server, {u"jobs"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(array(json.out).at(500)[u"job_name"].toString().size(), 1'000'000);
    }

    // A page cut off in the middle is a network error (6) on any page; the table and the JSON
    // print what arrived before it.
    void transferCutOnALaterPage_data()
    {
        QTest::addColumn<int>("cutPage");
        QTest::addColumn<bool>("json");
        QTest::newRow("page 1, table") << 0 << false;
        QTest::newRow("page 2, table") << 1 << false;
        QTest::newRow("page 2, json") << 1 << true;
    }

    void transferCutOnALaterPage()
    {
        QFETCH(int, cutPage);
        QFETCH(bool, json);
        HostileServer server([cutPage](QTcpSocket *socket, const QByteArray &request) {
            const auto [page, size] = askedPage(request);
            const QByteArray whole = listAnswer(request, qint64(page) * size, size, 400);
            if (page != cutPage) {
                socket->write(whole);
                return;
            }
            // No length of its own: the body ends where the connection does, in the middle.
            const QByteArray body = whole.mid(whole.indexOf("\r\n\r\n") + 4);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                          + body.left(body.size() / 2));
            socket->waitForBytesWritten(1000);
            socket->abort();
        });
        QStringList arguments{u"jobs"_qs, u"--limit"_qs, u"0"_qs};
        if (json)
            arguments << u"--json"_qs;
        const CommandRun result = runAgainst(server, arguments);
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.startsWith("error: ") && result.err.contains("ended in the middle"), result.err.constData());
        if (json)
            QCOMPARE(array(result.out).size(), 100 * cutPage);   // closed, so it still parses
        else if (cutPage > 0)
            QCOMPARE(result.out.count('\n'), 1 + 100 * cutPage); // the header and page 1
        else
            QVERIFY(result.out.isEmpty());
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
        QTest::newRow("control character") << QStringList{u"jobs"_qs, u"--search"_qs, u"pay\nment"_qs};
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
    CommandRun run(QStringList arguments, const QByteArray &stdinData = kToken + '\n',
                   const QList<std::pair<QString, QString>> &variables = {})
    {
        arguments << u"--endpoint"_qs << m_sandbox.baseUrl().toString() << u"--token-stdin"_qs;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"COLUMNS"_qs);
        environment.remove(u"NO_COLOR"_qs);
        for (const auto &[name, value] : variables)
            environment.insert(name, value);
        const CommandRun result = CommandRun::of(m_executable, arguments, stdinData, environment);
        if (result.out.contains(kToken) || result.err.contains(kToken))
            qFatal("the token was printed");
        return result;
    }

    // Against a hostile server, which answers from its own thread.
    CommandRun runAgainst(const HostileServer &server, QStringList arguments)
    {
        arguments << u"--endpoint"_qs << server.url().toString() << u"--token-stdin"_qs;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"COLUMNS"_qs);
        return CommandRun::of(m_executable, arguments, kToken + '\n', environment);
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
