#include "sandbox/demosandbox.h"

#include "api/aksksigner.h"
#include "api/jobinfo.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demoids.h"
#include "sandbox/demowatchjobs.h"
#include "watch/watchclock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

class TestDemoSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensOnLoopbackOnly();
    void servesVariedJobs();
    void everyDemoJobAnswersAsDescribed();
    void requiresTheToken();
    void slowJobIsSlow();
    void unknownPathIsAnApiError();
    void upperCaseJobIdsAreRefusedOnEveryPath();
    void akSkNeedsTheProjectHeader();
    void iamNamesTheRegionsProject();
    void listProjectJobsAnswersOnlyCodeArtsProjects();
    void listJobAgreesWithEveryOtherCall();
    void briefRecordsRefuseBadRequests();
    void briefRecordsInTheOrderAsked();
    void watchJobsRecordsAgreeWithShowJobInfoOverACycle();
    void busyGatewayAndExpiringTokenReachTheBriefRecords();
    void fleetBriefRecordsForAHundredJobs();
    void watchJobsLogsFollowTheirBuilds();
    void watchJobsTimesHoldBetweenRequests();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QJsonArray array;   // when the body is an array
    };
    Answer get(const QString &path, const QByteArray &token = DemoSandbox::demoToken());
    // Any request to `sandbox` (this test's by default); `path` may carry a query. With a
    // signer, the request is signed instead of carrying the token.
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const DemoSandbox *sandbox = nullptr, const RequestAuthorizer *signer = nullptr,
                const QByteArray &token = DemoSandbox::demoToken());
    Answer brief(const QStringList &buildProjects, int limit, const DemoSandbox *sandbox = nullptr);

    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

namespace {

const QString kFirst = DemoSandbox::firstJobId();

QByteArray jsonArray(const QStringList &items)
{
    return QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact);
}

// A brief record's "yyyy-MM-dd HH:mm:ss" (UTC+8) as epoch ms.
qint64 briefMs(const QJsonValue &time)
{
    const QDateTime local = QDateTime::fromString(time.toString(), u"yyyy-MM-dd HH:mm:ss"_qs);
    return QDateTime(local.date(), local.time(), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

void TestDemoSandbox::initTestCase()
{
    m_sandbox.setSlowDelayMs(600);
    QVERIFY(m_sandbox.start());
    QVERIFY(m_sandbox.port() != 0);
}

TestDemoSandbox::Answer TestDemoSandbox::get(const QString &path, const QByteArray &token)
{
    return call("GET", path, {}, nullptr, nullptr, token);
}

TestDemoSandbox::Answer TestDemoSandbox::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                              const DemoSandbox *sandbox, const RequestAuthorizer *signer,
                                              const QByteArray &token)
{
    QUrl url = (sandbox ? sandbox : &m_sandbox)->baseUrl();
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (signer)
        signer->authorize(request, method, body);
    else if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10'000))
        qWarning("no answer");
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), document.object(), document.array()};
    reply->deleteLater();
    return answer;
}

TestDemoSandbox::Answer TestDemoSandbox::brief(const QStringList &buildProjects, int limit, const DemoSandbox *sandbox)
{
    return call("POST", u"/v1/record/brief?limit="_qs + QString::number(limit), jsonArray(buildProjects), sandbox);
}

void TestDemoSandbox::listensOnLoopbackOnly()
{
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_qs);
    QCOMPARE(m_sandbox.baseUrl().scheme(), u"http"_qs);
}

