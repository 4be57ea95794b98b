#include "logs/failureextractor.h"
#include "logs/logpageassembler.h"
#include "logs/logsanitizer.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demologs.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The sandbox's build logs, made from builds planned here: what each kind of build writes,
// the failed step's tool errors, logs that grow while a build runs, the pages and their
// offsets, and the huge log made line by line.
class TestDemoLogs : public QObject
{
    Q_OBJECT

private slots:
    void demoJobsRunEveryKind();
    void stepsComeInOrderAndStopAtTheFailure_data();
    void stepsComeInOrderAndStopAtTheFailure();
    void failureExtractorFindsTheToolsError_data();
    void failureExtractorFindsTheToolsError();
    void holdsWhatRealLogsHold();
    void timeoutsAndStopsSayWhy();
    void runningBuildsGrowWithTheClock();
    void pagesGiveEveryLineOnce();
    void pagesWhileRunningEndEmpty();
    void hugeLogIsMadeLineByLine();
    void sameBuildSameLog();

private:
    static DemoBuildJob jobOf(const QString &id);
    static DemoBuild planned(const QString &outcome, int failedStep = -1);
    static QStringList plainLines(const DemoLog &log);
};

namespace {
constexpr qint64 kStart = 1'720'000'000'000;   // 2024-07-03, epoch ms
constexpr qint64 kTotal = 60'000;
const QString kMavenJob = u"f5af662119404ad187437cd272b5099b"_qs;

const QList<std::pair<DemoLog::Kind, QString>> kJobOfKind = {
    {DemoLog::Kind::Maven, kMavenJob},
    {DemoLog::Kind::Gradle, QLatin1String(DemoBuilds::failingJob)},
    {DemoLog::Kind::Npm, QLatin1String(DemoBuilds::runningJob)},
    {DemoLog::Kind::Go, QLatin1String(DemoBuilds::throttledJob)},
    {DemoLog::Kind::Docker, QLatin1String(DemoBuilds::hugeLogJob)},
};
} // namespace

DemoBuildJob TestDemoLogs::jobOf(const QString &id)
{
    DemoBuildJob job;
    job.id = id;
    job.name = u"demo-job"_qs;
    return job;
}

DemoBuild TestDemoLogs::planned(const QString &outcome, int failedStep)
{
    DemoBuild build = DemoBuild::planned(kStart, kTotal, outcome, failedStep);
    build.number = 7;
    build.branch = u"master"_qs;
    build.commit = u"0123456789abcdef0123456789abcdef01234567"_qs;
    return build;
}

// The log as a viewer without colours shows it: sanitized lines.
QStringList TestDemoLogs::plainLines(const DemoLog &log)
{
    QString text = LogSanitizer::sanitized(log.text(0, log.lineCount()), LogSanitizer::Mode::Plain);
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.split(u'\n');
}

void TestDemoLogs::demoJobsRunEveryKind()
{
    QSet<DemoLog::Kind> kinds;
    for (const auto &[kind, id] : kJobOfKind) {
        QCOMPARE(DemoLog::kindOf(id), kind);
        kinds.insert(kind);
    }
    QCOMPARE(kinds.size(), 5);
    // Other jobs get a kind from their ID, always the same.
    QCOMPARE(DemoLog::kindOf(u"d0a7c4e11a2b4c5d8e9f00112233a001"_qs), DemoLog::kindOf(u"d0a7c4e11a2b4c5d8e9f00112233a001"_qs));
}

void TestDemoLogs::stepsComeInOrderAndStopAtTheFailure_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("failedStep");
    QTest::newRow("success") << u"SUCCESS"_qs << -1;
    for (int step = 0; step < DemoRecords::stepNames().size(); ++step)
        QTest::addRow("failure at step %d", step) << u"FAILURE"_qs << step;
}

