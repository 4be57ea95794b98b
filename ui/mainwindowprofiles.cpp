// MainWindow's saved-profile side: the Profile bar, and fetches with a profile's credentials
// through AuthenticatedFetch (one fresh sign-in after a 401 for password profiles). Demo and
// session-token fetches keep the plain JobFetch path in mainwindow.cpp.
#include "mainwindow.h"
#include "historyintegration.h"
#include "ui_mainwindow.h"

#include "appsettings.h"
#include "authenticatedfetch.h"
#include "credentialprovider.h"
#include "endpoints.h"
#include "jobclient.h"
#include "profileswitcher.h"

#include <QStatusBar>

#include <chrono>

void MainWindow::setUpProfiles(QNetworkAccessManager *nam)
{
    m_profiles = new ProfileSwitcher(nam, m_options.secretStore, this);
    addToolBar(Qt::TopToolBarArea, m_profiles);
    // Also in the File menu, where keyboard users look for it; the shortcut works everywhere.
    if (QAction *manage = m_profiles->findChild<QAction *>(QStringLiteral("actionManageProfiles"))) {
        m_ui->menuFile->insertAction(m_ui->actionQuit, manage);
        m_ui->menuFile->insertSeparator(m_ui->actionQuit);
        addAction(manage);
    }
    statusBar()->addPermanentWidget(m_profiles->statusLabel());
    connect(m_profiles, &ProfileSwitcher::choiceChanged, this, &MainWindow::onProfileChoiceChanged);
    connect(m_profiles, &ProfileSwitcher::keychainUnavailable, this,
            [this](const QString &message, const QString &hint) {
                m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice, message, hint);
            });
}

void MainWindow::onProfileChoiceChanged()
{
    QComboBox *endpoints = m_ui->endpointCombo;
    const QString demo = QLatin1String(AppSettings::kDemoEndpoint);
    switch (m_profiles->choice()) {
    case ProfileSwitcher::Choice::Demo:
        selectEndpoint(demo);
        saveEndpointChoice();
        break;
    case ProfileSwitcher::Choice::SessionToken:
        // A token is for a real endpoint: leave the sandbox for the first region.
        if (endpoints->currentData().toString() == demo) {
            endpoints->setCurrentIndex(endpoints->findData(QLatin1String(Endpoints::regions().constFirst().id)));
            saveEndpointChoice();
        }
        break;
    case ProfileSwitcher::Choice::Profile:
        break;
    }
    updateEndpointWidgets();
    if (m_profiles->choice() == ProfileSwitcher::Choice::SessionToken)
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::fetchWithProfile(const QString &jobId)
{
    const std::optional<QList<QSslCertificate>> caCertificates = extraCaCertificates();
    if (!caCertificates)
        return;
    CredentialProvider *provider = m_profiles->provider();
    if (!provider || !provider->profile())
        return refuse(ApiError(ApiError::Kind::MissingCredentials, tr("The selected profile no longer exists."),
                               tr("Choose another profile, or add one with Manage Profiles.")));
    discardFetch();
    ClientOptions options;
    options.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    options.extraCaCertificates = *caCertificates;
    provider->setIamOptions(options);   // the IAM base URL comes from the profile
    options.baseUrl = provider->profile()->effectiveEndpoint();
    m_client->setOptions(options);

    auto *fetch = new AuthenticatedFetch(m_client, provider, jobId, this);
    m_authFetch = fetch;
    connect(fetch, &AuthenticatedFetch::finished, this, [this, fetch] { onProfileFetchFinished(fetch); });
    fetch->start();
    setBusy(true);
    m_ui->jobFormView->prepare();
    m_fetchHost = options.baseUrl.host();
    m_statusLabel->setText(tr("Fetching %1 from %2 as %3…").arg(jobId, m_fetchHost, provider->profile()->name));
}

void MainWindow::onProfileFetchFinished(AuthenticatedFetch *fetch)
{
    if (fetch != m_authFetch)
        return;
    m_authFetch = nullptr;
    fetch->deleteLater();

    const bool succeeded = fetch->succeeded() && fetch->lastFetch();
    if (succeeded)
        showJob(*fetch->job(), *fetch->lastFetch());
    else
        showFailure(fetch->error(), fetch->error().kind == ApiError::Kind::Cancelled);
    setBusy(false);
    m_profiles->refreshStatus();
    // showJob() cleared the banner; the user must still learn that secrets live in memory.
    if (m_profiles->takeKeychainNotice())
        m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice,
                                       tr("The keychain is unavailable: secrets are kept in memory "
                                          "for this session only."));
    m_history->recordFetch(historyEndpoint(), *fetch);   // after the job is shown, as above
    emit fetchFinished(succeeded);
}
