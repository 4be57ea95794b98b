#include "profiles/preferencesdialog.h"

#include "favorites/watchpreferences.h"
#include "platform/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// Below these a handful of favorites would spend the endpoint's request budget on polling.
constexpr int kMinRunningIntervalSeconds = 5;
constexpr int kMinIdleIntervalSeconds = 30;

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *start = new QGroupBox(tr("Start-up"), this);
    m_fetchLastJob = new QCheckBox(tr("&Fetch the last job when the app starts"), start);
    m_fetchLastJob->setObjectName(QStringLiteral("fetchLastJobCheck"));
    m_fetchLastJob->setToolTip(tr("Otherwise its ID waits in the Job ID field: press Enter or F5 to fetch it."));
    (new QVBoxLayout(start))->addWidget(m_fetchLastJob);

    auto *watching = new QGroupBox(tr("Watching the favorites"), this);
    auto *intervals = new QFormLayout(watching);
    m_runningInterval = secondsSpin("runningIntervalSpin", kMinRunningIntervalSeconds,
                                    WatchPreferences::kMaxRunningIntervalSeconds);
    m_runningInterval->setToolTip(tr("How often a favorite whose build runs is asked for its state"));
    m_idleInterval = secondsSpin("idleIntervalSpin", kMinIdleIntervalSeconds, WatchPreferences::kMaxIdleIntervalSeconds);
    m_idleInterval->setToolTip(tr("How often the other favorites are asked for their state"));
    auto *runningLabel = new QLabel(tr("Poll &running builds every:"), watching);
    runningLabel->setBuddy(m_runningInterval);
    auto *idleLabel = new QLabel(tr("Poll &other jobs every:"), watching);
    idleLabel->setBuddy(m_idleInterval);
    intervals->addRow(runningLabel, m_runningInterval);
    intervals->addRow(idleLabel, m_idleInterval);

    auto *notify = new QGroupBox(tr("Notify me when a favorite's build"), this);
    m_notifyFailed = notifyBox(tr("f&ails"), "notifyFailedCheck", tr("A build failed after one that did not"));
    m_notifyFixed = notifyBox(tr("is fi&xed"), "notifyFixedCheck", tr("A build succeeded after one that failed"));
    m_notifyStillFailing = notifyBox(tr("fails a&gain"), "notifyStillFailingCheck",
                                     tr("Each failed build after a failed one: a job that stays red is announced "
                                        "with every build"));
    m_notifyStarted = notifyBox(tr("&starts"), "notifyStartedCheck", tr("Each build as it starts"));
    m_notifyAborted = notifyBox(tr("is a&borted"), "notifyAbortedCheck", tr("A build was stopped or timed out"));
    auto *notifyLayout = new QVBoxLayout(notify);
    for (QCheckBox *box : notifyBoxes()) {
        box->setParent(notify);
        notifyLayout->addWidget(box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(start);
    layout->addWidget(watching);
    layout->addWidget(notify);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
}

QSpinBox *PreferencesDialog::secondsSpin(const char *objectName, int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    const auto suffix = [spin](int value) { spin->setSuffix(tr(" seconds", nullptr, value)); };
    connect(spin, &QSpinBox::valueChanged, this, suffix);
    suffix(spin->value());
    return spin;
}

QCheckBox *PreferencesDialog::notifyBox(const QString &text, const char *objectName, const QString &toolTip)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(QLatin1String(objectName));
    box->setToolTip(toolTip);
    return box;
}

QList<QCheckBox *> PreferencesDialog::notifyBoxes() const
{
    return {m_notifyFailed, m_notifyFixed, m_notifyStillFailing, m_notifyStarted, m_notifyAborted};
}

void PreferencesDialog::load()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    m_fetchLastJob->setChecked(settings->value(QLatin1String(StartPreferences::kFetchLastJob), false).toBool());
    m_runningInterval->setValue(WatchPreferences::runningIntervalSeconds(*settings));
    m_idleInterval->setValue(WatchPreferences::idleIntervalSeconds(*settings));
    const NotifyKinds kinds = WatchPreferences::notifyKinds(*settings);
    m_notifyFailed->setChecked(kinds.failed);
    m_notifyFixed->setChecked(kinds.fixed);
    m_notifyStillFailing->setChecked(kinds.stillFailing);
    m_notifyStarted->setChecked(kinds.started);
    m_notifyAborted->setChecked(kinds.aborted);
}

void PreferencesDialog::save()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    settings->setValue(QLatin1String(StartPreferences::kFetchLastJob), m_fetchLastJob->isChecked());
    settings->setValue(QLatin1String(WatchPreferences::kRunningIntervalSeconds), m_runningInterval->value());
    settings->setValue(QLatin1String(WatchPreferences::kIdleIntervalSeconds), m_idleInterval->value());
    NotifyKinds kinds;
    kinds.failed = m_notifyFailed->isChecked();
    kinds.fixed = m_notifyFixed->isChecked();
    kinds.stillFailing = m_notifyStillFailing->isChecked();
    kinds.started = m_notifyStarted->isChecked();
    kinds.aborted = m_notifyAborted->isChecked();
    WatchPreferences::saveNotifyKinds(*settings, kinds);
    settings->sync();
    emit applied();
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}
