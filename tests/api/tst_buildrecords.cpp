#include "api/buildclient.h"
#include "api/buildrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

// Every answer shape and type variant of the build calls, without a network.
class TestBuildRecords : public QObject
{
    Q_OBJECT

private slots:
    void triggerWordsInTheUiLanguage_data();
    void triggerWordsInTheUiLanguage();
    void recordPageAsDocumented();
    void recordPageTypeVariants();
    void recordStillRunning();
    void historyPageArrayAndLoneObject();
    void historyDetailsKeepsMaskedValues();
    void historyDetailsParameterList();
    void runningStatusShapes();
    void buildNumbersAreWholeOrNone_data();
    void buildNumbersAreWholeOrNone();
    void buildStateShapes();
    void startedBuildShapes();
    void favoriteShapes();
    void normalizedResults_data();
    void normalizedResults();
    void durations();
    void recordJson();
    void windowsOverMoreThan31Days();
    void windowsShortPeriod();
    void queryTimeIsLocal();
    void summary();
    void recordDetailAsTheSdkHasIt();
    void fullStagesInTheirOrder();
    void stageStatuses_data();
    void stageStatuses();
    void buildParametersInOrder();
    void briefRecordsNewestBuildEach();
    void briefTimesWithoutAZone();
    void jobConfigParametersAndBranch();
    void branchParameterFollowsTheRepositorysReference();
    void runRequestBody();
    void runRequestValidation();
    void runRequestBranchGoesToTheBranchParameter();
    void interpretErrors();
};

void TestBuildRecords::recordPageAsDocumented()
{
    const BuildRecordPage page = BuildParse::recordPage(parse(R"({
        "health_score": "92", "page_index": "0", "total_page": "3", "total_record": "250",
        "job_build_states": [{
            "number": 12, "daily_build_number": "20231226.1", "start_time": 1703574000000,
            "build_time": 3525000, "cost_time": 3525000, "state": "SUCCESS",
            "job_running_status": "Finished", "executor": "zhang.wei", "nickname": "Zhang",
            "user_id": "u1", "trigger_type": "Manual", "build_type": "branch",
            "code_branch": "master", "commit_id": "2f37dd0a", "scm_type": "codehub",
            "commit_info": {"commit_id": "2f37dd0a", "created_at": "1703573000000"}}]})"));
    QCOMPARE(page.totalPages, 3);
    QCOMPARE(page.totalRecords, 250);
    QCOMPARE(page.records.size(), 1);
    const BuildRecord &record = page.records.first();
    QCOMPARE(record.number, 12);
    QCOMPARE(record.dailyBuildNumber, u"20231226.1"_qs);
    QCOMPARE(record.result, u"success"_qs);
    QCOMPARE(record.startTimeMs, std::optional<qint64>(1703574000000));
    QCOMPARE(record.durationMs, std::optional<qint64>(3525000));
    QCOMPARE(record.triggerType, u"Manual"_qs);
    QCOMPARE(record.executor, u"zhang.wei"_qs);
    QCOMPARE(record.branch, u"master"_qs);
    QCOMPARE(record.commitId, u"2f37dd0a"_qs);
}

void TestBuildRecords::recordPageTypeVariants()
{
    // Numbers as strings, totals as numbers, the commit only inside commit_info, no executor
    // but a nickname, cost_time instead of build_time, a lone object instead of an array.
    const BuildRecordPage page = BuildParse::recordPage(parse(R"({
        "total_page": 1, "total_record": 1,
        "job_build_states": {"number": "7", "daily_build_number": 20231226.2, "start_time": "1703574000000",
            "cost_time": "61000", "state": "FAILURE", "nickname": "li.na",
            "commit_info": {"commit_id": "abc123"}}})"));
    QCOMPARE(page.totalPages, 1);
    QCOMPARE(page.records.size(), 1);
    const BuildRecord &record = page.records.first();
    QCOMPARE(record.number, 7);
    QCOMPARE(record.dailyBuildNumber, u"20231226.2"_qs);
    QCOMPARE(record.startTimeMs, std::optional<qint64>(1703574000000));
    QCOMPARE(record.durationMs, std::optional<qint64>(61000));
    QCOMPARE(record.result, u"failure"_qs);
    QCOMPARE(record.executor, u"li.na"_qs);
    QCOMPARE(record.commitId, u"abc123"_qs);

    // Garbage of every kind is missing, never a crash or a wrong number.
    const BuildRecord odd = BuildParse::recordFromV1(parse(R"({"number": "x", "start_time": true,
        "build_time": -5, "state": null, "commit_info": "nope"})"));
    QCOMPARE(odd.number, 0);
    QVERIFY(!odd.startTimeMs);
    QVERIFY(!odd.durationMs);
    QVERIFY(odd.result.isEmpty());
    QVERIFY(BuildParse::recordPage(parse(R"({"job_build_states": "none"})")).records.isEmpty());
}

void TestBuildRecords::recordStillRunning()
{
    const BuildRecord record = BuildParse::recordFromV1(
        parse(R"({"number": 8, "state": null, "job_running_status": "Running", "build_time": 1000})"));
    QCOMPARE(record.result, u"running"_qs);
    QVERIFY(record.isRunning());
    QCOMPARE(BuildParse::recordFromV1(parse(R"({"state": "SUCCESS", "job_running_status": "Starting"})")).result,
             u"running"_qs);
}

