#include "api/joblist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// ListAnswer and JobSummary: both answer shapes, the service's loose types, both status words.
class TestJobList : public QObject
{
    Q_OBJECT

private:
    static JobAnswer::Http ok(const QByteArray &body) { return {200, "application/json", body, {}, {}}; }

    static ListPage page(const QByteArray &body)
    {
        auto answer = ListAnswer::interpret(ok(body));
        if (const ApiError *error = std::get_if<ApiError>(&answer))
            qWarning() << "unexpected error:" << error->oneLine();
        return std::get<ListPage>(answer);
    }

private slots:
    void wrappedListJobAnswer()
    {
        // The reference's example for ListJob, trimmed: build_number is a string.
        const ListPage result = page(R"({"result":{"job_list":[{"id":"8f4fb54a55c744beb8967cf50d96d87b",
            "job_name":"APITest-JobList-running-2kDRoU","project_id":"6823252f543d4915b49892a5fd9f0ec3",
            "last_build_status":"aborted","last_build_time":1727041445000,"build_number":"1",
            "favorite":false,"disabled":false,"is_finished":true}],"total":20697},"status":"success"})");
        QCOMPARE(result.total, 20697);
        QCOMPARE(result.items.size(), 1);
        const JobSummary job = JobSummary::fromJson(result.items.first());
        QCOMPARE(job.id, u"8f4fb54a55c744beb8967cf50d96d87b"_qs);
        QCOMPARE(job.state, BuildState::Aborted);
        QCOMPARE(job.lastBuildTimeMs, 1727041445000LL);
        QCOMPARE(job.buildNumber, 1);
        QCOMPARE(job.favorite, false);
        QCOMPARE(job.fields.value(u"build_number").type(), QJsonValue::Double);
    }

    void bareProjectJobsAnswer()
    {
        const ListPage result = page(R"({"jobs":[{"id":"2a86c3c1aaaabbbbccccddddeeeeffff","job_name":"demo",
            "last_build_status":"blue","last_build_time":1608004535000,"health_score":75,"favorite":true,
            "disabled":true}],"total":1})");
        QCOMPARE(result.total, 1);
        const JobSummary job = JobSummary::fromJson(result.items.first());
        QCOMPARE(job.state, BuildState::Success);
        QCOMPARE(job.healthScore, 75);
        QCOMPARE(job.disabled, true);
    }

    void totalAsNumericString()
    {
        QCOMPARE(page(R"({"result":{"job_list":[],"total":"20697"},"status":"success"})").total, 20697);
        QCOMPARE(page(R"({"jobs":[],"total":" 7 "})").total, 7);
        QCOMPARE(page(R"({"jobs":[],"total":6.0})").total, 6);
        QVERIFY(!page(R"({"jobs":[],"total":"many"})").total);
        QVERIFY(!page(R"({"jobs":[]})").total);
    }

    void emptyAccountWithoutList()
    {
        const ListPage result = page(R"({"result":{"total":0},"status":"success"})");
        QCOMPARE(result.total, 0);
        QVERIFY(result.items.isEmpty());
    }

    void loosetypes_data()
    {
        QTest::addColumn<QByteArray>("job");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("buildNumber");
        QTest::addColumn<int>("health");
        QTest::newRow("numbers") << QByteArray(R"({"last_build_time":1727041445000,"build_number":12,"health_score":80})")
                                 << 1727041445000LL << 12LL << 80;
        QTest::newRow("strings") << QByteArray(R"({"last_build_time":"1727041445000","build_number":"12","health_score":"80"})")
                                 << 1727041445000LL << 12LL << 80;
        // Beyond double's exact range as text: no digit may be lost.
        QTest::newRow("64-bit text") << QByteArray(R"({"last_build_time":"9007199254740993","build_number":"3","health_score":1})")
                                     << 9007199254740993LL << 3LL << 1;
    }

    void loosetypes()
    {
        QFETCH(QByteArray, job);
        QFETCH(qint64, time);
        QFETCH(qint64, buildNumber);
        QFETCH(int, health);
        const JobSummary summary = JobSummary::fromJson(QJsonDocument::fromJson(job).object());
        QCOMPARE(summary.lastBuildTimeMs, time);
        QCOMPARE(summary.buildNumber, buildNumber);
        QCOMPARE(summary.healthScore, health);
        QCOMPARE(summary.fields.value(u"last_build_time").toInteger(), time);
        QVERIFY(summary.fields.value(u"build_number").isDouble());
    }

    void unreadableValuesBecomeNull()
    {
        const JobSummary summary = JobSummary::fromJson(QJsonDocument::fromJson(
            R"({"build_number":"","last_build_time":null,"favorite":"yes please","disabled":"true","extra":"kept"})").object());
        QVERIFY(!summary.buildNumber);
        QVERIFY(!summary.lastBuildTimeMs);
        QVERIFY(!summary.favorite);
        QCOMPARE(summary.disabled, true);
        QVERIFY(summary.fields.value(u"build_number").isNull());
        QVERIFY(summary.fields.value(u"favorite").isNull());
        QCOMPARE(summary.fields.value(u"disabled"), QJsonValue(true));
        QCOMPARE(summary.fields.value(u"extra").toString(), u"kept"_qs);
        QVERIFY(!summary.fields.contains(u"health_score")); // absent stays absent
        // A build number that is not a whole number from 1 names no build: null, never rounded.
        for (const char *number : {R"("1.5")", "1.5", R"("1e3")", R"("9223372036854775808")", "-3"}) {
            const JobSummary odd = JobSummary::fromJson(
                QJsonDocument::fromJson(QByteArray(R"({"build_number":)") + number + "}").object());
            QVERIFY2(!odd.buildNumber, number);
            QVERIFY2(odd.fields.value(u"build_number").isNull(), number);
        }
    }

    // What `jobs --json` prints: wrong types fixed, right ones kept, integers without exponent.
    void normalizedPrintsPlainValues()
    {
        const QJsonObject job = QJsonDocument::fromJson(
            R"({"build_time":"268000","is_view":true,"is_copy":"false","last_build_time":1.796137243479e12,"health_score":7})").object();
        QCOMPARE(QJsonDocument(JobSummary::normalized(job)).toJson(QJsonDocument::Compact),
                 R"({"build_time":268000,"health_score":7,"is_copy":false,"is_view":true,"last_build_time":1796137243479})");
    }

    void bothStatusVocabularies_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<BuildState>("state");
        QTest::newRow("blue") << u"blue"_qs << BuildState::Success;
        QTest::newRow("success") << u"SUCCESS"_qs << BuildState::Success;
        QTest::newRow("red") << u"red"_qs << BuildState::Failed;
        QTest::newRow("failed") << u"failed"_qs << BuildState::Failed;
        QTest::newRow("building") << u"building"_qs << BuildState::Running;
        QTest::newRow("running") << u"Running"_qs << BuildState::Running;
        QTest::newRow("blue_anime") << u"blue_anime"_qs << BuildState::Running;
        QTest::newRow("aborted") << u"aborted"_qs << BuildState::Aborted;
        QTest::newRow("timeout") << u"timeout"_qs << BuildState::Timeout;
        QTest::newRow("none") << u"none"_qs << BuildState::NeverBuilt;
        QTest::newRow("empty") << QString() << BuildState::NeverBuilt;
        QTest::newRow("odd") << u"purple"_qs << BuildState::Unknown;
    }

    void bothStatusVocabularies()
    {
        QFETCH(QString, word);
        QFETCH(BuildState, state);
        QCOMPARE(BuildStates::fromApi(word), state);
    }

    void filterWordsRoundTrip()
    {
        for (const char *name : {"failed", "success", "running", "aborted", "timeout", "none"}) {
            const std::optional<BuildState> state = BuildStates::fromName(QLatin1String(name));
            QVERIFY(state);
            QCOMPARE(BuildStates::name(*state), QLatin1String(name));
            // The filter value is the service's colour word, which reads back as the same state.
            QCOMPARE(BuildStates::fromApi(BuildStates::filterValue(*state)), *state);
        }
        QVERIFY(!BuildStates::fromName(u"blue"_qs));
    }

    void projects()
    {
        const ListPage result = page(R"({"error":null,"result":{"project_info_list":[{"author_domain_id":"6002",
            "author_id":"4105.0","identifier":"32f28c61a5c24688be80294a06f844b2","name":"CodeCIServer","status":1}],
            "total":1},"status":"success"})");
        QCOMPARE(result.total, 1);
        const ProjectSummary project = ProjectSummary::fromJson(result.items.first());
        QCOMPARE(project.id, u"32f28c61a5c24688be80294a06f844b2"_qs);
        QCOMPARE(project.name, u"CodeCIServer"_qs);
    }

    void errors()
    {
        auto kindOf = [](const JobAnswer::Http &http) {
            auto answer = ListAnswer::interpret(http);
            return std::holds_alternative<ApiError>(answer) ? std::get<ApiError>(answer).kind : ApiError::Kind::None;
        };
        QCOMPARE(kindOf(ok(R"({"status":"fail","error":{"code":"CB.00060101","message":"x"}})")),
                 ApiError::Kind::ServiceFailure);
        QCOMPARE(kindOf(ok(R"({"result":{"job_list":{"not":"a list"}}})")), ApiError::Kind::InvalidResponse);
        QCOMPARE(kindOf(ok(R"({"something":"else"})")), ApiError::Kind::InvalidResponse);
        QCOMPARE(kindOf(ok("<html>gateway</html>")), ApiError::Kind::InvalidResponse);
        QCOMPARE(kindOf({401, "application/json", R"({"error_code":"APIG.0301","error_msg":"token"})", {}, {}}),
                 ApiError::Kind::Unauthorized);
        auto throttled = ListAnswer::interpret(
            {500, "application/json", R"({"error_code":"CB.00060211","error_msg":"Too many requests"})", {}, {}});
        QCOMPARE(std::get<ApiError>(throttled).errorCode, u"CB.00060211"_qs);
    }
};

QTEST_GUILESS_MAIN(TestJobList)
#include "tst_joblist.moc"
