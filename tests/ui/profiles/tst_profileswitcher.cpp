#include "platform/appsettings.h"
#include "credentials/credentialprovider.h"
#include "credentials/fallbacksecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "job/errorbanner.h"
#include "window/mainwindow.h"
#include "profiles/profiledialog.h"
#include "profiles/profileswitcher.h"
#include "sandbox/demosandbox.h"
#include "ui/windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The real window with saved profiles pointing at a demo sandbox started by the test, their
// secrets in memory: select a profile in the Profile bar, fetch, sign in when asked.
class TestProfileSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switcherListsProfilesAndBuiltIns();
    void tokenProfileFetches();
    void akskProfileFetches();
    void passwordProfileAsksForPasswordThenFetches();
    void passwordTypedInTheDialogServesTheSession();
    void testConnectionTriesTheSavedProfile();
    void cancelledSignInIsExplainedInline();
    void rejectedCachedTokenSignsInAgainOnce();
    void sessionTokenEntryKeepsTheTokenField();
    void lastProfileIsRememberedByNameOnly();
    void firstStartTakesTheDefaultProfile();
    void noKeychainAccessBeforeAFetch();
    void missingKeychainIsShownAndFetchStillWorks();
    void keychainIsAskedAgainWhenTheUserIsBack();

private:
    Profile saveProfile(const QString &name, Profile::Kind kind);
    void writeSecret(const Profile &profile, ProfileSecret which, const QByteArray &value);
    void openWindow(const QString &initialJob = {});
    bool selectAndFetch(const QString &profileName);
    QString statusText() const;
    QDialog *waitForSignInDialog() const;
    static void saveScreenshot(QWidget *widget, const char *name);

    DemoSandbox m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfileSwitcher::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_profileswitcher"));
    QVERIFY(m_sandbox.start());
}

void TestProfileSwitcher::init()
{
    m_settings = AppSettings::open();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
}

void TestProfileSwitcher::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings->clear();
    m_settings.reset();
}

Profile TestProfileSwitcher::saveProfile(const QString &name, Profile::Kind kind)
{
    Profile profile;
    profile.name = name;
    profile.endpoint = m_sandbox.baseUrl();
    profile.iamEndpoint = m_sandbox.baseUrl();
    profile.kind = kind;
    if (kind == Profile::Kind::Password) {
        profile.userName = QLatin1String(DemoSandbox::demoUser);
        profile.domainName = QLatin1String(DemoSandbox::demoAccount);
    }
    // The token scope of a password profile; the project AK/SK looks up for X-Project-Id.
    profile.projectName = QStringLiteral("cn-north-4");
    QString error;
    const std::optional<Profile> saved = m_store->save(profile, &error);
    if (!saved)
        qFatal("cannot save profile: %s", qPrintable(error));
    return *saved;
}

void TestProfileSwitcher::writeSecret(const Profile &profile, ProfileSecret which, const QByteArray &value)
{
    SecretJob *job = m_store->writeSecret(profile, which, value);
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(job->succeeded());
    job->deleteLater();
}

void TestProfileSwitcher::openWindow(const QString &initialJob)
{
    MainWindowOptions options;
    options.secretStore = m_secrets.get();
    options.initialJob = initialJob;
    m_window.reset();
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

bool TestProfileSwitcher::selectAndFetch(const QString &profileName)
{
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    if (!switcher || !switcher->selectProfile(profileName))
        return false;
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(DemoSandbox::firstJobId());
    if (finished.isEmpty() && !finished.wait(10'000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

QString TestProfileSwitcher::statusText() const
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("profileStatusLabel"));
    return label ? label->text() : QString();
}

QDialog *TestProfileSwitcher::waitForSignInDialog() const
{
    QDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<QDialog *>(QStringLiteral("signInDialog"));
        return dialog && dialog->isVisible();
    }, 10'000);
    return shown ? dialog : nullptr;
}

// For looking at the dialogs by hand: INSPECTOR_SCREENSHOT_DIR=/tmp ./tst_profileswitcher
void TestProfileSwitcher::saveScreenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("INSPECTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + QLatin1String(name) + QLatin1String(".png"));
}

void TestProfileSwitcher::switcherListsProfilesAndBuiltIns()
{
    saveProfile(QStringLiteral("work"), Profile::Kind::Token);
    openWindow();
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    QVERIFY2(texts.contains(QStringLiteral("Demo sandbox")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("Token (this session only)")));
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(u"work"); }));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionManageProfiles")));
}

