#include "api/buildrecords.h"
#include "api/jobinfo.h"
#include "connection/democonnection.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demoids.h"
#include "sandbox/demojobs.h"
#include "sandbox/demoschedule.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "commandrun.h"
#include "watch/watchclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

// One truth in the demo: for every demo job and watch job, at any time, ShowJobInfo, the record
// list (or the old history), record-info, full-stages, the brief records, running status, the
// job lists and the window's history seeding say the same; two sandboxes, and the command line's
// own, say it alike; and the menu's titles stay true.
class TestDemoAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoJobsAgreeAcrossTheirBuilds();
    void historySeedingIsShowJobInfoThen();
    void watchJobsAgreeAtEveryInstant();
    void twoSandboxesAgree();
    void theCommandLineAgrees();
    void titlesStayTrue();
    void stoppedRunningJobIsAbortedUntilItsNextBuild();

private:
    // A call's answer (retried when the busy gateway throttles it); `path` may carry a query.
    QJsonDocument call(DemoSandbox &sandbox, const QByteArray &method, const QString &path, const QByteArray &body = {});
    QJsonObject result(DemoSandbox &sandbox, const QString &path) { return call(sandbox, "GET", path)[u"result"].toObject(); }
    // Checks that everything the sandbox says of a demo job agrees, now.
    void verifyDemoJob(DemoSandbox &sandbox, const DemoJob &demo, const QString &when);
    void verifyWatchJob(DemoSandbox &sandbox, const QString &jobId, const QString &when);

    QNetworkAccessManager m_nam;
    qint64 m_now = 0;
    DemoSandbox m_sandbox;
};

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// A Wednesday afternoon in Beijing.
const qint64 kStart = QDateTime(QDate(2026, 12, 2), QTime(15, 7), QTimeZone(8 * 3600)).toMSecsSinceEpoch();

// The demo jobs that answer with builds.
QList<DemoJob> jobsWithBuilds()
{
    QList<DemoJob> jobs;
    for (const DemoJob &demo : DemoJobs::all()) {
        if (demo.plan.pattern != DemoBuildPlan::Pattern::None)
            jobs.append(demo);
    }
    return jobs;
}

DemoBuildJob identityOf(const DemoJob &demo)
{
    DemoBuildJob job;
    job.id = demo.id;
    job.name = demo.result.value(u"job_name").toString();
    job.defaultBranch = demo.defaultBranch;
    job.branchParameter = demo.branchParameter;
    return job;
}

// One build as a list gives it: the record list's items and the old history's alike.
struct Listed
{
    int number = 0;
    qint64 startMs = 0;
    QString state;   // SUCCESS, FAILURE, ABORTED, timeout; empty while it runs
    bool running() const { return state.isEmpty(); }
};

QString wordOf(const Listed &build)
{
    if (build.running())
        return u"running"_qs;
    if (build.state == u"SUCCESS")
        return u"success"_qs;
    return build.state == u"ABORTED" ? u"aborted"_qs : u"failed"_qs;
}

QString briefStatusOf(const Listed &build)
{
    if (build.running())
        return u"RUNNING"_qs;
    if (build.state == u"FAILURE")
        return u"FAILED"_qs;
    return build.state == u"timeout" ? u"TIMEOUT"_qs : build.state;
}

// The documented rule, from a list: the base, less 10 for each failed or timed-out and 5 for
// each aborted build among the five newest finished ones.
int healthFromList(const QList<Listed> &newestFirst, int base)
{
    int counted = 0;
    for (const Listed &build : newestFirst) {
        if (build.running() || counted == 5)
            continue;
        ++counted;
        if (build.state == u"FAILURE" || build.state == u"timeout")
            base -= 10;
        else if (build.state == u"ABORTED")
            base -= 5;
    }
    return qMax(0, base);
}

