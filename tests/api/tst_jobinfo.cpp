#include "api/jobinfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

class TestJobInfo : public QObject
{
    Q_OBJECT

private slots:
    void documentationExample();
    void numbersOrStrings_data();
    void numbersOrStrings();
    void nullsAndMissingFields();
    void wrongShapesAreMissing();
    void unknownFieldsKept();
    void nonAsciiName();
    void normalizedJsonShape();
    void roundTrip();
    void timesOutOfRangeAreMissing_data();
    void timesOutOfRangeAreMissing();
    void healthScoreKeptAsSent();
    void permissionWordsForPeople();
};

void TestJobInfo::documentationExample()
{
    QFile file(QFINDTESTDATA("data/showjobinfo-doc-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = parseObject(file.readAll());
    const JobInfo job = JobInfo::fromJson(root.value(u"result").toObject());

    QCOMPARE(job.id, u"f5af662119404ad187437cd272b5099b"_qs);
    QCOMPARE(job.buildProjectId, u"85caf40575794f989920-5216d1148af6"_qs);
    QCOMPARE(job.jobName, u"jobname"_qs);
    QCOMPARE(job.sourceCode, u"test"_qs);
    QCOMPARE(job.runningStatus, u"Finished"_qs);
    QCOMPARE(job.lastBuildStatus, u"success"_qs);
    QCOMPARE(job.createTimeMs, std::optional<qint64>(1717574458000));  // sent as a string
    QCOMPARE(job.lastBuildTimeMs, std::optional<qint64>(1721793407000)); // sent as a number
    QCOMPARE(job.buildTime, std::optional<double>(27.51));
    QCOMPARE(job.chargeTime, std::optional<double>(15.17));
    QCOMPARE(job.healthScore, std::optional<int>(74));
    for (const PermissionFlag &flag : kPermissionFlags)
        QCOMPARE(job.*(flag.member), std::optional<bool>(true));
    QCOMPARE(job.disabled, std::optional<bool>(false));
    QCOMPARE(job.favorite, std::optional<bool>(false));
    QCOMPARE(job.newBuild, std::optional<bool>(false));
    QCOMPARE(job.projectPermissionSwitch, std::optional<bool>(true));
    QVERIFY(job.unknownFields.isEmpty());
}

void TestJobInfo::numbersOrStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("createTime");
    QTest::addColumn<double>("buildTime");
    QTest::addColumn<int>("health");

    QTest::newRow("numbers") << QByteArray(R"({"create_time":1717574458000,"build_time":27.51,"health_score":74})")
                             << qint64(1717574458000) << 27.51 << 74;
    QTest::newRow("strings") << QByteArray(R"({"create_time":"1717574458000","build_time":"27.51","health_score":"74"})")
                             << qint64(1717574458000) << 27.51 << 74;
    QTest::newRow("padded strings") << QByteArray(R"({"create_time":" 1717574458000 ","build_time":" 3 ","health_score":" 0"})")
                                    << qint64(1717574458000) << 3.0 << 0;
    QTest::newRow("integral doubles") << QByteArray(R"({"create_time":1.717574458e12,"build_time":0,"health_score":100.0})")
                                      << qint64(1717574458000) << 0.0 << 100;
    // Times beyond year 9999 are missing (timesOutOfRangeAreMissing): the latest one is kept exactly.
    QTest::newRow("latest time as a string") << QByteArray(R"({"create_time":"253402300799999","build_time":"1e3","health_score":"55"})")
                                             << qint64(253402300799999) << 1000.0 << 55;
}

void TestJobInfo::numbersOrStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, createTime);
    QFETCH(double, buildTime);
    QFETCH(int, health);
    const JobInfo job = JobInfo::fromJson(parseObject(json));
    QCOMPARE(job.createTimeMs, std::optional<qint64>(createTime));
    QCOMPARE(job.buildTime, std::optional<double>(buildTime));
    QCOMPARE(job.healthScore, std::optional<int>(health));
}

void TestJobInfo::nullsAndMissingFields()
{
    const JobInfo job = JobInfo::fromJson(parseObject(
        R"({"id":"f5af662119404ad187437cd272b5099b","job_name":null,"create_time":null,"is_view":null})"));
    QCOMPARE(job.id, u"f5af662119404ad187437cd272b5099b"_qs);
    QVERIFY(job.jobName.isNull());
    QVERIFY(!job.createTimeMs);
    QVERIFY(!job.isView);
    QVERIFY(!job.healthScore);   // missing entirely
    QVERIFY(!job.lastBuildTimeMs);
    QVERIFY(job.unknownFields.isEmpty());

    const JobInfo empty = JobInfo::fromJson({});
    QVERIFY(empty.id.isNull());
    QVERIFY(!empty.isManager);
}

void TestJobInfo::wrongShapesAreMissing()
{
    const JobInfo job = JobInfo::fromJson(parseObject(
        R"({"create_time":"yesterday","build_time":"27,51","health_score":"high","is_view":"perhaps",)"
        R"("is_copy":"true","is_delete":0,"disabled":"false","health_score_extra":1,"job_name":{"zh":"x"},)"
        R"("charge_time":"NaN","last_build_time":"1e400"})"));
    QVERIFY(!job.createTimeMs);
    QVERIFY(!job.buildTime);
    QVERIFY(!job.healthScore);
    QVERIFY(!job.isView);
    QCOMPARE(job.isCopy, std::optional<bool>(true));
    QCOMPARE(job.isDelete, std::optional<bool>(false));
    QCOMPARE(job.disabled, std::optional<bool>(false));
    QVERIFY(job.jobName.isNull());
    QVERIFY(!job.chargeTime);
    QVERIFY(!job.lastBuildTimeMs);
    QCOMPARE(job.unknownFields.value(u"health_score_extra").toInt(), 1);
}

