#include "watch/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace {

constexpr const char *kDefault = "default";   // what a click on the notification invokes
constexpr const char *kOpenJob = "open-job";
constexpr const char *kOpenInBrowser = "open-in-browser";
constexpr uchar kNormalUrgency = 1;

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), u"ActionInvoked"_qs, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
                  u"NotificationClosed"_qs, this, SLOT(onClosed(uint, uint)));
    askCapabilities();
}

bool DesktopNotifier::isServiceAvailable() const
{
    return m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(QLatin1String(kService)).value();
}

// Asynchronous, once: the first notification comes seconds later (the settle time).
void DesktopNotifier::askCapabilities()
{
    if (!m_bus.isConnected())
        return;
    const QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                                             QLatin1String(kService), u"GetCapabilities"_qs);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isValid())
            m_capabilities = reply.value();
        watcher->deleteLater();
    });
}

QString DesktopNotifier::escapeMarkup(const QString &plainText)
{
    return plainText.toHtmlEscaped();
}

QString DesktopNotifier::bodyForServer(const QString &plainText) const
{
    if (m_capabilities && !m_capabilities->contains(u"body-markup"_qs))
        return plainText;
    return escapeMarkup(plainText);
}

bool DesktopNotifier::notify(const WatchNotification &notification)
{
    std::optional<int> number;
    bool failure = false;
    if (notification.kind != WatchNotification::Kind::Summary && !notification.transitions.isEmpty()) {
        number = notification.transitions.first().build.number;
        failure = notification.transitions.first().to == JobState::Failed;
    }
    return send(notification.title(), notification.body(), notification.jobId(), number, failure);
}

bool DesktopNotifier::notify(const QString &title, const QString &body, const QString &jobId,
                             std::optional<int> buildNumber)
{
    return send(title, body, jobId, buildNumber, false);
}

bool DesktopNotifier::send(const QString &title, const QString &body, const QString &jobId,
                           std::optional<int> buildNumber, bool failure)
{
    if (!isServiceAvailable())
        return false;
    // A failure's first question is why: its click shows the log.
    QStringList actions{QLatin1String(kDefault), failure ? tr("Show log") : tr("Show build")};
    if (failure)
        actions << QLatin1String(kOpenJob) << tr("Open job");
    if (!jobId.isEmpty())
        actions << QLatin1String(kOpenInBrowser) << tr("Open in Browser");
    const uint replaces = m_lastIdOfJob.value(jobId, 0);
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                                       QLatin1String(kService), u"Notify"_qs);
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the
    // server's default). The summary is never markup, by the specification.
    call << QCoreApplication::applicationName() << replaces << u"codearts-inspector"_qs << title
         << bodyForServer(body) << actions
         << QVariantMap{{u"urgency"_qs, QVariant::fromValue(kNormalUrgency)},
                        {u"desktop-entry"_qs, u"codearts-inspector"_qs}}
         << int(-1);
    // Asynchronous: the window never waits for the notification service.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    const Shown shown{jobId, buildNumber.value_or(0), failure};
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, shown] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid()) {
            m_shown.insert(reply.value(), shown);
            if (!shown.jobId.isEmpty())
                m_lastIdOfJob.insert(shown.jobId, reply.value());
        } else {
            emit failed(reply.error().message());
        }
        watcher->deleteLater();
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd())
        return;
    if (actionKey == QLatin1String(kDefault)) {
        emit activated(it->jobId);
        if (it->failure)
            emit showLogRequested(it->jobId, it->buildNumber);
        else
            emit showBuildRequested(it->jobId, it->buildNumber);
    } else if (actionKey == QLatin1String(kOpenJob)) {
        emit openJobRequested(it->jobId);
    } else if (actionKey == QLatin1String(kOpenInBrowser)) {
        emit openInBrowserRequested(it->jobId);
    }
}

void DesktopNotifier::onClosed(uint id, uint)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd())
        return;
    if (m_lastIdOfJob.value(it->jobId) == id)
        m_lastIdOfJob.remove(it->jobId);
    m_shown.erase(it);
}