void TestDemoSandbox::servesVariedJobs()
{
    const QList<DemoSandbox::DemoJob> &jobs = DemoSandbox::demoJobs();
    QVERIFY(jobs.size() >= 8);
    QSet<QString> runningStates, buildStates;
    QSet<int> httpStatuses;
    int minHealth = 101, maxHealth = -1;
    bool nonAscii = false, slow = false, fail = false;
    QSet<QString> permissionMixes;
    for (const DemoSandbox::DemoJob &demo : jobs) {
        httpStatuses << demo.httpStatus;
        slow = slow || demo.delayMs != 0;
        if (demo.httpStatus == 200 && demo.result.isEmpty())
            fail = true;
        if (demo.result.isEmpty())
            continue;
        const JobInfo job = JobInfo::fromJson(demo.result);
        runningStates << job.runningStatus;
        buildStates << job.lastBuildStatus;
        if (job.healthScore) {
            minHealth = qMin(minHealth, *job.healthScore);
            maxHealth = qMax(maxHealth, *job.healthScore);
        }
        for (QChar c : job.jobName)
            nonAscii = nonAscii || c.unicode() > 127;
        QString mix;
        for (const PermissionFlag &flag : kPermissionFlags)
            mix += (job.*(flag.member)).value_or(false) ? u'1' : u'0';
        permissionMixes << mix;
    }
    QVERIFY(runningStates.contains(u"Finished"_qs) && runningStates.contains(u"Running"_qs));
    QVERIFY(buildStates.contains(u"success"_qs) && buildStates.contains(u"failed"_qs));
    QVERIFY(minHealth < 40 && maxHealth > 90);
    QVERIFY(permissionMixes.size() >= 4);
    QVERIFY(nonAscii);
    QVERIFY(slow);
    QVERIFY(fail);
    QVERIFY(httpStatuses.contains(403) && httpStatuses.contains(404));
}

void TestDemoSandbox::everyDemoJobAnswersAsDescribed()
{
    for (const DemoSandbox::DemoJob &demo : DemoSandbox::demoJobs()) {
        const Answer answer = get(u"/v1/job/"_qs + demo.id + u"/info"_qs);
        QCOMPARE(answer.status, demo.httpStatus);
        if (demo.httpStatus != 200) {
            QVERIFY(!answer.body.value(u"error_code").toString().isEmpty());
            QVERIFY(!answer.body.value(u"error_msg").toString().isEmpty());
        } else if (demo.result.isEmpty()) {
            QCOMPARE(answer.body.value(u"status").toString(), u"fail"_qs);
            QVERIFY(!answer.body.value(u"error").toString().isEmpty());
        } else {
            QCOMPARE(answer.body.value(u"status").toString(), u"success"_qs);
            QVERIFY(answer.body.value(u"error").isNull());
            // The fixed fields as described; the moving ones as the builds have them (tst_demoagreement),
            // which for all but the varied job are what its title promises.
            const QJsonObject result = answer.body.value(u"result").toObject();
            const QStringList moving = {u"last_build_time"_qs, u"build_no"_qs, u"running_status"_qs,
                                        u"last_build_status"_qs, u"health_score"_qs};
            for (auto it = demo.result.constBegin(); it != demo.result.constEnd(); ++it) {
                if (!moving.contains(it.key()) || demo.plan.pattern != DemoBuildPlan::Pattern::Varied)
                    QVERIFY2(result.value(it.key()) == it.value(), qPrintable(demo.id + u' ' + it.key()));
            }
            QVERIFY(result.contains(u"last_build_time"_qs));
        }
    }
}

void TestDemoSandbox::requiresTheToken()
{
    const QString path = u"/v1/job/"_qs + DemoSandbox::firstJobId() + u"/info"_qs;
    const Answer none = get(path, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.body.value(u"error_code").toString(), u"APIG.0301"_qs);
    QVERIFY(none.body.value(u"error_msg").toString().contains(u"x-auth-token not found"_qs));
    QCOMPARE(get(path, "wrong").status, 401);
    QVERIFY(get(path, DemoSandbox::expiredToken()).body.value(u"error_msg").toString().contains(u"token expires"_qs));
    QCOMPARE(get(path).status, 200);
}

void TestDemoSandbox::slowJobIsSlow()
{
    QElapsedTimer clock;
    clock.start();
    const Answer answer = get(u"/v1/job/6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e/info"_qs);
    QCOMPARE(answer.status, 200);
    QVERIFY(clock.elapsed() >= 550);
}

void TestDemoSandbox::unknownPathIsAnApiError()
{
    const Answer answer = get(u"/v2/nothing"_qs);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body.value(u"error_code").toString(), u"APIG.0101"_qs);
}

