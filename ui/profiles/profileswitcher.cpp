#include "profiles/profileswitcher.h"

#include "api/buildrecords.h"
#include "api/endpoints.h"
#include "api/listpager.h"
#include "credentials/fallbacksecretstore.h"
#include "widgets/itemsizedcombobox.h"
#include "platform/appsettings.h"
#include "profiles/profiledialog.h"
#include "profiles/secretfield.h"
#include "profiles/signindialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace {

const QString kDemoEntry = QStringLiteral("demo");
const QString kSessionEntry = QStringLiteral("session");
const QString kProfilePrefix = QStringLiteral("profile:");
const QString kDemoChoice = QLatin1String(AppSettings::kDemoEndpoint);
const QString kCustomChoice = QLatin1String(Connection::kCustomEndpoint);

} // namespace

ProfileSwitcher::ProfileSwitcher(Connection *connection, SecretStore *secrets, const EndpointRow &row, QWidget *parent)
    : QToolBar(parent),
      m_settings(AppSettings::open()),
      m_connection(connection),
      m_row(row),
      m_combo(new ItemSizedComboBox(this)),
      m_statusLabel(new QLabel(this)),
      m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("profileToolBar"));
    setWindowTitle(tr("Profile"));
    setMovable(false);
    if (!secrets) {
        // Constructing it talks to nobody: the keychain is first asked when a secret is needed.
        m_ownedSecrets = std::make_unique<FallbackSecretStore>();
        secrets = m_ownedSecrets.get();
    }
    m_secrets = secrets;
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets);
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets)) {
        m_keychainLost = fallback->fellBack();
        m_keychainNoticePending = m_keychainLost;
        connect(fallback, &FallbackSecretStore::keychainUnavailable, this, [this](const SecretError &error) {
            m_keychainLost = true;
            m_keychainNoticePending = true;
            refreshStatus();
            emit keychainUnavailable(tr("The keychain is unavailable: secrets are kept in memory "
                                        "for this session only."), error.hint);
        });
        connect(fallback, &FallbackSecretStore::keychainAvailable, this, [this] {
            m_keychainLost = false;
            m_keychainNoticePending = false;
            refreshStatus();
            emit keychainAvailable();
        });
        // The keychain may have become usable since (a keyring created or unlocked in the
        // system's prompt, which takes the focus): ask again when the user is back.
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                recheckKeychain();
        });
    }

    auto *label = new QLabel(tr("P&rofile:"), this);
    label->setBuddy(m_combo);
    label->setContentsMargins(4, 0, 4, 0);
    addWidget(label);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("Whose credentials to fetch with: the demo sandbox, a token for this "
                           "session, or a saved profile"));
    m_combo->setMinimumContentsLength(16);
    addWidget(m_combo);
    m_manageAction = addAction(tr("&Manage Profiles…"));
    m_manageAction->setObjectName(QStringLiteral("actionManageProfiles"));
    m_manageAction->setToolTip(tr("Add, edit and remove saved profiles"));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_manageAction, &QAction::triggered, this, [this] { manageProfiles(); });

    m_statusLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Active profile"));
    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    // The token's time left moves on: the status follows each minute.
    m_statusTimer->setInterval(std::chrono::minutes(1));
    connect(m_statusTimer, &QTimer::timeout, this, &ProfileSwitcher::refreshStatus);
    m_statusTimer->start();
    m_connection->setSignIn(
        m_store.get(),
        [this](const PasswordRequest &request, PasswordReply reply) {
            SignInDialog::ask(window(), request, std::move(reply));
        },
        tr("Fetch again and enter the password when asked, or remember it under Manage Profiles."));
    reloadProfiles();

    // Lets screenshots and manual checks open the dialog without clicking.
    if (qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_OPEN_PROFILES"))
        QTimer::singleShot(0, this, [this] { manageProfiles(); });
}

ProfileSwitcher::~ProfileSwitcher()
{
    // The dialog and the connection's sign-ins refer to the store: let them go first.
    delete m_dialog;
    if (m_connection)
        m_connection->setSignIn(nullptr, {}, {});
}

