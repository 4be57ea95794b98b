#include "platform/appsettings.h"
#include "history/comparedialog.h"
#include "favorites/favoritespanel.h"
#include "history/favoritesmodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyintegration.h"
#include "history/historyview.h"
#include "job/jobformview.h"
#include "window/mainwindow.h"
#include "sandbox/demosandbox.h"
#include "window/theme.h"
#include "history/trendchart.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QStyledItemDelegate>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

// Favorites, history and trend in the real window against the in-process demo sandbox.
class TestHistoryIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fetchesAreRecorded();
    void starringAddsTheShownJob();
    void favoritesReorderAndAlias();
    void favoritesReorderByDragAndDrop();
    void emptyFavoritesSayWhatBelongsThere();
    void historyEntryReopensWithoutRequest();
    void panelsLeftOpenComeBackFilled();
    void historyFiltersAndSortsInTheView();
    void clearingAJobThenAllFromTheView();
    void comparingListsTheChangedField();
    void historyShowsTheJobBeforeTheFetch();
    void compareSpeaksAsFormAndHistory();
    void trendHasOnePointPerSuccessfulFetch();
    void trendLegendIsNeverCut();
    void screenshots();

private:
    bool fetchDemoJob(const QString &jobId);
    HistoryIntegration *history() const { return m_window->history(); }
    HistoryView *showHistoryOfAllJobs() const;
    int successesOf(const QString &jobId) const;
    static void answerNextQuestion(QMessageBox::StandardButton answer);
    // Records a later snapshot of the job shown, changed by `change`, as if fetched again.
    void recordChangedSnapshot(const std::function<void(JobInfo &)> &change, qint64 laterMs = 1000);

    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryIntegration::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_historyintegration"));
    Theme::applyFromEnvironment();   // CODEARTS_INSPECTOR_PALETTE=dark for the dark screenshots
}

void TestHistoryIntegration::init()
{
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::Activated | WindowFixture::HistoryReady));
    // Each test starts from an empty history and no favorites.
    WindowFixture::clearHistory(*history());
    history()->historyModel()->reload();
    QTRY_VERIFY(!history()->historyModel()->isLoading());
}

void TestHistoryIntegration::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

bool TestHistoryIntegration::fetchDemoJob(const QString &jobId)
{
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(jobId);
    return finished.wait(10'000) && finished.first().first().toBool();
}

// Opens the History tab with every job's entries (it opens on the job shown).
HistoryView *TestHistoryIntegration::showHistoryOfAllJobs() const
{
    history()->historyAction()->trigger();
    history()->historyView()->showJob({});
    return history()->historyView();
}

int TestHistoryIntegration::successesOf(const QString &jobId) const
{
    HistoryFilter filter;
    filter.jobId = jobId;
    filter.outcome = QStringLiteral("success");
    return history()->store()->count(filter);
}

void TestHistoryIntegration::fetchesAreRecorded()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().at(1);
    QVERIFY(fetchDemoJob(demo.id));
    QCOMPARE(history()->store()->count(), 1);
    const HistoryEntry entry = history()->store()->entries().first();
    QCOMPARE(entry.jobId, demo.id);
    QCOMPARE(entry.outcome, QStringLiteral("success"));
    QCOMPARE(entry.endpoint, QStringLiteral("demo"));
    QCOMPARE(entry.httpStatus, 200);
    QVERIFY(!entry.snapshot.isEmpty());

    // A failure is recorded too, without a snapshot.
    QVERIFY(!fetchDemoJob(QString::fromLatin1(DemoSandbox::TroubleJobs::serverError)));
    QCOMPARE(history()->store()->count(), 2);
    const HistoryEntry failure = history()->store()->entries().first();
    QCOMPARE(failure.httpStatus, 500);
    QVERIFY(failure.snapshot.isEmpty());
}

