// The client's parsers against the contract fixtures (tests/contract/*.json, written from the
// official SDK's models): each fixture is read by the parser the app uses for that call, and
// what it says comes out. tst_sandboxcontract holds the demo sandbox to the same fixtures.
#include "api/buildclient.h"
#include "api/buildrecords.h"
#include "api/iamclient.h"
#include "api/jobanswer.h"
#include "api/joblist.h"
#include "contract/contractfixture.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

constexpr char16_t kJob[] = u"f5af662119404ad187437cd272b5099b";
constexpr char16_t kBuildProject[] = u"31581e9f-5772-4053-a50c-d5690578c8fd";
constexpr char16_t kCodeArtsProject[] = u"b4d3971c3988463b865f6f920846149e";

QByteArray fixtureBody(const QString &name)
{
    return ContractFixture::load(name).toJson(QJsonDocument::Compact);
}

JobAnswer::Http ok(const QString &name)
{
    return {200, "application/json;charset=UTF-8", fixtureBody(name), {}, {}};
}

// The wrapper checks every build call goes through; the answer's object when they pass.
QJsonObject readBuildAnswer(const QString &name, BuildAction action = BuildAction::View)
{
    QJsonObject json;
    const ApiError error = BuildClient::interpret(action, ok(name), &json);
    if (error.isError())
        qWarning("%s: %s", qPrintable(name), qPrintable(error.oneLine()));
    return json;
}

QList<JobSummary> jobsOf(const QString &name, std::optional<qint64> *total = nullptr)
{
    const std::variant<ListPage, ApiError> answer = ListAnswer::interpret(ok(name));
    QList<JobSummary> jobs;
    if (const ListPage *page = std::get_if<ListPage>(&answer)) {
        for (const QJsonObject &item : page->items)
            jobs.append(JobSummary::fromJson(item));
        if (total)
            *total = page->total;
    }
    return jobs;
}

