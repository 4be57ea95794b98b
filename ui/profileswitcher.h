#pragma once

#include "credentials/profilestore.h"

#include <QPointer>
#include <QString>
#include <QToolBar>

#include <functional>
#include <memory>

class ProfileDialog;
class QComboBox;
class QLabel;
class QSettings;
class QTimer;
class JobFetcher;

// The "Profile:" bar at the top of the window: the demo sandbox, a token for this session
// (the endpoint and token fields below), or a saved profile; plus "Manage profiles…". Owns the
// profile store, which the window's fetcher signs in with (once per session for a password
// profile). Profiles come from the settings at start-up; the keychain is first touched by a
// fetch or by the profile dialog.
class ProfileSwitcher : public QToolBar
{
    Q_OBJECT

public:
    enum class Choice { Demo, SessionToken, Profile };

    static constexpr const char *kLastProfileKey = "connection/profile";

    // `secrets` is not owned; nullptr: the OS keychain, falling back to memory.
    ProfileSwitcher(SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    Choice choice() const;
    std::optional<Profile> selectedProfile() const;
    // The fetcher that fetches with the profiles (not owned; nullptr to let it go): it gets the
    // store and the sign-in dialog, and tells the token's time left.
    void setFetcher(JobFetcher *fetcher);

    // Follows the endpoint field: the demo sandbox or a session token; never emits choiceChanged.
    void showEndpointChoice(bool demo);
    // Selects a saved profile as if the user had; false when there is none by that name.
    bool selectProfile(const QString &name);
    // Selects the profile remembered from the last session, if it still exists.
    void restoreLastProfile();
    // Until this is called the profile list keeps the width it had when first shown; from then
    // on it follows its longest name. Called once the window is on screen, because Qt builds the
    // list's popup as soon as it is told to follow.
    void followContentWidth();

    ProfileStore *store() const { return m_store.get(); }
    SecretStore *secrets() const { return m_secrets; }
    // "Profile work · IAM password · token valid 23 h 12 min", for the status bar.
    QLabel *statusLabel() const { return m_statusLabel; }
    void refreshStatus();
    // True once after the keychain was given up, so that the window can say so after a fetch
    // cleared its banner.
    bool takeKeychainNotice();
    // Opens the profile dialog (non-modal, object name "profileDialog").
    ProfileDialog *manageProfiles();

    static QString kindTitle(Profile::Kind kind);
    static QString durationText(qint64 seconds);

signals:
    // The user picked another entry (not emitted by showEndpointChoice).
    void choiceChanged(Choice choice);
    // The keychain could not be used: secrets stay in memory for this session.
    void keychainUnavailable(const QString &message, const QString &hint);

private:
    void reloadProfiles();
    void onActivated();
    void rememberChoice();
    void forgetSignIns();
    void testConnection(const Profile &profile, QObject *context, std::function<void(bool, const QString &, const QString &)> done);
    QString statusText();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    JobFetcher *m_fetcher = nullptr;
    QComboBox *m_combo;
    QLabel *m_statusLabel;
    QTimer *m_statusTimer;
    QPointer<ProfileDialog> m_dialog;
    bool m_keychainLost = false;
    bool m_keychainNoticePending = false;
};
