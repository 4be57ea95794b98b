#include "profiles/profiledialog.h"

#include "api/apierror.h"
#include "api/endpoints.h"
#include "credentials/fallbacksecretstore.h"
#include "job/errorbanner.h"
#include "profiles/secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kCustomRegion = QStringLiteral("custom");

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_secrets(secrets),
      m_keychainBanner(new ErrorBanner(this)),
      m_problemBanner(new ErrorBanner(this)),
      m_list(new QListWidget(this)),
      m_addButton(new QPushButton(tr("&New"), this)),
      m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_saveButton(new QPushButton(tr("&Save"), this)),
      m_testButton(new QPushButton(tr("&Test Connection"), this)),
      m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profiles"));
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_problemBanner->setObjectName(QStringLiteral("profileProblemBanner"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_addButton->setObjectName(QStringLiteral("newProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeButton->setToolTip(tr("Remove the profile and its secrets from the keychain"));
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setDefault(true);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Ask the service for one job with the saved profile, to see that its "
                                "endpoint, network and credentials work"));
    m_testButton->hide();
    buildForm();

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listColumn->addLayout(listButtons);

    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(m_form);
    formColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problemBanner);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::removeSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            editProfile(name);
    });

    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets)) {
        connect(fallback, &FallbackSecretStore::keychainUnavailable, this,
                &ProfileDialog::showKeychainUnavailable);
        if (fallback->fellBack())
            showKeychainUnavailable(fallback->keychainError());
    }
    setTabOrderFromList({m_list, m_addButton, m_removeButton, m_nameEdit, m_regionCombo, m_endpointEdit,
                         m_iamEndpointEdit, m_kindCombo, m_tokenEdit, m_userEdit, m_accountEdit,
                         m_projectNameEdit, m_passwordEdit, m_rememberCheck, m_accessKeyEdit,
                         m_secretKeyEdit, m_projectIdEdit, m_saveButton, m_testButton});
    reloadList({});
    if (m_list->count() == 0)
        newProfile();
    resize(760, 480);
}

void ProfileDialog::setTabOrderFromList(std::initializer_list<QWidget *> widgets)
{
    // Creation order would put Save before the fields: go down the form, then save.
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
}

QLineEdit *ProfileDialog::addLine(const char *objectName, const QString &label,
                                  const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    return edit;
}

void ProfileDialog::buildForm()
{
    m_nameEdit = addLine("profileNameEdit", tr("Na&me:"), tr("Profile name"));
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("profileRegionCombo"));
    m_regionCombo->setAccessibleName(tr("Region"));
    for (const Endpoints::Region &region : Endpoints::regions()) {
        const QString id = QLatin1String(region.id);
        m_regionCombo->addItem(tr("%1 (%2)").arg(Endpoints::regionDisplayName(id), id), id);
    }
    m_regionCombo->addItem(tr("Custom endpoint URL…"), kCustomRegion);
    auto *regionLabel = new QLabel(tr("Re&gion:"), this);
    regionLabel->setBuddy(m_regionCombo);
    m_form->addRow(regionLabel, m_regionCombo);
    m_endpointEdit = addLine("profileEndpointEdit", tr("&Endpoint URL:"), tr("Custom endpoint URL"));
    m_endpointEdit->setPlaceholderText(QStringLiteral("https://cloudbuild-ext.example.com"));
    m_iamEndpointEdit = addLine("profileIamEndpointEdit", tr("&IAM endpoint:"), tr("IAM endpoint"));
    m_iamEndpointEdit->setToolTip(tr("Where password profiles sign in. Leave empty to derive it "
                                     "from the region."));

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("profileKindCombo"));
    m_kindCombo->setAccessibleName(tr("Credential kind"));
    m_kindCombo->addItem(tr("IAM token"), Profile::kindName(Profile::Kind::Token));
    m_kindCombo->addItem(tr("IAM user and password"), Profile::kindName(Profile::Kind::Password));
    m_kindCombo->addItem(tr("Access key and secret key (AK/SK)"), Profile::kindName(Profile::Kind::AkSk));
    auto *kindLabel = new QLabel(tr("Sign in &with:"), this);
    kindLabel->setBuddy(m_kindCombo);
    m_form->addRow(kindLabel, m_kindCombo);
    buildSecretRows();

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleRows();
        updateDerivedPlaceholders();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateVisibleRows);
}