void TestDemoLogs::stepsComeInOrderAndStopAtTheFailure()
{
    QFETCH(QString, outcome);
    QFETCH(int, failedStep);
    const DemoBuild build = planned(outcome, failedStep);
    const DemoLog log(jobOf(kMavenJob), build, kStart + kTotal + 1000);
    const QStringList lines = plainLines(log);
    QStringList started;
    static const QRegularExpression header(u"^\\[CodeArts\\] ==== (.+) \\((\\w+)\\) \\S+ started "_qs);
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch match = header.match(line); match.hasMatch())
            started << match.captured(1);
    }
    QStringList expected{u"Prepare"_qs};
    const QStringList &steps = DemoRecords::stepNames();
    expected += failedStep < 0 ? steps : steps.first(failedStep + 1);
    expected << u"Clean up"_qs;
    QCOMPARE(started, expected);
    QVERIFY2(lines.last().endsWith(outcome == u"SUCCESS" ? u"finished: SUCCESS"_qs : u"finished: FAILED"_qs),
             qPrintable(lines.last()));
}

void TestDemoLogs::failureExtractorFindsTheToolsError_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<int>("failedStep");
    QTest::addColumn<QString>("explanation");   // a part of the line that explains the failure
    const QString maven = kMavenJob;
    const QString gradle = QLatin1String(DemoBuilds::failingJob);
    const QString npm = QLatin1String(DemoBuilds::runningJob);
    const QString go = QLatin1String(DemoBuilds::throttledJob);
    const QString docker = QLatin1String(DemoBuilds::hugeLogJob);
    QTest::newRow("checkout") << maven << 0 << u"couldn't find remote ref master"_qs;
    QTest::newRow("maven dependencies") << maven << 1 << u"Could not resolve dependencies"_qs;
    QTest::newRow("maven compile") << maven << 2 << u"Ledger.java:[88,17] cannot find symbol"_qs;
    QTest::newRow("maven tests") << maven << 3 << u"RefundServiceTest"_qs;
    QTest::newRow("gradle dependencies") << gradle << 1 << u"checkDebugAarMetadata"_qs;
    QTest::newRow("gradle compile") << gradle << 2 << u"LoginActivity.kt:42:13 Unresolved reference"_qs;
    QTest::newRow("gradle tests") << gradle << 3 << u"rejectsEmptyPassword"_qs;
    QTest::newRow("npm dependencies") << npm << 1 << u"404 Not Found - GET"_qs;
    QTest::newRow("npm compile") << npm << 2 << u"TS2322"_qs;
    QTest::newRow("npm tests") << npm << 3 << u"Cart"_qs;
    QTest::newRow("go dependencies") << go << 1 << u"404 Not Found"_qs;
    QTest::newRow("go compile") << go << 2 << u"transform.go:57:9: undefined: normalise"_qs;
    QTest::newRow("go tests") << go << 3 << u"TestTransform"_qs;
    QTest::newRow("docker dependencies") << docker << 1 << u"i/o timeout"_qs;
    QTest::newRow("docker compile") << docker << 2 << u"socket.c:112:5"_qs;
    QTest::newRow("docker tests") << docker << 3 << u"test_refund_rounding"_qs;
    QTest::newRow("packaging") << go << 4 << u"No space left on device"_qs;
    QTest::newRow("upload") << npm << 5 << u"HTTP 401"_qs;
}

void TestDemoLogs::failureExtractorFindsTheToolsError()
{
    QFETCH(QString, jobId);
    QFETCH(int, failedStep);
    QFETCH(QString, explanation);
    const DemoLog log(jobOf(jobId), planned(u"FAILURE"_qs, failedStep), kStart + kTotal + 1000);
    FailureExtractor extractor;
    for (const QString &line : plainLines(log))
        extractor.addLine(line);
    const FailureReport report = extractor.report();
    QVERIFY(report.recognised);
    QVERIFY(report.explanation);
    QVERIFY2(report.explanation->text.contains(explanation), qPrintable(report.explanation->text));
}

