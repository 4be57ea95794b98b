#include "api/buildclient.h"
#include "builds/buildlogpane.h"
#include "builds/buildsaccessibility.h"
#include "builds/buildspanel.h"
#include "builds/logview.h"
#include "logs/buildlogfetch.h"
#include "platform/appsettings.h"
#include "platform/plaintext.h"
#include "builds/rundialog.h"
#include "credentials/credentialprovider.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "widgets/elidedlabel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QChartView>
#include <QHeaderView>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

JobInfo demoJob(const QString &id)
{
    for (const DemoJob &job : DemoSandbox::demoJobs()) {
        if (job.id == id)
            return JobInfo::fromJson(job.result);
    }
    qFatal("no such demo job");
}

// Answers the modal dialogs that open next, in order, as a user would.
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(QList<std::function<void(QWidget *)>> handlers) : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_handlers.isEmpty())
                return;
            m_last = modal;
            m_handlers.takeFirst()(modal);
        });
        m_timer.start(20);
    }
    bool done() const { return m_handlers.isEmpty(); }

private:
    QList<std::function<void(QWidget *)>> m_handlers;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

} // namespace

// The Builds panel against the demo sandbox: records, chart, steps, and the guarded actions.
class TestBuildsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsTableChartAndSummary();
    void selectingABuildShowsItsSteps();
    void showBuildSelectsItNowOrWhenTheRecordsCome();
    void runIsDisabledWithoutExecutePermission();
    void reloadKeepsTheSelectionAndTakesTheNewPermissions();
    void runConfirmationDefaultsToCancel();
    void runStartsAndFollowsTheBuild();
    void runDialogOffersTheJobsParametersAndBranch();
    void runDialogTurnsTheBranchOffForAJobWithoutABranchParameter();
    void throttledRunIsSentOnce();
    void stopOnlyForARunningBuildAndConfirmed();
    void followToggle();
    void permissionExplainer();
    void consolePage();
    void failedRowSaysWhyAndOpensItsLog();
    void showLogWaitsForTheRecordsAndTheLog();
    void summariesOnlyForTheRowsInSight();
    void logIsReadOnlyWhenShownAndCancelledForAnotherBuild();
    void stepsGetHalfTheRoomUnderTheList();
    void chartCanBeHiddenAndStaysSo();
    void columnsFitTheirContent();
    void stepsAreListedToAScreenReader();
    void chartIsSummedUpAndTableNamed();
    void durationsSummary();
    void resultsInTheUiLanguage();

private:
    int newestFailed(BuildsPanel &panel);
    void load(BuildsPanel &panel, const QString &jobId);
    int rowOf(BuildsPanel &panel, bool running);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
    std::unique_ptr<BuildClient> m_client;
};

void TestBuildsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::open()->clear();
    m_sandbox.builds().setRunDurationScale(0.02);
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    m_client->setOptions(options);
}

