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

// The demo sandbox's HTTP server (Qt HttpServer), behind an interface that does not name it. On
// Linux the implementation is a module of its own (codearts-inspector-sandbox.so), loaded when a
// sandbox first starts: Qt HttpServer and Qt WebSockets would otherwise cost every start of the
// app, window or command line, 0.7 ms, for the demo and the tests only.
class DemoHttpServer
{
public:
    using Handler = std::function<DemoResponse(const DemoRequest &)>;

    virtual ~DemoHttpServer() = default;

    // Listens on `address` and `port` (0: any free port), over TLS when `tls` is given, and
    // answers every request with `handler`, on this object's thread. The port, or 0 on failure.
    virtual quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                           Handler handler) = 0;
};

// A new server, or null with `error` set. Two definitions exist and each program links one:
// demohttpserverlinked.cpp (Qt HttpServer linked in) and demohttpservermodule.cpp (the module).
std::unique_ptr<DemoHttpServer> createDemoHttpServer(QString *error);