void TestDemoLogs::holdsWhatRealLogsHold()
{
    const DemoLog log(jobOf(kMavenJob), planned(u"SUCCESS"_qs), kStart + kTotal + 1000);
    const QByteArray bytes = log.text(0, log.lineCount());
    QVERIFY(bytes.contains("\x1b[1;34mINFO\x1b[m"));                     // colours
    QVERIFY(bytes.contains("\xe5\xbc\x80\xe5\xa7\x8b"));                 // Chinese (UTF-8)
    QVERIFY(bytes.contains("\r\n"));                                      // CR LF
    QVERIFY(bytes.contains("25% resolving\r[="));                         // a line redrawn with CRs
    QVERIFY(bytes.contains("\x1b]52;c;"));                                // a clipboard write
    QVERIFY(bytes.contains("\x07" "clipboard written"));                  // ended by a bell
    QVERIFY(bytes.contains("\x1b[2J"));                                   // a screen clear
    QVERIFY(bytes.contains("\xbe\xaf\xb8\xe6"));                          // GBK
    QVERIFY(!QString::fromUtf8(bytes).toUtf8().contains("\xbe\xaf"));     // which is not UTF-8
    qsizetype longest = 0;
    for (qint64 n = 0; n < log.lineCount(); ++n)
        longest = qMax(longest, log.line(n).size());
    QVERIFY(longest >= DemoLog::kLongLineBytes);
    QVERIFY(longest < DemoLog::kLongLineBytes + 100);
    // Every line ends with its line end, and line(n) is what text() gives.
    QByteArray joined;
    for (qint64 n = 0; n < log.lineCount(); ++n) {
        QVERIFY(log.line(n).endsWith('\n'));
        joined += log.line(n);
    }
    QCOMPARE(joined, bytes);
    QVERIFY(log.line(log.lineCount()).isEmpty());
    QVERIFY(log.line(-1).isEmpty());
}

void TestDemoLogs::timeoutsAndStopsSayWhy()
{
    const DemoLog timedOut(jobOf(kMavenJob), planned(u"timeout"_qs, 3), kStart + kTotal + 1000);
    const QStringList timeoutLines = plainLines(timedOut);
    QVERIFY(timeoutLines.join(u'\n').contains(u"the step timed out"_qs));
    QVERIFY(!timeoutLines.join(u'\n').contains(u"RefundServiceTest"_qs));   // no tool error: it was stopped
    QVERIFY(timeoutLines.last().endsWith(u"finished: TIMEOUT"_qs));

    DemoBuild stopped = planned(u"SUCCESS"_qs);
    stopped.outcome = u"ABORTED"_qs;
    stopped.abortedAtMs = kStart + kTotal / 2;
    const DemoLog aborted(jobOf(kMavenJob), stopped, kStart + kTotal + 1000);
    const QStringList abortedLines = plainLines(aborted);
    QVERIFY(abortedLines.join(u'\n').contains(u"the build was stopped"_qs));
    QVERIFY(abortedLines.last().endsWith(u"finished: ABORTED"_qs));
    QVERIFY(!abortedLines.join(u'\n').contains(u"Upload to release repository"_qs));
}

void TestDemoLogs::runningBuildsGrowWithTheClock()
{
    const DemoBuild build = planned(u"FAILURE"_qs, 3);
    qint64 previousCount = -1;
    QByteArray previous;
    bool sawPartial = false;
    for (qint64 at = kStart; at <= kStart + kTotal + 1000; at += 700) {
        const DemoLog log(jobOf(kMavenJob), build, at);
        const QByteArray complete = log.text(0, log.lineCount()).chopped(log.partialLine().size());
        QVERIFY(log.lineCount() >= previousCount);
        QVERIFY(complete.startsWith(previous));   // written lines never change
        sawPartial = sawPartial || !log.partialLine().isEmpty();
        QVERIFY(!log.partialLine().contains('\n'));
        if (build.isRunning(at)) {
            QVERIFY(!complete.contains("finished: FAILED\n"));
            QVERIFY(!complete.contains("==== Package"));
        }
        previous = complete;
        previousCount = log.lineCount();
    }
    QVERIFY(sawPartial);
    QVERIFY(previous.contains("RefundServiceTest"));
    // Half way, the steps run so far have written their lines, and the next has not started.
    const DemoLog half(jobOf(kMavenJob), build, kStart + 5000);
    QVERIFY(half.lineCount() > 0);
    QVERIFY(!half.text(0, half.lineCount()).contains("Run unit tests (stage4)"));
}

