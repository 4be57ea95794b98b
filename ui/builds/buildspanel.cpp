#include "builds/buildspanel.h"

#include "api/buildclient.h"
#include "api/builddetailsfetch.h"
#include "api/buildfollower.h"
#include "api/buildrecordsfetch.h"
#include "api/joblist.h"
#include "builds/buildlogpane.h"
#include "builds/buildsaccessibility.h"
#include "builds/rundialog.h"
#include "job/statusbadge.h"
#include "logs/failuresummary.h"
#include "platform/appsettings.h"
#include "platform/plaintext.h"
#include "widgets/contrast.h"
#include "widgets/elidedlabel.h"

#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

constexpr int kRecordDays = 90;   // fetched once; the period only filters
constexpr int kMeasuredRows = 200;   // rows a column's width is measured on
constexpr int kSummaryDelayMs = 300;
constexpr int kFailureColumnChars = 40;
constexpr int kCompactChartHeight = 170;   // no title nor legend below this
constexpr int kTinyChartHeight = 100;      // nor axis labels

QColor colorFor(const QString &result)
{
    if (result == u"success")
        return StatusBadge::fillColor(StatusBadge::Tone::Success);
    if (result == u"failure" || result == u"timeout")
        return StatusBadge::fillColor(StatusBadge::Tone::Failure);
    if (result == u"running")
        return StatusBadge::fillColor(StatusBadge::Tone::Running);
    return StatusBadge::fillColor(StatusBadge::Tone::Neutral);
}

} // namespace

StepTimeline::StepTimeline(QWidget *parent) : QWidget(parent)
{
    BuildsAccessibility::install();
    setAccessibleName(tr("Steps of the selected build"));
    setMinimumHeight(60);
}

void StepTimeline::setSteps(const QList<BuildStep> &steps)
{
    m_steps = steps;
    setMinimumHeight(sizeHint().height()); // every step stays readable
    updateGeometry();
    update();
    // The list's items are other steps now.
    QAccessibleEvent changed(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&changed);
}

QSize StepTimeline::sizeHint() const
{
    return {400, qMax(60, int(m_steps.size()) * rowHeight() + 8)};
}

int StepTimeline::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QRect StepTimeline::failedStepRect() const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).failed())
            return stepRect(int(i));
    }
    return {};
}

QRect StepTimeline::stepRect(int index) const
{
    return QRect(0, 4 + index * rowHeight(), width(), rowHeight());
}

QString StepTimeline::spokenStep(const BuildStep &step)
{
    const QString name = PlainText::neutralised(step.name);
    if (step.status.isEmpty())
        return tr("%1: not run").arg(name);
    QString state = step.status;   // a word this version does not know, as sent
    if (step.failed())
        state = tr("failed");
    else if (step.status == u"success")
        state = tr("succeeded");
    else if (step.status == u"running")
        state = tr("running");
    else if (step.status == u"aborted")
        state = tr("aborted");
    return tr("%1: %2, %3").arg(name, state, BuildParse::readableDuration(step.durationMs));
}

QString StepTimeline::label(const BuildStep &step)
{
    if (step.status.isEmpty())
        return tr("not run");
    if (step.failed())
        return tr("%1, failed here").arg(BuildParse::readableDuration(step.durationMs));
    return BuildParse::readableDuration(step.durationMs);
}

void StepTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int rowHeight = this->rowHeight();
    int nameWidth = 0;
    int labelWidth = 0;
    qint64 total = 0;
    for (const BuildStep &step : m_steps) {
        nameWidth = qMax(nameWidth, fontMetrics().horizontalAdvance(PlainText::neutralised(step.name)));
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(label(step)));
        total += step.durationMs;
    }
    nameWidth += 12;
    // The bars take what the names and the labels leave: a label is never cut ("fai").
    const int barArea = qMax(40, width() - nameWidth - labelWidth - 12);
    qint64 offset = 0;
    int y = 4;
    for (const BuildStep &step : m_steps) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, nameWidth, rowHeight), Qt::AlignVCenter, PlainText::neutralised(step.name));
        const int x = nameWidth + int(total > 0 ? barArea * offset / total : 0);
        const int w = qMax(2, int(total > 0 ? barArea * step.durationMs / total : 0));
        const QString result = step.failed() ? u"failure"_qs
            : step.status == u"success"      ? u"success"_qs
            : step.status == u"running"      ? u"running"_qs
                                             : QString();
        if (!step.status.isEmpty())
            painter.fillRect(QRect(x, y + 3, w, rowHeight - 6), colorFor(result));
        painter.drawText(QRect(x + w + 6, y, width() - x - w - 6, rowHeight), Qt::AlignVCenter, label(step));
        offset += step.durationMs;
        y += rowHeight;
    }
}

