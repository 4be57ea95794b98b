#include "api/buildrecords.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

// The sandbox's builds on a clock the test moves: records, record-info, full-stages, parameters,
// configuration, runs through their stages, stop, follow, throttling. Called directly, as the
// sandbox's server thread calls it.
class TestDemoBuilds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsForEveryJobOver90Days();
    void recordListRefusesLongWindows();
    void legacyJobHasOnlyTheOldHistory();
    void historyDetailsMaskSecrets();
    void runMovesThroughItsStepsAndSucceeds();
    void runOfTheFailingJobFails();
    void runLastsTwentyToSixtySeconds();
    void stopAbortsARunningBuild();
    void stopNeedsABuildNumber();
    void followFlipsTheFavoriteFlag();
    void throttledAndForbiddenRuns();
    void runningJobHasABuildUnderWay();
    void recordInfoAgreesWithTheRecordList();
    void unknownBuildsAndRecords();
    void fullStagesOfAFailedBuild();
    void historyRecordsCarryOnlySdkFields();
    void historyDetailsNameTheCodeArtsProject();
    void configListsTheRunParameters();
    void jobsWithoutBranchParameterBuildTheirBranch();
    void runIgnoresScmBranchAndBuildsCodeBranch();
    void runBuildsATagAndACommit();
    void runOfAJobWithoutBranchParameterIgnoresCodeBranch();
    void briefRecordsAreTheNewestBuilds();
    void realTimeLogComesInPieces();
    void downloadLogIsThePagesText();
    void hugeLogOfTheNewestBuild();
    void upperCaseJobIdsAreRefused();

private:
    DemoResponse get(const QString &path, const QUrlQuery &query = {});
    DemoResponse post(const QString &path, const QJsonObject &body = {}, const QUrlQuery &query = {});
    static QJsonObject json(const DemoResponse &response);
    // The `result` of an answer that must be 200.
    static QJsonValue result(const DemoResponse &response);
    int run(const QString &jobId, const QJsonArray &parameters = {}, const QJsonObject &scm = {});
    QJsonObject details(const QString &jobId, int number);
    QJsonObject recordInfo(const QString &jobId, int number);
    QJsonObject stages(const QString &recordId);
    QList<QJsonObject> recordList(const QString &jobId, qint64 days);

    std::unique_ptr<DemoBuilds> m_builds;
    qint64 m_now = 0;
};

namespace {
const QString kFirst = DemoJobs::firstJobId();
const QString kSlowJob = u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_qs;   // runs, has no codeBranch parameter
constexpr qint64 kDay = 24 * 3600 * 1000;

QJsonObject parameter(const QString &name, const QString &value)
{
    return {{u"name"_qs, name}, {u"value"_qs, value}};
}

// The stages of a full-stages answer in their order (by sequence).
QList<QJsonObject> inOrder(const QJsonObject &buildStages)
{
    QList<QJsonObject> stages;
    for (const QJsonValue &stage : buildStages)
        stages.append(stage.toObject());
    std::sort(stages.begin(), stages.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[u"sequence"].toInt() < b[u"sequence"].toInt();
    });
    return stages;
}

qint64 isoMs(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

void TestDemoBuilds::init()
{
    m_builds = std::make_unique<DemoBuilds>();
    m_now = QDateTime(QDate(2026, 12, 2), QTime(12, 0)).toMSecsSinceEpoch();
    m_builds->setClock([this] { return m_now; });
}

DemoResponse TestDemoBuilds::get(const QString &path, const QUrlQuery &query)
{
    DemoRequest request{"GET", QUrl(path), {}, {}};
    request.url.setQuery(query);
    return m_builds->respond(request);
}

DemoResponse TestDemoBuilds::post(const QString &path, const QJsonObject &body, const QUrlQuery &query)
{
    DemoRequest request{"POST", QUrl(path), {}, QJsonDocument(body).toJson()};
    request.url.setQuery(query);
    return m_builds->respond(request);
}

QJsonObject TestDemoBuilds::json(const DemoResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QJsonValue TestDemoBuilds::result(const DemoResponse &response)
{
    if (response.status != 200)
        qWarning("HTTP %d: %s", response.status, response.body.constData());
    return json(response).value(u"result");
}

int TestDemoBuilds::run(const QString &jobId, const QJsonArray &parameters, const QJsonObject &scm)
{
    QJsonObject body{{u"job_id"_qs, jobId}};
    if (!parameters.isEmpty())
        body.insert(u"parameter"_qs, parameters);
    if (!scm.isEmpty())
        body.insert(u"scm"_qs, scm);
    const DemoResponse response = post(u"/v1/job/execute"_qs, body);
    if (response.status != 200)
        return -response.status;
    return json(response)[u"actual_build_number"].toString().toInt();
}

QJsonObject TestDemoBuilds::details(const QString &jobId, int number)
{
    return json(get(u"/v3/jobs/" + jobId + u'/' + QString::number(number) + u"/history-details"));
}

QJsonObject TestDemoBuilds::recordInfo(const QString &jobId, int number)
{
    return result(get(u"/v1/record/" + jobId + u'/' + QString::number(number) + u"/record-info")).toObject();
}

QJsonObject TestDemoBuilds::stages(const QString &recordId)
{
    return result(get(u"/v1/record/" + recordId + u"/full-stages")).toObject().value(u"build_stages").toObject();
}

// The record list's items over the last `days` days (at most 31), newest first.
QList<QJsonObject> TestDemoBuilds::recordList(const QString &jobId, qint64 days)
{
    QUrlQuery query;
    query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now - days * kDay)));
    query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now)));
    query.addQueryItem(u"page_size"_qs, u"100"_qs);
    QList<QJsonObject> items;
    for (int page = 0; page < 100; ++page) {
        query.removeAllQueryItems(u"page_index"_qs);
        query.addQueryItem(u"page_index"_qs, QString::number(page));
        const QJsonObject answer = result(get(u"/v1/record/" + jobId + u"/list", query)).toObject();
        for (const QJsonValue &item : answer[u"job_build_states"].toArray())
            items.append(item.toObject());
        if (page + 1 >= answer[u"total_page"].toString().toInt())
            break;
    }
    return items;
}

