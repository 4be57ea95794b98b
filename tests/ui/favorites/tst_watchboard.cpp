#include "api/buildclient.h"
#include "api/endpoints.h"
#include "builds/buildlogpane.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "builds/logview.h"
#include "favorites/favoritespanel.h"
#include "favorites/notificationcomposer.h"
#include "history/favoritesmodel.h"
#include "history/historyintegration.h"
#include "window/mainwindow.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "favorites/traywatcher.h"
#include "watch/batchingtransport.h"
#include "watch/desktopnotifier.h"
#include "watch/watchclock.h"
#include "favorites/watchboard.h"
#include "profiles/preferencesdialog.h"
#include "search/jobsearchpanel.h"
#include "window/sidebar.h"
#include "ui/notificationstandin.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// Receives the URLs the app opens in the browser (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

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
    void trayMenuKeepsTheWindowMaximized();
    void muteAndDoNotDisturbSilenceNotifications();
    void notificationSaysWhichBuildAndShowsIt();
    void notificationGoesWithWhatIsKnownWhenTheBudgetIsSpent();
    void failureNotificationSaysWhyAndShowsTheLog();
    void trayMessageSaysTheSameAndShowsTheBuild();
    void runStartedFromTheWindowShowsAtOnce();
    void openInBrowserOnlyForTheConsole();
    void sessionBusWaitsForFavorites();
    void historyGetsTransitionsNotPolls();
    void refusedTokenAsksToSignInAgainOnce();
    void closingAsksOnceThenWatchesInTheTray();
    void closingCanQuitAndRemembersIt();
    void closingWithoutFavoritesQuits();
    void baselinesMakeTheFirstRoundOneRequest();
    void preferencesTakeEffectAtOnce();
    void relativeTimesTickEachMinute();
    void firstSessionPrintsNoWarnings();
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
    // Moves the clock and asks for every job, as Refresh Now does.
    void refreshAt(qint64 clockMs);
    // Moves the clock, gives out the notifications due then and waits for their build's facts.
    void deliverAt(qint64 clockMs);
    // The fixed notification of the hotfix job (it fails until 50 s, runs, succeeds at 90 s).
    void watchTheHotfixGetFixed();
    // Clicks `button` in the next modal message box named `name` once it shows.
    static void answerMessageBox(const QString &name, const QString &button, bool dontAskAgain = true);
    int selectedBuild() const;

    PrivateSessionBus m_bus;
    bool m_hasBus = false;
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
    // Before anything connects to the session bus: the notifications go to the test's own.
    m_hasBus = m_bus.start();
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

void TestWatchBoard::deliverAt(qint64 clockMs)
{
    m_clock.setNowMs(clockMs);
    board()->session()->deliverDueNotifications();
    QTRY_COMPARE(board()->composer()->waiting(), 0);
}

void TestWatchBoard::watchTheHotfixGetFixed()
{
    star({kHotfix});
    QCOMPARE(stateOf(kHotfix), JobState::Failed);
    refreshAt(60'000);
    QCOMPARE(stateOf(kHotfix), JobState::Running);
    pollAt(100'000);
    QCOMPARE(stateOf(kHotfix), JobState::Success);
    deliverAt(103'000);
}

void TestWatchBoard::refreshAt(qint64 clockMs)
{
    m_clock.setNowMs(clockMs);
    board()->session()->scheduler().refreshNow();
    pollAt(clockMs);
}

void TestWatchBoard::answerMessageBox(const QString &name, const QString &button, bool dontAskAgain)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, button, dontAskAgain] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        timer->deleteLater();
        if (box->checkBox())
            box->checkBox()->setChecked(dontAskAgain);
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button)
                return candidate->click();
        }
        qWarning("no button %s", qPrintable(button));
        box->reject();
    });
    timer->start(20);
}

