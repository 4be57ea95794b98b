#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;

// A request to the demo sandbox, as its answers need it, whatever HTTP library carried it.
struct DemoRequest
{
    QByteArray method;   // "GET", "POST"...
    QUrl url;            // path and query as received
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header with this name (names compare without case); empty when there is none.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// The sandbox's answer to one request.
struct DemoResponse
{
    int status = 200;
    QByteArray mimeType;   // empty with an empty body: no Content-Type
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The demo sandbox's HTTP/1.1 server. Qt's TCP server (or its TLS server) carries the bytes and
// Boost.Beast reads the requests and writes the answers; the sandbox itself does the routing.
// Serving plain HTTP never touches Qt's TLS backend, so OpenSSL is loaded only for HTTPS.
class DemoHttpServer
{
public:
    using Handler = std::function<DemoResponse(const DemoRequest &)>;

    DemoHttpServer();
    ~DemoHttpServer();
    DemoHttpServer(const DemoHttpServer &) = delete;
    DemoHttpServer &operator=(const DemoHttpServer &) = delete;

    // Listens on `address` and `port` (0: any free port), over TLS when `tls` is given, and
    // answers every request with `handler`, in order, on this object's thread. The port, or 0
    // on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, Handler handler);

private:
    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
};
