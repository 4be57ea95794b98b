#include "api/buildrecords.h"
#include "api/jobinfo.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "history/historyintegration.h"
#include "history/trendchart.h"
#include "job/errorbanner.h"
#include "job/jobformview.h"
#include "job/statusbadge.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "ui/windowfixture.h"
#include "watch/watchstate.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

// One truth in the demo, through the real window: every demo job that answers and every watch
// job the user guide names is opened on the Overview, then on its Builds tab, then in the
// Trend, and what the three say of its builds is compared. tst_demoagreement checks the same of
// the sandbox's answers; this checks that the window shows them as they are.
class TestDemoWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTabSaysTheSame_data();
    void everyTabSaysTheSame();

private:
    // What the three tabs showed of one job, and when the walk began and ended (wall clock).
    struct Walk
    {
        QString lastBuildStatus;                 // the Overview's badge, as the service sent it
        QString runningText;                     // the Overview's running status, as shown
        std::optional<qint64> lastBuildTimeMs;   // the Overview's last build time
        QList<BuildRecord> listed;               // the Builds tab's list, in its order
        QList<BuildRecord> trend;                // the Trend's build records
        qint64 trendSinceMs = 0;                 // the oldest start the Trend asked for
        qint64 startMs = 0;
        qint64 endMs = 0;
        // Whether a listed build started or ended while the walk went on.
        bool buildsMoved() const;
    };

    // Opens the job on the Overview, its Builds tab and its Trend, and reads what each says.
    void walk(const QString &jobId, Walk *walk);
    void readOverview(const QString &jobId, Walk *walk);
    void readBuilds(const QString &jobId, Walk *walk);
    void readTrend(const QString &jobId, Walk *walk);
    // Where the tabs disagree; empty when they agree.
    static QStringList disagreements(const QString &jobId, const Walk &walk);
    // The window and the open trend must never say a job was not found.
    void verifyNoNotFound(const QWidget *widget) const;

    template <typename T>
    T *child(const char *name) const { return WindowFixture::child<T>(m_window.get(), name); }

    std::unique_ptr<MainWindow> m_window;
    QPointer<TrendChartDialog> m_trend;
};

namespace {

// What a build record's result says of the job, in the watch's states (as the Overview's last
// build status is read), running included.
JobState stateOf(const BuildRecord &record)
{
    JobInfo job;
    job.lastBuildStatus = record.result;
    return WatchState::fromJob(job);
}

JobState stateOfStatus(const QString &lastBuildStatus)
{
    JobInfo job;
    job.lastBuildStatus = lastBuildStatus;
    return WatchState::fromJob(job);
}

QString describe(const BuildRecord &record)
{
    return u"#"_qs + QString::number(record.number) + u' ' + record.result + u" started "_qs
        + QString::number(record.startTimeMs.value_or(0));
}

const BuildRecord *findNumber(const QList<BuildRecord> &records, int number)
{
    const auto found = std::find_if(records.cbegin(), records.cend(),
                                    [number](const BuildRecord &record) { return record.number == number; });
    return found == records.cend() ? nullptr : &*found;
}

} // namespace

void TestDemoWalk::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_demowalk"));
    qRegisterMetaType<TrendChartDialog *>();   // for the spy on trendShown
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::Activated | WindowFixture::HistoryReady));
    QVERIFY(m_window->connection()->demoSandbox());
}

void TestDemoWalk::cleanupTestCase()
{
    if (m_trend)
        m_trend->close();
    m_window.reset();
    AppSettings::open()->clear();
}

void TestDemoWalk::everyTabSaysTheSame_data()
{
    QTest::addColumn<QString>("jobId");
    // The watch jobs of the user guide's table first: the expiring token's answers end 90 s
    // after the sandbox started.
    QStringList watchJobs = DemoWatchJobs::ids();
    watchJobs.move(watchJobs.indexOf(QLatin1String(DemoWatchJobs::expiringToken)), 0);
    for (const QString &id : std::as_const(watchJobs))
        QTest::newRow(qPrintable(u"watch "_qs + id)) << id;
    // The demo jobs that answer ShowJobInfo with a job, at once.
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.httpStatus == 200 && demo.delayMs == 0 && !demo.result.isEmpty())
            QTest::newRow(qPrintable(demo.result.value(u"job_name").toString())) << demo.id;
    }
}

