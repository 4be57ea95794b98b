#include "api/networkproxy.h"

#include "api/endpoints.h"
#include "platform/appsettings.h"

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (Endpoints::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy::NoProxy};
    if (!m_manual.isEmpty())
        return {QNetworkProxy(QNetworkProxy::HttpProxy, m_manual.host(), quint16(m_manual.port()))};
    return systemProxyForQuery(query);
}

void SystemProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory(AppSettings::manualProxy()));
}