void TestBuildRecords::historyPageArrayAndLoneObject()
{
    const BuildRecordPage page = BuildParse::historyPage(parse(R"({"total": 2, "history_records": [
        {"record_id": "20201230.1", "job_id": "j", "build_number": 55, "start_time": "2020-12-30T17:33:11+08:00",
         "end_time": "2020-12-30T17:33:27+08:00", "result": "FAILURE", "branch": "master",
         "commit_id": "2f37dd", "executor": "test", "trigger_type": "手工触发"},
        {"record_id": "20201230.2", "build_number": "56", "start_time": "2020-12-30T18:00:00+08:00",
         "end_time": null, "result": null}]})"));
    QCOMPARE(page.totalRecords, 2);
    QCOMPARE(page.records.size(), 2);
    const BuildRecord &first = page.records.first();
    QCOMPARE(first.number, 55);
    QCOMPARE(first.dailyBuildNumber, u"20201230.1"_qs);
    QCOMPARE(first.result, u"failure"_qs);
    QCOMPARE(first.startTimeMs, std::optional<qint64>(QDateTime(QDate(2020, 12, 30), QTime(9, 33, 11), Qt::UTC).toMSecsSinceEpoch()));
    QCOMPARE(first.durationMs, std::optional<qint64>(16000));
    QCOMPARE(first.triggerType, u"手工触发"_qs);
    QCOMPARE(page.records.at(1).number, 56);
    QCOMPARE(page.records.at(1).result, u"running"_qs);
    QVERIFY(!page.records.at(1).durationMs);

    // The documentation's example sends the record as an object.
    const BuildRecordPage lone = BuildParse::historyPage(parse(R"({"history_records": {"build_number": 55,
        "start_time": "2020-12-30T17:33:11+08:00", "end_time": "2020-12-30T17:33:27+08:00",
        "job_id": "f9d6", "record_id": "20201230.1", "result": "FAILURE"}, "total": 1})"));
    QCOMPARE(lone.records.size(), 1);
    QCOMPARE(lone.records.first().number, 55);
}

void TestBuildRecords::historyDetailsKeepsMaskedValues()
{
    // The documentation's example.
    const BuildDetails details = BuildParse::historyDetails(parse(R"({"build_number": 5, "job_name": "测试任务01",
        "project_id": "6ecbc5bac7c8442fb3d2563d53c13582", "project_name": "test-project",
        "parameters": {"static_param_name": "static_param_value", "sentive_param_name": "******"},
        "build_steps": [{"name": "代码检出", "status": "success", "build_time": 8366},
                        {"name": "编译", "status": "error", "build_time": "1200"},
                        {"name": "上传软件包到软件发布库", "status": "", "build_time": 0}]})"));
    QCOMPARE(details.number, 5);
    QCOMPARE(details.jobName, u"测试任务01"_qs);
    QCOMPARE(details.parameters.size(), 2);
    QVERIFY(details.parameters.contains(std::pair(u"sentive_param_name"_qs, u"******"_qs)));
    QVERIFY(details.parameters.contains(std::pair(u"static_param_name"_qs, u"static_param_value"_qs)));
    QCOMPARE(details.steps.size(), 3);
    QCOMPARE(details.steps.at(0), (BuildStep{u"代码检出"_qs, u"success"_qs, 8366}));
    QCOMPARE(details.steps.at(1).durationMs, 1200);
    QCOMPARE(details.failedStep(), 1);
    QCOMPARE(details.steps.at(2).status, QString());
    const QJsonObject json = details.toJson();
    QCOMPARE(json[u"steps"].toArray().size(), 3);
    QCOMPARE(json[u"parameters"].toArray().at(0)[u"value"].toString().isEmpty(), false);
}

void TestBuildRecords::historyDetailsParameterList()
{
    const BuildDetails details = BuildParse::historyDetails(parse(R"({"build_number": "9",
        "parameters": [{"name": "codeBranch", "value": "master"}, {"name": "TOKEN", "value": "******"}],
        "build_steps": {"name": "only", "status": "RUNNING", "build_time": null}})"));
    QCOMPARE(details.number, 9);
    QCOMPARE(details.parameters.size(), 2);
    QCOMPARE(details.parameters.at(1).second, u"******"_qs);
    QCOMPARE(details.steps.size(), 1);
    QCOMPARE(details.steps.first().status, u"running"_qs);
    QCOMPARE(details.steps.first().durationMs, 0);
    QCOMPARE(details.failedStep(), -1);
}