// The service's job ID pattern is ^[0-9a-z]{32}$: an ID with upper-case letters is refused
// wherever a job is named, the changing jobs' included.
void TestDemoSandbox::upperCaseJobIdsAreRefusedOnEveryPath()
{
    const QString upper = kFirst.toUpper();
    const QString watched = QString::fromLatin1(DemoWatchJobs::nightly).toUpper();
    const QList<std::pair<QByteArray, QString>> requests = {
        {"GET", u"/v1/job/"_qs + upper + u"/info"_qs},
        {"GET", u"/v1/job/"_qs + watched + u"/info"_qs},
        {"GET", u"/v1/job/"_qs + upper + u"/running-status"_qs},
        {"GET", u"/v1/job/"_qs + watched + u"/running-status"_qs},
        {"GET", u"/v1/job/"_qs + upper + u"/config"_qs},
        {"GET", u"/v1/job/"_qs + upper + u"/3/build-info"_qs},
        {"GET", u"/v1/job/"_qs + upper + u"/3/history-parameters"_qs},
        {"GET", u"/v1/record/"_qs + upper + u"/list?start_time=2026-01-01%2000:00:00&end_time=2026-01-02%2000:00:00"_qs},
        {"GET", u"/v1/record/"_qs + upper + u"/3/record-info"_qs},
        {"GET", u"/v1/record/"_qs + watched + u"/100/record-info"_qs},
        {"GET", u"/v3/jobs/"_qs + upper + u"/history?offset=0&limit=10&interval=30"_qs},
        {"GET", u"/v3/jobs/"_qs + upper + u"/3/history-details"_qs},
        {"GET", u"/v1/log/"_qs + upper + u"/3/real-time-log?size=1000"_qs},
        {"POST", u"/v1/job/"_qs + upper + u"/stop?build_no=3"_qs},
        {"POST", u"/v1/job/"_qs + upper + u"/follow"_qs},
        {"POST", u"/v1/job/"_qs + upper + u"/unfollow"_qs},
    };
    for (const auto &[method, path] : requests) {
        const Answer answer = call(method, path);
        QVERIFY2(answer.status == 400, qPrintable(path));
        QCOMPARE(answer.body.value(u"error_code").toString(), u"CB.00060201"_qs);
    }
    const Answer run = call("POST", u"/v1/job/execute"_qs, QJsonDocument(QJsonObject{{u"job_id"_qs, upper}}).toJson());
    QCOMPARE(run.status, 400);
    QCOMPARE(run.body.value(u"error_code").toString(), u"CB.00060201"_qs);
    QCOMPARE(get(u"/v1/job/"_qs + kFirst + u"/info"_qs).status, 200);
}

// The SDK signs X-Project-Id into every CodeArts Build request; the sandbox refuses an AK/SK
// request without it. IAM's project query, which finds that ID, needs none.
void TestDemoSandbox::akSkNeedsTheProjectHeader()
{
    const QByteArray project = DemoSandbox::iamProjectId(QLatin1String(DemoSandbox::demoRegion)).toLatin1();
    const AkSkAuthorizer withoutProject(DemoSandbox::demoAccessKey, DemoSandbox::demoSecretKey());
    const AkSkAuthorizer withProject(DemoSandbox::demoAccessKey, DemoSandbox::demoSecretKey(), project);
    const AkSkAuthorizer wrongSecret(DemoSandbox::demoAccessKey, "not-the-secret", project);
    const AkSkAuthorizer wrongSecretWithoutProject(DemoSandbox::demoAccessKey, "not-the-secret");
    const QString info = u"/v1/job/"_qs + kFirst + u"/info"_qs;

    const Answer refused = call("GET", info, {}, nullptr, &withoutProject);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.body.value(u"error_code").toString(), u"APIG.0301"_qs);
    QCOMPARE(refused.body.value(u"error_msg").toString(),
             u"Incorrect IAM authentication information: the X-Project-Id header is required"_qs);
    QCOMPARE(call("GET", info, {}, nullptr, &withProject).status, 200);
    // A wrong signature is told first, with or without the header.
    for (const AkSkAuthorizer *signer : {&wrongSecret, &wrongSecretWithoutProject}) {
        const Answer badSignature = call("GET", info, {}, nullptr, signer);
        QCOMPARE(badSignature.status, 401);
        QVERIFY(badSignature.body.value(u"error_msg").toString().contains(u"verify aksk signature fail"_qs));
    }
    // Every build call, not only ShowJobInfo.
    const QByteArray body = jsonArray({DemoIds::buildProjectId(kFirst)});
    QCOMPARE(call("POST", u"/v1/record/brief?limit=1"_qs, body, nullptr, &withoutProject).status, 401);
    QCOMPARE(call("POST", u"/v1/record/brief?limit=1"_qs, body, nullptr, &withProject).status, 200);
    QCOMPARE(call("GET", u"/v1/job/list?page_index=0&page_size=10"_qs, {}, nullptr, &withoutProject).status, 401);

    const Answer projects = call("GET", u"/v3/projects?name=cn-north-4"_qs, {}, nullptr, &withoutProject);
    QCOMPARE(projects.status, 200);
    QCOMPARE(projects.body[u"projects"][0][u"id"].toString().toLatin1(), project);
}