void TestDemoBuilds::recordsForEveryJobOver90Days()
{
    for (const DemoJob &job : DemoJobs::all()) {
        if (job.result.isEmpty() || job.id == QLatin1String(DemoBuilds::legacyJob))
            continue;
        QList<BuildRecord> records;
        for (const TimeWindow &window : BuildWindows::split(QDateTime::fromMSecsSinceEpoch(m_now - 90 * kDay),
                                                            QDateTime::fromMSecsSinceEpoch(m_now))) {
            QUrlQuery query;
            query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(window.start));
            query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(window.end));
            query.addQueryItem(u"page_size"_qs, u"100"_qs);
            for (int page = 0;; ++page) {
                query.removeAllQueryItems(u"page_index"_qs);
                query.addQueryItem(u"page_index"_qs, QString::number(page));
                const DemoResponse response = get(u"/v1/record/" + job.id + u"/list", query);
                QCOMPARE(response.status, 200);
                const QJsonObject result = json(response)[u"result"].toObject();
                QVERIFY(result[u"total_page"].isString()); // strings, as documented
                const BuildRecordPage parsed = BuildParse::recordPage(result);
                records += parsed.records;
                if (page + 1 >= parsed.totalPages)
                    break;
            }
        }
        // Several builds a day for 90 days, varied.
        QVERIFY2(records.size() >= 2 * 89, qPrintable(job.id));
        QSet<QString> results, triggers, executors, branches;
        for (const BuildRecord &record : std::as_const(records)) {
            results.insert(record.result);
            triggers.insert(record.triggerType);
            executors.insert(record.executor);
            branches.insert(record.branch);
            QCOMPARE(record.commitId.size(), 40);
            QVERIFY(record.durationMs.value_or(0) > 0 || record.result == u"running");
        }
        // Varied and frozen jobs' builds end in varied ways; a steady job's as its plan says.
        using Pattern = DemoBuildPlan::Pattern;
        if (job.plan.pattern == Pattern::Varied || job.plan.pattern == Pattern::Frozen) {
            QVERIFY(results.contains(u"success"_qs));
            QVERIFY(results.size() >= 2);
        } else {
            results.remove(u"running"_qs);   // the continuous job's build under way
            QCOMPARE(results, QSet<QString>{job.plan.outcome.toLower()});
        }
        QVERIFY(triggers.size() >= 3);
        QVERIFY(executors.size() >= 3);
        // A job chooses its branch through codeBranch; without one it builds its own branch.
        if (job.branchParameter)
            QVERIFY(branches.size() >= 3);
        else
            QCOMPARE(branches, QSet<QString>{job.defaultBranch});
    }
}

void TestDemoBuilds::recordListRefusesLongWindows()
{
    QUrlQuery query;
    query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now - 32 * kDay)));
    query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now)));
    const DemoResponse response = get(u"/v1/record/" + kFirst + u"/list", query);
    QCOMPARE(response.status, 400);
    QCOMPARE(json(response)[u"error_code"].toString(), u"CB.00031105"_qs);
    QCOMPARE(get(u"/v1/record/" + kFirst + u"/list").status, 400);
}

void TestDemoBuilds::legacyJobHasOnlyTheOldHistory()
{
    const QString legacy = QLatin1String(DemoBuilds::legacyJob);
    QUrlQuery window;
    window.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now - kDay)));
    window.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(m_now)));
    QCOMPARE(get(u"/v1/record/" + legacy + u"/list", window).status, 404);
    // Nor are the other current record calls: clients fall back to the old history.
    for (const QString &path : QStringList{u"/v1/record/" + legacy + u"/1/record-info", u"/v1/job/" + legacy + u"/1/history-parameters",
                                u"/v1/record/" + DemoIds::recordId(legacy, 1) + u"/full-stages"}) {
        const DemoResponse unpublished = get(path);
        QCOMPARE(unpublished.status, 404);
        QCOMPARE(json(unpublished)[u"error_code"].toString(), u"APIG.0101"_qs);
    }
    QCOMPARE(get(u"/v3/jobs/" + legacy + u"/1/history-details").status, 200);
    QUrlQuery query;
    query.addQueryItem(u"offset"_qs, u"0"_qs);
    query.addQueryItem(u"limit"_qs, u"10"_qs);
    query.addQueryItem(u"interval"_qs, u"30"_qs);
    const DemoResponse response = get(u"/v3/jobs/" + legacy + u"/history", query);
    QCOMPARE(response.status, 200);
    const BuildRecordPage page = BuildParse::historyPage(json(response));
    QCOMPARE(page.records.size(), 10);
    QVERIFY(page.totalRecords > 30);
    QVERIFY(page.records.first().startTimeMs.value() >= m_now - 30 * kDay);
    // interval above 30 is refused, as documented.
    query.removeAllQueryItems(u"interval"_qs);
    query.addQueryItem(u"interval"_qs, u"31"_qs);
    QCOMPARE(get(u"/v3/jobs/" + legacy + u"/history", query).status, 400);
}

