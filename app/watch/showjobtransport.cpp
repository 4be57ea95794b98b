#include "watch/showjobtransport.h"

#include "credentials/authenticatedfetch.h"
#include "api/jobclient.h"
#include "credentials/credentialprovider.h"

#include <QTimer>

ShowJobTransport::ShowJobTransport(QObject *parent) : QObject(parent) {}

void ShowJobTransport::addSource(const QString &source, JobClient *client, CredentialProvider *provider)
{
    m_sources.insert(source, {client, provider});
}

void ShowJobTransport::send(const PollBatch &batch, Done done)
{
    const Source source = m_sources.value(batch.source);
    if (batch.kind != PollBatch::Kind::JobInfo || batch.jobIds.size() != 1 || !source.client) {
        const ApiError error(ApiError::Kind::InvalidEndpoint, tr("This request cannot be sent."));
        QTimer::singleShot(0, this, [done, error] { done({error, {}}); });
        return;
    }
    auto *fetch = new AuthenticatedFetch(source.client, source.provider, batch.jobIds.first(), this);
    connect(fetch, &AuthenticatedFetch::trace, this, &ShowJobTransport::trace);
    connect(fetch, &AuthenticatedFetch::finished, this, [fetch, done] {
        PollOutcome outcome;
        outcome.error = fetch->error();
        if (fetch->job())
            outcome.jobs.append(*fetch->job());
        fetch->deleteLater();
        done(outcome);
    });
    fetch->start();
}

void ShowJobTransport::abortAll()
{
    for (AuthenticatedFetch *fetch : findChildren<AuthenticatedFetch *>(Qt::FindDirectChildrenOnly))
        fetch->abort();
}