BuildsPanel::BuildsPanel(QWidget *parent) : QWidget(parent)
{
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(kSummaryDelayMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &BuildsPanel::askForSummaries);
    buildLayout();
    updateActions();
}

BuildsPanel::~BuildsPanel()
{
    if (m_failureSummary) {
        m_failureSummary->disconnect(this);
        m_failureSummary->abort();
    }
}

void BuildsPanel::buildToolBar()
{
    m_period = new QComboBox;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_period->setObjectName(u"buildsPeriodCombo"_qs);
    m_period->setAccessibleName(tr("Period"));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_days = m_period->currentData().toInt();
        fillTable();
        fillChart();
    });
    // A tool bar rather than a row of buttons: what does not fit goes into its "»" menu
    // instead of being cut ("ow in CodeA").
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(u"buildsToolBar"_qs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // On Linux, Qt reads a combo box by its value alone unless a label names it.
    auto *periodLabel = new QLabel(tr("Period:"));
    periodLabel->setBuddy(m_period);
    m_toolBar->addWidget(periodLabel);
    m_toolBar->addWidget(m_period);
    m_toolBar->addAction(tr("Refresh"), this, &BuildsPanel::refresh);
    m_runAction = m_toolBar->addAction(tr("Run…"), this, &BuildsPanel::runBuild);
    m_stopAction = m_toolBar->addAction(tr("Stop"), this, &BuildsPanel::stopSelectedBuild);
    m_chartAction = m_toolBar->addAction(tr("Chart"));
    m_chartAction->setCheckable(true);
    m_chartAction->setToolTip(tr("Show or hide the chart of build durations."));
    m_followAction = m_toolBar->addAction(tr("Follow in CodeArts"), this, &BuildsPanel::toggleFollow);
    m_followAction->setCheckable(true);
    m_browserAction = m_toolBar->addAction(tr("Open in Browser"), this, [this] { QDesktopServices::openUrl(m_consoleUrl); });
    m_permissionsAction = m_toolBar->addAction(tr("Permissions…"), this, &BuildsPanel::explainPermissions);
}