void TestDemoBuilds::historyDetailsMaskSecrets()
{
    const BuildDetails parsed = BuildParse::historyDetails(details(kFirst, 3));
    QCOMPARE(parsed.number, 3);
    QCOMPARE(parsed.steps.size(), 6);
    bool masked = false;
    for (const auto &[name, value] : parsed.parameters)
        masked = masked || (name == u"RELEASE_TOKEN" && value == QLatin1String(DemoBuilds::maskedValue));
    QVERIFY(masked);
    const DemoResponse missing = get(u"/v3/jobs/" + kFirst + u"/99999/history-details");
    QCOMPARE(missing.status, 403);
    QCOMPARE(json(missing)[u"error_code"].toString(), u"CB.00031059"_qs);

    // A secret given to a run is masked in its details and in its parameters; a parameter the
    // job does not define is not used at all.
    const int number = run(kFirst, {parameter(u"RELEASE_TOKEN"_qs, u"s3cr3t"_qs), parameter(u"DEPLOY_TOKEN"_qs, u"s3cr3t"_qs)});
    QVERIFY(number > 0);
    const QJsonObject parameters = details(kFirst, number).value(u"parameters").toObject();
    QCOMPARE(parameters.value(u"RELEASE_TOKEN").toString(), QLatin1String(DemoBuilds::maskedValue));
    QVERIFY(!parameters.contains(u"DEPLOY_TOKEN"));
    const DemoResponse history = get(u"/v1/job/" + kFirst + u'/' + QString::number(number) + u"/history-parameters");
    QVERIFY(!history.body.contains("s3cr3t"));
    QVERIFY(history.body.contains("RELEASE_TOKEN"));
    QVERIFY(!history.body.contains("DEPLOY_TOKEN"));
}

void TestDemoBuilds::runMovesThroughItsStepsAndSucceeds()
{
    const int number = run(kFirst);
    QVERIFY(number > 0);
    const auto state = [this, number] {
        return BuildParse::buildState(json(get(u"/v1/job/" + kFirst + u'/' + QString::number(number) + u"/build-info")));
    };
    QVERIFY(state().building);
    // At once: the set-up stage runs, the steps have not started.
    const QString record = recordInfo(kFirst, number).value(u"id").toString();
    QList<QJsonObject> now = inOrder(stages(record));
    QCOMPARE(now.size(), 8);
    QCOMPARE(now.first()[u"execution_stage_name"].toString(), u"initial"_qs);
    QCOMPARE(now.first()[u"status"].toString(), u"RUNNING"_qs);
    QVERIFY(now.first()[u"finish_time"].isNull());
    QCOMPARE(now.at(1)[u"status"].toString(), u"INIT"_qs);
    QVERIFY(now.at(1)[u"start_time"].isNull());
    QCOMPARE(recordInfo(kFirst, number)[u"status"].toString(), u"RUNNING"_qs);
    BuildDetails steps = BuildParse::historyDetails(details(kFirst, number));
    QCOMPARE(steps.steps.first().status, QString());
    QCOMPARE(steps.steps.last().status, QString());
    m_now += 15'000;
    steps = BuildParse::historyDetails(details(kFirst, number));
    QCOMPARE(steps.steps.first().status, u"success"_qs);
    QVERIFY(BuildParse::runningStatus(json(get(u"/v1/job/" + kFirst + u"/running-status"))).isRunning);
    m_now += 60'000;
    QVERIFY(!state().building);
    QCOMPARE(state().result, u"success"_qs);
    steps = BuildParse::historyDetails(details(kFirst, number));
    for (const BuildStep &step : steps.steps)
        QCOMPARE(step.status, u"success"_qs);
    now = inOrder(stages(record));
    for (const QJsonObject &stage : now)
        QCOMPARE(stage[u"status"].toString(), u"SUCCESS"_qs);
    QCOMPARE(now.last()[u"execution_stage_name"].toString(), u"final"_qs);
    QCOMPARE(recordInfo(kFirst, number)[u"status"].toString(), u"SUCCESS"_qs);
    const RunningStatus status = BuildParse::runningStatus(json(get(u"/v1/job/" + kFirst + u"/running-status")));
    QVERIFY(!status.isRunning);
    QCOMPARE(status.lastBuildNumber, std::optional<int>(number));
}

void TestDemoBuilds::runOfTheFailingJobFails()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);
    const int number = run(job);
    QVERIFY(number > 0);
    m_now += 61'000;
    const BuildDetails steps = BuildParse::historyDetails(details(job, number));
    QCOMPARE(steps.failedStep(), 3);
    QCOMPARE(steps.steps.at(3).name, u"Run unit tests"_qs);
    QCOMPARE(steps.steps.at(4).status, QString());
    const BuildInfoState state = BuildParse::buildState(json(get(u"/v1/job/" + job + u'/' + QString::number(number) + u"/build-info")));
    QCOMPARE(state.result, u"failure"_qs);
}

void TestDemoBuilds::runLastsTwentyToSixtySeconds()
{
    for (int i = 0; i < 5; ++i) {
        const int number = run(kFirst);
        m_now += 61'000;
        const QJsonObject info = recordInfo(kFirst, number);
        qint64 total = 0;
        for (const QJsonObject &stage : inOrder(stages(info[u"id"].toString())))
            total += stage[u"duration"].toInteger();
        QCOMPARE(total, info[u"duration"].toInteger());
        QVERIFY2(total >= 20'000 && total <= 60'000, qPrintable(QString::number(total)));
    }
    m_builds->setRunDurationScale(0.01);
    const int quick = run(kFirst);
    m_now += 700;
    QVERIFY(!BuildParse::buildState(json(get(u"/v1/job/" + kFirst + u'/' + QString::number(quick) + u"/build-info"))).building);
}

