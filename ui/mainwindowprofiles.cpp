// MainWindow's saved-profile side: the Profile bar, and what follows a fetch with a profile's
// credentials (the fetcher signs in, and once more after a 401 for password profiles).
#include "mainwindow.h"
#include "historyintegration.h"
#include "ui_mainwindow.h"

#include "api/endpoints.h"
#include "platform/appsettings.h"
#include "profileswitcher.h"

#include <QStatusBar>

void MainWindow::setUpProfiles()
{
    m_profiles = new ProfileSwitcher(m_options.secretStore, this);
    m_profiles->setFetcher(m_fetcher.get());
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
    // The demo or a session token's endpoint is remembered; a profile remembers itself.
    if (m_profiles->choice() != ProfileSwitcher::Choice::Profile)
        saveEndpointChoice();
    updateEndpointWidgets();
    if (m_profiles->choice() == ProfileSwitcher::Choice::SessionToken)
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onProfileFetchFinished()
{
    m_profiles->refreshStatus();
    // showJob() cleared the banner; the user must still learn that secrets live in memory.
    if (m_profiles->takeKeychainNotice())
        m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice,
                                       tr("The keychain is unavailable: secrets are kept in memory "
                                          "for this session only."));
}
