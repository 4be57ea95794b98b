#include "api/buildrecords.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demojobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

// The sandbox's builds on a clock the test moves: records, runs through their steps, stop,
// follow, throttling. Called directly, as the sandbox's server thread calls it.
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

private:
    DemoResponse get(const QString &path, const QUrlQuery &query = {});
    DemoResponse post(const QString &path, const QJsonObject &body = {}, const QUrlQuery &query = {});
    static QJsonObject json(const DemoResponse &response);
    int run(const QString &jobId);
    QJsonObject details(const QString &jobId, int number);

    std::unique_ptr<DemoBuilds> m_builds;
    qint64 m_now = 0;
};

namespace {
const QString kFirst = DemoJobs::firstJobId();
constexpr qint64 kDay = 24 * 3600 * 1000;
}

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

int TestDemoBuilds::run(const QString &jobId)
{
    const DemoResponse response = post(u"/v1/job/execute"_qs, {{u"job_id"_qs, jobId}});
    if (response.status != 200)
        return -response.status;
    return json(response)[u"actual_build_number"].toString().toInt();
}

QJsonObject TestDemoBuilds::details(const QString &jobId, int number)
{
    return json(get(u"/v3/jobs/" + jobId + u'/' + QString::number(number) + u"/history-details"));
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
            QVERIFY(record.durationMs.value_or(0) > 0);
        }
        QVERIFY(results.contains(u"success"_qs));
        QVERIFY(results.size() >= 2);
        QVERIFY(triggers.size() >= 3);
        QVERIFY(executors.size() >= 3);
        QVERIFY(branches.size() >= 3);
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

    // A secret given to a run stays masked in its details.
    const DemoResponse started = post(u"/v1/job/execute"_qs,
        {{u"job_id"_qs, kFirst}, {u"parameter"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"DEPLOY_TOKEN"_qs}, {u"value"_qs, u"s3cr3t"_qs}}}}});
    QCOMPARE(started.status, 200);
    const int number = json(started)[u"actual_build_number"].toString().toInt();
    QVERIFY(!details(kFirst, number).value(u"parameters").toObject().value(u"DEPLOY_TOKEN").toString().contains(u"s3cr3t"));
}

void TestDemoBuilds::runMovesThroughItsStepsAndSucceeds()
{
    const int number = run(kFirst);
    QVERIFY(number > 0);
    const auto state = [this, number] {
        return BuildParse::buildState(json(get(u"/v1/job/" + kFirst + u'/' + QString::number(number) + u"/build-info")));
    };
    QVERIFY(state().building);
    BuildDetails steps = BuildParse::historyDetails(details(kFirst, number));
    QCOMPARE(steps.steps.first().status, u"running"_qs);
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
        qint64 total = 0;
        m_now += 61'000;
        for (const BuildStep &step : BuildParse::historyDetails(details(kFirst, number)).steps)
            total += step.durationMs;
        QVERIFY2(total >= 19'900 && total <= 60'000, qPrintable(QString::number(total)));
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

QTEST_GUILESS_MAIN(TestDemoBuilds)
#include "tst_demobuilds.moc"
