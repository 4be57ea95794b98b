#pragma once

#include "api/apierror.h"
#include "api/jobinfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CredentialProvider;
struct CredentialResult;
class JobClient;
class JobFetch;

// One job fetch with credentials from a CredentialProvider: gets an authorizer, fetches, and on
// a 401 for a password profile signs in again and retries exactly once (never in a loop; other
// kinds of credentials are never retried). Emits finished() exactly once; the final 401 names
// the profile and says what to do. Neither the client nor the provider is owned.
class AuthenticatedFetch : public QObject
{
    Q_OBJECT

public:
    AuthenticatedFetch(JobClient *client, CredentialProvider *provider, QString jobId,
                       QObject *parent = nullptr);

    // Starts on the next turn of the event loop, so connect to trace() and finished() first.
    void start();
    // Stops whatever is in flight; finished() follows with a Cancelled error.
    void abort();

    QString jobId() const { return m_jobId; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_job.has_value(); }
    const std::optional<JobInfo> &job() const { return m_job; }
    const ApiError &error() const { return m_error; }
    // True when a 401 made the provider sign in again.
    bool renewed() const { return m_renewed; }
    // The last request sent (status, timing, size for history); null when none was sent
    // because the credentials could not be had.
    const JobFetch *lastFetch() const { return m_fetch; }

signals:
    void trace(const QString &line);
    void finished();

private:
    void requestAuthorizer();
    void onAuthorized(const CredentialResult &result);
    void onFetched();
    void finish(std::optional<JobInfo> job, ApiError error);

    JobClient *m_client;
    QPointer<CredentialProvider> m_provider;
    QString m_jobId;
    QPointer<JobFetch> m_fetch;
    std::optional<JobInfo> m_job;
    ApiError m_error;
    bool m_renewed = false;
    bool m_finished = false;
};
