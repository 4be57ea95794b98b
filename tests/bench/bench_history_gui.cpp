// The window's side of the history at 100,000 entries over 500 jobs. Prints, against the goals:
//   start to first window, 100k entries vs an empty database: at most 20 ms slower;
//   history view first page and filter by job, through HistoryModel: <= 50 ms each (the
//   model reads on its own thread: the GUI call itself, and the stall, are printed too);
//   longest GUI-thread stall during start-up (until the history is ready) and while
//   recording: <= 16 ms.
// Usage: bench_history_gui [entries] [jobs] [runs]   (default 100000 500 7). Uses temporary HOMEs.
#include "benchsupport.h"
#include "history/favoritesmodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyintegration.h"
#include "window/mainwindow.h"
#include "sandbox/demosandbox.h"
#include "history/trendpoints.h"
#include "version.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using BenchSupport::median;

namespace {

QString jobIdFor(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

double measureMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, double value, double goal, const char *unit)
{
    std::printf("%-52s %9.2f %-3s goal <= %-6g %s\n", what, value, unit, goal, value <= goal ? "ok" : "MISSED");
}

// Where the app keeps history.sqlite under a given XDG_DATA_HOME.
QString historyPathUnder(const QString &dataHome)
{
    return dataHome + QStringLiteral("/CodeArtsInspector/") + QStringLiteral(CODEARTS_INSPECTOR_APP_NAME)
        + QStringLiteral("/history.sqlite");
}

void fill(const QString &path, int entries, int jobs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    HistoryStore store(path);
    const JobInfo base = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    QRandomGenerator random(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < entries; ++i) {
        JobInfo job = base;
        const int n = int(random.bounded(jobs));
        job.id = jobIdFor(n);
        job.jobName = QStringLiteral("service-%1-ci").arg(n);
        job.healthScore = int(random.bounded(101));
        HistoryEntry entry = HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, random.bounded(50, 900));
        entry.timeMs = now - qint64(entries - i) * 60'000;
        store.record(entry);
    }
    for (int i = 0; i < 20; ++i)
        store.addFavorite({}, jobIdFor(i * 7 % jobs));
}