void TestBuildRecords::runningStatusShapes()
{
    const RunningStatus current = BuildParse::runningStatus(parse(R"({"result": {"last_job_id": "c798",
        "last_build_no": "9", "last_build_status": "Finished", "is_running": false}, "error": null, "status": "success"})"));
    QCOMPARE(current.isRunning, false);
    QCOMPARE(current.lastBuildNumber, std::optional<int>(9));
    QCOMPARE(current.lastBuildStatus, u"Finished"_qs);
    const RunningStatus numeric = BuildParse::runningStatus(parse(R"({"result": {"last_build_no": 10, "is_running": "true"}})"));
    QVERIFY(numeric.isRunning);
    QCOMPARE(numeric.lastBuildNumber, std::optional<int>(10));
    const RunningStatus old = BuildParse::runningStatus(parse(R"({"result": true})"));
    QVERIFY(old.isRunning);
    QVERIFY(!old.lastBuildNumber);
    QVERIFY(!BuildParse::runningStatus(parse(R"({"result": {"last_build_no": "none"}})")).lastBuildNumber);
    QVERIFY(BuildParse::runningStatus(parse(R"({"result": {"is_running": false}})")).unreadableBuildNumber.isEmpty());
}

// A build number is a whole number from 1, or none: never rounded or wrapped to one.
void TestBuildRecords::buildNumbersAreWholeOrNone_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("number");
    QTest::newRow("string") << QByteArray(R"("9")") << 9;
    QTest::newRow("integer") << QByteArray("10") << 10;
    QTest::newRow("int max") << QByteArray("2147483647") << 2147483647;
    QTest::newRow("1.5") << QByteArray("1.5") << 0;
    QTest::newRow("\"1.5\"") << QByteArray(R"("1.5")") << 0;
    QTest::newRow("\"1e3\"") << QByteArray(R"("1e3")") << 0;
    QTest::newRow("1e3") << QByteArray("1e3") << 1000; // a whole number in JSON's own notation
    QTest::newRow("2^31") << QByteArray("2147483648") << 0;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << 0;
    QTest::newRow("\"2^63\"") << QByteArray(R"("9223372036854775808")") << 0;
    QTest::newRow("zero") << QByteArray(R"("0")") << 0;
    QTest::newRow("negative") << QByteArray("-2") << 0;
    QTest::newRow("signed") << QByteArray(R"("+5")") << 0;
    QTest::newRow("bool") << QByteArray("true") << 0;
}

void TestBuildRecords::buildNumbersAreWholeOrNone()
{
    QFETCH(QByteArray, value);
    QFETCH(int, number);
    const std::optional<int> expected = number > 0 ? std::optional<int>(number) : std::nullopt;
    const RunningStatus running = BuildParse::runningStatus(
        parse(R"({"result": {"is_running": true, "last_build_no": )" + value + "}}"));
    QCOMPARE(running.lastBuildNumber, expected);
    QCOMPARE(running.unreadableBuildNumber.isEmpty(), number > 0);
    const std::optional<StartedBuild> started = BuildParse::startedBuild(parse(R"({"actual_build_number": )" + value + "}"));
    QCOMPARE(started ? std::optional<int>(started->number) : std::nullopt, expected);
    const BuildRecord record = BuildParse::recordFromV1(parse(R"({"number": )" + value + "}"));
    QCOMPARE(record.number, number);
    QCOMPARE(record.toJson().value(u"number").isNull(), number == 0);
    QCOMPARE(BuildParse::recordFromV3(parse(R"({"build_number": )" + value + "}")).number, number);
    QCOMPARE(BuildParse::recordDetail(parse(R"({"build_no": )" + value + "}")).number, number);
}

void TestBuildRecords::buildStateShapes()
{
    const BuildInfoState object = BuildParse::buildState(parse(
        R"({"result": {"building": false, "build_result": "FAILURE", "region": "xx-xxxx-xx"}, "error": null, "status": "success"})"));
    QCOMPARE(object.building, false);
    QCOMPARE(object.result, u"failure"_qs);
    QCOMPARE(object.region, u"xx-xxxx-xx"_qs);
    const BuildInfoState array = BuildParse::buildState(parse(R"({"result": [{"building": true, "build_result": null}]})"));
    QVERIFY(array.building);
    QCOMPARE(array.result, u"running"_qs);
}

void TestBuildRecords::startedBuildShapes()
{
    const auto documented = BuildParse::startedBuild(
        parse(R"({"actual_build_number": "20", "daily_build_number": "20200612.20", "octopus_job_name": "j_Oaqg"})"));
    QVERIFY(documented);
    QCOMPARE(documented->number, 20);
    QCOMPARE(documented->dailyBuildNumber, u"20200612.20"_qs);
    const auto wrapped = BuildParse::startedBuild(parse(R"({"result": {"actual_build_number": 21}})"));
    QVERIFY(wrapped);
    QCOMPARE(wrapped->number, 21);
    QVERIFY(!BuildParse::startedBuild(parse(R"({"octopus_job_name": "j"})")));
    QVERIFY(!BuildParse::startedBuild(parse(R"({"actual_build_number": "0"})")));
}

void TestBuildRecords::favoriteShapes()
{
    QCOMPARE(BuildParse::favorite(parse(R"({"error": null, "result": {"favorite": true}, "status": "success"})")),
             std::optional<bool>(true));
    QCOMPARE(BuildParse::favorite(parse(R"({"result": {"favorite": false}})")), std::optional<bool>(false));
    QCOMPARE(BuildParse::favorite(parse(R"({"result": "true"})")), std::optional<bool>(true));
    QVERIFY(!BuildParse::favorite(parse(R"({"status": "success"})")));
}

