#include "favorites/favoritespanel.h"
#include "history/favoritesmodel.h"
#include "history/historyintegration.h"
#include "window/mainwindow.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "favorites/traywatcher.h"
#include "watch/desktopnotifier.h"
#include "watch/watchclock.h"
#include "favorites/watchboard.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

// The window as a build monitor, against the demo sandbox's moving jobs on a ManualClock that
// the sandbox and the watch share: nothing waits in real time for a poll or a transition.
// The moving jobs at clock time t (DemoWatchJobs): nightly runs for t < 40 s, then fails;
// hotfix has failed until 50 s, runs until 90 s, then succeeds; the soak test always runs;
// the expiring-token job answers 401 from 90 s on.
class TestWatchBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void boardShowsStatesAndFollowsTransitions();
    void attentionFirstPutsFailedAndRunningOnTop();
    void trayMenuListsFavoritesAndActs();
    void muteAndDoNotDisturbSilenceNotifications();
    void notificationClickOpensTheJob();
    void sessionBusWaitsForFavorites();
    void historyGetsTransitionsNotPolls();
    void refusedTokenAsksToSignInAgainOnce();
    void closingWithKeepWatchingHides();
    void closingWithoutKeepWatchingCloses();
    void buildDurationsComeFromHistory();

private:
    HistoryIntegration *history() const { return m_window->history(); }
    FavoritesModel *favorites() const { return history()->favoritesModel(); }
    WatchBoard *board() const { return m_window->watchBoard(); }
    void star(const QStringList &jobIds);
    // Moves the shared clock and sends what is due then; returns once every answer is in.
    void pollAt(qint64 clockMs);
    JobState stateOf(const QString &jobId) const;
    QAction *trayAction(const QString &text) const;

    ManualClock m_clock;
    std::unique_ptr<DemoSandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString kNightly = QLatin1String(DemoWatchJobs::nightly);
const QString kHotfix = QLatin1String(DemoWatchJobs::hotfix);
const QString kSoak = QLatin1String(DemoWatchJobs::soakTest);
const QString kExpiring = QLatin1String(DemoWatchJobs::expiringToken);
} // namespace

void TestWatchBoard::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_watchboard"));
}

void TestWatchBoard::init()
{
    m_clock.setNowMs(0);
    m_sandbox = std::make_unique<DemoSandbox>();
    m_sandbox->watchJobs().setClock(&m_clock);
    QVERIFY(m_sandbox->start());
    MainWindowOptions options = WindowFixture::demoOptions();
    options.connection.sandbox = m_sandbox.get();
    options.watchClock = &m_clock;
    options.forceTray = true;
    m_window = std::make_unique<MainWindow>(options);
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::HistoryReady));
    WindowFixture::clearHistory(*history());
    QTRY_VERIFY(!board()->session());   // nothing to watch
}

void TestWatchBoard::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
    AppSettings::open()->clear();
}

void TestWatchBoard::star(const QStringList &jobIds)
{
    for (const QString &jobId : jobIds)
        QVERIFY(favorites()->add(jobId));
    // The first favorite starts watching with the window's source; its first poll goes out at once.
    QTRY_VERIFY(board()->session());
    QCOMPARE(board()->source(), QStringLiteral("demo"));
    PollScheduler &scheduler = board()->session()->scheduler();
    QTRY_COMPARE(scheduler.targets().size(), favorites()->rowCount());
    scheduler.pump();
    QTRY_COMPARE(scheduler.inFlight(), 0);
    for (const QString &jobId : jobIds)
        QTRY_VERIFY(favorites()->live(jobId).has_value());
}

void TestWatchBoard::pollAt(qint64 clockMs)
{
    m_clock.setNowMs(clockMs);
    PollScheduler &scheduler = board()->session()->scheduler();
    scheduler.pump();
    QTRY_COMPARE(scheduler.inFlight(), 0);
    // What the answers made due at once (a finished build's fresh health score) goes too.
    while (scheduler.pump() > 0)
        QTRY_COMPARE(scheduler.inFlight(), 0);
}

JobState TestWatchBoard::stateOf(const QString &jobId) const
{
    return JobState(favorites()->index(favorites()->rowOf(jobId), 0).data(FavoritesModel::StateRole).toInt());
}

