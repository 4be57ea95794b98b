#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/jobinfo.h"
#include "api/requestauthorizer.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

// One ShowJobInfo request in flight. Emits finished() exactly once; afterwards either job()
// holds the job or error() says what went wrong. Deletes nothing by itself: the owner does.
class JobFetch : public QObject
{
    Q_OBJECT

public:
    QString jobId() const { return m_jobId; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_job.has_value(); }
    const std::optional<JobInfo> &job() const { return m_job; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_exchange.httpStatus(); }
    qint64 elapsedMs() const { return m_exchange.elapsedMs(); }
    qint64 bytesReceived() const { return m_exchange.body().size(); }

    // Stops the request; finished() follows with a Cancelled error.
    void abort() { m_exchange.abort(); }

signals:
    // Human-readable lines for --verbose: request line, headers (secrets redacted), status, timing.
    void trace(const QString &line);
    void finished();

private:
    friend class JobClient;
    JobFetch(QString jobId, QObject *parent);
    void onExchangeFinished();

    void rejectAnotherJob();

    QString m_jobId;
    HttpExchange m_exchange;
    std::optional<JobInfo> m_job;
    ApiError m_error;
    bool m_finished = false;
};

// Fetches jobs from CodeArts Build over a shared QNetworkAccessManager (injected, not owned).
class JobClient : public QObject
{
    Q_OBJECT

public:
    explicit JobClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }

    // Sends GET {baseUrl}/v1/job/{jobId}/info on the next turn of the event loop, so connect to
    // trace() and finished() right away. The returned object is a child of the client; delete it
    // (deleteLater) when done. Invalid input finishes it without sending anything.
    JobFetch *fetchJob(const QString &jobId, const AuthorizerPtr &authorizer);

    static QByteArray userAgent() { return HttpExchange::userAgent(); }
    static QUrl jobInfoUrl(const QUrl &baseUrl, const QString &jobId);

private:
    QNetworkAccessManager *m_nam;
    ClientOptions m_options;
};
