// The build-log text tools over a generated 200,000-line log (Maven, Gradle, npm, Go, pytest,
// Jest, gcc and Docker output, colours, gcc's erase-line sequences, CR LF, Chinese text, one
// 100 KB line, a failure at the end). Prints, without asserting:
//   the time to sanitize (plain) and extract the failure, stage by stage, against the goal
//   of 50 ms for FailureExtractor on 200,000 lines;
//   the window's path (terminal mode and SgrParser) and LogPageAssembler's, for comparison;
//   the peak resident memory growth while streaming the log in 64 KiB chunks, never held
//   whole.
// Times are the main thread's CPU time (the machine is shared: waiting for a CPU is not the
// code's cost), medians of the runs; wall times are printed next to them.
// Then the command line, `log` over the sandbox's 200,000-line log (integration-tests-full's
// newest build) with the sandbox in a process of its own:
//   peak resident memory against `show` (goal: no more than +10 MB, because it streams);
//   wall time against curl fetching the same 200 pages in sequence over one connection
//   (goal: no more than 1.2x);
//   `log --output` against curl downloading the same file, and its peak memory.
// Usage: bench_logs [runs]   (default 5)
#include "logs/failureextractor.h"
#include "logs/linesplitter.h"
#include "logs/logpageassembler.h"
#include "logs/logsanitizer.h"
#include "logs/sgrparser.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <time.h>

#include <cstdio>
#include <functional>