// Start of the real binary to its window on screen ("window-shown" on stderr), in ms.
double startToWindow(const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(BenchSupport::windowEnvironment(home));
    process.setReadChannel(QProcess::StandardError); // the marker comes on stderr
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(INSPECTOR_APP_PATH), {});
    QByteArray err;
    double shownMs = -1;
    while (clock.elapsed() < 20'000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(5);
        err += process.readAllStandardError();
        if (err.contains("window-shown")) {
            shownMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    QThread::msleep(300); // let the history open, so a slow open would also show as a crash here
    process.kill();
    process.waitForFinished();
    return shownMs;
}

// The longest time the event loop went without running a 1 ms timer while `until` is false.
double longestStall(const std::function<bool()> &until, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (!until() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return double(longest) / 1e6;
}

// A change to the history model: how long the call held the GUI thread, how long until the
// rows were there, and the longest stall of the event loop meanwhile.
struct ModelTiming
{
    double callMs = 0;
    double answerMs = 0;
    double stallMs = 0;
};

template<typename Signal>
ModelTiming timeModel(HistoryModel &model, Signal done, const std::function<void()> &change)
{
    QElapsedTimer clock;
    clock.start();
    change();
    ModelTiming timing;
    timing.callMs = double(clock.nsecsElapsed()) / 1e6;
    bool answered = false;
    const auto connection = QObject::connect(&model, done, [&] { answered = true; });
    timing.stallMs = longestStall([&] { return answered; }, 10'000);
    timing.answerMs = double(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return timing;
}

void reportModel(const char *what, const ModelTiming &timing, double answerGoal)
{
    std::printf("%-52s %9.2f ms\n", QByteArray(QByteArray(what) + " (GUI call)").constData(), timing.callMs);
    if (answerGoal > 0)
        report(what, timing.answerMs, answerGoal, "ms");
    else
        std::printf("%-52s %9.2f ms\n", what, timing.answerMs);
    report("  longest GUI stall meanwhile", timing.stallMs, 16, "ms");
}

} // namespace

int main(int argc, char **argv)
{
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const int jobs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 7;
    QTemporaryDir emptyHome;
    QTemporaryDir fullHome;
    const QString fullData = fullHome.path() + QStringLiteral("/.local/share");
    qputenv("XDG_DATA_HOME", fullData.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (fullHome.path() + QStringLiteral("/.config")).toLocal8Bit());
    if (!qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeArtsInspector"));
    QCoreApplication::setApplicationName(QStringLiteral(CODEARTS_INSPECTOR_APP_NAME));

    const QString path = historyPathUnder(fullData);
    std::printf("Filling %d entries over %d jobs into %s...\n", entries, jobs, qPrintable(path));
    fill(path, entries, jobs);
    if (HistoryStore::defaultPath() != path)
        std::fprintf(stderr, "warning: the app's default path is %s\n", qPrintable(HistoryStore::defaultPath()));

    // 1. The real binary, alternating so that caches warm both alike.
    QList<double> emptyStarts, fullStarts;
    startToWindow(emptyHome.path()); // warm-up
    for (int i = 0; i < runs; ++i) {
        emptyStarts << startToWindow(emptyHome.path());
        fullStarts << startToWindow(fullHome.path());
    }

    // 2. The window in this process, on the full database.
    MainWindowOptions options;
    MainWindow window(options);
    HistoryIntegration *history = window.history();
    QElapsedTimer startClock;
    startClock.start();
    window.show();
    // From the window on screen: painting the first frame is not the database's doing.
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double startStall = longestStall([&] { return history->isReady(); }, 10'000);
    const double readyMs = double(startClock.nsecsElapsed()) / 1e6;

    // The calls HistoryIntegration makes on the GUI thread once the worker has opened the file.
    const double guiOpen = measureMs([&] { HistoryStore second(path, HistoryStore::Check::Skip); });
    FavoritesModel favorites;
    const double favoritesLoad = measureMs([&] { favorites.setStore(history->store()); });
    HistoryModel model;
    const auto loaded = &HistoryModel::loaded;
    const ModelTiming firstPage = timeModel(model, loaded, [&] { model.setStore(history->store()); });
    HistoryFilter byJob;
    byJob.jobId = jobIdFor(123);
    const ModelTiming filterJob = timeModel(model, loaded, [&] { model.setFilter(byJob); });
    HistoryFilter byText;
    byText.text = QStringLiteral("service-42-");
    const ModelTiming filterText = timeModel(model, loaded, [&] { model.setFilter(byText); });
    const ModelTiming sortName = timeModel(model, loaded, [&] {
        model.setFilter({});
        model.sort(HistoryModel::JobNameColumn, Qt::AscendingOrder);
    });
    const ModelTiming nextPage = timeModel(model, &QAbstractItemModel::rowsInserted, [&] { model.fetchMore({}); });

    // The trend's reads, on the GUI thread: one job's successful snapshots and its name.
    const double trendRead = measureMs([&] {
        loadTrendPoints(*history->store(), jobIdFor(123));
        history->store()->jobName(jobIdFor(123));
    });

    // Recording: the worst single record() on the GUI thread over 500 fetches.
    const JobInfo base = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    QList<double> records;
    for (int i = 0; i < 500; ++i) {
        JobInfo job = base;
        job.id = jobIdFor(i % jobs);
        const HistoryEntry entry = HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 100);
        records << measureMs([&] { history->record(entry); });
    }
    const double recordMax = *std::max_element(records.cbegin(), records.cend());

    std::printf("\n%d entries, %d jobs; %d runs of the real binary (median)\n", entries, jobs, runs);
    std::printf("%-52s %9.2f ms\n", "start to first window, empty database", median(emptyStarts));
    std::printf("%-52s %9.2f ms\n", "start to first window, 100k entries", median(fullStarts));
    report("  difference", median(fullStarts) - median(emptyStarts), 20, "ms");
    std::printf("%-52s %9.2f ms\n", "in-process: show() to history ready (worker)", readyMs);
    report("longest GUI stall, window exposed to history ready", startStall, 16, "ms");
    report("  GUI-thread open of the checked file", guiOpen, 16, "ms");
    report("  favorites panel load (20 favorites)", favoritesLoad, 16, "ms");
    reportModel("history view first page (count + 200 rows)", firstPage, 50);
    reportModel("history view filter by job", filterJob, 50);
    reportModel("history view filter by text (LIKE, full scan)", filterText, 0);
    reportModel("history view sorted by job name (no index)", sortName, 0);
    reportModel("history view next page of that order", nextPage, 0);
    std::printf("%-52s %9.3f ms\n", "record one fetch on the GUI thread, median", median(records));
    report("record one fetch on the GUI thread, worst of 500", recordMax, 16, "ms");
    report("trend of one job: read its snapshots and name", trendRead, 16, "ms");
    const ModelTiming clearJob = timeModel(model, &HistoryModel::cleared, [&] { model.clear(jobIdFor(7)); });
    reportModel("clear one job's history (on the model's thread)", clearJob, 0);
    const ModelTiming clearAll = timeModel(model, &HistoryModel::cleared, [&] { model.clear({}); });
    reportModel("clear all history (on the model's thread)", clearAll, 0);
    return 0;
}
