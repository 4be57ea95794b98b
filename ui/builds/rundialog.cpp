#include "builds/rundialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// On a row's name item: the job's default value (a row the job defines) and whether it does.
constexpr int kDefaultRole = Qt::UserRole;
constexpr int kDefinedRole = Qt::UserRole + 1;

} // namespace

RunDialog::RunDialog(BuildClient *client, const QString &jobId, QWidget *parent) : QDialog(parent), m_jobId(jobId)
{
    setWindowTitle(tr("Run Build"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the job's parameters…"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_parameters = new QTableWidget(0, 2);
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setAccessibleName(tr("Parameters"));
    layout->addWidget(m_parameters);
    auto *rows = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Parameter"));
    auto *remove = new QPushButton(tr("Remove Parameter"));
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    layout->addLayout(rows);
    connect(add, &QPushButton::clicked, this, [this] { addParameterRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->currentRow();
        // The job's own parameters stay: their value is what can change.
        if (row >= 0 && !m_parameters->item(row, 0)->data(kDefinedRole).toBool())
            m_parameters->removeRow(row);
    });

    auto *form = new QFormLayout;
    m_refKind = new QComboBox;
    m_refKind->setAccessibleName(tr("Build"));
    m_refKind->addItems({tr("The job's default"), tr("Branch"), tr("Tag"), tr("Commit")});
    m_ref = new QLineEdit;
    m_ref->setAccessibleName(tr("Branch, tag or commit"));
    m_refNote = new QLabel;
    m_refNote->setWordWrap(true);
    m_refNote->hide();
    connect(m_refKind, &QComboBox::currentIndexChanged, this, &RunDialog::updateRef);
    auto *buildLabel = new QLabel(tr("&Build:"));
    buildLabel->setBuddy(m_refKind);
    form->addRow(buildLabel, m_refKind);
    form->addRow(QString(), m_ref);
    form->addRow(QString(), m_refNote);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateRef();

    if (!client) {
        m_loaded = true;
        m_status->setText(tr("Parameters (name = value); leave them out for the job's defaults:"));
        return;
    }
    m_call = client->jobConfig(jobId);
    connect(m_call, &BuildCall::finished, this, [this, call = m_call.data()] { onConfig(call); });
}

void RunDialog::onConfig(BuildCall *call)
{
    call->deleteLater();
    m_loaded = true;
    if (call->succeeded()) {
        m_config = BuildParse::jobConfig(call->json().value(u"result").toObject());
        m_status->setText(m_config.parameters.isEmpty() ? tr("The job defines no parameters; you may add some:")
                                                        : tr("The job's parameters, with their defaults:"));
        showParameters();
    } else {
        m_status->setText(tr("The job's parameters could not be read (%1); you may still enter them by hand.")
                              .arg(call->error().message));
    }
    const QString defaultBranch = m_config.defaultBranch();
    if (!defaultBranch.isEmpty())
        m_refKind->setItemText(JobDefault, tr("The job's default (%1)").arg(defaultBranch));
    updateRef();
    emit loaded();
}

// The job's parameters, but the branch parameter, which the Build choice below sets.
void RunDialog::showParameters()
{
    const JobParameter *branchParameter = m_config.branchParameter();
    for (const JobParameter &parameter : std::as_const(m_config.parameters)) {
        if (branchParameter && parameter.name == branchParameter->name)
            continue;
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        auto *name = new QTableWidgetItem(parameter.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(kDefaultRole, parameter.defaultValue);
        name->setData(kDefinedRole, true);
        name->setToolTip(parameter.description);
        m_parameters->setItem(row, 0, name);
        m_parameters->setItem(row, 1, new QTableWidgetItem(parameter.defaultValue));
        if (!parameter.choices.isEmpty()) {
            auto *choices = new QComboBox;
            choices->addItems(parameter.choices);
            choices->setCurrentText(parameter.defaultValue);
            choices->setAccessibleName(parameter.name);
            m_parameters->setCellWidget(row, 1, choices);
        }
    }
}

bool RunDialog::branchAvailable() const
{
    return m_loaded && m_config.branchParameter();
}

QString RunDialog::branchUnavailableReason() const
{
    if (!m_loaded)
        return tr("Reading the job's configuration…");
    if (m_config.branchParameter())
        return {};
    const QString branch = m_config.defaultBranch();
    return branch.isEmpty()
        ? tr("This job has no branch parameter (such as codeBranch), so a run cannot choose its branch.")
        : tr("This job has no branch parameter (such as codeBranch), so a run cannot choose its branch: it builds %1.")
              .arg(branch);
}

void RunDialog::updateRef()
{
    // The Branch choice only where the job has a parameter to carry it.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_refKind->model()))
        items->item(Branch)->setEnabled(branchAvailable());
    const QString reason = branchUnavailableReason();
    m_refNote->setText(reason);
    m_refNote->setVisible(!reason.isEmpty() && m_loaded);
    m_refKind->setItemData(Branch, reason, Qt::ToolTipRole);
    const int kind = m_refKind->currentIndex();
    if (kind == Branch && !branchAvailable())
        m_refKind->setCurrentIndex(JobDefault); // comes back here
    m_ref->setEnabled(kind != JobDefault);
    if (kind == Branch && m_ref->text().isEmpty())
        m_ref->setText(m_config.defaultBranch());
    m_ref->setPlaceholderText(kind == Branch ? tr("Branch") : kind == Tag ? tr("Tag") : kind == Commit ? tr("Commit ID")
                                                                                                         : QString());
    // The field has no label of its own: its name says what it holds now.
    m_ref->setAccessibleName(m_ref->placeholderText().isEmpty() ? tr("Branch, tag or commit")
                                                                : m_ref->placeholderText());
}

void RunDialog::addParameterRow(const QString &name, const QString &value)
{
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    m_parameters->setItem(row, 0, new QTableWidgetItem(name));
    m_parameters->setItem(row, 1, new QTableWidgetItem(value));
}

void RunDialog::setParameter(const QString &name, const QString &value)
{
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        if (m_parameters->item(row, 0)->text() != name)
            continue;
        if (auto *choices = qobject_cast<QComboBox *>(m_parameters->cellWidget(row, 1)))
            choices->setCurrentText(value);
        m_parameters->item(row, 1)->setText(value);
        return;
    }
    addParameterRow(name, value);
}

void RunDialog::setRef(int kind, const QString &value)
{
    m_refKind->setCurrentIndex(kind);
    if (!value.isEmpty()) // empty: keep what the choice filled in (the job's branch)
        m_ref->setText(value);
}

QString RunDialog::valueAt(int row) const
{
    if (auto *choices = qobject_cast<QComboBox *>(m_parameters->cellWidget(row, 1)))
        return choices->currentText();
    return m_parameters->item(row, 1) ? m_parameters->item(row, 1)->text() : QString();
}

RunRequest RunDialog::request() const
{
    RunRequest request;
    request.jobId = m_jobId;
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_parameters->item(row, 0);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        const QString value = valueAt(row);
        // A parameter left at the job's default need not be sent: the job has it already.
        if (nameItem && nameItem->data(kDefinedRole).toBool() && value == nameItem->data(kDefaultRole).toString())
            continue;
        if (!name.isEmpty() || !value.isEmpty())
            request.parameters.append({name, value});
    }
    const QString ref = m_ref->text().trimmed();
    switch (m_refKind->currentIndex()) {
    case Branch: request.setBranch(m_config, ref); break;
    case Tag: request.tag = ref; break;
    case Commit: request.commitId = ref; break;
    default: break;
    }
    return request;
}

QString RunDialog::branch() const
{
    return m_refKind->currentIndex() == Branch ? m_ref->text().trimmed() : QString();
}
