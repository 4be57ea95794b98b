#include "builds/buildspanel.h"

#include "api/buildclient.h"
#include "api/builddetailsfetch.h"
#include "api/buildfollower.h"
#include "api/buildrecordsfetch.h"
#include "builds/rundialog.h"
#include "job/statusbadge.h"

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
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

constexpr int kRecordDays = 90;   // fetched once; the period only filters

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
    setMinimumHeight(60);
}

void StepTimeline::setSteps(const QList<BuildStep> &steps)
{
    m_steps = steps;
    setMinimumHeight(sizeHint().height()); // every step stays readable
    updateGeometry();
    update();
}

QSize StepTimeline::sizeHint() const
{
    return {400, qMax(60, int(m_steps.size()) * (fontMetrics().height() + 8) + 8)};
}

void StepTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int rowHeight = fontMetrics().height() + 8;
    int nameWidth = 0;
    qint64 total = 0;
    for (const BuildStep &step : m_steps) {
        nameWidth = qMax(nameWidth, fontMetrics().horizontalAdvance(step.name));
        total += step.durationMs;
    }
    nameWidth += 12;
    const int barArea = qMax(40, width() - nameWidth - 90);
    qint64 offset = 0;
    int y = 4;
    for (const BuildStep &step : m_steps) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, nameWidth, rowHeight), Qt::AlignVCenter, step.name);
        const int x = nameWidth + int(total > 0 ? barArea * offset / total : 0);
        const int w = qMax(2, int(total > 0 ? barArea * step.durationMs / total : 0));
        const QString result = step.failed() ? u"failure"_qs
            : step.status == u"success"      ? u"success"_qs
            : step.status == u"running"      ? u"running"_qs
                                             : QString();
        if (!step.status.isEmpty())
            painter.fillRect(QRect(x, y + 3, w, rowHeight - 6), colorFor(result));
        const QString label = step.status.isEmpty() ? tr("not run")
            : step.failed() ? tr("%1, failed here").arg(BuildParse::readableDuration(step.durationMs))
                            : BuildParse::readableDuration(step.durationMs);
        painter.drawText(QRect(x + w + 6, y, width() - x - w - 6, rowHeight), Qt::AlignVCenter, label);
        offset += step.durationMs;
        y += rowHeight;
    }
}

BuildsPanel::BuildsPanel(QWidget *parent) : QWidget(parent)
{
    buildLayout();
    updateActions();
}

BuildsPanel::~BuildsPanel() = default;