void ProfileDialog::buildSecretRows()
{
    m_tokenEdit = addLine("profileTokenEdit", tr("&Token:"), tr("IAM token"));
    SecretField::addRevealToggle(m_tokenEdit, tr("token"));
    m_userEdit = addLine("profileUserEdit", tr("IAM &user:"), tr("IAM user name"));
    m_accountEdit = addLine("profileAccountEdit", tr("&Account:"), tr("Account name"));
    m_projectNameEdit = addLine("profileProjectNameEdit", tr("&Project name:"), tr("Project name"));
    m_passwordEdit = addLine("profilePasswordEdit", tr("Pass&word:"), tr("Password"));
    SecretField::addRevealToggle(m_passwordEdit, tr("password"));
    m_rememberCheck = new QCheckBox(tr("Remember &password in the keychain"), this);
    m_rememberCheck->setObjectName(QStringLiteral("profileRememberCheck"));
    m_rememberCheck->setToolTip(tr("Without it the password is kept for this session only; later "
                                   "sessions ask for it when a new token is needed (about once a day)."));
    m_form->addRow(QString(), m_rememberCheck);
    m_accessKeyEdit = addLine("profileAccessKeyEdit", tr("Access &key:"), tr("Access key ID"));
    SecretField::addRevealToggle(m_accessKeyEdit, tr("access key"));
    m_secretKeyEdit = addLine("profileSecretKeyEdit", tr("&Secret key:"), tr("Secret access key"));
    SecretField::addRevealToggle(m_secretKeyEdit, tr("secret key"));
    m_projectIdEdit = addLine("profileProjectIdEdit", tr("Project I&D:"), tr("Project ID"));
    m_projectIdEdit->setToolTip(tr("Sent as X-Project-Id with AK/SK requests; optional."));
}

void ProfileDialog::updateVisibleRows()
{
    const bool custom = m_regionCombo->currentData().toString() == kCustomRegion;
    m_form->setRowVisible(m_endpointEdit, custom);
    const auto kind = Profile::kindFromName(m_kindCombo->currentData().toString());
    const bool token = kind == Profile::Kind::Token;
    const bool password = kind == Profile::Kind::Password;
    const bool aksk = kind == Profile::Kind::AkSk;
    m_form->setRowVisible(m_iamEndpointEdit, password);
    m_form->setRowVisible(m_tokenEdit, token);
    for (QWidget *field : {static_cast<QWidget *>(m_userEdit), static_cast<QWidget *>(m_accountEdit),
                           static_cast<QWidget *>(m_projectNameEdit), static_cast<QWidget *>(m_passwordEdit),
                           static_cast<QWidget *>(m_rememberCheck)})
        m_form->setRowVisible(field, password);
    for (QLineEdit *field : {m_accessKeyEdit, m_secretKeyEdit, m_projectIdEdit})
        m_form->setRowVisible(field, aksk);
}

void ProfileDialog::updateDerivedPlaceholders()
{
    const QString region = m_regionCombo->currentData().toString();
    const bool custom = region == kCustomRegion;
    // Show what an empty field stands for, so overriding it is a deliberate choice.
    m_iamEndpointEdit->setPlaceholderText(custom ? tr("Required with a custom endpoint")
                                                 : Profile::iamEndpointForRegion(region).toString());
    m_projectNameEdit->setPlaceholderText(custom ? QString() : region);
}

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &profile : m_store->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        const QString where = profile.endpoint.isEmpty() ? profile.region : profile.endpoint.host();
        item->setToolTip(tr("%1 · %2").arg(where, Profile::kindName(profile.kind)));
    }
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
    m_removeButton->setEnabled(m_list->currentItem() != nullptr);
    m_testButton->setEnabled(m_list->currentItem() != nullptr);
}

bool ProfileDialog::editProfile(const QString &name)
{
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
        return false;
    reloadList(name);
    loadProfile(*profile);
    return true;
}

