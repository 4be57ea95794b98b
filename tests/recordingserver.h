#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A bare TCP server on 127.0.0.1 for client tests: it records what arrives and either answers
// with a canned HTTP response or, with an empty one, never answers at all (a hanging server).
class RecordingServer : public QTcpServer
{
public:
    explicit RecordingServer(QByteArray cannedResponse = {}) : m_response(std::move(cannedResponse))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_response.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }

private:
    QByteArray m_response;
    QByteArray m_received;
    int m_connections = 0;
};