void BuildsPanel::buildLayout()
{
    buildToolBar();
    // Tight: at the window's minimum size every pixel goes to the list, the steps and the log.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);

    // One line each: a short window keeps its height for the list and the steps.
    m_summary = new ElidedLabel;
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"buildsSplitter"_qs);
    m_splitter->setChildrenCollapsible(false);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Build"), tr("Daily"), tr("Result"), tr("Started"), tr("Duration"),
                                        tr("Why It Failed"), tr("Trigger"), tr("Executor"), tr("Branch"), tr("Commit")});
    m_table = new QTableView;
    m_table->setObjectName(u"buildsTable"_qs);
    m_table->setAccessibleName(tr("Builds"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectBuild(current.row()); });
    // A failed build's row offers its log.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        const int number = m_model->item(index.row(), BuildColumn)->data(Qt::UserRole).toInt();
        QMenu menu(this);
        menu.addAction(tr("Show Log"), this, [this, number] { showLog(number); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, &m_summaryTimer, qOverload<>(&QTimer::start));
    // At least three rows, whatever the window's height.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_splitter->addWidget(m_table);

    auto *chart = new QChart;
    chart->setTitle(tr("Build durations"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Its room is scarce under the list: no frame around what it draws.
    chart->setMargins(QMargins(2, 0, 2, 0));
    chart->setBackgroundRoundness(0);
    const QList<std::pair<QString, QString>> kinds = {{u"success"_qs, tr("Succeeded")},
                                                      {u"failure"_qs, tr("Failed")},
                                                      {u"other"_qs, tr("Aborted or other")}};
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(u"MM-dd"_qs);
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setTitleText(tr("Minutes"));
    minutesAxis->setLabelFormat(u"%.0f"_qs);
    minutesAxis->setTickCount(3);   // legible in a short chart
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(minutesAxis, Qt::AlignLeft);
    // Shape as well as colour tells the outcomes apart (red and green are alike in brightness):
    // a success is round, a failure a triangle, the rest a diamond; the legend shows the shapes.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    const QColor chartBackground = chart->backgroundBrush().color();
    for (const auto &[kind, name] : kinds) {
        auto *series = new QScatterSeries;
        series->setName(name);
        series->setMarkerShape(kind == u"success" ? QScatterSeries::MarkerShapeCircle
                               : kind == u"failure" ? QScatterSeries::MarkerShapeTriangle
                                                    : QScatterSeries::MarkerShapeRotatedRectangle);
        series->setMarkerSize(kind == u"success" ? 7 : 9);   // a triangle or diamond as heavy as the dot
        const QColor color = colorFor(kind == u"other" ? u"aborted"_qs : kind);
        series->setColor(color);
        // Its edge stands out from the chart (3:1), whatever the colour.
        series->setBorderColor(Contrast::readable(color, chartBackground, Contrast::kGraphics));
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(minutesAxis);
        m_series.append(series);
    }
    m_chart = new QChartView(chart);
    m_chart->setObjectName(u"buildsChart"_qs);
    m_chart->setAccessibleName(tr("Build durations"));   // its description sums it up: fillChart()
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(60);   // a short window keeps the steps in sight
    m_chart->installEventFilter(this);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(buildDetails());
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({500, 300, 300});   // in proportion, whatever the height
    layout->addWidget(m_splitter, 1);

    setChartShown(AppSettings::open()->value(QLatin1String(AppSettings::kBuildsChartShown), true).toBool());
    connect(m_chartAction, &QAction::toggled, this, [this](bool shown) {
        setChartShown(shown);
        AppSettings::open()->setValue(QLatin1String(AppSettings::kBuildsChartShown), shown);
    });
}

// The selected build: why it failed (with its log a click away), then its Steps and its Log.
QWidget *BuildsPanel::buildDetails()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_failureBanner = new QWidget;
    m_failureBanner->setObjectName(u"failureBanner"_qs);
    auto *bannerLayout = new QHBoxLayout(m_failureBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_failureLabel = new ElidedLabel;   // plain text: an error line is the log's, never markup
    m_failureLabel->setObjectName(u"failureLabel"_qs);
    m_showLogButton = new QPushButton(tr("Show Log"));
    m_showLogButton->setObjectName(u"showLogButton"_qs);
    connect(m_showLogButton, &QPushButton::clicked, this, [this] { showLog(selectedBuild()); });
    bannerLayout->addWidget(m_failureLabel, 1);
    bannerLayout->addWidget(m_showLogButton);
    m_failureBanner->hide();
    layout->addWidget(m_failureBanner);

    auto *stepsBox = new QWidget;
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsHint = new QLabel(tr("Select a build to see its steps and its log."));
    m_stepsHint->setForegroundRole(QPalette::PlaceholderText);
    m_timeline = new StepTimeline;
    m_parameters = new QLabel;
    m_parameters->setTextFormat(Qt::PlainText);
    m_parameters->setWordWrap(true);
    stepsLayout->addWidget(m_stepsHint);
    stepsLayout->addWidget(m_timeline);
    stepsLayout->addWidget(m_parameters);
    stepsLayout->addStretch(1);
    // A long pipeline scrolls rather than pushing the table and chart together.
    auto *stepsScroll = new QScrollArea;
    stepsScroll->setObjectName(u"buildSteps"_qs);
    stepsScroll->setWidgetResizable(true);
    stepsScroll->setFrameShape(QFrame::NoFrame);
    stepsScroll->setWidget(stepsBox);

    m_logPane = new BuildLogPane;
    m_logPane->setObjectName(u"buildLog"_qs);
    m_details = new QTabWidget;
    m_details->setObjectName(u"buildDetails"_qs);
    m_details->setDocumentMode(true);
    m_details->addTab(stepsScroll, tr("Steps"));
    m_details->addTab(m_logPane, tr("Log"));
    m_details->setMinimumHeight(90);
    connect(m_details, &QTabWidget::currentChanged, this, [this] {
        loadLogIfShown();
        updateFailureBanner();
        giveStepsTheirSpace();
    });
    // Ctrl+F from anywhere in the panel finds in the log.
    addAction(m_logPane->findAction());
    connect(m_logPane->findAction(), &QAction::triggered, this, [this] { m_details->setCurrentWidget(m_logPane); });
    layout->addWidget(m_details, 1);
    return box;
}

// The rows in sight change: their failures are asked for once things settle.
void BuildsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_summaryTimer.start();
}

void BuildsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_summaryTimer.start();
}

bool BuildsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A short chart leaves its title and legend out, so that what it plots stays legible.
    if (watched == m_chart && event->type() == QEvent::Resize) {
        const bool compact = m_chart->height() < kCompactChartHeight;
        const bool tiny = m_chart->height() < kTinyChartHeight;
        QChart *chart = m_chart->chart();
        chart->legend()->setVisible(!compact);
        chart->setTitle(compact ? QString() : tr("Build durations"));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsVisible(!tiny);
            axis->setTitleVisible(!compact);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BuildsPanel::setChartShown(bool shown)
{
    const QSignalBlocker blocker(m_chartAction);
    m_chartAction->setChecked(shown);
    m_chart->setVisible(shown);
}

// The selected build's steps or log get two thirds of what lies under the list (the chart the
// rest), and for the log the list gives up room down to a third: the log is what one reads.
void BuildsPanel::giveStepsTheirSpace()
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3 || !selectedRecord())
        return;
    const bool log = m_details->currentWidget() == m_logPane;
    const int total = sizes[0] + sizes[1] + sizes[2];
    if (log)
        sizes[0] = qMin(sizes[0], total / 3);
    const int under = total - sizes[0];
    if (!m_chart->isHidden())
        sizes[1] = qMin(sizes[1], under / 3);
    sizes[2] = under - sizes[1];
    m_splitter->setSizes(sizes);
}