namespace {

constexpr int kLines = 200'000;
constexpr int kHugeLine = 123'457;      // the line of 100 KB
constexpr qsizetype kChunkBytes = 64 * 1024;

// Line `n` (0-based) of the generated log, with its line end.
QByteArray logLine(int n)
{
    if (n == kHugeLine)
        return "[INFO] classpath: " + QByteArray(100 * 1024, 'x') + "\n";
    // The failure, at the end.
    if (n >= kLines - 12) {
        static const QList<QByteArray> failure = {
            "[\x1b[1;34mINFO\x1b[m] \x1b[1m------------------------------------------------------------------------\x1b[m\n",
            "[\x1b[1;31mERROR\x1b[m] /home/build/src/main/java/com/example/pay/Ledger.java:[88,17] cannot find symbol\n",
            "[\x1b[1;31mERROR\x1b[m]   symbol:   method post(com.example.pay.Entry)\n",
            "[\x1b[1;34mINFO\x1b[m] 1 error\n",
            "[\x1b[1;34mINFO\x1b[m] \x1b[1;31mBUILD FAILURE\x1b[m\n",
            "[\x1b[1;34mINFO\x1b[m] Total time:  3 min 12 s\n",
            "[\x1b[1;31mERROR\x1b[m] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile "
            "(default-compile) on project pay: Compilation failure\n",
            "[\x1b[1;31mERROR\x1b[m] -> \x1b[1m[Help 1]\x1b[m\n",
            "[\x1b[1;31mERROR\x1b[m] \n",
            "[\x1b[1;31mERROR\x1b[m] To see the full stack trace of the errors, re-run Maven with the -e switch.\n",
            "[\x1b[1;31mERROR\x1b[m] Re-run Maven using the -X switch to enable full debug logging.\n",
            "\xe6\x9e\x84\xe5\xbb\xba\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x8c\xe9\x80\x80\xe5\x87\xba\xe7\xa0\x81 1\n",
        };
        return failure[n - (kLines - 12)];
    }
    // Now and then an error on the way (a flaky test retried, a warning-as-error fixed later).
    if (n % 20'000 == 19'999)
        return QByteArray("src/util/strings.c:") + QByteArray::number(n % 300) + ":5: \x1b[01;31m\x1b[Kerror: \x1b[m\x1b[K"
               "'strlcpy' undeclared\n";
    const QByteArray number = QByteArray::number(n);
    switch (n % 16) {
    case 0: return "[\x1b[1;34mINFO\x1b[m] Downloading from huaweicloud: https://repo.huaweicloud.com/repository/maven/org/example/lib/" + number + "/lib.pom\n";
    case 1: return "[\x1b[1;34mINFO\x1b[m] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.0" + number + " s - in com.example.T" + number + "\n";
    case 2: return "> Task :module" + number + ":compileJava UP-TO-DATE\r\n";
    case 3: return "\x1b[32m\xe2\x9c\x93\x1b[39m \xe4\xb8\x8b\xe8\xbd\xbd\xe4\xbe\x9d\xe8\xb5\x96\xe5\xae\x8c\xe6\x88\x90 (" + number + " \xe4\xb8\xaa\xe6\x96\x87\xe4\xbb\xb6)\n";
    case 4: return "npm \x1b[33mWARN\x1b[39m deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported\n";
    case 5: return "=== RUN   TestParse/case_" + number + "\n";
    case 6: return "--- PASS: TestParse/case_" + number + " (0.00s)\n";
    case 7: return "tests/test_cart.py::test_total[" + number + "] PASSED                                   [ 42%]\n";
    case 8: return " \x1b[30;42m PASS \x1b[39;49m src/cart" + number + ".test.js (5.2 s)\n";
    case 9: return "cc -O2 -Wall -Werror -Iinclude -c src/unit" + number + ".c -o build/unit" + number + ".o\n";
    case 10: return "#12 " + number + ".123 added 1423 packages, and audited 1424 packages in 41s\n";
    case 11: return "#12 " + number + ".456 found 0 vulnerabilities\n";
    case 12: return "[\x1b[1;33mWARNING\x1b[m] Parameter 'errorProne' is unknown for plugin 'maven-compiler-plugin'\n";
    case 13: return "[INFO] \xe7\xbc\x96\xe8\xaf\x91\xe6\xa8\xa1\xe5\x9d\x97 payment-" + number + " \xe5\xae\x8c\xe6\x88\x90\xef\xbc\x8c\xe8\x80\x97\xe6\x97\xb6 1.2 s\n";
    case 14: return "\x1b[2K\x1b[1G[=====>          ] 35% resolving dependencies\r[==========>     ] 70%\r\n";
    default: return "    at org.apache.maven.surefire.booter.ForkedBooter.main(ForkedBooter.java:" + number + ")\n";
    }
}

QByteArray wholeLog()
{
    QByteArray log;
    log.reserve(20 * 1024 * 1024);
    for (int n = 0; n < kLines; ++n)
        log += logLine(n);
    return log;
}

// The log in chunks of kChunkBytes, generated as they are asked for.
void forEachChunk(const std::function<void(QByteArrayView)> &use)
{
    QByteArray chunk;
    for (int n = 0; n < kLines; ++n) {
        chunk += logLine(n);
        while (chunk.size() >= kChunkBytes) {
            use(QByteArrayView(chunk).first(kChunkBytes));
            chunk.remove(0, kChunkBytes);
        }
    }
    use(chunk);
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression pattern(u"^"_qs + QLatin1StringView(field) + uR"(:\s+(\d+) kB)"_qs,
                                     QRegularExpression::MultilineOption);
    return pattern.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// Lets VmHWM measure from now on (Linux 4.0+); false where it cannot.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 threadCpuNs()
{
    timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// A stopwatch of the thread's CPU time.
class CpuTimer
{
public:
    void start() { m_startNs = threadCpuNs(); }
    qint64 nsecsElapsed() const { return threadCpuNs() - m_startNs; }

private:
    qint64 m_startNs = 0;
};

// Both at once: CPU time, and wall time next to it.
struct Stage
{
    qint64 cpuNs = 0;
    qint64 wallNs = 0;
};

class StageTimer
{
public:
    void start()
    {
        m_cpu.start();
        m_wall.start();
    }
    void stopInto(Stage &stage) const
    {
        stage.cpuNs += m_cpu.nsecsElapsed();
        stage.wallNs += m_wall.nsecsElapsed();
    }

private:
    CpuTimer m_cpu;
    QElapsedTimer m_wall;
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void figure(const char *what, double value, const char *unit, const char *goal = nullptr, bool met = true)
{
    if (goal)
        std::printf("%-58s %10.2f %-3s goal %-8s %s\n", what, value, unit, goal, met ? "met" : "MISSED");
    else
        std::printf("%-58s %10.2f %s\n", what, value, unit);
}

// The command line's `log --failed`: plain text, lines, the extractor, stage by stage.
struct FailedPath
{
    Stage sanitize;
    Stage split;
    Stage extract;
    qint64 lines = 0;
    FailureReport report;

    void run(const std::function<void(const std::function<void(QByteArrayView)> &)> &source)
    {
        LogSanitizer sanitizer(LogSanitizer::Mode::Plain);
        LineSplitter splitter;
        FailureExtractor extractor;
        StageTimer timer;
        const auto addLines = [&](const QStringList &batch) {
            timer.start();
            for (const QString &line : batch)
                extractor.addLine(line);
            timer.stopInto(extract);
        };
        const auto take = [&](const QString &text) {
            timer.start();
            const QStringList batch = splitter.feed(text);
            timer.stopInto(split);
            addLines(batch);
        };
        source([&](QByteArrayView chunk) {
            timer.start();
            const QString text = sanitizer.feed(chunk);
            timer.stopInto(sanitize);
            take(text);
        });
        timer.start();
        const QString rest = sanitizer.finish();
        timer.stopInto(sanitize);
        take(rest);
        if (const std::optional<QString> last = splitter.finish())
            addLines({*last});
        timer.start();
        report = extractor.report();
        timer.stopInto(extract);
        lines = extractor.lineCount();
    }
};

// curl's answer for one sandbox call, or empty.
QByteArray curlGet(const QString &url)
{
    QProcess curl;
    curl.start(u"curl"_qs, {u"-s"_qs, u"-H"_qs, u"X-Auth-Token: "_qs + QString::fromLatin1(DemoSandbox::demoToken()), url});
    if (!curl.waitForFinished(60'000) || curl.exitCode() != 0)
        return {};
    return curl.readAllStandardOutput();
}

double curlSeconds(const QString &url)
{
    QProcess curl;
    curl.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    curl.start(u"curl"_qs, {u"-s"_qs, u"-H"_qs, u"X-Auth-Token: "_qs + QString::fromLatin1(DemoSandbox::demoToken()), url});
    if (!curl.waitForFinished(300'000) || curl.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

void benchCommandLine(int runs)
{
    using BenchSupport::measure;
    using BenchSupport::median;
    const QString app = QStringLiteral(INSPECTOR_APP_PATH);
    QProcess sandbox;
    sandbox.start(app, {u"sandbox"_qs});
    if (!sandbox.waitForReadyRead(30'000)) {
        std::printf("the sandbox did not start\n");
        return;
    }
    const QString url = QString::fromUtf8(sandbox.readLine().trimmed());
    const QString job = QLatin1String(DemoBuilds::hugeLogJob);
    const QByteArray status = curlGet(url + u"/v1/job/"_qs + job + u"/running-status"_qs);
    if (status.isEmpty()) {
        std::printf("curl failed (is it installed?)\n");
        return;
    }
    const QString number = QJsonDocument::fromJson(status)[u"result"][u"last_build_no"].toString();
    const QString recordId = QJsonDocument::fromJson(curlGet(url + u"/v1/record/"_qs + job + u'/' + number + u"/record-info"_qs))
                                 [u"result"][u"id"].toString();

    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(u"token"_qs);
    QFile token(tokenFile);
    (void)token.open(QIODevice::WriteOnly);
    token.write(DemoSandbox::demoToken() + '\n');
    token.close();
    const QString printed = dir.filePath(u"log.txt"_qs);
    const QString saved = dir.filePath(u"saved.log"_qs);
    const QStringList connection = {u"--endpoint"_qs, url, u"--token-stdin"_qs};
    const QStringList logCommand = QStringList{app, u"log"_qs, job, number} + connection;
    const QStringList outputCommand = QStringList{app, u"log"_qs, job, number, u"--output"_qs, saved, u"--force"_qs} + connection;

    std::printf("\nlog over build %s of integration-tests-full (sandbox in its own process, %s)\n", qPrintable(number),
                qPrintable(url));
    const long showKb = measure(QStringList{app, u"show"_qs, job} + connection, tokenFile, dir.filePath(u"show.txt"_qs), true).maxRssKb;
    const long logKb = measure(logCommand, tokenFile, printed, true).maxRssKb;
    QFile out(printed);
    qint64 lines = 0;
    if (out.open(QIODevice::ReadOnly)) {
        while (!out.atEnd())
            lines += out.read(1 << 20).count('\n');
    }
    std::printf("log printed %lld lines, %.1f MB\n", static_cast<long long>(lines), double(out.size()) / 1e6);
    figure("peak resident memory, show", double(showKb) / 1024, "MB");
    figure("peak resident memory, log (200,000 lines)", double(logKb) / 1024, "MB");
    figure("  log over show", double(logKb - showKb) / 1024, "MB", "<= +10", logKb - showKb <= 10 * 1024);

    QList<double> logTimes, curlTimes, outputTimes, downloadTimes;
    const QString pages = url + u"/v1/log/"_qs + job + u'/' + number + u"/real-time-log?start_offset=[0-199000:1000]&sort=AES&size=1000"_qs;
    const QString file = url + u"/v1/log/"_qs + recordId + u"/download-log?log_level=INFO"_qs;
    for (int run = 0; run < runs; ++run) {
        logTimes << measure(logCommand, tokenFile, printed, false).seconds;
        curlTimes << curlSeconds(pages);
        outputTimes << measure(outputCommand, tokenFile, QProcess::nullDevice(), false).seconds;
        downloadTimes << curlSeconds(file);
    }
    const double logTime = median(logTimes);
    const double curlTime = median(curlTimes);
    figure("log, wall time (median)", logTime, "s");
    figure("curl, the same 200 pages in sequence (median)", curlTime, "s");
    figure("  log over curl", curlTime > 0 ? logTime / curlTime : 0, "x", "<= 1.2", curlTime > 0 && logTime / curlTime <= 1.2);
    const long outputKb = measure(outputCommand, tokenFile, QProcess::nullDevice(), true).maxRssKb;
    std::printf("log --output saved %.1f MB\n", double(QFileInfo(saved).size()) / 1e6);
    figure("log --output, wall time (median)", median(outputTimes), "s");
    figure("curl, the same file (median)", median(downloadTimes), "s");
    figure("log --output, peak resident memory", double(outputKb) / 1024, "MB");
    sandbox.kill();
    sandbox.waitForFinished();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    // Memory first, while nothing else has been allocated: the log is generated chunk by
    // chunk and never held whole.
    {
        const qint64 before = statusKb("VmRSS");
        const bool peakReset = resetPeak();
        FailedPath streamed;
        streamed.run(forEachChunk);
        const qint64 peak = statusKb("VmHWM");
        std::printf("bench_logs: %d log lines (%lld once lone CRs end lines) streamed in %lld KiB chunks, "
                    "load average %s\n", kLines, static_cast<long long>(streamed.lines),
                    static_cast<long long>(kChunkBytes / 1024),
                    qPrintable(QString::fromLatin1([] {
                        QFile file(QStringLiteral("/proc/loadavg"));
                        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
                    }())));
        if (peakReset)
            figure("peak resident memory growth, streaming sanitize + extract", double(peak - before) / 1024, "MB");
        else
            std::printf("peak memory: /proc/self/clear_refs not writable, not measured\n");
        std::printf("explanation: line %lld: %s\n", static_cast<long long>(streamed.report.explanation->number),
                    qPrintable(streamed.report.explanation->text));
        std::printf("excerpt: %lld lines\n", static_cast<long long>(streamed.report.lines.size()));
    }

    const QByteArray log = wholeLog();
    std::printf("log: %lld lines, %.1f MB\n", static_cast<long long>(kLines), double(log.size()) / 1e6);
    const auto fromMemory = [&log](const std::function<void(QByteArrayView)> &use) {
        for (qsizetype at = 0; at < log.size(); at += kChunkBytes)
            use(QByteArrayView(log).sliced(at, qMin(kChunkBytes, log.size() - at)));
    };

    QList<double> sanitize, split, extract, extractWall, total, totalWall;
    for (int run = 0; run < runs; ++run) {
        FailedPath path;
        path.run(fromMemory);
        sanitize << ms(path.sanitize.cpuNs);
        split << ms(path.split.cpuNs);
        extract << ms(path.extract.cpuNs);
        extractWall << ms(path.extract.wallNs);
        total << ms(path.sanitize.cpuNs + path.split.cpuNs + path.extract.cpuNs);
        totalWall << ms(path.sanitize.wallNs + path.split.wallNs + path.extract.wallNs);
    }
    using BenchSupport::median;
    figure("sanitize, plain (LogSanitizer)", median(sanitize), "ms");
    figure("cut into lines (LineSplitter)", median(split), "ms");
    figure("extract the failure (FailureExtractor, 200,000 lines)", median(extract), "ms", "< 50", median(extract) < 50);
    figure("  the same, wall time", median(extractWall), "ms", "< 50", median(extractWall) < 50);
    figure("sanitize + lines + extract", median(total), "ms");
    figure("  the same, wall time", median(totalWall), "ms");

    // The window's path: terminal mode and colour runs, line by line.
    QList<double> window;
    qint64 runCount = 0;
    for (int run = 0; run < runs; ++run) {
        LogSanitizer sanitizer(LogSanitizer::Mode::Terminal);
        LineSplitter splitter;
        SgrParser parser;
        CpuTimer timer;
        timer.start();
        runCount = 0;
        fromMemory([&](QByteArrayView chunk) {
            for (const QString &line : splitter.feed(sanitizer.feed(chunk)))
                runCount += parser.parseLine(line).size();
        });
        window << ms(timer.nsecsElapsed());
    }
    figure("window path: sanitize (terminal) + lines + SgrParser", median(window), "ms");
    std::printf("  (%lld styled runs)\n", static_cast<long long>(runCount));

    // The real-time log's pages: 1,000 lines a page, as JSON would give them.
    QList<QString> pages;
    {
        QString page;
        int inPage = 0;
        for (int n = 0; n < kLines; ++n) {
            page += QString::fromUtf8(logLine(n));
            if (++inPage == LogPageAssembler::kPageLines || n + 1 == kLines) {
                pages << std::exchange(page, QString());
                inPage = 0;
            }
        }
    }
    QList<double> paging;
    for (int run = 0; run < runs; ++run) {
        LogPageAssembler assembler;
        CpuTimer timer;
        timer.start();
        qint64 given = 0;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            LogPage page;
            page.startOffset = assembler.nextStartOffset();
            page.endOffset = *page.startOffset + LogPageAssembler::kPageLines;
            page.log = pages[i];
            page.hasMore = i + 1 < pages.size();
            given += assembler.addPage(page, LogPageAssembler::Build::Ended).lines.size();
        }
        paging << ms(timer.nsecsElapsed());
        if (given != kLines)
            std::printf("LogPageAssembler gave %lld lines, not %d\n", static_cast<long long>(given), kLines);
    }
    figure("LogPageAssembler, 200 pages of 1,000 lines", median(paging), "ms");

    benchCommandLine(qMin(runs, 3));
    return 0;
}
