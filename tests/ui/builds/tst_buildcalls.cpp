#include "builds/buildcalls.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "connection/connection.h"
#include "history/trendchart.h"
#include "job/currentjob.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The window's build calls against the demo sandbox: each goes with the connection chosen now,
// for the job shown, and says so when it cannot be sent.
class TestBuildCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingWithoutAJob();
    void nothingWithoutCredentials();
    void buildsPageIsForTheJobShown();
    void followSetsTheServicesFlag();
    void staleJobIsNotFollowed();
    void trendGetsTheBuildRecords();

private:
    static JobInfo firstJob();

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CurrentJob> m_job;
    std::unique_ptr<BuildCalls> m_calls;
};

void TestBuildCalls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    QCoreApplication::setApplicationName(u"tst_buildcalls"_qs);
    AppSettings::open()->clear();
    QVERIFY(m_sandbox.start());
}

void TestBuildCalls::init()
{
    m_connection = std::make_unique<Connection>(&m_nam, Connection::Options{&m_sandbox, false});
    m_connection->chooseDemo();
    m_job = std::make_unique<CurrentJob>();
    m_calls = std::make_unique<BuildCalls>(m_connection.get(), m_job.get());
}

void TestBuildCalls::cleanup()
{
    m_calls.reset();
    m_job.reset();
    m_connection.reset();
}

JobInfo TestBuildCalls::firstJob()
{
    return JobInfo::fromJson(DemoJobs::find(DemoJobs::firstJobId())->result);
}

void TestBuildCalls::nothingWithoutAJob()
{
    QSignalSpy refused(m_calls.get(), &BuildCalls::refused);
    const int requests = m_sandbox.requestCount();
    QVERIFY(!m_calls->buildsPage());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().value<ApiError>().kind, ApiError::Kind::InvalidJobId);
    m_calls->follow(true);   // nothing to follow: quietly nothing
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_sandbox.requestCount(), requests);
}

void TestBuildCalls::nothingWithoutCredentials()
{
    m_job->setJob(firstJob());
    m_connection->chooseSessionToken(u"cn-north-4"_qs);   // and no token typed
    QSignalSpy refused(m_calls.get(), &BuildCalls::refused);
    QVERIFY(!m_calls->buildsPage());
    m_calls->follow(true);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.first().first().value<ApiError>().kind, ApiError::Kind::MissingCredentials);
}

void TestBuildCalls::buildsPageIsForTheJobShown()
{
    const JobInfo job = firstJob();
    m_job->setJob(job);
    std::unique_ptr<BuildsWindow> page(m_calls->buildsPage());
    QVERIFY(page);
    QCOMPARE(page->jobId(), job.id);
    QSignalSpy loaded(page->panel(), &BuildsPanel::recordsLoaded);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!page->panel()->records().isEmpty());
    // A run from the page reaches whoever holds the calls (the window's board).
    QSignalSpy started(m_calls.get(), &BuildCalls::buildStarted);
    emit page->panel()->buildStarted(job.id, 321);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), job.id);
    QCOMPARE(started.first().at(1).toInt(), 321);
}

void TestBuildCalls::followSetsTheServicesFlag()
{
    const JobInfo job = firstJob();
    m_job->setJob(job);
    QSignalSpy busy(m_calls.get(), &BuildCalls::followBusyChanged);
    QSignalSpy followed(m_calls.get(), &BuildCalls::followed);
    const int requests = m_sandbox.requestCount();
    m_calls->follow(true);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.first().first().toBool(), true);
    QVERIFY(followed.wait(10'000));
    QCOMPARE(followed.first().at(0).toString(), job.id);
    QCOMPARE(followed.first().at(1).toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(m_sandbox.requestCount(), requests + 1);
    m_calls->follow(false);   // and back, as it was for the next test
    QTRY_COMPARE(followed.size(), 2);
    QCOMPARE(followed.last().at(1).toBool(), false);
}

void TestBuildCalls::staleJobIsNotFollowed()
{
    m_job->setJob(firstJob());
    m_job->setState(CurrentJob::State::KeptAfterFailure);
    QSignalSpy busy(m_calls.get(), &BuildCalls::followBusyChanged);
    const int requests = m_sandbox.requestCount();
    m_calls->follow(true);
    QCOMPARE(busy.size(), 0);
    QCOMPARE(m_sandbox.requestCount(), requests);
}

void TestBuildCalls::trendGetsTheBuildRecords()
{
    const JobInfo job = firstJob();
    TrendChartDialog chart(job.jobName, {});
    m_calls->addRecordsToTrend(&chart, job.id);
    QTRY_VERIFY_WITH_TIMEOUT(chart.buildRecordCount() > 0, 10'000);
}

QTEST_MAIN(TestBuildCalls)
#include "tst_buildcalls.moc"
