#pragma once

#include <QMenu>

class ProfileStore;

// Settings: the language (from the next start, or now after a restart), the preferences (start-
// up, polling, notifications: applied at once) and the network. Its dialogs and its question
// belong to the window it is made for.
class SettingsMenu : public QMenu
{
    Q_OBJECT

public:
    // `profiles`: where the network settings are kept (not owned).
    SettingsMenu(ProfileStore *profiles, QWidget *window);

    // A language was chosen: offers to restart now (restartChosen()) or leaves it for the next
    // start (statusMessage()).
    void offerRestart();

signals:
    // The Preferences dialog stored its settings: they apply at once.
    void preferencesApplied();
    // "Restart Now": the application should end and start again.
    void restartChosen();
    // A note for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString &text, int timeoutMs);

private:
    ProfileStore *m_profiles;
};