// One check per fixture: the parser the app uses for that call, and what it must read.
const QMap<QString, std::function<void()>> &checks()
{
    static const QMap<QString, std::function<void()>> table = {
        {u"ShowJobInfo"_qs, [] {
             const JobAnswer answer = JobAnswer::interpret(ok(u"ShowJobInfo"_qs));
             QVERIFY(answer.job);
             QCOMPARE(answer.job->id, QStringView(kJob).toString());
             QCOMPARE(answer.job->buildProjectId, QStringView(kBuildProject).toString());
             QCOMPARE(answer.job->healthScore, std::optional<int>(74));
             QCOMPARE(answer.job->createTimeMs, std::optional<qint64>(1717574458000));
             QCOMPARE(answer.job->buildTime, std::optional<double>(27.51));
             QCOMPARE(answer.job->isManager, std::optional<bool>(true));
             QVERIFY(answer.job->unknownFields.isEmpty()); // every SDK field is known
         }},
        {u"ListJob"_qs, [] {
             std::optional<qint64> total;
             const QList<JobSummary> jobs = jobsOf(u"ListJob"_qs, &total);
             QCOMPARE(jobs.size(), 1);
             QCOMPARE(total, std::optional<qint64>(1));
             QCOMPARE(jobs[0].codeArtsProjectId, QStringView(kCodeArtsProject).toString());
             QCOMPARE(jobs[0].buildProjectId, QStringView(kBuildProject).toString());
             QCOMPARE(jobs[0].projectName, u"payments"_qs);
             QCOMPARE(jobs[0].buildNumber, std::optional<qint64>(57));
             QCOMPARE(jobs[0].state, BuildState::Failed);
         }},
        {u"ListProjectJobs"_qs, [] {
             const QList<JobSummary> jobs = jobsOf(u"ListProjectJobs"_qs);
             QCOMPARE(jobs.size(), 1);
             QCOMPARE(jobs[0].buildProjectId, QStringView(kBuildProject).toString());
             QVERIFY(jobs[0].codeArtsProjectId.isEmpty()); // its items carry no project
             QCOMPARE(jobs[0].healthScore, std::optional<int>(74));
         }},
        {u"ListRelatedProjectInfo"_qs, [] {
             const std::variant<ListPage, ApiError> answer = ListAnswer::interpret(ok(u"ListRelatedProjectInfo"_qs));
             QVERIFY(std::holds_alternative<ListPage>(answer));
             const ProjectSummary project = ProjectSummary::fromJson(std::get<ListPage>(answer).items.value(0));
             QCOMPARE(project.id, QStringView(kCodeArtsProject).toString());
             QCOMPARE(project.name, u"payments"_qs);
         }},
        {u"ShowRunningStatus"_qs, [] {
             const RunningStatus status = BuildParse::runningStatus(readBuildAnswer(u"ShowRunningStatus"_qs));
             QCOMPARE(status.lastBuildNumber, std::optional<int>(57));
             QVERIFY(!status.isRunning);
         }},
        {u"ListBuildInfoRecordByJobId"_qs, [] {
             const BuildRecordPage page =
                 BuildParse::recordPage(readBuildAnswer(u"ListBuildInfoRecordByJobId"_qs).value(u"result").toObject());
             QCOMPARE(page.totalRecords, 1);
             QCOMPARE(page.records.size(), 1);
             QCOMPARE(page.records[0].number, 57);
             QCOMPARE(page.records[0].result, u"failure"_qs);
             QCOMPARE(page.records[0].branch, u"master"_qs);
         }},
        {u"ShowJobBuildRecordDetail"_qs, [] {
             const BuildRecordDetail detail =
                 BuildParse::recordDetail(readBuildAnswer(u"ShowJobBuildRecordDetail"_qs).value(u"result").toObject());
             QCOMPARE(detail.recordId, u"8a5b3c2d-1e4f-4a6b-9c8d-7e6f5a4b3c2d"_qs);
             QCOMPARE(detail.buildProjectId, QStringView(kBuildProject).toString());
             QCOMPARE(detail.codeArtsProjectId, QStringView(kCodeArtsProject).toString());
             QCOMPARE(detail.number, 57);
             QCOMPARE(detail.result, u"failure"_qs);
             QCOMPARE(detail.durationMs, std::optional<qint64>(3525000));
         }},
        {u"ShowBuildRecordFullStages"_qs, [] {
             BuildDetails details;
             details.steps = BuildParse::fullStages(readBuildAnswer(u"ShowBuildRecordFullStages"_qs).value(u"result").toObject());
             QCOMPARE(details.steps.size(), 2); // set-up and clean-up passed
             QCOMPARE(details.steps[0].name, u"Checkout code"_qs);
             QCOMPARE(details.failedStep(), 1);
             QCOMPARE(details.steps[1].name, u"Build with Maven"_qs);
         }},
        {u"ListBuildParameter"_qs, [] {
             const auto parameters = BuildParse::buildParameters(readBuildAnswer(u"ListBuildParameter"_qs).value(u"result"));
             QCOMPARE(parameters.size(), 3);
             QCOMPARE(parameters[2], (std::pair<QString, QString>{u"RELEASE_TOKEN"_qs, u"******"_qs}));
         }},
        {u"ShowJobConfig"_qs, [] {
             const JobConfig config = BuildParse::jobConfig(readBuildAnswer(u"ShowJobConfig"_qs).value(u"result").toObject());
             QCOMPARE(config.codeArtsProjectId, QStringView(kCodeArtsProject).toString());
             QVERIFY(config.branchParameter());
             QCOMPARE(config.branchParameter()->name, u"codeBranch"_qs);
             QCOMPARE(config.defaultBranch(), u"master"_qs);
             QCOMPARE(config.parameters.size(), 2);
             QCOMPARE(config.parameters[1].choices, (QStringList{u"staging"_qs, u"production"_qs}));
         }},
        {u"ListBriefRecord"_qs, [] {
             const QList<BriefRecord> records = BuildParse::briefRecords(readBuildAnswer(u"ListBriefRecord"_qs).value(u"result"));
             QCOMPARE(records.size(), 1);
             QCOMPARE(records[0].buildProjectId, QStringView(kBuildProject).toString());
             QCOMPARE(records[0].number, 57);
             QCOMPARE(records[0].result, u"failure"_qs);
             QVERIFY(records[0].startTimeMs);
         }},
        {u"ExecuteJob"_qs, [] {
             const std::optional<StartedBuild> started =
                 BuildParse::startedBuild(readBuildAnswer(u"ExecuteJob"_qs, BuildAction::Run));
             QVERIFY(started);
             QCOMPARE(started->number, 58);
             QCOMPARE(started->dailyBuildNumber, u"20240724.4"_qs);
         }},
        {u"StopTheJob"_qs, [] {
             QJsonObject json;
             QVERIFY(!BuildClient::interpret(BuildAction::Stop, ok(u"StopTheJob"_qs), &json).isError());
             QCOMPARE(json.value(u"status").toString(), u"success"_qs);
         }},
        {u"AddFavouriteTask"_qs, [] {
             QCOMPARE(BuildParse::favorite(readBuildAnswer(u"AddFavouriteTask"_qs, BuildAction::Follow)),
                      std::optional<bool>(true));
         }},
        {u"ShowListHistory"_qs, [] {
             const BuildRecordPage page = BuildParse::historyPage(readBuildAnswer(u"ShowListHistory"_qs));
             QCOMPARE(page.records.size(), 1);
             QCOMPARE(page.records[0].number, 57);
             QCOMPARE(page.records[0].result, u"failure"_qs);
             QCOMPARE(page.records[0].durationMs, std::optional<qint64>(3525000));
         }},
        {u"ShowHistoryDetails"_qs, [] {
             const BuildDetails details = BuildParse::historyDetails(readBuildAnswer(u"ShowHistoryDetails"_qs));
             QCOMPARE(details.number, 57);
             QCOMPARE(details.projectName, u"payments"_qs);
             QCOMPARE(details.steps.size(), 3);
             QCOMPARE(details.failedStep(), 1);
             QCOMPARE(details.parameters.size(), 3);
         }},
        {u"ShowBuildDetails"_qs, [] {
             const BuildInfoState state = BuildParse::buildState(readBuildAnswer(u"ShowBuildDetails"_qs));
             QVERIFY(!state.building);
             QCOMPARE(state.result, u"failure"_qs);
         }},
        {u"KeystoneListProjects"_qs, [] {
             ApiError error;
             QCOMPARE(IamProjectLookup::parseAnswer(200, fixtureBody(u"KeystoneListProjects"_qs), u"cn-north-4"_qs, &error),
                      QByteArray("065a7c66da0010992ff7c0031e5a5e7d"));
             QVERIFY(IamProjectLookup::parseAnswer(200, fixtureBody(u"KeystoneListProjects"_qs), u"cn-east-3"_qs, &error)
                         .isEmpty());
             QCOMPARE(error.kind, ApiError::Kind::MissingCredentials);
         }},
        {u"DownloadBuildRealTimeLog"_qs, [] {
             const QJsonObject result = readBuildAnswer(u"DownloadBuildRealTimeLog"_qs).value(u"result").toObject();
             QVERIFY(result.value(u"log").toString().startsWith(u"[INFO] Scanning"));
             QVERIFY(result.value(u"has_more").toBool());
         }},
        {u"ErrorResponseBody"_qs, [] {
             QJsonObject json;
             const ApiError error = BuildClient::interpret(
                 BuildAction::View, {400, "application/json", fixtureBody(u"ErrorResponseBody"_qs), {}, {}}, &json);
             QVERIFY(error.isError());
             QCOMPARE(error.errorCode, u"CB.00060201"_qs);
             QCOMPARE(error.errorMessage, u"Invalid task ID"_qs);
         }},
    };
    return table;
}

} // namespace

class TestClientContract : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureIsReadByTheClient_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : ContractFixture::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFixtureIsReadByTheClient()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY2(!ContractFixture::load(name, &error).isNull(), qPrintable(error));
        QVERIFY2(ContractFixture::comments(name).join(u' ').contains(u"model"),
                 "the fixture names its SDK model at the top");
        QVERIFY2(checks().contains(name), "a new fixture needs a check of the parser that reads it");
        checks().value(name)();
    }
};

QTEST_GUILESS_MAIN(TestClientContract)
#include "tst_clientcontract.moc"
