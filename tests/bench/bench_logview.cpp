// The Builds tab's log view over the sandbox's 200,000-line log (the newest build of
// integration-tests-full, DemoBuilds::hugeLogJob), read page by page through BuildLogFetch as
// the window reads a running build (an ended one comes by download, in smaller chunks), with the sandbox in a process of its own so that only the view's memory
// is counted. Prints, without asserting:
//   the time from the first page arriving to its lines painted (goal: 100 ms);
//   one search over the whole log, a rare and a frequent term, either case (goal: 100 ms);
//   the memory the log takes, against the log's size as the service sends it (goal: 3x):
//   the view's own count (LogText::bytesHeld) and the process's resident memory growth;
//   the paint time of a scrolled frame, unwrapped and wrapped, at places all over the log and
//   on the 100 KB line (goal: 16 ms).
// Times are wall times on the GUI thread, with the thread's CPU time next to them (the machine
// is shared: waiting for a CPU is not the code's cost); medians of the runs.
// Usage: bench_logview [runs]   (default 5)
#include "api/buildclient.h"
#include "builds/buildlogpane.h"
#include "builds/logview.h"
#include "credentials/credentialprovider.h"
#include "logs/buildlogfetch.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>

#include <time.h>

#include <cstdio>
#include <functional>

namespace {

qint64 threadCpuNs()
{
    timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Wall and CPU milliseconds of one call.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timed(const std::function<void()> &work)
{
    QElapsedTimer wall;
    const qint64 cpu = threadCpuNs();
    wall.start();
    work();
    return {double(wall.nsecsElapsed()) / 1e6, double(threadCpuNs() - cpu) / 1e6};
}

struct Timings
{
    QList<double> wall;
    QList<double> cpu;
    void add(Timing timing)
    {
        wall << timing.wallMs;
        cpu << timing.cpuMs;
    }
    double worstWall() const { return wall.isEmpty() ? 0 : *std::max_element(wall.begin(), wall.end()); }
};

void figure(const char *what, double value, const char *unit, const char *goal = nullptr, bool met = true)
{
    if (goal)
        std::printf("%-62s %10.2f %-3s goal %-8s %s\n", what, value, unit, goal, met ? "met" : "MISSED");
    else
        std::printf("%-62s %10.2f %s\n", what, value, unit);
}

void timingFigure(const char *what, const Timings &timings, double goalMs)
{
    const double wall = BenchSupport::median(timings.wall);
    const QByteArray goal = "<= " + QByteArray::number(goalMs);
    figure(what, wall, "ms", goal.constData(), wall <= goalMs);
    std::printf("%-62s %10.2f ms (thread CPU), worst wall %.2f ms\n", "", BenchSupport::median(timings.cpu),
                timings.worstWall());
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// A sink that only counts: the log's size as the service sends it.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

bool waitFor(BuildCall *call)
{
    QSignalSpy finished(call, &BuildCall::finished);
    return finished.wait(120'000) && call->succeeded();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;

    QProcess sandbox;
    sandbox.start(QStringLiteral(INSPECTOR_APP_PATH), {u"sandbox"_qs});
    if (!sandbox.waitForReadyRead(30'000)) {
        std::printf("the sandbox did not start\n");
        return 1;
    }
    const QUrl url(QString::fromUtf8(sandbox.readLine().trimmed()));
    const auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.kill();
        sandbox.waitForFinished();
    });
    QNetworkAccessManager nam;
    auto credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
    BuildClient client(&nam, credentials.get());
    ClientOptions options;
    options.baseUrl = url;
    options.timeout = std::chrono::milliseconds(120'000);
    client.setOptions(options);
    const QString job = QLatin1String(DemoBuilds::hugeLogJob);

    BuildCall *status = client.runningStatus(job);
    if (!waitFor(status)) {
        std::printf("running-status failed\n");
        return 1;
    }
    const int number = *BuildParse::runningStatus(status->json()).lastBuildNumber;
    BuildCall *record = client.recordInfo(job, number);
    if (!waitFor(record)) {
        std::printf("record-info failed\n");
        return 1;
    }
    CountingDevice sent;
    if (!waitFor(client.downloadLog(record->json()[u"result"][u"id"].toString(), &sent))) {
        std::printf("the download failed\n");
        return 1;
    }
    std::printf("build %d of integration-tests-full: %.1f MB as the service sends it (sandbox %s)\n\n", number,
                double(sent.bytes) / 1e6, qPrintable(url.toString()));

    BuildLogPane pane;
    pane.resize(1060, 560);
    pane.show();
    QCoreApplication::processEvents();
    LogView *view = pane.view();

    // Reading: the first page painted, then the whole log; memory before and after.
    const long beforeKb = residentKb();
    Timing firstPaint;
    bool first = true;
    BuildLogFetch fetch(&client, job, number);
    QObject::connect(&fetch, &BuildLogFetch::linesArrived, &pane, [&](const QList<LogLine> &lines) {
        if (!first)
            return pane.addLines(lines);
        first = false;
        firstPaint = timed([&] {
            pane.addLines(lines);
            view->viewport()->repaint();
        });
    });
    QElapsedTimer reading;
    reading.start();
    QSignalSpy finished(&fetch, &BuildLogFetch::finished);
    fetch.start();
    if (!finished.wait(600'000) || fetch.error().isError()) {
        std::printf("reading the log failed: %s\n", qPrintable(fetch.error().oneLine()));
        return 1;
    }
    view->finishLog();
    const double readSeconds = double(reading.nsecsElapsed()) / 1e9;
    QCoreApplication::processEvents();
    const long afterKb = residentKb();
    const LogText &text = view->text();
    std::printf("%lld lines read in %.2f s (200 pages, one at a time)\n", static_cast<long long>(text.lineCount()),
                readSeconds);
    figure("first page arriving -> its lines painted (wall)", firstPaint.wallMs, "ms", "<= 100", firstPaint.wallMs <= 100);
    figure("", firstPaint.cpuMs, "ms (thread CPU)");
    const double held = double(text.bytesHeld()) / double(sent.bytes);
    const double resident = double(afterKb - beforeKb) * 1024 / double(sent.bytes);
    figure("memory held by the view (LogText::bytesHeld) over the log's size", held, "x", "<= 3", held <= 3);
    figure("  that is", double(text.bytesHeld()) / 1e6, "MB");
    figure("resident memory growth while reading, over the log's size", resident, "x", "<= 3", resident <= 3);
    figure("  that is", double(afterKb - beforeKb) / 1024, "MB");

    // Search: the whole log, each time from scratch.
    // The log is mostly pytest's lines inside a Docker build: one test's name is rare, PASSED on
    // nearly every line.
    const QList<std::pair<QString, Qt::CaseSensitivity>> searches = {
        {u"test_case_199373 "_qs, Qt::CaseSensitive}, {u"TEST_CASE_199373 "_qs, Qt::CaseInsensitive},
        {u"PASSED"_qs, Qt::CaseSensitive},           {u"passed"_qs, Qt::CaseInsensitive},
        {u"no such text"_qs, Qt::CaseInsensitive},
    };
    std::printf("\n");
    for (const auto &[term, sensitivity] : searches) {
        Timings timings;
        for (int run = 0; run < runs; ++run)
            timings.add(timed([&] { view->setSearch(term, sensitivity); }));
        const QByteArray what = "search \"" + term.toUtf8() + "\", "
            + (sensitivity == Qt::CaseSensitive ? "match case" : "any case") + ": "
            + QByteArray::number(view->matchCount()) + " matches";
        timingFigure(what.constData(), timings, 100);
    }
    view->setSearch({}, Qt::CaseInsensitive);

    // Scrolling: frames at places all over the log, then on the 100 KB line.
    std::printf("\n");
    qsizetype longLine = 0;
    for (qsizetype n = 0; n < text.lineCount(); ++n)
        longLine = text.cells(n) > text.cells(longLine) ? n : longLine;
    for (const bool wrap : {false, true}) {
        view->setWrapping(wrap);
        QCoreApplication::processEvents();
        QScrollBar *bar = view->verticalScrollBar();
        Timings frames;
        QRandomGenerator random(42);
        for (int frame = 0; frame < 100 * runs; ++frame) {
            bar->setValue(frame % 10 == 0 ? int(random.bounded(bar->maximum() + 1)) : bar->value() + 3);
            frames.add(timed([view] { view->viewport()->repaint(); }));
        }
        timingFigure(wrap ? "scrolled frame, wrapped lines (median of 500)" : "scrolled frame (median of 500)", frames, 16);
        Timings longFrames;
        for (int frame = 0; frame < runs * 10; ++frame) {
            view->scrollToLine(longLine);
            if (!wrap)
                view->horizontalScrollBar()->setValue(frame * view->horizontalScrollBar()->maximum() / (runs * 10));
            longFrames.add(timed([view] { view->viewport()->repaint(); }));
        }
        timingFigure(wrap ? "frame on the 100 KB line, wrapped" : "frame on the 100 KB line, scrolled along it",
                     longFrames, 16);
    }
    Timings wrapOn;
    for (int run = 0; run < runs; ++run) {
        view->setWrapping(false);
        wrapOn.add(timed([view] {
            view->setWrapping(true);
            view->viewport()->repaint();
        }));
    }
    timingFigure("wrap on, painted (rows counted for 200,000 lines)", wrapOn, 100);
    return 0;
}
