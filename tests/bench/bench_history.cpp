// Measures HistoryStore at the size a heavy user reaches: 100,000 entries over 500 jobs.
// Prints, against the goals:
//   first page of history (50 rows) <= 50 ms, filter by job <= 50 ms,
//   record one fetch <= 2 ms (median), database size per entry <= 1.5 KB.
// Usage: bench_history [entries] [jobs]   (default 100000 500). Works in a temporary folder.
#include "benchsupport.h"
#include "history/historystore.h"
#include "sandbox/demosandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using BenchSupport::median;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

double measureMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString jobIdFor(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

// A realistic entry: the demo's richest job under another ID and name; one fetch in ten fails.
HistoryEntry entryFor(const JobInfo &base, int jobNumber, qint64 timeMs, QRandomGenerator &random)
{
    const QString endpoint = QStringLiteral("https://cloudbuild-ext.cn-north-4.myhuaweicloud.com");
    if (random.bounded(10) == 0) {
        ApiError error(ApiError::Kind::Unauthorized, QStringLiteral("expired"));
        error.httpStatus = 401;
        error.errorCode = QStringLiteral("APIG.0301");
        HistoryEntry entry = HistoryEntry::fromError(endpoint, jobIdFor(jobNumber), error, random.bounded(50, 900));
        entry.timeMs = timeMs;
        return entry;
    }
    JobInfo job = base;
    job.id = jobIdFor(jobNumber);
    job.jobName = QStringLiteral("service-%1-ci").arg(jobNumber);
    job.healthScore = int(random.bounded(101));
    job.lastBuildTimeMs = timeMs - random.bounded(3600 * 1000);
    HistoryEntry entry = HistoryEntry::fromJob(endpoint, job, 200, random.bounded(50, 900));
    entry.timeMs = timeMs;
    return entry;
}

void report(const char *what, double value, double goal, const char *unit)
{
    std::printf("%-40s %10.2f %-5s goal <= %-8g %s\n", what, value, unit, goal, value <= goal ? "ok" : "MISSED");
}

void printInfo(const char *what, double value, const char *unit)
{
    std::printf("%-40s %10.2f %s\n", what, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const int jobs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const JobInfo base = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    QRandomGenerator random(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    {
        HistoryStore store(path);
        if (!store.isOpen()) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("Filling %d entries over %d jobs...\n", entries, jobs);
        const double fillMs = measureMs([&] {
            for (int i = 0; i < entries; ++i) {
                const qint64 when = now - qint64(entries - i) * (365 * kDayMs / entries);
                store.record(entryFor(base, int(random.bounded(jobs)), when, random));
            }
        });
        printInfo("fill (one record() per entry), total", fillMs / 1000, "s");
        for (int i = 0; i < 20; ++i)
            store.addFavorite({}, jobIdFor(i * 7 % jobs));
    }

    // Closing the last connection checkpointed the WAL into the main file.
    const double bytesPerEntry = double(QFileInfo(path).size()) / entries;

    QElapsedTimer openTimer;
    openTimer.start();
    HistoryStore store(path);
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;

    const double firstPageCold = measureMs([&] { store.entries({}, 50, 0); });
    QList<double> firstPage, byJob, byJobCount, byText, page100, favorites;
    for (int i = 0; i < 30; ++i) {
        firstPage << measureMs([&] { store.entries({}, 50, 0); });
        page100 << measureMs([&] { store.entries({}, 50, 50 * 100); });
        HistoryFilter filter;
        filter.jobId = jobIdFor(int(random.bounded(jobs)));
        byJob << measureMs([&] { store.entries(filter, 50, 0); });
        byJobCount << measureMs([&] { store.count(filter); });
        HistoryFilter text;
        text.text = QStringLiteral("service-%1-").arg(random.bounded(jobs));
        byText << measureMs([&] { store.entries(text, 50, 0); });
        favorites << measureMs([&] { store.favorites({}); });
    }
    QList<double> recordOne;
    for (int i = 0; i < 1000; ++i) {
        const HistoryEntry entry = entryFor(base, int(random.bounded(jobs)), now + i, random);
        recordOne << measureMs([&] { store.record(entry); });
    }
    const double countAll = measureMs([&] { store.count(); });
    const double distinct = measureMs([&] { store.distinctJobs(); });
    const double retention = measureMs([&] { store.applyRetention(entries, 0); });

    std::printf("\n%d entries, %d jobs, %s\n", entries, jobs, qPrintable(path));
    report("first page of history (50 rows), median", median(firstPage), 50, "ms");
    report("filter by job (50 rows), median", median(byJob), 50, "ms");
    report("record one fetch, median of 1000", median(recordOne), 2, "ms");
    report("database size per entry", bytesPerEntry, 1536, "B");
    std::printf("\nAlso:\n");
    printInfo("open (quick_check + migrations)", openMs, "ms");
    printInfo("first page, cold", firstPageCold, "ms");
    printInfo("page 101 (offset 5000), median", median(page100), "ms");
    printInfo("count for one job, median", median(byJobCount), "ms");
    printInfo("text filter (LIKE, 50 rows), median", median(byText), "ms");
    printInfo("favorites (20, newest snapshot each), median", median(favorites), "ms");
    printInfo("record one fetch, 99th percentile", [&] {
        std::sort(recordOne.begin(), recordOne.end());
        return recordOne.at(recordOne.size() * 99 / 100);
    }(), "ms");
    printInfo("count all", countAll, "ms");
    printInfo("distinct jobs", distinct, "ms");
    printInfo("retention pass (keeps everything)", retention, "ms");
    return 0;
}
