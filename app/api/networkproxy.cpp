#include "api/networkproxy.h"

#include "api/endpoints.h"

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (Endpoints::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy::NoProxy};
    return systemProxyForQuery(query);
}

void SystemProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory);
}
