#include "history/historyview.h"

#include "api/apierror.h"
#include "history/comparedialog.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "platform/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int kTextDelayMs = 250;
// Most reads take a few milliseconds; only a slow one (a text filter over a large history)
// says "Searching…", so the count does not flicker at every fetch.
constexpr int kSearchingDelayMs = 150;

// A cell that differs from the job's previous fetch ("Failed (was Success)", ChangedRole) is
// drawn in bold: the words say what changed, the weight makes it stand out in a column of
// unchanged ones without relying on colour.
class ChangeMarkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(HistoryModel::ChangedRole).toBool()) {
            option->font.setBold(true);
            option->fontMetrics = QFontMetrics(option->font);
        }
    }
};

// The widest of `texts` in `font`, with room for the cell's margins.
int widthFor(const QFont &font, const QStringList &texts)
{
    const QFontMetrics metrics(font);
    int width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width + 16;
}

// The words of the Last build column, changed ones included ("Aborted (was Success)").
QStringList stateTexts()
{
    const QStringList states = {u"success"_qs, u"failed"_qs, u"running"_qs, u"aborted"_qs, u"disabled"_qs, u"unknown"_qs};
    QStringList texts;
    for (const QString &state : states) {
        for (const QString &previous : states)
            texts << HistoryModel::tr("%1 (was %2)").arg(HistoryModel::stateText(state), HistoryModel::stateText(previous));
    }
    return texts;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

HistoryView::HistoryView(HistoryModel *model, QWidget *parent)
    : LazyDock(tr("History"), parent),
      m_model(model)
{
    setObjectName(QStringLiteral("historyDock"));
}

QTableView *HistoryView::table()
{
    ensureBuilt();
    return m_table;
}

void HistoryView::buildContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(buildFilterRow());

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History of fetches"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    auto *changeMark = new ChangeMarkDelegate(m_table);
    m_table->setItemDelegateForColumn(HistoryModel::StateColumn, changeMark);
    m_table->setItemDelegateForColumn(HistoryModel::HealthColumn, changeMark);
    arrangeColumns();
    layout->addWidget(m_table, 1);
    layout->addWidget(buildButtonRow());
    setWidget(content);

    connect(m_table, &QAbstractItemView::activated, this, &HistoryView::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateButtons);
    connect(m_model, &HistoryModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_searchingDelay.start();
        else
            m_searchingDelay.stop();
        updateButtons();
    });
    connect(m_model, &HistoryModel::jobsRead, this, &HistoryView::showJobs);
    connect(m_model, &HistoryModel::cleared, this, &HistoryView::onCleared);
    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(kTextDelayMs);
    connect(&m_textDelay, &QTimer::timeout, this, &HistoryView::applyFilter);
    m_searchingDelay.setSingleShot(true);
    m_searchingDelay.setInterval(kSearchingDelayMs);
    connect(&m_searchingDelay, &QTimer::timeout, this, &HistoryView::updateButtons);
    showJobs({});   // the list itself is read once a store is set or the panel refreshes
    updateButtons();
}

// The job first (when, which, how its last build ended and its health, changed cells in bold),
// then how the fetch went (its outcome, HTTP status and duration), then where it went. Each
// column is as wide as its longest words, so "Failed (was Success)" is never cut.
void HistoryView::arrangeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int order[] = {HistoryModel::TimeColumn, HistoryModel::JobNameColumn, HistoryModel::StateColumn,
                         HistoryModel::HealthColumn, HistoryModel::OutcomeColumn, HistoryModel::HttpStatusColumn,
                         HistoryModel::DurationColumn, HistoryModel::JobIdColumn, HistoryModel::ProfileColumn,
                         HistoryModel::EndpointColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);

    const QFont font = m_table->font();
    QFont bold = font;
    bold.setBold(true);
    QStringList outcomes = {HistoryModel::outcomeText(QLatin1String(HistoryEntry::kSuccess))};
    for (int kind = int(ApiError::Kind::Unauthorized); kind <= int(ApiError::Kind::Cancelled); ++kind)
        outcomes << HistoryModel::outcomeText(ApiError::kindName(ApiError::Kind(kind)));
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {HistoryModel::TimeColumn, widthFor(font, {u"8888-88-88 88:88:88"_qs})},
        {HistoryModel::JobNameColumn, 160},
        {HistoryModel::StateColumn, widthFor(bold, stateTexts())},
        {HistoryModel::HealthColumn, widthFor(bold, {HistoryModel::tr("%1 (was %2)").arg(100).arg(100)})},
        {HistoryModel::OutcomeColumn, widthFor(font, outcomes)},
        {HistoryModel::HttpStatusColumn, widthFor(font, {u"888"_qs})},
        {HistoryModel::DurationColumn, widthFor(font, {HistoryModel::tr("%1 ms").arg(QLocale().toString(88888))})},
        // The whole 32-character ID, as the form shows it.
        {HistoryModel::JobIdColumn, widthFor(font, {QString(32, u'0')}) + 8},
    };
    for (const auto &column : widths)
        m_table->setColumnWidth(column.column, std::max(column.width, header->sectionSizeHint(column.column)));
}

