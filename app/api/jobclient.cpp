#include "api/jobclient.h"

#include "api/endpoints.h"
#include "api/jobanswer.h"
#include "api/jobid.h"

#include <QLoggingCategory>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcClient, "codearts.client", QtWarningMsg)

JobFetch::JobFetch(QString jobId, QObject *parent) : QObject(parent), m_jobId(std::move(jobId))
{
    connect(&m_exchange, &HttpExchange::trace, this, &JobFetch::trace);
    connect(&m_exchange, &HttpExchange::finished, this, &JobFetch::onExchangeFinished);
}

void JobFetch::onExchangeFinished()
{
    if (const auto &failure = m_exchange.transportError()) {
        m_error = *failure;
    } else {
        JobAnswer answer = JobAnswer::interpret({m_exchange.httpStatus(), m_exchange.header("Content-Type"),
                                                 m_exchange.body(), m_exchange.header("Retry-After"),
                                                 m_exchange.header("X-Request-Id")});
        m_job = std::move(answer.job);
        m_error = answer.error;
        rejectAnotherJob();
    }
    if (m_error.isError())
        qCDebug(lcClient) << "fetch failed:" << ApiError::kindName(m_error.kind) << m_error.message;
    m_finished = true;
    emit finished();
}

// A redirect on the same host may lead to another job's page; showing (and recording) that
// job under the ID asked for would mislead, so it is an error.
void JobFetch::rejectAnotherJob()
{
    if (!m_job || m_job->id.isEmpty() || m_job->id.compare(m_jobId, Qt::CaseInsensitive) == 0)
        return;
    m_error = ApiError(ApiError::Kind::InvalidResponse,
                       tr("The server answered with another job (%1) than the one asked for (%2).")
                           .arg(m_job->id, m_jobId),
                       tr("The server may have redirected the request. Check the job ID, or ask the "
                          "endpoint's administrator."));
    m_error.httpStatus = m_exchange.httpStatus();
    m_job.reset();
}

JobClient::JobClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
}

QUrl JobClient::jobInfoUrl(const QUrl &baseUrl, const QString &jobId)
{
    return appendPath(baseUrl, u"/v1/job/" + jobId + u"/info");
}

JobFetch *JobClient::fetchJob(const QString &jobId, const AuthorizerPtr &authorizer)
{
    auto *fetch = new JobFetch(jobId, this);
    HttpExchange &exchange = fetch->m_exchange;
    if (!JobId::isValid(jobId)) {
        exchange.abortWith({ApiError::Kind::InvalidJobId, tr("\"%1\" is not a job ID.").arg(jobId),
                            JobId::formatDescription()});
    } else if (const QString why = Endpoints::whyUnusable(m_options.baseUrl); !why.isEmpty()) {
        exchange.abortWith({ApiError::Kind::InvalidEndpoint, why, {}});
    } else if (!authorizer) {
        exchange.abortWith({ApiError::Kind::MissingCredentials, tr("No credentials were given."),
                            tr("Enter an IAM token, or pass one with --token-stdin.")});
    } else {
        // Start on the next turn of the event loop, so callers can connect to trace() first.
        const QNetworkRequest request(jobInfoUrl(m_options.baseUrl, jobId));
        QMetaObject::invokeMethod(
            fetch,
            [&exchange, nam = m_nam, request, options = m_options, authorizer] {
                exchange.start(nam, request, "GET", {}, options, authorizer);
            },
            Qt::QueuedConnection);
    }
    return fetch;
}