void TestBuildRecords::normalizedResults_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SUCCESS") << u"SUCCESS"_qs << u"success"_qs;
    QTest::newRow("FAILURE") << u"FAILURE"_qs << u"failure"_qs;
    QTest::newRow("failed") << u"failed"_qs << u"failure"_qs;
    QTest::newRow("ABORTED") << u"ABORTED"_qs << u"aborted"_qs;
    QTest::newRow("timeout") << u"timeout"_qs << u"timeout"_qs;
    QTest::newRow("InQueue") << u"InQueue"_qs << u"running"_qs;
    QTest::newRow("unknown kept") << u"UNSTABLE"_qs << u"unstable"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestBuildRecords::normalizedResults()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(BuildParse::normalizedResult(word), expected);
}

void TestBuildRecords::durations()
{
    // The command line's compact form, and the window's spelled-out one (no catalogue loaded).
    QCOMPARE(BuildParse::durationText(std::nullopt), u"-"_qs);
    QCOMPARE(BuildParse::durationText(42'400), u"42s"_qs);
    QCOMPARE(BuildParse::durationText(187'000), u"3m 07s"_qs);
    QCOMPARE(BuildParse::durationText(3'900'000), u"1h 05m"_qs);
    QCOMPARE(BuildParse::readableDuration(std::nullopt), u"-"_qs);
    QCOMPARE(BuildParse::readableDuration(42'400), u"42 s"_qs);
    QCOMPARE(BuildParse::readableDuration(187'000), u"3 min 07 s"_qs);
    QCOMPARE(BuildParse::readableDuration(3'900'000), u"1 h 05 min"_qs);
}

void TestBuildRecords::recordJson()
{
    BuildRecord record;
    record.number = 3;
    record.result = u"success"_qs;
    record.startTimeMs = 1703574000000;
    const QJsonObject json = record.toJson();
    QCOMPARE(json.keys().size(), 9);
    QVERIFY(json[u"start_time"].isDouble());
    QCOMPARE(json[u"start_time"].toInteger(), 1703574000000);
    QVERIFY(json[u"duration_ms"].isNull());
    QVERIFY(json[u"branch"].isNull());
    QCOMPARE(json[u"number"].toInt(), 3);
}

void TestBuildRecords::windowsOverMoreThan31Days()
{
    const QDateTime to(QDate(2026, 12, 2), QTime(6, 0));
    const QDateTime from = to.addDays(-365);
    const QList<TimeWindow> windows = BuildWindows::split(from, to);
    QCOMPARE(windows.size(), 12); // 11 windows of 31 days and one of 24
    QCOMPARE(windows.first().end, to);
    QCOMPARE(windows.last().start, from);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QVERIFY(windows.at(i).start < windows.at(i).end);
        QVERIFY(windows.at(i).start.daysTo(windows.at(i).end) <= BuildWindows::kMaxWindowDays);
        if (i > 0)
            QCOMPARE(windows.at(i).end, windows.at(i - 1).start); // no gap, no overlap
    }
    QCOMPARE(BuildWindows::split(to.addDays(-62), to).size(), 2);
    QCOMPARE(BuildWindows::split(to.addDays(-63), to).size(), 3);
}

void TestBuildRecords::windowsShortPeriod()
{
    const QDateTime to = QDateTime::currentDateTime();
    QCOMPARE(BuildWindows::split(to.addDays(-7), to).size(), 1);
    QCOMPARE(BuildWindows::split(to.addDays(-31), to).size(), 1);
    QVERIFY(BuildWindows::split(to, to).isEmpty());
}

void TestBuildRecords::queryTimeIsLocal()
{
    const QDateTime local(QDate(2026, 1, 5), QTime(7, 8, 9));
    QCOMPARE(BuildWindows::queryTime(local), u"2026-01-05 07:08:09"_qs);
    QCOMPARE(BuildWindows::queryTime(local.toUTC()), u"2026-01-05 07:08:09"_qs);
}

void TestBuildRecords::summary()
{
    QList<BuildRecord> records;
    const auto add = [&records](int number, const char *result, qint64 start, std::optional<qint64> duration) {
        BuildRecord record;
        record.number = number;
        record.result = QString::fromLatin1(result);
        record.startTimeMs = start;
        record.durationMs = duration;
        records.append(record);
    };
    add(1, "success", 100, 10);
    add(2, "failure", 200, 40);
    add(3, "success", 300, 20);
    add(4, "success", 400, 30);
    add(5, "running", 500, 5); // not counted
    add(6, "success", 50, 1000); // before the period
    const BuildSummary summary = BuildSummary::of(records, 100);
    QCOMPARE(summary.builds, 4);
    QCOMPARE(summary.succeeded, 3);
    QCOMPARE(summary.successRate(), std::optional<double>(0.75));
    QCOMPARE(summary.medianDurationMs, std::optional<qint64>(25));
    QVERIFY(!BuildSummary::of({}, 0).successRate());
}

void TestBuildRecords::recordDetailAsTheSdkHasIt()
{
    const QJsonObject result = QJsonDocument::fromJson(R"({
        "id": "8a5b3c2d-1e4f-4a6b-9c8d-7e6f5a4b3c2d", "build_project_id": "31581e9f-5772-4053-a50c-d5690578c8fd",
        "devcloud_project_id": "b4d3971c3988463b865f6f920846149e", "build_no": 57, "status": "FAILED",
        "branch": "release/1.2", "tag": "", "commit": "2f37dd4e", "commit_message": "Fix rounding",
        "trigger_type": "MANUAL", "err_msg": "stage2 failed", "start_time": "2024-07-24T11:56:48.000+08:00",
        "duration": 3525000})").object();
    const BuildRecordDetail detail = BuildParse::recordDetail(result);
    QCOMPARE(detail.recordId, u"8a5b3c2d-1e4f-4a6b-9c8d-7e6f5a4b3c2d"_qs);
    QCOMPARE(detail.buildProjectId, u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs);
    QCOMPARE(detail.codeArtsProjectId, u"b4d3971c3988463b865f6f920846149e"_qs);
    QCOMPARE(detail.number, 57);
    QCOMPARE(detail.result, u"failure"_qs);
    QCOMPARE(detail.branch, u"release/1.2"_qs);
    QCOMPARE(detail.commitMessage, u"Fix rounding"_qs);
    QCOMPARE(detail.errorMessage, u"stage2 failed"_qs);
    QCOMPARE(detail.startTimeMs, std::optional<qint64>(QDateTime(QDate(2024, 7, 24), QTime(3, 56, 48), Qt::UTC).toMSecsSinceEpoch()));
    QCOMPARE(detail.durationMs, std::optional<qint64>(3525000));
    // Running, and the record ID under its other name.
    const BuildRecordDetail running = BuildParse::recordDetail({{u"build_record_id"_qs, u"x"_qs}, {u"status"_qs, u"RUNNING"_qs}});
    QCOMPARE(running.recordId, u"x"_qs);
    QCOMPARE(running.result, u"running"_qs);
}

void TestBuildRecords::fullStagesInTheirOrder()
{
    const QJsonObject result = QJsonDocument::fromJson(R"({"build_stages": {
        "final": {"status": "SUCCESS", "display_name": "Clean up", "sequence": 9, "duration": 2000},
        "stage2": {"status": "FAILED", "display_name": "Build with Maven", "sequence": 2, "duration": 3503000},
        "initial": {"status": "SUCCESS", "display_name": "Prepare", "sequence": 0, "duration": 2000},
        "stage10": {"status": "INIT", "display_name": "Upload", "sequence": 10},
        "stage1": {"status": "SUCCESS", "display_name": "Checkout code", "sequence": 1, "duration": "18000"}}})")
                                   .object();
    const QList<BuildStep> steps = BuildParse::fullStages(result);
    // initial and final passed: left out; the rest by sequence.
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[0], (BuildStep{u"Checkout code"_qs, u"success"_qs, 18000}));
    QCOMPARE(steps[1], (BuildStep{u"Build with Maven"_qs, u"error"_qs, 3503000}));
    QCOMPARE(steps[2], (BuildStep{u"Upload"_qs, QString(), 0}));
    BuildDetails details;
    details.steps = steps;
    QCOMPARE(details.failedStep(), 1);
    // A failed set-up stage is kept; a stage without a name shows its key.
    const QList<BuildStep> setUp = BuildParse::fullStages(QJsonDocument::fromJson(R"({"build_stages": {
        "initial": {"status": "FAILED", "sequence": 0}}})").object());
    QCOMPARE(setUp.size(), 1);
    QCOMPARE(setUp[0].name, u"initial"_qs);
    QCOMPARE(setUp[0].status, u"error"_qs);
    QVERIFY(BuildParse::fullStages({}).isEmpty());
}

void TestBuildRecords::stageStatuses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("status");
    QTest::newRow("success") << u"SUCCESS"_qs << u"success"_qs;
    QTest::newRow("failed") << u"FAILED"_qs << u"error"_qs;
    QTest::newRow("failure") << u"FAILURE"_qs << u"error"_qs;
    QTest::newRow("timeout") << u"TIMEOUT"_qs << u"error"_qs;
    QTest::newRow("running") << u"RUNNING"_qs << u"running"_qs;
    QTest::newRow("aborted") << u"ABORTED"_qs << u"aborted"_qs;
    QTest::newRow("init") << u"INIT"_qs << QString();
    QTest::newRow("pending") << u"PENDING"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("old words") << u"error"_qs << u"error"_qs;
    QTest::newRow("unknown") << u"PAUSED"_qs << u"paused"_qs;
}

void TestBuildRecords::stageStatuses()
{
    QFETCH(QString, word);
    QFETCH(QString, status);
    QCOMPARE(BuildParse::stepStatus(word), status);
}

void TestBuildRecords::buildParametersInOrder()
{
    const QJsonValue result = QJsonDocument::fromJson(
        R"({"result": [{"name": "codeBranch", "value": "master"}, {"name": "TOKEN", "value": "******"},
                       {"name": "", "value": "x"}, {"name": "N", "value": 3}]})").object().value(u"result");
    const QList<std::pair<QString, QString>> parameters = BuildParse::buildParameters(result);
    QCOMPARE(parameters.size(), 3);
    QCOMPARE(parameters[0], (std::pair<QString, QString>{u"codeBranch"_qs, u"master"_qs}));
    QCOMPARE(parameters[1].second, u"******"_qs);
    QCOMPARE(parameters[2].second, u"3"_qs);
}