QWidget *HistoryView::buildFilterRow()
{
    // Two lines: the job (text, job list), then the fetch and the dates. In one line the fields
    // would be cut to nothing beside the sidebar at the window's smaller sizes.
    auto *row = new QWidget(this);
    auto *rows = new QVBoxLayout(row);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    auto *secondLine = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(secondLine);
    m_textEdit = new QLineEdit(row);
    m_textEdit->setObjectName(QStringLiteral("historyFilterEdit"));
    m_textEdit->setPlaceholderText(tr("Filter by job name or ID"));
    m_textEdit->setAccessibleName(tr("Filter history by text"));
    m_textEdit->setClearButtonEnabled(true);
    m_jobCombo = new QComboBox(row);
    m_jobCombo->setObjectName(QStringLiteral("historyJobCombo"));
    m_jobCombo->setAccessibleName(tr("Filter history by job"));
    m_jobCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_jobCombo->setMinimumContentsLength(16);
    m_outcomeCombo = new QComboBox(row);
    m_outcomeCombo->setObjectName(QStringLiteral("historyOutcomeCombo"));
    m_outcomeCombo->setAccessibleName(tr("Filter history by how the fetch went"));
    m_outcomeCombo->setToolTip(tr("How the app's request for the job went, not how the job's build ended "
                                  "(that is the Last build column)"));
    m_outcomeCombo->addItem(tr("Any outcome"), QString());
    // As wide as its usual words; the list opens as wide as its longest.
    m_outcomeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcomeCombo->setMinimumContentsLength(12);
    m_outcomeCombo->addItem(HistoryModel::outcomeText(QLatin1String(HistoryEntry::kSuccess)),
                            QLatin1String(HistoryEntry::kSuccess));
    for (int kind = int(ApiError::Kind::Unauthorized); kind <= int(ApiError::Kind::Cancelled); ++kind) {
        const QString name = ApiError::kindName(ApiError::Kind(kind));
        m_outcomeCombo->addItem(HistoryModel::outcomeText(name), name);
    }
    m_datesCheck = new QCheckBox(tr("&Dates:"), row);
    m_datesCheck->setObjectName(QStringLiteral("historyDatesCheck"));
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-7), row);
    m_fromEdit->setObjectName(QStringLiteral("historyFromEdit"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toEdit = new QDateEdit(QDate::currentDate(), row);
    m_toEdit->setObjectName(QStringLiteral("historyToEdit"));
    m_toEdit->setAccessibleName(tr("To date, inclusive"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    }
    auto *filterLabel = new QLabel(tr("&Filter:"), row);
    filterLabel->setBuddy(m_textEdit);
    // On Linux, Qt reads a combo box by its value alone unless a label names it.
    auto *jobLabel = new QLabel(tr("Job:"), row);
    jobLabel->setObjectName(QStringLiteral("historyJobLabel"));
    jobLabel->setBuddy(m_jobCombo);
    auto *outcomeLabel = new QLabel(tr("F&etch:"), row);
    outcomeLabel->setObjectName(QStringLiteral("historyOutcomeLabel"));
    outcomeLabel->setBuddy(m_outcomeCombo);
    outcomeLabel->setToolTip(m_outcomeCombo->toolTip());
    // How many entries match, beside the filters that choose them (the buttons below need the room).
    m_countLabel = new QLabel(row);
    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));
    layout->addWidget(filterLabel);
    layout->addWidget(m_textEdit, 1);
    layout->addWidget(jobLabel);
    layout->addWidget(m_jobCombo);
    layout->addWidget(m_countLabel);
    secondLine->addWidget(outcomeLabel);
    secondLine->addWidget(m_outcomeCombo);
    secondLine->addSpacing(12);
    secondLine->addWidget(m_datesCheck);
    secondLine->addWidget(m_fromEdit);
    secondLine->addWidget(new QLabel(tr("to"), row));
    secondLine->addWidget(m_toEdit);
    secondLine->addStretch(1);
    connect(m_textEdit, &QLineEdit::textChanged, &m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::returnPressed, this, &HistoryView::applyFilter);
    connect(m_jobCombo, &QComboBox::activated, this, &HistoryView::applyFilter);
    connect(m_outcomeCombo, &QComboBox::activated, this, &HistoryView::applyFilter);
    connect(m_datesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyFilter();
    });
    return row;
}

