#pragma once

#include "credentials/profilestore.h"

#include <QDialog>

#include <functional>

class ErrorBanner;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

// Adds, edits and removes profiles. Only the non-secret fields go to the settings (through
// ProfileStore); tokens, passwords and keys go to the SecretStore and are never read back into
// the dialog: an empty secret field on an existing profile means "keep what is stored".
// Nothing touches the keychain until Save or Remove.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither the store nor the secrets are owned; `secrets` is the store's own SecretStore,
    // watched for a FallbackSecretStore giving up on the keychain.
    ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);

    // Selects the profile named `name` for editing; returns false when there is none.
    bool editProfile(const QString &name);
    // Clears the form for a new profile.
    void newProfile();
    // Whether a Save or Remove is waiting for the keychain.
    bool isBusy() const { return m_busy; }
    QString problem() const;
    // How Test Connection reaches the service: tries `profile` and calls `done` once, unless
    // `context` is gone first. Without one the button stays hidden.
    using ConnectionDone = std::function<void(bool reached, const QString &message, const QString &hint)>;
    using ConnectionTester = std::function<void(const Profile &profile, QObject *context, ConnectionDone done)>;
    void setConnectionTester(ConnectionTester tester);

signals:
    void profilesChanged();
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    // A password profile was saved with a password typed but not to be remembered: it is for
    // this session's sign-ins (memory only).
    void sessionPasswordEntered(const QString &profileId, const QByteArray &password);

private:
    struct PendingSecret
    {
        ProfileSecret which;
        QByteArray value;   // empty: remove
    };

    void buildForm();
    void setTabOrderFromList(std::initializer_list<QWidget *> widgets);
    void buildSecretRows();
    QLineEdit *addLine(const char *objectName, const QString &label, const QString &accessibleName);
    void reloadList(const QString &select);
    void loadProfile(const Profile &profile);
    void updateVisibleRows();
    void updateDerivedPlaceholders();
    Profile profileFromFields() const;
    QString whyMissingSecret(const Profile &profile) const;
    QList<PendingSecret> secretsFromFields(const Profile &profile) const;
    void save();
    void writeSecrets(Profile profile, QList<PendingSecret> pending);
    void finishSave(const Profile &profile, const SecretError &error);
    void removeSelected();
    void testConnection();
    bool confirmRemoval(const QString &name);   // Cancel is the default
    void showProblem(const QString &message, const QString &hint = {});
    void showKeychainUnavailable(const SecretError &error);
    void setBusy(bool busy);
    void clearSecretFields();

    ProfileStore *m_store;
    SecretStore *m_secrets;
    QString m_editingId;                 // empty while adding a new profile
    Profile::Kind m_loadedKind = Profile::Kind::Token;
    bool m_busy = false;

    ErrorBanner *m_keychainBanner;
    ErrorBanner *m_problemBanner;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    ConnectionTester m_tester;
    QFormLayout *m_form;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QLineEdit *m_iamEndpointEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_accountEdit = nullptr;
    QLineEdit *m_projectNameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLineEdit *m_accessKeyEdit = nullptr;
    QLineEdit *m_secretKeyEdit = nullptr;
    QLineEdit *m_projectIdEdit = nullptr;
};