void TestProfileSwitcher::tokenProfileFetches()
{
    const Profile profile = saveProfile(QStringLiteral("tok"), Profile::Kind::Token);
    writeSecret(profile, ProfileSecret::Token, DemoSandbox::demoToken());
    openWindow();
    QVERIFY(selectAndFetch(QStringLiteral("tok")));
    QVERIFY(m_window->currentJob());
    QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("endpointCombo"))->isVisible());
    QVERIFY2(statusText().contains(u"Profile tok") && statusText().contains(u"IAM token"), qPrintable(statusText()));
}

void TestProfileSwitcher::akskProfileFetches()
{
    const Profile profile = saveProfile(QStringLiteral("keys"), Profile::Kind::AkSk);
    writeSecret(profile, ProfileSecret::AccessKey, QByteArray(DemoSandbox::demoAccessKey));
    writeSecret(profile, ProfileSecret::SecretKey, DemoSandbox::demoSecretKey());
    openWindow();
    QVERIFY(selectAndFetch(QStringLiteral("keys")));
    QVERIFY(m_window->currentJob());
    QVERIFY2(statusText().contains(u"AK/SK"), qPrintable(statusText()));
}

void TestProfileSwitcher::passwordProfileAsksForPasswordThenFetches()
{
    const int signInsBefore = m_sandbox.signInCount();
    saveProfile(QStringLiteral("pw"), Profile::Kind::Password);
    openWindow();
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    QVERIFY(switcher->selectProfile(QStringLiteral("pw")));
    QVERIFY2(statusText().contains(u"not signed in"), qPrintable(statusText()));
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(DemoSandbox::firstJobId());

    QDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(finished.isEmpty());
    QVERIFY(m_window->isFetching());
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](QLabel *l) { return l->text() == QLatin1String(DemoSandbox::demoUser); }));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("signInPasswordEdit"));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QString::fromUtf8(DemoSandbox::demoPassword()));
    saveScreenshot(dialog, "signin");
    dialog->accept();

    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(m_window->currentJob());
    const QString status = statusText();
    QVERIFY2(status.contains(u"Profile pw · IAM password · token valid 23 h")
                 || status.contains(u"Profile pw · IAM password · token valid 24 h 00 min"),
             qPrintable(status));
    saveScreenshot(m_window.get(), "window-password-profile");
    // Not remembered: no password in the store, only the token it brought.
    const Profile profile = *m_store->profile(QStringLiteral("pw"));
    QVERIFY(!m_secrets->entries().contains(ProfileStore::secretKey(profile.id, ProfileSecret::Password)));
    QVERIFY(m_secrets->entries().contains(ProfileStore::secretKey(profile.id, ProfileSecret::CachedToken)));

    // The next fetch uses the cached token without asking.
    finished.clear();
    m_window->openJob(DemoSandbox::firstJobId());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    // The answered dialog is gone (deleted on close), and no second one was opened.
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("signInDialog")));
    QCOMPARE(m_sandbox.signInCount(), signInsBefore + 1);
}

// A password profile created in the window with its password but without "remember": the first
// fetch signs in with that password instead of asking for it again, and it is kept nowhere but
// in memory.
void TestProfileSwitcher::passwordTypedInTheDialogServesTheSession()
{
    openWindow();
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    ProfileDialog *dialog = switcher->manageProfiles();
    QVERIFY(dialog);
    dialog->newProfile();
    const auto type = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("profileNameEdit", u"typed"_qs);
    auto *region = dialog->findChild<QComboBox *>(u"profileRegionCombo"_qs);
    region->setCurrentIndex(region->findData(u"custom"_qs));
    type("profileEndpointEdit", m_sandbox.baseUrl().toString());
    type("profileIamEndpointEdit", m_sandbox.baseUrl().toString());
    auto *kind = dialog->findChild<QComboBox *>(u"profileKindCombo"_qs);
    kind->setCurrentIndex(kind->findData(Profile::kindName(Profile::Kind::Password)));
    type("profileUserEdit", QLatin1String(DemoSandbox::demoUser));
    type("profileAccountEdit", QLatin1String(DemoSandbox::demoAccount));
    type("profileProjectNameEdit", u"cn-north-4"_qs);
    type("profilePasswordEdit", QString::fromUtf8(DemoSandbox::demoPassword()));
    QVERIFY(!dialog->findChild<QCheckBox *>(u"profileRememberCheck"_qs)->isChecked());
    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    dialog->findChild<QPushButton *>(u"saveProfileButton"_qs)->click();
    QVERIFY(!saved.isEmpty() || saved.wait(5000));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    dialog->close();

    const int signInsBefore = m_sandbox.signInCount();
    QVERIFY(selectAndFetch(u"typed"_qs));
    QVERIFY(!m_window->findChild<QDialog *>(u"signInDialog"_qs));
    QCOMPARE(m_sandbox.signInCount(), signInsBefore + 1);
    const Profile profile = *m_store->profile(u"typed"_qs);
    QVERIFY(!m_secrets->entries().contains(ProfileStore::secretKey(profile.id, ProfileSecret::Password)));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(DemoSandbox::demoPassword()));
}

