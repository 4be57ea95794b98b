#include "window/settingsmenu.h"

#include "profiles/networksettingsdialog.h"
#include "profiles/preferencesdialog.h"
#include "window/languagemenu.h"

#include <QMessageBox>
#include <QPushButton>

SettingsMenu::SettingsMenu(ProfileStore *profiles, QWidget *window)
    : QMenu(tr("Se&ttings"), window), m_profiles(profiles)
{
    setObjectName(QStringLiteral("menuSettings"));
    auto *language = new LanguageMenu(this);
    addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &SettingsMenu::offerRestart);
    QAction *preferences = addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::applied, this, &SettingsMenu::preferencesApplied);
        dialog->open();
    });
    QAction *network = addAction(tr("&Network…"));
    network->setObjectName(QStringLiteral("actionNetworkSettings"));
    connect(network, &QAction::triggered, this, [this] {
        auto *dialog = new NetworkSettingsDialog(m_profiles, parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void SettingsMenu::offerRestart()
{
    QMessageBox question(QMessageBox::Question, tr("Change the Language"),
                         tr("The new language shows after CodeArts Inspector starts again."), QMessageBox::NoButton,
                         parentWidget());
    question.setObjectName(QStringLiteral("restartQuestion"));
    QPushButton *now = question.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    question.addButton(tr("&Later"), QMessageBox::RejectRole);
    question.setDefaultButton(now);
    question.exec();
    if (question.clickedButton() != now) {
        emit statusMessage(tr("The language will change the next time CodeArts Inspector starts."), 10'000);
        return;
    }
    emit restartChosen();
}
