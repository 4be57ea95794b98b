#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <future>
#include <memory>

// A raw HTTP server on 127.0.0.1 with a thread of its own, for answers no real service sends:
// control characters, NUL bytes, floods, redirect loops, broken compression. The command line
// runs as a separate process while the test waits, so the server must not need the test's
// event loop. `respond` runs on the server's thread once a request's headers have arrived; it
// writes whatever it likes to the socket (and may keep writing from timers it starts there).
class HostileServer
{
public:
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit HostileServer(Responder respond) : m_respond(std::move(respond))
    {
        std::promise<quint16> port;
        std::future<quint16> portFuture = port.get_future();
        m_thread.reset(QThread::create([this, &port] { serve(port); }));
        m_thread->start();
        m_port = portFuture.get();
    }

    ~HostileServer()
    {
        m_thread->quit();
        m_thread->wait();
    }

    // An answer written once, after which the connection is closed.
    static Responder canned(QByteArray response)
    {
        return [response](QTcpSocket *socket, const QByteArray &) {
            socket->write(response);
            socket->disconnectFromHost();
        };
    }

    // A job answer (status 200, JSON) with `result` as the job object.
    static QByteArray jobAnswer(const QByteArray &resultJson)
    {
        const QByteArray body = R"({"status":"success","result":)" + resultJson + "}";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    int requests() const { return m_requests; }

private:
    void serve(std::promise<quint16> &port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                auto *received = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [received] { delete received; });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    *received += socket->readAll();
                    // One response per request on a kept-alive connection.
                    qsizetype end;
                    while ((end = received->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray request = received->left(end + 4);
                        received->remove(0, end + 4);
                        ++m_requests;
                        m_respond(socket, request);
                    }
                });
            }
        });
        port.set_value(server.serverPort());
        QEventLoop loop; // ended by QThread::quit()
        loop.exec();
    }

    Responder m_respond;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
    std::atomic<int> m_requests = 0;
};

// Floods one-byte chunks of a chunked answer, each its own TCP segment, for `forMs`
// milliseconds or until the client goes away. It blocks the server's thread meanwhile.
// `floodedMs`, when given, gets how long the flood went on before the client hung up (or the
// flood ended): the client's own time limit, measured where its process start does not count.
inline HostileServer::Responder chunkFlood(int forMs, std::shared_ptr<std::atomic<qint64>> floodedMs = {})
{
    return [forMs, floodedMs](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < forMs && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write("1\r\n \r\n");
            if (!socket->waitForBytesWritten(1000))
                break;
        }
        if (floodedMs)
            *floodedMs = clock.elapsed();
        socket->abort();
    };
}