void TestBuildsPanel::load(BuildsPanel &panel, const QString &jobId)
{
    QSignalSpy loaded(&panel, &BuildsPanel::recordsLoaded);
    panel.setJob(demoJob(jobId), m_client.get());
    QVERIFY(loaded.wait(20'000));
}

int TestBuildsPanel::rowOf(BuildsPanel &panel, bool running)
{
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        if ((panel.model()->item(row, 2)->data(Qt::UserRole).toString() == u"running") == running)
            return row;
    }
    return -1;
}

void TestBuildsPanel::recordsTableChartAndSummary()
{
    BuildsPanel panel;
    load(panel, DemoSandbox::firstJobId());
    QVERIFY(panel.records().size() > 2 * 89); // 90 days
    QVERIFY(panel.model()->rowCount() > 2 * 29); // the 30 days shown
    QCOMPARE(panel.model()->columnCount(), int(BuildsPanel::ColumnCount));
    QVERIFY(panel.chartPointCount() > 0);
    QVERIFY(panel.chartPointCount() <= panel.model()->rowCount());
    QCOMPARE(panel.summaryLabel()->fullText().count(u'%'), 3);
    QCOMPARE(panel.model()->item(0, BuildsPanel::CommitColumn)->text().size(), 8); // short commit
}

void TestBuildsPanel::selectingABuildShowsItsSteps()
{
    BuildsPanel panel;
    load(panel, QLatin1String(DemoBuilds::failingJob));
    panel.selectBuild(0); // the newest: failed, as the job says
    QTRY_COMPARE_WITH_TIMEOUT(panel.timeline()->steps().size(), 6, 10'000);
    int failed = -1;
    for (qsizetype i = 0; i < panel.timeline()->steps().size(); ++i)
        failed = panel.timeline()->steps().at(i).failed() ? int(i) : failed;
    QCOMPARE(failed, 3);
}

void TestBuildsPanel::showBuildSelectsItNowOrWhenTheRecordsCome()
{
    BuildsPanel first;
    load(first, DemoSandbox::firstJobId());
    QVERIFY(first.records().size() > 3);
    const int target = first.records().at(3).number;
    // Before the records come: remembered, then selected.
    BuildsPanel panel;
    QSignalSpy loaded(&panel, &BuildsPanel::recordsLoaded);
    panel.setJob(demoJob(DemoSandbox::firstJobId()), m_client.get());
    panel.showBuild(target);
    QVERIFY(loaded.wait(20'000));
    const QModelIndex current = panel.table()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(panel.model()->item(current.row(), 0)->data(Qt::UserRole).toInt(), target);
    // Later, at once.
    const int newest = panel.records().first().number;
    panel.showBuild(newest);
    QCOMPARE(panel.model()->item(panel.table()->selectionModel()->currentIndex().row(), 0)->data(Qt::UserRole).toInt(),
             newest);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.timeline()->steps().isEmpty(), 10'000);
}

void TestBuildsPanel::runIsDisabledWithoutExecutePermission()
{
    BuildsPanel panel;
    const QString legacy = QLatin1String(DemoBuilds::legacyJob);
    load(panel, legacy);
    QVERIFY(!panel.runAction()->isEnabled());
    QVERIFY(panel.runAction()->toolTip().contains(u"Run permission: Denied"));
    QVERIFY(!panel.stopAction()->isEnabled());
    const int before = m_sandbox.builds().executeRequests(legacy);
    panel.runBuild(); // the guard holds even when called directly
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.builds().executeRequests(legacy), before);
}

void TestBuildsPanel::reloadKeepsTheSelectionAndTakesTheNewPermissions()
{
    BuildsPanel panel;
    const QString job = DemoSandbox::firstJobId();
    load(panel, job);
    QVERIFY(panel.runAction()->isEnabled());
    const int row = qMin(3, panel.model()->rowCount() - 1);
    panel.selectBuild(row);
    const int selected = panel.selectedBuild();
    QVERIFY(selected > 0);

    JobInfo withoutRun = demoJob(job);
    withoutRun.isExecute = false;
    const int before = m_sandbox.requestCount();
    QSignalSpy loaded(&panel, &BuildsPanel::recordsLoaded);
    panel.reload(withoutRun);
    QVERIFY(!panel.runAction()->isEnabled());   // at once, before the records come
    QVERIFY(loaded.wait(20'000));
    QVERIFY(m_sandbox.requestCount() > before);   // the records were read again
    QCOMPARE(panel.selectedBuild(), selected);
    QVERIFY(!panel.runAction()->isEnabled());
}

void TestBuildsPanel::runConfirmationDefaultsToCancel()
{
    BuildsPanel panel;
    load(panel, DemoSandbox::firstJobId());
    QVERIFY(panel.runAction()->isEnabled());
    const int before = m_sandbox.builds().executeRequests(DemoSandbox::firstJobId());
    QString defaultRole;
    ModalAnswerer answers({
        [](QWidget *dialog) { QVERIFY(qobject_cast<RunDialog *>(dialog)); static_cast<QDialog *>(dialog)->accept(); },
        [&defaultRole](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            defaultRole = box->buttonRole(box->defaultButton()) == QMessageBox::RejectRole ? u"reject"_qs : u"other"_qs;
            QTest::keyClick(box, Qt::Key_Return); // Enter takes the default
        },
    });
    panel.runAction()->trigger();
    QVERIFY(answers.done());
    QCOMPARE(defaultRole, u"reject"_qs);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.builds().executeRequests(DemoSandbox::firstJobId()), before);
}

void TestBuildsPanel::runStartsAndFollowsTheBuild()
{
    BuildsPanel panel;
    panel.setFollowIntervalMs(100);
    load(panel, DemoSandbox::firstJobId());
    const QString job = DemoSandbox::firstJobId();
    const int before = m_sandbox.builds().executeRequests(job);
    QSignalSpy started(&panel, &BuildsPanel::runStarted);
    QSignalSpy ended(&panel, &BuildsPanel::followedBuildFinished);
    ModalAnswerer answers({
        [](QWidget *dialog) {
            auto *run = qobject_cast<RunDialog *>(dialog);
            QTRY_VERIFY(run->isLoaded());
            run->setParameter(u"BUILD_ENV"_qs, u"production"_qs);
            run->setRef(RunDialog::Branch, u"release/2.4"_qs);
            run->accept();
        },
        [](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            buttonWithRole(box, QMessageBox::AcceptRole)->click();
        },
    });
    // At once, before the records are asked again: the new build heads the list, running,
    // selected and stoppable, and the window hears of it.
    QSignalSpy toldTheWindow(&panel, &BuildsPanel::buildStarted);
    struct AtOnce
    {
        int number = 0;
        int listed = 0;
        QString result;
        int selected = 0;
        bool stoppable = false;
    } atOnce;
    connect(&panel, &BuildsPanel::runStarted, this, [&](int number) {
        atOnce = {number, panel.model()->item(0, BuildsPanel::BuildColumn)->data(Qt::UserRole).toInt(),
                  panel.model()->item(0, BuildsPanel::ResultColumn)->data(Qt::UserRole).toString(), panel.selectedBuild(),
                  panel.stopAction()->isEnabled()};
    });
    panel.runAction()->trigger();
    QVERIFY(started.wait(10'000));
    QVERIFY(atOnce.number > 0);
    QCOMPARE(atOnce.listed, atOnce.number);
    QCOMPARE(atOnce.result, u"running"_qs);
    QCOMPARE(atOnce.selected, atOnce.number);
    QVERIFY(atOnce.stoppable);
    QCOMPARE(toldTheWindow.size(), 1);
    QCOMPARE(toldTheWindow.first().at(0).toString(), job);
    QCOMPARE(toldTheWindow.first().at(1).toInt(), atOnce.number);
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1);
    // Its steps come while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.timeline()->steps().isEmpty(), 10'000);
    // The branch goes to the job's branch parameter (its configuration names codeBranch).
    const QJsonObject body = m_sandbox.builds().lastExecuteBody();
    QVERIFY(!body.contains(u"scm"));
    QCOMPARE(body[u"parameter"][0][u"value"].toString(), u"production"_qs);
    QCOMPARE(body[u"parameter"][1][u"name"].toString(), u"codeBranch"_qs);
    QCOMPARE(body[u"parameter"][1][u"value"].toString(), u"release/2.4"_qs);
    QVERIFY(!ended.isEmpty() || ended.wait(20'000));
    QCOMPARE(ended.first().first().toString(), u"success"_qs);
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1); // never again on its own
    const auto stillRunning = [&panel] {
        const QList<BuildStep> &steps = panel.timeline()->steps();
        return steps.isEmpty() || std::any_of(steps.begin(), steps.end(), [](const BuildStep &step) {
            return step.status == u"running";
        });
    };
    QTRY_VERIFY(!stillRunning());
    QTRY_COMPARE(panel.model()->item(panel.table()->currentIndex().row(), BuildsPanel::ResultColumn)->data(Qt::UserRole).toString(),
                 u"success"_qs);
    QCOMPARE(panel.selectedBuild(), atOnce.number);
}

void TestBuildsPanel::runDialogOffersTheJobsParametersAndBranch()
{
    RunDialog dialog(m_client.get(), DemoSandbox::firstJobId());
    QSignalSpy loaded(&dialog, &RunDialog::loaded);
    QVERIFY(loaded.wait(10'000));
    // The job's parameters with their defaults; the branch parameter is the Build choice's.
    auto *table = dialog.findChild<QTableWidget *>();
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    QVERIFY2(names.contains(u"BUILD_ENV"_qs), qPrintable(names.join(u", ")));
    QVERIFY(!names.contains(u"codeBranch"_qs));
    const int env = int(names.indexOf(u"BUILD_ENV"_qs));
    auto *choices = qobject_cast<QComboBox *>(table->cellWidget(env, 1));
    QVERIFY(choices); // a choice parameter offers its choices
    QVERIFY(choices->count() >= 2);
    QVERIFY(!(table->item(env, 0)->flags() & Qt::ItemIsEditable));
    // Nothing changed: nothing to send, the job's defaults apply.
    QVERIFY(dialog.request().parameters.isEmpty());
    // The branch is prefilled with the job's own.
    QVERIFY(dialog.branchAvailable());
    dialog.setRef(RunDialog::Branch, {});
    auto *ref = dialog.findChild<QLineEdit *>();
    QCOMPARE(ref->text(), dialog.config().defaultBranch());
    QVERIFY(!ref->text().isEmpty());
    ref->setText(u"develop"_qs);
    const RunRequest request = dialog.request();
    QCOMPARE(request.parameter(u"codeBranch"_qs), u"develop"_qs);
    QVERIFY(request.whyInvalid().isEmpty());
}

void TestBuildsPanel::runDialogTurnsTheBranchOffForAJobWithoutABranchParameter()
{
    const QString noBranchParameter = u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs; // integration-tests-full
    RunDialog dialog(m_client.get(), noBranchParameter);
    QSignalSpy loaded(&dialog, &RunDialog::loaded);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!dialog.config().branchParameter());
    QVERIFY(!dialog.branchAvailable());
    QVERIFY(dialog.branchUnavailableReason().contains(u"no branch parameter"));
    auto *kinds = dialog.findChild<QComboBox *>();
    const auto *items = qobject_cast<QStandardItemModel *>(kinds->model());
    QVERIFY(!items->item(RunDialog::Branch)->isEnabled());
    dialog.setRef(RunDialog::Branch, u"develop"_qs);
    QVERIFY(dialog.branch().isEmpty()); // the choice cannot be taken
    QVERIFY(dialog.request().parameters.isEmpty());
    // The reason is on screen, not only in a tooltip.
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->isVisibleTo(&dialog) && label->text().contains(u"no branch parameter"));
    QVERIFY(shown);
}

void TestBuildsPanel::throttledRunIsSentOnce()
{
    BuildsPanel panel;
    const QString job = QLatin1String(DemoBuilds::throttledJob);
    load(panel, job);
    const int before = m_sandbox.builds().executeRequests(job);
    QSignalSpy finished(&panel, &BuildsPanel::actionFinished);
    ModalAnswerer answers({
        [](QWidget *dialog) { static_cast<QDialog *>(dialog)->accept(); },
        [](QWidget *dialog) { buttonWithRole(qobject_cast<QMessageBox *>(dialog), QMessageBox::AcceptRole)->click(); },
    });
    panel.runAction()->trigger();
    QVERIFY(finished.wait(10'000));
    QVERIFY(panel.messageLabel()->text().contains(u"Too many requests"));
    QTest::qWait(300);
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1);
}

void TestBuildsPanel::stopOnlyForARunningBuildAndConfirmed()
{
    BuildsPanel panel;
    const QString job = QLatin1String(DemoBuilds::runningJob);
    load(panel, job);
    const int finishedRow = rowOf(panel, false);
    const int runningRow = rowOf(panel, true);
    QVERIFY(finishedRow >= 0 && runningRow >= 0);
    panel.selectBuild(finishedRow);
    QVERIFY(!panel.stopAction()->isEnabled());
    panel.selectBuild(runningRow);
    QVERIFY(panel.stopAction()->isEnabled());

    const int before = m_sandbox.builds().stopRequests(job);
    bool safeDefault = false;
    ModalAnswerer cancel({[&safeDefault](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        safeDefault = box->buttonRole(box->defaultButton()) == QMessageBox::RejectRole;
        box->defaultButton()->click();
    }});
    panel.stopAction()->trigger();
    QVERIFY(safeDefault);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.builds().stopRequests(job), before);

    QSignalSpy finished(&panel, &BuildsPanel::actionFinished);
    ModalAnswerer confirm({[](QWidget *dialog) {
        buttonWithRole(qobject_cast<QMessageBox *>(dialog), QMessageBox::AcceptRole)->click();
    }});
    panel.stopAction()->trigger();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_sandbox.builds().stopRequests(job), before + 1);
    QVERIFY(panel.messageLabel()->text().contains(u"stopped"));
}

void TestBuildsPanel::followToggle()
{
    BuildsPanel panel;
    const QString job = DemoSandbox::firstJobId();
    load(panel, job);
    QVERIFY(panel.followAction()->isChecked()); // the first job is a favorite
    QSignalSpy finished(&panel, &BuildsPanel::actionFinished);
    panel.followAction()->trigger();
    QVERIFY(finished.wait(10'000));
    QVERIFY(!panel.followAction()->isChecked());
    QCOMPARE(m_sandbox.builds().withLiveState(job, {})[u"favorite"].toBool(true), false);
    panel.followAction()->trigger();
    QVERIFY(finished.wait(10'000));
    QVERIFY(panel.followAction()->isChecked());
}

void TestBuildsPanel::permissionExplainer()
{
    const QStringList all = BuildsPanel::permissionExplanations(demoJob(DemoSandbox::firstJobId()));
    QCOMPARE(all.size(), 7);
    for (const QString &line : all)
        QVERIFY(line.contains(u"(Allowed)"));
    const QStringList few = BuildsPanel::permissionExplanations(demoJob(QLatin1String(DemoBuilds::legacyJob)));
    QCOMPARE(few.size(), 7);
    QVERIFY(few.at(0).startsWith(u"View (Allowed)"));
    QVERIFY(few.at(1).startsWith(u"Run (Denied)"));
    QVERIFY(few.at(1).contains(u"project manager"));
}

void TestBuildsPanel::consolePage()
{
    QCOMPARE(BuildClient::consolePageUrl(QUrl(u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs),
                                         DemoSandbox::firstJobId()).host(),
             u"devcloud.cn-north-4.huaweicloud.com"_qs);
    QVERIFY(BuildClient::consolePageUrl(m_sandbox.baseUrl(), DemoSandbox::firstJobId()).isEmpty());
    BuildsPanel panel;
    load(panel, DemoSandbox::firstJobId());
    QVERIFY(!panel.browserAction()->isEnabled());
}

int TestBuildsPanel::newestFailed(BuildsPanel &panel)
{
    for (const BuildRecord &record : panel.records()) {
        if (record.result == u"failure")
            return record.number;
    }
    return 0;
}

// "Failed at <step>: <error line>" on the row, and on the banner with Show Log, which opens the
// log at that line.
void TestBuildsPanel::failedRowSaysWhyAndOpensItsLog()
{
    BuildsPanel panel;
    panel.resize(1000, 700);
    panel.show();
    load(panel, QLatin1String(DemoBuilds::failingJob));
    const int failed = newestFailed(panel);
    QVERIFY(failed > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.failureText(failed).isEmpty(), 20'000);
    const QString why = panel.failureText(failed);
    QVERIFY2(why.startsWith(u"Failed at Run unit tests: "_qs), qPrintable(why));
    int row = -1;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        row = panel.model()->item(r, BuildsPanel::BuildColumn)->data(Qt::UserRole).toInt() == failed ? r : row;
    QCOMPARE(panel.model()->item(row, BuildsPanel::FailureColumn)->text(), why);
    QCOMPARE(panel.model()->item(row, BuildsPanel::ResultColumn)->toolTip(), PlainText::toolTip(why));
    // Successful builds say nothing of the kind.
    for (const BuildRecord &record : panel.records()) {
        if (record.result == u"success")
            QVERIFY(panel.failureText(record.number).isEmpty());
    }

    panel.selectBuild(row);
    QVERIFY(panel.failureLabel()->isVisible());
    QVERIFY(panel.failureLabel()->fullText().contains(why));
    QCOMPARE(panel.failureLabel()->textFormat(), Qt::PlainText);
    QVERIFY(panel.detailsTabs()->currentWidget() != panel.logPane());
    QSignalSpy loaded(panel.logPane(), &BuildLogPane::loaded);
    panel.showLogButton()->click();
    QCOMPARE(panel.detailsTabs()->currentWidget(), panel.logPane());
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(panel.logPane()->buildNumber(), failed);
    const std::optional<qsizetype> line = panel.logPane()->failureLine();
    QVERIFY(line);
    QCOMPARE(panel.logPane()->view()->markedLine(), *line);
    // The row's error line is the log's.
    QVERIFY(why.contains(panel.logPane()->view()->text().line(*line).toString().simplified()));
    // A successful build has no banner.
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        if (panel.model()->item(r, BuildsPanel::ResultColumn)->data(Qt::UserRole).toString() == u"success") {
            panel.selectBuild(r);
            break;
        }
    }
    QVERIFY(!panel.failureLabel()->isVisible());
}

// For a notification's "Show log": asked before the records came.
void TestBuildsPanel::showLogWaitsForTheRecordsAndTheLog()
{
    BuildsPanel first;
    load(first, QLatin1String(DemoBuilds::failingJob));
    const int failed = newestFailed(first);
    BuildsPanel panel;
    panel.resize(1000, 700);
    panel.show();
    QSignalSpy loaded(panel.logPane(), &BuildLogPane::loaded);
    panel.setJob(demoJob(QLatin1String(DemoBuilds::failingJob)), m_client.get());
    panel.showLog(failed);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(panel.selectedBuild(), failed);
    QCOMPARE(panel.detailsTabs()->currentWidget(), panel.logPane());
    QVERIFY(panel.logPane()->failureLine());
    QCOMPARE(panel.logPane()->view()->markedLine(), *panel.logPane()->failureLine());
}

// Summaries for the failed rows in sight, one at a time: never the whole list's.
void TestBuildsPanel::summariesOnlyForTheRowsInSight()
{
    BuildsPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    load(panel, QLatin1String(DemoBuilds::failingJob));
    QTableView *table = panel.table();
    const auto failedRows = [&panel](int first, int last) {
        QList<int> numbers;
        for (int row = first; row <= last; ++row) {
            if (panel.model()->item(row, BuildsPanel::ResultColumn)->data(Qt::UserRole).toString() == u"failure")
                numbers << panel.model()->item(row, BuildsPanel::BuildColumn)->data(Qt::UserRole).toInt();
        }
        return numbers;
    };
    const auto explained = [&panel] {
        QList<int> numbers;
        for (const BuildRecord &record : panel.records()) {
            if (!panel.failureText(record.number).isEmpty())
                numbers << record.number;
        }
        std::sort(numbers.begin(), numbers.end(), std::greater<>());
        return numbers;
    };
    const auto lastInSight = [table] { return table->rowAt(table->viewport()->height() - 1); };
    QTRY_VERIFY_WITH_TIMEOUT(!explained().isEmpty() && explained() == failedRows(0, lastInSight()), 20'000);
    const QList<int> inSight = failedRows(0, lastInSight());
    QVERIFY(!inSight.isEmpty());
    QVERIFY(failedRows(0, panel.model()->rowCount() - 1).size() > inSight.size() + 5);
    QTest::qWait(500);
    QCOMPARE(explained(), inSight);   // nothing more is asked for
    // Scrolling on asks for the rows that come into sight.
    table->scrollToBottom();
    const int first = table->rowAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(explained().size() == inSight.size() + failedRows(first, lastInSight()).size(), 20'000);
    QVERIFY(explained().size() < failedRows(0, panel.model()->rowCount() - 1).size());
}

void TestBuildsPanel::logIsReadOnlyWhenShownAndCancelledForAnotherBuild()
{
    BuildsPanel panel;
    panel.resize(1000, 700);
    panel.show();
    load(panel, QLatin1String(DemoBuilds::failingJob));
    panel.selectBuild(0);
    QTest::qWait(50);
    QVERIFY(panel.logPane()->findChildren<BuildLogFetch *>().isEmpty());   // the Steps are shown
    QCOMPARE(panel.logPane()->buildNumber(), 0);
    panel.detailsTabs()->setCurrentWidget(panel.logPane());
    QCOMPARE(panel.logPane()->buildNumber(), panel.records().first().number);
    QVERIFY(panel.logPane()->isLoading());
    QPointer<BuildLogFetch> first = panel.logPane()->findChild<BuildLogFetch *>();
    panel.selectBuild(1);
    QVERIFY(!first || first->isFinished());
    QCOMPARE(panel.logPane()->buildNumber(), panel.model()->item(1, BuildsPanel::BuildColumn)->data(Qt::UserRole).toInt());
    QTRY_COMPARE(panel.logPane()->findChildren<BuildLogFetch *>().size(), panel.logPane()->isLoading() ? 1 : 0);
    // Back on the Steps, another build: the log shown before is dropped, nothing is read.
    panel.detailsTabs()->setCurrentIndex(0);
    panel.selectBuild(2);
    QCOMPARE(panel.logPane()->buildNumber(), 0);
    QVERIFY(!panel.logPane()->isLoading());
}

void TestBuildsPanel::stepsGetHalfTheRoomUnderTheList()
{
    BuildsPanel panel;
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    load(panel, QLatin1String(DemoBuilds::failingJob));
    auto *splitter = panel.findChild<QSplitter *>(u"buildsSplitter"_qs);
    QVERIFY(splitter);
    splitter->setSizes({400, 300, 100});   // as a user might have left it
    panel.selectBuild(0);
    QList<int> sizes = splitter->sizes();
    QVERIFY2(sizes[2] >= sizes[1], qPrintable(u"chart %1, details %2"_qs.arg(sizes[1]).arg(sizes[2])));
    panel.detailsTabs()->setCurrentWidget(panel.logPane());
    sizes = splitter->sizes();
    QVERIFY(sizes[2] >= 2 * sizes[1] - 2);
    // The step names and labels are painted whole: the timeline asks for every step's row.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.timeline()->steps().isEmpty(), 10'000);
    QCOMPARE(panel.timeline()->minimumHeight(), panel.timeline()->sizeHint().height());
}

void TestBuildsPanel::chartCanBeHiddenAndStaysSo()
{
    {
        BuildsPanel panel;
        panel.show();
        auto *chart = panel.findChild<QChartView *>(u"buildsChart"_qs);
        QVERIFY(chart->isVisible());
        QVERIFY(panel.chartAction()->isChecked());
        panel.chartAction()->trigger();
        QVERIFY(!chart->isVisible());
        QCOMPARE(AppSettings::open()->value(QLatin1String(AppSettings::kBuildsChartShown)).toBool(), false);
    }
    BuildsPanel again;
    again.show();
    QVERIFY(!again.findChild<QChartView *>(u"buildsChart"_qs)->isVisible());
    QVERIFY(!again.chartAction()->isChecked());
    again.chartAction()->trigger();
    QVERIFY(again.findChild<QChartView *>(u"buildsChart"_qs)->isVisible());
    QCOMPARE(AppSettings::open()->value(QLatin1String(AppSettings::kBuildsChartShown)).toBool(), true);
}

// Duration and the other short columns are as wide as their widest text and their header.
void TestBuildsPanel::columnsFitTheirContent()
{
    BuildsPanel panel;
    panel.resize(1000, 600);
    panel.show();
    load(panel, QLatin1String(DemoBuilds::failingJob));
    QTableView *table = panel.table();
    const QFontMetrics metrics = table->fontMetrics();
    for (const int column : {int(BuildsPanel::BuildColumn), int(BuildsPanel::ResultColumn),
                             int(BuildsPanel::StartedColumn), int(BuildsPanel::DurationColumn)}) {
        int widest = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < qMin(panel.model()->rowCount(), 200); ++row)
            widest = qMax(widest, metrics.horizontalAdvance(panel.model()->item(row, column)->text()));
        QVERIFY2(table->columnWidth(column) >= widest,
                 qPrintable(u"column %1: %2 < %3"_qs.arg(column).arg(table->columnWidth(column)).arg(widest)));
    }
}

// The timeline is drawn: to a screen reader it is a list, one item per step, each with its
// name, state and duration, following the build selected.
void TestBuildsPanel::stepsAreListedToAScreenReader()
{
    BuildsPanel panel;
    load(panel, QLatin1String(DemoBuilds::failingJob));
    panel.selectBuild(0);   // failed at its fourth step
    QTRY_COMPARE_WITH_TIMEOUT(panel.timeline()->steps().size(), 6, 10'000);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel.timeline());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QVERIFY(!list->text(QAccessible::Name).isEmpty());
    QCOMPARE(list->childCount(), 6);
    for (int i = 0; i < list->childCount(); ++i) {
        const BuildStep &step = panel.timeline()->steps().at(i);
        QAccessibleInterface *item = list->child(i);
        QVERIFY(item && item->isValid());
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), list);
        QCOMPARE(list->indexOfChild(item), i);
        const QString name = item->text(QAccessible::Name);
        QVERIFY2(name.startsWith(step.name + u':'), qPrintable(name));
        if (!step.status.isEmpty())
            QVERIFY2(name.endsWith(BuildParse::readableDuration(step.durationMs)), qPrintable(name));
    }
    QVERIFY2(list->child(3)->text(QAccessible::Name).contains(u"failed"), qPrintable(list->child(3)->text(QAccessible::Name)));

    // Another build's steps: the items say those.
    panel.timeline()->setSteps({{u"Checkout"_qs, u"success"_qs, 4'000}, {u"Package"_qs, QString(), 0}});
    QCOMPARE(list->childCount(), 2);
    QCOMPARE(list->child(0)->text(QAccessible::Name), u"Checkout: succeeded, 4 s"_qs);
    QCOMPARE(list->child(1)->text(QAccessible::Name), u"Package: not run"_qs);
    QVERIFY(!list->child(2));
}

void TestBuildsPanel::chartIsSummedUpAndTableNamed()
{
    BuildsPanel panel;
    load(panel, QLatin1String(DemoBuilds::failingJob));
    QCOMPARE(QAccessible::queryAccessibleInterface(panel.table())->text(QAccessible::Name), u"Builds"_qs);
    auto *chart = panel.findChild<QWidget *>(u"buildsChart"_qs);
    QVERIFY(chart);
    const QString description = QAccessible::queryAccessibleInterface(chart)->text(QAccessible::Description);
    const qint64 since = QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch();
    QCOMPARE(description, BuildsAccessibility::durationsSummary(panel.records(), since));
    QVERIFY2(description.contains(u" failed, median "), qPrintable(description));
}

void TestBuildsPanel::durationsSummary()
{
    const auto record = [](const char *result, qint64 start, std::optional<qint64> duration) {
        BuildRecord built;
        built.result = QLatin1String(result);
        built.startTimeMs = start;
        built.durationMs = duration;
        return built;
    };
    const QList<BuildRecord> records = {record("success", 1'000, 60'000), record("failure", 2'000, 120'000),
                                        record("timeout", 3'000, 300'000), record("success", 4'000, 180'000),
                                        record("running", 5'000, std::nullopt), record("failure", 10, 1'000)};
    QCOMPARE(BuildsAccessibility::durationsSummary(records, 1'000), u"4 builds, 2 failed, median 2 min 30 s"_qs);
    QCOMPARE(BuildsAccessibility::durationsSummary(records), u"5 builds, 3 failed, median 2 min 00 s"_qs);
    QCOMPARE(BuildsAccessibility::durationsSummary({}), u"0 builds, 0 failed"_qs);
}

void TestBuildsPanel::resultsInTheUiLanguage()
{
    QCOMPARE(BuildsPanel::resultText(u"success"_qs), u"Success"_qs);
    QCOMPARE(BuildsPanel::resultText(u"failure"_qs), u"Failed"_qs);
    QCOMPARE(BuildsPanel::resultText(u"timeout"_qs), u"Timed out"_qs);
    QCOMPARE(BuildsPanel::resultText(u"aborted"_qs), u"Aborted"_qs);
    QCOMPARE(BuildsPanel::resultText(u"running"_qs), u"Running"_qs);
    QCOMPARE(BuildsPanel::resultText(u"suspended"_qs), u"suspended"_qs);   // a word we do not know

    // The table shows those words; the service's stays with the row.
    BuildsPanel panel;
    load(panel, QLatin1String(DemoBuilds::failingJob));
    int failed = 0;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const QStandardItem *result = panel.model()->item(row, BuildsPanel::ResultColumn);
        if (result->data(Qt::UserRole).toString() == u"failure") {
            QCOMPARE(result->text(), u"Failed"_qs);
            ++failed;
        }
    }
    QVERIFY(failed > 0);   // the demo's failing job fails every build
}

QTEST_MAIN(TestBuildsPanel)
#include "tst_buildspanel.moc"
