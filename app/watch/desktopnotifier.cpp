#include "watch/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), u"ActionInvoked"_qs, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
                  u"NotificationClosed"_qs, this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isServiceAvailable() const
{
    return m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(QLatin1String(kService)).value();
}

bool DesktopNotifier::notify(const WatchNotification &notification)
{
    return notify(notification.title(), notification.body(), notification.jobId(),
                  notification.kind == WatchNotification::Kind::Failed);
}

bool DesktopNotifier::notify(const QString &title, const QString &body, const QString &jobId, bool urgent)
{
    if (!isServiceAvailable())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                                       QLatin1String(kService), u"Notify"_qs);
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
    call << QCoreApplication::applicationName() << uint(0) << u"codearts-inspector"_qs << title
         << body << QStringList{u"default"_qs, tr("Open")}
         << QVariantMap{{u"urgency"_qs, QVariant::fromValue(uchar(urgent ? 2 : 1))},
                        {u"desktop-entry"_qs, u"codearts-inspector"_qs}}
         << int(-1);
    // Asynchronous: the window never waits for the notification service.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, jobId] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid())
            m_jobsById.insert(reply.value(), jobId);
        else
            emit failed(reply.error().message());
        watcher->deleteLater();
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_jobsById.constFind(id);
    if (it == m_jobsById.constEnd() || actionKey != u"default")
        return;
    emit activated(*it);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_jobsById.remove(id);
}
