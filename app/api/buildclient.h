#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"
#include "api/httpexchange.h"
#include "api/jobanswer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class CredentialProvider;
struct CredentialResult;
class QNetworkAccessManager;

// What a call does to the job, for the messages its refusals get: a 403 on Run names the
// is_execute permission, on a list the is_view permission.
enum class BuildAction { View, Run, Stop, Follow };

// What to build: parameters, and a tag or a commit (or neither: the job's default). ExecuteJob
// has no branch field: a branch is chosen through the job's branch parameter (setBranch()).
struct RunRequest
{
    QString jobId;
    QList<std::pair<QString, QString>> parameters;
    QString tag;
    QString commitId;

    // The ExecuteJob body: {"job_id", "parameter": [{name, value}], "scm": {"build_tag" |
    // "build_commit_id"}}, the fields the SDK's model has.
    QJsonObject toJson() const;
    // Why the request cannot be sent (bad or repeated parameter names, control characters, a
    // tag and a commit), or empty.
    QString whyInvalid() const;
    // Gives the job's branch parameter (config.branchParameter()) the value `branch`; returns
    // why that cannot be done (the job has no branch parameter), or empty.
    QString setBranch(const JobConfig &config, const QString &branch);
    // The value the request gives the parameter `name`, or empty.
    QString parameter(const QString &name) const;
    // True for names a build must not receive: they change how programs are loaded or run.
    static bool isReservedParameterName(const QString &name);
};

// One call to the CodeArts Build API with credentials from a CredentialProvider, under the
// shared HTTP rules (HttpExchange: deadline, body cap, same-origin redirects, TLS). Emits
// finished() exactly once. Reads (GET) sign in again once after a 401 for password profiles;
// a call that changes something (run, stop, follow) is sent at most once, whatever happens.
class BuildCall : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    // The answer's JSON object (for v1 calls the whole wrapper, {status, error, result}).
    const QJsonObject &json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_exchange.httpStatus(); }
    BuildAction action() const { return m_action; }
    // True when a call that changes something was sent but no clear answer came back (timeout,
    // dropped connection, a gateway's 502/504): it may have taken effect. Never retried.
    bool mayHaveTakenEffect() const { return m_mayHaveTakenEffect; }
    // For a download (BuildClient::downloadLog): the bytes written into its sink.
    qint64 bytesToSink() const { return m_sinkBytes; }

    void abort();

signals:
    void trace(const QString &line);
    // A download's progress: bytes written into its sink, and the total announced (-1: unknown).
    void sinkProgress(qint64 written, qint64 total);
    void finished();

private:
    friend class BuildClient;
    BuildCall(BuildAction action, QByteArray verb, QUrl url, QByteArray body, QObject *parent);
    void begin(CredentialProvider *provider, const ClientOptions &options, QNetworkAccessManager *nam);
    void onAuthorized(const CredentialResult &result);
    void prepare(HttpExchange &exchange, QNetworkRequest &request);
    void onExchangeFinished();
    void finish(ApiError error);

    BuildAction m_action;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QPointer<CredentialProvider> m_provider;
    ClientOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    HttpExchange m_exchange;
    QPointer<HttpExchange> m_retry;   // the read sent again after a fresh sign-in
    QPointer<QIODevice> m_sink;       // a download's body goes there
    qint64 m_sinkBytes = 0;
    QJsonObject m_json;
    ApiError m_error;
    bool m_sent = false;
    bool m_renewed = false;
    bool m_finished = false;
    bool m_mayHaveTakenEffect = false;
};