void TestHistoryIntegration::starringAddsTheShownJob()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetchDemoJob(demo.id));
    QAction *star = history()->starAction();
    QVERIFY(star->isEnabled());
    QVERIFY(!star->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(star->isChecked());
    FavoritesModel *model = history()->favoritesModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->favorite(0).jobId, demo.id);
    QCOMPARE(history()->favoritesPanel()->view()->model()->rowCount(), 1);
    auto *favoriteValue = m_window->findChild<QLabel *>(QStringLiteral("favoriteValue"));
    QVERIFY(favoriteValue);
    QVERIFY2(favoriteValue->text().contains(QStringLiteral("starred here")), qPrintable(favoriteValue->text()));
    // Unstar again.
    star->trigger();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!favoriteValue->text().contains(QStringLiteral("starred here")));
}

void TestHistoryIntegration::favoritesReorderAndAlias()
{
    const QString first = DemoSandbox::demoJobs().at(0).id;
    const QString second = DemoSandbox::demoJobs().at(1).id;
    QVERIFY(fetchDemoJob(first));
    history()->starAction()->trigger();
    QVERIFY(fetchDemoJob(second));
    history()->starAction()->trigger();
    FavoritesModel *model = history()->favoritesModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->favorite(1).jobId, second);

    FavoritesPanel *panel = history()->favoritesPanel();
    panel->selectJob(second);
    auto *moveUp = panel->findChild<QAction *>(QStringLiteral("favoriteMoveUpAction"));
    QVERIFY(moveUp && moveUp->isEnabled());
    moveUp->trigger();
    QCOMPARE(model->favorite(0).jobId, second);
    QCOMPARE(history()->store()->favorites({}).first().jobId, second);

    // F2 edits the alias in place.
    QTreeView *view = panel->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, FavoritesModel::NameColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("My alias"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("My alias"));
    QCOMPARE(history()->store()->favorites({}).first().alias, QStringLiteral("My alias"));

    // Enter on a favorite fetches it (a click only selects it).
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    view->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, first);
}

void TestHistoryIntegration::emptyFavoritesSayWhatBelongsThere()
{
    FavoritesModel *model = history()->favoritesModel();
    QCOMPARE(model->rowCount(), 0);
    history()->favoritesPanel()->view();   // builds the panel
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("favoritesEmptyHint"));
    QVERIFY(hint);
    QVERIFY(hint->text().contains(u"Star Job"));
    QVERIFY(!hint->isHidden());
    const QString jobId = DemoSandbox::demoJobs().at(0).id;
    QVERIFY(model->add(jobId));
    QVERIFY(hint->isHidden());
    QVERIFY(model->remove(jobId));
    QVERIFY(!hint->isHidden());
}

void TestHistoryIntegration::favoritesReorderByDragAndDrop()
{
    FavoritesModel *model = history()->favoritesModel();
    for (int i = 0; i < 3; ++i)
        QVERIFY(model->add(DemoSandbox::demoJobs().at(i).id));
    FavoritesPanel *panel = history()->favoritesPanel();
    QTreeView *view = panel->view();
    QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
    QCOMPARE(view->defaultDropAction(), Qt::MoveAction);
    QVERIFY(view->dragEnabled() && view->acceptDrops() && view->showDropIndicator());

    // What the view does for a drop below the last row (a real drag needs a real mouse).
    const QString first = model->favorite(0).jobId;
    panel->selectJob(first);
    const std::unique_ptr<QMimeData> data(model->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    model->dropMimeData(data.get(), Qt::MoveAction, model->rowCount(), 0, {});
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->favorite(2).jobId, first);
    QCOMPARE(history()->store()->favorites({}).last().jobId, first);
    // The dragged favorite is still the selected one, at its new place.
    QCOMPARE(panel->selectedJobId(), first);
    QVERIFY(view->selectionModel()->isRowSelected(2, {}));
}

void TestHistoryIntegration::historyEntryReopensWithoutRequest()
{
    const DemoSandbox::DemoJob &older = DemoSandbox::demoJobs().at(2);
    QVERIFY(fetchDemoJob(older.id));
    QVERIFY(fetchDemoJob(DemoSandbox::demoJobs().at(0).id));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    history()->historyView()->showJob({});   // the tab opens on the job shown; all jobs here
    HistoryView *view = history()->historyView();
    QTRY_VERIFY(view->isVisible());
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const int requests = m_window->connection()->demoSandbox()->requestCount();

    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));   // newest first: row 1 is the older
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentJob()->id, older.id);
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("fromHistoryBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("From history — ")));
    QCOMPARE(m_window->connection()->demoSandbox()->requestCount(), requests);
    QVERIFY(!m_window->isFetching());
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("jobIdEdit"))->text(), older.id);

    // The next real fetch takes the mark away.
    QVERIFY(fetchDemoJob(older.id));
    QVERIFY(!banner->isVisible());
}

