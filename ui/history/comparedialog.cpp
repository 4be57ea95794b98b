#include "history/comparedialog.h"

#include "history/historymodel.h"
#include "history/snapshotdiff.h"
#include "job/jobformview.h"
#include "job/statusbadge.h"

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

const PermissionFlag *permissionFlag(const QString &field)
{
    for (const PermissionFlag &flag : kPermissionFlags) {
        if (field == QLatin1String(flag.apiName))
            return &flag;
    }
    return nullptr;
}

// The words the window uses for an API field, so that Compare speaks as the form and the
// history do: the history's column names for the last build and health, the permissions'
// words, the form's labels for the rest.
QString fieldLabel(const QString &field)
{
    if (field == u"last_build_status")
        return HistoryModel::tr("Last build");
    if (field == u"health_score")
        return HistoryModel::tr("Health");
    if (field == u"last_build_time")
        return CompareDialog::tr("Last build time");
    if (const PermissionFlag *flag = permissionFlag(field))
        return Permissions::label(*flag);
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
        {"build_time", "Build time:"},
        {"charge_time", "Charge time:"},
        {"disabled", "Disabled:"},
        {"favorite", "Favorite:"},
        {"new_build", "New build:"},
        {"project_permission_switch", "Project permissions:"},
        {"running_status", "Running status:"},
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

// Times, statuses and permissions in the form's words; other values as SnapshotDiff words them.
QString valueText(const FieldChange &change, const JobInfo &job, const QString &fallback)
{
    const QJsonValue value = job.toJson().value(change.field);
    if (change.field == u"create_time" || change.field == u"last_build_time")
        return value.isDouble() ? timeText(qint64(value.toDouble())) : fallback;
    if (change.field == u"last_build_status")
        return StatusBadge::label(job.lastBuildStatus);
    if (change.field == u"running_status" && !job.runningStatus.isEmpty())
        return JobFormView::runningStatusText(job.runningStatus);
    if (const PermissionFlag *flag = permissionFlag(change.field))
        return Permissions::stateText(job.*(flag->member));
    return fallback;
}

// "Failed (was Success)" as the history's table says it, or the one word when it stayed.
QString sinceText(const QString &before, const QString &after)
{
    return before == after ? after : HistoryModel::tr("%1 (was %2)").arg(after, before);
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
    // The job's last build and health at the two fetches, in the words of the history's columns.
    const auto health = [](const HistoryEntry &entry) {
        return entry.health ? QString::number(*entry.health) : QStringLiteral("—");
    };
    auto *summary = new QLabel(tr("%1: %2 · %3: %4")
                                   .arg(HistoryModel::tr("Last build"),
                                        sinceText(HistoryModel::stateText(older.state), HistoryModel::stateText(newer.state)),
                                        HistoryModel::tr("Health"), sinceText(health(older), health(newer))),
                               this);
    summary->setObjectName(QStringLiteral("compareSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(summary);

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