void TestDemoBuilds::stopAbortsARunningBuild()
{
    const int number = run(kFirst);
    m_now += 10'000;
    QUrlQuery query;
    query.addQueryItem(u"build_no"_qs, QString::number(number));
    const DemoResponse stopped = post(u"/v1/job/" + kFirst + u"/stop", {{u"build_no"_qs, number}}, query);
    QCOMPARE(stopped.status, 200);
    QCOMPARE(m_builds->lastStopBuildNumbers(), std::pair(number, number));
    m_now += 60'000;
    const BuildInfoState state = BuildParse::buildState(json(get(u"/v1/job/" + kFirst + u'/' + QString::number(number) + u"/build-info")));
    QCOMPARE(state.result, u"aborted"_qs);
    // Stopping it again: the build has finished.
    const DemoResponse again = post(u"/v1/job/" + kFirst + u"/stop", {{u"build_no"_qs, number}}, query);
    QCOMPARE(again.status, 400);
    QCOMPARE(json(again)[u"error_code"].toString(), u"DEV.CB.032302"_qs);
    QCOMPARE(m_builds->stopRequests(kFirst), 2);
}

void TestDemoBuilds::stopNeedsABuildNumber()
{
    QCOMPARE(post(u"/v1/job/" + kFirst + u"/stop").status, 400);
    QUrlQuery query;
    query.addQueryItem(u"build_no"_qs, u"3"_qs);
    QCOMPARE(post(u"/v1/job/" + kFirst + u"/stop", {{u"build_no"_qs, 4}}, query).status, 400);
}

void TestDemoBuilds::followFlipsTheFavoriteFlag()
{
    const DemoJob &first = DemoJobs::all().first();
    QVERIFY(first.result[u"favorite"].toBool());
    QCOMPARE(m_builds->withLiveState(kFirst, first.result)[u"favorite"].toBool(), true);
    const DemoResponse unfollowed = post(u"/v1/job/" + kFirst + u"/unfollow");
    QCOMPARE(unfollowed.status, 200);
    QCOMPARE(BuildParse::favorite(json(unfollowed)), std::optional<bool>(false));
    QCOMPARE(m_builds->withLiveState(kFirst, first.result)[u"favorite"].toBool(), false);
    QCOMPARE(BuildParse::favorite(json(post(u"/v1/job/" + kFirst + u"/follow"))), std::optional<bool>(true));
    QCOMPARE(m_builds->withLiveState(kFirst, first.result)[u"favorite"].toBool(), true);
}

void TestDemoBuilds::throttledAndForbiddenRuns()
{
    const DemoResponse throttled = post(u"/v1/job/execute"_qs, {{u"job_id"_qs, QLatin1String(DemoBuilds::throttledJob)}});
    QCOMPARE(throttled.status, 500);
    QCOMPARE(json(throttled)[u"error_code"].toString(), u"CB.00060211"_qs);
    QCOMPARE(m_builds->executeRequests(QLatin1String(DemoBuilds::throttledJob)), 1);
    QCOMPARE(run(QLatin1String(DemoBuilds::legacyJob)), -403); // is_execute is false
    QCOMPARE(run(u"4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"_qs), -404);
}

void TestDemoBuilds::runningJobHasABuildUnderWay()
{
    const QString job = QLatin1String(DemoBuilds::runningJob);
    const RunningStatus status = BuildParse::runningStatus(json(get(u"/v1/job/" + job + u"/running-status")));
    QVERIFY(status.isRunning);
    QVERIFY(status.lastBuildNumber.value_or(0) > 100);
    QUrlQuery query;
    query.addQueryItem(u"build_no"_qs, QString::number(*status.lastBuildNumber));
    QCOMPARE(post(u"/v1/job/" + job + u"/stop", {{u"build_no"_qs, *status.lastBuildNumber}}, query).status, 200);
    QVERIFY(!BuildParse::runningStatus(json(get(u"/v1/job/" + job + u"/running-status"))).isRunning);
}

