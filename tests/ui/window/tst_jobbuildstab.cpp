#include "builds/buildcalls.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "connection/connection.h"
#include "job/currentjob.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"
#include "window/jobbuildstab.h"

#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

// The Builds tab against the demo sandbox: a placeholder until it is opened for a job, then a
// page for the job shown, which follows the job while the tab is open.
class TestJobBuildsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithThePlaceholder();
    void replacingKeepsTitleAndPlace();
    void nothingOpensWithoutAJob();
    void opensAPageForTheJobShown();
    void anOpenTabFollowsTheJob();
    void opensABuildOnANewPage();
    void theJobFetchedAgainIsReadAgainOnTheSamePage();
    void aNewConnectionMakesANewPage();

private:
    static JobInfo demoJob(int index);
    static bool waitForRecords(BuildsWindow *page);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CurrentJob> m_job;
    std::unique_ptr<BuildCalls> m_calls;
    std::unique_ptr<QTabWidget> m_tabs;
    JobBuildsTab *m_buildsTab = nullptr;
};

void TestJobBuildsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_jobbuildstab"_qs);
    AppSettings::open()->clear();
    QVERIFY(m_sandbox.start());
}

// As in the window: Overview, then Builds, then History.
void TestJobBuildsTab::init()
{
    m_connection = std::make_unique<Connection>(&m_nam, Connection::Options{&m_sandbox, false});
    m_connection->chooseDemo();
    m_job = std::make_unique<CurrentJob>();
    m_calls = std::make_unique<BuildCalls>(m_connection.get(), m_job.get());
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->addTab(new QLabel(u"overview"_qs), u"&Overview"_qs);
    m_buildsTab = new JobBuildsTab(m_tabs.get(), m_calls.get(), m_job.get(), m_tabs.get());
    m_tabs->addTab(new QLabel(u"history"_qs), u"Hi&story"_qs);
}

void TestJobBuildsTab::cleanup()
{
    m_tabs.reset();
    m_calls.reset();
    m_job.reset();
    m_connection.reset();
}

JobInfo TestJobBuildsTab::demoJob(int index)
{
    const QString id = index == 0 ? DemoJobs::firstJobId() : DemoSandbox::demoJobs().at(index).id;
    return JobInfo::fromJson(DemoJobs::find(id)->result);
}

bool TestJobBuildsTab::waitForRecords(BuildsWindow *page)
{
    return !page->panel()->records().isEmpty() || QSignalSpy(page->panel(), &BuildsPanel::recordsLoaded).wait(10'000);
}

void TestJobBuildsTab::startsWithThePlaceholder()
{
    QCOMPARE(m_tabs->count(), 3);
    QCOMPARE(m_tabs->widget(1)->objectName(), u"buildsPlaceholder"_qs);
    QCOMPARE(m_tabs->tabText(1), u"&Builds"_qs);
    QCOMPARE(m_buildsTab->parent(), m_tabs.get());
}

void TestJobBuildsTab::replacingKeepsTitleAndPlace()
{
    QPointer<QWidget> placeholder = m_tabs->widget(1);
    m_tabs->setCurrentIndex(1);
    auto *first = new QLabel(u"first"_qs);
    m_buildsTab->setWidget(first);
    QCOMPARE(m_tabs->count(), 3);
    QCOMPARE(m_tabs->widget(1), first);
    QCOMPARE(m_tabs->tabText(1), u"&Builds"_qs);
    QCOMPARE(m_tabs->currentIndex(), 1);   // still open
    QTRY_VERIFY(!placeholder);             // the old one goes

    m_tabs->setCurrentIndex(2);
    auto *second = new QLabel(u"second"_qs);
    m_buildsTab->setWidget(second);
    QCOMPARE(m_tabs->widget(1), second);
    QCOMPARE(m_tabs->currentIndex(), 2);   // another tab stays open

    m_buildsTab->setWidget(second);        // the same again is kept
    QCoreApplication::processEvents();
    QCOMPARE(m_tabs->widget(1), second);
}

void TestJobBuildsTab::nothingOpensWithoutAJob()
{
    QSignalSpy refused(m_calls.get(), &BuildCalls::refused);
    QVERIFY(!m_buildsTab->openPage());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_tabs->widget(1)->objectName(), u"buildsPlaceholder"_qs);
    QCOMPARE(m_tabs->currentIndex(), 0);

    m_tabs->setCurrentIndex(1);
    m_buildsTab->followJob();   // no job to follow: quietly nothing
    QCOMPARE(refused.size(), 1);
}

