// The demo sandbox against the contract fixtures: one real HTTP request per fixture, and the
// answer must have the fixture's shape (ContractFixture::shapeDifferences). A fixture without a
// request here fails everyFixtureHasASandboxAnswer, so the sandbox cannot fall behind the SDK.
#include "contract/contractfixture.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demoids.h"
#include "sandbox/demosandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

// One call per fixture. {name} stands for a value the sandbox gave earlier (see initTestCase).
struct Call
{
    const char *fixture;
    const char *method;
    const char *path;
    const char *body;
};

const Call kCalls[] = {
    {"ShowJobInfo", "GET", "/v1/job/{job}/info", ""},
    {"ListJob", "GET", "/v1/job/list?page_index=0&page_size=100", ""},
    {"ListProjectJobs", "GET", "/v1/job/{project}/list?page_index=0&page_size=100", ""},
    {"ListRelatedProjectInfo", "GET", "/v1/domain/project/related-page?page_no=1&page_size=100", ""},
    {"ShowRunningStatus", "GET", "/v1/job/{job}/running-status", ""},
    {"ListBuildInfoRecordByJobId", "GET",
     "/v1/record/{job}/list?start_time={weekAgo}&end_time={now}&page_index=0&page_size=100", ""},
    {"ShowJobBuildRecordDetail", "GET", "/v1/record/{job}/{build}/record-info", ""},
    {"ShowBuildRecordFullStages", "GET", "/v1/record/{failedRecord}/full-stages?cascade=true", ""},
    {"ListBuildParameter", "GET", "/v1/job/{job}/{build}/history-parameters", ""},
    {"ShowHistoryDetails", "GET", "/v3/jobs/{job}/{build}/history-details", ""},
    {"ShowListHistory", "GET", "/v3/jobs/{job}/history?offset=0&limit=100&interval=30", ""},
    {"ShowBuildDetails", "GET", "/v1/job/{job}/{build}/build-info", ""},
    {"ShowJobConfig", "GET", "/v1/job/{job}/config?get_all_params=true", ""},
    {"ListBriefRecord", "POST", "/v1/record/brief?limit=3", R"(["{buildProject}"])"},
    {"DownloadBuildRealTimeLog", "GET", "/v1/log/{job}/{build}/real-time-log?start_offset=0&end_offset=1000&sort=AES&size=1000", ""},
    {"ExecuteJob", "POST", "/v1/job/execute",
     R"({"job_id": "{job}", "parameter": [{"name": "codeBranch", "value": "master"}], "scm": {"build_tag": "", "build_commit_id": ""}})"},
    {"StopTheJob", "POST", "/v1/job/{runningJob}/stop?build_no={runningBuild}", ""},
    {"AddFavouriteTask", "POST", "/v1/job/{job}/follow", ""},
    {"KeystoneListProjects", "GET", "/v3/projects?name=cn-north-4", ""},
};

// The error answers ErrorResponseBody describes: a wrong job ID, a job that does not exist, a
// build that does not exist, a missing token.
const Call kErrors[] = {
    {"ErrorResponseBody", "GET", "/v1/job/{JOB}/info", ""},
    {"ErrorResponseBody", "GET", "/v1/job/5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d/info", ""},
    {"ErrorResponseBody", "GET", "/v1/record/{job}/99999/record-info", ""},
    {"ErrorResponseBody", "POST", "/v1/record/brief", "[]"},
};

// Where an answer's array is empty although the fixture's is not: shapeDifferences() accepts
// empty arrays, which would let an answer without items pass.
QStringList emptyWhereFixtureHasItems(const QJsonValue &expected, const QJsonValue &actual, const QString &path = u"$"_qs)
{
    QStringList empty;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it)
            empty += emptyWhereFixtureHasItems(it.value(), actual.toObject().value(it.key()), path + u'.' + it.key());
    } else if (expected.isArray() && actual.isArray() && !expected.toArray().isEmpty()) {
        const QJsonArray items = actual.toArray();
        if (items.isEmpty())
            empty.append(path + u": empty"_qs);
        for (qsizetype i = 0; i < items.size(); ++i)
            empty += emptyWhereFixtureHasItems(expected.toArray().first(), items.at(i), path + u'[' + QString::number(i) + u']');
    }
    return empty;
}

} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersHaveTheFixturesShapes_data();
    void answersHaveTheFixturesShapes();
    void everyFixtureHasASandboxAnswer();
    void errorAnswersHaveTheErrorShape();
    void unknownCodeArtsProjectHasNoJobs();
    void showJobInfoNamesTheBuildProject();
    void downloadedLogIsThePagesJoined();

