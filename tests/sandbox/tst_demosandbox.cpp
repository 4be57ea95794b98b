#include "sandbox/demosandbox.h"
#include "api/jobinfo.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

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

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer get(const QString &path, const QByteArray &token = DemoSandbox::demoToken());

    DemoSandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestDemoSandbox::initTestCase()
{
    m_sandbox.setSlowDelayMs(600);
    QVERIFY(m_sandbox.start());
    QVERIFY(m_sandbox.port() != 0);
}

TestDemoSandbox::Answer TestDemoSandbox::get(const QString &path, const QByteArray &token)
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10'000))
        qWarning("no answer");
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
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
            QCOMPARE(answer.body.value(u"result").toObject(), demo.result);
            QVERIFY(answer.body.value(u"error").isNull());
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

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
