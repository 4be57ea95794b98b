#pragma once

#include "apierror.h"
#include "jobinfo.h"
#include "requestauthorizer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

struct ClientOptions
{
    QUrl baseUrl;                                   // e.g. https://cloudbuild-ext.cn-north-4.myhuaweicloud.com
    std::chrono::milliseconds timeout{30'000};      // whole transfer, connection included
    qint64 maxBodyBytes = 4 * 1024 * 1024;          // answers above this are aborted
    QList<QSslCertificate> extraCaCertificates;     // trusted in addition to the system's
};

// One ShowJobInfo request in flight. Emits finished() exactly once; afterwards either job()
// holds the job or error() says what went wrong. Deletes nothing by itself: the owner does.
class JobFetch : public QObject
{
    Q_OBJECT

public:
    ~JobFetch() override;

    QString jobId() const { return m_jobId; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_job.has_value(); }
    const std::optional<JobInfo> &job() const { return m_job; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    qint64 bytesReceived() const { return m_body.size(); }

    // Stops the request; finished() follows with a Cancelled error.
    void abort();

signals:
    // Human-readable lines for --verbose: request line, headers (secrets redacted), status, timing.
    void trace(const QString &line);
    void finished();

private:
    friend class JobClient;
    JobFetch(QString jobId, QObject *parent);

    void start(QNetworkAccessManager *nam, const ClientOptions &options,
               const AuthorizerPtr &authorizer);
    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void failEarly(const ApiError &error);
    void abortWith(ApiError error);
    void finish();
    void traceRequest(const QNetworkRequest &request);
    void traceResponse();

    QString m_jobId;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    std::optional<ApiError> m_abortReason;
    QStringList m_tlsErrors;
    std::optional<JobInfo> m_job;
    ApiError m_error;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
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

    static QByteArray userAgent();

private:
    QNetworkAccessManager *m_nam;
    ClientOptions m_options;
};
