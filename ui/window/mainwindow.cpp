#include "window/mainwindow.h"
#include "ui_mainwindow.h"

#include "builds/buildcalls.h"
#include "connection/democonnection.h"
#include "favorites/favoritespanel.h"
#include "favorites/watchboard.h"
#include "history/favoritesmodel.h"
#include "history/historyintegration.h"
#include "history/historyview.h"
#include "history/trendchart.h"
#include "job/currentjob.h"
#include "job/jobformview.h"
#include "job/jobpage.h"
#include "platform/appsettings.h"
#include "profiles/preferencesdialog.h"
#include "profiles/profileswitcher.h"
#include "widgets/keyboardaccess.h"
#include "window/closetotray.h"
#include "window/firstframe.h"
#include "window/jobbuildstab.h"
#include "window/settingsmenu.h"
#include "window/sidebar.h"
#include "window/statusline.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace {

const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kTabKey = QStringLiteral("window/tab");
const QString kSidebarKey = QStringLiteral("window/sidebar");
constexpr int kSidebarWidth = 300;

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_options(options),
      m_settings(AppSettings::open())
{
    // Before any widget is polished: it names Qt's own buttons and frees tables' Tab then.
    new KeyboardAccess(this);
    m_ui->setupUi(this);
    if (!m_options.network)
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
    m_connection = std::make_unique<Connection>(m_options.network ? m_options.network : m_ownedNetwork.get(),
                                                m_options.connection);
    m_currentJob = new CurrentJob(this);
    m_page = new JobPage(m_connection.get(), m_currentJob, this);
    setUpProfiles();
    m_status = new StatusLine([this] { return m_page->isFetching(); }, this);
    statusBar()->addWidget(m_status, 1);

    setUpActions();
    setUpHistory();
    setUpBuilds();
    setUpLayout();
    setUpWatching();
    setUpSettings();
    restoreSettings();
    m_profiles->restoreChoice(m_options.demo);
    m_page->jobIdEdit()->setFocus();
    connect(new FirstFrame(this), &FirstFrame::shown, this, &MainWindow::finishStartUp);
}

MainWindow::~MainWindow()
{
    // Watching goes before the favorites it shows; a follow in flight before the network.
    delete m_watch;
    m_watch = nullptr;
    delete m_builds;
    m_builds = nullptr;
    m_page->discardFetch();
    // The Profile bar reads the endpoint row, whose fields go with the central widget (the URL
    // field losing focus would call it back); and the connection's sign-ins refer to its profile
    // store: it goes first and takes them with it.
    delete m_profiles;
    m_profiles = nullptr;
    // The panels and dialogs that send requests (job search, Builds, trend records) abort them
    // when deleted: they go while the network manager, a member, still exists.
    // One at a time: deleting one may delete another.
    while (QWidget *child = findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete child;
}

void MainWindow::openJob(const QString &jobIdOrUrl)
{
    m_page->openJob(jobIdOrUrl);
}

void MainWindow::cancelFetch()
{
    m_page->cancelFetch();
}

bool MainWindow::isFetching() const
{
    return m_page->isFetching();
}

const std::optional<JobInfo> &MainWindow::currentJob() const
{
    return m_currentJob->job();
}

bool MainWindow::isShownJobStale() const
{
    return m_currentJob->isStale();
}

void MainWindow::setUpProfiles()
{
    m_profiles = new ProfileSwitcher(m_connection.get(), m_options.secretStore, m_page->endpointRow(), this);
    addToolBar(Qt::TopToolBarArea, m_profiles);
    // Also in the File menu, where keyboard users look for it; the shortcut works everywhere.
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_profiles->manageAction());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    addAction(m_profiles->manageAction());
    statusBar()->addPermanentWidget(m_profiles->statusLabel());
    connect(m_profiles, &ProfileSwitcher::keychainUnavailable, m_page, &JobPage::showNotice);
    connect(m_profiles, &ProfileSwitcher::keychainAvailable, this, [this] {
        statusBar()->showMessage(tr("The keychain answers again: secrets saved from now on are kept in it."), 10'000);
    });
    connect(m_page, &JobPage::refused, m_profiles, &ProfileSwitcher::focusFieldToFix);
    connect(m_page, &JobPage::profileFetchAnswered, this, [this] {
        m_profiles->refreshStatus();
        // The job's banner replaced the notice; the user must still learn that secrets live in memory.
        if (m_profiles->takeKeychainNotice())
            m_page->showNotice(tr("The keychain is unavailable: secrets are kept in memory for this session only."));
    });
    connect(m_page, &JobPage::demoJobChosen, this, [this](const QString &jobId) {
        m_profiles->chooseDemo();
        openJob(jobId);
    });
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionCopyJson, &QAction::triggered, this, &MainWindow::copyJobAsJson);
    connect(m_ui->actionFetch, &QAction::triggered, m_page, &JobPage::fetchAgain);
    connect(m_ui->actionCancel, &QAction::triggered, m_page, &JobPage::cancelFetch);
    connect(m_ui->actionFocusJobId, &QAction::triggered, m_page, &JobPage::focusJobId);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    auto *findJobs = new QAction(tr("Find Jobs…"), this);
    findJobs->setObjectName(QStringLiteral("actionFindJobs"));
    findJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    findJobs->setToolTip(tr("Find jobs by name in the sidebar; again to go back to the favorites (Ctrl+K)"));
    connect(findJobs, &QAction::triggered, this, [this] { m_sidebar->toggleSearch(); });
    addAction(findJobs);
    m_ui->menuJob->addAction(findJobs);
    // Shortcuts work even with the menu bar hidden (some desktops move it elsewhere).
    addActions({m_ui->actionQuit, m_ui->actionCopyJson, m_ui->actionFocusJobId,
                m_ui->actionFetch, m_ui->actionCancel});

    // One fetch at a time from the button and F5; Escape cancels.
    connect(m_page, &JobPage::busyChanged, this, [this](bool busy) {
        m_ui->actionCancel->setEnabled(busy);
        m_ui->actionFetch->setEnabled(!busy);
    });
    connect(m_currentJob, &CurrentJob::changed, this,
            [this] { m_ui->actionCopyJson->setEnabled(m_currentJob->job().has_value()); });
    connect(m_page, &JobPage::statusChanged, m_status, &StatusLine::showMessage);
    connect(m_page, &JobPage::titleChanged, this,
            [this](const QString &title) { setWindowTitle(title.isEmpty() ? tr("CodeArts Inspector") : title); });
    connect(m_page, &JobPage::fetchFinished, this, &MainWindow::fetchFinished);
    connect(m_page, &JobPage::nameTyped, this, [this](const QString &text) { m_sidebar->followJobIdField(text); });
    connect(m_page, &JobPage::nameEntered, this, [this](const QString &text) { m_sidebar->focusResults(text); });
}

