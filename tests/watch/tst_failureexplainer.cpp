#include "api/buildclient.h"
#include "api/buildrecords.h"
#include "api/requestgate.h"
#include "credentials/credentialprovider.h"
#include "hostileserver.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "watch/failureexplainer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kFailing = QLatin1String(DemoBuilds::failingJob);

class CountingGate final : public RequestGate
{
public:
    void whenAllowed(QObject *context, std::function<void()> send) override
    {
        ++asked;
        QTimer::singleShot(0, context, send);
    }
    void throttled(qint64 delayMs) override { throttledFor.append(delayMs); }

    int asked = 0;
    QList<qint64> throttledFor;
};

// A gate that never lets a request go: reads wait until they are cancelled.
class ClosedGate final : public RequestGate
{
public:
    void whenAllowed(QObject *, std::function<void()>) override { ++asked; }
    void throttled(qint64) override {}
    int asked = 0;
};

} // namespace

// FailureExplainer: once per failed build, through the watch's gate, and cancelled when nobody
// needs it.
class TestFailureExplainer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explainsAFailedBuildOnce();
    void aBuildBeingReadIsNotAskedAgain();
    void throttledLogGivesUpAndNamesTheStep();
    void forgetCancelsTheRead();
    void cancelAllStopsEveryRead();

private:
    std::unique_ptr<BuildClient> client(const QUrl &base);
    int newestBuild(const QString &jobId);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
};

void TestFailureExplainer::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

std::unique_ptr<BuildClient> TestFailureExplainer::client(const QUrl &base)
{
    auto result = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = base;
    options.timeout = std::chrono::milliseconds(20'000);
    result->setOptions(options);
    return result;
}

int TestFailureExplainer::newestBuild(const QString &jobId)
{
    auto builds = client(m_sandbox.baseUrl());
    BuildCall *status = builds->runningStatus(jobId);
    QSignalSpy(status, &BuildCall::finished).wait(10'000);
    return BuildParse::runningStatus(status->json()).lastBuildNumber.value_or(0);
}

void TestFailureExplainer::explainsAFailedBuildOnce()
{
    const int number = newestBuild(kFailing);
    QVERIFY(number > 0);
    auto builds = client(m_sandbox.baseUrl());
    CountingGate gate;
    FailureExplainer explainer;
    QSignalSpy explained(&explainer, &FailureExplainer::explained);
    QVERIFY(!explainer.known(kFailing, number));
    explainer.explain(kFailing, number, builds.get(), &gate);
    QVERIFY(explained.wait(30'000));
    const auto explanation = explained.at(0).at(0).value<FailureExplainer::Explanation>();
    QCOMPARE(explanation.jobId, kFailing);
    QCOMPARE(explanation.buildNumber, number);
    QCOMPARE(explanation.failedStep, u"Run unit tests"_qs);
    QVERIFY2(explanation.error && explanation.error->contains(u"rejectsEmptyPassword"_qs),
             qPrintable(explanation.error.value_or(u"(none)"_qs)));
    QCOMPARE(gate.asked, 3);   // record-info, full-stages, the log: each through the gate
    QCOMPARE(explainer.readsInFlight(), 0);

    // Known now: asking again sends nothing and says nothing.
    const int requests = m_sandbox.requestCount();
    explainer.explain(kFailing, number, builds.get(), &gate);
    QTest::qWait(100);
    QCOMPARE(m_sandbox.requestCount(), requests);
    QCOMPARE(explained.size(), 1);
    QCOMPARE(explainer.known(kFailing, number)->failedStep, u"Run unit tests"_qs);
    QVERIFY(!explainer.known(kFailing, number - 1));
}

void TestFailureExplainer::aBuildBeingReadIsNotAskedAgain()
{
    const int number = newestBuild(kFailing);
    auto builds = client(m_sandbox.baseUrl());
    FailureExplainer explainer;
    QSignalSpy explained(&explainer, &FailureExplainer::explained);
    const int before = m_sandbox.requestCount();
    explainer.explain(kFailing, number, builds.get(), nullptr);
    explainer.explain(kFailing, number, builds.get(), nullptr);
    QCOMPARE(explainer.readsInFlight(), 1);
    QVERIFY(explained.wait(30'000));
    QTest::qWait(100);
    QCOMPARE(explained.size(), 1);
    QCOMPARE(m_sandbox.requestCount() - before, 3);
}

// The watch's budget is for its polls: a throttled log is not waited for; the answer still
// names the failed step, and the gate backs the endpoint off.
void TestFailureExplainer::throttledLogGivesUpAndNamesTheStep()
{
    HostileServer server([](QTcpSocket *socket, const QByteArray &request) {
        QByteArray body;
        if (request.contains("/record-info"))
            body = R"({"result":{"id":"2f1c7e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b","status":"FAILED","build_no":5},"status":"success"})";
        else if (request.contains("/full-stages"))
            body = R"({"result":{"build_stages":{"stage1":{"status":"FAILED","display_name":"Compile","sequence":1}}},"status":"success"})";
        if (body.isEmpty()) {
            body = R"({"error":{"error_code":"CB.00060211","error_msg":"Too many requests"},"status":"error"})";
            socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    auto builds = client(server.url());
    CountingGate gate;
    FailureExplainer explainer;
    QSignalSpy explained(&explainer, &FailureExplainer::explained);
    const QString job = u"0123456789abcdef0123456789abcdef"_qs;
    explainer.explain(job, 5, builds.get(), &gate);
    QVERIFY(explained.wait(30'000));
    const auto explanation = explained.at(0).at(0).value<FailureExplainer::Explanation>();
    QCOMPARE(explanation.failedStep, u"Compile"_qs);
    QVERIFY(!explanation.error);
    QCOMPARE(gate.throttledFor, QList<qint64>{30'000});
}

void TestFailureExplainer::forgetCancelsTheRead()
{
    auto builds = client(m_sandbox.baseUrl());
    ClosedGate gate;
    FailureExplainer explainer;
    QSignalSpy explained(&explainer, &FailureExplainer::explained);
    explainer.explain(kFailing, 7, builds.get(), &gate);
    explainer.explain(u"0123456789abcdef0123456789abcdef"_qs, 3, builds.get(), &gate);
    QTRY_COMPARE(gate.asked, 2);
    QCOMPARE(explainer.readsInFlight(), 2);
    explainer.forget(kFailing);
    QCOMPARE(explainer.readsInFlight(), 1);
    QTest::qWait(50);
    QVERIFY(explained.isEmpty());   // a cancelled read says nothing
}

void TestFailureExplainer::cancelAllStopsEveryRead()
{
    auto builds = client(m_sandbox.baseUrl());
    ClosedGate gate;
    FailureExplainer explainer;
    QSignalSpy explained(&explainer, &FailureExplainer::explained);
    explainer.explain(kFailing, 7, builds.get(), &gate);
    explainer.explain(kFailing, 8, builds.get(), &gate);
    QCOMPARE(explainer.readsInFlight(), 2);
    explainer.cancelAll();
    QCOMPARE(explainer.readsInFlight(), 0);
    QTest::qWait(50);
    QVERIFY(explained.isEmpty());
}

QTEST_GUILESS_MAIN(TestFailureExplainer)
#include "tst_failureexplainer.moc"