// The panels build their widgets when first opened; panels left open at exit come back open,
// built and filled once the history is ready.
void TestHistoryIntegration::panelsLeftOpenComeBackFilled()
{
    QVERIFY(fetchDemoJob(DemoSandbox::demoJobs().at(0).id));
    history()->starAction()->trigger();
    QVERIFY(fetchDemoJob(DemoSandbox::demoJobs().at(1).id));
    history()->historyAction()->trigger();
    QTRY_VERIFY(history()->historyView()->isVisible());
    QTRY_VERIFY(history()->favoritesPanel()->isVisible());
    QVERIFY(m_window->close());

    MainWindowOptions options;
    options.demo = true;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *favorites = m_window->findChild<QTreeView *>(QStringLiteral("favoritesView"));
    QVERIFY(table && favorites);
    QVERIFY(table->isVisible() && favorites->isVisible());
    // The History tab shows the job shown: the demo's first job, fetched in each session.
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTRY_COMPARE(favorites->model()->rowCount(), 1);
}

// Typing into the filter and clicking a column header, as a user does; both are answered
// by the model's reader thread.
void TestHistoryIntegration::historyFiltersAndSortsInTheView()
{
    const QList<DemoSandbox::DemoJob> &jobs = DemoSandbox::demoJobs();
    for (int i = 0; i < 3; ++i)
        QVERIFY(fetchDemoJob(jobs.at(i).id));
    HistoryView *view = showHistoryOfAllJobs();
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 3);

    auto *filterEdit = view->findChild<QLineEdit *>(QStringLiteral("historyFilterEdit"));
    auto *countLabel = view->findChild<QLabel *>(QStringLiteral("historyCountLabel"));
    QVERIFY(filterEdit && countLabel);
    const QString wanted = JobInfo::fromJson(jobs.at(1).result).jobName;
    QTest::keyClicks(filterEdit, wanted);
    QTest::keyClick(filterEdit, Qt::Key_Return);
    QVERIFY(history()->historyModel()->isLoading()); // read on the model's thread
    QTRY_VERIFY2(countLabel->text().startsWith(u"1 entr"), qPrintable(countLabel->text()));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::JobNameColumn).data().toString(), wanted);

    filterEdit->clear();
    QTest::keyClick(filterEdit, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(HistoryModel::JobNameColumn) + 10, header->height() / 2));
    QTRY_VERIFY(!history()->historyModel()->isLoading());
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::JobNameColumn));
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << table->model()->index(row, HistoryModel::JobNameColumn).data().toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
}

// Clicks `answer` in the next question box, as a user would, once it is up.
void TestHistoryIntegration::answerNextQuestion(QMessageBox::StandardButton answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        box->button(answer)->click();
        poll->deleteLater();
    });
    poll->start();
}

