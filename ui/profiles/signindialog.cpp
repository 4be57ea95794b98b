#include "profiles/signindialog.h"

#include "profiles/secretfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignInDialog::SignInDialog(const PasswordRequest &request, QWidget *parent)
    : QDialog(parent),
      m_passwordEdit(new QLineEdit(this)),
      m_rememberCheck(new QCheckBox(tr("&Remember password in the keychain"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to %1").arg(request.profile.name));

    auto *reason = new QLabel(request.reason, this);
    reason->setObjectName(QStringLiteral("signInReasonLabel"));
    reason->setWordWrap(true);

    m_passwordEdit->setObjectName(QStringLiteral("signInPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    SecretField::addRevealToggle(m_passwordEdit, tr("password"));
    m_rememberCheck->setObjectName(QStringLiteral("signInRememberCheck"));
    m_rememberCheck->setToolTip(tr("Otherwise the password is used for this sign-in only; the "
                                   "token it brings is kept until it expires."));

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), selectableLabel(request.profile.name, this));
    form->addRow(tr("IAM user:"), selectableLabel(request.profile.userName, this));
    form->addRow(tr("Account:"), selectableLabel(request.profile.domainName, this));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reason);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_passwordEdit->setFocus();
}

std::optional<PasswordAnswer> SignInDialog::answer() const
{
    if (result() != Accepted || m_passwordEdit->text().isEmpty())
        return std::nullopt;
    return PasswordAnswer{m_passwordEdit->text().toUtf8(), m_rememberCheck->isChecked()};
}

void SignInDialog::ask(QWidget *parent, const PasswordRequest &request, PasswordReply reply)
{
    auto *dialog = new SignInDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // finished() comes once per close; the password leaves the field with the dialog.
    connect(dialog, &QDialog::finished, dialog, [dialog, reply = std::move(reply)] {
        std::optional<PasswordAnswer> answer = dialog->answer();
        dialog->m_passwordEdit->clear();
        reply(std::move(answer));
    });
    dialog->open();
}