qint64 isoMs(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// Times around each demo job's next scheduled build after `from`: before it starts, just after,
// just before it ends, just after.
QList<qint64> timesAcrossTheNextBuilds(qint64 from)
{
    QList<qint64> times = {from};
    for (const DemoJob &demo : jobsWithBuilds()) {
        if (demo.plan.pattern == DemoBuildPlan::Pattern::Frozen)
            continue;
        DemoSchedule schedule(demo, identityOf(demo), std::numeric_limits<qint64>::max() / 4);
        const std::optional<DemoBuild> next = schedule.at(schedule.lastStartedBy(from) + 1, from + 2 * kDay);
        if (next)
            times << next->startMs - 1 << next->startMs + 1000 << next->endMs() - 1000 << next->endMs() + 1000;
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

void TestDemoAgreement::initTestCase()
{
    m_now = kStart;
    m_sandbox.builds().setClock([this] { return m_now; });
    m_sandbox.setSlowDelayMs(0);   // the slow job answers at once here
    QVERIFY(m_sandbox.start());
}

QJsonDocument TestDemoAgreement::call(DemoSandbox &sandbox, const QByteArray &method, const QString &path,
                                      const QByteArray &body)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", DemoSandbox::demoToken());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (int attempt = 0;; ++attempt) {
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10'000))
            qWarning("no answer");
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        if (answer[u"error_code"].toString() != u"CB.00060211" || attempt == 3)
            return answer;
    }
}

void TestDemoAgreement::verifyDemoJob(DemoSandbox &sandbox, const DemoJob &demo, const QString &when)
{
    const QString where = demo.result.value(u"job_name").toString() + u" at "_qs + when;
    const qint64 now = sandbox.builds().nowMs();
    const bool legacy = demo.id == QLatin1String(DemoBuilds::legacyJob);
    const QJsonObject info = result(sandbox, u"/v1/job/"_qs + demo.id + u"/info"_qs);
    QVERIFY2(!info.isEmpty(), qPrintable(where));

    // The builds listed now, newest first: the record list, or the old history where it is not published.
    QList<Listed> listed;
    if (legacy) {
        for (const QJsonValue &item : call(sandbox, "GET", u"/v3/jobs/"_qs + demo.id + u"/history?offset=0&limit=20&interval=10"_qs)
                                          [u"history_records"].toArray())
            listed.append({item[u"build_number"].toInt(), isoMs(item[u"start_time"]), item[u"result"].toString()});
    } else {
        QUrlQuery query;
        query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(now - 3 * kDay)));
        query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(now)));
        query.addQueryItem(u"page_index"_qs, u"0"_qs);
        query.addQueryItem(u"page_size"_qs, u"20"_qs);
        const QJsonObject page = result(sandbox, u"/v1/record/"_qs + demo.id + u"/list?"_qs + query.toString(QUrl::FullyEncoded));
        for (const QJsonValue &item : page[u"job_build_states"].toArray()) {
            listed.append({item[u"number"].toInt(), item[u"start_time"].toInteger(), item[u"state"].toString()});
            QCOMPARE(item[u"job_running_status"].toString() == u"Running", listed.constLast().running());
        }
        QCOMPARE(page[u"health_score"].toString(), QString::number(JobInfo::fromJson(info).healthScore.value_or(-1)));
    }
    QVERIFY2(listed.size() >= 6, qPrintable(where));
    const Listed &newest = listed.constFirst();
    const bool anyRunning = std::any_of(listed.cbegin(), listed.cend(), [](const Listed &build) { return build.running(); });

    // ShowJobInfo says what the list says.
    const JobInfo job = JobInfo::fromJson(info);
    QVERIFY2(job.lastBuildStatus == wordOf(newest), qPrintable(where + u' ' + job.lastBuildStatus));
    QCOMPARE(job.runningStatus, anyRunning ? u"Running"_qs : u"Finished"_qs);
    if (legacy)
        QVERIFY(info.value(u"last_build_time").isNull());   // what that job shows off
    else
        QVERIFY2(job.lastBuildTimeMs == newest.startMs, qPrintable(where));
    QCOMPARE(job.healthScore, std::optional<int>(healthFromList(listed, demo.plan.healthBase)));
    if (info.contains(u"build_no"))
        QCOMPARE(info.value(u"build_no").toString().toInt(), newest.number);

    // So does the running status.
    const QJsonObject running = result(sandbox, u"/v1/job/"_qs + demo.id + u"/running-status"_qs);
    QCOMPARE(running[u"last_build_no"].toString().toInt(), newest.number);
    QCOMPARE(running[u"is_running"].toBool(), anyRunning);

    // And the job lists' row.
    QUrlQuery search;
    search.addQueryItem(u"page_index"_qs, u"0"_qs);
    search.addQueryItem(u"page_size"_qs, u"100"_qs);
    search.addQueryItem(u"search"_qs, job.jobName);
    QJsonObject row;
    for (const QJsonValue &item : result(sandbox, u"/v1/job/list?"_qs + search.toString(QUrl::FullyEncoded))[u"job_list"].toArray()) {
        if (item[u"id"].toString() == demo.id)
            row = item.toObject();
    }
    QVERIFY2(!row.isEmpty(), qPrintable(where));
    QCOMPARE(row[u"health_score"].toVariant().toInt(), *job.healthScore);
    QCOMPARE(row[u"last_job_running_status"].toString() == u"Running", newest.running());
    const QHash<QString, QString> colours = {{u"success"_qs, u"blue"_qs}, {u"failed"_qs, u"red"_qs},
                                             {u"running"_qs, u"building"_qs}, {u"aborted"_qs, u"aborted"_qs}};
    QCOMPARE(row[u"last_build_status"].toString(), colours.value(job.lastBuildStatus));
    if (!legacy)
        QCOMPARE(row[u"last_build_time"].toVariant().toLongLong(), newest.startMs);
    if (legacy)
        return;   // its record calls are not published

    // The brief records are the list's newest builds.
    const QByteArray projects = QJsonDocument(QJsonArray{DemoIds::buildProjectId(demo.id)}).toJson(QJsonDocument::Compact);
    const QJsonArray brief = call(sandbox, "POST", u"/v1/record/brief?limit=6"_qs, projects)[u"result"][0][u"brief_build_record_dtos"].toArray();
    QCOMPARE(brief.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(brief.at(i)[u"build_no"].toInt() == listed.at(i).number, qPrintable(where));
        QCOMPARE(brief.at(i)[u"status"].toString(), briefStatusOf(listed.at(i)));
    }

    // record-info and full-stages of the newest build.
    const QJsonObject record = result(sandbox, u"/v1/record/"_qs + demo.id + u'/' + QString::number(newest.number) + u"/record-info"_qs);
    QCOMPARE(record[u"status"].toString(), briefStatusOf(newest));
    QCOMPARE(isoMs(record[u"start_time"]), newest.startMs);
    QCOMPARE(record[u"id"], brief.at(0)[u"id"]);
    QStringList stages;
    for (const QJsonValue &stage : result(sandbox, u"/v1/record/"_qs + record[u"id"].toString() + u"/full-stages"_qs)[u"build_stages"].toObject())
        stages << stage[u"status"].toString();
    QCOMPARE(stages.contains(u"RUNNING"_qs), newest.running());
    if (!newest.running())   // a running build's step may have failed before its clean-up
        QCOMPARE(stages.contains(u"FAILED"_qs), newest.state == u"FAILURE" || newest.state == u"timeout");
}