void TestHistoryIntegration::clearingAJobThenAllFromTheView()
{
    const QList<DemoSandbox::DemoJob> &jobs = DemoSandbox::demoJobs();
    for (int i : {0, 1, 1})
        QVERIFY(fetchDemoJob(jobs.at(i).id));
    HistoryView *view = showHistoryOfAllJobs();
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QSignalSpy cleared(view, &HistoryView::historyCleared);

    table->selectRow(0); // the newest: job 1
    auto *clearJob = view->findChild<QAction *>(QStringLiteral("historyClearJobAction"));
    QVERIFY(clearJob && clearJob->isEnabled());
    answerNextQuestion(QMessageBox::No);
    clearJob->trigger();
    QTest::qWait(50);
    QCOMPARE(table->model()->rowCount(), 3); // "No" keeps everything
    answerNextQuestion(QMessageBox::Yes);
    clearJob->trigger();
    QVERIFY(cleared.wait(10'000));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::JobIdColumn).data().toString(), jobs.at(0).id);
    QCOMPARE(history()->store()->count(), 1);

    auto *clearAll = view->findChild<QAction *>(QStringLiteral("historyClearAllAction"));
    QVERIFY(clearAll && clearAll->isEnabled());
    answerNextQuestion(QMessageBox::Yes);
    clearAll->trigger();
    QVERIFY(cleared.wait(10'000));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(history()->store()->count(), 0);
    QTRY_VERIFY(!clearAll->isEnabled());
}

void TestHistoryIntegration::comparingListsTheChangedField()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetchDemoJob(demo.id));
    // The sandbox always answers the same; a later snapshot with another health score stands
    // in for the job changing on the service.
    JobInfo changed = *m_window->currentJob();
    changed.healthScore = *changed.healthScore - 30;
    HistoryEntry later = HistoryEntry::fromJob(QStringLiteral("demo"), changed, 200, 10);
    later.timeMs += 1000;
    QVERIFY(history()->store()->record(later) > 0);

    history()->historyAction()->trigger();
    HistoryView *view = history()->historyView();
    view->refresh();
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->selectAll();
    view->compareSelected();
    auto *dialog = m_window->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QTreeWidget *changes = dialog->changesList();
    QCOMPARE(changes->topLevelItemCount(), 1);
    QTreeWidgetItem *item = changes->topLevelItem(0);
    // The history's word for the column, not the API name (which is in the tooltip).
    QCOMPARE(item->text(1), QStringLiteral("Health"));
    QCOMPARE(item->toolTip(1), QStringLiteral("health_score"));
    QCOMPARE(item->text(2), QString::number(*JobInfo::fromJson(demo.result).healthScore));
    QCOMPARE(item->text(3), QString::number(*changed.healthScore));
    dialog->close();
}

void TestHistoryIntegration::recordChangedSnapshot(const std::function<void(JobInfo &)> &change, qint64 laterMs)
{
    JobInfo changed = *m_window->currentJob();
    change(changed);
    HistoryEntry later = HistoryEntry::fromJob(QStringLiteral("demo"), changed, 200, 10);
    later.timeMs += laterMs;
    QVERIFY(history()->store()->record(later) > 0);
}

// The History tab reads as the job's history: when, its last build and health (a change from
// the fetch before in bold, and said in words), then how the fetch went, under "Fetch".
void TestHistoryIntegration::historyShowsTheJobBeforeTheFetch()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetchDemoJob(demo.id));
    recordChangedSnapshot([](JobInfo &job) {
        job.lastBuildStatus = u"failed"_qs;
        job.healthScore = 40;
    });
    HistoryView *view = showHistoryOfAllJobs();
    view->refresh();
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 2);

    QHeaderView *header = table->horizontalHeader();
    QStringList order;
    for (int visual = 0; visual < header->count(); ++visual)
        order << table->model()->headerData(header->logicalIndex(visual), Qt::Horizontal).toString();
    QCOMPARE(order.mid(0, 6), (QStringList{u"Time"_qs, u"Job name"_qs, u"Last build"_qs, u"Health"_qs, u"Fetch"_qs,
                                           u"HTTP"_qs}));

    // The newest entry: "Failed (was Success)", "40 (was 92)", in bold; the older one plain.
    const QModelIndex changedState = table->model()->index(0, HistoryModel::StateColumn);
    const QModelIndex changedHealth = table->model()->index(0, HistoryModel::HealthColumn);
    const QModelIndex sameState = table->model()->index(1, HistoryModel::StateColumn);
    QCOMPARE(changedState.data().toString(), u"Failed (was Success)"_qs);
    QVERIFY(changedHealth.data().toString().startsWith(u"40 (was "_qs));
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.font = table->font();
    QStyledItemDelegate plain;
    for (const QModelIndex &changed : {changedState, changedHealth}) {
        QAbstractItemDelegate *delegate = table->itemDelegateForIndex(changed);
        QVERIFY(delegate->sizeHint(option, changed).width() > plain.sizeHint(option, changed).width());
    }
    QCOMPARE(table->itemDelegateForIndex(sameState)->sizeHint(option, sameState).width(),
             plain.sizeHint(option, sameState).width());
    // Each column has room for its words: a changed last build is never cut.
    QFont bold = table->font();
    bold.setBold(true);
    QVERIFY(table->columnWidth(HistoryModel::StateColumn)
            >= QFontMetrics(bold).horizontalAdvance(u"Running (was Success)"_qs));
    QVERIFY(table->columnWidth(HistoryModel::HealthColumn) >= QFontMetrics(bold).horizontalAdvance(changedHealth.data().toString()));

    // The outcome filter is the fetch's, by its label.
    auto *outcome = WindowFixture::child<QComboBox>(view, "historyOutcomeCombo");
    auto *outcomeLabel = WindowFixture::child<QLabel>(view, "historyOutcomeLabel");
    QCOMPARE(outcomeLabel->buddy(), outcome);
    QCOMPARE(outcomeLabel->text().remove(u'&'), u"Fetch:"_qs);
    QVERIFY(outcome->accessibleName().contains(u"fetch"));

    // One job chosen, its name and ID columns give their room to the job's history.
    QVERIFY(!table->isColumnHidden(HistoryModel::JobNameColumn));
    view->showJob(demo.id);
    QTRY_VERIFY(table->isColumnHidden(HistoryModel::JobNameColumn));
    QVERIFY(table->isColumnHidden(HistoryModel::JobIdColumn));
    view->showJob({});
    QTRY_VERIFY(!table->isColumnHidden(HistoryModel::JobNameColumn));
}

