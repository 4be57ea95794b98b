#pragma once

#include <QNetworkProxyFactory>

// Uses the system's proxy configuration (on Linux: https_proxy, http_proxy and no_proxy, or the
// desktop's settings through libproxy), but never a proxy for loopback addresses: the demo
// sandbox and tests must be reached directly whatever the environment says.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Installs this factory for the whole application.
    static void install();
};