// record-info is the record list's build seen from another side: the same number, times,
// branch and commit, the three IDs, and the status in upper case.
void TestDemoBuilds::recordInfoAgreesWithTheRecordList()
{
    const QString job = QLatin1String(DemoBuilds::throttledJob);   // builds that end in varied ways
    const DemoJob demo = *DemoJobs::find(job);
    const QList<QJsonObject> items = recordList(job, 14);
    QVERIFY(items.size() >= 20);
    const QHash<QString, QString> statusOf = {{u"SUCCESS"_qs, u"SUCCESS"_qs}, {u"FAILURE"_qs, u"FAILED"_qs},
                                              {u"ABORTED"_qs, u"ABORTED"_qs}, {u"timeout"_qs, u"TIMEOUT"_qs}};
    QSet<QString> statuses;
    for (const QJsonObject &item : items) {
        const int number = item[u"number"].toInt();
        const QJsonObject info = recordInfo(job, number);
        QCOMPARE(info[u"id"].toString(), DemoIds::recordId(job, number));
        QVERIFY(DemoIds::isUuid(info[u"id"].toString()));
        QCOMPARE(info[u"build_record_id"], info[u"id"]);
        QCOMPARE(info[u"build_project_id"], demo.result[u"project_id"]);
        QCOMPARE(info[u"devcloud_project_id"].toString(), demo.projectId);
        QCOMPARE(info[u"codeci_job_id"].toString(), job);
        QCOMPARE(info[u"build_no"].toInt(), number);
        QCOMPARE(info[u"branch"], item[u"code_branch"]);
        QCOMPARE(info[u"commit"], item[u"commit_id"]);
        QCOMPARE(info[u"duration"].toInteger(), item[u"build_time"].toInteger());
        QVERIFY(info[u"start_time"].toString().endsWith(u"+08:00"));
        QCOMPARE(isoMs(info[u"start_time"]), item[u"start_time"].toInteger());
        if (item[u"job_running_status"].toString() == u"Running") {
            QVERIFY(item[u"state"].isNull());
            QCOMPARE(info[u"status"].toString(), u"RUNNING"_qs);
            QVERIFY(info[u"finish_time"].isNull());
        } else {
            QCOMPARE(isoMs(info[u"finish_time"]) - isoMs(info[u"start_time"]), info[u"duration"].toInteger());
            QCOMPARE(info[u"status"].toString(), statusOf.value(item[u"state"].toString()));
        }
        QVERIFY(QStringList({u"MANUAL"_qs, u"SCHEDULED"_qs, u"CODE_CHANGE"_qs, u"PIPELINE"_qs}).contains(info[u"trigger_type"].toString()));
        QCOMPARE(info[u"region"].toString(), u"cn-north-4"_qs);
        statuses << info[u"status"].toString();
    }
    QVERIFY(statuses.contains(u"SUCCESS"_qs) && statuses.contains(u"FAILED"_qs));
}

void TestDemoBuilds::unknownBuildsAndRecords()
{
    for (const QString &path : QStringList{u"/v1/record/" + kFirst + u"/99999/record-info", u"/v1/job/" + kFirst + u"/99999/build-info",
                                u"/v1/job/" + kFirst + u"/99999/history-parameters"}) {
        const DemoResponse missing = get(path);
        QCOMPARE(missing.status, 422);
        QCOMPARE(json(missing)[u"error_code"].toString(), u"CB.00031006"_qs);
    }
    for (const QString &record : {QUuid::createUuid().toString(QUuid::WithoutBraces), u"not-a-record"_qs, kFirst}) {
        const DemoResponse missing = get(u"/v1/record/" + record + u"/full-stages");
        QCOMPARE(missing.status, 404);
        QVERIFY(json(missing)[u"error_code"].toString().startsWith(u"CB."));
        QVERIFY(!json(missing)[u"error_msg"].toString().isEmpty());
    }
}

// A failed build's stages: set-up and the steps before the failure succeeded, the failed step
// FAILED, the later ones never started (INIT, no times), the clean-up ran.
void TestDemoBuilds::fullStagesOfAFailedBuild()
{
    const QString job = QLatin1String(DemoBuilds::failingJob);
    int failed = 0;
    for (const QJsonObject &item : recordList(job, 14)) {
        if (item[u"state"].toString() == u"FAILURE") {
            failed = item[u"number"].toInt();
            break;
        }
    }
    QVERIFY(failed > 0);
    const QJsonObject info = recordInfo(job, failed);
    QCOMPARE(info[u"status"].toString(), u"FAILED"_qs);
    const QJsonObject buildStages = stages(info[u"id"].toString());
    QStringList keys = buildStages.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"final"_qs, u"initial"_qs, u"stage1"_qs, u"stage2"_qs, u"stage3"_qs, u"stage4"_qs,
                                u"stage5"_qs, u"stage6"_qs}));
    const QList<QJsonObject> ordered = inOrder(buildStages);
    QCOMPARE(ordered.first()[u"execution_stage_name"].toString(), u"initial"_qs);
    QCOMPARE(ordered.last()[u"execution_stage_name"].toString(), u"final"_qs);
    qsizetype failedAt = -1;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const QJsonObject &stage = ordered.at(i);
        QCOMPARE(stage[u"sequence"].toInt(), int(i));
        QCOMPARE(stage[u"build_record_id"], info[u"id"]);
        if (i >= 1 && i <= 6)
            QCOMPARE(stage[u"display_name"].toString(), DemoRecords::stepNames().at(i - 1));
        const QString status = stage[u"status"].toString();
        if (status == u"FAILED") {
            QCOMPARE(failedAt, -1);
            failedAt = i;
        }
        if (failedAt < 0 || i == failedAt || i == ordered.size() - 1) {
            QVERIFY2(status == u"SUCCESS" || i == failedAt, qPrintable(status));
            QCOMPARE(isoMs(stage[u"finish_time"]) - isoMs(stage[u"start_time"]), stage[u"duration"].toInteger());
        } else {
            QCOMPARE(status, u"INIT"_qs);
            QVERIFY(stage[u"start_time"].isNull());
            QVERIFY(stage[u"finish_time"].isNull());
        }
    }
    QVERIFY(failedAt == 3 || failedAt == 4);   // Compile or Run unit tests
    QVERIFY(info[u"err_msg"].toString().contains(ordered.at(failedAt)[u"display_name"].toString()));
    // The build's times are its stages': from the set-up's start to the clean-up's end.
    QCOMPARE(ordered.first()[u"start_time"], info[u"start_time"]);
    QCOMPARE(ordered.last()[u"finish_time"], info[u"finish_time"]);
}