void TestDemoWalk::everyTabSaysTheSame()
{
    QFETCH(QString, jobId);
    Walk first;
    walk(jobId, &first);
    if (QTest::currentTestFailed())
        return;
    QStringList found = disagreements(jobId, first);
    // A build that starts or ends between two reads changes what the later one says: then the
    // whole walk is read once more, and must agree.
    if (!found.isEmpty() && first.buildsMoved()) {
        qInfo("%s: a build started or ended during the walk (%s); walking again", qPrintable(jobId),
              qPrintable(found.join(u"; ")));
        Walk again;
        walk(jobId, &again);
        if (QTest::currentTestFailed())
            return;
        found = disagreements(jobId, again);
    }
    QVERIFY2(found.isEmpty(), qPrintable(jobId + u": "_qs + found.join(u"; ")));
}

void TestDemoWalk::walk(const QString &jobId, Walk *walk)
{
    walk->startMs = QDateTime::currentMSecsSinceEpoch();
    readOverview(jobId, walk);
    if (QTest::currentTestFailed())
        return;
    readBuilds(jobId, walk);
    if (QTest::currentTestFailed())
        return;
    readTrend(jobId, walk);
    walk->endMs = QDateTime::currentMSecsSinceEpoch();
}

void TestDemoWalk::readOverview(const QString &jobId, Walk *walk)
{
    m_window->jobTabs()->setCurrentIndex(0);
    auto *edit = child<QLineEdit>("jobIdEdit");
    QVERIFY(edit);
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, jobId);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!fetched.isEmpty() || fetched.wait(10'000));
    QVERIFY2(fetched.constLast().at(0).toBool(), qPrintable(child<ErrorBanner>("errorBanner")->message()));
    QVERIFY(!child<ErrorBanner>("errorBanner")->isVisible());
    verifyNoNotFound(m_window.get());
    const std::optional<JobInfo> &job = m_window->currentJob();
    QVERIFY(job && job->id == jobId);

    walk->lastBuildStatus = child<StatusBadge>("lastBuildBadge")->status();
    walk->runningText = child<QLabel>("runningStatusValue")->text();
    walk->lastBuildTimeMs = job->lastBuildTimeMs;
    // The badge and the time label show what the job says.
    QCOMPARE(walk->lastBuildStatus, job->lastBuildStatus);
    if (job->lastBuildTimeMs)
        QCOMPARE(child<QLabel>("lastBuildTimeValue")->text(), JobFormView::formatDateTime(*job->lastBuildTimeMs, QLocale()));
}

void TestDemoWalk::readBuilds(const QString &jobId, Walk *walk)
{
    const QWidget *before = m_window->jobTabs()->widget(1);
    m_window->jobTabs()->setCurrentIndex(1);
    auto *page = qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->jobId(), jobId);
    BuildsPanel *panel = page->panel();
    // The records are asked for on the next turn of the event loop; a page kept for the same job
    // (a second walk) is refreshed, as the user would.
    QSignalSpy loaded(panel, &BuildsPanel::recordsLoaded);
    if (page == before)
        panel->refresh();
    QVERIFY2(loaded.wait(15'000) || !loaded.isEmpty(), qPrintable(panel->messageLabel()->text()));
    verifyNoNotFound(m_window.get());

    QStandardItemModel *model = panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const int number = model->item(row, BuildsPanel::BuildColumn)->data(Qt::UserRole).toInt();
        const BuildRecord *record = findNumber(panel->records(), number);
        QVERIFY(record);
        QCOMPARE(model->item(row, BuildsPanel::ResultColumn)->data(Qt::UserRole).toString(), record->result);
        QCOMPARE(model->item(row, BuildsPanel::ResultColumn)->text(), BuildsPanel::resultText(record->result));
        walk->listed.append(*record);
    }
    // Newest first.
    for (qsizetype i = 1; i < walk->listed.size(); ++i)
        QVERIFY2(walk->listed.at(i).number < walk->listed.at(i - 1).number, qPrintable(describe(walk->listed.at(i))));
}