// At several times, across each job's next build's start and end, every call about every demo
// job agrees.
void TestDemoAgreement::demoJobsAgreeAcrossTheirBuilds()
{
    const QList<qint64> times = timesAcrossTheNextBuilds(kStart);
    QVERIFY(times.size() >= 20);
    QSet<QString> variedStates;
    for (const qint64 time : times) {
        m_now = time;
        for (const DemoJob &demo : jobsWithBuilds()) {
            verifyDemoJob(m_sandbox, demo, QDateTime::fromMSecsSinceEpoch(time).toString(Qt::ISODateWithMs));
            if (QTest::currentTestFailed())
                return;
        }
        variedStates << result(m_sandbox, u"/v1/job/"_qs + QLatin1String(DemoBuilds::throttledJob) + u"/info"_qs)
                            [u"running_status"].toString();
    }
    // The varied job was seen running and finished.
    QCOMPARE(variedStates, QSet<QString>({u"Running"_qs, u"Finished"_qs}));
    m_now = kStart;
}

// The window's two weeks of a demo job are ShowJobInfo's answers at those times.
void TestDemoAgreement::historySeedingIsShowJobInfoThen()
{
    const qint64 now = kStart + 3 * kHour;
    for (const DemoJob &demo : jobsWithBuilds()) {
        const QList<HistoryEntry> past = DemoConnection::pastOf(JobInfo::fromJson(demo.result), now, &m_sandbox.builds());
        QCOMPARE(past.size(), 14);
        QSet<int> healths;
        for (const HistoryEntry &entry : past) {
            QVERIFY(entry.timeMs < now);
            m_now = entry.timeMs;
            const JobInfo then = JobInfo::fromJson(result(m_sandbox, u"/v1/job/"_qs + demo.id + u"/info"_qs));
            const JobInfo seeded = entry.job();
            QCOMPARE(seeded.lastBuildStatus, then.lastBuildStatus);
            QCOMPARE(seeded.lastBuildTimeMs, then.lastBuildTimeMs);
            QCOMPARE(seeded.runningStatus, then.runningStatus);
            QCOMPARE(seeded.healthScore, then.healthScore);
            QCOMPARE(entry.health, then.healthScore);
            healths << *then.healthScore;
        }
        // The varied job's health moved over two weeks, as the trend should show, and so did the
        // legacy job's until it was disabled; the others keep what their titles promise.
        using Pattern = DemoBuildPlan::Pattern;
        if (demo.plan.pattern == Pattern::Varied)
            QVERIFY2(healths.size() >= 3, qPrintable(QString::number(healths.size())));
        else if (demo.plan.pattern != Pattern::Frozen)
            QVERIFY2(healths.size() == 1, qPrintable(demo.id));
    }
    // The watch jobs and the failing answers have none.
    QVERIFY(DemoConnection::pastOf(JobInfo::fromJson({{u"id"_qs, QLatin1String(DemoWatchJobs::nightly)}}), now).isEmpty());
    m_now = kStart;
}

