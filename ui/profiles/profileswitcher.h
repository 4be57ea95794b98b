#pragma once

#include "connection/connection.h"
#include "credentials/profilestore.h"
#include "job/endpointrow.h"

#include <QPointer>
#include <QString>
#include <QToolBar>

#include <functional>
#include <memory>

class ApiError;
class ProfileDialog;
class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QTimer;

// The "Profile:" bar at the top of the window: the demo sandbox, a token for this session
// (the endpoint and token fields below), or a saved profile; plus "Manage profiles…". It is the
// one place that sets the window's Connection, from its list and the endpoint row. Owns the
// profile store, which the connection's fetches sign in with (once per session for a password
// profile). Profiles come from the settings at start-up; the keychain is first touched by a
// fetch or by the profile dialog.
class ProfileSwitcher : public QToolBar
{
    Q_OBJECT

public:
    enum class Choice { Demo, SessionToken, Profile };

    static constexpr const char *kLastProfileKey = "connection/profile";

    // `connection` is not owned and must outlive the bar; `secrets` neither (nullptr: the OS
    // keychain, falling back to memory). The bar fills the endpoint row's region list, shows the
    // row only for a session token and reads what is typed there into the connection.
    ProfileSwitcher(Connection *connection, SecretStore *secrets, const EndpointRow &row, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    Choice choice() const;
    std::optional<Profile> selectedProfile() const;

    // Fills the endpoint row's region list and selects the choice of the last session: the
    // endpoint remembered (the demo when there is none) and the last profile; with `demo`, the
    // demo sandbox whatever was remembered. Settings only. Once, after the window is laid out:
    // a list filled earlier has its items measured by every layout pass before the first frame.
    void restoreChoice(bool demo);
    // Chooses the demo sandbox, as the Demo jobs menu does, and remembers it.
    void chooseDemo();
    // Selects a saved profile as if the user had; false when there is none by that name.
    bool selectProfile(const QString &name);
    // After the connection refused a request: puts the cursor in the field that can fix it.
    void focusFieldToFix(const ApiError &refusal);
    // Until this is called the profile and region lists keep the width they had when first
    // shown; from then on they follow their longest item. Called once the window is on screen,
    // because Qt builds a list's popup as soon as it is told to follow.
    void followContentWidth();

    ProfileStore *store() const { return m_store.get(); }
    SecretStore *secrets() const { return m_secrets; }
    // "Profile work · IAM password · token valid 23 h 12 min", for the status bar; refreshed each
    // minute and after each fetch.
    QLabel *statusLabel() const { return m_statusLabel; }
    void refreshStatus();
    // True once after the keychain was given up, so that the window can say so after a fetch
    // cleared its banner.
    bool takeKeychainNotice();
    // After the keychain was given up: asks it again (also when the app becomes active again
    // and when Manage Profiles opens); keychainAvailable() says when it answers.
    void recheckKeychain();
    bool keychainLost() const { return m_keychainLost; }
    // Opens the profile dialog (non-modal, object name "profileDialog").
    ProfileDialog *manageProfiles();
    QAction *manageAction() const { return m_manageAction; }

    static QString kindTitle(Profile::Kind kind);

signals:
    // The keychain could not be used: secrets stay in memory for this session.
    void keychainUnavailable(const QString &message, const QString &hint);
    // A recheck found the keychain usable again: new secrets go to it.
    void keychainAvailable();

private:
    void setUpEndpointRow();
    void reloadProfiles();
    void onActivated();
    void followChoice();
    void rememberChoice();
    void selectEndpoint(const QString &choice);
    void showEndpointChoice(bool demo);
    void saveEndpointChoice();
    void applyChoice();
    void updateEndpointRow();
    void forgetSignIns();
    void testConnection(const Profile &profile, QObject *context, std::function<void(bool, const QString &, const QString &)> done);
    QString statusText();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    QPointer<Connection> m_connection;
    EndpointRow m_row;
    QComboBox *m_combo;
    QAction *m_manageAction;
    QLabel *m_statusLabel;
    QTimer *m_statusTimer;
    QPointer<ProfileDialog> m_dialog;
    bool m_keychainLost = false;
    bool m_keychainNoticePending = false;
};
