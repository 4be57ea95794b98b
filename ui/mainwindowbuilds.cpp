// The window's door to the Builds panel: the job on screen, with the credentials its last fetch used.
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
    if (m_buildsWindow)
        m_buildsWindow->close();
    auto *window = new BuildsWindow(*job, std::move(credentials), nam, options, this);
    m_buildsWindow = window;
    window->show();
    window->raise();
}