QWidget *HistoryView::buildButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_openButton = makeButton(tr("&Open"), QStringLiteral("historyOpenButton"), row);
    m_openButton->setToolTip(tr("Show this snapshot in the window, without fetching (Enter)"));
    m_compareButton = makeButton(tr("Co&mpare"), QStringLiteral("historyCompareButton"), row);
    m_compareButton->setToolTip(tr("Select two successful fetches of one job to see what changed"));
    m_trendButton = makeButton(tr("&Trend"), QStringLiteral("historyTrendButton"), row);
    m_trendButton->setToolTip(tr("Health and last build of the selected job over time"));
    // Clearing and retention are seldom wanted and partly destructive: one button with a menu,
    // which also keeps the row narrow enough to sit beside the sidebar at the smaller sizes.
    auto *cleanUp = makeButton(tr("C&lean Up"), QStringLiteral("historyCleanUpButton"), row);
    auto *cleanUpMenu = new QMenu(cleanUp);
    m_clearJobAction = cleanUpMenu->addAction(tr("Clear This &Job's History…"), this, &HistoryView::clearSelectedJob);
    m_clearJobAction->setObjectName(QStringLiteral("historyClearJobAction"));
    m_clearAllAction = cleanUpMenu->addAction(tr("Clear &All History…"), this, &HistoryView::clearAll);
    m_clearAllAction->setObjectName(QStringLiteral("historyClearAllAction"));
    cleanUpMenu->addSeparator();
    QAction *retention = cleanUpMenu->addAction(tr("&Retention…"), this, &HistoryView::editRetention);
    retention->setObjectName(QStringLiteral("historyRetentionAction"));
    cleanUp->setMenu(cleanUpMenu);
    layout->addStretch(1);
    for (QPushButton *button : {m_openButton, m_compareButton, m_trendButton, cleanUp})
        layout->addWidget(button);
    connect(m_openButton, &QPushButton::clicked, this, &HistoryView::openCurrent);
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryView::compareSelected);
    connect(m_trendButton, &QPushButton::clicked, this, &HistoryView::showTrendOfSelected);
    return row;
}

void HistoryView::setStore(HistoryStore *store)
{
    m_store = store;
    m_model->setStore(store); // first: it opens the connection the job list is read on
    if (isBuilt())
        reloadJobs();
}

void HistoryView::refresh()
{
    if (!isBuilt())
        return;   // nothing shows the history yet; opening the panel reads it
    reloadJobs();
    m_model->reload();
}

void HistoryView::reloadJobs()
{
    if (m_store)
        m_model->readJobs();
    else
        showJobs({});
}

void HistoryView::showJobs(const QList<HistoryJob> &jobs)
{
    const QString current = m_jobCombo->currentData().toString();
    m_jobCombo->clear();
    m_jobCombo->addItem(tr("All jobs"), QString());
    for (const HistoryJob &job : jobs)
        m_jobCombo->addItem(job.jobName.isEmpty() ? job.jobId : job.jobName, job.jobId);
    const QString wanted = m_wantedJob.isEmpty() ? current : m_wantedJob;
    m_jobCombo->setCurrentIndex(qMax(0, m_jobCombo->findData(wanted)));
    if (!m_wantedJob.isEmpty() && m_jobCombo->currentData().toString() == m_wantedJob) {
        m_wantedJob.clear();
        if (wanted != current)
            applyFilter();
    }
}

void HistoryView::showJob(const QString &jobId)
{
    ensureBuilt();
    const int index = m_jobCombo->findData(jobId);
    if (index < 0) {
        m_wantedJob = jobId;   // not listed yet: chosen when the job list arrives
        reloadJobs();
        return;
    }
    m_wantedJob.clear();
    if (index != m_jobCombo->currentIndex()) {
        m_jobCombo->setCurrentIndex(index);
        applyFilter();
    }
}

