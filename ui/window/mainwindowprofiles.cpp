// MainWindow's saved-profile side: the Profile bar, and what follows a fetch with a profile's
// credentials (the fetcher signs in, and once more after a 401 for password profiles).
#include "window/mainwindow.h"
#include "history/historyintegration.h"
#include "ui_mainwindow.h"

#include "profiles/profileswitcher.h"

#include <QStatusBar>

void MainWindow::setUpProfiles()
{
    const ProfileSwitcher::EndpointRow row{m_ui->endpointLabel, m_ui->endpointCombo, m_ui->customUrlEdit,
                                           m_ui->tokenLabel, m_ui->tokenEdit};
    m_profiles = new ProfileSwitcher(m_connection.get(), m_options.secretStore, row, this);
    addToolBar(Qt::TopToolBarArea, m_profiles);
    // Also in the File menu, where keyboard users look for it; the shortcut works everywhere.
    QAction *manage = m_profiles->manageAction();
    m_ui->menuFile->insertAction(m_ui->actionQuit, manage);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    addAction(manage);
    statusBar()->addPermanentWidget(m_profiles->statusLabel());
    connect(m_profiles, &ProfileSwitcher::keychainUnavailable, this,
            [this](const QString &message, const QString &hint) {
                m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice, message, hint);
            });
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
