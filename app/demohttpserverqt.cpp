#include "demohttpserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslConfiguration>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QHttpServerResponse toQt(DemoResponse answer)
{
    const auto status = QHttpServerResponder::StatusCode(answer.status);
    QHttpServerResponse response = answer.mimeType.isEmpty() && answer.body.isEmpty()
        ? QHttpServerResponse(status)
        : QHttpServerResponse(std::move(answer.mimeType), std::move(answer.body), status);
    for (const auto &[name, value] : std::as_const(answer.headers))
        response.setHeader(name, value);
    return response;
}

// Every request goes to the handler: the sandbox does its own routing, so Qt's router (and the
// regular expressions it compiles) is not needed.
class QtDemoHttpServer final : public QAbstractHttpServer, public DemoHttpServer
{
public:
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                   Handler handler) override
    {
        m_handler = std::move(handler);
        if (tls)
            sslSetup(*tls);
        return QAbstractHttpServer::listen(address, port);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const DemoRequest asked{methodName(request.method()), request.url(), request.headers(), request.body()};
        toQt(m_handler(asked)).write(makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}   // never: all are handled

private:
    Handler m_handler;
};

} // namespace

extern "C" Q_DECL_EXPORT DemoHttpServer *codearts_inspector_demo_http_server()
{
    return new QtDemoHttpServer;
}
