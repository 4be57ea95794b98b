#pragma once

#include "watch/transitiontracker.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

// Shows watch notifications through the freedesktop notification service
// (org.freedesktop.Notifications over D-Bus, as most Linux desktops provide). When there is no
// such service, notify() returns false and the caller falls back (the window uses
// QSystemTrayIcon::showMessage).
//  - Normal urgency, so they expire as the server decides (critical ones stay until clicked).
//  - Notifications about one job replace each other (replaces_id) instead of stacking.
//  - Plain text: where the server reads markup in the body (body-markup), <, > and & are
//    escaped, so a job name or a log line never turns into a link or an image.
//  - Where the server shows actions: "Show build" (also a click on the notification) and
//    "Open in Browser"; for a failure "Show log" (the click), "Open job" and "Open in Browser".
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";

    // True when the notification service is there to take it (it answers later; a refusal is
    // reported with failed()).
    bool notify(const WatchNotification &notification);
    // A message that is not about a transition (credentials refused); `jobId` may be empty.
    bool notify(const QString &title, const QString &body, const QString &jobId, std::optional<int> buildNumber = {});
    bool isServiceAvailable() const;

    // The body as the server will show it: escaped where it reads markup. Before the server has
    // said what it can do, escaped too: a literal "&amp;" is better than an injected link.
    QString bodyForServer(const QString &plainText) const;
    static QString escapeMarkup(const QString &plainText);

signals:
    // The user clicked the notification of this job (the first job of a summary) or its
    // "Show build" action; `buildNumber` is 0 when the notification named no build.
    void activated(const QString &jobId);
    void showBuildRequested(const QString &jobId, int buildNumber);
    // A failure's click or "Show log": the build's log, at the line that explains the failure.
    void showLogRequested(const QString &jobId, int buildNumber);
    // "Open job": the job in the window.
    void openJobRequested(const QString &jobId);
    void openInBrowserRequested(const QString &jobId);
    void failed(const QString &reason);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    struct Shown
    {
        QString jobId;
        int buildNumber = 0;
        bool failure = false;
    };
    void askCapabilities();
    bool send(const QString &title, const QString &body, const QString &jobId, std::optional<int> buildNumber,
              bool failure);

    QDBusConnection m_bus;
    QHash<uint, Shown> m_shown;          // by the server's notification id
    QHash<QString, uint> m_lastIdOfJob;  // for replaces_id
    std::optional<QStringList> m_capabilities;
};