void TestDemoBuilds::historyRecordsCarryOnlySdkFields()
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_qs, u"0"_qs);
    query.addQueryItem(u"limit"_qs, u"20"_qs);
    query.addQueryItem(u"interval"_qs, u"30"_qs);
    const QJsonArray records = json(get(u"/v3/jobs/" + kFirst + u"/history", query))[u"history_records"].toArray();
    QCOMPARE(records.size(), 20);
    for (const QJsonValue &record : records) {
        QStringList keys = record.toObject().keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"build_number"_qs, u"end_time"_qs, u"job_id"_qs, u"record_id"_qs, u"result"_qs,
                                    u"start_time"_qs}));
    }
}

void TestDemoBuilds::historyDetailsNameTheCodeArtsProject()
{
    const DemoJob demo = *DemoJobs::find(kFirst);
    const QJsonObject answer = details(kFirst, 3);
    QCOMPARE(answer[u"project_id"].toString(), demo.projectId);
    QCOMPARE(answer[u"project_name"].toString(), u"Payments"_qs);
    QVERIFY(answer[u"project_id"] != demo.result[u"project_id"]);
    QCOMPARE(answer[u"job_name"].toString(), u"payment-service-ci"_qs);
}

void TestDemoBuilds::configListsTheRunParameters()
{
    const DemoJob demo = *DemoJobs::find(kFirst);
    const QJsonObject config = result(get(u"/v1/job/" + kFirst + u"/config")).toObject();
    QCOMPARE(config[u"project_id"].toString(), demo.projectId);
    QCOMPARE(config[u"job_name"].toString(), u"payment-service-ci"_qs);
    QCOMPARE(config[u"scms"][0][u"branch"].toString(), u"master"_qs);
    QHash<QString, QJsonArray> definitions;
    for (const QJsonValue &definition : config[u"parameters"].toArray()) {
        const QJsonArray params = definition[u"params"].toArray();
        for (const QJsonValue &param : params) {
            if (param[u"name"].toString() == u"name")
                definitions.insert(param[u"value"].toString(), params);
        }
    }
    QVERIFY(definitions.contains(u"codeBranch"_qs));
    QVERIFY(definitions.contains(u"BUILD_ENV"_qs));
    const auto valueOf = [](const QJsonArray &params, const QString &name) {
        for (const QJsonValue &param : params) {
            if (param[u"name"].toString() == name)
                return param.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(valueOf(definitions.value(u"codeBranch"_qs), u"value"_qs)[u"value"].toString(), u"master"_qs);
    QStringList choices;
    for (const QJsonValue &choice : valueOf(definitions.value(u"BUILD_ENV"_qs), u"limits"_qs)[u"limits"].toArray())
        choices << choice[u"name"].toString();
    QCOMPARE(choices, QStringList({u"staging"_qs, u"production"_qs}));
    // A secret parameter's default is not shown.
    QCOMPARE(valueOf(definitions.value(u"RELEASE_TOKEN"_qs), u"value"_qs)[u"value"].toString(),
             QLatin1String(DemoBuilds::maskedValue));
}

// Jobs without a codeBranch parameter: their configuration lists none, and every build is of
// their own branch.
void TestDemoBuilds::jobsWithoutBranchParameterBuildTheirBranch()
{
    int checked = 0;
    for (const DemoJob &job : DemoJobs::all()) {
        if (job.result.isEmpty() || job.branchParameter)
            continue;
        ++checked;
        const DemoResponse config = get(u"/v1/job/" + job.id + u"/config");
        QCOMPARE(config.status, 200);
        QVERIFY(!config.body.contains("codeBranch"));
        QCOMPARE(json(config)[u"result"][u"scms"][0][u"branch"].toString(), job.defaultBranch);
        if (job.id == QLatin1String(DemoBuilds::legacyJob))
            continue;   // its parameters are not published
        const DemoResponse parameters = get(u"/v1/job/" + job.id + u"/5/history-parameters");
        QCOMPARE(parameters.status, 200);
        QVERIFY(!parameters.body.contains("codeBranch"));
        QCOMPARE(recordInfo(job.id, 5)[u"branch"].toString(), job.defaultBranch);
    }
    QVERIFY(checked >= 2);
    QVERIFY(!DemoJobs::find(QLatin1String(DemoBuilds::legacyJob))->branchParameter);
    QVERIFY(!DemoJobs::find(QLatin1String(DemoBuilds::throttledJob))->branchParameter);
}

// ExecuteJob reads scm.build_tag and scm.build_commit_id only: scm.branch chooses nothing, the
// codeBranch parameter does.
void TestDemoBuilds::runIgnoresScmBranchAndBuildsCodeBranch()
{
    const QJsonObject scm{{u"branch"_qs, u"feature/elsewhere"_qs}, {u"build_type"_qs, u"branch"_qs}};
    const int plain = run(kFirst, {}, scm);
    QVERIFY(plain > 0);
    QCOMPARE(m_builds->lastExecuteBody()[u"scm"][u"branch"].toString(), u"feature/elsewhere"_qs);
    QCOMPARE(recordInfo(kFirst, plain)[u"branch"].toString(), u"master"_qs);
    QCOMPARE(recordInfo(kFirst, plain)[u"tag"].toString(), QString());
    const QJsonArray plainParameters = result(get(u"/v1/job/" + kFirst + u'/' + QString::number(plain) + u"/history-parameters")).toArray();
    QVERIFY(plainParameters.contains(parameter(u"codeBranch"_qs, u"master"_qs)));

    const int chosen = run(kFirst, {parameter(u"codeBranch"_qs, u"release/9.9"_qs), parameter(u"BUILD_ENV"_qs, u"production"_qs)}, scm);
    QVERIFY(chosen > plain);
    QCOMPARE(m_builds->executeRequests(kFirst), 2);
    QCOMPARE(recordInfo(kFirst, chosen)[u"branch"].toString(), u"release/9.9"_qs);
    const QJsonArray parameters = result(get(u"/v1/job/" + kFirst + u'/' + QString::number(chosen) + u"/history-parameters")).toArray();
    QVERIFY(parameters.contains(parameter(u"codeBranch"_qs, u"release/9.9"_qs)));
    QVERIFY(parameters.contains(parameter(u"BUILD_ENV"_qs, u"production"_qs)));
    m_now += 61'000;
    const QList<QJsonObject> items = recordList(kFirst, 1);
    QCOMPARE(items.first()[u"number"].toInt(), chosen);
    QCOMPARE(items.first()[u"code_branch"].toString(), u"release/9.9"_qs);
    QCOMPARE(items.at(1)[u"code_branch"].toString(), u"master"_qs);
}

void TestDemoBuilds::runBuildsATagAndACommit()
{
    const QString commit = u"2f37dd4e8a1b9c0d3e5f7a9b1c2d4e6f8a0b2c4d"_qs;
    const int number = run(kFirst, {}, {{u"build_tag"_qs, u"v1.2.3"_qs}, {u"build_commit_id"_qs, commit}});
    QVERIFY(number > 0);
    const QJsonObject info = recordInfo(kFirst, number);
    QCOMPARE(info[u"tag"].toString(), u"v1.2.3"_qs);
    QCOMPARE(info[u"branch"].toString(), QString());
    QCOMPARE(info[u"build_type"].toString(), u"tag"_qs);
    QCOMPARE(info[u"commit"].toString(), commit);
}

void TestDemoBuilds::runOfAJobWithoutBranchParameterIgnoresCodeBranch()
{
    const DemoJob slow = *DemoJobs::find(kSlowJob);
    QVERIFY(!slow.branchParameter);
    const int number = run(kSlowJob, {parameter(u"codeBranch"_qs, u"feature/x"_qs)}, {{u"branch"_qs, u"feature/y"_qs}});
    QVERIFY(number > 0);
    QCOMPARE(recordInfo(kSlowJob, number)[u"branch"].toString(), slow.defaultBranch);
    const DemoResponse parameters = get(u"/v1/job/" + kSlowJob + u'/' + QString::number(number) + u"/history-parameters");
    QVERIFY(!parameters.body.contains("codeBranch"));
    QVERIFY(!parameters.body.contains("feature/"));
}

void TestDemoBuilds::briefRecordsAreTheNewestBuilds()
{
    const QString buildProject = DemoIds::buildProjectId(kFirst);
    QCOMPARE(buildProject, DemoJobs::find(kFirst)->result[u"project_id"].toString());
    const int first = run(kFirst);
    m_now += 1'000;
    const int second = run(kFirst);
    const std::optional<QJsonObject> brief = m_builds->briefProject(buildProject, 3);
    QVERIFY(brief);
    QCOMPARE((*brief)[u"project_id"].toString(), buildProject);
    const QJsonArray records = (*brief)[u"brief_build_record_dtos"].toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0)[u"build_no"].toInt(), second);
    QCOMPARE(records.at(1)[u"build_no"].toInt(), first);
    QVERIFY(records.at(2)[u"build_no"].toInt() < first);
    for (const QJsonValue &record : records) {
        const QJsonObject info = recordInfo(kFirst, record[u"build_no"].toInt());
        QCOMPARE(record[u"id"], info[u"id"]);
        QCOMPARE(record[u"status"], info[u"status"]);
        QCOMPARE(record[u"branch"], info[u"branch"]);
        QCOMPARE(record[u"revision"], info[u"commit"]);
        QCOMPARE(record[u"project_id"].toString(), buildProject);
        // "yyyy-MM-dd HH:mm:ss" in UTC+8.
        const QDateTime start = QDateTime::fromString(record[u"start_time"].toString(), u"yyyy-MM-dd HH:mm:ss"_qs);
        QVERIFY(start.isValid());
        QCOMPARE(QDateTime(start.date(), start.time(), QTimeZone(8 * 3600)).toSecsSinceEpoch(),
                 isoMs(info[u"start_time"]) / 1000);
    }
    QCOMPARE(records.at(0)[u"status"].toString(), u"RUNNING"_qs);
    QVERIFY(records.at(0)[u"finish_time"].isNull());
    QVERIFY(!m_builds->briefProject(QUuid::createUuid().toString(QUuid::WithoutBraces), 3));
    QVERIFY(!m_builds->briefProject(DemoIds::buildProjectId(QLatin1String(DemoBuilds::legacyJob)), 3));
}