int TestWatchBoard::selectedBuild() const
{
    auto *page = qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget());
    if (!page)
        return -1;
    const QModelIndex current = page->panel()->table()->currentIndex();
    return current.isValid() ? page->panel()->model()->item(current.row(), 0)->data(Qt::UserRole).toInt() : 0;
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
    deliverAt(48'000);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("nightly-integration failed"));
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

void TestWatchBoard::trayMenuKeepsTheWindowMaximized()
{
    star({kNightly, kHotfix});
    m_window->showMaximized();
    QTRY_VERIFY(m_window->isMaximized());
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    trayAction(QStringLiteral("checkout-hotfix (failed)"))->trigger();
    QVERIFY(fetched.wait(10'000));
    QVERIFY(m_window->isMaximized());
    trayAction(QStringLiteral("Open window"))->trigger();
    QVERIFY(m_window->isMaximized());

    // Back from the tray, and from the task bar, as it was.
    m_window->hide();
    trayAction(QStringLiteral("Open window"))->trigger();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isMaximized());
    m_window->setWindowState(m_window->windowState() | Qt::WindowMinimized);
    trayAction(QStringLiteral("Open window"))->trigger();
    QVERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isMaximized());
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
    deliverAt(50'000);
    QCOMPARE(shown.size(), 0);

    // Unmuted but do not disturb: the next failure (next cycle) is not notified either.
    mute->trigger();
    QVERIFY(!board()->isMuted(kNightly));
    m_window->findChild<QAction *>(QStringLiteral("actionDoNotDisturb"))->trigger();
    pollAt(DemoWatchJobs::kCycleMs + 10'000);   // running again
    pollAt(DemoWatchJobs::kCycleMs + 45'000);   // failed again
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    deliverAt(DemoWatchJobs::kCycleMs + 50'000);
    QCOMPARE(shown.size(), 0);

    // Both off: the third failure is notified.
    m_window->findChild<QAction *>(QStringLiteral("actionDoNotDisturb"))->trigger();
    pollAt(2 * DemoWatchJobs::kCycleMs + 10'000);
    pollAt(2 * DemoWatchJobs::kCycleMs + 45'000);
    deliverAt(2 * DemoWatchJobs::kCycleMs + 50'000);
    QCOMPARE(shown.size(), 1);
}

// A notification names the build (number, branch, who started it, how long it took: the batch
// and one record-list request tell), goes to the desktop with normal urgency, and a click shows
// that build on the job's Builds tab.
void TestWatchBoard::notificationSaysWhichBuildAndShowsIt()
{
    if (!m_hasBus)
        QSKIP("dbus-daemon is not available");
    NotificationServiceStandIn service;
    QVERIFY(service.registerOn(m_bus.connect(QStringLiteral("service"))));
    const auto unregister = qScopeGuard([&service] { service.unregister(); });

    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    watchTheHotfixGetFixed();
    QCOMPARE(shown.size(), 1);
    QTRY_COMPARE(service.calls.size(), 1);
    const NotificationServiceStandIn::Call &call = service.calls.first();
    QCOMPARE(call.summary, QStringLiteral("checkout-hotfix is fixed"));
    // "Build #N · hotfix/checkout-timeout · started by ci-bot · 40 s"
    static const QRegularExpression facts(
        QStringLiteral("^Build #(\\d+) · hotfix/checkout-timeout · started by ci-bot · (\\d+ min )?\\d+ s$"));
    const QRegularExpressionMatch match = facts.match(call.body);
    QVERIFY2(match.hasMatch(), qPrintable(call.body));
    QCOMPARE(shown.first().at(1).toString(), call.body);   // the board says the same
    const int number = match.captured(1).toInt();
    QVERIFY(number > 0);
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
    QVERIFY(call.actions.contains(QStringLiteral("default")));

    // A click (the "default" action, which "Show build" is) brings the build on the Builds tab.
    m_window->showMinimized();
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    service.invoke(call.id, QStringLiteral("default"));
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, kHotfix);
    QVERIFY(!m_window->isMinimized());
    QTRY_COMPARE(selectedBuild(), number);
    QCOMPARE(m_window->jobTabs()->currentIndex(), 1);

    // Another Overview, then the same click again: the job is on screen, so the tab changes at once.
    m_window->jobTabs()->setCurrentIndex(0);
    service.invoke(call.id, QStringLiteral("default"));
    QTRY_COMPARE(selectedBuild(), number);
}

void TestWatchBoard::notificationGoesWithWhatIsKnownWhenTheBudgetIsSpent()
{
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kHotfix, kSoak});   // two jobs: one batch (ListBriefRecord) tells both builds
    refreshAt(60'000);
    refreshAt(100'000);
    QCOMPARE(stateOf(kHotfix), JobState::Success);
    // Other requests took the endpoint's budget for this minute: the record lookup cannot go,
    // and the notification does not wait for it longer than its wait.
    PollScheduler &scheduler = board()->session()->scheduler();
    qint64 retryAt = 0;
    while (scheduler.takeBudget(scheduler.targets().first().endpoint, &retryAt)) {
    }
    board()->composer()->setWaitMs(300);
    m_clock.setNowMs(103'000);
    board()->session()->deliverDueNotifications();
    QCOMPARE(shown.size(), 0);   // waiting for its facts
    QCOMPARE(board()->composer()->waiting(), 1);
    QTRY_COMPARE(shown.size(), 1);
    const QString body = shown.first().at(1).toString();
    // What the batch told: the build number, branch and duration.
    QVERIFY2(body.startsWith(QStringLiteral("Build #")) && body.contains(QStringLiteral("hotfix/checkout-timeout"))
                 && !body.contains(QStringLiteral("started by")),
             qPrintable(body));
}

// A failure says which step failed and the line of its log that explains it, read once for the
// build through the watch's budget; its click shows that build's log.
void TestWatchBoard::failureNotificationSaysWhyAndShowsTheLog()
{
    if (!m_hasBus)
        QSKIP("dbus-daemon is not available");
    NotificationServiceStandIn service;
    QVERIFY(service.registerOn(m_bus.connect(QStringLiteral("service"))));
    const auto unregister = qScopeGuard([&service] { service.unregister(); });

    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kNightly});
    pollAt(10'000);
    QCOMPARE(stateOf(kNightly), JobState::Running);
    pollAt(45'000);
    QCOMPARE(stateOf(kNightly), JobState::Failed);
    deliverAt(50'000);
    QCOMPARE(shown.size(), 1);
    QTRY_COMPARE(service.calls.size(), 1);
    const NotificationServiceStandIn::Call &call = service.calls.first();
    QCOMPARE(call.summary, QStringLiteral("nightly-integration failed"));
    static const QRegularExpression why(QStringLiteral("\\nFailed at [^:\\n]+: \\S[^\\n]*$"));
    QVERIFY2(why.match(call.body).hasMatch(), qPrintable(call.body));
    QCOMPARE(call.actions.value(1), QStringLiteral("Show log"));
    QVERIFY(call.actions.contains(QStringLiteral("open-job")));
    const FailureExplainer &explainer = board()->composer()->explainer();
    QCOMPARE(explainer.readsInFlight(), 0);

    // A click (the "default" action, which "Show log" is) brings the failed build's Log, at the
    // line that explains the failure.
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    service.invoke(call.id, QStringLiteral("default"));
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, kNightly);
    QTRY_VERIFY(selectedBuild() > 0);
    auto *page = qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->panel()->detailsTabs()->currentWidget(), page->panel()->logPane());
    QTRY_COMPARE(page->panel()->logPane()->buildNumber(), selectedBuild());
    QTRY_VERIFY(page->panel()->logPane()->view()->markedLine() >= 0);

    // "Open job": the job's Overview.
    m_window->jobTabs()->setCurrentIndex(1);
    QSignalSpy windowWanted(board(), &WatchBoard::windowRequested);
    service.invoke(call.id, QStringLiteral("open-job"));
    QTRY_COMPARE(windowWanted.size(), 1);
    QCOMPARE(windowWanted.first().at(0).toString(), kNightly);
}

// A build started from the window shows on the board at once and is polled as running.
void TestWatchBoard::runStartedFromTheWindowShowsAtOnce()
{
    star({kHotfix});   // its last build failed; the next starts 50 s into the demo's cycle
    QVERIFY(stateOf(kHotfix) != JobState::Running);
    const qint64 idleDue = board()->session()->scheduler().nextDueMs(kHotfix);
    board()->noteRunStarted(kHotfix);
    QCOMPARE(stateOf(kHotfix), JobState::Running);
    QVERIFY(board()->session()->scheduler().nextDueMs(kHotfix) < idleDue);
    // A job that is not watched is left alone.
    board()->noteRunStarted(kNightly);
    QCOMPARE(favorites()->rowCount(), 1);
}

// Without a notification service, the tray's message says the same, and a click on it shows
// the build.
void TestWatchBoard::trayMessageSaysTheSameAndShowsTheBuild()
{
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    watchTheHotfixGetFixed();
    QCOMPARE(shown.size(), 1);
    TrayWatcher *tray = board()->tray();
    QCOMPARE(tray->lastMessage(), (QStringList{shown.first().at(0).toString(), shown.first().at(1).toString()}));
    QVERIFY(shown.first().at(1).toString().contains(QStringLiteral("started by ci-bot")));

    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    emit tray->trayIcon()->messageClicked();
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(m_window->currentJob()->id, kHotfix);
    QTRY_VERIFY(selectedBuild() > 0);
}

void TestWatchBoard::openInBrowserOnlyForTheConsole()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    const auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    });
    // The demo sandbox has no console page.
    star({kHotfix});
    QVERIFY(!board()->openInBrowser(kHotfix));
    QVERIFY(catcher.urls.isEmpty());

    // A token for a region: the job's page in that region's console (paused: nothing is sent).
    m_window.reset();
    const QString region = QLatin1String(Endpoints::regions().first().id);
    AppSettings::open()->setValue(QLatin1String(AppSettings::kEndpoint), region);
    MainWindowOptions options;
    options.connection.sandbox = m_sandbox.get();
    options.watchClock = &m_clock;
    options.forceTray = true;
    m_window = std::make_unique<MainWindow>(options);
    QSignalSpy ready(m_window->history(), &HistoryIntegration::ready);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(ready.wait(10'000) || m_window->history()->isReady());
    board()->setPaused(true);
    QTest::keyClicks(WindowFixture::child<QLineEdit>(m_window.get(), "tokenEdit"), QStringLiteral("MIItoken"));
    QTRY_VERIFY(favorites()->rowCount() == 1);   // the hotfix, starred above
    board()->refreshNow();   // a typed token starts watching when asked to (or after a fetch)
    QVERIFY(board()->session());
    QCOMPARE(board()->source(), QStringLiteral("token"));
    QVERIFY(board()->openInBrowser(kHotfix));
    QCOMPARE(catcher.urls, (QList<QUrl>{BuildClient::consolePageUrl(Endpoints::forRegion(region), kHotfix)}));
    QVERIFY(catcher.urls.first().toString().endsWith(kHotfix));
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
    QTRY_COMPARE(shown.size(), 1);
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

// With favorites watched, closing the window keeps watching in the tray; the first time, a
// question says so (and offers to quit), with "Don't ask again".
void TestWatchBoard::closingAsksOnceThenWatchesInTheTray()
{
    star({kNightly});
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("actionKeepWatchingInTray"));
    QVERIFY(keep && keep->isEnabled() && keep->isChecked());   // on by default
    QVERIFY(!board()->keepWatchingChoice());                   // but not yet said

    // Dismissed: the window stays, and the question comes again.
    answerMessageBox(QStringLiteral("keepWatchingQuestion"), QStringLiteral("Cancel"));
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(!board()->keepWatchingChoice());

    answerMessageBox(QStringLiteral("keepWatchingQuestion"), QStringLiteral("Keep Watching"));
    QVERIFY(!m_window->close());   // the close is refused: the window hides
    QVERIFY(!m_window->isVisible());
    QCOMPARE(board()->keepWatchingChoice(), std::optional<bool>(true));
    QVERIFY(board()->session());
    // Still watching: the next transition reaches the board.
    pollAt(45'000);
    QCOMPARE(stateOf(kNightly), JobState::Failed);

    // Once said, closing again asks nothing.
    board()->openJob({});
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->close());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_window->isVisible());

    // Quit (File menu or tray) really ends.
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QCOMPARE(quit.size(), 1);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestWatchBoard::closingCanQuitAndRemembersIt()
{
    star({kNightly});
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    answerMessageBox(QStringLiteral("keepWatchingQuestion"), QStringLiteral("Quit"));
    QVERIFY(m_window->close());
    QCOMPARE(quit.size(), 1);
    QCOMPARE(board()->keepWatchingChoice(), std::optional<bool>(false));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionKeepWatchingInTray"))->isChecked());

    // The next start quits on close without a question; the Watch menu changes that.
    m_window.reset();
    MainWindowOptions options = WindowFixture::demoOptions();
    options.connection.sandbox = m_sandbox.get();
    options.watchClock = &m_clock;
    options.forceTray = true;
    m_window = std::make_unique<MainWindow>(options);
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::HistoryReady));
    QTRY_VERIFY(board()->canKeepWatchingInTray());
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("actionKeepWatchingInTray"));
    QVERIFY(!keep->isChecked());
    keep->trigger();
    QVERIFY(board()->keepsWatchingWhenClosed());
    QVERIFY(!m_window->close());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_window->isVisible());
    keep->trigger();
    m_window->show();
    QVERIFY(m_window->close());
}

void TestWatchBoard::closingWithoutFavoritesQuits()
{
    QVERIFY(!board()->canKeepWatchingInTray());
    QVERIFY(!board()->keepsWatchingWhenClosed());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

// The favorites' newest snapshots are the watch's baselines: after a restart, the first round
// is one ListBriefRecord request for all of them instead of a ShowJobInfo each.
void TestWatchBoard::baselinesMakeTheFirstRoundOneRequest()
{
    const QStringList jobs{kNightly, kHotfix, kSoak, kExpiring};
    star(jobs);   // the first observations are recorded as snapshots
    QCOMPARE(board()->transport()->jobRequests(), jobs.size());

    m_window.reset();
    MainWindowOptions options = WindowFixture::demoOptions();
    options.connection.sandbox = m_sandbox.get();
    options.watchClock = &m_clock;
    options.forceTray = true;
    m_window = std::make_unique<MainWindow>(options);
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::HistoryReady));
    QTRY_VERIFY(board()->session());
    PollScheduler &scheduler = board()->session()->scheduler();
    QTRY_COMPARE(scheduler.targets().size(), jobs.size());
    for (const WatchTarget &target : scheduler.targets())
        QVERIFY2(target.hasBaseline && !target.buildProjectId.isEmpty(), qPrintable(target.jobId));
    scheduler.pump();
    QTRY_COMPARE(scheduler.inFlight(), 0);
    for (const QString &jobId : jobs)
        QTRY_VERIFY(favorites()->live(jobId).has_value());
    QCOMPARE(board()->transport()->batchRequests(), 1);
    QCOMPARE(board()->transport()->jobRequests(), 0);
    QCOMPARE(stateOf(kHotfix), JobState::Failed);
    QCOMPARE(stateOf(kSoak), JobState::Running);
}

// Settings > Preferences: the poll intervals and the notification switches apply at once.
void TestWatchBoard::preferencesTakeEffectAtOnce()
{
    star({kHotfix});
    PollScheduler &scheduler = board()->session()->scheduler();
    QCOMPARE(scheduler.settings().idleIntervalMs, 120'000);
    QVERIFY(scheduler.nextDueMs(kHotfix) >= 100'000);
    auto *notifyStarted = m_window->findChild<QAction *>(QStringLiteral("actionNotifyStarted"));
    QVERIFY(!notifyStarted->isChecked());

    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->runningIntervalSpin()->value(), 15);
    QCOMPARE(dialog->idleIntervalSpin()->value(), 120);
    const QList<QCheckBox *> boxes = dialog->notifyBoxes();   // failed, fixed, still failing, started, aborted
    QCOMPARE(boxes.size(), 5);
    QCOMPARE((QList<bool>{boxes[0]->isChecked(), boxes[1]->isChecked(), boxes[2]->isChecked(),
                          boxes[3]->isChecked(), boxes[4]->isChecked()}),
             (QList<bool>{true, true, false, false, true}));
    dialog->runningIntervalSpin()->setValue(10);
    dialog->idleIntervalSpin()->setValue(60);
    boxes[2]->setChecked(true);
    boxes[3]->setChecked(true);
    boxes[0]->setChecked(false);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();

    QCOMPARE(scheduler.settings().runningIntervalMs, 10'000);
    QCOMPARE(scheduler.settings().idleIntervalMs, 60'000);
    QCOMPARE(scheduler.nextDueMs(kHotfix), m_clock.nowMs());   // a shorter interval: a round now
    const NotifyKinds &kinds = board()->session()->tracker().notifyKinds();
    QVERIFY(!kinds.failed && kinds.fixed && kinds.stillFailing && kinds.started && kinds.aborted);
    QVERIFY(notifyStarted->isChecked());   // the Watch menu shows the same
    dialog->reject();

    // Kept for the next start, and the job that starts is notified now.
    QCOMPARE(AppSettings::open()->value(QLatin1String(WatchPreferences::kIdleIntervalSeconds)).toInt(), 60);
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    pollAt(60'000);
    QCOMPARE(stateOf(kHotfix), JobState::Running);
    deliverAt(63'000);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("checkout-hotfix started"));
}

// "last build 3 minutes ago" moves on by itself, at least each minute.
void TestWatchBoard::relativeTimesTickEachMinute()
{
    const QString steady = DemoJobs::firstJobId();   // a fixed demo job, not running
    star({steady});
    const std::optional<FavoriteLive> live = favorites()->live(steady);
    QVERIFY(live && live->lastBuildTimeMs);
    qint64 now = *live->lastBuildTimeMs + 3 * 60'000 + 5'000;
    favorites()->setWallClock([&now] { return now; });
    const QModelIndex row = favorites()->index(favorites()->rowOf(steady), 0);
    QCOMPARE(row.data(FavoritesModel::LastBuildTextRole).toString(), QStringLiteral("last build 3 minutes ago"));

    auto *ticks = board()->findChild<QTimer *>(QStringLiteral("boardTimesTimer"));
    QVERIFY(ticks && ticks->isActive());
    QVERIFY(ticks->interval() <= 60'000);
    QSignalSpy changed(favorites(), &QAbstractItemModel::dataChanged);
    now += 60'000;
    ticks->start(0);   // as when its interval has passed
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(row.data(FavoritesModel::LastBuildTextRole).toString(), QStringLiteral("last build 4 minutes ago"));
    favorites()->setWallClock([] { return QDateTime::currentMSecsSinceEpoch(); });
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

// What a newcomer does in a first session, with nothing printed on stderr: star jobs and watch
// them, a notification, the search and back, the Builds tab, the preferences, closing to the
// tray and back. Only what the offscreen platform itself says is let through.
void TestWatchBoard::firstSessionPrintsNoWarnings()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support "
                       "|.*No such signal QPlatformNativeInterface::systemTrayWindowChanged).*")));
    QSignalSpy shown(board(), &WatchBoard::notificationShown);
    star({kNightly, kHotfix});
    pollAt(45'000);
    deliverAt(48'000);
    QCOMPARE(shown.size(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    JobSearchPanel *search = m_window->sidebar()->jobSearch();
    QVERIFY(search);
    QTRY_VERIFY(search->results()->rowCount() > 0);
    QTest::keyClick(search->searchField(), Qt::Key_Escape);
    QCOMPARE(m_window->sidebar()->view(), Sidebar::View::Favorites);

    board()->showBuild(kNightly, 0);
    QTRY_VERIFY(selectedBuild() >= 0);
    QTRY_VERIFY(qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget())->panel()->records().size() > 0);

    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *preferences = m_window->findChild<PreferencesDialog *>();
    QTRY_VERIFY(preferences && preferences->isVisible());
    preferences->accept();

    answerMessageBox(QStringLiteral("keepWatchingQuestion"), QStringLiteral("Keep Watching"));
    QVERIFY(!m_window->close());
    trayAction(QStringLiteral("Open window"))->trigger();
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestWatchBoard)
#include "tst_watchboard.moc"