private:
    struct Answer
    {
        int status = 0;
        QJsonDocument body;
    };
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QString resolved(QString text) const;

    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_values;
};

TestSandboxContract::Answer TestSandboxContract::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", DemoSandbox::demoToken());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10'000))
        qWarning("no answer to %s", qPrintable(path));
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll())};
    reply->deleteLater();
    return answer;
}

QString TestSandboxContract::resolved(QString text) const
{
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

// The values the calls need, from the sandbox itself: the first demo job and its latest build,
// its build project and CodeArts project, a failed build's record, the build running now.
void TestSandboxContract::initTestCase()
{
    QVERIFY(m_sandbox.start());
    const QString job = DemoSandbox::firstJobId();
    const QJsonObject info = call("GET", u"/v1/job/"_qs + job + u"/info"_qs).body[u"result"].toObject();
    m_values.insert(u"job"_qs, job);
    m_values.insert(u"JOB"_qs, job.toUpper());
    m_values.insert(u"buildProject"_qs, info[u"project_id"].toString());
    m_values.insert(u"project"_qs, DemoSandbox::demoJobs().first().projectId);
    m_values.insert(u"build"_qs, call("GET", u"/v1/job/"_qs + job + u"/running-status"_qs).body[u"result"][u"last_build_no"].toString());
    const QDateTime now = QDateTime::currentDateTime();
    m_values.insert(u"now"_qs, now.toString(u"yyyy-MM-dd%20HH:mm:ss"_qs));
    m_values.insert(u"weekAgo"_qs, now.addDays(-7).toString(u"yyyy-MM-dd%20HH:mm:ss"_qs));

    const QString failing = QLatin1String(DemoBuilds::failingJob);
    const QJsonArray records = call("GET", resolved(u"/v1/record/"_qs + failing
                                                    + u"/list?start_time={weekAgo}&end_time={now}&page_index=0&page_size=100"_qs))
                                   .body[u"result"][u"job_build_states"].toArray();
    for (const QJsonValue &record : records) {
        if (record[u"state"].toString() != u"FAILURE")
            continue;
        const QString path = u"/v1/record/"_qs + failing + u'/' + QString::number(record[u"number"].toInt()) + u"/record-info"_qs;
        m_values.insert(u"failedRecord"_qs, call("GET", path).body[u"result"][u"id"].toString());
        m_values.insert(u"failedBuild"_qs, QString::number(record[u"number"].toInt()));
        break;
    }
    QVERIFY(DemoIds::isUuid(m_values.value(u"failedRecord"_qs)));
    const QString running = QLatin1String(DemoBuilds::runningJob);
    m_values.insert(u"runningJob"_qs, running);
    const QJsonObject status = call("GET", u"/v1/job/"_qs + running + u"/running-status"_qs).body[u"result"].toObject();
    QVERIFY(status[u"is_running"].toBool());
    m_values.insert(u"runningBuild"_qs, status[u"last_build_no"].toString());
    for (const QString &value : std::as_const(m_values))
        QVERIFY(!value.isEmpty());
}

void TestSandboxContract::answersHaveTheFixturesShapes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    for (const Call &row : kCalls)
        QTest::newRow(row.fixture) << QString::fromLatin1(row.fixture) << QByteArray(row.method)
                                   << QString::fromLatin1(row.path) << QByteArray(row.body);
}

void TestSandboxContract::answersHaveTheFixturesShapes()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QString error;
    const QJsonDocument expected = ContractFixture::load(fixture, &error);
    QVERIFY2(!expected.isNull(), qPrintable(error));
    const Answer answer = call(method, resolved(path), resolved(QString::fromUtf8(body)).toUtf8());
    QVERIFY2(answer.status == 200, qPrintable(QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body.toJson())));
    QVERIFY(!answer.body.isNull());
    const QJsonValue expectedValue = expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object());
    const QJsonValue actual = answer.body.isArray() ? QJsonValue(answer.body.array()) : QJsonValue(answer.body.object());
    const QStringList differences = ContractFixture::shapeDifferences(expectedValue, actual);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n")));
    const QStringList empty = emptyWhereFixtureHasItems(expectedValue, actual);
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(u"\n")));
}

// A new fixture needs a call above: the sandbox must answer every call the client makes.
void TestSandboxContract::everyFixtureHasASandboxAnswer()
{
    QSet<QString> answered;
    for (const Call &row : kCalls)
        answered.insert(QString::fromLatin1(row.fixture));
    for (const Call &row : kErrors)
        answered.insert(QString::fromLatin1(row.fixture));
    const QStringList fixtures = ContractFixture::names();
    QVERIFY(fixtures.size() >= 20);
    QStringList missing;
    for (const QString &name : fixtures) {
        if (!answered.contains(name))
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"No sandbox call for: "_qs + missing.join(u", ")));
    // And no call names a fixture that is not there.
    QCOMPARE(QSet<QString>(fixtures.cbegin(), fixtures.cend()), answered);
}