void ProfileDialog::newProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    m_removeButton->setEnabled(false);
    m_testButton->setEnabled(false);   // nothing saved to test yet
    Profile blank;
    blank.region = QLatin1String(Endpoints::regions().constFirst().id);
    loadProfile(blank);
    m_nameEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::loadProfile(const Profile &profile)
{
    m_editingId = profile.id;
    m_loadedKind = profile.kind;
    m_problemBanner->clear();
    m_nameEdit->setText(profile.name);
    const bool custom = !profile.endpoint.isEmpty();
    m_regionCombo->setCurrentIndex(m_regionCombo->findData(custom ? kCustomRegion : profile.region));
    m_endpointEdit->setText(profile.endpoint.toString());
    m_iamEndpointEdit->setText(profile.iamEndpoint.toString());
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(Profile::kindName(profile.kind)));
    m_userEdit->setText(profile.userName);
    m_accountEdit->setText(profile.domainName);
    m_projectNameEdit->setText(profile.projectName);
    m_projectIdEdit->setText(profile.projectId);
    clearSecretFields();
    // Secrets are never read back: an empty field keeps the stored one.
    const QString kept = profile.id.isEmpty() ? QString() : tr("Stored in the keychain; type to replace");
    for (QLineEdit *field : {m_tokenEdit, m_passwordEdit, m_accessKeyEdit, m_secretKeyEdit})
        field->setPlaceholderText(kept);
    if (profile.kind == Profile::Kind::Password && !profile.id.isEmpty())
        m_passwordEdit->setPlaceholderText(tr("Type to remember a new password"));
    updateVisibleRows();
    updateDerivedPlaceholders();
}

void ProfileDialog::clearSecretFields()
{
    for (QLineEdit *field : {m_tokenEdit, m_passwordEdit, m_accessKeyEdit, m_secretKeyEdit})
        field->clear();
    m_rememberCheck->setChecked(false);
}

Profile ProfileDialog::profileFromFields() const
{
    Profile profile;
    profile.id = m_editingId;
    profile.name = m_nameEdit->text().trimmed();
    const QString region = m_regionCombo->currentData().toString();
    if (region == kCustomRegion)
        profile.endpoint = QUrl(m_endpointEdit->text().trimmed(), QUrl::StrictMode);
    else
        profile.region = region;
    profile.iamEndpoint = QUrl(m_iamEndpointEdit->text().trimmed(), QUrl::StrictMode);
    profile.kind = Profile::kindFromName(m_kindCombo->currentData().toString()).value_or(Profile::Kind::Token);
    if (profile.kind == Profile::Kind::Password) {
        profile.userName = m_userEdit->text().trimmed();
        profile.domainName = m_accountEdit->text().trimmed();
        profile.projectName = m_projectNameEdit->text().trimmed();
    }
    if (profile.kind == Profile::Kind::AkSk)
        profile.projectId = m_projectIdEdit->text().trimmed();
    return profile;
}

QString ProfileDialog::whyMissingSecret(const Profile &profile) const
{
    // A kind that was already saved has its secrets stored; a new one needs them typed.
    const bool stored = !profile.id.isEmpty() && profile.kind == m_loadedKind;
    if (stored)
        return {};
    if (profile.kind == Profile::Kind::Token && m_tokenEdit->text().trimmed().isEmpty())
        return tr("Enter the IAM token.");
    if (profile.kind == Profile::Kind::AkSk
        && (m_accessKeyEdit->text().trimmed().isEmpty() || m_secretKeyEdit->text().trimmed().isEmpty()))
        return tr("Enter the access key and the secret key.");
    return {};
}

QList<ProfileDialog::PendingSecret> ProfileDialog::secretsFromFields(const Profile &profile) const
{
    QList<PendingSecret> pending;
    auto add = [&pending](ProfileSecret which, const QLineEdit *edit) {
        const QByteArray value = edit->text().trimmed().toUtf8();
        if (!value.isEmpty())
            pending.append({which, value});
    };
    switch (profile.kind) {
    case Profile::Kind::Token:
        add(ProfileSecret::Token, m_tokenEdit);
        break;
    case Profile::Kind::AkSk:
        add(ProfileSecret::AccessKey, m_accessKeyEdit);
        add(ProfileSecret::SecretKey, m_secretKeyEdit);
        break;
    case Profile::Kind::Password:
        // The user, account or project may have changed: the cached token may be for another.
        pending.append({ProfileSecret::CachedToken, {}});
        if (m_rememberCheck->isChecked() && !m_passwordEdit->text().isEmpty())
            pending.append({ProfileSecret::Password, m_passwordEdit->text().toUtf8()});
        break;
    }
    return pending;
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    const Profile fields = profileFromFields();
    QString why = m_store->whyInvalid(fields);
    if (why.isEmpty())
        why = whyMissingSecret(fields);
    QString error;
    const std::optional<Profile> saved = why.isEmpty() ? m_store->save(fields, &error) : std::nullopt;
    if (!saved)
        return showProblem(why.isEmpty() ? error : why);
    m_editingId = saved->id;
    m_loadedKind = saved->kind;
    QList<PendingSecret> pending = secretsFromFields(*saved);
    if (saved->kind == Profile::Kind::Password && !m_rememberCheck->isChecked() && !m_passwordEdit->text().isEmpty())
        emit sessionPasswordEntered(saved->id, m_passwordEdit->text().toUtf8());
    clearSecretFields();
    reloadList(saved->name);
    setBusy(true);
    writeSecrets(*saved, std::move(pending));
}