// Test Connection asks the service with the profile as saved and says how it went.
void TestProfileSwitcher::testConnectionTriesTheSavedProfile()
{
    const Profile good = saveProfile(u"good"_qs, Profile::Kind::Token);
    writeSecret(good, ProfileSecret::Token, DemoSandbox::demoToken());
    const Profile bad = saveProfile(u"bad"_qs, Profile::Kind::Token);
    writeSecret(bad, ProfileSecret::Token, QByteArray("not-the-demo-token"));
    openWindow();
    ProfileDialog *dialog = m_window->findChild<ProfileSwitcher *>()->manageProfiles();
    auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_qs);
    QVERIFY(test && test->isVisible());
    auto *banner = dialog->findChild<ErrorBanner *>(u"profileProblemBanner"_qs);

    QVERIFY(dialog->editProfile(u"good"_qs));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"works"), 10'000);
    QCOMPARE(banner->severity(), ErrorBanner::Severity::Notice);
    QVERIFY2(banner->message().contains(m_sandbox.baseUrl().host()), qPrintable(banner->message()));

    QVERIFY(dialog->editProfile(u"bad"_qs));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"failed"), 10'000);
    QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);

    dialog->newProfile();
    QVERIFY(!test->isEnabled());   // nothing saved to test
    dialog->close();
}

void TestProfileSwitcher::cancelledSignInIsExplainedInline()
{
    saveProfile(QStringLiteral("pw"), Profile::Kind::Password);
    openWindow();
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    QVERIFY(switcher->selectProfile(QStringLiteral("pw")));
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(DemoSandbox::firstJobId());
    QDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    auto *banner = m_window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"pw"), qPrintable(banner->message()));
}

void TestProfileSwitcher::rejectedCachedTokenSignsInAgainOnce()
{
    // The cached token looks valid for a day but the gateway rejects it: one fresh sign-in
    // with the remembered password, then the job, without asking anything.
    const Profile profile = saveProfile(QStringLiteral("pw"), Profile::Kind::Password);
    writeSecret(profile, ProfileSecret::Password, DemoSandbox::demoPassword());
    const IamToken stale{DemoSandbox::expiredToken(), QDateTime::currentDateTimeUtc().addDays(1)};
    writeSecret(profile, ProfileSecret::CachedToken, CredentialProvider::serializeToken(stale));
    const int signInsBefore = m_sandbox.signInCount();
    openWindow();
    QVERIFY(selectAndFetch(QStringLiteral("pw")));
    QCOMPARE(m_sandbox.signInCount(), signInsBefore + 1);
    QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("signInDialog")));
    // A fresh day-long token: 23 h and some minutes, or 24 h 0 min within the second it was issued.
    const QString status = statusText();
    QVERIFY2(status.contains(u"token valid 23 h") || status.contains(u"token valid 24 h 00 min"), qPrintable(status));
}

void TestProfileSwitcher::sessionTokenEntryKeepsTheTokenField()
{
    openWindow();
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    const int session = combo->findText(QStringLiteral("Token (this session only)"));
    QVERIFY(session >= 0);
    combo->setCurrentIndex(session);
    emit combo->activated(session);
    auto *token = m_window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token->isVisible());
    QVERIFY(m_window->findChild<QComboBox *>(QStringLiteral("endpointCombo"))->isVisible());
    QVERIFY(!m_window->connection()->demoSandbox());   // nothing started for a token
    const int demo = combo->findText(QStringLiteral("Demo sandbox"));
    combo->setCurrentIndex(demo);
    emit combo->activated(demo);
    QVERIFY(!token->isVisible());
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(DemoSandbox::firstJobId());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(statusText(), QStringLiteral("Demo sandbox"));
}

void TestProfileSwitcher::lastProfileIsRememberedByNameOnly()
{
    const Profile profile = saveProfile(QStringLiteral("tok"), Profile::Kind::Token);
    writeSecret(profile, ProfileSecret::Token, DemoSandbox::demoToken());
    openWindow();
    QVERIFY(selectAndFetch(QStringLiteral("tok")));
    m_window.reset();
    QCOMPARE(AppSettings::open()->value(QLatin1String(ProfileSwitcher::kLastProfileKey)).toString(),
             QStringLiteral("tok"));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(DemoSandbox::demoToken()));

    openWindow();
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->selectedProfile()->name, QStringLiteral("tok"));
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->isVisible());
}

