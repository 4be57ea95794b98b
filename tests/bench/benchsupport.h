#pragma once

// Helpers the benchmarks share: medians, the environment a measured window runs in, and a
// command run with its wall time and peak memory.
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace BenchSupport {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// A scratch HOME, the offscreen platform unless a display is there, and the app's start-up
// marker ("window-shown" on stderr) switched on.
inline QProcessEnvironment windowEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("CODEARTS_INSPECTOR_TRACE_STARTUP"), QStringLiteral("1"));
    return environment;
}

struct Measured
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

inline long peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Runs a command with stdin from a file and stdout to a file: wall time, and peak resident
// memory from /proc (VmHWM, the peak of the process's own address space; getrusage would count
// the parent's pages the child started from), read every 5 ms until it exits. Reading costs
// CPU on a busy machine, so runs that are timed do not read it.
inline Measured measure(const QStringList &arguments, const QString &stdinPath, const QString &stdoutPath,
                        bool readMemory)
{
    QProcess process;
    process.setStandardInputFile(stdinPath);
    process.setStandardOutputFile(stdoutPath);
    QElapsedTimer clock;
    clock.start();
    process.start(arguments.first(), arguments.mid(1));
    Measured result;
    if (!process.waitForStarted())
        return result;
    const qint64 pid = process.processId();
    while (!process.waitForFinished(readMemory ? 5 : 120'000)) {
        if (readMemory)
            result.maxRssKb = qMax(result.maxRssKb, peakRssKb(pid));
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace BenchSupport