void ProfileSwitcher::setUpEndpointRow()
{
    QComboBox *combo = m_row.endpoint;
    // The demo sandbox is chosen in the Profile list only: one place says where a fetch goes.
    for (const Endpoints::Region &region : Endpoints::regions()) {
        const QString id = QLatin1String(region.id);
        combo->addItem(tr("%1 (%2)").arg(Endpoints::regionDisplayName(id), id), id);
    }
    combo->insertSeparator(combo->count());
    combo->addItem(tr("Custom URL…"), kCustomChoice);

    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateEndpointRow();
        applyChoice();
    });
    // Only a choice the user makes is remembered; --demo must not overwrite it.
    connect(combo, &QComboBox::activated, this, [this] {
        saveEndpointChoice();
        if (m_row.endpoint->currentData().toString() == kCustomChoice)
            m_row.customUrl->setFocus(Qt::OtherFocusReason);
    });
    connect(m_row.customUrl, &QLineEdit::editingFinished, this, &ProfileSwitcher::saveEndpointChoice);
    connect(m_row.customUrl, &QLineEdit::textChanged, m_connection, &Connection::setCustomUrl);
    connect(m_row.token, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_connection)
            m_connection->setToken(text.trimmed().toUtf8());
    });
    QAction *reveal = SecretField::addRevealToggle(m_row.token, tr("token"));
    reveal->setObjectName(QStringLiteral("revealTokenAction"));
}

void ProfileSwitcher::reloadProfiles()
{
    const QString current = m_combo->currentData().toString();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Demo sandbox"), kDemoEntry);
    m_combo->addItem(tr("Token (this session only)"), kSessionEntry);
    const QList<Profile> profiles = m_store->profiles();
    if (!profiles.isEmpty())
        m_combo->insertSeparator(m_combo->count());
    for (const Profile &profile : profiles) {
        m_combo->addItem(tr("%1 (%2)").arg(profile.name, kindTitle(profile.kind)), QString(kProfilePrefix + profile.name));
        m_combo->setItemData(m_combo->count() - 1, profile.effectiveEndpoint().host(), Qt::ToolTipRole);
    }
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : m_combo->findData(kSessionEntry));
    if (index < 0 && current.startsWith(kProfilePrefix))
        followChoice();   // the selected profile was removed: a session token it is
    else if (!current.isEmpty())
        applyChoice();    // it may have been edited
    refreshStatus();
}

ProfileSwitcher::Choice ProfileSwitcher::choice() const
{
    const QString entry = m_combo->currentData().toString();
    if (entry == kDemoEntry)
        return Choice::Demo;
    return entry.startsWith(kProfilePrefix) ? Choice::Profile : Choice::SessionToken;
}

std::optional<Profile> ProfileSwitcher::selectedProfile() const
{
    const QString entry = m_combo->currentData().toString();
    if (!entry.startsWith(kProfilePrefix))
        return std::nullopt;
    return m_store->profile(entry.mid(kProfilePrefix.size()));
}

void ProfileSwitcher::forgetSignIns()
{
    if (m_connection)
        m_connection->fetcher()->forgetSignIns();
}

void ProfileSwitcher::showEndpointChoice(bool demo)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(demo ? kDemoEntry : kSessionEntry));
    refreshStatus();
}

void ProfileSwitcher::restoreChoice(bool demo)
{
    setUpEndpointRow();
    selectEndpoint(m_settings->value(QLatin1String(AppSettings::kEndpoint), kDemoChoice).toString());
    if (demo) {
        selectEndpoint(kDemoChoice);
    } else {
        // Settings only: no keychain before a fetch. The last profile used; when the window
        // never chose anything (profiles made with the command line), the default profile: the
        // demo is for those who have no account configured.
        QString name = m_settings->value(QLatin1String(kLastProfileKey)).toString();
        if (name.isEmpty() && !m_settings->contains(QLatin1String(AppSettings::kEndpoint)))
            name = m_store->defaultProfileName();
        if (!name.isEmpty())
            selectProfile(name);
    }
    applyChoice();
    updateEndpointRow();
}