// Compare says what changed in the words of the form (permissions, statuses) and of the
// history's columns (last build, health), with the two fetches' last build and health on top.
void TestHistoryIntegration::compareSpeaksAsFormAndHistory()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetchDemoJob(demo.id));
    QCOMPARE(m_window->currentJob()->isExecute, std::optional<bool>(true));
    recordChangedSnapshot([](JobInfo &job) {
        job.isExecute = false;
        job.isManager = std::nullopt;
        job.lastBuildStatus = u"failed"_qs;
    });
    history()->historyAction()->trigger();
    HistoryView *view = history()->historyView();
    view->refresh();
    QTableView *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->selectAll();
    view->compareSelected();
    auto *dialog = m_window->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QMap<QString, QStringList> rows;
    for (int i = 0; i < dialog->changesList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->changesList()->topLevelItem(i);
        rows.insert(item->text(1), {item->text(2), item->text(3), item->toolTip(1)});
    }
    QCOMPARE(rows.value(u"Run"_qs), (QStringList{u"Allowed"_qs, u"Denied"_qs, u"is_execute"_qs}));
    QCOMPARE(rows.value(u"Manage"_qs), (QStringList{u"Allowed"_qs, u"Not given by the service"_qs, u"is_manager"_qs}));
    QCOMPARE(rows.value(u"Last build"_qs), (QStringList{u"Success"_qs, u"Failed"_qs, u"last_build_status"_qs}));
    for (const QString &label : rows.keys())
        QVERIFY2(!label.startsWith(u"is_"), qPrintable(label));
    auto *summary = WindowFixture::child<QLabel>(dialog, "compareSummary");
    QVERIFY2(summary->text().startsWith(u"Last build: Failed (was Success)"), qPrintable(summary->text()));
    dialog->close();
}

