#include "history/comparedialog.h"

#include "history/snapshotdiff.h"
#include "job/jobformview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString timeText(qint64 ms)
{
    return JobFormView::formatDateTime(ms, QLocale());   // as the form writes dates
}

// The form's label for an API field, so that Compare speaks as the form does.
QString fieldLabel(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } kLabels[] = {
        {"job_name", "Name:"},
        {"id", "Job ID:"},
        {"project_id", "Build project:"},
        {"source_code", "Source:"},
        {"create_time", "Created:"},
        {"last_build_time", "Last build:"},
        {"build_time", "Build time:"},
        {"charge_time", "Charge time:"},
        {"disabled", "Disabled:"},
        {"favorite", "Favorite:"},
        {"new_build", "New build:"},
        {"project_permission_switch", "Project permissions:"},
        {"running_status", "Running status:"},
        {"last_build_status", "Last build:"},
        {"health_score", "Score:"},
    };
    for (const auto &entry : kLabels) {
        if (field == QLatin1String(entry.field)) {
            QString label = QCoreApplication::translate("JobFormView", entry.label);
            while (label.endsWith(u':') || label.endsWith(u'\uff1a'))
                label.chop(1);
            return label;
        }
    }
    return field;   // a field the form lists under "Other fields", by its API name
}

// Times as the form shows them; other values as SnapshotDiff words them.
QString valueText(const FieldChange &change, const JobInfo &job, const QString &fallback)
{
    if (change.field != u"create_time" && change.field != u"last_build_time")
        return fallback;
    const QJsonValue value = job.toJson().value(change.field);
    return value.isDouble() ? timeText(qint64(value.toDouble())) : fallback;
}

} // namespace

CompareDialog::CompareDialog(const HistoryEntry &older, const HistoryEntry &newer, QWidget *parent)
    : QDialog(parent),
      m_changes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Snapshots"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    const QString name = newer.jobName.isEmpty() ? newer.jobId : newer.jobName;
    auto *heading = new QLabel(tr("<b>%1</b>: %2 → %3")
                                   .arg(name.toHtmlEscaped(), timeText(older.timeMs), timeText(newer.timeMs)),
                               this);
    heading->setObjectName(QStringLiteral("compareHeading"));
    heading->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(heading);

    const QList<FieldChange> changes = SnapshotDiff::compare(older.job(), newer.job());
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_changes->setAccessibleName(tr("Changed fields"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setHeaderLabels({tr("Group"), tr("Field"), tr("Before"), tr("After")});
    const JobInfo olderJob = older.job();
    const JobInfo newerJob = newer.job();
    for (const FieldChange &change : changes) {
        auto *item = new QTreeWidgetItem(m_changes, {change.group, fieldLabel(change.field),
                                                     valueText(change, olderJob, change.before),
                                                     valueText(change, newerJob, change.after)});
        item->setToolTip(1, change.field);
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_changes);
    if (changes.isEmpty()) {
        auto *none = new QLabel(tr("Nothing changed between these two fetches."), this);
        none->setObjectName(QStringLiteral("noChangesLabel"));
        layout->addWidget(none);
        layout->addStretch(1);
        m_changes->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
