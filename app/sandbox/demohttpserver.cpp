#include "sandbox/demohttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>
#include <QTcpSocket>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <optional>
#include <sstream>

namespace http = boost::beast::http;

namespace {

QByteArray toByteArray(boost::beast::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

DemoRequest toDemoRequest(const http::request<http::string_body> &request)
{
    DemoRequest asked;
    asked.method = toByteArray(request.method_string());
    // The target is a path and an optional query, still percent-encoded as sent.
    const QByteArray target = toByteArray(request.target());
    const qsizetype queryStart = target.indexOf('?');
    if (queryStart < 0) {
        asked.url.setPath(QString::fromLatin1(target), QUrl::TolerantMode);
    } else {
        asked.url.setPath(QString::fromLatin1(target.first(queryStart)), QUrl::TolerantMode);
        asked.url.setQuery(QString::fromLatin1(target.sliced(queryStart + 1)), QUrl::TolerantMode);
    }
    for (const auto &field : request)
        asked.headers.append({toByteArray(field.name_string()), toByteArray(field.value())});
    asked.body = toByteArray(request.body());
    return asked;
}

// The status line and headers of an answer whose body follows in chunks.
QByteArray chunkedHead(const DemoResponse &answer, bool keepAlive)
{
    http::response<http::empty_body> response;
    response.version(11);
    response.result(unsigned(answer.status));
    if (!answer.mimeType.isEmpty())
        response.set(http::field::content_type, answer.mimeType.toStdString());
    for (const auto &[name, value] : answer.headers)
        response.set(name.toStdString(), value.toStdString());
    response.keep_alive(keepAlive);
    response.chunked(true);
    std::ostringstream out;
    out << response.base();
    return QByteArray::fromStdString(out.str());
}

QByteArray serialized(const DemoResponse &answer, bool keepAlive)
{
    http::response<http::string_body> response;
    response.version(11);
    response.result(unsigned(answer.status));
    if (!answer.mimeType.isEmpty())
        response.set(http::field::content_type, answer.mimeType.toStdString());
    for (const auto &[name, value] : answer.headers)
        response.set(name.toStdString(), value.toStdString());
    response.body() = answer.body.toStdString();
    response.keep_alive(keepAlive);
    response.prepare_payload();
    std::ostringstream out;
    out << response;
    return QByteArray::fromStdString(out.str());
}

// One client connection on a socket: what arrives goes through a DemoHttpSession, what it
// answers goes back.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const DemoHttpServer::Handler &handler, int latencyMs, QObject *parent)
        : QObject(parent), m_socket(socket), m_session(handler), m_latencyMs(latencyMs)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        readRequests();
    }

private:
    void readRequests()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState || m_session.closed())
            return;
        const QByteArray answer = m_session.receive(m_socket->readAll());
        const bool close = m_session.closed();
        if (m_latencyMs == 0) {
            send(answer, close);
            return;
        }
        // As over a real network: every answer leaves the same time after its request, so
        // they stay in order, and other connections are served meanwhile.
        QTimer::singleShot(m_latencyMs, this, [this, answer, close] { send(answer, close); });
    }

    void send(const QByteArray &answer, bool close)
    {
        if (!answer.isEmpty())
            m_socket->write(answer);
        if (m_session.isStreaming()) {
            m_closeAfterStream = close;
            connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::sendPieces, Qt::UniqueConnection);
            sendPieces();
            return;
        }
        if (close)
            m_socket->disconnectFromHost();
    }

    // A body that comes in pieces is written as the socket drains, so that the sandbox never
    // holds more than a few pieces of it.
    void sendPieces()
    {
        constexpr qint64 kMaxQueuedBytes = 256 * 1024;
        while (m_session.isStreaming() && m_socket->bytesToWrite() < kMaxQueuedBytes)
            m_socket->write(m_session.nextPiece());
        if (m_session.isStreaming())
            return;
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::sendPieces);
        if (m_closeAfterStream)
            m_socket->disconnectFromHost();
        else
            readRequests();   // those that arrived meanwhile
    }

    QTcpSocket *m_socket;
    DemoHttpSession m_session;
    int m_latencyMs;
    bool m_closeAfterStream = false;
};

} // namespace

struct DemoHttpSession::Parser
{
    http::request_parser<http::string_body> parser;
    bool continueSent = false;   // for the request this parser reads
};

DemoHttpSession::DemoHttpSession(const DemoHttpServer::Handler &handler) : m_handler(handler) {}
DemoHttpSession::~DemoHttpSession() = default;

QByteArray DemoHttpSession::receive(const QByteArray &bytes)
{
    QByteArray answer;
    m_received += bytes;
    while (!m_closed && !m_pieces && !m_received.isEmpty()) {
        if (!m_parser) {
            m_parser = std::make_unique<Parser>();
            m_parser->parser.eager(true);
        }
        boost::beast::error_code error;
        const auto unread = boost::asio::buffer(m_received.constData(), std::size_t(m_received.size()));
        m_received.remove(0, qsizetype(m_parser->parser.put(unread, error)));
        if (error && error != http::error::need_more) {
            const QByteArray why = QByteArray::fromStdString(error.message());
            answer += serialized({400, "text/plain", "Bad request: " + why, {}}, false);
            m_closed = true;
            break;
        }
        if (!m_parser->parser.is_done()) {
            answer += continueIfExpected();
            break;   // the rest of the request is still to come
        }
        answer += answerParsedRequest();
    }
    return answer;
}

// A client that asks first (curl does for bodies over 1 KiB) sends its body when told to go
// on, or after waiting a second without being told.
QByteArray DemoHttpSession::continueIfExpected()
{
    if (m_parser->continueSent || !m_parser->parser.is_header_done())
        return {};
    if (!boost::beast::iequals(m_parser->parser.get()[http::field::expect], "100-continue"))
        return {};
    m_parser->continueSent = true;
    return "HTTP/1.1 100 Continue\r\n\r\n";
}

QByteArray DemoHttpSession::answerParsedRequest()
{
    const http::request<http::string_body> request = m_parser->parser.release();
    m_parser.reset();
    const bool keepAlive = request.keep_alive();
    m_closed = !keepAlive;
    DemoResponse answer = m_handler(toDemoRequest(request));
    if (!answer.bodyPieces)
        return serialized(answer, keepAlive);
    m_pieces = std::move(answer.bodyPieces);
    return chunkedHead(answer, keepAlive);
}

QByteArray DemoHttpSession::nextPiece()
{
    if (!m_pieces)
        return {};
    const QByteArray piece = m_pieces();
    if (piece.isEmpty()) {
        m_pieces = nullptr;
        return "0\r\n\r\n";
    }
    return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
}

DemoHttpServer::DemoHttpServer() = default;
DemoHttpServer::~DemoHttpServer() = default;

quint16 DemoHttpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                               Handler handler)
{
    m_handler = std::move(handler);
    if (tls) {
        // QSslServer hands a connection over once its handshake is done.
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new Connection(socket, m_handler, m_latencyMs, m_server.get());
    });
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}
