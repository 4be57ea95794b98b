#include "profileswitcher.h"

#include "api/listpager.h"
#include "credentials/jobfetcher.h"
#include "credentials/fallbacksecretstore.h"
#include "itemsizedcombobox.h"
#include "platform/appsettings.h"
#include "profiledialog.h"
#include "signindialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSettings>
#include <QTimer>

namespace {

const QString kDemoEntry = QStringLiteral("demo");
const QString kSessionEntry = QStringLiteral("session");
const QString kProfilePrefix = QStringLiteral("profile:");

} // namespace

ProfileSwitcher::ProfileSwitcher(SecretStore *secrets, QWidget *parent)
    : QToolBar(parent),
      m_settings(AppSettings::open()),
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
    QAction *manage = addAction(tr("&Manage Profiles…"));
    manage->setObjectName(QStringLiteral("actionManageProfiles"));
    manage->setToolTip(tr("Add, edit and remove saved profiles"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(manage, &QAction::triggered, this, [this] { manageProfiles(); });

    m_statusLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Active profile"));
    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    // The token's time left is shown to the minute.
    m_statusTimer->setInterval(std::chrono::minutes(1));
    connect(m_statusTimer, &QTimer::timeout, this, &ProfileSwitcher::refreshStatus);
    m_statusTimer->start();
    reloadProfiles();

    // Lets screenshots and manual checks open the dialog without clicking.
    if (qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_OPEN_PROFILES"))
        QTimer::singleShot(0, this, [this] { manageProfiles(); });
}

ProfileSwitcher::~ProfileSwitcher()
{
    // The dialog and the fetcher's sign-ins refer to the store: let them go first.
    delete m_dialog;
    setFetcher(nullptr);
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
        emit choiceChanged(Choice::SessionToken);   // the selected profile was removed
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

void ProfileSwitcher::setFetcher(JobFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->setProfiles(nullptr, {}, {});
    m_fetcher = fetcher;
    if (!m_fetcher)
        return;
    m_fetcher->setProfiles(
        m_store.get(),
        [this](const PasswordRequest &request, PasswordReply reply) {
            SignInDialog::ask(window(), request, std::move(reply));
        },
        tr("Fetch again and enter the password when asked, or remember it under Manage Profiles."));
}

void ProfileSwitcher::forgetSignIns()
{
    if (m_fetcher)
        m_fetcher->forgetSignIns();
}

void ProfileSwitcher::showEndpointChoice(bool demo)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(demo ? kDemoEntry : kSessionEntry));
    refreshStatus();
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

void ProfileSwitcher::restoreLastProfile()
{
    const QString name = m_settings->value(QLatin1String(kLastProfileKey)).toString();
    if (!name.isEmpty())
        selectProfile(name);
}

void ProfileSwitcher::followContentWidth()
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ProfileSwitcher::onActivated()
{
    rememberChoice();
    refreshStatus();
    emit choiceChanged(choice());
}

void ProfileSwitcher::rememberChoice()
{
    // A name only; demo and session token are remembered through the endpoint setting.
    if (const std::optional<Profile> profile = selectedProfile())
        m_settings->setValue(QLatin1String(kLastProfileKey), profile->name);
    else
        m_settings->remove(QLatin1String(kLastProfileKey));
}

ProfileDialog *ProfileSwitcher::manageProfiles()
{
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
                if (m_fetcher)
                    m_fetcher->keepSessionPassword(profileId, password);
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
    if (!m_fetcher)
        return done(false, tr("Nothing to test with."), {});
    // The same way a fetch goes: the settings' timeout and CA file, the profile's credentials.
    FetchTarget target;
    target.profile = profile;
    target.caFile = AppSettings::caFile();
    target.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    ListQuery query;
    query.pageSize = 1;
    ApiError refusal;
    ListPager *pager = m_fetcher->listPager(query, target, context, &refusal);
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
        const QDateTime expiry = m_fetcher ? m_fetcher->tokenExpiry(profile->id) : QDateTime();
        if (profile->kind != Profile::Kind::Password)
            break;
        const qint64 left = expiry.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expiry) : -1;
        if (!expiry.isValid())
            text += tr(" · not signed in yet");
        else if (left > 0)
            text += tr(" · token valid %1").arg(durationText(left));
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

QString ProfileSwitcher::durationText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(minutes);
}
