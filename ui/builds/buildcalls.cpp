#include "builds/buildcalls.h"

#include "api/buildclient.h"
#include "api/buildrecords.h"
#include "api/buildrecordsfetch.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "connection/connection.h"
#include "connection/projectdirectory.h"
#include "credentials/credentialprovider.h"
#include "history/trendchart.h"
#include "job/currentjob.h"
#include "logs/failuresummary.h"
#include "watch/watchstate.h"

#include <QDateTime>

namespace {

// Credentials and a build client for calls made outside the Builds tab (a trend chart's
// records, following a job). It belongs to what the calls are for and goes with it; the
// client's calls and fetches are its children, deleted before the credentials they use.
class BuildSession : public QObject
{
public:
    BuildSession(Connection::Calls calls, QNetworkAccessManager *nam, QObject *owner)
        : QObject(owner), m_credentials(std::move(calls.credentials)), m_client(nam, m_credentials.get())
    {
        m_client.setOptions(calls.options);
    }

    BuildClient *client() { return &m_client; }

private:
    std::unique_ptr<CredentialProvider> m_credentials;
    BuildClient m_client;
};

} // namespace

BuildCalls::BuildCalls(Connection *connection, CurrentJob *job, QObject *parent)
    : QObject(parent), m_connection(connection), m_job(job)
{
}

BuildCalls::~BuildCalls() = default;

BuildsWindow *BuildCalls::buildsPage()
{
    const std::optional<JobInfo> &job = m_job->job();
    if (!job || job->id.isEmpty()) {
        emit refused(ApiError(ApiError::Kind::InvalidJobId, tr("Fetch a job first to see its builds.")));
        return nullptr;
    }
    ApiError refusal;
    std::optional<Connection::Calls> calls = m_connection->calls(&refusal);
    if (!calls) {
        emit refused(refusal);
        return nullptr;
    }
    auto *page = new BuildsWindow(*job, std::move(calls->credentials), m_connection->network(), calls->options);
    connect(page->panel(), &BuildsPanel::codeArtsProjectRead, m_connection->projects(), &ProjectDirectory::addJob);
    connect(page->panel(), &BuildsPanel::buildStarted, this, &BuildCalls::buildStarted);
    return page;
}

void BuildCalls::addRecordsToTrend(TrendChartDialog *chart, const QString &jobId)
{
    std::optional<Connection::Calls> calls = m_connection->calls(nullptr);
    if (!calls)
        return;
    BuildClient *client = (new BuildSession(std::move(*calls), m_connection->network(), chart))->client();
    const QDateTime now = QDateTime::currentDateTime();
    auto *fetch = new BuildRecordsFetch(client, jobId, TrendChartDialog::recordsSince(chart->points(), now), now, 0, client);
    connect(fetch, &BuildRecordsFetch::finished, chart, [chart, fetch] {
        if (fetch->error().isError())
            chart->showBuildRecordsError(fetch->error().message);
        else
            chart->showBuildRecords(fetch->records());
    });
    chart->showBuildRecordsLoading();
    fetch->start();
}

void BuildCalls::follow(bool follow)
{
    const std::optional<JobInfo> &job = m_job->job();
    if (!job || m_job->isStale())
        return;
    ApiError refusal;
    std::optional<Connection::Calls> calls = m_connection->calls(&refusal);
    if (!calls)
        return emit refused(refusal);
    auto *session = new BuildSession(std::move(*calls), m_connection->network(), this);
    BuildCall *call = session->client()->setFollowed(job->id, follow);
    emit followBusyChanged(true);
    connect(call, &BuildCall::finished, this, [this, session, call, follow, jobId = job->id] {
        session->deleteLater();
        emit followBusyChanged(false);
        // Sent once: a failure says so and leaves the flag as the service last said it.
        if (!call->succeeded())
            return emit failed(call->error());
        emit followed(jobId, BuildParse::favorite(call->json()).value_or(follow));
    });
}

void BuildCalls::explainLastFailure()
{
    const std::optional<JobInfo> &job = m_job->job();
    if (!job || m_job->isStale() || WatchState::fromJob(*job) != JobState::Failed)
        return;
    const qint64 lastBuildTimeMs = job->lastBuildTimeMs.value_or(0);
    if (const auto known = m_lastFailures.constFind(job->id);
        known != m_lastFailures.constEnd() && known->lastBuildTimeMs == lastBuildTimeMs) {
        if (!known->text.isEmpty())
            emit lastFailureExplained(job->id, known->buildNumber, known->text);
        return;   // read, or being read
    }
    ApiError refusal;
    std::optional<Connection::Calls> calls = m_connection->calls(&refusal);
    if (!calls)
        return;   // the Overview goes without; the fetch said what is wrong
    stopLastFailureRead();   // another job's, no longer wanted
    m_lastFailures.insert(job->id, LastFailure{lastBuildTimeMs, 0, {}});
    auto *session = new BuildSession(std::move(*calls), m_connection->network(), this);
    m_lastFailureRead = session;
    m_lastFailureJob = job->id;
    readLastFailure(job->id, session->client(), session);
}

void BuildCalls::stopLastFailureRead()
{
    if (!m_lastFailureRead)
        return;
    delete m_lastFailureRead;
    if (const auto it = m_lastFailures.constFind(m_lastFailureJob); it != m_lastFailures.constEnd() && it->text.isEmpty())
        m_lastFailures.erase(it);   // unread: asked again when that job is shown again
}

void BuildCalls::readLastFailure(const QString &jobId, BuildClient *client, QObject *session)
{
    BuildCall *status = client->runningStatus(jobId);
    connect(status, &BuildCall::finished, session, [this, jobId, client, session, status] {
        const std::optional<int> number =
            status->succeeded() ? BuildParse::runningStatus(status->json()).lastBuildNumber : std::nullopt;
        if (!number) {
            m_lastFailures.remove(jobId);   // asked again with the next fetch
            session->deleteLater();
            return;
        }
        // The client's child: deleted with it, before the credentials it uses.
        auto *summary = new FailureSummary(client, jobId, *number, client);
        summary->setWaitWhenThrottled(false);   // the Overview is not worth the watch's budget
        connect(summary, &FailureSummary::finished, session, [this, jobId, number, summary, session] {
            onLastFailureRead(jobId, *number, *summary);
            session->deleteLater();
        });
        summary->start();
    });
}

void BuildCalls::onLastFailureRead(const QString &jobId, int buildNumber, const FailureSummary &summary)
{
    const auto it = m_lastFailures.find(jobId);
    if (it == m_lastFailures.end() || summary.error().kind == ApiError::Kind::Cancelled)
        return;
    it->buildNumber = buildNumber;
    it->text = BuildsPanel::failureText(summary);
    if (it->text.isEmpty() && summary.error().isError())
        m_lastFailures.erase(it);   // nothing read: asked again with the next fetch
    else if (!it->text.isEmpty())
        emit lastFailureExplained(jobId, it->buildNumber, it->text);
}
