#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// Keeps one window per user and login session: the first instance listens on a local socket; a
// later launch of the same user in the same session hands its arguments (a job ID or URL) to it
// and exits, and the first brings its window forward. A socket left behind by a crashed
// instance is detected and replaced.
//
// On Unix the socket lives in a directory only this user can enter: $XDG_RUNTIME_DIR when it is
// a 0700 directory of the user's own, otherwise <temp>/codearts-inspector-<uid>, created 0700.
// A directory, socket file or listening process that belongs to another user is never used:
// arguments are only handed to (and accepted from) a peer with this process's user ID.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The most one hand-over may be: a job URL is under 4 KB (8 KB as UTF-16). A peer that
    // sends more is cut off without anything of it kept beyond this.
    static constexpr qint64 kMaxMessageBytes = 16 * 1024;

    // `socket` is the socket's full path, or a bare name placed in the private directory; by
    // default defaultSocketPath(). When no safe place exists, the instance is disabled:
    // handOver() and listen() return false and problem() says why.
    explicit SingleInstance(QString socket = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Sends `arguments` to a running instance. True when one took them: this process should
    // exit. Arguments longer than kMaxMessageBytes are not sent (false).
    bool handOver(const QStringList &arguments, int timeoutMs = 1000) const;

    // Becomes the running instance. False when the socket could not be claimed.
    bool listen();

    QString socketPath() const { return m_path; }
    QString problem() const { return m_problem; }

    // The socket for this user and session: the private directory plus a name keyed by the
    // login session and display. Empty, with `problem` set, when there is no safe directory.
    static QString defaultSocketPath(QString *problem = nullptr);
    // The private directory described above; empty, with `problem` set, when neither is safe.
    static QString privateDirectory(QString *problem = nullptr);
    // A short hash of what tells this login session from another of the same user.
    static QString sessionKey();
    // Whether the process at the other end of a connected local socket runs as this user.
    static bool peerIsCurrentUser(qintptr socketDescriptor);

signals:
    // A later launch handed these arguments over (possibly empty: just come forward).
    void argumentsReceived(const QStringList &arguments);

private:
    void readConnection();

    QString m_path;
    QString m_problem;
    QLocalServer *m_server = nullptr;
};