void TestDemoAgreement::verifyWatchJob(DemoSandbox &sandbox, const QString &jobId, const QString &when)
{
    const QString where = jobId + u" at clock "_qs + when;
    const qint64 now = sandbox.builds().nowMs();
    const QJsonObject info = result(sandbox, u"/v1/job/"_qs + jobId + u"/info"_qs);
    const JobInfo job = JobInfo::fromJson(info);
    QVERIFY2(!job.jobName.isEmpty(), qPrintable(where));
    QUrlQuery query;
    query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(now - 20 * kDay)));
    query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(QDateTime::fromMSecsSinceEpoch(now)));
    query.addQueryItem(u"page_index"_qs, u"0"_qs);
    query.addQueryItem(u"page_size"_qs, u"5"_qs);
    const QJsonArray items = result(sandbox, u"/v1/record/"_qs + jobId + u"/list?"_qs + query.toString(QUrl::FullyEncoded))
                                 [u"job_build_states"].toArray();
    QVERIFY2(items.size() >= 2, qPrintable(where));
    const Listed newest{items.at(0)[u"number"].toInt(), items.at(0)[u"start_time"].toInteger(), items.at(0)[u"state"].toString()};
    QVERIFY2(job.lastBuildStatus == wordOf(newest), qPrintable(where + u' ' + job.lastBuildStatus));
    QCOMPARE(job.runningStatus, newest.running() ? u"Running"_qs : u"Finished"_qs);
    QCOMPARE(job.lastBuildTimeMs, std::optional<qint64>(newest.startMs));

    const QJsonObject running = result(sandbox, u"/v1/job/"_qs + jobId + u"/running-status"_qs);
    QCOMPARE(running[u"last_build_no"].toString().toInt(), newest.number);
    QCOMPARE(running[u"is_running"].toBool(), newest.running());

    const QByteArray projects = QJsonDocument(QJsonArray{DemoIds::buildProjectId(jobId)}).toJson(QJsonDocument::Compact);
    const QJsonObject brief = call(sandbox, "POST", u"/v1/record/brief?limit=2"_qs, projects)[u"result"][0][u"brief_build_record_dtos"][0].toObject();
    QCOMPARE(brief[u"build_no"].toInt(), newest.number);
    QCOMPARE(brief[u"status"].toString(), briefStatusOf(newest));

    const QJsonObject record = result(sandbox, u"/v1/record/"_qs + jobId + u'/' + QString::number(newest.number) + u"/record-info"_qs);
    QCOMPARE(record[u"status"].toString(), briefStatusOf(newest));
    QCOMPARE(isoMs(record[u"start_time"]), newest.startMs);
    QCOMPARE(record[u"id"], brief[u"id"]);
    QStringList stages;
    for (const QJsonValue &stage : result(sandbox, u"/v1/record/"_qs + record[u"id"].toString() + u"/full-stages"_qs)[u"build_stages"].toObject())
        stages << stage[u"status"].toString();
    QCOMPARE(stages.contains(u"RUNNING"_qs), newest.running());

    // The log ends as the build did, or is still being written.
    const QString log = result(sandbox, u"/v1/log/"_qs + jobId + u'/' + QString::number(newest.number) + u"/real-time-log?size=1000"_qs)
                            [u"log"].toString();
    QVERIFY2(!log.isEmpty(), qPrintable(where));
    const QString summary = u"build #"_qs + QString::number(newest.number) + u" of "_qs + job.jobName + u" finished: "_qs;
    QCOMPARE(log.contains(summary), !newest.running());
    if (!newest.running())
        QVERIFY2(log.endsWith(summary + briefStatusOf(newest) + u'\n'), qPrintable(where));

    // The project's ListProjectJobs row.
    const QString project = sandbox.watchJobs().projectOf(jobId);
    for (const QJsonValue &item : call(sandbox, "GET", u"/v1/job/"_qs + project + u"/list?page_index=0&page_size=10"_qs)[u"jobs"].toArray()) {
        if (item[u"id"].toString() != jobId)
            continue;
        QCOMPARE(item[u"last_build_time"].toInteger(), newest.startMs);
        QCOMPARE(item[u"health_score"].toInt(), *job.healthScore);
        QCOMPARE(item[u"last_job_running_status"].toString(), job.runningStatus);
    }
}

