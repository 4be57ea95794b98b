#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "platform/appsettings.h"
#include "profiles/networksettingsdialog.h"
#include "profiles/preferencesdialog.h"
#include "window/settingsmenu.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

// Settings: Language, Preferences and Network, with their dialogs and the restart question on
// the window the menu is made for, and what they tell it.
class TestSettingsMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void holdsLanguagePreferencesAndNetwork();
    void preferencesAreAppliedOnceAccepted();
    void networkSettingsKnowTheProfiles();
    void newLanguageOffersToRestart();

private:
    QAction *action(const char *name) const;
    QAction *chineseChoice() const;
    // Clicks `button` in the restart question once it is up; its parent is checked there.
    void answerRestartQuestion(const QString &button);

    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<QWidget> m_window;
    SettingsMenu *m_menu = nullptr;
};

void TestSettingsMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_settingsmenu"_qs);
    AppSettings::open()->clear();
}

void TestSettingsMenu::init()
{
    m_settings = AppSettings::open();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), &m_secrets);
    m_window = std::make_unique<QWidget>();
    m_menu = new SettingsMenu(m_profiles.get(), m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSettingsMenu::cleanup()
{
    m_window.reset();
    m_profiles.reset();
    m_settings.reset();
    AppSettings::open()->clear();
}

QAction *TestSettingsMenu::action(const char *name) const
{
    return m_menu->findChild<QAction *>(QLatin1String(name));
}

QAction *TestSettingsMenu::chineseChoice() const
{
    auto *language = m_menu->findChild<QMenu *>(u"languageMenu"_qs);
    for (QAction *choice : language->actions())
        if (choice->data().toString() == u"zh_CN"_qs)
            return choice;
    return nullptr;
}

void TestSettingsMenu::answerRestartQuestion(const QString &button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box && box->objectName() == u"restartQuestion"_qs);
        QCOMPARE(box->parentWidget(), m_window.get());
        for (QAbstractButton *candidate : box->buttons())
            if (candidate->text().remove(u'&') == button)
                candidate->click();
    });
}

void TestSettingsMenu::holdsLanguagePreferencesAndNetwork()
{
    QCOMPARE(m_menu->objectName(), u"menuSettings"_qs);
    QCOMPARE(m_menu->title(), u"Se&ttings"_qs);
    QCOMPARE(m_menu->parentWidget(), m_window.get());
    const QList<QAction *> actions = m_menu->actions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(actions.at(0)->menu());
    QCOMPARE(actions.at(0)->menu()->objectName(), u"languageMenu"_qs);
    QCOMPARE(actions.at(1), action("actionPreferences"));
    QCOMPARE(actions.at(1)->menuRole(), QAction::PreferencesRole);
    QCOMPARE(actions.at(2), action("actionNetworkSettings"));
    QVERIFY(chineseChoice());
}

void TestSettingsMenu::preferencesAreAppliedOnceAccepted()
{
    QSignalSpy applied(m_menu, &SettingsMenu::preferencesApplied);
    action("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->parentWidget(), m_window.get());
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(applied.size(), 0);
    dialog->fetchLastJobBox()->setChecked(true);
    dialog->accept();
    QCOMPARE(applied.size(), 1);
    QVERIFY(AppSettings::open()->value(QLatin1String(StartPreferences::kFetchLastJob)).toBool());
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());   // deleted once closed
}

void TestSettingsMenu::networkSettingsKnowTheProfiles()
{
    Profile profile;
    profile.name = u"work"_qs;
    profile.region = u"cn-north-4"_qs;
    QVERIFY(m_profiles->save(profile, nullptr));
    action("actionNetworkSettings")->trigger();
    auto *dialog = m_window->findChild<NetworkSettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->parentWidget(), m_window.get());
    auto *profiles = dialog->findChild<QComboBox *>(u"defaultProfileCombo"_qs);
    QVERIFY(profiles);
    QVERIFY(profiles->findData(u"work"_qs) >= 0);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<NetworkSettingsDialog *>());
}

void TestSettingsMenu::newLanguageOffersToRestart()
{
    QSignalSpy restart(m_menu, &SettingsMenu::restartChosen);
    QSignalSpy message(m_menu, &SettingsMenu::statusMessage);
    QAction *chinese = chineseChoice();
    QVERIFY(chinese);

    answerRestartQuestion(u"Later"_qs);
    chinese->trigger();
    QCOMPARE(AppSettings::open()->value(QLatin1String(AppSettings::kLanguage)).toString(), u"zh_CN"_qs);
    QCOMPARE(restart.size(), 0);
    QCOMPARE(message.size(), 1);
    QVERIFY(message.first().at(0).toString().contains(u"next time"_qs));
    QCOMPARE(message.first().at(1).toInt(), 10'000);

    answerRestartQuestion(u"Restart Now"_qs);
    chinese->trigger();
    QCOMPARE(restart.size(), 1);
    QCOMPARE(message.size(), 1);
}

QTEST_MAIN(TestSettingsMenu)
#include "tst_settingsmenu.moc"