void ProfileSwitcher::selectEndpoint(const QString &choice)
{
    QComboBox *combo = m_row.endpoint;
    if (this->choice() != Choice::Profile)
        showEndpointChoice(choice == kDemoChoice);
    if (choice == kDemoChoice)
        return;
    if (Endpoints::isKnownRegion(choice)) {
        combo->setCurrentIndex(combo->findData(choice));
    } else if (!choice.isEmpty()) {
        combo->setCurrentIndex(combo->findData(kCustomChoice));
        m_row.customUrl->setText(choice);
        m_row.customUrl->setCursorPosition(0);   // show the scheme and host, not the tail
    }
}

void ProfileSwitcher::chooseDemo()
{
    if (choice() == Choice::Demo)
        return;
    showEndpointChoice(true);
    rememberChoice();   // no profile: the next start is on the demo too
    applyChoice();
    saveEndpointChoice();
    updateEndpointRow();
}

void ProfileSwitcher::saveEndpointChoice()
{
    const QString endpoint = m_connection ? m_connection->endpointChoice() : QString();
    if (!endpoint.isEmpty() && choice() != Choice::Profile)
        m_settings->setValue(QLatin1String(AppSettings::kEndpoint), endpoint);
}

// Tells the connection what the bar says now (what is typed in the row follows as typed).
void ProfileSwitcher::applyChoice()
{
    if (!m_connection)
        return;
    switch (choice()) {
    case Choice::Demo:
        m_connection->chooseDemo();
        break;
    case Choice::SessionToken:
        m_connection->chooseSessionToken(m_row.endpoint->currentData().toString());
        break;
    case Choice::Profile:
        m_connection->chooseProfile(selectedProfile());
        break;
    }
}

// The endpoint row is for a session token only: the demo and profiles know where they go.
void ProfileSwitcher::updateEndpointRow()
{
    const bool sessionToken = choice() == Choice::SessionToken;
    const bool custom = m_row.endpoint->currentData().toString() == kCustomChoice;
    m_row.endpointLabel->setVisible(sessionToken);
    m_row.endpoint->setVisible(sessionToken);
    m_row.customUrl->setVisible(custom && sessionToken);
    // The sandbox brings its own token: the field would only invite pasting a real one.
    m_row.tokenLabel->setVisible(sessionToken);
    m_row.token->setVisible(sessionToken);
    m_row.token->setEnabled(sessionToken);
}

void ProfileSwitcher::focusFieldToFix(const ApiError &refusal)
{
    if (choice() != Choice::SessionToken)
        return;
    if (refusal.kind == ApiError::Kind::InvalidEndpoint)
        m_row.customUrl->setFocus(Qt::OtherFocusReason);
    else if (refusal.kind == ApiError::Kind::MissingCredentials)
        m_row.token->setFocus(Qt::OtherFocusReason);
}

bool ProfileSwitcher::selectProfile(const QString &name)
{
    const int index = m_combo->findData(QString(kProfilePrefix + name));
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    onActivated();
    return true;
}

void ProfileSwitcher::followContentWidth()
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_row.endpoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ProfileSwitcher::onActivated()
{
    rememberChoice();
    refreshStatus();
    followChoice();
}

// After the user's choice in the list: the connection, the settings and the row follow it.
void ProfileSwitcher::followChoice()
{
    applyChoice();
    // The demo or a session token's endpoint is remembered; a profile remembers itself.
    saveEndpointChoice();
    updateEndpointRow();
    if (choice() == Choice::SessionToken)
        m_row.token->setFocus(Qt::OtherFocusReason);
}

void ProfileSwitcher::rememberChoice()
{
    // A name only; demo and session token are remembered through the endpoint setting.
    if (const std::optional<Profile> profile = selectedProfile())
        m_settings->setValue(QLatin1String(kLastProfileKey), profile->name);
    else
        m_settings->remove(QLatin1String(kLastProfileKey));
}