void HistoryView::applyFilter()
{
    m_textDelay.stop();
    HistoryFilter filter;
    filter.text = m_textEdit->text().trimmed();
    filter.jobId = m_jobCombo->currentData().toString();
    filter.outcome = m_outcomeCombo->currentData().toString();
    // One job chosen: its name and ID are in the job list already, and its last build and
    // health get their room.
    m_table->setColumnHidden(HistoryModel::JobNameColumn, !filter.jobId.isEmpty());
    m_table->setColumnHidden(HistoryModel::JobIdColumn, !filter.jobId.isEmpty());
    filter.sortKey = m_model->filter().sortKey;
    filter.ascending = m_model->filter().ascending;
    if (m_datesCheck->isChecked()) {
        filter.fromMs = m_fromEdit->date().startOfDay().toMSecsSinceEpoch();
        filter.toMs = m_toEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    m_model->setFilter(filter);
}

QList<int> HistoryView::selectedRows() const
{
    QList<int> rows;
    if (!isBuilt())
        return rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryView::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool one = rows.size() == 1;
    const bool succeeded = one && m_model->entry(rows.first()).succeeded();
    m_openButton->setEnabled(succeeded);
    m_trendButton->setEnabled(one);
    m_clearJobAction->setEnabled(one);
    m_clearAllAction->setEnabled(m_model->totalCount() > 0);
    // Compare says why it cannot, rather than staying grey without a word.
    QString whyNot;
    if (rows.size() != 2) {
        whyNot = tr("Select two fetches of the same job to compare them.");
    } else {
        const HistoryEntry &a = m_model->entry(rows.at(0));
        const HistoryEntry &b = m_model->entry(rows.at(1));
        if (a.jobId != b.jobId)
            whyNot = tr("These entries are of different jobs; select two fetches of one job.");
        else if (!a.succeeded() || !b.succeeded())
            whyNot = tr("A failed fetch has no snapshot to compare; select two successful fetches.");
    }
    m_compareButton->setEnabled(whyNot.isEmpty());
    m_compareButton->setToolTip(whyNot.isEmpty() ? tr("Show what changed between the two fetches") : whyNot);
    const bool searching = m_model->isLoading() && !m_searchingDelay.isActive();
    m_countLabel->setText(searching ? tr("Searching…") : tr("%n entries", nullptr, m_model->totalCount()));
}

void HistoryView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const HistoryEntry &entry = m_model->entry(current.row());
    if (entry.succeeded())
        emit entryOpened(entry.id, entry.timeMs);
}

void HistoryView::compareSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 2 || !m_compareButton->isEnabled())
        return;
    HistoryEntry a = m_model->entry(rows.at(0));
    HistoryEntry b = m_model->entry(rows.at(1));
    if (a.timeMs > b.timeMs || (a.timeMs == b.timeMs && a.id > b.id))
        std::swap(a, b);
    auto *dialog = new CompareDialog(a, b, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryView::showTrendOfSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        emit trendRequested(m_model->entry(rows.first()).jobId);
}

// Destructive: No is the default button, so that Enter keeps the history.
bool HistoryView::confirmDeletion(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void HistoryView::clearSelectedJob()
{
    const QList<int> rows = selectedRows();
    if (!m_store || rows.size() != 1)
        return;
    const HistoryEntry entry = m_model->entry(rows.first());
    const QString name = entry.jobName.isEmpty() ? entry.jobId : entry.jobName;
    if (!confirmDeletion(tr("Clear Job History"), tr("Delete every history entry of %1?").arg(name)))
        return;
    m_model->clear(entry.jobId);
}

void HistoryView::clearAll()
{
    if (!m_store)
        return;
    if (!confirmDeletion(tr("Clear History"), tr("Delete all %n history entries? Favorites are kept.", nullptr,
                                                 m_model->totalCount())))
        return;
    m_model->clear({});
}

void HistoryView::onCleared(int deleted)
{
    reloadJobs();
    if (deleted < 0) {
        QMessageBox::warning(this, tr("Clear History"),
                             tr("The history could not be cleared: the database is busy or damaged. "
                                "Another window of the app may be using it; try again."));
        return;
    }
    emit historyCleared();
}

void HistoryView::editRetention()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("retentionDialog"));
    dialog.setWindowTitle(tr("History Retention"));
    auto *form = new QFormLayout(&dialog);
    auto *entries = new QSpinBox(&dialog);
    entries->setRange(0, 10'000'000);
    entries->setSpecialValueText(tr("No limit"));
    entries->setValue(AppSettings::historyMaxEntries());
    auto *days = new QSpinBox(&dialog);
    days->setRange(0, 36500);
    days->setSpecialValueText(tr("No limit"));
    // " 1 day", " 30 days": the suffix follows the number through the catalogue's plural forms.
    const auto daySuffix = [days](int value) { days->setSuffix(tr(" days", nullptr, value)); };
    connect(days, &QSpinBox::valueChanged, days, daySuffix);
    days->setValue(AppSettings::historyMaxDays());
    daySuffix(days->value());
    form->addRow(tr("Keep at most &entries:"), entries);
    form->addRow(tr("Keep &for:"), days);
    form->addRow(new QLabel(tr("Older entries are deleted the next time the app starts."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto settings = AppSettings::open();
    settings->setValue(QLatin1String(AppSettings::kHistoryMaxEntries), entries->value());
    settings->setValue(QLatin1String(AppSettings::kHistoryMaxDays), days->value());
}