void MainWindow::setUpHistory()
{
    m_history = new HistoryIntegration(m_connection.get(), m_currentJob, this);
    m_ui->menuJob->addSeparator();
    m_ui->menuJob->addActions({m_history->starAction(), m_history->trendAction()});
    m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), m_history->menu());
    // Shortcuts work with the menu bar hidden, as for the window's own actions.
    addActions(m_history->toolBar()->actions());
    addToolBar(Qt::TopToolBarArea, m_history->toolBar());
    m_page->addBanners(m_history->banners());
    connect(m_history, &HistoryIntegration::snapshotOpened, m_page, &JobPage::showSnapshot);
    connect(m_history, &HistoryIntegration::starredChanged, m_page->form(), &JobFormView::setLocalFavorite);
    connect(m_history, &HistoryIntegration::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_history->favoritesPanel(), &FavoritesPanel::openRequested, this, &MainWindow::openJob);
    connect(m_page, &JobPage::fetched, m_history, &HistoryIntegration::recordFetch);
    connect(this, &MainWindow::fetchFinished, m_history, &HistoryIntegration::afterFetch);
}

void MainWindow::setUpBuilds()
{
    m_builds = new BuildCalls(m_connection.get(), m_currentJob, this);
    connect(m_history, &HistoryIntegration::trendShown, m_builds, &BuildCalls::addRecordsToTrend);
    connect(m_builds, &BuildCalls::refused, m_page, &JobPage::refuse);
    connect(m_builds, &BuildCalls::failed, m_page, [this](const ApiError &error) { m_page->showFailure(error, true); });
    JobFormView *form = m_page->form();
    connect(form, &JobFormView::followRequested, m_builds, &BuildCalls::follow);
    connect(m_builds, &BuildCalls::followBusyChanged, form, &JobFormView::setFollowBusy);
    connect(m_builds, &BuildCalls::followed, this, [this](const QString &jobId, bool following) {
        if (currentJob() && currentJob()->id == jobId)
            m_page->form()->setFollowedInCodeArts(following);
        statusBar()->showMessage(following ? tr("Following the job in CodeArts.")
                                           : tr("No longer following the job in CodeArts."), 5000);
    });
    // The Overview says why the last build failed, read once per build.
    connect(this, &MainWindow::fetchFinished, m_builds, [this](bool succeeded) {
        if (succeeded)
            m_builds->explainLastFailure();
    });
    connect(m_builds, &BuildCalls::lastFailureExplained, form, &JobFormView::setLastFailure);
    connect(form, &JobFormView::showLogRequested, this, &MainWindow::showBuildLog);
    m_ui->menuJob->addAction(tr("&Builds…"), this, &MainWindow::showBuilds);
}

