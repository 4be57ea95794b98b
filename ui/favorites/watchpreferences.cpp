#include "favorites/watchpreferences.h"

#include <QSettings>

namespace {

int positiveSetting(QSettings &settings, const char *key, int fallback, int maximum)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok && value > 0 && value <= maximum ? value : fallback;
}

} // namespace

int WatchPreferences::runningIntervalSeconds(QSettings &settings)
{
    return positiveSetting(settings, kRunningIntervalSeconds, kDefaultRunningIntervalSeconds, kMaxRunningIntervalSeconds);
}

int WatchPreferences::idleIntervalSeconds(QSettings &settings)
{
    return positiveSetting(settings, kIdleIntervalSeconds, kDefaultIdleIntervalSeconds, kMaxIdleIntervalSeconds);
}

WatchSettings WatchPreferences::schedulerSettings(QSettings &settings)
{
    WatchSettings result;
    result.runningIntervalMs = 1000LL * runningIntervalSeconds(settings);
    result.idleIntervalMs = 1000LL * idleIntervalSeconds(settings);
    result.requestsPerMinute = positiveSetting(settings, kRequestsPerMinute, 30, 600);
    return result;
}

NotifyKinds WatchPreferences::notifyKinds(QSettings &settings)
{
    const NotifyKinds defaults;
    const auto read = [&settings](const char *key, bool fallback) {
        return settings.value(QLatin1String(key), fallback).toBool();
    };
    NotifyKinds kinds;
    kinds.failed = read(kNotifyFailed, defaults.failed);
    kinds.fixed = read(kNotifyFixed, defaults.fixed);
    kinds.stillFailing = read(kNotifyStillFailing, defaults.stillFailing);
    kinds.started = read(kNotifyStarted, defaults.started);
    kinds.aborted = read(kNotifyAborted, defaults.aborted);
    return kinds;
}

void WatchPreferences::saveNotifyKinds(QSettings &settings, const NotifyKinds &kinds)
{
    settings.setValue(QLatin1String(kNotifyFailed), kinds.failed);
    settings.setValue(QLatin1String(kNotifyFixed), kinds.fixed);
    settings.setValue(QLatin1String(kNotifyStillFailing), kinds.stillFailing);
    settings.setValue(QLatin1String(kNotifyStarted), kinds.started);
    settings.setValue(QLatin1String(kNotifyAborted), kinds.aborted);
}