void BuildsPanel::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_period = new QComboBox;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_days = m_period->currentData().toInt();
        fillTable();
        fillChart();
    });
    auto *refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &BuildsPanel::refresh);
    m_runButton = new QPushButton(tr("Run…"));
    m_stopButton = new QPushButton(tr("Stop"));
    m_followButton = new QPushButton;
    m_followButton->setCheckable(true);
    m_browserButton = new QPushButton(tr("Open in Browser"));
    m_permissionsButton = new QPushButton(tr("Permissions…"));
    connect(m_runButton, &QPushButton::clicked, this, &BuildsPanel::runBuild);
    connect(m_stopButton, &QPushButton::clicked, this, &BuildsPanel::stopSelectedBuild);
    connect(m_followButton, &QPushButton::clicked, this, &BuildsPanel::toggleFollow);
    connect(m_browserButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_consoleUrl); });
    connect(m_permissionsButton, &QPushButton::clicked, this, &BuildsPanel::explainPermissions);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_period, refresh, m_runButton, m_stopButton,
                                                            m_followButton, m_browserButton, m_permissionsButton})
        bar->addWidget(widget);
    bar->addStretch();
    layout->addLayout(bar);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_model = new QStandardItemModel(0, 9, this);
    m_model->setHorizontalHeaderLabels({tr("Build"), tr("Daily"), tr("Result"), tr("Started"), tr("Duration"),
                                        tr("Trigger"), tr("Executor"), tr("Branch"), tr("Commit")});
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths from the widest expected text, so 1,000 rows need no measuring.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<std::pair<int, QString>> widths = {{0, u"00000"_qs}, {1, u"20261231.00"_qs}, {2, u"success"_qs},
                                                   {3, u"2026-12-31 23:59"_qs}, {4, u"00m 00s"_qs}};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectBuild(current.row()); });
    // The table is what the tab is for: at least six rows before the chart gets room.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 6 * m_table->verticalHeader()->defaultSectionSize());
    splitter->addWidget(m_table);

    auto *chart = new QChart;
    chart->setTitle(tr("Build durations"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<std::pair<QString, QString>> kinds = {{u"success"_qs, tr("Succeeded")},
                                                      {u"failure"_qs, tr("Failed")},
                                                      {u"other"_qs, tr("Aborted or other")}};
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(u"MM-dd"_qs);
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setTitleText(tr("Minutes"));
    minutesAxis->setLabelFormat(u"%.0f"_qs);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(minutesAxis, Qt::AlignLeft);
    for (const auto &[kind, name] : kinds) {
        auto *series = new QScatterSeries;
        series->setName(name);
        series->setMarkerSize(7);
        series->setColor(colorFor(kind == u"other" ? u"aborted"_qs : kind));
        series->setBorderColor(Qt::transparent);
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(minutesAxis);
        m_series.append(series);
    }
    m_chart = new QChartView(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(210);
    splitter->addWidget(m_chart);

    auto *stepsBox = new QWidget;
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new StepTimeline;
    m_parameters = new QLabel;
    m_parameters->setTextFormat(Qt::PlainText);
    m_parameters->setWordWrap(true);
    stepsLayout->addWidget(m_timeline);
    stepsLayout->addWidget(m_parameters);
    stepsLayout->addStretch(1);
    // A long pipeline scrolls rather than pushing the table and chart together.
    auto *stepsScroll = new QScrollArea;
    stepsScroll->setObjectName(u"buildSteps"_qs);
    stepsScroll->setWidgetResizable(true);
    stepsScroll->setFrameShape(QFrame::NoFrame);
    stepsScroll->setWidget(stepsBox);
    splitter->addWidget(stepsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);
}

void BuildsPanel::setJob(const JobInfo &job, BuildClient *client, const QUrl &consoleUrl)
{
    if (m_follower)
        m_follower->stop();
    m_job = job;
    m_client = client;
    m_consoleUrl = consoleUrl;
    m_favorite = job.favorite.value_or(false);
    m_records.clear();
    fillTable();
    fillChart();
    m_timeline->setSteps({});
    m_parameters->clear();
    m_message->hide();
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
    m_summary->setText(tr("Loading builds…"));
    fetch->start();
}

void BuildsPanel::onRecordsFetched()
{
    if (m_fetch->error().isError()) {
        if (m_fetch->error().kind != ApiError::Kind::Cancelled)
            showMessage(m_fetch->error().message + u' ' + m_fetch->error().hint, true);
        m_summary->clear();
        return;
    }
    showRecords(m_fetch->records());
    if (m_fetch->usedFallback())
        showMessage(tr("Only the last 30 days are available for this job (the service's old build history)."), false);
    emit recordsLoaded();
}

void BuildsPanel::showRecords(const QList<BuildRecord> &records)
{
    const int selected = m_buildToShow ? m_buildToShow : selectedRecord() ? selectedRecord()->number : 0;
    m_records = records;
    fillTable();
    fillChart();
    updateSummary();
    for (int row = 0; row < m_model->rowCount() && selected; ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toInt() == selected) {
            if (m_buildToShow)
                selectBuild(row);
            else
                m_table->selectRow(row);
            m_buildToShow = 0;
        }
    }
    updateActions();
}

void BuildsPanel::fillTable()
{
    const qint64 since = QDateTime::currentDateTime().addDays(-m_days).toMSecsSinceEpoch();
    m_model->removeRows(0, m_model->rowCount());
    QList<QList<QStandardItem *>> rows;
    for (const BuildRecord &record : std::as_const(m_records)) {
        if (record.startTimeMs.value_or(since) < since)
            continue;
        auto *number = new QStandardItem(QString::number(record.number));
        number->setData(record.number, Qt::UserRole);
        auto *result = new QStandardItem(record.result);
        result->setBackground(colorFor(record.result));
        result->setForeground(Qt::white);
        result->setTextAlignment(Qt::AlignCenter);
        const QString started = record.startTimeMs
            ? QDateTime::fromMSecsSinceEpoch(*record.startTimeMs).toString(u"yyyy-MM-dd HH:mm"_qs) : QString();
        m_model->appendRow({number, new QStandardItem(record.dailyBuildNumber), result, new QStandardItem(started),
                            new QStandardItem(BuildParse::readableDuration(record.durationMs)),
                            new QStandardItem(BuildParse::triggerText(record.triggerType)), new QStandardItem(record.executor),
                            new QStandardItem(record.branch), new QStandardItem(record.commitId.left(8))});
    }
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
    m_summary->setText(parts.join(u"  ·  "));
}

const BuildRecord *BuildsPanel::selectedRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int number = m_model->item(current.row(), 0)->data(Qt::UserRole).toInt();
    for (const BuildRecord &record : m_records) {
        if (record.number == number)
            return &record;
    }
    return nullptr;
}

void BuildsPanel::selectBuild(int row)
{
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->selectRow(row);
    updateActions();
    if (const BuildRecord *record = selectedRecord())
        loadSteps(record->number);
}

void BuildsPanel::showBuild(int number)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toInt() == number) {
            m_buildToShow = 0;
            m_table->scrollTo(m_model->index(row, 0));
            return selectBuild(row);
        }
    }
    m_buildToShow = number; // selected when the records arrive
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
    m_runButton->setEnabled(m_client && mayExecute && !busy);
    m_runButton->setToolTip(mayExecute ? tr("Run a build of this job.")
                                       : tr("Run permission: %1.").arg(Permissions::stateText(m_job.isExecute)));
    const BuildRecord *selected = selectedRecord();
    const bool running = selected && selected->isRunning();
    m_stopButton->setEnabled(m_client && mayExecute && running && !busy);
    m_stopButton->setToolTip(!mayExecute ? tr("Run permission: %1.").arg(Permissions::stateText(m_job.isExecute))
                                         : running ? tr("Stop the selected build.") : tr("Select a running build to stop it."));
    m_followButton->setEnabled(m_client && !busy && m_job.isView.value_or(true));
    m_followButton->setChecked(m_favorite);
    m_followButton->setText(m_favorite ? tr("Following in CodeArts") : tr("Follow in CodeArts"));
    m_browserButton->setEnabled(m_consoleUrl.isValid() && !m_consoleUrl.isEmpty());
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
    if (!m_runButton->isEnabled())
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
        emit runStarted(started->number);
        followBuild(started->number);
        refresh();
    });
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
    if (!m_stopButton->isEnabled() || !record)
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
