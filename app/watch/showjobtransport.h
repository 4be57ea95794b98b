#pragma once

#include "watch/pollscheduler.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class CredentialProvider;
class JobClient;

// Polls with ShowJobInfo, one request per job, through AuthenticatedFetch (so a password
// profile signs in again once after a 401, as `show` does). Each source (see WatchTarget) has
// its own client and credentials; neither is owned. Batches of several jobs are refused with an
// error; the scheduler then asks job by job.
class ShowJobTransport : public QObject, public PollTransport
{
    Q_OBJECT

public:
    explicit ShowJobTransport(QObject *parent = nullptr);

    void addSource(const QString &source, JobClient *client, CredentialProvider *provider);
    void send(const PollBatch &batch, Done done) override;
    // Stops every request in flight; each one's Done runs with a Cancelled error.
    void abortAll();

signals:
    void trace(const QString &line);

private:
    struct Source
    {
        QPointer<JobClient> client;
        QPointer<CredentialProvider> provider;
    };
    QHash<QString, Source> m_sources;
};
