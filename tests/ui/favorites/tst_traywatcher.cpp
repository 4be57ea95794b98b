#include "favorites/traywatcher.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

namespace {

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestTrayWatcher : public QObject
{
    Q_OBJECT

private slots:
    void worstStateWins_data()
    {
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<int>("worst");
        using S = JobState;
        QTest::newRow("none") << QList<int>{} << int(S::Unknown);
        QTest::newRow("success") << QList<int>{int(S::Unknown), int(S::Success)} << int(S::Success);
        QTest::newRow("running") << QList<int>{int(S::Success), int(S::Running), int(S::Unknown)} << int(S::Running);
        QTest::newRow("failed") << QList<int>{int(S::Running), int(S::Failed), int(S::Success)} << int(S::Failed);
    }
    void worstStateWins()
    {
        QFETCH(QList<int>, states);
        QFETCH(int, worst);
        TrayWatcher tray;
        QList<TrayWatcher::Job> jobs;
        for (int i = 0; i < states.size(); ++i)
            jobs.append({QString::number(i), u"job %1"_qs.arg(i), JobState(states[i])});
        tray.setJobs(jobs);
        QCOMPARE(int(tray.worstState()), worst);
    }

    void tooltipCountsAndMenuOpensJobs()
    {
        TrayWatcher tray;
        tray.setJobs({{u"a"_qs, u"nightly"_qs, JobState::Failed},
                      {u"b"_qs, u"hotfix"_qs, JobState::Running},
                      {u"c"_qs, u"docs"_qs, JobState::Success},
                      {u"d"_qs, u"legacy"_qs, JobState::Success}});
        QVERIFY(tray.toolTip().contains(u"1 failed, 1 running, 2 succeeded, 0 other"_qs));
        QSignalSpy open(&tray, &TrayWatcher::openJobRequested);
        QAction *hotfix = actionNamed(tray.menu(), u"hotfix (running)"_qs);
        QVERIFY(hotfix);
        hotfix->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), u"b"_qs);
        QVERIFY(actionNamed(tray.menu(), u"nightly (failed)"_qs));
    }

    void commandsReachTheWindow()
    {
        TrayWatcher tray;
        tray.setJobs({{u"a"_qs, u"nightly"_qs, JobState::Success}});
        QSignalSpy refresh(&tray, &TrayWatcher::refreshRequested);
        QSignalSpy pause(&tray, &TrayWatcher::pauseToggled);
        QSignalSpy window(&tray, &TrayWatcher::openWindowRequested);
        QSignalSpy quit(&tray, &TrayWatcher::quitRequested);
        actionNamed(tray.menu(), u"Refresh now"_qs)->trigger();
        actionNamed(tray.menu(), u"Pause watching"_qs)->trigger();
        actionNamed(tray.menu(), u"Open window"_qs)->trigger();
        actionNamed(tray.menu(), u"Quit"_qs)->trigger();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.first().first().toBool(), true);
        QCOMPARE(window.size(), 1);
        QCOMPARE(quit.size(), 1);
        // The pause survives a refresh of the jobs and shows in the tooltip.
        tray.setJobs({{u"a"_qs, u"nightly"_qs, JobState::Failed}});
        QVERIFY(actionNamed(tray.menu(), u"Pause watching"_qs)->isChecked());
        QVERIFY(tray.toolTip().contains(u"paused"_qs));
    }

    // A click on the message answers for the build it named: a failure with its log.
    void messageClickNamesItsBuild()
    {
        TrayWatcher tray;
        QSignalSpy build(&tray, &TrayWatcher::messageClicked);
        QSignalSpy log(&tray, &TrayWatcher::failureMessageClicked);
        tray.showMessage(u"nightly is fixed"_qs, u"Build #12"_qs, u"a"_qs, 12);
        emit tray.trayIcon()->messageClicked();
        QCOMPARE(build.size(), 1);
        QCOMPARE(build.first(), (QVariantList{u"a"_qs, 12}));
        tray.showMessage(u"nightly failed"_qs, u"Build #13"_qs, u"a"_qs, 13, true);
        emit tray.trayIcon()->messageClicked();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first(), (QVariantList{u"a"_qs, 13}));
        // A failure that names no build shows the job's builds.
        tray.showMessage(u"nightly failed"_qs, QString(), u"a"_qs, 0, true);
        emit tray.trayIcon()->messageClicked();
        QCOMPARE(build.size(), 2);
        QCOMPARE(log.size(), 1);
    }
};

QTEST_MAIN(TestTrayWatcher)
#include "tst_traywatcher.moc"