void TestDemoSandbox::iamNamesTheRegionsProject()
{
    const Answer answer = get(u"/v3/projects?name=cn-north-4"_qs);
    QCOMPARE(answer.status, 200);
    const QJsonArray projects = answer.body[u"projects"].toArray();
    QCOMPARE(projects.size(), 1);
    const QString id = projects.first()[u"id"].toString();
    QCOMPARE(id, DemoSandbox::iamProjectId(u"cn-north-4"_qs));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_qs).match(id).hasMatch());
    QCOMPARE(projects.first()[u"name"].toString(), u"cn-north-4"_qs);
    QVERIFY(projects.first()[u"enabled"].toBool());
    QVERIFY(answer.body[u"links"][u"self"].toString().endsWith(u"/v3/projects?name=cn-north-4"_qs));
    // Another region has another project; an unknown name, none.
    QVERIFY(get(u"/v3/projects?name=ap-southeast-1"_qs).body[u"projects"][0][u"id"].toString() != id);
    const Answer unknown = get(u"/v3/projects?name=xx-nowhere-1"_qs);
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.body[u"projects"].isArray());
    QVERIFY(unknown.body[u"projects"].toArray().isEmpty());
    QCOMPARE(get(u"/v3/projects?name=cn-north-4"_qs, {}).status, 401);
}

// ListProjectJobs names CodeArts projects only: any other well-formed ID, a build project's
// UUID without its dashes too, gets an empty list, bare, with HTTP 200.
void TestDemoSandbox::listProjectJobsAnswersOnlyCodeArtsProjects()
{
    const QJsonObject empty{{u"jobs"_qs, QJsonArray()}, {u"total"_qs, 0}};
    const QString buildProject = DemoIds::buildProjectId(kFirst);
    for (const QString &project : {DemoIds::hexId(u"nobody"_qs), QString(buildProject).remove(u'-')}) {
        const Answer answer = get(u"/v1/job/"_qs + project + u"/list?page_index=0&page_size=10"_qs);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, empty);
    }
    QCOMPARE(get(u"/v1/job/"_qs + buildProject + u"/list?page_index=0&page_size=10"_qs).status, 400);
    const QString payments = DemoSandbox::demoJobs().first().projectId;
    QCOMPARE(get(u"/v1/job/"_qs + payments + u"/list?page_index=0"_qs).status, 400);   // page_size is required
    const Answer jobs = get(u"/v1/job/"_qs + payments + u"/list?page_index=0&page_size=100"_qs);
    QCOMPARE(jobs.status, 200);
    QVERIFY(jobs.body[u"total"].toInt() > 100);
    for (const QJsonValue &item : jobs.body[u"jobs"].toArray()) {
        QVERIFY(DemoIds::isUuid(item[u"build_project_id"].toString()));
        QCOMPARE(item[u"build_project_id"].toString(), DemoIds::buildProjectId(item[u"id"].toString()));
        QVERIFY(!item.toObject().contains(u"project_id"));
    }
    // The changing jobs' projects keep their pages.
    QCOMPARE(get(u"/v1/job/"_qs + QLatin1String(DemoWatchJobs::projectId) + u"/list?page_index=0&page_size=10"_qs)
                 .body[u"total"].toInt(),
             4);
}

