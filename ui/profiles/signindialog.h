#pragma once

#include "credentials/passwordprompt.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for a password profile's password when IAM needs a fresh sign-in and none is
// remembered. Opened with open(), never exec(): the window keeps painting, and tests find the
// dialog by its object name ("signInDialog"), fill it and accept it like a user.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const PasswordRequest &request, QWidget *parent = nullptr);

    // Shows a dialog over `parent` and calls `reply` exactly once when it closes (nullopt on
    // Cancel). Fits PasswordPrompt.
    static void ask(QWidget *parent, const PasswordRequest &request, PasswordReply reply);

    std::optional<PasswordAnswer> answer() const;

private:
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
};