void BuildsPanel::setJob(const JobInfo &job, BuildClient *client, const QUrl &consoleUrl)
{
    if (m_follower)
        m_follower->stop();
    if (m_failureSummary) {
        m_failureSummary->disconnect(this);
        m_failureSummary->abort();
    }
    m_job = job;
    m_client = client;
    m_consoleUrl = consoleUrl;
    m_favorite = job.favorite.value_or(false);
    m_records.clear();
    m_started.reset();
    m_failureTexts.clear();
    m_summariesAsked.clear();
    fillTable();
    fillChart();
    m_timeline->setSteps({});
    m_parameters->clear();
    m_message->hide();
    m_logPane->clear();
    updateFailureBanner();
    updateActions();
    refresh();
}

void BuildsPanel::reload(const JobInfo &job)
{
    if (job.id != m_job.id)
        return setJob(job, m_client, m_consoleUrl);
    m_job = job;
    m_favorite = job.favorite.value_or(false);
    updateActions();
    refresh();
}

void BuildsPanel::refresh()
{
    if (!m_client || m_job.id.isEmpty())
        return;
    if (m_fetch)
        m_fetch->abort();
    const QDateTime to = QDateTime::currentDateTime();
    auto *fetch = new BuildRecordsFetch(m_client, m_job.id, to.addDays(-kRecordDays), to, 0, this);
    m_fetch = fetch;
    connect(fetch, &BuildRecordsFetch::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (fetch == m_fetch)
            onRecordsFetched();
    });
    m_summary->setFullText(tr("Loading builds…"));
    fetch->start();
}

void BuildsPanel::onRecordsFetched()
{
    if (m_fetch->error().isError()) {
        if (m_fetch->error().kind != ApiError::Kind::Cancelled)
            showMessage(m_fetch->error().message + u' ' + m_fetch->error().hint, true);
        m_summary->setFullText({});
        return;
    }
    showRecords(m_fetch->records());
    if (m_fetch->usedFallback())
        showMessage(tr("Only the last 30 days are available for this job (the service's old build history)."), false);
    emit recordsLoaded();
}

void BuildsPanel::showRecords(const QList<BuildRecord> &records)
{
    const int selected = m_buildToShow ? m_buildToShow : selectedBuild();
    m_records = records;
    // A build run from here stays listed until the service lists it (its list may lag).
    if (m_started) {
        const bool listed = std::any_of(records.begin(), records.end(),
                                        [this](const BuildRecord &record) { return record.number == m_started->number; });
        if (listed)
            m_started.reset();
        else
            m_records.prepend(*m_started);
    }
    fillTable();
    fillChart();
    updateSummary();
    if (const int row = rowOf(selected); row >= 0) {
        if (m_buildToShow)
            selectBuild(row);
        else
            m_table->selectRow(row);
        m_buildToShow = 0;
    }
    updateActions();
    updateFailureBanner();
    m_summaryTimer.start();
}

// A build's result in the UI's language, as the job lists and the command line name it; a word
// they do not know is shown as the service sent it.
QString BuildsPanel::resultText(const QString &result)
{
    const BuildState state = BuildStates::fromApi(result);
    return state == BuildState::Unknown || state == BuildState::NeverBuilt ? result : BuildStates::label(state);
}

void BuildsPanel::fillTable()
{
    const qint64 since = QDateTime::currentDateTime().addDays(-m_days).toMSecsSinceEpoch();
    m_model->removeRows(0, m_model->rowCount());
    for (const BuildRecord &record : std::as_const(m_records)) {
        if (record.startTimeMs.value_or(since) < since)
            continue;
        auto *number = new QStandardItem(QString::number(record.number));
        number->setData(record.number, Qt::UserRole);
        auto *result = new QStandardItem(resultText(record.result));
        result->setData(record.result, Qt::UserRole);
        result->setBackground(colorFor(record.result));
        result->setForeground(Qt::white);
        result->setTextAlignment(Qt::AlignCenter);
        const QString started = record.startTimeMs
            ? QDateTime::fromMSecsSinceEpoch(*record.startTimeMs).toString(u"yyyy-MM-dd HH:mm"_qs) : QString();
        m_model->appendRow({number, new QStandardItem(record.dailyBuildNumber), result, new QStandardItem(started),
                            new QStandardItem(BuildParse::readableDuration(record.durationMs)), new QStandardItem,
                            new QStandardItem(BuildParse::triggerText(record.triggerType)), new QStandardItem(record.executor),
                            new QStandardItem(record.branch), new QStandardItem(record.commitId.left(8))});
        showFailureText(record.number);
    }
    // Every column as wide as its widest text (on the first rows) and its header, Duration
    // included; why a build failed comes right after, elided, its whole text in the tooltip.
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != FailureColumn)
            m_table->resizeColumnToContents(column);
    }
    m_table->setColumnWidth(FailureColumn, m_table->fontMetrics().averageCharWidth() * kFailureColumnChars);
}

