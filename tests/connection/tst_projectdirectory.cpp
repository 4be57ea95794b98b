#include "api/buildrecords.h"
#include "api/joblist.h"
#include "connection/connection.h"
#include "connection/projectdirectory.h"
#include "contract/contractfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
// The job and its CodeArts project as the fixtures name them.
const QString kJob = u"f5af662119404ad187437cd272b5099b"_qs;
const QString kProject = u"b4d3971c3988463b865f6f920846149e"_qs;
} // namespace

// Which CodeArts project a job lives in, and the project's name, learnt from the answers the
// window already receives (read here from the contract fixtures, the SDK's shapes).
class TestProjectDirectory : public QObject
{
    Q_OBJECT

private slots:
    void learnsFromTheJobSearch();
    void learnsFromTheProjectList();
    void learnsFromRecordInfoAndJobConfig();
    void refusesWhatCannotBeAProject();
    void saysChangedOnlyForNews();
    void laterAnswerReplacesEarlier();
    void theConnectionHasOneForTheSession();

private:
    static QJsonObject fixtureResult(const QString &name)
    {
        return ContractFixture::load(name).object().value(u"result").toObject();
    }
};

void TestProjectDirectory::learnsFromTheJobSearch()
{
    QList<JobSummary> jobs;
    for (const QJsonValue &item : fixtureResult(u"ListJob"_qs).value(u"job_list").toArray())
        jobs << JobSummary::fromJson(item.toObject());
    QVERIFY(!jobs.isEmpty());
    ProjectDirectory directory;
    directory.addJobs(jobs);
    QCOMPARE(directory.projectOf(kJob), kProject);
    QCOMPARE(directory.nameOf(kProject), u"payments"_qs);
    // Job IDs and project IDs are matched whatever their case.
    QCOMPARE(directory.projectOf(kJob.toUpper()), kProject);
    QCOMPARE(directory.nameOf(kProject.toUpper()), u"payments"_qs);
}

void TestProjectDirectory::learnsFromTheProjectList()
{
    QList<ProjectSummary> projects;
    for (const QJsonValue &item : fixtureResult(u"ListRelatedProjectInfo"_qs).value(u"project_info_list").toArray())
        projects << ProjectSummary::fromJson(item.toObject());
    ProjectDirectory directory;
    directory.addProjects(projects);
    QCOMPARE(directory.nameOf(kProject), u"payments"_qs);
    // The list names projects, not jobs.
    QCOMPARE(directory.projectOf(kJob), QString());
}

void TestProjectDirectory::learnsFromRecordInfoAndJobConfig()
{
    const BuildRecordDetail record = BuildParse::recordDetail(fixtureResult(u"ShowJobBuildRecordDetail"_qs));
    ProjectDirectory fromRecord;
    fromRecord.addJob(kJob, record.codeArtsProjectId);
    QCOMPARE(fromRecord.projectOf(kJob), kProject);
    // Neither call names the project: its name stays unknown rather than made up.
    QCOMPARE(fromRecord.nameOf(kProject), QString());

    const JobConfig config = BuildParse::jobConfig(fixtureResult(u"ShowJobConfig"_qs));
    ProjectDirectory fromConfig;
    fromConfig.addJob(kJob, config.codeArtsProjectId);
    QCOMPARE(fromConfig.projectOf(kJob), kProject);
}

void TestProjectDirectory::refusesWhatCannotBeAProject()
{
    ProjectDirectory directory;
    QSignalSpy changed(&directory, &ProjectDirectory::changed);
    // ShowJobInfo's project_id is the job's build project, a UUID: never a CodeArts project.
    directory.addJob(kJob, u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs);
    // A call that did not say (an empty ID), a malformed job ID, a blank name: no answer either.
    directory.addJob(kJob, QString());
    directory.addJob(u"not-a-job"_qs, kProject);
    directory.addProject(kProject, u"   "_qs);
    directory.addProject(u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs, u"payments"_qs);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(directory.projectOf(kJob), QString());
    QCOMPARE(directory.nameOf(u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs), QString());
    QVERIFY(ProjectDirectory::isProjectId(kProject));
    QVERIFY(ProjectDirectory::isProjectId(kProject.toUpper()));
    QVERIFY(!ProjectDirectory::isProjectId(u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs));
    QVERIFY(!ProjectDirectory::isProjectId(kProject + u'0'));
}

void TestProjectDirectory::saysChangedOnlyForNews()
{
    ProjectDirectory directory;
    QSignalSpy changed(&directory, &ProjectDirectory::changed);
    directory.addJob(kJob, kProject);
    QCOMPARE(changed.count(), 1);
    directory.addJob(kJob.toUpper(), kProject);   // the same, in other letters
    QCOMPARE(changed.count(), 1);
    directory.addProject(kProject, u"payments"_qs);
    QCOMPARE(changed.count(), 2);
    // A page of search rows is one change, however many jobs it names.
    JobSummary first;
    first.id = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
    first.codeArtsProjectId = u"c0ffee00c0ffee00c0ffee00c0ffee00"_qs;
    first.projectName = u"移动应用"_qs;
    JobSummary second = first;
    second.id = u"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"_qs;
    directory.addJobs({first, second});
    QCOMPARE(changed.count(), 3);
    QCOMPARE(directory.nameOf(directory.projectOf(second.id)), u"移动应用"_qs);
    directory.addJobs({first, second});
    QCOMPARE(changed.count(), 3);
}

void TestProjectDirectory::laterAnswerReplacesEarlier()
{
    ProjectDirectory directory;
    directory.addProject(kProject, u"payments"_qs);
    directory.addProject(kProject, u" payments-renamed "_qs);
    QCOMPARE(directory.nameOf(kProject), u"payments-renamed"_qs);
    directory.addJob(kJob, kProject);
    directory.addJob(kJob, u"c0ffee00c0ffee00c0ffee00c0ffee00"_qs);   // the job was moved
    QCOMPARE(directory.projectOf(kJob), u"c0ffee00c0ffee00c0ffee00c0ffee00"_qs);
}

void TestProjectDirectory::theConnectionHasOneForTheSession()
{
    QNetworkAccessManager nam;
    Connection connection(&nam, {});
    ProjectDirectory *directory = connection.projects();
    QVERIFY(directory);
    directory->addJob(kJob, kProject);
    // Another choice of connection keeps what was learnt: job and project IDs are the service's own.
    connection.chooseDemo();
    connection.chooseSessionToken(u"cn-north-4"_qs);
    QCOMPARE(connection.projects(), directory);
    QCOMPARE(connection.projects()->projectOf(kJob), kProject);
}

QTEST_GUILESS_MAIN(TestProjectDirectory)
#include "tst_projectdirectory.moc"
