#include "sandbox/demohttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <boost/beast/core/string.hpp>
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

// One client connection: bytes in, parsed by Boost.Beast, requests answered in order. A parser
// serves one request; what follows it in the buffer belongs to the next (pipelining).
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const DemoHttpServer::Handler &handler, QObject *parent)
        : QObject(parent), m_socket(socket), m_handler(handler)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        readRequests();
    }

private:
    void readRequests()
    {
        m_received += m_socket->readAll();
        while (m_socket->state() == QAbstractSocket::ConnectedState && !m_received.isEmpty()) {
            if (!m_parser) {
                m_parser.emplace();
                m_parser->eager(true);
                m_continueSent = false;
            }
            boost::beast::error_code error;
            const auto unread = boost::asio::buffer(m_received.constData(), std::size_t(m_received.size()));
            m_received.remove(0, qsizetype(m_parser->put(unread, error)));
            if (error && error != http::error::need_more) {
                const QByteArray why = QByteArray::fromStdString(error.message());
                answerAndClose({400, "text/plain", "Bad request: " + why, {}});
                return;
            }
            if (!m_parser->is_done()) {
                sendContinueIfExpected();
                return;   // the rest of the request is still to come
            }
            answerParsedRequest();
        }
    }

    // A client that asks first (curl does for bodies over 1 KiB) sends its body when told to go
    // on, or after waiting a second without being told.
    void sendContinueIfExpected()
    {
        if (m_continueSent || !m_parser->is_header_done())
            return;
        if (boost::beast::iequals(m_parser->get()[http::field::expect], "100-continue")) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
    }

    void answerParsedRequest()
    {
        const http::request<http::string_body> request = m_parser->release();
        m_parser.reset();
        const bool keepAlive = request.keep_alive();
        m_socket->write(serialized(m_handler(toDemoRequest(request)), keepAlive));
        if (!keepAlive)
            m_socket->disconnectFromHost();
    }

    void answerAndClose(const DemoResponse &answer)
    {
        m_socket->write(serialized(answer, false));
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    const DemoHttpServer::Handler &m_handler;
    QByteArray m_received;
    std::optional<http::request_parser<http::string_body>> m_parser;
    bool m_continueSent = false;   // for the request m_parser reads
};

} // namespace

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
            new Connection(socket, m_handler, m_server.get());
    });
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}