void TestHistoryIntegration::trendHasOnePointPerSuccessfulFetch()
{
    const QString jobId = DemoSandbox::demoJobs().first().id;
    for (int i = 0; i < 3; ++i)
        QVERIFY(fetchDemoJob(jobId));
    QCOMPARE(successesOf(jobId), 3);
    auto *trend = qobject_cast<TrendChartDialog *>(history()->showTrend(jobId));
    QVERIFY(trend);
    QCOMPARE(trend->healthSeries()->count(), 3);
    QCOMPARE(trend->buildOutcomeCount(), 3);
    // The service's build records of the last 30 days come next, over the same connection.
    QVERIFY(trend->recordsNote().contains(u"Loading"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(trend->buildRecordCount() > 0, 10'000);
    QVERIFY2(trend->recordsNote().startsWith(QString::number(trend->buildRecordCount())), qPrintable(trend->recordsNote()));
    trend->close();
    // Also from the Job menu, for the job shown.
    QVERIFY(history()->trendAction()->isEnabled());
    history()->trendAction()->trigger();
    QVERIFY(m_window->findChild<TrendChartDialog *>());
}

// The trend's legend names every series in full, in the dialog's own size ("Last buil…" was
// what the chart's legend made of them).
void TestHistoryIntegration::trendLegendIsNeverCut()
{
    const QString jobId = DemoSandbox::demoJobs().first().id;
    QVERIFY(fetchDemoJob(jobId));
    QVERIFY(fetchDemoJob(jobId));
    auto *trend = qobject_cast<TrendChartDialog *>(history()->showTrend(jobId));
    QVERIFY(trend);
    QVERIFY(QTest::qWaitForWindowExposed(trend));
    QTRY_VERIFY_WITH_TIMEOUT(trend->buildRecordCount() > 0, 10'000);
    QCOMPARE(trend->legendEntries(),
             (QStringList{u"Health score"_qs, u"Last build succeeded"_qs, u"Last build failed"_qs,
                          u"Other build status"_qs, u"Build succeeded"_qs, u"Build failed"_qs,
                          u"Build aborted or other"_qs}));
    QTest::qWait(50);   // laid out with the records' line
    for (const QLabel *entry : trend->legend()->findChildren<QLabel *>(u"trendLegendEntry"_qs)) {
        QVERIFY2(entry->isVisible(), qPrintable(entry->text()));
        QVERIFY2(entry->width() >= entry->fontMetrics().horizontalAdvance(entry->text()), qPrintable(entry->text()));
        QVERIFY2(trend->rect().contains(QRect(entry->mapTo(trend, QPoint()), entry->size())), qPrintable(entry->text()));
    }
    trend->close();
}

// Not a check: with INSPECTOR_SCREENSHOT_DIR set, saves the window with both panels, the
// compare dialog and the trend chart as PNG files, to look at them.
void TestHistoryIntegration::screenshots()
{
    const QString dir = qEnvironmentVariable("INSPECTOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("INSPECTOR_SCREENSHOT_DIR not set");
    m_window->resize(1200, 780);
    const QList<DemoSandbox::DemoJob> &jobs = DemoSandbox::demoJobs();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(fetchDemoJob(jobs.at(i).id));
        history()->starAction()->trigger();
    }
    fetchDemoJob(QString::fromLatin1(DemoSandbox::TroubleJobs::serverError));
    // A job whose health moved over two weeks, for the chart.
    JobInfo job = JobInfo::fromJson(jobs.first().result);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int scores[] = {88, 91, 74, 52, 60, 81, 95, 92};
    for (int i = 0; i < 8; ++i) {
        job.healthScore = scores[i];
        job.lastBuildStatus = scores[i] < 70 ? QStringLiteral("failed") : QStringLiteral("success");
        HistoryEntry entry = HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 20 + i);
        entry.timeMs = now - qint64(8 - i) * 36 * 3600 * 1000;
        history()->store()->record(entry);
    }
    QVERIFY(fetchDemoJob(jobs.first().id));
    showHistoryOfAllJobs()->refresh();
    QTableView *table = history()->historyView()->table();
    QTRY_VERIFY(!history()->historyModel()->isLoading());
    table->selectRow(0);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/history-window.png")));
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/history-reopened.png")));
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    history()->historyView()->compareSelected();
    auto *compare = m_window->findChild<CompareDialog *>();
    QVERIFY(compare);
    QTest::qWait(100);
    QVERIFY(compare->grab().save(dir + QStringLiteral("/history-compare.png")));
    QDialog *trend = history()->showTrend(jobs.first().id);
    QTest::qWait(300);
    QVERIFY(trend->grab().save(dir + QStringLiteral("/history-trend.png")));
}

QTEST_MAIN(TestHistoryIntegration)
#include "tst_historyintegration.moc"
