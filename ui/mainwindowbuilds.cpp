// The build records in the window: the Builds tab (the Builds panel for the job on screen,
// built when the tab is first looked at for that job) and the records added to trend charts,
// both with the credentials of the connection chosen.
#include "mainwindow.h"

#include "api/buildclient.h"
#include "api/buildrecordsfetch.h"
#include "buildswindow.h"
#include "credentials/credentialprovider.h"
#include "profileswitcher.h"
#include "trendchart.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace {

// A trend chart's records fetch and what it talks with; the chart owns it, so closing the
// chart stops the fetch. Members go in reverse: the fetch before the client before the
// credentials.
class TrendRecords : public QObject
{
public:
    TrendRecords(MainWindow::BuildConnection connection, QNetworkAccessManager *nam, const QString &jobId,
                 TrendChartDialog *chart)
        : QObject(chart),
          m_credentials(std::move(connection.credentials)),
          m_client(nam, m_credentials.get()),
          m_fetch(&m_client, jobId, TrendChartDialog::recordsSince(chart->points(), QDateTime::currentDateTime()),
                  QDateTime::currentDateTime())
    {
        m_client.setOptions(connection.options);
        connect(&m_fetch, &BuildRecordsFetch::finished, chart, [this, chart] {
            if (m_fetch.error().isError())
                chart->showBuildRecordsError(m_fetch.error().message);
            else
                chart->showBuildRecords(m_fetch.records());
        });
        chart->showBuildRecordsLoading();
        m_fetch.start();
    }

private:
    std::unique_ptr<CredentialProvider> m_credentials;
    BuildClient m_client;
    BuildRecordsFetch m_fetch;
};

} // namespace

std::optional<MainWindow::BuildConnection> MainWindow::buildConnection(Refusal refusal)
{
    const std::optional<FetchTarget> target = fetchTarget(refusal);
    if (!target)
        return std::nullopt;
    ClientOptions options;
    options.timeout = target->timeout;
    if (!target->caFile.isEmpty())
        options.extraCaCertificates = QSslCertificate::fromPath(target->caFile);
    std::unique_ptr<CredentialProvider> credentials;
    if (target->profile) {
        options.baseUrl = target->profile->effectiveEndpoint();
        credentials = std::make_unique<CredentialProvider>(*target->profile, m_profiles->store(), network());
    } else {
        options.baseUrl = target->baseUrl;
        credentials = CredentialProvider::forToken(target->token);
    }
    credentials->setIamOptions(options);
    return BuildConnection{std::move(credentials), options};
}

QNetworkAccessManager *MainWindow::network() const
{
    return m_options.network ? m_options.network : m_ownedNetwork.get();
}

void MainWindow::showBuilds()
{
    const std::optional<JobInfo> &job = currentJob();
    if (!job || job->id.isEmpty())
        return refuse(ApiError(ApiError::Kind::InvalidJobId, tr("Fetch a job first to see its builds.")));
    std::optional<BuildConnection> connection = buildConnection();
    if (!connection)
        return;
    auto *panel = new BuildsWindow(*job, std::move(connection->credentials), network(), connection->options);
    m_buildsWindow = panel;
    setBuildsWidget(panel);
    m_jobTabs->setCurrentWidget(panel);
}

void MainWindow::addRecordsToTrend(TrendChartDialog *chart, const QString &jobId)
{
    // The chart opens from the history alone; without a connection it stays so.
    if (std::optional<BuildConnection> connection = buildConnection(Refusal::Quiet))
        new TrendRecords(std::move(*connection), network(), jobId, chart);
}