QAction *TestWatchBoard::trayAction(const QString &text) const
{
    for (QAction *action : board()->tray()->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

void TestWatchBoard::boardShowsStatesAndFollowsTransitions()
{
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kNightly, kHotfix});
    QCOMPARE(stateOf(kNightly), JobState::Running);
    QCOMPARE(stateOf(kHotfix), JobState::Failed);
    const QModelIndex nightly = favorites()->index(favorites()->rowOf(kNightly), 0);
    QCOMPARE(nightly.data().toString(), QStringLiteral("nightly-integration"));   // the name, learnt by polling
    QVERIFY2(nightly.data(FavoritesModel::BadgeTextRole).toString().startsWith(QStringLiteral("Running")),
             qPrintable(nightly.data(FavoritesModel::BadgeTextRole).toString()));
    QCOMPARE(nightly.data(FavoritesModel::HealthRole).toInt(), 70);
    QVERIFY(!nightly.data(FavoritesModel::LastBuildTextRole).toString().isEmpty());
    QCOMPARE(board()->tray()->worstState(), JobState::Failed);

    // Nothing is notified for the first observation, even of a failed job.
    m_clock.setNowMs(5'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 0);

    // 45 s: nightly has failed; the board follows and, after the settle time, it is notified.
    pollAt(45'000);
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    QCOMPARE(favorites()->index(favorites()->rowOf(kNightly), 0).data(FavoritesModel::BadgeTextRole).toString(),
             QStringLiteral("Failed"));
    QCOMPARE(favorites()->index(favorites()->rowOf(kNightly), 0).data(FavoritesModel::HealthRole).toInt(), 40);
    m_clock.setNowMs(48'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(2).toString(), kNightly);

    // The watched set follows the favorites.
    QVERIFY(favorites()->remove(kHotfix));
    const QList<WatchTarget> watched = board()->session()->scheduler().targets();
    QCOMPARE(watched.size(), 1);
    QCOMPARE(watched.first().jobId, kNightly);
    QVERIFY(!board()->session()->tracker().state(kHotfix));

    // The estimate of time left comes from the build the board saw run (about 45 s).
    FavoriteLive running;
    running.state = JobState::Running;
    running.lastBuildTimeMs = 1'000'000;
    running.typicalDurationMs = 45'000;
    QCOMPARE(FavoritesModel::badgeText(running, 1'010'000), QStringLiteral("Running 10 s, about 35 s left"));
    QCOMPARE(FavoritesModel::badgeText(running, 1'090'000), QStringLiteral("Running 1 min 30 s, longer than usual"));
}

void TestWatchBoard::attentionFirstPutsFailedAndRunningOnTop()
{
    const QString steady = DemoJobs::firstJobId();   // a fixed demo job: always succeeded
    star({steady, kSoak, kHotfix});                  // success, running, failed
    FavoritesPanel *panel = history()->favoritesPanel();
    QCOMPARE(panel->shownOrder(), (QStringList{steady, kSoak, kHotfix}));   // the user's order by default

    auto *attention = m_window->findChild<QAction *>(QStringLiteral("actionAttentionFirst"));
    QVERIFY(attention && !attention->isChecked());
    attention->trigger();
    QCOMPARE(panel->shownOrder(), (QStringList{kHotfix, kSoak, steady}));
    QVERIFY(AppSettings::open()->value(QLatin1String(WatchPreferences::kAttentionFirst)).toBool());
    // Moving is about the user's order: off while another order shows.
    panel->selectJob(steady);
    QVERIFY(!panel->findChild<QAction *>(QStringLiteral("favoriteMoveUpAction"))->isEnabled());
    QCOMPARE(panel->selectedJobId(), steady);

    // A transition re-sorts: at 150 s the hotfix has recovered and drops below the others.
    pollAt(150'000);
    QCOMPARE(stateOf(kHotfix), JobState::Success);
    QCOMPARE(panel->shownOrder(), (QStringList{kSoak, steady, kHotfix}));

    attention->trigger();
    QCOMPARE(panel->shownOrder(), (QStringList{steady, kSoak, kHotfix}));
    QCOMPARE(panel->selectedJobId(), steady);
}

void TestWatchBoard::trayMenuListsFavoritesAndActs()
{
    star({kNightly, kHotfix});
    TrayWatcher *tray = board()->tray();
    QVERIFY(tray);
    QVERIFY(trayAction(QStringLiteral("nightly-integration (running)")));
    QAction *hotfix = trayAction(QStringLiteral("checkout-hotfix (failed)"));
    QVERIFY(hotfix);
    QVERIFY(tray->toolTip().contains(QStringLiteral("1 failed, 1 running")));

    // A job opens in the window.
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    hotfix->trigger();
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, kHotfix);

    // Pause stops the polling and shows in the window's menu and on the board.
    trayAction(QStringLiteral("Pause watching"))->trigger();
    PollScheduler &scheduler = board()->session()->scheduler();
    QVERIFY(scheduler.isPaused());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPauseWatch"))->isChecked());
    QCOMPARE(history()->favoritesPanel()->boardNotice(), QStringLiteral("Watching is paused."));
    m_clock.setNowMs(60'000);
    QCOMPARE(scheduler.pump(), 0);
    trayAction(QStringLiteral("Pause watching"))->trigger();
    QVERIFY(!scheduler.isPaused());
    QVERIFY(history()->favoritesPanel()->boardNotice().isEmpty());

    // Do not disturb from the tray is the window's setting too.
    trayAction(QStringLiteral("Do not disturb"))->trigger();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionDoNotDisturb"))->isChecked());
    QVERIFY(AppSettings::open()->value(QLatin1String(WatchPreferences::kDoNotDisturb)).toBool());

    // Refresh now asks about every job at once: one ListBriefRecord request answers for the
    // two. Nightly's build has ended since it was first seen, so it is asked for alone once
    // more, for its fresh health score.
    QSignalSpy started(&scheduler, &PollScheduler::requestStarted);
    QSignalSpy observed(board()->session(), &WatchSession::jobObserved);
    trayAction(QStringLiteral("Refresh now"))->trigger();
    QTRY_VERIFY(observed.size() >= 3);
    QStringList refreshed;
    for (const QList<QVariant> &signal : std::as_const(observed))
        refreshed << signal.constFirst().toString();
    QVERIFY(refreshed.contains(kNightly) && refreshed.contains(kHotfix));
    QCOMPARE(started.size(), 2);
    const PollBatch batch = started.first().first().value<PollBatch>();
    QCOMPARE(batch.kind, PollBatch::Kind::BriefRecords);
    QCOMPARE(batch.jobIds.size(), 2);
    const PollBatch alone = started.last().first().value<PollBatch>();
    QCOMPARE(alone.kind, PollBatch::Kind::JobInfo);
    QCOMPARE(alone.jobIds, QStringList{kNightly});

    // Open window brings a hidden window back.
    m_window->hide();
    trayAction(QStringLiteral("Open window"))->trigger();
    QVERIFY(m_window->isVisible());

    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    trayAction(QStringLiteral("Quit"))->trigger();
    QCOMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestWatchBoard::muteAndDoNotDisturbSilenceNotifications()
{
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kNightly});
    // Nightly fails every cycle: each failure is news only with "still failing" on.
    NotifyKinds kinds;
    kinds.stillFailing = true;
    board()->session()->tracker().setNotifyKinds(kinds);
    // Muted from the board's context menu: the transition shows, nothing is notified.
    FavoritesPanel *panel = history()->favoritesPanel();
    panel->selectJob(kNightly);
    auto *mute = panel->findChild<QAction *>(QStringLiteral("favoriteMuteAction"));
    QVERIFY(mute && mute->isEnabled());
    mute->trigger();
    QVERIFY(board()->isMuted(kNightly));
    QVERIFY(favorites()->index(0, 0).data(FavoritesModel::MutedRole).toBool());
    QCOMPARE(AppSettings::open()->value(QLatin1String(WatchPreferences::kMutedJobs)).toStringList(), QStringList{kNightly});
    pollAt(45'000);
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    m_clock.setNowMs(50'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 0);

    // Unmuted but do not disturb: the next failure (next cycle) is not notified either.
    mute->trigger();
    QVERIFY(!board()->isMuted(kNightly));
    m_window->findChild<QAction *>(QStringLiteral("actionDoNotDisturb"))->trigger();
    pollAt(DemoWatchJobs::kCycleMs + 10'000);   // running again
    pollAt(DemoWatchJobs::kCycleMs + 45'000);   // failed again
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    m_clock.setNowMs(DemoWatchJobs::kCycleMs + 50'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 0);

    // Both off: the third failure is notified.
    m_window->findChild<QAction *>(QStringLiteral("actionDoNotDisturb"))->trigger();
    pollAt(2 * DemoWatchJobs::kCycleMs + 10'000);
    pollAt(2 * DemoWatchJobs::kCycleMs + 45'000);
    m_clock.setNowMs(2 * DemoWatchJobs::kCycleMs + 50'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 1);
}

void TestWatchBoard::notificationClickOpensTheJob()
{
    star({kHotfix});
    DesktopNotifier *notifier = board()->notifier();
    QVERIFY(notifier);
    m_window->showMinimized();
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    emit notifier->activated(kHotfix);   // as a click on the notification says
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, kHotfix);
    QVERIFY(!m_window->isMinimized());
}

void TestWatchBoard::sessionBusWaitsForFavorites()
{
    // init()'s window opened on the previous test's favorites before it removed them; a window
    // that starts without favorites leaves the session bus alone.
    m_window.reset();
    init();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!board()->notifier());
    star({kHotfix});
    QVERIFY(board()->notifier());
}

void TestWatchBoard::historyGetsTransitionsNotPolls()
{
    HistoryFilter nightly;
    nightly.jobId = kNightly;
    star({kNightly});
    HistoryStore *store = history()->store();
    QCOMPARE(store->count(nightly), 1);   // the first observation is a snapshot
    pollAt(20'000);                       // still running: a poll, not an entry
    pollAt(38'000);
    QCOMPARE(stateOf(kNightly), JobState::Running);
    QCOMPARE(store->count(nightly), 1);
    pollAt(60'000);                       // failed: a transition
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    QCOMPARE(store->count(nightly), 2);
    pollAt(210'000);                      // still failed
    QCOMPARE(store->count(nightly), 2);
    // Ten minutes after the last entry, one snapshot of the unchanged state.
    pollAt(60'000 + HistoryThrottle::kSnapshotIntervalMs + 150'000);   // 810 s: failed (again)
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    QCOMPARE(store->count(nightly), 3);
    QCOMPARE(store->entries(nightly, 1).first().job().lastBuildStatus, QStringLiteral("failed"));
}

void TestWatchBoard::refusedTokenAsksToSignInAgainOnce()
{
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kExpiring, kHotfix});
    PollScheduler &scheduler = board()->session()->scheduler();
    // 150 s: the demo token has "expired" for this job; the source stops, once.
    pollAt(150'000);
    QTRY_VERIFY(scheduler.isSourceStopped(QStringLiteral("demo")));
    QVERIFY2(history()->favoritesPanel()->boardNotice().startsWith(QStringLiteral("Sign in again")),
             qPrintable(history()->favoritesPanel()->boardNotice()));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("Sign in again"));
    m_clock.setNowMs(400'000);
    QCOMPARE(scheduler.pump(), 0);   // nothing more for a stopped source
    QCOMPARE(shown.size(), 1);

    // A fetch that succeeds signs in again: watching resumes.
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(kHotfix);
    QVERIFY(fetched.wait(10'000));
    QVERIFY(!scheduler.isSourceStopped(QStringLiteral("demo")));
    QVERIFY(history()->favoritesPanel()->boardNotice().isEmpty());
}

void TestWatchBoard::closingWithKeepWatchingHides()
{
    star({kNightly});
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("actionKeepWatchingInTray"));
    QVERIFY(keep && keep->isEnabled() && !keep->isChecked());   // off by default
    keep->trigger();
    QVERIFY(AppSettings::open()->value(QLatin1String(WatchPreferences::kKeepWatchingInTray)).toBool());
    QVERIFY(!m_window->close());   // the close is refused: the window hides
    QVERIFY(!m_window->isVisible());
    QVERIFY(board()->session());
    // Still watching: the next transition reaches the board.
    pollAt(45'000);
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    // Quit (File menu or tray) really ends.
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QCOMPARE(quit.size(), 1);
}

void TestWatchBoard::closingWithoutKeepWatchingCloses()
{
    QVERIFY(!board()->keepsWatchingWhenClosed());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestWatchBoard::buildDurationsComeFromHistory()
{
    // Snapshots, newest first: build 1000 (started at 1000) seen running, then finished at 1060:
    // 60 ms; build 2000 finished at 2040: 40 ms; build 3000 was never seen running.
    const auto snapshot = [](qint64 timeMs, const QString &running, const QString &last, qint64 buildMs) {
        JobInfo job;
        job.id = QStringLiteral("d0a7c4e11a2b4c5d8e9f00112233a001");
        job.runningStatus = running;
        job.lastBuildStatus = last;
        job.lastBuildTimeMs = buildMs;
        HistoryEntry entry = HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 0);
        entry.timeMs = timeMs;
        return entry;
    };
    const QList<HistoryEntry> newestFirst{
        snapshot(3100, QStringLiteral("Finished"), QStringLiteral("success"), 3000),
        snapshot(2040, QStringLiteral("Finished"), QStringLiteral("failed"), 2000),
        snapshot(2010, QStringLiteral("Running"), QStringLiteral("running"), 2000),
        snapshot(1070, QStringLiteral("Finished"), QStringLiteral("success"), 1000),
        snapshot(1060, QStringLiteral("Finished"), QStringLiteral("success"), 1000),
        snapshot(1010, QStringLiteral("Running"), QStringLiteral("running"), 1000),
    };
    QCOMPARE(WatchBoard::buildDurations(newestFirst), (QList<qint64>{60, 40}));
    QCOMPARE(WatchBoard::typicalDuration({60, 40}), std::optional<qint64>(60));
    QCOMPARE(WatchBoard::typicalDuration({10, 1000, 30, 20, 40, 50}), std::optional<qint64>(40));
    QCOMPARE(WatchBoard::typicalDuration({}), std::nullopt);
}

QTEST_MAIN(TestWatchBoard)
#include "tst_watchboard.moc"