void BuildsPanel::fillChart()
{
    const qint64 since = QDateTime::currentDateTime().addDays(-m_days).toMSecsSinceEpoch();
    QList<QList<QPointF>> points(m_series.size());
    double longest = 1;
    for (const BuildRecord &record : std::as_const(m_records)) {
        if (!record.startTimeMs || !record.durationMs || *record.startTimeMs < since || record.isRunning())
            continue;
        const int kind = record.result == u"success" ? 0 : (record.result == u"failure" || record.result == u"timeout") ? 1 : 2;
        const double minutes = double(*record.durationMs) / 60'000.0;
        longest = qMax(longest, minutes);
        points[kind].append(QPointF(double(*record.startTimeMs), minutes));
    }
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series[i]->replace(points.at(i)); // one update per series, not one per point
    m_chart->setAccessibleDescription(BuildsAccessibility::durationsSummary(m_records, since));
    const QList<QAbstractAxis *> axes = m_chart->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis))
            time->setRange(QDateTime::fromMSecsSinceEpoch(since), QDateTime::currentDateTime());
        else if (auto *value = qobject_cast<QValueAxis *>(axis))
            value->setRange(0, longest * 1.1);
    }
}

int BuildsPanel::chartPointCount() const
{
    int count = 0;
    for (const QScatterSeries *series : m_series)
        count += int(series->count());
    return count;
}

void BuildsPanel::updateSummary()
{
    QStringList parts;
    for (const int days : {7, 30, 90}) {
        const BuildSummary summary =
            BuildSummary::of(m_records, QDateTime::currentDateTime().addDays(-days).toMSecsSinceEpoch());
        if (!summary.successRate()) {
            parts << tr("%n days: no finished builds", nullptr, days);
            continue;
        }
        parts << tr("%n days: %1% success, median %2", nullptr, days)
                     .arg(qRound(*summary.successRate() * 100))
                     .arg(BuildParse::readableDuration(summary.medianDurationMs));
    }
    m_summary->setFullText(parts.join(u"  ·  "));
}

const BuildRecord *BuildsPanel::selectedRecord() const
{
    const int number = selectedBuild();
    for (const BuildRecord &record : m_records) {
        if (record.number == number)
            return &record;
    }
    return nullptr;
}

QToolButton *BuildsPanel::runButton() const
{
    return qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_runAction));
}

int BuildsPanel::selectedBuild() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->item(current.row(), BuildColumn)->data(Qt::UserRole).toInt() : 0;
}

int BuildsPanel::rowOf(int buildNumber) const
{
    for (int row = 0; row < m_model->rowCount() && buildNumber; ++row) {
        if (m_model->item(row, BuildColumn)->data(Qt::UserRole).toInt() == buildNumber)
            return row;
    }
    return -1;
}

void BuildsPanel::selectBuild(int row)
{
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->selectRow(row);   // comes back here through currentRowChanged
    updateActions();
    const BuildRecord *record = selectedRecord();
    m_stepsHint->setVisible(!record);
    updateFailureBanner();
    if (!record)
        return;
    loadSteps(record->number);
    loadLogIfShown();
    giveStepsTheirSpace();
    if (m_logToShow == record->number) {
        m_logToShow = 0;
        m_logPane->jumpToFailure();
    }
    if (FailureSummary::explains(record->result))
        m_summaryTimer.start();
}

void BuildsPanel::showBuild(int number)
{
    if (const int row = rowOf(number); row >= 0) {
        m_buildToShow = 0;
        m_table->scrollTo(m_model->index(row, 0));
        return selectBuild(row);
    }
    m_buildToShow = number; // selected when the records arrive
}

void BuildsPanel::showLog(int buildNumber)
{
    m_logToShow = buildNumber;
    m_details->setCurrentWidget(m_logPane);
    if (selectedBuild() == buildNumber) {
        m_logToShow = 0;
        loadLogIfShown();
        m_logPane->jumpToFailure();
        return;
    }
    showBuild(buildNumber);
}

void BuildsPanel::loadLogIfShown()
{
    const BuildRecord *record = selectedRecord();
    if (record && m_details->currentWidget() == m_logPane)
        m_logPane->showLog(m_client, m_job.id, record->number, record->result);
    else if (!record || m_logPane->buildNumber() != record->number)
        m_logPane->clear();   // another build's reading is cancelled
}

