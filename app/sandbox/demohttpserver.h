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
    // A body too large to hold (a whole build log): when set, `body` is left out and this gives
    // the body piece by piece, as the connection takes it, until it gives an empty piece. It is
    // sent with chunked transfer encoding.
    std::function<QByteArray()> bodyPieces = {};
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
    // Sends each answer this long after its request arrived, like a distant service (default
    // 0); call before listen().
    void setLatencyMs(int ms) { m_latencyMs = ms; }

private:
    Handler m_handler;
    int m_latencyMs = 0;
    std::unique_ptr<QTcpServer> m_server;
};

// One HTTP/1.1 conversation, whatever carries its bytes: requests are read with Boost.Beast as
// they arrive (pipelined ones in order) and answered with the handler. The server runs one per
// connection; the fuzz target feeds it bytes directly.
class DemoHttpSession
{
public:
    explicit DemoHttpSession(const DemoHttpServer::Handler &handler);
    ~DemoHttpSession();
    DemoHttpSession(const DemoHttpSession &) = delete;
    DemoHttpSession &operator=(const DemoHttpSession &) = delete;

    // Takes the bytes received and returns what to send back (possibly nothing yet). While an
    // answer's body is still coming in pieces, requests are only stored: they are answered in
    // order once it is done.
    QByteArray receive(const QByteArray &bytes);
    // After a bad request or one that does not keep the connection: close it (once the body
    // coming in pieces, if any, is sent).
    bool closed() const { return m_closed; }

    // True while an answer's body comes in pieces (DemoResponse::bodyPieces).
    bool isStreaming() const { return bool(m_pieces); }
    // The next piece of that body, chunk-encoded; the last one ends the body. Then receive({})
    // answers the requests that arrived meanwhile.
    QByteArray nextPiece();

private:
    struct Parser;
    QByteArray continueIfExpected();
    QByteArray answerParsedRequest();

    const DemoHttpServer::Handler &m_handler;
    QByteArray m_received;
    std::unique_ptr<Parser> m_parser;
    std::function<QByteArray()> m_pieces;
    bool m_closed = false;
};
