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

    QStringList capabilities = {u"actions"_qs, u"body"_qs, u"body-markup"_qs};
    QList<uint> replaced;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({appName, summary, body, actions, hints});
        replaced.append(replacesId);
        return replacesId != 0 ? replacesId : uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return capabilities; }
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
        QCOMPARE(standIn.calls[0].body, u"running -&gt; failed"_qs); // the server reads markup
        // A failure's click shows its log; other notifications show the build.
        QCOMPARE(standIn.calls[0].actions, (QStringList{u"default"_qs, u"Show log"_qs, u"open-job"_qs, u"Open job"_qs,
                                                        u"open-in-browser"_qs, u"Open in Browser"_qs}));
        QCOMPARE(standIn.calls[1].actions, (QStringList{u"default"_qs, u"Show build"_qs, u"open-in-browser"_qs,
                                                        u"Open in Browser"_qs}));
        // Normal urgency: it expires as the server decides (critical ones never do).
        QCOMPARE(standIn.calls[0].hints.value(u"urgency"_qs).toInt(), 1);
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
        service.unregisterObject(QLatin1String(DesktopNotifier::kPath));
    }

    void oneJobsNotificationsReplaceEachOtherAndSayWhichBuild()
    {
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"service"_qs);
        NotificationServiceStandIn standIn;
        QVERIFY(service.registerObject(QLatin1String(DesktopNotifier::kPath), &standIn, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QLatin1String(DesktopNotifier::kService)));
        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"client"_qs));
        QSignalSpy showBuild(&notifier, &DesktopNotifier::showBuildRequested);
        QSignalSpy showLog(&notifier, &DesktopNotifier::showLogRequested);
        QSignalSpy openJob(&notifier, &DesktopNotifier::openJobRequested);
        QSignalSpy browser(&notifier, &DesktopNotifier::openInBrowserRequested);
        JobTransition failed = transition(u"a1"_qs, u"nightly"_qs, JobState::Running, JobState::Failed);
        failed.build.number = 58;
        QVERIFY(notifier.notify({WatchNotification::Kind::Failed, {failed}}));
        QTRY_COMPARE(standIn.calls.size(), 1);
        QTest::qWait(100); // let the notifier note the id
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"default"_qs});
        QTRY_COMPARE(showLog.size(), 1);
        QCOMPARE(showLog.first().at(0).toString(), u"a1"_qs);
        QCOMPARE(showLog.first().at(1).toInt(), 58);
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"open-job"_qs});
        QTRY_COMPARE(openJob.size(), 1);
        QCOMPARE(openJob.first().at(0).toString(), u"a1"_qs);
        QVERIFY(showBuild.isEmpty());
        JobTransition fixed = transition(u"a1"_qs, u"nightly"_qs, JobState::Running, JobState::Success);
        fixed.build.number = 59;
        QVERIFY(notifier.notify({WatchNotification::Kind::Fixed, {fixed}}));
        QTRY_COMPARE(standIn.calls.size(), 2);
        QCOMPARE(standIn.replaced, (QList<uint>{0, 101})); // the second replaces the first
        QTest::qWait(100);
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"default"_qs});
        QTRY_COMPARE(showBuild.size(), 1);
        QCOMPARE(showBuild.first().at(0).toString(), u"a1"_qs);
        QCOMPARE(showBuild.first().at(1).toInt(), 59);
        sendSignal(service, u"ActionInvoked"_qs, {uint(101), u"open-in-browser"_qs});
        QTRY_COMPARE(browser.size(), 1);
        // Closed: the next one stands alone again.
        sendSignal(service, u"NotificationClosed"_qs, {uint(101), uint(1)});
        QTest::qWait(100);
        QVERIFY(notifier.notify({WatchNotification::Kind::Failed, {failed}}));
        QTRY_COMPARE(standIn.calls.size(), 3);
        QCOMPARE(standIn.replaced.last(), uint(0));
        service.unregisterService(QLatin1String(DesktopNotifier::kService));
        service.unregisterObject(QLatin1String(DesktopNotifier::kPath));
    }

    void markupIsEscapedWhereTheServerReadsIt()
    {
        QCOMPARE(DesktopNotifier::escapeMarkup(u"<b>x</b> & <a href=\"y\">z</a> <img src=q>"_qs),
                 u"&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=&quot;y&quot;&gt;z&lt;/a&gt; &lt;img src=q&gt;"_qs);
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"service"_qs);
        NotificationServiceStandIn standIn;
        standIn.capabilities = {u"body"_qs}; // no body-markup: plain text goes as it is
        QVERIFY(service.registerObject(QLatin1String(DesktopNotifier::kPath), &standIn, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QLatin1String(DesktopNotifier::kService)));
        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"client"_qs));
        QTRY_COMPARE(notifier.bodyForServer(u"a < b"_qs), u"a < b"_qs);
        service.unregisterService(QLatin1String(DesktopNotifier::kService));
        service.unregisterObject(QLatin1String(DesktopNotifier::kPath));
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
