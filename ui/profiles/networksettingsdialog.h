#pragma once

#include <QDialog>

class ProfileStore;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Settings > Network: the request timeout, an extra CA file, the proxy (the system's or one
// typed here) and the default profile. The keys are those the command line reads too
// (AppSettings, ProfileStore), so window and command line go the same way. Nothing secret:
// a proxy URL with a user name or password is refused.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` is not owned; nullptr: no default profile row.
    explicit NetworkSettingsDialog(ProfileStore *store, QWidget *parent = nullptr);

    // Checks the fields and saves them; false, with the problem shown, when one is wrong.
    bool save();
    QString problem() const;

    void accept() override;

private:
    void load();
    void updateProxyField();
    QString whyInvalid() const;

    ProfileStore *m_store;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QRadioButton *m_systemProxy;
    QRadioButton *m_manualProxy;
    QLineEdit *m_proxyUrl;
    QComboBox *m_defaultProfile = nullptr;
    QLabel *m_problem;
};