// Profiles made with the command line, a window that never chose: it starts on the default
// profile, with a job given on its command line too; a window that chose the demo keeps it.
void TestProfileSwitcher::firstStartTakesTheDefaultProfile()
{
    saveProfile(QStringLiteral("only"), Profile::Kind::Token);
    QVERIFY(!m_settings->contains(QLatin1String(AppSettings::kEndpoint)));
    openWindow(DemoSandbox::firstJobId());
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    QVERIFY(switcher->selectedProfile());
    QCOMPARE(switcher->selectedProfile()->name, QStringLiteral("only"));
    QVERIFY(!m_window->connection()->isDemo());

    switcher->chooseDemo();
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->findChild<ProfileSwitcher *>()->selectedProfile());
    QVERIFY(m_window->connection()->isDemo());
}

void TestProfileSwitcher::noKeychainAccessBeforeAFetch()
{
    saveProfile(QStringLiteral("pw"), Profile::Kind::Password);
    m_settings->setValue(QLatin1String(ProfileSwitcher::kLastProfileKey), QStringLiteral("pw"));
    // A keychain that never answers would hold up any start-up that asked it.
    m_secrets->simulateSilence(true);
    openWindow();
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->selectedProfile()->name, QStringLiteral("pw"));
    QVERIFY(!m_window->isFetching());
    QVERIFY2(statusText().contains(u"not signed in"), qPrintable(statusText()));
    m_secrets->simulateSilence(false);
}

void TestProfileSwitcher::missingKeychainIsShownAndFetchStillWorks()
{
    // A profile whose token was typed this session, with no keychain: the fallback keeps the
    // token in memory; the window says so and the fetch works.
    auto broken = std::make_unique<MemorySecretStore>();
    broken->simulateError(SecretError::Kind::NoKeychain);
    FallbackSecretStore fallback(std::move(broken));
    m_store = std::make_unique<ProfileStore>(m_settings.get(), &fallback);
    const Profile profile = saveProfile(QStringLiteral("offline"), Profile::Kind::Token);
    SecretJob *job = m_store->writeSecret(profile, ProfileSecret::Token, DemoSandbox::demoToken());
    QSignalSpy written(job, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    job->deleteLater();
    QVERIFY(fallback.fellBack());

    MainWindowOptions options;
    options.secretStore = &fallback;
    m_window.reset();
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(selectAndFetch(QStringLiteral("offline")));
    QVERIFY(m_window->currentJob());
    QVERIFY2(statusText().contains(u"keychain unavailable"), qPrintable(statusText()));
    auto *banner = m_window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->severity(), ErrorBanner::Severity::Notice);
    QVERIFY2(banner->message().contains(u"keychain"), qPrintable(banner->message()));
    m_window.reset();
    m_store.reset();   // it refers to the fallback store
}

// The keychain was unavailable (the user was creating a keyring in the system's prompt): when
// the app is active again, and when Manage Profiles opens, it is asked again.
void TestProfileSwitcher::keychainIsAskedAgainWhenTheUserIsBack()
{
    auto owned = std::make_unique<MemorySecretStore>();
    MemorySecretStore *keychain = owned.get();
    keychain->simulateSilence(true);   // waiting on the prompt
    FallbackSecretStore fallback(std::move(owned));
    fallback.setTimeout(std::chrono::milliseconds(400));
    MainWindowOptions options;
    options.secretStore = &fallback;
    m_window.reset();
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ProfileSwitcher *switcher = m_window->profiles();
    SecretJob *job = fallback.write(QStringLiteral("probe"), "x");
    QSignalSpy written(job, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    QTRY_VERIFY(switcher->keychainLost());
    QVERIFY2(statusText().contains(u"keychain unavailable"), qPrintable(statusText()));

    // Still not answering: the app coming back asks, and nothing changes.
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QVERIFY(fallback.isRechecking());
    QTRY_VERIFY(!fallback.isRechecking());
    QVERIFY(switcher->keychainLost());

    // The keyring exists now: the next time the user is back, the keychain is used again.
    keychain->simulateSilence(false);
    QSignalSpy available(switcher, &ProfileSwitcher::keychainAvailable);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QTRY_COMPARE(available.size(), 1);
    QVERIFY(!switcher->keychainLost());
    QVERIFY(!fallback.fellBack());
    QVERIFY2(!statusText().contains(u"keychain"), qPrintable(statusText()));

    // Manage Profiles asks too.
    keychain->simulateError(SecretError::Kind::NoKeychain);
    SecretJob *failing = fallback.write(QStringLiteral("probe"), "y");
    QSignalSpy failed(failing, &SecretJob::finished);
    QVERIFY(failed.wait(5000));
    QTRY_VERIFY(switcher->keychainLost());
    keychain->simulateError(SecretError::Kind::None);
    switcher->manageProfiles()->close();
    QTRY_COMPARE(available.size(), 2);
    m_window.reset();
}

QTEST_MAIN(TestProfileSwitcher)
#include "tst_profileswitcher.moc"