void TestJobBuildsTab::opensAPageForTheJobShown()
{
    const JobInfo job = demoJob(0);
    m_job->setJob(job);
    BuildsWindow *page = m_buildsTab->openPage();
    QVERIFY(page);
    QCOMPARE(page->jobId(), job.id);
    QCOMPARE(m_tabs->widget(1), page);
    QCOMPARE(m_tabs->currentWidget(), page);
}

void TestJobBuildsTab::anOpenTabFollowsTheJob()
{
    m_job->setJob(demoJob(0));
    BuildsWindow *first = m_buildsTab->openPage();
    QVERIFY(first);
    m_buildsTab->followJob();   // the same job: the same page
    QCOMPARE(m_tabs->widget(1), first);

    const JobInfo other = demoJob(1);
    QVERIFY(other.id != first->jobId());
    m_tabs->setCurrentIndex(0);
    m_job->setJob(other);
    m_buildsTab->followJob();   // a closed tab waits
    QCOMPARE(m_tabs->widget(1), first);

    m_tabs->setCurrentIndex(1);
    m_buildsTab->followJob();
    auto *followed = qobject_cast<BuildsWindow *>(m_tabs->widget(1));
    QVERIFY(followed && followed != first);
    QCOMPARE(followed->jobId(), other.id);
}

void TestJobBuildsTab::opensABuildOnANewPage()
{
    m_job->setJob(demoJob(0));
    QPointer<BuildsWindow> first = m_buildsTab->openPage();
    QVERIFY(first && waitForRecords(first));
    QVERIFY(first->panel()->records().size() > 1);
    const int number = first->panel()->records().at(1).number;

    for (const bool log : {false, true}) {
        m_tabs->setCurrentIndex(0);
        m_buildsTab->openBuild(number, log);
        auto *page = qobject_cast<BuildsWindow *>(m_tabs->currentWidget());
        QVERIFY(page && page != first);
        QVERIFY(waitForRecords(page));
        QTRY_COMPARE(page->panel()->selectedBuild(), number);
        first = page;
    }

    m_buildsTab->openBuild(0, false);   // the page only: nothing selected
    auto *page = qobject_cast<BuildsWindow *>(m_tabs->currentWidget());
    QVERIFY(page && page != first);
    QVERIFY(waitForRecords(page));
    QCOMPARE(page->panel()->selectedBuild(), 0);
}

void TestJobBuildsTab::theJobFetchedAgainIsReadAgainOnTheSamePage()
{
    JobInfo job = demoJob(0);
    m_job->setJob(job);
    QPointer<BuildsWindow> page = m_buildsTab->openPage();
    QVERIFY(page && waitForRecords(page));
    QVERIFY(page->panel()->runAction()->isEnabled());

    job.isExecute = false;   // the permission was taken away meanwhile
    m_job->setJob(job);
    QSignalSpy loaded(page->panel(), &BuildsPanel::recordsLoaded);
    m_buildsTab->jobShown();
    QCOMPARE(m_tabs->widget(1), page.data());   // the same page
    QVERIFY(!page->panel()->runAction()->isEnabled());
    QVERIFY(loaded.wait(10'000));   // its records read again

    // Another job shown with the tab closed: the page waits, and is not read again.
    m_tabs->setCurrentIndex(0);
    m_job->setJob(demoJob(1));
    loaded.clear();
    m_buildsTab->jobShown();
    QCOMPARE(m_tabs->widget(1), page.data());
    QVERIFY(!loaded.wait(300));
}

void TestJobBuildsTab::aNewConnectionMakesANewPage()
{
    m_job->setJob(demoJob(0));
    QPointer<BuildsWindow> page = m_buildsTab->openPage();
    QVERIFY(page);
    m_buildsTab->connectionChanged();
    m_buildsTab->jobShown();   // the same job, fetched through the new connection
    auto *made = qobject_cast<BuildsWindow *>(m_tabs->widget(1));
    QVERIFY(made && made != page);
    QCOMPARE(made->jobId(), demoJob(0).id);
}

QTEST_MAIN(TestJobBuildsTab)
#include "tst_jobbuildstab.moc"