void BuildsPanel::updateFailureBanner()
{
    // Above the log it would only repeat what Jump to the Failure shows.
    const BuildRecord *record = selectedRecord();
    if (!record || !FailureSummary::explains(record->result) || m_details->currentWidget() == m_logPane) {
        m_failureBanner->hide();
        return;
    }
    const QString text = m_failureTexts.value(record->number);
    m_failureLabel->setFullText(text.isEmpty() ? tr("Build %1 failed.").arg(record->number)
                                           : tr("Build %1: %2").arg(record->number).arg(text));
    m_failureBanner->show();
}

void BuildsPanel::showFailureText(int number)
{
    const int row = rowOf(number);
    const QString text = m_failureTexts.value(number);
    if (row < 0 || text.isEmpty())
        return;
    m_model->item(row, FailureColumn)->setText(text);
    for (int column = 0; column < ColumnCount; ++column)
        m_model->item(row, column)->setToolTip(PlainText::toolTip(text));   // a log line may look like markup
}

// The failed builds in sight, the selected one first: one summary at a time, each asked once,
// so that scrolling through a long list never sends a burst of requests.
void BuildsPanel::askForSummaries()
{
    if (m_failureSummary || !m_client)
        return;
    QList<int> wanted;
    if (const BuildRecord *record = selectedRecord(); record && FailureSummary::explains(record->result))
        wanted << record->number;
    const int first = qMax(0, m_table->rowAt(0));
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    for (int row = first; row <= (last < 0 ? m_model->rowCount() - 1 : last) && isVisible(); ++row) {
        if (FailureSummary::explains(m_model->item(row, ResultColumn)->data(Qt::UserRole).toString()))
            wanted << m_model->item(row, BuildColumn)->data(Qt::UserRole).toInt();
    }
    for (const int number : std::as_const(wanted)) {
        if (m_summariesAsked.contains(number))
            continue;
        m_summariesAsked.insert(number);
        auto *summary = new FailureSummary(m_client, m_job.id, number, this);
        summary->setWaitWhenThrottled(false);   // a row's summary is not worth waiting minutes for
        m_failureSummary = summary;
        connect(summary, &FailureSummary::finished, this, [this, summary, number] { onSummary(summary, number); });
        summary->start();
        return;
    }
}

QString BuildsPanel::failureText(const FailureSummary &summary)
{
    const std::optional<QString> step = summary.failedStep();
    const std::optional<QString> line = summary.errorLine();
    // The step's name is the service's, the line the log's: neither may reorder the row.
    if (step && line)
        return tr("Failed at %1: %2").arg(PlainText::neutralised(*step), PlainText::neutralised(*line));
    if (step)
        return tr("Failed at %1").arg(PlainText::neutralised(*step));
    if (line)
        return tr("Failed: %1").arg(PlainText::neutralised(*line));
    return {};
}

void BuildsPanel::onSummary(FailureSummary *summary, int number)
{
    summary->deleteLater();
    m_failureSummary = nullptr;
    if (summary->error().kind == ApiError::Kind::Cancelled)
        return;
    const QString text = failureText(*summary);
    if (!text.isEmpty()) {
        m_failureTexts.insert(number, text);
        showFailureText(number);
        updateFailureBanner();
    }
    askForSummaries();
}

void BuildsPanel::loadSteps(int buildNumber)
{
    if (!m_client)
        return;
    if (m_stepsFetch)
        m_stepsFetch->abort();
    auto *fetch = new BuildDetailsFetch(m_client, m_job.id, buildNumber, true, this);
    m_stepsFetch = fetch;
    connect(fetch, &BuildDetailsFetch::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (fetch != m_stepsFetch || fetch->error().isError()) {
            if (fetch == m_stepsFetch && fetch->error().kind != ApiError::Kind::Cancelled)
                m_parameters->setText(fetch->error().message);
            return;
        }
        const BuildDetails &details = fetch->details();
        emit codeArtsProjectRead(m_job.id, fetch->record().codeArtsProjectId);
        m_timeline->setSteps(details.steps);
        // The failed step in sight, however long the pipeline.
        if (const QRect failed = m_timeline->failedStepRect(); failed.isValid()) {
            auto *scroll = findChild<QScrollArea *>(u"buildSteps"_qs);
            scroll->widget()->adjustSize();
            scroll->ensureVisible(0, m_timeline->y() + failed.center().y(), 0, failed.height());
        }
        QStringList lines;
        for (const auto &[name, value] : details.parameters)
            lines << name + u" = " + value; // masked values arrive masked and stay so
        m_parameters->setText(lines.isEmpty() ? QString() : tr("Parameters: %1").arg(lines.join(u", ")));
    });
    fetch->start();
}

