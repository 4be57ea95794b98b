#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "profiles/networksettingsdialog.h"
#include "platform/appsettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

// Settings > Network writes the keys the fetches and the command line read: timeout, CA file,
// proxy (system or manual) and the default profile.
class TestNetworkSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void savesWhatTheCommandLineReads();
    void wrongValuesAreRefused();

private:
    template <typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
};

void TestNetworkSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_networksettingsdialog"_qs);
    AppSettings::open()->clear();
}

void TestNetworkSettingsDialog::cleanup()
{
    AppSettings::open()->clear();
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
}

void TestNetworkSettingsDialog::savesWhatTheCommandLineReads()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    MemorySecretStore secrets;
    ProfileStore store(settings.get(), &secrets);
    for (const QString &name : {u"work"_qs, u"ci"_qs}) {
        Profile profile;
        profile.name = name;
        profile.region = u"cn-north-4"_qs;
        QVERIFY(store.save(profile, nullptr));
    }
    QCOMPARE(store.defaultProfileName(), u"work"_qs);
    QTemporaryFile ca;
    QVERIFY(ca.open());

    NetworkSettingsDialog dialog(&store);
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), AppSettings::kDefaultTimeoutSeconds);
    QVERIFY(child<QRadioButton>(&dialog, "systemProxyRadio")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "proxyUrlEdit")->isEnabled());
    child<QSpinBox>(&dialog, "timeoutSpin")->setValue(45);
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->suffix(), u" seconds"_qs);
    child<QLineEdit>(&dialog, "caFileEdit")->setText(ca.fileName());
    child<QRadioButton>(&dialog, "manualProxyRadio")->setChecked(true);
    QVERIFY(child<QLineEdit>(&dialog, "proxyUrlEdit")->isEnabled());
    child<QLineEdit>(&dialog, "proxyUrlEdit")->setText(u"http://proxy.example.com:8080"_qs);
    auto *profiles = child<QComboBox>(&dialog, "defaultProfileCombo");
    QCOMPARE(profiles->count(), 2);
    profiles->setCurrentIndex(profiles->findData(u"ci"_qs));
    QVERIFY2(dialog.save(), qPrintable(dialog.problem()));

    QCOMPARE(AppSettings::timeoutSeconds(), 45);
    QCOMPARE(AppSettings::caFile(), ca.fileName());
    QCOMPARE(AppSettings::manualProxy(), QUrl(u"http://proxy.example.com:8080"_qs));
    QCOMPARE(store.defaultProfileName(), u"ci"_qs);
    // Requests take the proxy at once.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com/"_qs)));
    QCOMPARE(proxies.first().hostName(), u"proxy.example.com"_qs);

    // Opened again, it shows what was saved.
    NetworkSettingsDialog again(&store);
    QCOMPARE(child<QSpinBox>(&again, "timeoutSpin")->value(), 45);
    QVERIFY(child<QRadioButton>(&again, "manualProxyRadio")->isChecked());
    QCOMPARE(child<QComboBox>(&again, "defaultProfileCombo")->currentText(), u"ci"_qs);
}

void TestNetworkSettingsDialog::wrongValuesAreRefused()
{
    NetworkSettingsDialog dialog(nullptr);
    QVERIFY(!child<QComboBox>(&dialog, "defaultProfileCombo"));
    child<QLineEdit>(&dialog, "caFileEdit")->setText(u"/nonexistent/ca.pem"_qs);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.problem().contains(u"/nonexistent/ca.pem"), qPrintable(dialog.problem()));
    child<QLineEdit>(&dialog, "caFileEdit")->clear();
    child<QRadioButton>(&dialog, "manualProxyRadio")->setChecked(true);
    child<QLineEdit>(&dialog, "proxyUrlEdit")->setText(u"proxy.example.com"_qs);
    QVERIFY(!dialog.save());
    child<QLineEdit>(&dialog, "proxyUrlEdit")->setText(u"http://me:secret@proxy.example.com:8080"_qs);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problem().contains(u"password"));
    QVERIFY(!AppSettings::open()->contains(QLatin1String(AppSettings::kProxyUrl)));
    child<QLineEdit>(&dialog, "proxyUrlEdit")->setText(u"http://proxy.example.com:8080"_qs);
    QVERIFY(dialog.save());
    QVERIFY(dialog.problem().isEmpty());
}

QTEST_MAIN(TestNetworkSettingsDialog)
#include "tst_networksettingsdialog.moc"
