// The Builds tab: the Builds panel for the job on screen, with the credentials of the
// connection chosen, built when the tab is first looked at for that job.
#include "mainwindow.h"

#include "buildswindow.h"
#include "credentials/credentialprovider.h"
#include "profileswitcher.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

void MainWindow::showBuilds()
{
    const std::optional<JobInfo> &job = currentJob();
    if (!job || job->id.isEmpty())
        return refuse(ApiError(ApiError::Kind::InvalidJobId, tr("Fetch a job first to see its builds.")));
    const std::optional<FetchTarget> target = fetchTarget();
    if (!target)
        return;
    QNetworkAccessManager *nam = m_options.network ? m_options.network : m_ownedNetwork.get();
    ClientOptions options;
    options.timeout = target->timeout;
    if (!target->caFile.isEmpty())
        options.extraCaCertificates = QSslCertificate::fromPath(target->caFile);
    std::unique_ptr<CredentialProvider> credentials;
    if (target->profile) {
        options.baseUrl = target->profile->effectiveEndpoint();
        credentials = std::make_unique<CredentialProvider>(*target->profile, m_profiles->store(), nam);
    } else {
        options.baseUrl = target->baseUrl;
        credentials = CredentialProvider::forToken(target->token);
    }
    credentials->setIamOptions(options);
    auto *panel = new BuildsWindow(*job, std::move(credentials), nam, options);
    m_buildsWindow = panel;
    setBuildsWidget(panel);
    m_jobTabs->setCurrentWidget(panel);
}
