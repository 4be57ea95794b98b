#pragma once

#include "watch/transitiontracker.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

// Shows watch notifications through the freedesktop notification service
// (org.freedesktop.Notifications over D-Bus, as most Linux desktops provide). When there is no
// such service, notify() returns false and the caller falls back (the window uses
// QSystemTrayIcon::showMessage). Clicking a notification emits activated() with its job.
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
    bool notify(const QString &title, const QString &body, const QString &jobId, bool urgent = false);
    bool isServiceAvailable() const;

signals:
    // The user clicked the notification of this job (the first job of a summary).
    void activated(const QString &jobId);
    void failed(const QString &reason);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_jobsById;
};
