#pragma once

// Helpers the benchmarks share: medians and the environment a measured window runs in.
#include <QList>
#include <QProcessEnvironment>
#include <QString>

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

} // namespace BenchSupport
