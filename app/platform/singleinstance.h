#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// Keeps one window per user session: the first instance listens on a local socket; a later
// launch hands its arguments (a job ID or URL) to it and exits, and the first brings its window
// forward. A socket left behind by a crashed instance is detected and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` names the socket; by default it is derived from the app name and the user.
    explicit SingleInstance(QString key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Sends `arguments` to a running instance. True when one took them: this process should exit.
    bool handOver(const QStringList &arguments, int timeoutMs = 1000) const;

    // Becomes the running instance. False when the socket could not be claimed.
    bool listen();

    QString key() const { return m_key; }
    // One per user: the app name and a hash of the user name.
    static QString defaultKey();

signals:
    // A later launch handed these arguments over (possibly empty: just come forward).
    void argumentsReceived(const QStringList &arguments);

private:
    void readConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};