// The watch jobs on their clock: at every instant, whether a build runs or not, every call
// agrees; old builds are there too.
void TestDemoAgreement::watchJobsAgreeAtEveryInstant()
{
    ManualClock clock;
    qint64 wall = kStart;
    DemoSandbox sandbox;
    sandbox.builds().setClock([&wall] { return wall; });
    sandbox.watchJobs().setClock(&clock);
    QVERIFY(sandbox.start());
    const qint64 cycle = DemoWatchJobs::kCycleMs;
    for (const qint64 t : {qint64(0), qint64(1'000), qint64(39'000), qint64(41'000), qint64(51'000), qint64(89'000),
                           qint64(91'000), cycle - 4'000, cycle + 1'000, 5 * cycle + 45'000, 40 * cycle}) {
        clock.setNowMs(t);
        wall = kStart + t / 3;   // the wall clock goes slower: a fast demo
        for (const QString &id : DemoWatchJobs::ids()) {
            if (id == QLatin1String(DemoWatchJobs::expiringToken) && t >= DemoWatchJobs::kTokenLifetimeMs)
                continue;   // refused by then
            verifyWatchJob(sandbox, id, QString::number(t));
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Builds, build and the trend reach back: the nightly's first build, hours of clock ago.
    const QJsonObject first = result(sandbox, u"/v1/record/"_qs + QLatin1String(DemoWatchJobs::nightly) + u"/1/record-info"_qs);
    QCOMPARE(first[u"build_no"].toInt(), 1);
    QCOMPARE(first[u"status"].toString(), u"FAILED"_qs);
    // By its record ID too, as the Builds tab asks for a build's steps.
    const QJsonObject stages = result(sandbox, u"/v1/record/"_qs + first[u"id"].toString() + u"/full-stages"_qs);
    QCOMPARE(stages[u"build_stages"][u"initial"][u"build_record_id"], first[u"id"]);
}

// Two sandboxes, one made later, answer alike at the same time.
void TestDemoAgreement::twoSandboxesAgree()
{
    DemoSandbox other;
    qint64 otherNow = kStart - 6 * kHour;
    other.builds().setClock([&otherNow] { return otherNow; });
    other.setSlowDelayMs(0);
    QVERIFY(other.start());
    result(other, u"/v1/job/"_qs + DemoJobs::firstJobId() + u"/info"_qs);   // made at another time
    for (const qint64 time : {kStart, kStart + 2 * kHour + 13 * kMinute}) {
        m_now = otherNow = time;
        for (const DemoJob &demo : jobsWithBuilds()) {
            const QString info = u"/v1/job/"_qs + demo.id + u"/info"_qs;
            QCOMPARE(result(other, info), result(m_sandbox, info));
            const QString running = u"/v1/job/"_qs + demo.id + u"/running-status"_qs;
            QCOMPARE(result(other, running), result(m_sandbox, running));
            if (demo.id == QLatin1String(DemoBuilds::legacyJob))
                continue;
            const QString record = u"/v1/record/"_qs + demo.id + u"/100/record-info"_qs;
            QCOMPARE(result(other, record), result(m_sandbox, record));
        }
    }
    m_now = kStart;
}

// `show --demo --json` in a process of its own says what a sandbox here says now.
void TestDemoAgreement::theCommandLineAgrees()
{
    const QString executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(executable), "INSPECTOR_EXECUTABLE must name the built app");
    DemoSandbox here;   // on the real clock
    QVERIFY(here.start());
    for (const DemoJob &demo : jobsWithBuilds()) {
        if (demo.delayMs != 0)
            continue;   // the slow one: its answer takes seconds
        const QJsonObject before = result(here, u"/v1/job/"_qs + demo.id + u"/info"_qs);
        const CommandRun run = CommandRun::of(executable, {u"show"_qs, demo.id, u"--demo"_qs, u"--json"_qs}, {},
                                              QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        const QJsonObject after = result(here, u"/v1/job/"_qs + demo.id + u"/info"_qs);
        // A build may have begun or ended meanwhile: then the command agrees with one of them.
        const auto same = [](const JobInfo &a, const JobInfo &b) {
            return a.lastBuildStatus == b.lastBuildStatus && a.lastBuildTimeMs == b.lastBuildTimeMs
                && a.runningStatus == b.runningStatus && a.healthScore == b.healthScore;
        };
        const JobInfo asShown = JobInfo::fromJson(shown);
        QVERIFY2(!asShown.lastBuildStatus.isEmpty(), run.out.constData());
        QVERIFY2(same(asShown, JobInfo::fromJson(before)) || same(asShown, JobInfo::fromJson(after)),
                 qPrintable(demo.id + u' ' + QString::fromUtf8(run.out)));
    }
}

// Over three days, at every 7 minutes: the menu's titles stay true.
void TestDemoAgreement::titlesStayTrue()
{
    DemoBuilds builds;
    builds.setClock([] { return kStart; });
    const QString first = DemoJobs::firstJobId();
    const QString failing = QLatin1String(DemoBuilds::failingJob);
    const QString running = QLatin1String(DemoBuilds::runningJob);
    const QString legacy = QLatin1String(DemoBuilds::legacyJob);
    const QString slow = QLatin1String(DemoBuilds::hugeLogJob);
    QSet<qint64> lastBuilds;
    for (qint64 t = kStart; t < kStart + 3 * kDay; t += 7 * kMinute) {
        const QString when = QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODate);
        // "Finished, healthy, full permissions": the documentation's example, the same at all times.
        const JobInfo healthy = JobInfo::fromJson(*builds.showJobResultAt(first, t));
        QVERIFY2(healthy.runningStatus == u"Finished" && healthy.lastBuildStatus == u"success", qPrintable(when));
        QCOMPARE(healthy.healthScore, std::optional<int>(92));
        QVERIFY(healthy.isExecute == true && healthy.isManager == true);
        lastBuilds << *healthy.lastBuildTimeMs;
        // "Failed, poor health, view and run only".
        const JobInfo poor = JobInfo::fromJson(*builds.showJobResultAt(failing, t));
        QVERIFY2(poor.runningStatus == u"Finished" && poor.lastBuildStatus == u"failed", qPrintable(when));
        QCOMPARE(poor.healthScore, std::optional<int>(41));
        // "Running now, Chinese job name".
        const JobInfo busy = JobInfo::fromJson(*builds.showJobResultAt(running, t));
        QVERIFY2(busy.runningStatus == u"Running" && busy.lastBuildStatus == u"running", qPrintable(when));
        QCOMPARE(busy.healthScore, std::optional<int>(74));
        // "Disabled, aborted, missing times": nothing new.
        const QJsonObject disabled = *builds.showJobResultAt(legacy, t);
        QVERIFY(disabled.value(u"disabled").toBool());
        QCOMPARE(disabled.value(u"last_build_status").toString(), u"aborted"_qs);
        QVERIFY(disabled.value(u"last_build_time").isNull() && disabled.value(u"build_time").isNull());
        QCOMPARE(disabled.value(u"health_score").toInt(), 18);
        // The slow one's newest build is finished and successful (it has the huge log).
        const JobInfo slowJob = JobInfo::fromJson(*builds.showJobResultAt(slow, t));
        QVERIFY2(slowJob.runningStatus == u"Finished" && slowJob.lastBuildStatus == u"success", qPrintable(when));
    }
    // The healthy job keeps building: several new builds a day.
    QVERIFY2(lastBuilds.size() >= 3 * 6, qPrintable(QString::number(lastBuilds.size())));
}

// After a Stop the running job's build is aborted, and the job stays so until its next
// scheduled build starts.
void TestDemoAgreement::stoppedRunningJobIsAbortedUntilItsNextBuild()
{
    const QString running = QLatin1String(DemoBuilds::runningJob);
    m_now = kStart;
    const QJsonObject status = result(m_sandbox, u"/v1/job/"_qs + running + u"/running-status"_qs);
    QVERIFY(status[u"is_running"].toBool());
    const int number = status[u"last_build_no"].toString().toInt();
    QCOMPARE(call(m_sandbox, "POST", u"/v1/job/"_qs + running + u"/stop?build_no="_qs + QString::number(number),
                  QJsonDocument(QJsonObject{{u"build_no"_qs, number}}).toJson())[u"status"].toString(),
             u"success"_qs);
    m_now += 1000;
    verifyDemoJob(m_sandbox, *DemoJobs::find(running), u"after the stop"_qs);
    const JobInfo stopped = JobInfo::fromJson(result(m_sandbox, u"/v1/job/"_qs + running + u"/info"_qs));
    QCOMPARE(stopped.lastBuildStatus, u"aborted"_qs);
    QCOMPARE(stopped.runningStatus, u"Finished"_qs);
    QCOMPARE(stopped.healthScore, std::optional<int>(74 - 5));
    // The next slot's build runs again.
    const qint64 slot = kDay / DemoJobs::find(running)->plan.maxPerDay;
    m_now = kStart + slot - (kStart - DemoSchedule::startOfDay(0)) % slot + 1000;
    const JobInfo next = JobInfo::fromJson(result(m_sandbox, u"/v1/job/"_qs + running + u"/info"_qs));
    QCOMPARE(next.runningStatus, u"Running"_qs);
    QCOMPARE(result(m_sandbox, u"/v1/job/"_qs + running + u"/running-status"_qs)[u"last_build_no"].toString().toInt(), number + 1);
    verifyDemoJob(m_sandbox, *DemoJobs::find(running), u"the next build"_qs);
    m_now = kStart;
}

QTEST_GUILESS_MAIN(TestDemoAgreement)
#include "tst_demoagreement.moc"
