#include "platform/singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

QString SingleInstance::defaultKey()
{
    // The user name keeps two accounts on one machine apart (Windows' pipes are shared).
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(12);
    return QCoreApplication::applicationName() + u'-' + QString::fromLatin1(hash);
}

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent), m_key(key.isEmpty() ? defaultKey() : std::move(key))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the running instance to acknowledge, so a dying one is not mistaken for alive.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // Nobody answered handOver(), so the socket is a leftover of a crashed instance.
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream stream(socket);
            stream.startTransaction();
            QStringList arguments;
            stream >> arguments;
            if (!stream.commitTransaction())
                return; // wait for the rest of the message
            socket->write("ok");
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}