void MainWindow::setUpWatching()
{
    m_watch = new WatchBoard(m_connection.get(), m_history, m_currentJob, m_options.watchClock,
                             m_options.forceTray, this);
    m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), m_watch->menu());
    addAction(m_watch->refreshAction());   // with the menu bar hidden too
    connect(m_watch, &WatchBoard::windowRequested, this, &MainWindow::bringForward);
    connect(m_watch, &WatchBoard::buildRequested, this, &MainWindow::showBuild);
    connect(m_watch, &WatchBoard::logRequested, this, &MainWindow::showBuildLog);
    connect(m_builds, &BuildCalls::buildStarted, m_watch, &WatchBoard::noteRunStarted);
    connect(m_watch, &WatchBoard::quitRequested, this, &MainWindow::quit);
    connect(this, &MainWindow::fetchFinished, m_watch, &WatchBoard::afterFetch);
    connect(this, &MainWindow::fetchFinished, this, &MainWindow::openPendingBuild);
    m_closeToTray = new CloseToTray(m_watch, m_history->favoritesModel(), this);
}

// Before Help, where desktop users look for settings.
void MainWindow::setUpSettings()
{
    m_settingsMenu = new SettingsMenu(m_profiles->store(), this);
    m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), m_settingsMenu);
    connect(m_settingsMenu, &SettingsMenu::preferencesApplied, m_watch, &WatchBoard::applySettings);
    connect(m_settingsMenu, &SettingsMenu::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_settingsMenu, &SettingsMenu::restartChosen, this, [this] {
        emit restartRequested();
        quit();
    });
}

// The frame: the sidebar on the left (favorites; the search panel while searching) and the job
// on the right, in tabs (Overview, Builds, History). Nothing is docked, so nothing squeezes the
// job; the window has a minimum size at which all of it is readable.
void MainWindow::setUpLayout()
{
    m_jobTabs = m_page->tabs();
    m_buildsTab = new JobBuildsTab(m_jobTabs, m_builds, m_currentJob, this);
    m_jobTabs->addTab(m_history->historyView(), tr("Hi&story"));
    connect(m_jobTabs, &QTabWidget::currentChanged, this, &MainWindow::onJobTabChanged);
    // An open tab follows the job shown; a Builds page open for it is read again.
    connect(m_page, &JobPage::jobShown, m_buildsTab, &JobBuildsTab::jobShown);
    connect(m_page, &JobPage::jobShown, this, &MainWindow::showJobHistory);
    connect(m_connection.get(), &Connection::changed, m_buildsTab, &JobBuildsTab::connectionChanged);

    m_sidebar = new Sidebar(m_connection.get(), m_history, this);
    connect(m_sidebar, &Sidebar::openRequested, this, &MainWindow::openJob);
    connect(m_sidebar, &Sidebar::searchRefused, m_page, &JobPage::refuse);
    // The search panel's fields come with the sidebar, not after the tabs.
    connect(m_sidebar, &Sidebar::panelAdded, this, &MainWindow::followScreenWithTab);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({kSidebarWidth, width() - kSidebarWidth});
    setCentralWidget(m_splitter);
    setMinimumSize(minimumReadableSize());
    followScreenWithTab();

    connect(m_history->historyAction(), &QAction::triggered, this,
            [this] { m_jobTabs->setCurrentWidget(m_history->historyView()); });
}

QSize MainWindow::minimumReadableSize()
{
    return {820, 560};
}

