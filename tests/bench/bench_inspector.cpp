// Measures CodeArts Inspector against yardsticks, side by side in one run, A and B alternating,
// and prints medians:
//   1. window start (process start to first window on screen) vs a minimal Qt Widgets form window
//   2. resident memory with a job shown vs that minimal window
//   3. `show --json` wall time vs curl fetching the same sandbox URL
//   4. in the window, from the answer's last byte to the form painted
// Usage: bench_inspector [rounds]   (default 15). Uses the offscreen platform unless DISPLAY is set.
#include "benchsupport.h"
#include "sandbox/demosandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using BenchSupport::median;

namespace {

struct Sample
{
    double startMs = 0;
    double rssMb = 0;
    std::optional<double> paintMs;
};

double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression rss(QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

QProcessEnvironment benchEnvironment(const QString &home)
{
    QProcessEnvironment environment = BenchSupport::windowEnvironment(home);
    environment.insert(QStringLiteral("CODEARTS_INSPECTOR_TRACE_PAINT"), QStringLiteral("1"));
    return environment;
}

// Starts a window program, waits for the marker line on stderr, takes the figures, stops it.
Sample measureWindow(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment, const QByteArray &readyMarker)
{
    Sample sample;
    QProcess process;
    process.setProcessEnvironment(environment);
    // The markers come on stderr: waitForReadyRead() must wake for it, not for stdout.
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    bool shown = false;
    while (clock.elapsed() < 30'000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        err += process.readAllStandardError();
        if (!shown && err.contains("window-shown")) {
            shown = true;
            sample.startMs = double(clock.nsecsElapsed()) / 1e6;
        }
        if (shown && err.contains(readyMarker) && err.endsWith('\n'))
            break;
    }
    const QRegularExpression paint(QStringLiteral("paint-after-answer-ms ([0-9.]+)"));
    if (const auto match = paint.match(QString::fromLatin1(err)); match.hasMatch())
        sample.paintMs = match.captured(1).toDouble();
    QThread::msleep(300); // let the window settle before reading memory
    sample.rssMb = residentMb(process.processId());
    process.kill();
    process.waitForFinished();
    return sample;
}

double timeCommand(const QString &program, const QStringList &arguments, const QByteArray &input,
                   const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30'000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "warning: %s exited with %d\n", qPrintable(program), process.exitCode());
    return ms;
}

void printRow(const char *what, double a, double b, const char *unit, const char *goal, bool met)
{
    std::printf("%-44s %10.2f %10.2f %-4s  %-22s %s\n", what, a, b, unit, goal, met ? "met" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 15;
    const QString appPath = QStringLiteral(INSPECTOR_APP_PATH);
    const QString minimalPath = QStringLiteral(MINIMAL_WINDOW_PATH);
    QTemporaryDir home;
    const QProcessEnvironment environment = benchEnvironment(home.path());

    // The sandbox in this process, on its own thread, serves both the app and curl.
    DemoSandbox sandbox;
    sandbox.start();
    const QString jobId = DemoSandbox::firstJobId();
    const QString jobUrl = sandbox.baseUrl().toString() + QStringLiteral("/v1/job/") + jobId + QStringLiteral("/info");
    QTemporaryDir scratch;
    const QString headerFile = scratch.filePath(QStringLiteral("auth-header"));
    {
        QFile file(headerFile);
        file.open(QIODevice::WriteOnly);
        file.write("X-Auth-Token: " + DemoSandbox::demoToken() + "\n");
    }

    QList<double> appStart, minimalStart, appRss, minimalRss, paint, showMs, curlMs;
    for (int round = 0; round < rounds; ++round) {
        // Which window starts first alternates: the first follows the round's other programs
        // (show, curl), the second follows a window and finds Qt's libraries warm in the caches.
        const auto measureApp = [&] { return measureWindow(appPath, {}, environment, "window-shown"); };
        const auto measureMinimal = [&] { return measureWindow(minimalPath, {}, environment, "window-shown"); };
        Sample a;
        Sample b;
        if (round % 2 == 0) {
            a = measureApp();
            b = measureMinimal();
        } else {
            b = measureMinimal();
            a = measureApp();
        }
        appStart << a.startMs;
        minimalStart << b.startMs;

        const Sample shown = measureWindow(appPath, {QStringLiteral("--demo"), jobId}, environment,
                                           "paint-after-answer-ms");
        appRss << shown.rssMb;
        minimalRss << b.rssMb;
        if (shown.paintMs)
            paint << *shown.paintMs;

        showMs << timeCommand(appPath,
                              {QStringLiteral("show"), jobId, QStringLiteral("--endpoint"),
                               sandbox.baseUrl().toString(), QStringLiteral("--token-stdin"),
                               QStringLiteral("--json")},
                              DemoSandbox::demoToken() + '\n', environment);
        curlMs << timeCommand(QStringLiteral("curl"),
                              {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                               QStringLiteral("-H"), QLatin1Char('@') + headerFile, jobUrl},
                              {}, environment);
        std::fprintf(stderr, "round %d/%d done\n", round + 1, rounds);
    }

    const double startRatio = median(appStart) / median(minimalStart);
    const double rssDelta = median(appRss) - median(minimalRss);
    const double showRatio = median(showMs) / median(curlMs);
    std::printf("CodeArts Inspector benchmark: %d rounds, medians, platform %s\n\n", rounds,
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    std::printf("%-44s %10s %10s %-4s  %-22s %s\n", "measure", "app", "yardstick", "", "goal", "");
    printRow("window start (vs minimal form window)", median(appStart), median(minimalStart), "ms",
             qPrintable(QStringLiteral("<= 1.4x (is %1x)").arg(startRatio, 0, 'f', 2)), startRatio <= 1.4);
    printRow("resident memory, job shown (vs minimal)", median(appRss), median(minimalRss), "MB",
             qPrintable(QStringLiteral("<= +15 MB (is %1%2)").arg(rssDelta >= 0 ? QLatin1String("+") : QLatin1String("")).arg(rssDelta, 0, 'f', 1)),
             rssDelta <= 15);
    printRow("show --json wall time (vs curl)", median(showMs), median(curlMs), "ms",
             qPrintable(QStringLiteral("<= 1.5x (is %1x)").arg(showRatio, 0, 'f', 2)), showRatio <= 1.5);
    printRow("answer's last byte to form painted", median(paint), 0, "ms", "<= 5 ms", !paint.isEmpty() && median(paint) <= 5);
    return 0;
}