void TestSandboxContract::errorAnswersHaveTheErrorShape()
{
    const QJsonDocument expected = ContractFixture::load(u"ErrorResponseBody"_qs);
    QVERIFY(expected.isObject());
    for (const Call &row : kErrors) {
        const Answer answer = call(row.method, resolved(QString::fromLatin1(row.path)), QByteArray(row.body));
        QVERIFY2(answer.status >= 400 && answer.status < 500, qPrintable(QString::fromLatin1(row.path)));
        QVERIFY(answer.body.isObject());
        const QStringList differences = ContractFixture::shapeDifferences(expected.object(), answer.body.object());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n")));
        QVERIFY(!answer.body[u"error_code"].toString().isEmpty());
        QVERIFY(!answer.body[u"error_msg"].toString().isEmpty());
    }
    QCOMPARE(call("GET", resolved(u"/v1/job/{JOB}/info"_qs)).body[u"error_code"].toString(), u"CB.00060201"_qs);
}

// The most confusing answer there is, on purpose: a well-formed ID that names no CodeArts
// project (a build project's UUID without dashes) lists no jobs, with HTTP 200.
void TestSandboxContract::unknownCodeArtsProjectHasNoJobs()
{
    for (const QString &project : {QString(m_values.value(u"buildProject"_qs)).remove(u'-'), DemoIds::hexId(u"no project"_qs)}) {
        const Answer answer = call("GET", u"/v1/job/"_qs + project + u"/list?page_index=0&page_size=100"_qs);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.object(), QJsonObject({{u"jobs"_qs, QJsonArray()}, {u"total"_qs, 0}}));
    }
}

// Every demo job's ShowJobInfo names its build project (a UUID), never its CodeArts project.
void TestSandboxContract::showJobInfoNamesTheBuildProject()
{
    QHash<QString, QJsonObject> listed;
    for (int page = 0; page < 20; ++page) {
        const QJsonObject result = call("GET", u"/v1/job/list?page_index="_qs + QString::number(page) + u"&page_size=100"_qs)
                                       .body[u"result"].toObject();
        for (const QJsonValue &item : result[u"job_list"].toArray())
            listed.insert(item[u"id"].toString(), item.toObject());
        if ((page + 1) * 100 >= result[u"total"].toInt())
            break;
    }
    int checked = 0;
    for (const DemoJob &demo : DemoSandbox::demoJobs()) {
        if (demo.result.isEmpty())
            continue;
        const QString buildProject = call("GET", u"/v1/job/"_qs + demo.id + u"/info"_qs).body[u"result"][u"project_id"].toString();
        QVERIFY2(DemoIds::isUuid(buildProject), qPrintable(demo.id));
        QVERIFY(listed.contains(demo.id));
        QVERIFY(listed.value(demo.id)[u"project_id"].toString() != buildProject);
        QCOMPARE(listed.value(demo.id)[u"build_project_id"].toString(), buildProject);
        ++checked;
    }
    QCOMPARE(checked, 6);
}

// DownloadBuildFullLog is not JSON, so it has no fixture: its bytes (application/octet-stream,
// by record-info's `id`) are the real-time log's pages joined.
void TestSandboxContract::downloadedLogIsThePagesJoined()
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(resolved(u"/v1/log/{failedRecord}/download-log"_qs));
    url.setQuery(u"log_level=INFO&compress=false"_qs);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", DemoSandbox::demoToken());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/octet-stream"_qs);
    const QByteArray bytes = reply->readAll();
    reply->deleteLater();

    QString pages;
    qint64 offset = 0;
    for (int page = 0; page < 100; ++page) {
        const QJsonObject result = call("GET", resolved(u"/v1/log/"_qs + QLatin1String(DemoBuilds::failingJob)
                                                        + u"/{failedBuild}/real-time-log?start_offset="_qs
                                                        + QString::number(offset) + u"&end_offset="_qs
                                                        + QString::number(offset + 1000) + u"&sort=AES&size=1000"_qs))
                                       .body[u"result"].toObject();
        pages += result[u"log"].toString();
        offset = result[u"end_offset"].toString().toLongLong();
        if (!result[u"has_more"].toBool())
            break;
    }
    QVERIFY(bytes.size() > 1000);
    QCOMPARE(QString::fromUtf8(bytes), pages);
}

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