void TestBuildRecords::briefRecordsNewestBuildEach()
{
    const QJsonValue result = QJsonDocument::fromJson(R"({"result": [
        {"project_id": "31581e9f-5772-4053-a50c-d5690578c8fd", "brief_build_record_dtos": [
            {"id": "r2", "status": "RUNNING", "build_no": 58, "start_time": "2024-07-24 13:00:00", "branch": "master"},
            {"id": "r1", "status": "FAILED", "build_no": 57, "start_time": "2024-07-24 11:56:48"}]},
        {"project_id": "11111111-2222-4333-8444-555555555555", "brief_build_record_dtos": []},
        {"project_id": "22222222-2222-4333-8444-555555555555", "brief_build_record_dtos": [
            {"id": "r9", "status": "SCHEDULE_FAILURE", "build_no": "3", "create_time": "2024-07-24 10:00:00", "duration": 1200}]}
        ]})").object().value(u"result");
    const QList<BriefRecord> records = BuildParse::briefRecords(result);
    QCOMPARE(records.size(), 2); // a project that never built has nothing to say
    QCOMPARE(records[0].buildProjectId, u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs);
    QCOMPARE(records[0].number, 58);
    QCOMPARE(records[0].recordId, u"r2"_qs);
    QVERIFY(records[0].isRunning());
    QCOMPARE(records[0].branch, u"master"_qs);
    QCOMPARE(records[1].number, 3);
    QCOMPARE(records[1].result, u"failure"_qs);
    QVERIFY(records[1].startTimeMs); // from create_time when start_time is missing
    QCOMPARE(records[1].durationMs, std::optional<qint64>(1200));
    QVERIFY(BuildParse::briefRecords(QJsonValue()).isEmpty());
}

