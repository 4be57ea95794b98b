// The build calls in the window, all with the credentials of the connection chosen: the Builds
// tab (the Builds panel for the job on screen, built when the tab is first looked at for that
// job), the records added to trend charts, and following a job in CodeArts from its form.
#include "window/mainwindow.h"

#include "api/buildclient.h"
#include "api/buildrecordsfetch.h"
#include "builds/buildswindow.h"
#include "job/jobformview.h"
#include "ui_mainwindow.h"
#include "credentials/credentialprovider.h"
#include "profiles/profileswitcher.h"
#include "history/trendchart.h"

#include <QNetworkAccessManager>
#include <QStatusBar>

namespace {

// Credentials and a build client for calls made outside the Builds tab (a trend chart's
// records, following a job). It belongs to the widget the calls are for and goes with it; the
// client's calls and fetches are its children, deleted before the credentials they use.
class BuildSession : public QObject
{
public:
    BuildSession(Connection::Calls calls, QNetworkAccessManager *nam, QWidget *owner)
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

void MainWindow::showBuilds()
{
    const std::optional<JobInfo> &job = currentJob();
    if (!job || job->id.isEmpty())
        return refuse(ApiError(ApiError::Kind::InvalidJobId, tr("Fetch a job first to see its builds.")));
    ApiError refusal;
    std::optional<Connection::Calls> calls = m_connection->calls(&refusal);
    if (!calls) {
        refuse(refusal);
        return m_profiles->focusFieldToFix(refusal);
    }
    auto *panel = new BuildsWindow(*job, std::move(calls->credentials), network(), calls->options);
    m_buildsWindow = panel;
    setBuildsWidget(panel);
    m_jobTabs->setCurrentWidget(panel);
}

void MainWindow::addRecordsToTrend(TrendChartDialog *chart, const QString &jobId)
{
    // The chart opens from the history alone; without a connection it stays so.
    std::optional<Connection::Calls> calls = m_connection->calls(nullptr);
    if (!calls)
        return;
    BuildClient *client = (new BuildSession(std::move(*calls), network(), chart))->client();
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

void MainWindow::followInCodeArts(bool follow)
{
    const std::optional<JobInfo> &job = currentJob();
    if (!job || m_shownIsStale)
        return;
    ApiError refusal;
    std::optional<Connection::Calls> calls = m_connection->calls(&refusal);
    if (!calls) {
        refuse(refusal);
        return m_profiles->focusFieldToFix(refusal);
    }
    JobFormView *form = m_ui->jobFormView;
    auto *session = new BuildSession(std::move(*calls), network(), form);
    BuildCall *call = session->client()->setFollowed(job->id, follow);
    form->setFollowBusy(true);
    const QString jobId = job->id;
    connect(call, &BuildCall::finished, this, [this, session, call, follow, jobId] {
        session->deleteLater();
        m_ui->jobFormView->setFollowBusy(false);
        // Sent once: a failure says so and leaves the flag as the service last said it.
        if (!call->succeeded())
            return showFailure(call->error(), true);
        if (currentJob() && currentJob()->id == jobId)
            m_ui->jobFormView->setFollowedInCodeArts(BuildParse::favorite(call->json()).value_or(follow));
        statusBar()->showMessage(follow ? tr("Following the job in CodeArts.") : tr("No longer following the job in CodeArts."),
                                 5000);
    });
}
