#include "platform/appsettings.h"
#include "credentials/fallbacksecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "job/errorbanner.h"
#include "profiles/profiledialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

// The profile dialog over a MemorySecretStore, driven through its fields and buttons.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsTokenProfile();
    void addsAkSkProfile();
    void addsPasswordProfileRememberingOnlyWhenAsked();
    void editKeepsStoredSecrets();
    void removeDeletesSecrets();
    void invalidInputShowsInlineProblem_data();
    void invalidInputShowsInlineProblem();
    void secretFieldsAreMaskedWithRevealToggle();
    void secretsNeverLandInSettings();
    void missingKeychainShowsBannerAndKeepsSecretsInMemory();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void setText(const char *name, const QString &text);
    void chooseKind(Profile::Kind kind);
    bool save();
    QByteArray secret(const QString &profileName, ProfileSecret which);
    void addToken(const QString &name, const QString &token);
    void addAkSk(const QString &name);
    void addPassword(const QString &name, bool remember);

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileDialog> m_dialog;
};

namespace {

const QString kToken = QStringLiteral("tok-SECRET-1f2e3d4c5b6a");
const QString kAccessKey = QStringLiteral("AKSECRETAK0123456789");
const QString kSecretKey = QStringLiteral("sk-SECRET-9z8y7x6w5v");
const QString kPassword = QStringLiteral("pw-SECRET-Äpfel-42");

} // namespace

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeArtsInspectorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialog"));
    AppSettings::open()->clear();
}

void TestProfileDialog::init()
{
    m_settings = AppSettings::open();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    m_dialog = std::make_unique<ProfileDialog>(m_store.get(), m_secrets.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings->clear();
    m_settings.reset();
}

void TestProfileDialog::setText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestProfileDialog::chooseKind(Profile::Kind kind)
{
    auto *combo = child<QComboBox>("profileKindCombo");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(Profile::kindName(kind)));
}

bool TestProfileDialog::save()
{
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
    child<QPushButton>("saveProfileButton")->click();
    return (!saved.isEmpty() || saved.wait(5000)) && !m_dialog->isBusy();
}

QByteArray TestProfileDialog::secret(const QString &profileName, ProfileSecret which)
{
    const std::optional<Profile> profile = m_store->profile(profileName);
    if (!profile)
        return {};
    SecretJob *job = m_store->readSecret(*profile, which);
    QSignalSpy finished(job, &SecretJob::finished);
    if (!finished.wait(5000))
        return {};
    const QByteArray value = job->succeeded() ? job->secret() : QByteArray();
    job->deleteLater();
    return value;
}

void TestProfileDialog::addToken(const QString &name, const QString &token)
{
    m_dialog->newProfile();
    setText("profileNameEdit", name);
    chooseKind(Profile::Kind::Token);
    setText("profileTokenEdit", token);
    QVERIFY(save());
}

void TestProfileDialog::addAkSk(const QString &name)
{
    m_dialog->newProfile();
    setText("profileNameEdit", name);
    chooseKind(Profile::Kind::AkSk);
    setText("profileAccessKeyEdit", kAccessKey);
    setText("profileSecretKeyEdit", kSecretKey);
    setText("profileProjectIdEdit", QStringLiteral("0123456789abcdef"));
    QVERIFY(save());
}

void TestProfileDialog::addPassword(const QString &name, bool remember)
{
    m_dialog->newProfile();
    setText("profileNameEdit", name);
    chooseKind(Profile::Kind::Password);
    setText("profileUserEdit", QStringLiteral("alice"));
    setText("profileAccountEdit", QStringLiteral("acme"));
    setText("profilePasswordEdit", kPassword);
    child<QCheckBox>("profileRememberCheck")->setChecked(remember);
    QVERIFY(save());
}

void TestProfileDialog::addsTokenProfile()
{
    addToken(QStringLiteral("work"), kToken);
    const std::optional<Profile> profile = m_store->profile(QStringLiteral("work"));
    QVERIFY(profile);
    QCOMPARE(profile->kind, Profile::Kind::Token);
    QVERIFY(!profile->region.isEmpty());
    QCOMPARE(secret(QStringLiteral("work"), ProfileSecret::Token), kToken.toUtf8());
    QVERIFY(child<QLineEdit>("profileTokenEdit")->text().isEmpty());   // not kept in the form
    QCOMPARE(child<QListWidget>("profileList")->currentItem()->text(), QStringLiteral("work"));
    QVERIFY(m_dialog->problem().isEmpty());
}