void TestDemoLogs::pagesGiveEveryLineOnce()
{
    const DemoLog log(jobOf(QLatin1String(DemoBuilds::failingJob)), planned(u"FAILURE"_qs, 3), kStart + kTotal + 1000);
    LogPageAssembler assembler;
    QString joined;
    qint64 given = 0;
    for (int pages = 0; pages < 100 && !assembler.isComplete(); ++pages) {
        const QJsonObject result = log.page(assembler.nextStartOffset(), 25);
        QVERIFY(result[u"start_offset"].isString());
        QVERIFY(result[u"end_offset"].isString());
        joined += result[u"log"].toString();
        for (const LogLine &line : assembler.addPage(LogPage::fromResult(result), LogPageAssembler::Build::Ended).lines) {
            QCOMPARE(line.offset, given++);
        }
    }
    QVERIFY(assembler.isComplete());
    QCOMPARE(given, log.lineCount());
    QCOMPARE(joined, QString::fromUtf8(log.text(0, log.lineCount())));
    // end_offset asked for bounds the page; past the end there is nothing.
    const QJsonObject bounded = log.page(10, 1000, 13);
    QCOMPARE(bounded[u"end_offset"].toString(), u"13"_qs);
    QCOMPARE(bounded[u"log"].toString().count(u'\n'), 3);
    const QJsonObject past = log.page(log.lineCount() + 5, 1000);
    QCOMPARE(past[u"log"].toString(), QString());
    QCOMPARE(past[u"has_more"].toBool(true), false);
}

void TestDemoLogs::pagesWhileRunningEndEmpty()
{
    const DemoBuild build = planned(u"SUCCESS"_qs);
    qint64 at = kStart + kTotal / 3;
    const DemoLog early(jobOf(kMavenJob), build, at);
    QJsonObject last = early.page(0, 1000);
    QCOMPARE(last[u"has_more"].toBool(true), false);
    // end_offset counts complete lines: the line being written is asked for again.
    QCOMPARE(last[u"end_offset"].toString().toLongLong(), early.lineCount());
    const QJsonObject atEnd = early.page(early.lineCount(), 1000);
    QCOMPARE(atEnd[u"has_more"].toBool(true), false);
    QCOMPARE(atEnd[u"log"].toString(), QString::fromUtf8(early.partialLine()));
    const DemoLog later(jobOf(kMavenJob), build, at + 5000);
    QVERIFY(later.lineCount() > early.lineCount());
    QVERIFY(!later.page(early.lineCount(), 1000)[u"log"].toString().isEmpty());
}

void TestDemoLogs::hugeLogIsMadeLineByLine()
{
    DemoBuild build = planned(u"SUCCESS"_qs);
    build.hugeLog = true;
    const DemoLog log(jobOf(QLatin1String(DemoBuilds::hugeLogJob)), build, kStart + kTotal + 1000);
    QCOMPARE(log.lineCount(), DemoLog::kHugeLines);
    QVERIFY(log.line(DemoLog::kHugeLines - 1).contains("finished: SUCCESS"));
    const QJsonObject page = log.page(150'000, 1000);
    QCOMPARE(page[u"log"].toString().count(u'\n'), 1000);
    QCOMPARE(page[u"end_offset"].toString(), u"151000"_qs);
    QVERIFY(page[u"has_more"].toBool());
    // Lines are made from their number: the same line, however it is asked for.
    QCOMPARE(log.text(150'500, 150'501), log.line(150'500));
}

void TestDemoLogs::sameBuildSameLog()
{
    const DemoBuild build = planned(u"FAILURE"_qs, 2);
    const DemoLog first(jobOf(kMavenJob), build, kStart + kTotal + 1000);
    const DemoLog second(jobOf(kMavenJob), build, kStart + kTotal + 1000);
    QCOMPARE(first.text(0, first.lineCount()), second.text(0, second.lineCount()));
    DemoBuild other = build;
    other.number = 8;
    const DemoLog third(jobOf(kMavenJob), other, kStart + kTotal + 1000);
    QVERIFY(third.text(0, third.lineCount()) != first.text(0, first.lineCount()));
}

QTEST_GUILESS_MAIN(TestDemoLogs)
#include "tst_demologs.moc"