void TestDemoWalk::readTrend(const QString &jobId, Walk *walk)
{
    if (m_trend)
        m_trend->close();
    QSignalSpy shown(m_window->history(), &HistoryIntegration::trendShown);
    QAction *trend = m_window->history()->trendAction();
    QVERIFY(trend->isEnabled());
    const QDateTime now = QDateTime::currentDateTime();
    trend->trigger();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().at(1).toString(), jobId);
    m_trend = shown.constFirst().at(0).value<TrendChartDialog *>();
    QVERIFY(m_trend);
    // The records are being loaded, and the note says so until they are in.
    const QString loading = m_trend->recordsNote();
    QVERIFY(!loading.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_trend->recordsNote() != loading, 15'000);
    verifyNoNotFound(m_trend);
    walk->trend = m_trend->buildRecords();
    walk->trendSinceMs = TrendChartDialog::recordsSince(m_trend->points(), now).toMSecsSinceEpoch();
    // A job with builds has them in the Trend; one without says it has none.
    QVERIFY2(!walk->trend.isEmpty() || m_trend->buildRecordCount() == 0, qPrintable(m_trend->recordsNote()));
    QVERIFY2(!walk->trend.isEmpty() || !m_trend->recordsNote().isEmpty(), qPrintable(jobId));
}

QStringList TestDemoWalk::disagreements(const QString &jobId, const Walk &walk)
{
    QStringList found;
    if (walk.listed.isEmpty() || walk.trend.isEmpty()) {
        // Every job walked here has builds (tst_demoagreement); the Builds tab and the Trend must
        // show them.
        return {u"Builds listed %1, in the Trend %2"_qs.arg(walk.listed.size()).arg(walk.trend.size())};
    }
    const BuildRecord &newest = walk.listed.constFirst();

    // The Overview's last build is the newest listed: its result (running while it runs)...
    if (stateOfStatus(walk.lastBuildStatus) != stateOf(newest))
        found << u"Overview's last build %1, the Builds tab's newest %2"_qs.arg(walk.lastBuildStatus, describe(newest));
    // ...its running status...
    const bool overviewRunning = walk.runningText.startsWith(JobFormView::runningStatusText(u"Running"_qs));
    if (overviewRunning != newest.isRunning())
        found << u"Overview's running status \"%1\", the Builds tab's newest %2"_qs.arg(walk.runningText, describe(newest));
    // ...and its start (the disabled demo job shows off a ShowJobInfo without times).
    const std::optional<DemoJob> demo = DemoJobs::find(jobId);
    if (demo && demo->plan.missingTimes) {
        if (walk.lastBuildTimeMs)
            found << u"Overview has a last build time the service did not send"_qs;
    } else if (walk.lastBuildTimeMs != newest.startTimeMs) {
        found << u"Overview's last build time %1, the Builds tab's newest %2"_qs
                     .arg(walk.lastBuildTimeMs.value_or(0))
                     .arg(describe(newest));
    }

    // The Trend has the builds the Builds tab lists, as far back as it asked (a minute's margin
    // for the time between the two reads), and the same newest build.
    for (const BuildRecord &record : walk.listed) {
        if (record.startTimeMs.value_or(0) < walk.trendSinceMs + 60'000)
            continue;
        const BuildRecord *inTrend = findNumber(walk.trend, record.number);
        if (!inTrend)
            found << u"Builds tab's %1 is not in the Trend"_qs.arg(describe(record));
        else if (inTrend->startTimeMs != record.startTimeMs || stateOf(*inTrend) != stateOf(record))
            found << u"Builds tab's %1 is %2 in the Trend"_qs.arg(describe(record), describe(*inTrend));
    }
    const auto newestInTrend = std::max_element(walk.trend.cbegin(), walk.trend.cend(),
                                                [](const BuildRecord &a, const BuildRecord &b) { return a.number < b.number; });
    if (newestInTrend->number != newest.number)
        found << u"Trend's newest %1, the Builds tab's %2"_qs.arg(describe(*newestInTrend), describe(newest));
    return found;
}

bool TestDemoWalk::Walk::buildsMoved() const
{
    // A second of margin: the service's times and this clock are read at different moments.
    const auto during = [this](qint64 ms) { return ms >= startMs - 1'000 && ms <= endMs + 1'000; };
    for (const QList<BuildRecord> *records : {&listed, &trend}) {
        for (const BuildRecord &record : *records) {
            if (!record.startTimeMs)
                continue;
            if (during(*record.startTimeMs))
                return true;
            if (!record.isRunning() && record.durationMs && during(*record.startTimeMs + *record.durationMs))
                return true;
        }
    }
    return false;
}

void TestDemoWalk::verifyNoNotFound(const QWidget *widget) const
{
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(u"No job with this ID was found"_qs), qPrintable(label->objectName()));
    }
}

QTEST_MAIN(TestDemoWalk)
#include "tst_demowalk.moc"