// The build calls of CodeArts Build. Every call returns a BuildCall, a child of the client,
// started on the next turn of the event loop (connect first); delete it when done. Invalid
// job IDs and endpoints finish it without sending anything. Nothing is owned but the calls.
class BuildClient : public QObject
{
    Q_OBJECT

public:
    BuildClient(QNetworkAccessManager *nam, CredentialProvider *provider, QObject *parent = nullptr);

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }

    // ListBuildInfoRecordByJobId: GET /v1/record/{job}/list for one window (at most 31 days).
    BuildCall *recordList(const QString &jobId, const TimeWindow &window, int pageIndex, int pageSize = 100);
    // ShowListHistory (old group): GET /v3/jobs/{job}/history, `page` 0-based, `intervalDays`
    // <= 30. Only where the record list is not published.
    BuildCall *history(const QString &jobId, int page, int limit, int intervalDays);
    // ShowJobBuildRecordDetail: GET /v1/record/{job}/{n}/record-info.
    BuildCall *recordInfo(const QString &jobId, int buildNumber);
    // ShowBuildRecordFullStages: GET /v1/record/{record_id}/full-stages, with record-info's `id`.
    BuildCall *fullStages(const QString &recordId);
    // ListBuildParameter: GET /v1/job/{job}/{n}/history-parameters.
    BuildCall *buildParameters(const QString &jobId, int buildNumber);
    // ShowHistoryDetails (old group): GET /v3/jobs/{job}/{n}/history-details. Only where
    // record-info or full-stages are not published.
    BuildCall *historyDetails(const QString &jobId, int buildNumber);
    // ShowJobConfig: GET /v1/job/{job}/config: the job's parameters, branch and CodeArts project.
    BuildCall *jobConfig(const QString &jobId);
    // ListBriefRecord: POST /v1/record/brief?limit=N with the build projects' IDs (UUIDs) as a
    // JSON array: the newest `limit` builds of each, for many jobs in one request.
    BuildCall *briefRecords(const QStringList &buildProjectIds, int limit = 1);
    // ShowRunningStatus: GET /v1/job/{job}/running-status.
    BuildCall *runningStatus(const QString &jobId);
    // ShowBuildDetails: GET /v1/job/{job}/{n}/build-info.
    BuildCall *buildInfo(const QString &jobId, int buildNumber);
    // ExecuteJob: POST /v1/job/execute. Sent once; see BuildCall::mayHaveTakenEffect().
    BuildCall *execute(const RunRequest &request);
    // StopTheJob: POST /v1/job/{job}/stop?build_no=N with {"build_no": N}: the sources disagree
    // on where the service reads it.
    BuildCall *stop(const QString &jobId, int buildNumber);
    // AddFavouriteTask / RemoverFavouriteTask: POST /v1/job/{job}/follow or /unfollow.
    BuildCall *setFollowed(const QString &jobId, bool followed);
    // DownloadBuildRealTimeLog: GET /v1/log/{job}/{n}/real-time-log, lines [startOffset,
    // endOffset) (size=1000, the SDK's fixed page; sort=AES). The offsets are read as line
    // numbers (logs/logpageassembler.h); the page is the answer's `result` (LogPage).
    BuildCall *realTimeLog(const QString &jobId, int buildNumber, qint64 startOffset, qint64 endOffset);
    // DownloadBuildFullLog: GET /v1/log/{record_id}/download-log?log_level=INFO, the whole log
    // as bytes, written into `sink` as they arrive and never kept (HttpExchange::setBodySink()).
    // `recordId` is record-info's `id` (the SDK leaves open whether it is `id` or
    // `build_record_id`; both are the same UUID in its example: unconfirmed). `sink` must be
    // open for writing and outlive the call.
    BuildCall *downloadLog(const QString &recordId, QIODevice *sink);

    // The job's page in the CodeArts console for the region of `baseUrl` (a regional
    // cloudbuild-ext host); empty for other endpoints. The page path is unconfirmed: the
    // documentation only says the job ID follows /detail/history/ in the history page's URL.
    static QUrl consolePageUrl(const QUrl &baseUrl, const QString &jobId);

    // The ApiError a call's answer means; a pure function, for the tests.
    static ApiError interpret(BuildAction action, const JobAnswer::Http &http, QJsonObject *json);

    // How many build projects one ListBriefRecord request names at most (the service's own
    // limit is unconfirmed; 100 is what its other lists take per page).
    static constexpr int kMaxBriefProjects = 100;

private:
    // Sends the call, or finishes it at once with `refusal` (an ID that cannot be right).
    BuildCall *send(BuildAction action, const std::optional<ApiError> &refusal, const QByteArray &verb,
                    const QString &path, const QUrlQuery &query = {}, const QByteArray &body = {});
    void start(BuildCall *call, const std::optional<ApiError> &refusal);

    QNetworkAccessManager *m_nam;
    QPointer<CredentialProvider> m_provider;
    ClientOptions m_options;
};