void TestBuildRecords::briefTimesWithoutAZone()
{
    // "2024-07-24 11:56:48" is read in UTC+8, the service's home zone (unconfirmed).
    const QList<BriefRecord> records = BuildParse::briefRecords(QJsonArray{QJsonObject{
        {u"project_id"_qs, u"p"_qs},
        {u"brief_build_record_dtos"_qs, QJsonArray{QJsonObject{{u"build_no"_qs, 1}, {u"start_time"_qs, u"2024-07-24 11:56:48"_qs}}}}}});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].startTimeMs,
             std::optional<qint64>(QDateTime(QDate(2024, 7, 24), QTime(3, 56, 48), Qt::UTC).toMSecsSinceEpoch()));
}

void TestBuildRecords::jobConfigParametersAndBranch()
{
    const QJsonObject result = QJsonDocument::fromJson(R"({
        "project_id": "b4d3971c3988463b865f6f920846149e", "job_name": "payment-service-ci",
        "parameters": [
            {"name": "hudson.model.StringParameterDefinition", "params": [
                {"name": "name", "value": "codeBranch"}, {"name": "value", "value": "master"},
                {"name": "desc", "value": "the branch"}]},
            {"name": "hudson.model.ChoiceParameterDefinition", "params": [
                {"name": "name", "value": "BUILD_ENV"}, {"name": "value", "value": "staging"},
                {"name": "limits", "value": "", "limits": [{"disable": "0", "display_name": "staging", "name": "staging"},
                                                           {"disable": "1", "display_name": "old", "name": "old"},
                                                           {"disable": "0", "display_name": "production", "name": "production"}]}]},
            {"name": "hudson.model.StringParameterDefinition", "params": [{"name": "value", "value": "nameless"}]}],
        "scms": [{"branch": "master", "url": "git@x:y.git", "scm_type": "codehub"}]})").object();
    const JobConfig config = BuildParse::jobConfig(result);
    QCOMPARE(config.codeArtsProjectId, u"b4d3971c3988463b865f6f920846149e"_qs);
    QCOMPARE(config.jobName, u"payment-service-ci"_qs);
    QCOMPARE(config.branch, u"master"_qs);
    QCOMPARE(config.parameters.size(), 2);
    QCOMPARE(config.parameters[0].name, u"codeBranch"_qs);
    QCOMPARE(config.parameters[0].defaultValue, u"master"_qs);
    QCOMPARE(config.parameters[0].description, u"the branch"_qs);
    QCOMPARE(config.parameters[1].choices, (QStringList{u"staging"_qs, u"production"_qs}));
    QVERIFY(config.branchParameter());
    QCOMPARE(config.branchParameter()->name, u"codeBranch"_qs);
    QCOMPARE(config.defaultBranch(), u"master"_qs);
    QVERIFY(!BuildParse::jobConfig({}).branchParameter());
}

