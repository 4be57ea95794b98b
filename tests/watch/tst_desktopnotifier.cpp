// DesktopNotifier against a stand-in for the freedesktop notification service, on a private
// D-Bus session bus that the test starts (dbus-daemon --session), so no desktop is touched.
#include "watch/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Records Notify calls and hands out ids, as a notification daemon does.
class NotificationServiceStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({appName, summary, body, actions, hints});
        return uint(100 + calls.size());
    }
};

namespace {

JobTransition transition(const QString &id, const QString &name, JobState from, JobState to)
{
    JobTransition t;
    t.jobId = id;
    t.jobName = name;
    t.from = from;
    t.to = to;
    return t;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"dbus-daemon"_qs).isEmpty())
            QSKIP("dbus-daemon is not installed");
        m_daemon.start(u"dbus-daemon"_qs, {u"--session"_qs, u"--nofork"_qs, u"--print-address=1"_qs});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10'000);
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(u"client"_qs);
        QDBusConnection::disconnectFromBus(u"service"_qs);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }

    void withoutTheServiceTheCallerFallsBack()
    {
        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"client"_qs));
        QVERIFY(!notifier.isServiceAvailable());
        WatchNotification notification{WatchNotification::Kind::Failed,
                                       {transition(u"a1"_qs, u"nightly"_qs, JobState::Running, JobState::Failed)}};
        QVERIFY(!notifier.notify(notification));
    }

    void notifiesAndOpensTheJobOnClick()
    {
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"service"_qs);
        NotificationServiceStandIn standIn;
        QVERIFY(service.registerObject(QLatin1String(DesktopNotifier::kPath), &standIn, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QLatin1String(DesktopNotifier::kService)));

        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"client"_qs));
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QVERIFY(notifier.isServiceAvailable());
        QVERIFY(notifier.notify({WatchNotification::Kind::Failed,
                                 {transition(u"a1"_qs, u"nightly"_qs, JobState::Running, JobState::Failed)}}));
        QVERIFY(notifier.notify({WatchNotification::Kind::Fixed,
                                 {transition(u"b2"_qs, u"hotfix"_qs, JobState::Running, JobState::Success)}}));
        QTRY_COMPARE(standIn.calls.size(), 2);
        QCOMPARE(standIn.calls[0].summary, u"nightly failed"_qs);
        QCOMPARE(standIn.calls[0].body, u"nightly: running -> failed"_qs);
        QCOMPARE(standIn.calls[0].actions.first(), u"default"_qs);
        QCOMPARE(standIn.calls[0].hints.value(u"urgency"_qs).toInt(), 2);
        QCOMPARE(standIn.calls[1].summary, u"hotfix is fixed"_qs);

        // The service says the second one (id 102) was clicked; another action is ignored.
        QTest::qWait(100); // let the notifier note the ids
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"other"_qs});
        sendSignal(service, u"ActionInvoked"_qs, {uint(102), u"default"_qs});
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), u"b2"_qs);
        // A closed notification can no longer be clicked.
        sendSignal(service, u"NotificationClosed"_qs, {uint(101), uint(2)});
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"default"_qs});
        QTest::qWait(200);
        QCOMPARE(activated.size(), 1);
        service.unregisterService(QLatin1String(DesktopNotifier::kService));
    }

private:
    static void sendSignal(QDBusConnection &bus, const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(DesktopNotifier::kPath),
                                                         QLatin1String(DesktopNotifier::kService), name);
        signal.setArguments(arguments);
        QVERIFY(bus.send(signal));
    }

    QProcess m_daemon;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