void ProfileDialog::writeSecrets(Profile profile, QList<PendingSecret> pending)
{
    if (pending.isEmpty())
        return finishSave(profile, {});
    const PendingSecret next = pending.takeFirst();
    SecretJob *job = next.value.isEmpty()
        ? m_secrets->remove(ProfileStore::secretKey(profile.id, next.which))
        : m_store->writeSecret(profile, next.which, next.value);
    job->then(this, [this, profile, pending](const SecretJob &done) {
        if (done.error().isError())
            return finishSave(profile, done.error());
        writeSecrets(profile, pending);
    });
}

void ProfileDialog::finishSave(const Profile &profile, const SecretError &error)
{
    setBusy(false);
    if (error.isError())
        showProblem(tr("Profile “%1” was saved, but its secrets were not: %2").arg(profile.name, error.message),
                    error.hint);
    else
        m_problemBanner->clear();
    emit profilesChanged();
    emit profileSaved(profile.name);
}

void ProfileDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    const QString name = item->text();
    if (!confirmRemoval(name))
        return;
    setBusy(true);
    m_store->remove(name, this, [this, name](const SecretError &error) {
        setBusy(false);
        if (error.isError())
            showProblem(tr("Profile “%1” was removed, but some of its secrets could not be "
                           "deleted from the keychain: %2").arg(name, error.message), error.hint);
        emit profilesChanged();
        emit profileRemoved(name);
    });
    // The profile is gone from the settings already; the secrets follow.
    reloadList({});
    if (m_list->count() > 0)
        editProfile(m_list->item(0)->text());
    else
        newProfile();
}

bool ProfileDialog::confirmRemoval(const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Remove Profile"),
                    tr("Remove profile “%1” and delete its secrets from the keychain?").arg(name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeProfileConfirmation"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);   // Enter keeps the profile
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void ProfileDialog::setConnectionTester(ConnectionTester tester)
{
    m_tester = std::move(tester);
    m_testButton->setVisible(bool(m_tester));
    setBusy(m_busy);
}

// Tests the profile as saved: what a fetch would use.
void ProfileDialog::testConnection()
{
    const std::optional<Profile> profile = m_list->currentItem() ? m_store->profile(m_list->currentItem()->text())
                                                                 : std::nullopt;
    if (!m_tester || !profile || m_busy)
        return;
    m_testButton->setEnabled(false);
    m_problemBanner->showMessage(ErrorBanner::Severity::Notice,
                                 tr("Testing profile “%1”…").arg(profile->name));
    m_tester(*profile, this, [this](bool reached, const QString &message, const QString &hint) {
        m_testButton->setEnabled(!m_busy && m_list->currentItem() != nullptr);
        m_problemBanner->showMessage(reached ? ErrorBanner::Severity::Notice : ErrorBanner::Severity::Error,
                                     message, hint);
    });
}

void ProfileDialog::showProblem(const QString &message, const QString &hint)
{
    m_problemBanner->showMessage(ErrorBanner::Severity::Error, message, hint);
}

QString ProfileDialog::problem() const
{
    return m_problemBanner->isHidden() ? QString() : m_problemBanner->message();
}

void ProfileDialog::showKeychainUnavailable(const SecretError &error)
{
    m_keychainBanner->showMessage(ErrorBanner::Severity::Notice,
                                  tr("The keychain is unavailable: secrets are kept in memory for "
                                     "this session only."),
                                  error.hint, error.detail);
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && m_list->currentItem() != nullptr);
    m_testButton->setEnabled(!busy && m_list->currentItem() != nullptr);
}