void TestBuildRecords::branchParameterFollowsTheRepositorysReference()
{
    JobConfig config;
    config.branch = u"${RELEASE_BRANCH}"_qs;
    config.parameters = {{u"codeBranch"_qs, u"master"_qs, {}, {}}, {u"RELEASE_BRANCH"_qs, u"release/2.4"_qs, {}, {}}};
    QCOMPARE(config.branchParameter()->name, u"RELEASE_BRANCH"_qs);
    QCOMPARE(config.defaultBranch(), u"release/2.4"_qs);
    config.parameters.removeLast();
    QCOMPARE(config.branchParameter()->name, u"codeBranch"_qs); // the reference names nothing
    config.parameters.clear();
    QVERIFY(!config.branchParameter());
    QCOMPARE(config.defaultBranch(), QString()); // a reference is not a branch
}

void TestBuildRecords::runRequestBody()
{
    RunRequest run;
    run.jobId = u"f5af662119404ad187437cd272b5099b"_qs;
    run.parameters = {{u"codeBranch"_qs, u"master"_qs}, {u"BUILD_ENV"_qs, u"staging"_qs}};
    run.tag = u"v1.2"_qs;
    const QJsonObject body = run.toJson();
    QCOMPARE(body[u"job_id"].toString(), run.jobId);
    QCOMPARE(body[u"parameter"].toArray().size(), 2);
    QCOMPARE(body[u"parameter"][0][u"name"].toString(), u"codeBranch"_qs);
    // Only the SDK's Scm fields: no build_type, and never a branch.
    QCOMPARE(body[u"scm"].toObject().keys(), QStringList{u"build_tag"_qs});
    QCOMPARE(body[u"scm"][u"build_tag"].toString(), u"v1.2"_qs);
    RunRequest plain;
    plain.jobId = run.jobId;
    QVERIFY(!plain.toJson().contains(u"scm"));
    QVERIFY(!plain.toJson().contains(u"parameter"));
    plain.commitId = u"2f37dd"_qs;
    QCOMPARE(plain.toJson()[u"scm"][u"build_commit_id"].toString(), u"2f37dd"_qs);
}

void TestBuildRecords::runRequestValidation()
{
    RunRequest run;
    run.jobId = u"f5af662119404ad187437cd272b5099b"_qs;
    QVERIFY(run.whyInvalid().isEmpty());
    run.commitId = u"a"_qs;
    run.tag = u"b"_qs;
    QVERIFY(!run.whyInvalid().isEmpty());
    run.tag.clear();
    run.commitId = u"abc\ndef"_qs;
    QVERIFY(run.whyInvalid().contains(u"control"));
    run.commitId.clear();
    run.parameters = {{u"bad name"_qs, u"x"_qs}};
    QVERIFY(!run.whyInvalid().isEmpty());
    // Names that change how programs are loaded or run.
    for (const char *name : {"LD_PRELOAD", "LD_AUDIT", "DYLD_INSERT_LIBRARIES", "PATH", "path", "IFS", "BASH_ENV",
                             "ENV", "PYTHONPATH", "PERL5LIB", "RUBYOPT", "NODE_OPTIONS", "GIT_SSH", "JAVA_TOOL_OPTIONS"}) {
        run.parameters = {{QLatin1String(name), u"x"_qs}};
        QVERIFY2(run.whyInvalid().contains(u"reserved"), name);
    }
    run.parameters = {{u"PATHS_TO_SCAN"_qs, u"x"_qs}, {u"MY_ENV"_qs, u"x"_qs}};
    QVERIFY(run.whyInvalid().isEmpty());
    run.parameters = {{u"BUILD_ENV"_qs, u"a"_qs}, {u"BUILD_ENV"_qs, u"b"_qs}};
    QVERIFY(run.whyInvalid().contains(u"twice"));
    run.parameters = {{u"BUILD_ENV"_qs, u"a\u0007b"_qs}};
    QVERIFY(run.whyInvalid().contains(u"control"));
    run.parameters = {{u"ok"_qs, QString(8193, u'x')}};
    QVERIFY(!run.whyInvalid().isEmpty());
    run.parameters = {{u"ok"_qs, QString(8192, u'x')}};
    QVERIFY(run.whyInvalid().isEmpty());
    run.jobId = u"nope"_qs;
    QVERIFY(!run.whyInvalid().isEmpty());
}

void TestBuildRecords::runRequestBranchGoesToTheBranchParameter()
{
    JobConfig config;
    config.branch = u"master"_qs;
    config.parameters = {{u"BUILD_ENV"_qs, u"staging"_qs, {}, {}}, {u"codeBranch"_qs, u"master"_qs, {}, {}}};
    RunRequest run;
    run.jobId = u"f5af662119404ad187437cd272b5099b"_qs;
    run.parameters = {{u"BUILD_ENV"_qs, u"production"_qs}};
    QVERIFY(run.setBranch(config, u"release/1.2"_qs).isEmpty());
    QCOMPARE(run.parameter(u"codeBranch"_qs), u"release/1.2"_qs);
    QCOMPARE(run.parameters.size(), 2);
    QVERIFY(run.setBranch(config, u"develop"_qs).isEmpty()); // replaced, not repeated
    QCOMPARE(run.parameters.size(), 2);
    QCOMPARE(run.parameter(u"codeBranch"_qs), u"develop"_qs);
    QVERIFY(!run.toJson().contains(u"scm"));

    JobConfig noBranch;
    noBranch.branch = u"main"_qs;
    noBranch.parameters = {{u"BUILD_ENV"_qs, u"staging"_qs, {}, {}}};
    RunRequest other;
    const QString why = other.setBranch(noBranch, u"develop"_qs);
    QVERIFY(why.contains(u"no branch parameter"));
    QVERIFY(why.contains(u"\"main\""));
    QVERIFY(other.parameters.isEmpty());
}