void TestJobInfo::unknownFieldsKept()
{
    const JobInfo job = JobInfo::fromJson(parseObject(
        R"({"id":"a","build_no":"128","tags":["x","y"],"owner":{"name":"li"},"ratio":0.5})"));
    QCOMPARE(job.unknownFields.size(), 4);
    QCOMPARE(job.unknownFields.value(u"build_no").toString(), u"128"_qs);
    QCOMPARE(job.unknownFields.value(u"tags").toArray().size(), 2);
    const QJsonObject json = job.toJson();
    QCOMPARE(json.value(u"owner").toObject().value(u"name").toString(), u"li"_qs);
    QCOMPARE(json.value(u"ratio").toDouble(), 0.5);
    QCOMPARE(json.value(u"build_no").toString(), u"128"_qs); // passed through unchanged, not converted
}

void TestJobInfo::nonAsciiName()
{
    const JobInfo job = JobInfo::fromJson(parseObject(R"({"job_name":"前端构建-主干 ✓","source_code":"Ünïcødé"})"));
    QCOMPARE(job.jobName, u"前端构建-主干 ✓"_qs);
    QCOMPARE(job.sourceCode, u"Ünïcødé"_qs);
    const QByteArray out = QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(out.contains("前端构建-主干 ✓"));
}

void TestJobInfo::normalizedJsonShape()
{
    QFile file(QFINDTESTDATA("data/showjobinfo-doc-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const JobInfo job = JobInfo::fromJson(parseObject(file.readAll()).value(u"result").toObject());
    const QByteArray text = QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
    // Times as integers, durations as numbers, booleans as booleans.
    QVERIFY2(text.contains(R"("create_time":1717574458000)"), text.constData());
    QVERIFY2(text.contains(R"("last_build_time":1721793407000)"), text.constData());
    QVERIFY2(text.contains(R"("build_time":27.51)"), text.constData());
    QVERIFY2(text.contains(R"("charge_time":15.17)"), text.constData());
    QVERIFY2(text.contains(R"("health_score":74)"), text.constData());
    QVERIFY2(text.contains(R"("is_manager":true)"), text.constData());
    QVERIFY2(text.contains(R"("disabled":false)"), text.constData());

    const QJsonObject missing = JobInfo::fromJson({}).toJson();
    QVERIFY(missing.contains(u"health_score"));
    QVERIFY(missing.value(u"health_score").isNull());
    QVERIFY(missing.value(u"job_name").isNull());
}

void TestJobInfo::roundTrip()
{
    QFile file(QFINDTESTDATA("data/showjobinfo-doc-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const JobInfo job = JobInfo::fromJson(parseObject(file.readAll()).value(u"result").toObject());
    QCOMPARE(JobInfo::fromJson(job.toJson()), job);
}

void TestJobInfo::timesOutOfRangeAreMissing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("2^63 as a number") << QByteArray("9223372036854775808");
    QTest::newRow("2^63 as a string") << QByteArray("\"9223372036854775808\"");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("int64 max as a string") << QByteArray("\"9223372036854775807\"");
    QTest::newRow("after year 9999") << QByteArray("253402300800000");
    QTest::newRow("negative") << QByteArray("-1");
}

void TestJobInfo::timesOutOfRangeAreMissing()
{
    // Never wrapped round to a negative time: treated as missing.
    QFETCH(QByteArray, value);
    const JobInfo job = JobInfo::fromJson(parseObject("{\"create_time\":" + value + ",\"last_build_time\":" + value + "}"));
    QCOMPARE(job.createTimeMs, std::nullopt);
    QCOMPARE(job.lastBuildTimeMs, std::nullopt);
    QVERIFY(job.toJson().value(u"create_time").isNull());
}

void TestJobInfo::healthScoreKeptAsSent()
{
    QCOMPARE(JobInfo::fromJson(parseObject(R"({"health_score":101})")).healthScore, std::optional<int>(101));
    QCOMPARE(JobInfo::fromJson(parseObject(R"({"health_score":"-5"})")).healthScore, std::optional<int>(-5));
    QVERIFY(!JobInfo::isHealthScoreInRange(101));
    QVERIFY(!JobInfo::isHealthScoreInRange(-1));
    QVERIFY(JobInfo::isHealthScoreInRange(0) && JobInfo::isHealthScoreInRange(100));
}

// One table of the seven flags: the API's names beside the words people read, which never
// repeat the API's names; a flag the answer left out has words of its own.
void TestJobInfo::permissionWordsForPeople()
{
    QStringList labels;
    for (const PermissionFlag &flag : kPermissionFlags) {
        labels << Permissions::label(flag);
        QVERIFY(!Permissions::description(flag).contains(u"is_"_qs));
        QVERIFY(Permissions::description(flag).startsWith(u"Whether you may"_qs));
    }
    QCOMPARE(labels, (QStringList{u"View"_qs, u"Run"_qs, u"Edit"_qs, u"Copy"_qs, u"Delete"_qs, u"Disable"_qs,
                                  u"Manage"_qs}));
    QCOMPARE(Permissions::stateText(true), u"Allowed"_qs);
    QCOMPARE(Permissions::stateText(false), u"Denied"_qs);
    QCOMPARE(Permissions::stateText(std::nullopt), u"Not given by the service"_qs);
}

QTEST_GUILESS_MAIN(TestJobInfo)
#include "tst_jobinfo.moc"