// One job, three IDs, and every call agrees on them: ShowJobInfo's project_id is the build
// project (a UUID), ListJob's project_id the CodeArts project and build_project_id the UUID.
void TestDemoSandbox::listJobAgreesWithEveryOtherCall()
{
    QHash<QString, QString> projectNames;
    for (const QJsonValue &project : get(u"/v1/domain/project/related-page?page_no=1&page_size=100"_qs)
                                         .body[u"result"][u"project_info_list"].toArray())
        projectNames.insert(project[u"identifier"].toString(), project[u"name"].toString());
    QCOMPARE(projectNames.size(), 6);
    int checked = 0;
    for (const DemoJob &demo : DemoSandbox::demoJobs()) {
        if (demo.result.isEmpty())
            continue;
        const QJsonObject info = get(u"/v1/job/"_qs + demo.id + u"/info"_qs).body[u"result"].toObject();
        const QString buildProject = info[u"project_id"].toString();
        QVERIFY(DemoIds::isUuid(buildProject));
        QUrlQuery search;
        search.addQueryItem(u"page_index"_qs, u"0"_qs);
        search.addQueryItem(u"page_size"_qs, u"100"_qs);
        search.addQueryItem(u"search"_qs, info[u"job_name"].toString());
        QJsonObject item;
        for (const QJsonValue &listed : get(u"/v1/job/list?"_qs + search.toString(QUrl::FullyEncoded))
                                            .body[u"result"][u"job_list"].toArray()) {
            if (listed[u"id"].toString() == demo.id)
                item = listed.toObject();
        }
        QVERIFY2(!item.isEmpty(), qPrintable(demo.id));
        QCOMPARE(item[u"job_name"], info[u"job_name"]);
        QCOMPARE(item[u"build_project_id"].toString(), buildProject);
        QCOMPARE(item[u"project_id"].toString(), demo.projectId);
        QVERIFY(item[u"project_id"].toString() != buildProject);
        QCOMPARE(item[u"project_name"].toString(), projectNames.value(demo.projectId));

        const QJsonObject config = get(u"/v1/job/"_qs + demo.id + u"/config"_qs).body[u"result"].toObject();
        QCOMPARE(config[u"project_id"], item[u"project_id"]);
        QCOMPARE(config[u"job_name"], item[u"job_name"]);
        const Answer inProject = get(u"/v1/job/"_qs + demo.projectId + u"/list?page_index=0&page_size=100&"_qs
                                     + search.toString(QUrl::FullyEncoded).section(u'&', 2));
        QVERIFY(inProject.body[u"total"].toInt() >= 1);
        if (demo.id == QLatin1String(DemoBuilds::legacyJob))
            continue;   // no record-info
        const int last = get(u"/v1/job/"_qs + demo.id + u"/running-status"_qs).body[u"result"][u"last_build_no"].toString().toInt();
        const QJsonObject record = get(u"/v1/record/"_qs + demo.id + u'/' + QString::number(last) + u"/record-info"_qs)
                                       .body[u"result"].toObject();
        QCOMPARE(record[u"build_project_id"].toString(), buildProject);
        QCOMPARE(record[u"devcloud_project_id"], item[u"project_id"]);
        QCOMPARE(record[u"codeci_job_id"].toString(), demo.id);
        ++checked;
    }
    QVERIFY(checked >= 4);
}

void TestDemoSandbox::briefRecordsRefuseBadRequests()
{
    const QByteArray one = jsonArray({DemoIds::buildProjectId(kFirst)});
    for (const QString &query : {u""_qs, u"?limit=0"_qs, u"?limit=101"_qs, u"?limit=many"_qs}) {
        const Answer answer = call("POST", u"/v1/record/brief"_qs + query, one);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body[u"error_code"].toString(), u"CB.00060200"_qs);
    }
    for (const QByteArray &body : {QByteArray(R"({"ids": []})"), QByteArray("[1, 2]"), QByteArray("[\"a\", null]"),
                                   QByteArray("not json"), QByteArray()}) {
        const Answer answer = call("POST", u"/v1/record/brief?limit=1"_qs, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body[u"error_code"].toString(), u"CB.00060200"_qs);
    }
    QStringList tooMany;
    for (int i = 0; i <= DemoSandbox::kMaxBriefProjects; ++i)
        tooMany << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(brief(tooMany, 1).status, 400);
    QCOMPARE(brief(tooMany.mid(1), 1).status, 200);
    QCOMPARE(brief({}, 1).body[u"result"].toArray().size(), 0);
    QCOMPARE(call("POST", u"/v1/record/brief?limit=1"_qs, one, nullptr, nullptr, {}).status, 401);
}