void TestDemoBuilds::realTimeLogComesInPieces()
{
    const QString path = u"/v1/log/"_qs + kFirst + u"/3/real-time-log"_qs;
    QCOMPARE(get(path).status, 400);   // size is required
    QString log;
    QUrlQuery query;
    query.addQueryItem(u"size"_qs, u"100"_qs);
    query.addQueryItem(u"sort"_qs, u"AES"_qs);
    // The offsets are line numbers: each page starts where the last one ended.
    for (int offset = 0, pages = 0; pages < 100; ++pages) {
        query.removeAllQueryItems(u"start_offset"_qs);
        query.addQueryItem(u"start_offset"_qs, QString::number(offset));
        const QJsonObject piece = result(get(path, query)).toObject();
        QCOMPARE(piece[u"start_offset"].toString(), QString::number(offset));
        const QString text = piece[u"log"].toString();
        QVERIFY(text.count(u'\n') <= 100);
        log += text;
        offset = piece[u"end_offset"].toString().toInt();
        QCOMPARE(offset, log.count(u'\n'));
        if (!piece[u"has_more"].toBool())
            break;
    }
    QVERIFY(log.contains(u"Run unit tests"));
    QVERIFY(log.trimmed().endsWith(recordInfo(kFirst, 3)[u"status"].toString()));
    query.removeAllQueryItems(u"sort"_qs);
    query.addQueryItem(u"sort"_qs, u"sideways"_qs);
    QCOMPARE(get(path, query).status, 400);

    // While a build runs, the log grows.
    const int number = run(kFirst);
    const QString running = u"/v1/log/"_qs + kFirst + u'/' + QString::number(number) + u"/real-time-log"_qs;
    QUrlQuery all;
    all.addQueryItem(u"size"_qs, u"1000"_qs);
    const QString early = result(get(running, all)).toObject()[u"log"].toString();
    m_now += 15'000;
    const QString later = result(get(running, all)).toObject()[u"log"].toString();
    QVERIFY(later.startsWith(early.left(early.lastIndexOf(u'\n') + 1)));   // but for the line being written
    QVERIFY(later.size() > early.size());
}

