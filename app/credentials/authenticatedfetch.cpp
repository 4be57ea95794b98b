#include "credentials/authenticatedfetch.h"

#include "api/jobclient.h"
#include "credentials/credentialprovider.h"

#include <QTimer>

AuthenticatedFetch::AuthenticatedFetch(JobClient *client, CredentialProvider *provider, QString jobId,
                                       QObject *parent)
    : QObject(parent), m_client(client), m_provider(provider), m_jobId(std::move(jobId))
{
}

void AuthenticatedFetch::start()
{
    QTimer::singleShot(0, this, &AuthenticatedFetch::requestAuthorizer);
}

void AuthenticatedFetch::requestAuthorizer()
{
    if (m_finished)
        return;
    if (!m_provider)
        return finish(std::nullopt, {ApiError::Kind::MissingCredentials, tr("No credentials were given.")});
    m_provider->authorizer(this, [this](const CredentialResult &result) { onAuthorized(result); });
}

void AuthenticatedFetch::abort()
{
    if (m_finished)
        return;
    if (m_fetch && !m_fetch->isFinished())
        return m_fetch->abort(); // onFetched() reports the cancellation
    finish(std::nullopt, {ApiError::Kind::Cancelled, tr("The request was cancelled.")});
}

void AuthenticatedFetch::onAuthorized(const CredentialResult &result)
{
    if (m_finished)
        return;
    if (!result.succeeded())
        return finish(std::nullopt, result.error);
    if (m_fetch)
        m_fetch->deleteLater(); // the rejected first attempt
    m_fetch = m_client->fetchJob(m_jobId, result.authorizer);
    m_fetch->setParent(this);
    connect(m_fetch, &JobFetch::trace, this, &AuthenticatedFetch::trace);
    connect(m_fetch, &JobFetch::finished, this, &AuthenticatedFetch::onFetched);
}

void AuthenticatedFetch::onFetched()
{
    if (m_finished)
        return;
    const ApiError &error = m_fetch->error();
    const bool rejected = error.kind == ApiError::Kind::Unauthorized;
    // One fresh sign-in per fetch: a token that fails again means something else is wrong.
    if (rejected && !m_renewed && m_provider && m_provider->canRenew()) {
        m_renewed = true;
        m_provider->renewAfterUnauthorized(this, [this](const CredentialResult &result) { onAuthorized(result); });
        return;
    }
    if (rejected && m_provider)
        return finish(std::nullopt, m_provider->explainRejection(error));
    finish(m_fetch->job(), error);
}

void AuthenticatedFetch::finish(std::optional<JobInfo> job, ApiError error)
{
    m_finished = true;
    m_job = std::move(job);
    m_error = std::move(error);
    emit finished();
}
