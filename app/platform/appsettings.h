#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

// The one table of settings keys, with defaults. Nothing secret is ever stored here.
// Tests isolate settings by pointing QStandardPaths at a scratch HOME (QStandardPaths::setTestModeEnabled).
namespace AppSettings {

// The endpoint choice: "demo", a region ID ("cn-north-4") or a custom base URL.
inline constexpr const char *kEndpoint = "connection/endpoint";
inline constexpr const char *kLastJob = "connection/lastJob";
inline constexpr const char *kTimeoutSeconds = "network/timeoutSeconds";
inline constexpr const char *kCaFile = "network/caFile";
// "system" (default): the system's proxy settings; "manual": kProxyUrl for every request.
inline constexpr const char *kProxyMode = "network/proxy";
inline constexpr const char *kProxyUrl = "network/proxyUrl";   // http://host:port
inline constexpr const char *kWindowGeometry = "window/geometry";
inline constexpr const char *kWindowState = "window/state";
// The interface language ("en", "zh_CN"); empty or absent: follow the system locale.
inline constexpr const char *kLanguage = "ui/language";
// History retention, applied each time the window starts; 0 means no limit.
inline constexpr const char *kHistoryMaxEntries = "history/maxEntries";
inline constexpr const char *kHistoryMaxDays = "history/maxDays";
// The Builds tab: whether the durations chart is shown, and whether the log wraps its lines.
inline constexpr const char *kBuildsChartShown = "builds/chartShown";
inline constexpr const char *kBuildsLogWrap = "builds/logWrap";

inline constexpr int kDefaultTimeoutSeconds = 30;
inline constexpr const char *kDemoEndpoint = "demo";
inline constexpr int kDefaultHistoryMaxEntries = 100000;
inline constexpr int kDefaultHistoryMaxDays = 0;

// Organization and application names decide where QSettings and the data directory live.
void setApplicationIdentity();

std::unique_ptr<QSettings> open();

QString endpointChoice();          // default: "demo" until the user picks something else
int timeoutSeconds();
QString caFile();
// The manual proxy when one is chosen and valid; empty: the system's settings.
QUrl manualProxy();
int historyMaxEntries();
int historyMaxDays();

} // namespace AppSettings
