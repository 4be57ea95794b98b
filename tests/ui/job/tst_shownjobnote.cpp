#include "job/currentjob.h"
#include "job/shownjobnote.h"

#include <QTest>

// The note above the job's tabs says which job is shown when it is not the one asked for.
class TestShownJobNote : public QObject
{
    Q_OBJECT

private slots:
    void saysWhichJobIsShown_data();
    void saysWhichJobIsShown();
    void hiddenWhenTheJobIsCurrentOrNone();
};

void TestShownJobNote::saysWhichJobIsShown_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("fetching") << int(CurrentJob::State::StaleWhileFetching)
                              << u"Fetching next-id… Below, greyed: nightly (old-id), as fetched before."_qs;
    QTest::newRow("cancelled") << int(CurrentJob::State::KeptAfterCancel)
                               << u"Cancelled. Below is still nightly (old-id), as fetched before; F5 fetches it again."_qs;
    QTest::newRow("failed") << int(CurrentJob::State::KeptAfterFailure)
                            << u"Fetching it again failed. Below is nightly (old-id), as fetched before."_qs;
}

void TestShownJobNote::saysWhichJobIsShown()
{
    QFETCH(int, state);
    QFETCH(QString, text);
    CurrentJob current;
    ShownJobNote note(&current);
    JobInfo job;
    job.id = u"old-id"_qs;
    job.jobName = u"nightly"_qs;
    current.setJob(job);
    current.setState(CurrentJob::State(state), u"next-id"_qs);
    QVERIFY(!note.isHidden());
    QCOMPARE(note.text(), text);
    QCOMPARE(note.objectName(), u"shownJobNote"_qs);
}

void TestShownJobNote::hiddenWhenTheJobIsCurrentOrNone()
{
    CurrentJob current;
    ShownJobNote note(&current);
    QVERIFY(note.isHidden());
    current.setState(CurrentJob::State::KeptAfterCancel);
    QVERIFY(note.isHidden());   // no job shown
    JobInfo job;
    job.id = u"old-id"_qs;
    current.setJob(job);
    QVERIFY(!note.isHidden());
    QVERIFY(note.text().contains(u"old-id (old-id)"_qs));   // no name: the ID stands in
    current.setState(CurrentJob::State::Current);
    QVERIFY(note.isHidden());
}

QTEST_MAIN(TestShownJobNote)
#include "tst_shownjobnote.moc"