void TestProfileDialog::addsAkSkProfile()
{
    addAkSk(QStringLiteral("ci"));
    const std::optional<Profile> profile = m_store->profile(QStringLiteral("ci"));
    QVERIFY(profile);
    QCOMPARE(profile->kind, Profile::Kind::AkSk);
    QCOMPARE(profile->projectId, QStringLiteral("0123456789abcdef"));
    QCOMPARE(secret(QStringLiteral("ci"), ProfileSecret::AccessKey), kAccessKey.toUtf8());
    QCOMPARE(secret(QStringLiteral("ci"), ProfileSecret::SecretKey), kSecretKey.toUtf8());
}

void TestProfileDialog::addsPasswordProfileRememberingOnlyWhenAsked()
{
    addPassword(QStringLiteral("remembered"), true);
    addPassword(QStringLiteral("asking"), false);
    const std::optional<Profile> profile = m_store->profile(QStringLiteral("remembered"));
    QVERIFY(profile);
    QCOMPARE(profile->kind, Profile::Kind::Password);
    QCOMPARE(profile->userName, QStringLiteral("alice"));
    QCOMPARE(profile->domainName, QStringLiteral("acme"));
    QCOMPARE(secret(QStringLiteral("remembered"), ProfileSecret::Password), kPassword.toUtf8());
    QVERIFY(secret(QStringLiteral("asking"), ProfileSecret::Password).isEmpty());
}

void TestProfileDialog::editKeepsStoredSecrets()
{
    addToken(QStringLiteral("work"), kToken);
    QVERIFY(m_dialog->editProfile(QStringLiteral("work")));
    QCOMPARE(child<QLineEdit>("profileNameEdit")->text(), QStringLiteral("work"));
    QVERIFY(!child<QLineEdit>("profileTokenEdit")->placeholderText().isEmpty());
    setText("profileNameEdit", QStringLiteral("work-renamed"));
    auto *region = child<QComboBox>("profileRegionCombo");
    region->setCurrentIndex(region->count() - 2);
    QVERIFY(save());
    QCOMPARE(m_store->profiles().size(), 1);
    const std::optional<Profile> profile = m_store->profile(QStringLiteral("work-renamed"));
    QVERIFY(profile);
    QCOMPARE(profile->region, region->currentData().toString());
    QCOMPARE(secret(QStringLiteral("work-renamed"), ProfileSecret::Token), kToken.toUtf8());

    // A new token replaces the stored one.
    setText("profileTokenEdit", QStringLiteral("tok-SECRET-new"));
    QVERIFY(save());
    QCOMPARE(secret(QStringLiteral("work-renamed"), ProfileSecret::Token), QByteArray("tok-SECRET-new"));
}

void TestProfileDialog::removeDeletesSecrets()
{
    addToken(QStringLiteral("work"), kToken);
    addAkSk(QStringLiteral("ci"));
    const QString ciId = m_store->profile(QStringLiteral("ci"))->id;
    QVERIFY(m_dialog->editProfile(QStringLiteral("ci")));
    QSignalSpy removed(m_dialog.get(), &ProfileDialog::profileRemoved);
    // Enter on the confirmation keeps the profile: Cancel is the default.
    bool safeDefault = false;
    QTimer::singleShot(100, this, [&safeDefault] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        safeDefault = box->buttonRole(box->defaultButton()) == QMessageBox::RejectRole;
        QTest::keyClick(box, Qt::Key_Return);
    });
    child<QPushButton>("removeProfileButton")->click();
    QVERIFY(safeDefault);
    QTest::qWait(50);
    QVERIFY(removed.isEmpty());
    QVERIFY(m_store->profile(QStringLiteral("ci")));
    QTimer::singleShot(100, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    child<QPushButton>("removeProfileButton")->click();
    QVERIFY(!removed.isEmpty() || removed.wait(5000));
    QVERIFY(!m_store->profile(QStringLiteral("ci")));
    QVERIFY(m_store->profile(QStringLiteral("work")));
    for (auto it = m_secrets->entries().cbegin(); it != m_secrets->entries().cend(); ++it)
        QVERIFY2(!it.key().contains(ciId), qPrintable(it.key()));
    QCOMPARE(secret(QStringLiteral("work"), ProfileSecret::Token), kToken.toUtf8());
    QCOMPARE(child<QListWidget>("profileList")->count(), 1);
}