void ProfileSwitcher::recheckKeychain()
{
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets); fallback && m_keychainLost)
        fallback->recheckKeychain();
}

ProfileDialog *ProfileSwitcher::manageProfiles()
{
    recheckKeychain();
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ProfileDialog(m_store.get(), m_secrets, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<Profile> profile = selectedProfile())
        m_dialog->editProfile(profile->name);
    m_dialog->setConnectionTester([this](const Profile &profile, QObject *context, ProfileDialog::ConnectionDone done) {
        testConnection(profile, context, std::move(done));
    });
    connect(m_dialog, &ProfileDialog::sessionPasswordEntered, this,
            [this](const QString &profileId, const QByteArray &password) {
                if (m_connection)
                    m_connection->fetcher()->keepSessionPassword(profileId, password);
            });
    connect(m_dialog, &ProfileDialog::profilesChanged, this, [this] {
        // Edited credentials must not be served from an old sign-in's memory.
        forgetSignIns();
        reloadProfiles();
    });
    m_dialog->open();
    return m_dialog;
}

void ProfileSwitcher::testConnection(const Profile &profile, QObject *context, ProfileDialog::ConnectionDone done)
{
    if (!m_connection)
        return done(false, tr("Nothing to test with."), {});
    // The same way a fetch goes: the settings' timeout and CA file, the profile's credentials.
    ListQuery query;
    query.pageSize = 1;
    ApiError refusal;
    ListPager *pager = m_connection->fetcher()->listPager(query, Connection::targetFor(profile), context, &refusal);
    if (!pager)
        return done(false, refusal.message, refusal.hint);
    pager->setLimit(1);
    const QString host = profile.effectiveEndpoint().host();
    connect(pager, &ListPager::finished, context, [this, pager, done, host, name = profile.name] {
        pager->deleteLater();
        refreshStatus();   // a password profile may have signed in
        const ApiError &error = pager->error();
        if (error.isError())
            return done(false, tr("Testing profile “%1” with %2 failed: %3").arg(name, host, error.message), error.hint);
        const qint64 total = pager->total();
        done(true, total >= 0 ? tr("Profile “%1” works: %2 answered, %n jobs visible.", nullptr, int(total)).arg(name, host)
                              : tr("Profile “%1” works: %2 answered.").arg(name, host), {});
    });
    pager->start();
}

bool ProfileSwitcher::takeKeychainNotice()
{
    return std::exchange(m_keychainNoticePending, false);
}

void ProfileSwitcher::refreshStatus()
{
    m_statusLabel->setText(statusText());
    // A permanent status-bar widget is squeezed before the stretching message: keep it whole.
    m_statusLabel->setMinimumWidth(m_statusLabel->sizeHint().width());
}

QString ProfileSwitcher::statusText()
{
    QString text;
    switch (choice()) {
    case Choice::Demo:
        text = tr("Demo sandbox");
        break;
    case Choice::SessionToken:
        text = tr("Token for this session only");
        break;
    case Choice::Profile: {
        const std::optional<Profile> profile = selectedProfile();
        if (!profile)
            break;
        text = tr("Profile %1 · %2").arg(profile->name, kindTitle(profile->kind));
        const QDateTime expiry = m_connection ? m_connection->fetcher()->tokenExpiry(profile->id) : QDateTime();
        if (profile->kind != Profile::Kind::Password)
            break;
        const qint64 left = expiry.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expiry) : -1;
        if (!expiry.isValid())
            text += tr(" · not signed in yet");
        else if (left > 0)
            text += tr(" · token valid %1").arg(BuildParse::readableDuration(left * 1000));
        else
            text += tr(" · token expired");
        break;
    }
    }
    if (m_keychainLost)
        text += tr(" · keychain unavailable, secrets in memory only");
    return text;
}

QString ProfileSwitcher::kindTitle(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Token: return tr("IAM token");
    case Profile::Kind::Password: return tr("IAM password");
    case Profile::Kind::AkSk: return tr("AK/SK");
    }
    return {};
}
