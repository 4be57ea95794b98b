#pragma once

// A private D-Bus session bus and a stand-in for the freedesktop notification service on it,
// for window tests that check what the desktop is told: the window's DesktopNotifier talks to
// the session bus, which useSessionBus() points at the private one before anything connects.

#include "watch/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// Records Notify calls and hands out ids, as a notification daemon does; says that a
// notification was clicked (ActionInvoked) when a test asks.
class NotificationServiceStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint id = 0;
        uint replacesId = 0;
        QString summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;
    QStringList capabilities = {QStringLiteral("actions"), QStringLiteral("body")};

    // Registers the service on `bus` (a connection of the test's own).
    bool registerOn(QDBusConnection bus)
    {
        m_bus = bus;
        return bus.registerObject(QLatin1String(DesktopNotifier::kPath), this, QDBusConnection::ExportAllSlots)
            && bus.registerService(QLatin1String(DesktopNotifier::kService));
    }
    void unregister()
    {
        m_bus.unregisterService(QLatin1String(DesktopNotifier::kService));
        m_bus.unregisterObject(QLatin1String(DesktopNotifier::kPath));
    }
    // As when the user clicks the notification (`action` "default") or one of its buttons.
    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(DesktopNotifier::kPath),
                                                         QLatin1String(DesktopNotifier::kService),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }

public slots:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = replacesId != 0 ? replacesId : uint(100 + calls.size() + 1);
        calls.append({id, replacesId, summary, body, actions, hints});
        return id;
    }
    QStringList GetCapabilities() { return capabilities; }

private:
    QDBusConnection m_bus{QString()};
};

// dbus-daemon --session for the test; the address is put in DBUS_SESSION_BUS_ADDRESS.
class PrivateSessionBus
{
public:
    ~PrivateSessionBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }
    // False when dbus-daemon is missing or did not start (the caller skips).
    bool start()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            return false;
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000))
            return false;
        for (int waited = 0; !m_daemon.canReadLine() && waited < 10'000; waited += 50)
            m_daemon.waitForReadyRead(50);
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        if (m_address.isEmpty())
            return false;
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        return true;
    }
    QString address() const { return m_address; }
    QDBusConnection connect(const QString &name) const { return QDBusConnection::connectToBus(m_address, name); }

private:
    QProcess m_daemon;
    QString m_address;
};