void BuildsPanel::updateActions()
{
    const bool mayExecute = m_job.isExecute.value_or(false);
    const bool busy = m_action != nullptr;
    m_runAction->setEnabled(m_client && mayExecute && !busy);
    m_runAction->setToolTip(mayExecute ? tr("Run a build of this job.")
                                       : tr("Run permission: %1.").arg(Permissions::stateText(m_job.isExecute)));
    const BuildRecord *selected = selectedRecord();
    const bool running = selected && selected->isRunning();
    m_stopAction->setEnabled(m_client && mayExecute && running && !busy);
    m_stopAction->setToolTip(!mayExecute ? tr("Run permission: %1.").arg(Permissions::stateText(m_job.isExecute))
                                         : running ? tr("Stop the selected build.") : tr("Select a running build to stop it."));
    m_followAction->setEnabled(m_client && !busy && m_job.isView.value_or(true));
    m_followAction->setChecked(m_favorite);
    m_followAction->setText(m_favorite ? tr("Following in CodeArts") : tr("Follow in CodeArts"));
    m_browserAction->setEnabled(m_consoleUrl.isValid() && !m_consoleUrl.isEmpty());
}

bool BuildsPanel::confirm(const QString &title, const QString &text, const QString &actionLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    QPushButton *action = box.addButton(actionLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // the safe choice is what Enter does
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == action;
}

void BuildsPanel::runBuild()
{
    if (!m_runAction->isEnabled())
        return;
    RunDialog dialog(m_client, m_job.id, this);
    connect(&dialog, &RunDialog::loaded, this, [this, &dialog] { emit codeArtsProjectRead(m_job.id, dialog.config().codeArtsProjectId); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(dialog.request(), dialog.branch());
}

void BuildsPanel::confirmAndRun(const RunRequest &request, const QString &branch)
{
    if (const QString why = request.whyInvalid(); !why.isEmpty())
        return showMessage(why, true);
    const QString what = !branch.isEmpty() ? tr("branch %1").arg(branch)
        : !request.tag.isEmpty()                   ? tr("tag %1").arg(request.tag)
        : !request.commitId.isEmpty()              ? tr("commit %1").arg(request.commitId)
                                                   : tr("the job's default code");
    if (!confirm(tr("Run Build"),
                 tr("Run a build of %1 from %2 with %n parameters?", nullptr, int(request.parameters.size()))
                     .arg(m_job.jobName.isEmpty() ? m_job.id : m_job.jobName, what),
                 tr("Run")))
        return;
    sendRun(request, branch);
}

void BuildsPanel::sendRun(const RunRequest &request, const QString &asked)
{
    BuildCall *call = m_client->execute(request);
    m_action = call;
    updateActions();
    connect(call, &BuildCall::finished, this, [this, call, asked] {
        call->deleteLater();
        m_action = nullptr;
        updateActions();
        emit actionFinished();
        // Never sent again on its own: a run without an answer may well be running.
        if (call->mayHaveTakenEffect()) {
            showMessage(tr("The build may have started, but no answer came back. The records are refreshed; "
                           "check them before running it again."), true);
            return refresh();
        }
        if (!call->succeeded())
            return showMessage(call->error().message + u' ' + call->error().hint, true);
        const std::optional<StartedBuild> started = BuildParse::startedBuild(call->json());
        if (!started) {
            showMessage(tr("The build may have started, but the answer named no build number."), true);
            return refresh();
        }
        showMessage(tr("Build %1 started.").arg(started->number), false);
        m_askedBranch = asked;
        m_branchSaid = false;
        followBuild(started->number);
        listStartedBuild(*started, asked);
        emit runStarted(started->number);
        emit buildStarted(m_job.id, started->number);
        refresh();
    });
}

// The build just run goes to the top of the list at once, running and selected, so that it can
// be followed step by step and stopped before the service lists it.
void BuildsPanel::listStartedBuild(const StartedBuild &started, const QString &branch)
{
    BuildRecord record;
    record.number = started.number;
    record.dailyBuildNumber = started.dailyBuildNumber;
    record.result = u"running"_qs;
    record.startTimeMs = QDateTime::currentMSecsSinceEpoch();
    record.branch = branch;
    m_started = record;
    QList<BuildRecord> records = m_records;
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&](const BuildRecord &listed) { return listed.number == started.number; }),
                  records.end());
    m_buildToShow = started.number;
    showRecords(records);   // which puts it first
    m_table->scrollToTop();
}

// Once per run: the branch the build really uses, from its record; a different one than asked
// is a warning (the service may ignore what it does not know).
void BuildsPanel::sayWhichBranch(const BuildFollower &follower)
{
    const BuildRecordDetail &record = follower.record();
    const QString built = record.branch.isEmpty() ? record.tag : record.branch;
    if (m_branchSaid || built.isEmpty())
        return;
    m_branchSaid = true;
    if (!m_askedBranch.isEmpty() && built != m_askedBranch)
        showMessage(tr("Build %1 builds %2, not the branch %3 that was asked for.")
                        .arg(follower.buildNumber()).arg(built, m_askedBranch),
                    true);
}

