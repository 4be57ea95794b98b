#pragma once

#include <QNetworkProxyFactory>

#include <QUrl>

// Uses the system's proxy configuration (on Linux: https_proxy, http_proxy and no_proxy, or the
// desktop's settings through libproxy), or the manual proxy chosen in the settings (window and
// command line alike), but never a proxy for loopback addresses: the demo sandbox and tests
// must be reached directly whatever the environment says.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SystemProxyFactory(QUrl manualProxy = {}) : m_manual(std::move(manualProxy)) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Installs this factory for the whole application, with the proxy the settings say; call it
    // again after they change.
    static void install();

private:
    QUrl m_manual;   // empty: the system's
};
