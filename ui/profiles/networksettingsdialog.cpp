#include "profiles/networksettingsdialog.h"

#include "api/networkproxy.h"
#include "credentials/profilestore.h"
#include "platform/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString kManual = QStringLiteral("manual");
const QString kSystem = QStringLiteral("system");

} // namespace

NetworkSettingsDialog::NetworkSettingsDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_timeout(new QSpinBox(this)),
      m_caFile(new QLineEdit(this)),
      m_systemProxy(new QRadioButton(tr("Use the s&ystem's proxy settings"), this)),
      m_manualProxy(new QRadioButton(tr("Use this pro&xy:"), this)),
      m_proxyUrl(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    setWindowTitle(tr("Network Settings"));
    auto *form = new QFormLayout;

    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 3600);
    m_timeout->setAccessibleName(tr("Timeout"));
    const auto secondsSuffix = [this](int value) { m_timeout->setSuffix(tr(" seconds", nullptr, value)); };
    connect(m_timeout, &QSpinBox::valueChanged, this, secondsSuffix);
    auto *timeoutLabel = new QLabel(tr("&Timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);

    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    m_caFile->setToolTip(tr("Extra trusted CA certificates (PEM or DER), for a company proxy that "
                            "inspects HTTPS. Certificate errors are never ignored."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_systemProxy->setObjectName(QStringLiteral("systemProxyRadio"));
    m_manualProxy->setObjectName(QStringLiteral("manualProxyRadio"));
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrlEdit"));
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example.com:8080"));
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualProxy);
    manualRow->addWidget(m_proxyUrl, 1);
    auto *proxyBox = new QVBoxLayout;
    proxyBox->addWidget(m_systemProxy);
    proxyBox->addLayout(manualRow);
    form->addRow(tr("Proxy:"), proxyBox);
    connect(m_manualProxy, &QRadioButton::toggled, this, &NetworkSettingsDialog::updateProxyField);

    if (m_store) {
        m_defaultProfile = new QComboBox(this);
        m_defaultProfile->setObjectName(QStringLiteral("defaultProfileCombo"));
        m_defaultProfile->setAccessibleName(tr("Default profile"));
        m_defaultProfile->setToolTip(tr("The profile the command line uses when none is named"));
        auto *profileLabel = new QLabel(tr("&Default profile:"), this);
        profileLabel->setBuddy(m_defaultProfile);
        form->addRow(profileLabel, m_defaultProfile);
    }

    m_problem->setObjectName(QStringLiteral("networkSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
    secondsSuffix(m_timeout->value());
}

void NetworkSettingsDialog::load()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    m_timeout->setValue(AppSettings::timeoutSeconds());
    m_caFile->setText(AppSettings::caFile());
    const bool manual = settings->value(QLatin1String(AppSettings::kProxyMode)).toString() == kManual;
    (manual ? m_manualProxy : m_systemProxy)->setChecked(true);
    m_proxyUrl->setText(settings->value(QLatin1String(AppSettings::kProxyUrl)).toString());
    updateProxyField();
    if (m_defaultProfile) {
        const QList<Profile> profiles = m_store->profiles();
        for (const Profile &profile : profiles)
            m_defaultProfile->addItem(profile.name, profile.name);
        m_defaultProfile->setEnabled(!profiles.isEmpty());
        if (profiles.isEmpty())
            m_defaultProfile->addItem(tr("No saved profiles"));
        else
            m_defaultProfile->setCurrentIndex(m_defaultProfile->findData(m_store->defaultProfileName()));
    }
}

void NetworkSettingsDialog::updateProxyField()
{
    m_proxyUrl->setEnabled(m_manualProxy->isChecked());
}

QString NetworkSettingsDialog::whyInvalid() const
{
    const QString caPath = m_caFile->text().trimmed();
    if (!caPath.isEmpty() && !QFileInfo(caPath).isReadable())
        return tr("The CA file %1 cannot be read.").arg(caPath);
    if (m_manualProxy->isChecked()) {
        const QUrl url(m_proxyUrl->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
            return tr("Type the proxy as http://host:port.");
        if (!url.userInfo().isEmpty())
            return tr("The proxy URL may not hold a user name or password: settings are not a place for secrets.");
    }
    return {};
}

bool NetworkSettingsDialog::save()
{
    const QString why = whyInvalid();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return false;
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    settings->setValue(QLatin1String(AppSettings::kTimeoutSeconds), m_timeout->value());
    const QString caPath = m_caFile->text().trimmed();
    if (caPath.isEmpty())
        settings->remove(QLatin1String(AppSettings::kCaFile));
    else
        settings->setValue(QLatin1String(AppSettings::kCaFile), caPath);
    settings->setValue(QLatin1String(AppSettings::kProxyMode), m_manualProxy->isChecked() ? kManual : kSystem);
    settings->setValue(QLatin1String(AppSettings::kProxyUrl), m_proxyUrl->text().trimmed());
    settings->sync();
    if (m_defaultProfile && m_defaultProfile->isEnabled())
        m_store->setDefaultProfile(m_defaultProfile->currentData().toString());
    SystemProxyFactory::install();   // the next request goes the new way
    return true;
}

QString NetworkSettingsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NetworkSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
