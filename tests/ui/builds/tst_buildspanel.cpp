#include "api/buildclient.h"
#include "builds/buildspanel.h"
#include "builds/rundialog.h"
#include "credentials/credentialprovider.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "widgets/elidedlabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
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
    void runConfirmationDefaultsToCancel();
    void runStartsAndFollowsTheBuild();
    void runDialogOffersTheJobsParametersAndBranch();
    void runDialogTurnsTheBranchOffForAJobWithoutABranchParameter();
    void throttledRunIsSentOnce();
    void stopOnlyForARunningBuildAndConfirmed();
    void followToggle();
    void permissionExplainer();
    void consolePage();

private:
    void load(BuildsPanel &panel, const QString &jobId);
    int rowOf(BuildsPanel &panel, bool running);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
    std::unique_ptr<BuildClient> m_client;
};

void TestBuildsPanel::initTestCase()
{
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
        if ((panel.model()->item(row, 2)->text() == u"running") == running)
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
    QVERIFY(panel.runAction()->toolTip().contains(u"is_execute"));
    QVERIFY(!panel.stopAction()->isEnabled());
    const int before = m_sandbox.builds().executeRequests(legacy);
    panel.runBuild(); // the guard holds even when called directly
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.builds().executeRequests(legacy), before);
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
    panel.runAction()->trigger();
    QVERIFY(started.wait(10'000));
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1);
    // The branch goes to the job's branch parameter (its configuration names codeBranch).
    const QJsonObject body = m_sandbox.builds().lastExecuteBody();
    QVERIFY(!body.contains(u"scm"));
    QCOMPARE(body[u"parameter"][0][u"value"].toString(), u"production"_qs);
    QCOMPARE(body[u"parameter"][1][u"name"].toString(), u"codeBranch"_qs);
    QCOMPARE(body[u"parameter"][1][u"value"].toString(), u"release/2.4"_qs);
    QVERIFY(ended.wait(20'000));
    QCOMPARE(ended.first().first().toString(), u"success"_qs);
    QCOMPARE(m_sandbox.builds().executeRequests(job), before + 1); // never again on its own
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
        QVERIFY(line.contains(u"(granted)"));
    const QStringList few = BuildsPanel::permissionExplanations(demoJob(QLatin1String(DemoBuilds::legacyJob)));
    QCOMPARE(few.size(), 7);
    QVERIFY(few.at(0).startsWith(u"is_view (granted)"));
    QVERIFY(few.at(1).startsWith(u"is_execute (missing)"));
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

QTEST_MAIN(TestBuildsPanel)
#include "tst_buildspanel.moc"