// The whole log by the record's ID, as bytes that come in pieces: the same text as the pages.
void TestDemoBuilds::downloadLogIsThePagesText()
{
    const QString recordId = recordInfo(kFirst, 3)[u"id"].toString();
    const DemoResponse download = get(u"/v1/log/"_qs + recordId + u"/download-log"_qs,
                                      QUrlQuery{{u"log_level"_qs, u"INFO"_qs}, {u"compress"_qs, u"false"_qs}});
    QCOMPARE(download.status, 200);
    QCOMPARE(download.mimeType, QByteArray("application/octet-stream"));
    QVERIFY(download.body.isEmpty());
    QVERIFY(download.bodyPieces);
    QByteArray bytes;
    int pieces = 0;
    for (QByteArray piece = download.bodyPieces(); !piece.isEmpty(); piece = download.bodyPieces(), ++pieces)
        bytes += piece;
    QVERIFY(pieces >= 1);
    QUrlQuery page;
    page.addQueryItem(u"size"_qs, u"1000"_qs);
    const QString pages = result(get(u"/v1/log/"_qs + kFirst + u"/3/real-time-log"_qs, page)).toObject()[u"log"].toString();
    QCOMPARE(QString::fromUtf8(bytes), pages);
    QVERIFY(bytes.contains("\xbe\xaf\xb8\xe6"));   // bytes as the tool wrote them (GBK), not decoded

    QCOMPARE(get(u"/v1/log/"_qs + recordId + u"/download-log"_qs, QUrlQuery{{u"log_level"_qs, u"TRACE"_qs}}).status, 400);
    QCOMPARE(get(u"/v1/log/"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/download-log"_qs).status, 404);
    // The legacy job's record is not known by ID here, as for full-stages.
    QCOMPARE(get(u"/v1/log/"_qs + DemoIds::recordId(QLatin1String(DemoBuilds::legacyJob), 3) + u"/download-log"_qs).status, 404);
}

// One demo job's newest build has the huge log; its pages are made line by line.
void TestDemoBuilds::hugeLogOfTheNewestBuild()
{
    const QString job = QLatin1String(DemoBuilds::hugeLogJob);
    const int newest = result(get(u"/v1/job/"_qs + job + u"/running-status"_qs)).toObject()[u"last_build_no"].toString().toInt();
    QUrlQuery query;
    query.addQueryItem(u"size"_qs, u"1000"_qs);
    query.addQueryItem(u"start_offset"_qs, u"199500"_qs);
    const QJsonObject last = result(get(u"/v1/log/"_qs + job + u'/' + QString::number(newest) + u"/real-time-log"_qs, query)).toObject();
    QCOMPARE(last[u"end_offset"].toString(), u"200000"_qs);
    QCOMPARE(last[u"has_more"].toBool(true), false);
    QCOMPARE(last[u"log"].toString().count(u'\n'), 500);
    const QJsonObject older = result(get(u"/v1/log/"_qs + job + u'/' + QString::number(newest - 1) + u"/real-time-log"_qs, query)).toObject();
    QCOMPARE(older[u"log"].toString(), QString());
}

void TestDemoBuilds::upperCaseJobIdsAreRefused()
{
    const QString upper = kFirst.toUpper();
    for (const QString &path : QStringList{u"/v1/record/" + upper + u"/list", u"/v1/record/" + upper + u"/3/record-info",
                                u"/v1/job/" + upper + u"/running-status", u"/v1/job/" + upper + u"/config",
                                u"/v1/job/" + upper + u"/3/history-parameters", u"/v3/jobs/" + upper + u"/3/history-details",
                                u"/v1/log/" + upper + u"/3/real-time-log"}) {
        const DemoResponse refused = get(path);
        QCOMPARE(refused.status, 400);
        QCOMPARE(json(refused)[u"error_code"].toString(), u"CB.00060201"_qs);
    }
    QCOMPARE(run(upper), -400);
    QCOMPARE(m_builds->executeRequests(upper), 1);
}

QTEST_GUILESS_MAIN(TestDemoBuilds)
#include "tst_demobuilds.moc"
