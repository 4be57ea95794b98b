#include "job/currentjob.h"
#include "job/shownjobnote.h"

#include <QSignalSpy>
#include <QTest>

// The job the window is about: what Star and Trend act on, and when the job shown is stale.
class TestCurrentJob : public QObject
{
    Q_OBJECT

private slots:
    void subjectIsTheShownJobElseTheFailedOne();
    void staleOnlyWithAJobShown();
    void everyChangeIsSignalled();
};

namespace {

JobInfo jobWithId(const QString &id)
{
    JobInfo job;
    job.id = id;
    job.jobName = u"name of "_qs + id;
    return job;
}

} // namespace

void TestCurrentJob::subjectIsTheShownJobElseTheFailedOne()
{
    CurrentJob current;
    QVERIFY(current.subjectJobId().isEmpty());
    current.setFailedJobId(u"failed"_qs);
    QCOMPARE(current.subjectJobId(), u"failed"_qs);
    current.setJob(jobWithId(u"shown"_qs));
    QCOMPARE(current.subjectJobId(), u"shown"_qs);
    current.setJob(std::nullopt);
    QCOMPARE(current.subjectJobId(), u"failed"_qs);
    current.setFailedJobId({});
    QVERIFY(current.subjectJobId().isEmpty());
}

void TestCurrentJob::staleOnlyWithAJobShown()
{
    CurrentJob current;
    current.setState(CurrentJob::State::StaleWhileFetching, u"next"_qs);
    QVERIFY(!current.isStale());   // nothing shown: nothing to be stale
    current.setJob(jobWithId(u"shown"_qs));
    QVERIFY(current.isStale());
    QCOMPARE(current.fetchingJobId(), u"next"_qs);
    current.setState(CurrentJob::State::KeptAfterCancel);
    QVERIFY(current.isStale());
    current.setState(CurrentJob::State::Current);
    QVERIFY(!current.isStale());
}

void TestCurrentJob::everyChangeIsSignalled()
{
    CurrentJob current;
    QSignalSpy changed(&current, &CurrentJob::changed);
    current.setJob(jobWithId(u"a"_qs));
    current.setState(CurrentJob::State::KeptAfterFailure);
    current.setFailedJobId(u"b"_qs);
    QCOMPARE(changed.size(), 3);
    current.setFailedJobId(u"b"_qs);   // the same again: no change
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(TestCurrentJob)
#include "tst_currentjob.moc"
