#include "connection/democonnection.h"
#include "sandbox/demojobs.h"

#include <QSet>
#include <QTest>

// The demo as the window sees it: the Demo jobs menu's entries and a demo job's past days.
class TestDemoConnection : public QObject
{
    Q_OBJECT

private slots:
    void menuListsSampleJobsThenFailingAnswers();
    void firstJobIsTheSandboxFirstJob();
    void pastIsTwoWeeksOfTheJob();
    void failingAnswersHaveNoPast();
};

void TestDemoConnection::menuListsSampleJobsThenFailingAnswers()
{
    const QList<DemoConnection::JobChoice> choices = DemoConnection::jobChoices();
    const QList<DemoJob> &jobs = DemoJobs::all();
    QVERIFY(choices.size() > jobs.size());
    QSet<QString> ids;
    for (int i = 0; i < choices.size(); ++i) {
        const DemoConnection::JobChoice &choice = choices.at(i);
        QVERIFY(!choice.title.isEmpty());
        QVERIFY2(!ids.contains(choice.id), qPrintable(choice.id));
        ids.insert(choice.id);
        QCOMPARE(choice.failing, i >= jobs.size());
        if (i < jobs.size()) {
            QCOMPARE(choice.id, jobs.at(i).id);
            QCOMPARE(choice.title, jobs.at(i).title);
        }
    }
    QVERIFY(ids.contains(QLatin1String(DemoJobs::TroubleJobs::serverError)));
    QCOMPARE(choices.constLast().title, u"Redirect on the same host"_qs);
}

void TestDemoConnection::firstJobIsTheSandboxFirstJob()
{
    QCOMPARE(DemoConnection::firstJobId(), DemoJobs::firstJobId());
}

void TestDemoConnection::pastIsTwoWeeksOfTheJob()
{
    const JobInfo job = JobInfo::fromJson(DemoJobs::find(DemoJobs::firstJobId())->result);
    const qint64 now = 1'764'000'000'000;
    const QList<HistoryEntry> past = DemoConnection::pastOf(job, now);
    QCOMPARE(past.size(), 14);
    qint64 previous = 0;
    for (const HistoryEntry &entry : past) {
        QVERIFY(entry.timeMs > previous && entry.timeMs < now);
        previous = entry.timeMs;
        QCOMPARE(entry.jobId, job.id);
        QVERIFY(entry.succeeded());
        QCOMPARE(entry.endpoint, u"demo"_qs);
    }
}

void TestDemoConnection::failingAnswersHaveNoPast()
{
    JobInfo failing;
    failing.id = QLatin1String(DemoJobs::TroubleJobs::serverError);
    QVERIFY(DemoConnection::pastOf(failing, 1'764'000'000'000).isEmpty());
    JobInfo unknown;
    unknown.id = u"0123456789abcdef0123456789abcdef"_qs;
    QVERIFY(DemoConnection::pastOf(unknown, 1'764'000'000'000).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoConnection)
#include "tst_democonnection.moc"
