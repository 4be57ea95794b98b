#include "comparedialog.h"

#include "history/snapshotdiff.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    for (const FieldChange &change : changes)
        new QTreeWidgetItem(m_changes, {change.group, change.field, change.before, change.after});
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