void TestBuildRecords::interpretErrors()
{
    using Kind = ApiError::Kind;
    QJsonObject json;
    const auto http = [](int status, const QByteArray &body) {
        return JobAnswer::Http{status, "application/json", body, {}, {}};
    };
    // A refused run names the permission.
    ApiError error = BuildClient::interpret(BuildAction::Run, http(403, R"({"error_code":"CB.00060102","error_msg":"no"})"), &json);
    QCOMPARE(error.kind, Kind::Forbidden);
    QVERIFY(error.message.contains(u"is_execute"));
    QCOMPARE(error.errorCode, u"CB.00060102"_qs);
    QCOMPARE(error.exitCode(), 3);
    QVERIFY(BuildClient::interpret(BuildAction::View, http(403, "{}"), &json).message.contains(u"is_view"));
    // Throttling comes as HTTP 500 with CB.00060211.
    error = BuildClient::interpret(BuildAction::Run, http(500, R"({"error_code":"CB.00060211","error_msg":"Too many"})"), &json);
    QCOMPARE(error.kind, Kind::RateLimited);
    QCOMPARE(error.httpStatus, 500);
    // A non-existent record, a deleted history, a finished build to stop.
    QCOMPARE(BuildClient::interpret(BuildAction::View, http(422, R"({"error_code":"CB.00031006"})"), &json).kind, Kind::NotFound);
    QCOMPARE(BuildClient::interpret(BuildAction::View, http(403, R"({"error_code":"CB.00031059"})"), &json).kind, Kind::NotFound);
    QCOMPARE(BuildClient::interpret(BuildAction::Stop, http(400, R"({"error_code":"DEV.CB.032302"})"), &json).kind, Kind::NotFound);
    // status "fail" inside a 200, and {"success": false}.
    error = BuildClient::interpret(BuildAction::View, http(200, R"({"status":"fail","error":"migrating","result":null})"), &json);
    QCOMPARE(error.kind, Kind::ServiceFailure);
    QCOMPARE(error.errorMessage, u"migrating"_qs);
    QCOMPARE(BuildClient::interpret(BuildAction::Stop, http(200, R"({"success":false,"result":""})"), &json).kind,
             Kind::ServiceFailure);
    // Stop and follow may answer with nothing; a list may not.
    QVERIFY(!BuildClient::interpret(BuildAction::Stop, http(200, ""), &json).isError());
    QCOMPARE(BuildClient::interpret(BuildAction::View, http(200, ""), &json).kind, Kind::InvalidResponse);
    QCOMPARE(BuildClient::interpret(BuildAction::View, http(200, "<html>"), &json).kind, Kind::InvalidResponse);
    // Success keeps the object.
    QVERIFY(!BuildClient::interpret(BuildAction::View, http(200, R"({"total": 1})"), &json).isError());
    QCOMPARE(json[u"total"].toInt(), 1);
}

void TestBuildRecords::triggerWordsInTheUiLanguage_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("text");
    // record-info's upper case, the record list's capitalised words, the old history's Chinese.
    QTest::newRow("record-info") << u"MANUAL"_qs << u"Manual"_qs;
    QTest::newRow("record list") << u"Manual"_qs << u"Manual"_qs;
    QTest::newRow("old history") << u"手工触发"_qs << u"Manual"_qs;
    QTest::newRow("scheduled") << u"SCHEDULED"_qs << u"Scheduled"_qs;
    QTest::newRow("scheduled, Chinese") << u"定时触发"_qs << u"Scheduled"_qs;
    QTest::newRow("code change") << u"CODE_CHANGE"_qs << u"Code change"_qs;
    QTest::newRow("code change, words") << u"Code change"_qs << u"Code change"_qs;
    QTest::newRow("code change, Chinese") << u"代码更新触发"_qs << u"Code change"_qs;
    QTest::newRow("pipeline") << u"PIPELINE"_qs << u"Pipeline"_qs;
    QTest::newRow("pipeline, Chinese") << u"流水线触发"_qs << u"Pipeline"_qs;
    // A word this version does not know is shown as it came.
    QTest::newRow("unknown") << u"WEBHOOK_X"_qs << u"WEBHOOK_X"_qs;
    QTest::newRow("unknown Chinese") << u"其他触发"_qs << u"其他触发"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestBuildRecords::triggerWordsInTheUiLanguage()
{
    QFETCH(QString, word);
    QFETCH(QString, text);
    QCOMPARE(BuildParse::triggerText(word), text);
}

QTEST_GUILESS_MAIN(TestBuildRecords)
#include "tst_buildrecords.moc"