// Tab follows the screen: the Profile bar at the top, the job's row, the sidebar on the left,
// then the job's tabs. Moving the job side into the splitter put it last.
void MainWindow::followScreenWithTab()
{
    QWidget *previous = m_profiles->findChild<QWidget *>(QStringLiteral("profileCombo"));
    for (QWidget *next : m_page->tabOrder() + QList<QWidget *>{m_sidebar, m_jobTabs}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
}

void MainWindow::onJobTabChanged()
{
    // The Builds tab and the History tab are about the job shown.
    if (!currentJob())
        return;
    m_buildsTab->followJob();
    showJobHistory();
}

void MainWindow::showJobHistory()
{
    if (currentJob() && m_jobTabs->currentWidget() == m_history->historyView())
        m_history->historyView()->showJob(currentJob()->id);
}

void MainWindow::showBuild(const QString &jobId, int buildNumber)
{
    showPendingBuild(PendingBuild{jobId, buildNumber, false});
}

void MainWindow::showBuildLog(const QString &jobId, int buildNumber)
{
    showPendingBuild(PendingBuild{jobId, buildNumber, true});
}

void MainWindow::showPendingBuild(const PendingBuild &build)
{
    const QString jobId = build.jobId;
    comeForward();
    m_buildToShow = build;
    if (currentJob() && currentJob()->id == jobId && !isShownJobStale() && !isFetching())
        openPendingBuild();
    else
        openJob(jobId);   // the build is shown once the job is (fetchFinished)
}

void MainWindow::openPendingBuild()
{
    if (!m_buildToShow)
        return;
    const PendingBuild wanted = *std::exchange(m_buildToShow, std::nullopt);
    if (!currentJob() || currentJob()->id != wanted.jobId)
        return;
    m_buildsTab->openBuild(wanted.number, wanted.log);
}

void MainWindow::showBuilds()
{
    m_buildsTab->openPage();
}

void MainWindow::restoreSettings()
{
    using namespace AppSettings;
    restoreGeometry(m_settings->value(QLatin1String(kWindowGeometry)).toByteArray());
    restoreState(m_settings->value(QLatin1String(kWindowState)).toByteArray());
    m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    m_jobTabs->setCurrentIndex(m_settings->value(kTabKey, 0).toInt());
    m_history->sidebarAction()->setChecked(m_settings->value(kSidebarKey, true).toBool());
}

void MainWindow::saveLayout()
{
    m_settings->setValue(QLatin1String(AppSettings::kWindowGeometry), saveGeometry());
    m_settings->setValue(kSplitterKey, m_splitter->saveState());
    m_settings->setValue(kTabKey, m_jobTabs->currentIndex());
    m_settings->setValue(kSidebarKey, m_history->sidebarAction()->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting) {
        switch (m_closeToTray->whenClosing()) {
        case CloseToTray::Outcome::Hide:
            // Watching goes on in the tray; its menu opens the window again or quits.
            hide();
            event->ignore();
            return;
        case CloseToTray::Outcome::Quit:
            m_quitting = true;
            emit quitRequested();
            break;
        case CloseToTray::Outcome::Stay:
            if (!m_quitting) {   // unless a Quit came while the question was open
                event->ignore();
                return;
            }
            break;
        case CloseToTray::Outcome::Close:
            break;
        }
    }
    m_settings->setValue(QLatin1String(AppSettings::kWindowState), saveState());
    m_page->discardFetch();
    QMainWindow::closeEvent(event);
}

void MainWindow::finishStartUp()
{
    emit onScreen();
    // Sized to their items at first show; following later changes builds their popups.
    m_profiles->followContentWidth();
    m_history->start();   // on a worker thread: the window is already on screen
    m_watch->start();
    m_page->form()->buildForm();
    if (!m_options.initialJob.isEmpty())
        openJob(m_options.initialJob);
    else if (m_options.demo)
        openJob(DemoConnection::firstJobId());
    else if (const QString lastJob = m_page->jobIdEdit()->text().trimmed(); !lastJob.isEmpty()) {
        // The last session's job: fetched only when asked for (Preferences); a saved profile
        // may want its password, and the user may not want that now.
        if (m_settings->value(QLatin1String(StartPreferences::kFetchLastJob), false).toBool())
            m_page->fetch();
        else
            m_status->showMessage(tr("Ready to fetch %1: press Enter or F5.").arg(lastJob));
    }
}

void MainWindow::bringForward(const QString &jobId)
{
    comeForward();
    if (!jobId.isEmpty())
        openJob(jobId);
}

void MainWindow::comeForward()
{
    // Not showNormal(): it would drop a maximised state.
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    if (!isVisible())
        setVisible(true);
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    emit quitRequested();
}

void MainWindow::copyJobAsJson()
{
    const std::optional<JobInfo> &job = currentJob();
    if (!job)
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(job->toJson()).toJson()));
    statusBar()->showMessage(tr("Copied %1 as JSON").arg(job->jobName.isEmpty() ? job->id : job->jobName), 3000);
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion();
    QMessageBox::about(
        this, tr("About CodeArts Inspector"),
        tr("<h3>CodeArts Inspector %1</h3>"
           "<p>Shows the state of one Huawei Cloud CodeArts Build job: its status, health "
           "and what you may do with it.</p>"
           "<p>A token typed into the window is kept in memory only. Profile secrets are "
           "stored only in your system keychain, never in files.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(version.toHtmlEscaped(), QLatin1String(qVersion())));
}