void TestDemoSandbox::briefRecordsInTheOrderAsked()
{
    const QString failing = QLatin1String(DemoBuilds::failingJob);
    const QStringList asked = {DemoIds::buildProjectId(failing), QUuid::createUuid().toString(QUuid::WithoutBraces),
                               DemoIds::buildProjectId(QLatin1String(DemoWatchJobs::soakTest)),
                               DemoIds::buildProjectId(kFirst)};
    const Answer answer = brief(asked, 4);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body[u"status"].toString(), u"success"_qs);
    const QJsonArray result = answer.body[u"result"].toArray();
    QCOMPARE(result.size(), 3);   // the unknown UUID is left out
    QCOMPARE(result.at(0)[u"project_id"].toString(), asked.at(0));
    QCOMPARE(result.at(1)[u"project_id"].toString(), asked.at(2));
    QCOMPARE(result.at(2)[u"project_id"].toString(), asked.at(3));
    const QStringList jobs = {failing, QLatin1String(DemoWatchJobs::soakTest), kFirst};
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QJsonArray records = result.at(i)[u"brief_build_record_dtos"].toArray();
        QCOMPARE(records.size(), 4);
        const int newest = get(u"/v1/job/"_qs + jobs.at(i) + u"/running-status"_qs).body[u"result"][u"last_build_no"].toString().toInt();
        QCOMPARE(records.first()[u"build_no"].toInt(), newest);
        for (qsizetype n = 0; n < records.size(); ++n) {
            const QJsonObject record = records.at(n).toObject();
            if (n > 0)
                QVERIFY(record[u"build_no"].toInt() < records.at(n - 1)[u"build_no"].toInt());
            QCOMPARE(record[u"project_id"], result.at(i)[u"project_id"]);
            const QJsonObject info = get(u"/v1/record/"_qs + jobs.at(i) + u'/' + QString::number(record[u"build_no"].toInt())
                                         + u"/record-info"_qs).body[u"result"].toObject();
            QCOMPARE(record[u"id"], info[u"id"]);
            QCOMPARE(record[u"status"], info[u"status"]);
            QCOMPARE(record[u"branch"], info[u"branch"]);
            QCOMPARE(record[u"revision"], info[u"commit"]);
            QCOMPARE(briefMs(record[u"start_time"]) / 1000,
                     QDateTime::fromString(info[u"start_time"].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch() / 1000);
        }
    }
    QCOMPARE(result.at(1)[u"brief_build_record_dtos"][0][u"status"].toString(), u"RUNNING"_qs);
}

// The changing jobs' records are made from the schedule that drives their ShowJobInfo: at
// any clock time the newest brief record, running status, record-info and full-stages say
// what ShowJobInfo says.
void TestDemoSandbox::watchJobsRecordsAgreeWithShowJobInfoOverACycle()
{
    ManualClock clock;
    DemoSandbox sandbox;
    sandbox.watchJobs().setFleet(1, 2);   // one fleet job that builds every cycle, one that does not
    sandbox.watchJobs().setClock(&clock);
    QVERIFY(sandbox.start());
    const QStringList jobs = {QLatin1String(DemoWatchJobs::nightly), QLatin1String(DemoWatchJobs::hotfix),
                              QLatin1String(DemoWatchJobs::soakTest), DemoWatchJobs::fleetJobId(0, 0),
                              DemoWatchJobs::fleetJobId(0, 1)};
    QStringList buildProjects;
    for (const QString &id : jobs)
        buildProjects << DemoIds::buildProjectId(id);
    QSet<QString> statusesSeen;
    for (qint64 t = 0; t <= DemoWatchJobs::kCycleMs + 60'000; t += 5'000) {
        clock.setNowMs(t);
        const Answer briefAnswer = brief(buildProjects, 2, &sandbox);
        QCOMPARE(briefAnswer.status, 200);
        const QJsonArray result = briefAnswer.body[u"result"].toArray();
        QCOMPARE(result.size(), jobs.size());
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const QString &id = jobs.at(i);
            const QString where = id + u" at "_qs + QString::number(t);
            const QJsonObject info = call("GET", u"/v1/job/"_qs + id + u"/info"_qs, {}, &sandbox).body[u"result"].toObject();
            const QJsonObject running = call("GET", u"/v1/job/"_qs + id + u"/running-status"_qs, {}, &sandbox).body[u"result"].toObject();
            const QJsonObject newest = result.at(i)[u"brief_build_record_dtos"][0].toObject();
            const int number = sandbox.watchJobs().buildNumberAt(id, t);
            QCOMPARE(info[u"project_id"].toString(), buildProjects.at(i));
            QVERIFY2(newest[u"build_no"].toInt() == number, qPrintable(where));
            QCOMPARE(running[u"last_build_no"].toString(), QString::number(number));
            const bool isRunning = info[u"running_status"].toString() == u"Running";
            QCOMPARE(running[u"is_running"].toBool(), isRunning);
            const QString expected = isRunning ? u"RUNNING"_qs
                : info[u"last_build_status"].toString() == u"success" ? u"SUCCESS"_qs : u"FAILED"_qs;
            QVERIFY2(newest[u"status"].toString() == expected, qPrintable(where + u' ' + newest[u"status"].toString()));
            QVERIFY2(qAbs(briefMs(newest[u"start_time"]) - info[u"last_build_time"].toInteger()) <= 2'000, qPrintable(where));
            statusesSeen << expected;

            const QJsonObject record = call("GET", u"/v1/record/"_qs + id + u'/' + QString::number(number) + u"/record-info"_qs,
                                            {}, &sandbox).body[u"result"].toObject();
            QCOMPARE(record[u"id"], newest[u"id"]);
            QCOMPARE(record[u"status"].toString(), expected);
            QCOMPARE(record[u"build_project_id"].toString(), buildProjects.at(i));
            QCOMPARE(record[u"devcloud_project_id"].toString(), sandbox.watchJobs().projectOf(id));
            const QJsonObject stages = call("GET", u"/v1/record/"_qs + newest[u"id"].toString() + u"/full-stages"_qs, {}, &sandbox)
                                           .body[u"result"][u"build_stages"].toObject();
            QStringList stageStatuses;
            for (const QJsonValue &stage : stages)
                stageStatuses << stage[u"status"].toString();
            QVERIFY2(stageStatuses.contains(u"RUNNING"_qs) == isRunning, qPrintable(where));
            QCOMPARE(stageStatuses.contains(u"FAILED"_qs), expected == u"FAILED");
        }
    }
    QCOMPARE(statusesSeen, QSet<QString>({u"RUNNING"_qs, u"SUCCESS"_qs, u"FAILED"_qs}));
}

