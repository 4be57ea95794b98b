#pragma once

#include "watch/pollscheduler.h"
#include "watch/transitiontracker.h"

class QSettings;

// The settings of watching in the window (QSettings keys), read when the window starts and
// again when the Preferences dialog applies them (WatchBoard::applySettings()).
namespace WatchPreferences {
inline constexpr const char *kRunningIntervalSeconds = "watch/runningIntervalSeconds";
inline constexpr const char *kIdleIntervalSeconds = "watch/idleIntervalSeconds";
inline constexpr int kDefaultRunningIntervalSeconds = 15;
inline constexpr int kDefaultIdleIntervalSeconds = 120;
inline constexpr int kMaxRunningIntervalSeconds = 3600;
inline constexpr int kMaxIdleIntervalSeconds = 24 * 3600;
inline constexpr const char *kRequestsPerMinute = "watch/requestsPerMinute";             // 30 per endpoint
inline constexpr const char *kAttentionFirst = "watch/attentionFirst";
inline constexpr const char *kDoNotDisturb = "watch/doNotDisturb";
// Which transitions are notified (NotifyKinds; absent keys keep its defaults).
inline constexpr const char *kNotifyFailed = "watch/notifyFailed";
inline constexpr const char *kNotifyFixed = "watch/notifyFixed";
inline constexpr const char *kNotifyStillFailing = "watch/notifyStillFailing";
inline constexpr const char *kNotifyStarted = "watch/notifyStarted";
inline constexpr const char *kNotifyAborted = "watch/notifyAborted";
// Absent: the first close while watching asks (and says that watching goes on in the tray).
inline constexpr const char *kKeepWatchingInTray = "watch/keepWatchingInTray";
inline constexpr const char *kMutedJobs = "watch/mutedJobs";   // job IDs
// The scheduler's settings from the keys above; values out of range fall back to the default.
WatchSettings schedulerSettings(QSettings &settings);
NotifyKinds notifyKinds(QSettings &settings);
void saveNotifyKinds(QSettings &settings, const NotifyKinds &kinds);
// The intervals as the dialog shows them, in seconds.
int runningIntervalSeconds(QSettings &settings);
int idleIntervalSeconds(QSettings &settings);
} // namespace WatchPreferences
