// MainWindow's side of watching (watchboard.h): where the favorites are polled, and quitting
// when closing would only hide the window in the tray.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "api/endpoints.h"
#include "platform/appsettings.h"
#include "profileswitcher.h"
#include "sandbox/demojobs.h"

#include <QNetworkAccessManager>

std::optional<FetchTarget> MainWindow::watchTarget()
{
    // As fetchTarget() decides, without refusing anything: watching waits instead.
    FetchTarget target;
    target.caFile = AppSettings::caFile();
    target.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    switch (m_profiles->choice()) {
    case ProfileSwitcher::Choice::Profile:
        target.profile = m_profiles->selectedProfile();
        if (!target.profile)
            return std::nullopt;
        return target;
    case ProfileSwitcher::Choice::Demo:
        target.baseUrl = demoSandboxUrl();
        if (target.baseUrl.isEmpty())
            return std::nullopt;
        target.token = DemoJobs::demoToken();
        return target;
    case ProfileSwitcher::Choice::SessionToken:
        break;
    }
    const QString choice = m_ui->endpointCombo->currentData().toString();
    if (Endpoints::isKnownRegion(choice)) {
        target.baseUrl = Endpoints::forRegion(choice);
    } else {
        target.baseUrl = QUrl(m_ui->customUrlEdit->text().trimmed(), QUrl::StrictMode);
        if (target.baseUrl.isEmpty() || !Endpoints::whyUnusable(target.baseUrl).isEmpty())
            return std::nullopt;
    }
    target.token = m_ui->tokenEdit->text().trimmed().toUtf8();
    if (target.token.isEmpty())
        return std::nullopt;
    return target;
}

QNetworkAccessManager *MainWindow::network() const
{
    return m_options.network ? m_options.network : m_ownedNetwork.get();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    emit quitRequested();
}