void TestProfileDialog::invalidInputShowsInlineProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("customEndpoint");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << QString() << QString() << kToken << QStringLiteral("name");
    QTest::newRow("duplicate") << QStringLiteral("work") << QString() << kToken << QStringLiteral("already exists");
    QTest::newRow("plain http") << QStringLiteral("x") << QStringLiteral("http://build.example.com") << kToken
                                << QStringLiteral("http");
    QTest::newRow("no token") << QStringLiteral("x") << QString() << QString() << QStringLiteral("token");
}

void TestProfileDialog::invalidInputShowsInlineProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, customEndpoint);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    addToken(QStringLiteral("work"), kToken);
    m_dialog->newProfile();
    if (!name.isEmpty())
        setText("profileNameEdit", name);
    if (!customEndpoint.isEmpty()) {
        auto *region = child<QComboBox>("profileRegionCombo");
        region->setCurrentIndex(region->findData(QStringLiteral("custom")));
        QVERIFY(child<QLineEdit>("profileEndpointEdit")->isVisible());
        setText("profileEndpointEdit", customEndpoint);
    }
    if (!token.isEmpty())
        setText("profileTokenEdit", token);
    child<QPushButton>("saveProfileButton")->click();
    QVERIFY2(m_dialog->problem().contains(expected, Qt::CaseInsensitive), qPrintable(m_dialog->problem()));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::secretFieldsAreMaskedWithRevealToggle()
{
    chooseKind(Profile::Kind::Password);
    auto *password = child<QLineEdit>("profilePasswordEdit");
    QVERIFY(password->isVisible());
    QVERIFY(!child<QLineEdit>("profileTokenEdit")->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *reveal = password->findChild<QAction *>(QStringLiteral("profilePasswordEditReveal"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!password->accessibleName().isEmpty());
}

void TestProfileDialog::secretsNeverLandInSettings()
{
    addToken(QStringLiteral("work"), kToken);
    addAkSk(QStringLiteral("ci"));
    addPassword(QStringLiteral("pw"), true);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_settings->fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("work"));
    for (const QString &secretText : {kToken, kAccessKey, kSecretKey, kPassword}) {
        QVERIFY2(!bytes.contains(secretText.toUtf8()), qPrintable(secretText));
        QVERIFY(!bytes.contains(secretText.toLatin1()));
    }
    QVERIFY(!bytes.contains("SECRET"));
}

void TestProfileDialog::missingKeychainShowsBannerAndKeepsSecretsInMemory()
{
    auto broken = std::make_unique<MemorySecretStore>();
    broken->simulateError(SecretError::Kind::NoKeychain);
    FallbackSecretStore fallback(std::move(broken));
    ProfileStore store(m_settings.get(), &fallback);
    m_dialog = std::make_unique<ProfileDialog>(&store, &fallback);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto *banner = child<ErrorBanner>("keychainBanner");
    QVERIFY(!banner->isVisible());   // nothing asked the keychain yet

    m_dialog->newProfile();
    setText("profileNameEdit", QStringLiteral("offline"));
    chooseKind(Profile::Kind::Token);
    setText("profileTokenEdit", kToken);
    QVERIFY(save());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(QStringLiteral("keychain")), qPrintable(banner->message()));
    QVERIFY(m_dialog->problem().isEmpty());

    SecretJob *job = store.readSecret(*store.profile(QStringLiteral("offline")), ProfileSecret::Token);
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->secret(), kToken.toUtf8());
    job->deleteLater();
    m_dialog.reset();   // before the stores it uses
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