// The changing jobs' logs, by build number (pages) and by record ID (the download), agree with
// their builds: growing while one runs, ending as it ended.
// The clock and the wall clock are read one after the other: one may have passed a millisecond
// the other has not. A build's times stay the same anyway (the Overview and the Builds tab
// compare them), while a wall clock that really moved moves them.
void TestDemoSandbox::watchJobsTimesHoldBetweenRequests()
{
    ManualClock clock;
    qint64 wall = QDateTime(QDate(2026, 12, 2), QTime(15, 7), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    DemoWatchJobs jobs;
    jobs.setClock(&clock);
    jobs.setWallClock([&wall] { return wall; });
    const auto lastBuildTime = [&jobs] {
        return jobs.answer(QLatin1String(DemoWatchJobs::nightly))->body[u"result"][u"last_build_time"].toInteger();
    };
    clock.setNowMs(100'000);
    const qint64 first = lastBuildTime();
    QVERIFY(first > 0);
    clock.advanceMs(1);   // the clock ticked, the wall clock not yet
    QCOMPARE(lastBuildTime(), first);
    wall += 2;            // and now both, the wall clock a little more
    QCOMPARE(lastBuildTime(), first);
    wall += 3'600'000;    // an hour later on the wall, the same instant of the demo's clock
    // The wall clock's lead over the clock is taken anew: an hour and the 2 ms, less the clock's 1 ms.
    QCOMPARE(lastBuildTime(), first + 3'600'000 + 2 - 1);
}

void TestDemoSandbox::watchJobsLogsFollowTheirBuilds()
{
    ManualClock clock;
    DemoSandbox sandbox;
    sandbox.watchJobs().setClock(&clock);
    QVERIFY(sandbox.start());
    const QString nightly = QLatin1String(DemoWatchJobs::nightly);
    qint64 previousLines = -1;
    int previousNumber = 0;
    bool sawRunning = false;
    bool sawFailed = false;
    for (qint64 t = 0; t <= DemoWatchJobs::kCycleMs; t += 10'000) {
        clock.setNowMs(t);
        const int number = sandbox.watchJobs().buildNumberAt(nightly, t);
        if (number != previousNumber)
            previousLines = -1;
        previousNumber = number;
        const QJsonObject record = call("GET", u"/v1/record/"_qs + nightly + u'/' + QString::number(number) + u"/record-info"_qs,
                                        {}, &sandbox).body[u"result"].toObject();
        const QJsonObject page = call("GET", u"/v1/log/"_qs + nightly + u'/' + QString::number(number)
                                                 + u"/real-time-log?start_offset=0&size=1000"_qs, {}, &sandbox)
                                     .body[u"result"].toObject();
        QUrl url = sandbox.baseUrl();
        url.setPath(u"/v1/log/"_qs + record[u"id"].toString() + u"/download-log"_qs);
        QNetworkRequest request(url);
        request.setRawHeader("X-Auth-Token", DemoSandbox::demoToken());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10'000));
        const QByteArray bytes = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        // The same lines, but for the times: these jobs' builds are placed anew on the real clock at
        // each request, so a step's start may move by a millisecond between two requests.
        static const QRegularExpression time(u"started \\S+ ===="_qs);
        QCOMPARE(QString::fromUtf8(bytes).replace(time, u"started ===="_qs), page[u"log"].toString().replace(time, u"started ===="_qs));
        const qint64 lines = page[u"end_offset"].toString().toLongLong();
        if (record[u"status"].toString() == u"RUNNING") {
            sawRunning = true;
            QVERIFY(lines >= previousLines);
            QVERIFY(!bytes.contains(" finished: FAILED\n"));
            previousLines = lines;
        } else if (record[u"status"].toString() == u"FAILED") {
            sawFailed = true;
            QVERIFY(bytes.endsWith(" finished: FAILED\n"));
        }
    }
    QVERIFY(sawRunning && sawFailed);
}

// A ListBriefRecord call that touches the busy gateway or the expiring token meets their
// refusals, as a list page does.
void TestDemoSandbox::busyGatewayAndExpiringTokenReachTheBriefRecords()
{
    ManualClock clock;
    DemoSandbox sandbox;
    sandbox.watchJobs().setClock(&clock);
    QVERIFY(sandbox.start());
    const QStringList busy = {DemoIds::buildProjectId(QLatin1String(DemoWatchJobs::nightly)),
                              DemoIds::buildProjectId(QLatin1String(DemoWatchJobs::busyGateway))};
    QList<int> statuses;
    for (int i = 0; i < 3; ++i)
        statuses << brief(busy, 1, &sandbox).status;
    QCOMPARE(statuses.count(500), 1);
    QCOMPARE(statuses.count(200), 2);
    const QStringList expiring = {DemoIds::buildProjectId(QLatin1String(DemoWatchJobs::expiringToken))};
    QCOMPARE(brief(expiring, 1, &sandbox).status, 200);
    clock.setNowMs(DemoWatchJobs::kTokenLifetimeMs + 10'000);
    const Answer refused = brief(expiring, 1, &sandbox);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.body[u"error_msg"].toString().contains(u"token expires"_qs));
    QCOMPARE(brief(busy.mid(0, 1), 1, &sandbox).status, 200);
}

// The watch benchmark asks for 100 fleet jobs at a time: one call, one item each.
void TestDemoSandbox::fleetBriefRecordsForAHundredJobs()
{
    ManualClock clock;
    clock.setNowMs(3'600'000);
    DemoSandbox sandbox;
    sandbox.watchJobs().setFleet(5, 100);
    sandbox.watchJobs().setClock(&clock);
    QVERIFY(sandbox.start());
    QStringList asked;
    for (int job = 0; job < 100; ++job)
        asked << DemoIds::buildProjectId(DemoWatchJobs::fleetJobId(2, job));
    const Answer answer = brief(asked, 3, &sandbox);
    QCOMPARE(answer.status, 200);
    const QJsonArray result = answer.body[u"result"].toArray();
    QCOMPARE(result.size(), 100);
    for (int job = 0; job < 100; ++job) {
        QCOMPARE(result.at(job)[u"project_id"].toString(), asked.at(job));
        const QJsonArray records = result.at(job)[u"brief_build_record_dtos"].toArray();
        QVERIFY(!records.isEmpty() && records.size() <= 3);
        QCOMPARE(records.first()[u"build_no"].toInt(), sandbox.watchJobs().buildNumberAt(DemoWatchJobs::fleetJobId(2, job), 3'600'000));
    }
    QCOMPARE(sandbox.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