void BuildsPanel::followBuild(int number)
{
    if (m_follower)
        m_follower->stop();
    auto *follower = new BuildFollower(m_client, m_job.id, number, this);
    if (m_followIntervalMs > 0)
        follower->setIntervalMs(m_followIntervalMs);
    m_follower = follower;
    connect(follower, &BuildFollower::progressed, this, [this, follower] {
        sayWhichBranch(*follower);
        QString current;
        for (const BuildStep &step : follower->details().steps)
            current = step.status == u"running" ? step.name : current;
        if (follower->state().building)
            showMessage(current.isEmpty() ? tr("Build %1 is running.").arg(follower->buildNumber())
                                          : tr("Build %1 is running: %2.").arg(follower->buildNumber()).arg(current),
                        false);
        const BuildRecord *selected = selectedRecord();
        if (selected && selected->number == follower->buildNumber())
            m_timeline->setSteps(follower->details().steps);
    });
    connect(follower, &BuildFollower::finished, this, [this, follower] {
        follower->deleteLater();
        if (m_started && m_started->number == follower->buildNumber() && !follower->state().result.isEmpty())
            m_started->result = follower->state().result;
        if (follower->error().isError())
            showMessage(follower->error().message, true);
        else
            showMessage(tr("Build %1 ended: %2.").arg(follower->buildNumber()).arg(follower->state().result),
                        follower->state().result != u"success");
        emit followedBuildFinished(follower->state().result);
        refresh();
    });
    follower->start();
}

int BuildsPanel::followedBuild() const
{
    return m_follower && !m_follower->isFinished() ? m_follower->buildNumber() : 0;
}

void BuildsPanel::stopSelectedBuild()
{
    const BuildRecord *record = selectedRecord();
    if (!m_stopAction->isEnabled() || !record)
        return;
    const int number = record->number;
    if (!confirm(tr("Stop Build"), tr("Stop build %1? The work it has done so far is lost.").arg(number),
                 tr("Stop Build")))
        return;
    BuildCall *call = m_client->stop(m_job.id, number);
    m_action = call;
    updateActions();
    connect(call, &BuildCall::finished, this, [this, call, number] {
        call->deleteLater();
        m_action = nullptr;
        updateActions();
        emit actionFinished();
        if (call->mayHaveTakenEffect())
            showMessage(tr("Build %1 may have been stopped, but no answer came back.").arg(number), true);
        else if (!call->succeeded())
            showMessage(call->error().message + u' ' + call->error().hint, true);
        else
            showMessage(tr("Build %1 was stopped.").arg(number), false);
        refresh();
    });
}

void BuildsPanel::toggleFollow()
{
    const bool follow = !m_favorite;
    BuildCall *call = m_client->setFollowed(m_job.id, follow);
    m_action = call;
    updateActions();
    connect(call, &BuildCall::finished, this, [this, call, follow] {
        call->deleteLater();
        m_action = nullptr;
        if (call->succeeded())
            m_favorite = BuildParse::favorite(call->json()).value_or(follow);
        else
            showMessage(call->error().message + u' ' + call->error().hint, true);
        updateActions();
        emit actionFinished();
    });
}

QStringList BuildsPanel::permissionExplanations(const JobInfo &job)
{
    struct Explanation
    {
        const char *flag;
        QString allows;
        QString askFor;
    };
    const QList<Explanation> explanations = {
        {"is_view", tr("see the job, its builds and their logs"), tr("a role in the project that may view build jobs")},
        {"is_execute", tr("run builds and stop them"), tr("the Run permission on this job")},
        {"is_modify", tr("change the job's configuration"), tr("the Edit permission on this job")},
        {"is_copy", tr("copy the job into a new one"), tr("the Copy permission on this job")},
        {"is_delete", tr("delete the job"), tr("the Delete permission on this job")},
        {"is_forbidden", tr("disable and enable the job"), tr("the Disable permission on this job")},
        {"is_manager", tr("manage who may do what with the job"), tr("to be made a manager of the job")},
    };
    QStringList lines;
    for (const PermissionFlag &flag : kPermissionFlags) {
        for (const Explanation &explanation : explanations) {
            if (qstrcmp(explanation.flag, flag.apiName) != 0)
                continue;
            const std::optional<bool> granted = job.*(flag.member);
            const QString name = Permissions::label(flag);
            lines << (granted.value_or(false)
                          ? tr("%1 (%2): you may %3.").arg(name, Permissions::stateText(granted), explanation.allows)
                          : tr("%1 (%2): lets you %3; ask a project manager for %4.")
                                .arg(name, Permissions::stateText(granted), explanation.allows, explanation.askFor));
        }
    }
    return lines;
}

void BuildsPanel::explainPermissions()
{
    QMessageBox box(QMessageBox::Information, tr("Permissions"),
                    permissionExplanations(m_job).join(u"\n"), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void BuildsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_qs : QString());
    m_message->show();
}
