#include "window/mainwindow.h"
#include "ui_mainwindow.h"

#include "api/jobid.h"
#include "connection/democonnection.h"
#include "history/joblistcache.h"
#include "widgets/elidedlabel.h"
#include "history/historyintegration.h"
#include "search/jobsearchpanel.h"
#include "history/trendchart.h"
#include "platform/appsettings.h"
#include "profiles/profileswitcher.h"
#include "widgets/uitrace.h"
#include "favorites/watchboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QWindow>

#include <chrono>

namespace {

// How long a window that is shown but never exposed waits before its start-up work.
constexpr std::chrono::milliseconds kExposeFallback(500);

QString applicationTitle()
{
    return MainWindow::tr("CodeArts Inspector");
}

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_options(options),
      m_settings(AppSettings::open()),
      m_statusLabel(new ElidedLabel(this))
{
    m_ui->setupUi(this);
    if (!m_options.network)
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
    m_connection = std::make_unique<Connection>(m_options.network ? m_options.network : m_ownedNetwork.get(),
                                                m_options.connection);
    setUpProfiles();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setFullText(tr("Ready"));
    statusBar()->addWidget(m_statusLabel, 1);

    // The thin busy bar keeps its room while hidden so the job does not jump at each fetch.
    QSizePolicy busyPolicy = m_ui->busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyIndicator->setSizePolicy(busyPolicy);
    m_ui->busyIndicator->hide();
    m_ui->tokenEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->customUrlEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    setUpActions();
    m_history = new HistoryIntegration(this, m_connection.get(), m_ui->jobFormView, m_ui->centralLayout, m_ui->menuJob);
    connect(m_history, &HistoryIntegration::trendShown, this, &MainWindow::addRecordsToTrend);
    connect(m_ui->jobFormView, &JobFormView::followRequested, this, &MainWindow::followInCodeArts);
    m_ui->menuJob->addAction(tr("&Builds…"), this, &MainWindow::showBuilds);
    setUpLayout();
    m_watch = new WatchBoard(this, m_connection.get(), m_history, m_options.watchClock, m_options.forceTray);
    setUpDemoJobsMenu();
    connect(m_connection.get(), &Connection::changed, this, &MainWindow::onConnectionChanged);
    restoreSettings();
    m_profiles->restoreChoice(m_options.demo);
    onConnectionChanged();
    m_ui->jobIdEdit->setFocus();
}

MainWindow::~MainWindow()
{
    // Watching goes before the favorites it shows.
    delete m_watch;
    m_watch = nullptr;
    discardFetch();
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

const std::optional<JobInfo> &MainWindow::currentJob() const
{
    return m_ui->jobFormView->job();
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionCopyJson, &QAction::triggered, this, &MainWindow::copyJobAsJson);
    connect(m_ui->actionFetch, &QAction::triggered, this, &MainWindow::fetchAgain);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelFetch);
    connect(m_ui->actionFocusJobId, &QAction::triggered, this, [this] {
        m_ui->jobIdEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->jobIdEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    auto *findJobs = new QAction(tr("Find Jobs…"), this);
    findJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(findJobs, &QAction::triggered, this, &MainWindow::openJobSearch);
    addAction(findJobs);
    m_ui->menuJob->addAction(findJobs);
    // Line edits take Ctrl+K for "delete to the end of the line"; in the Job ID field it finds jobs.
    m_ui->jobIdEdit->installEventFilter(this);
    // Shortcuts work even with the menu bar hidden (some desktops move it elsewhere).
    addActions({m_ui->actionQuit, m_ui->actionCopyJson, m_ui->actionFocusJobId,
                m_ui->actionFetch, m_ui->actionCancel});

    connect(m_ui->fetchButton, &QPushButton::clicked, this, &MainWindow::fetch);
    // A banner about one job goes with the job: clearing the field clears it.
    connect(m_ui->jobIdEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && !isFetching())
            m_ui->errorBanner->clear();
    });
    connect(m_ui->jobIdEdit, &QLineEdit::textEdited, this, &MainWindow::searchFromJobIdField);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelFetch);
    connect(m_ui->jobIdEdit, &QLineEdit::returnPressed, this, &MainWindow::fetch);
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this, &MainWindow::fetch);
    connect(m_ui->customUrlEdit, &QLineEdit::returnPressed, this, &MainWindow::fetch);
}

void MainWindow::setUpDemoJobsMenu()
{
    auto *menu = new QMenu(m_ui->demoJobsButton);
    menu->setObjectName(QStringLiteral("demoJobsMenu"));
    // Filled when first opened: the demo jobs are built in full, which start-up need not wait for.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        if (menu->isEmpty())
            fillDemoJobsMenu(menu);
    });
    m_ui->demoJobsButton->setMenu(menu);
}

void MainWindow::fillDemoJobsMenu(QMenu *menu)
{
    QMenu *trouble = nullptr;
    for (const DemoConnection::JobChoice &job : DemoConnection::jobChoices()) {
        if (job.failing && !trouble) {
            trouble = menu->addMenu(tr("Failing answers"));
            trouble->setObjectName(QStringLiteral("troubleJobsMenu"));
        }
        QAction *action = (job.failing ? trouble : menu)->addAction(job.title);
        if (!job.failing)
            action->setToolTip(job.id);
        connect(action, &QAction::triggered, this, [this, id = job.id] { openDemoJob(id); });
    }
}

void MainWindow::openDemoJob(const QString &jobId)
{
    m_profiles->chooseDemo();
    openJob(jobId);
}

void MainWindow::restoreSettings()
{
    using namespace AppSettings;
    restoreGeometry(m_settings->value(QLatin1String(kWindowGeometry)).toByteArray());
    restoreState(m_settings->value(QLatin1String(kWindowState)).toByteArray());
    restoreLayout();
    m_ui->jobIdEdit->setText(m_settings->value(QLatin1String(kLastJob)).toString());
}

void MainWindow::onConnectionChanged()
{
    const bool demo = m_connection->isDemo();
    m_ui->demoNoteLabel->setVisible(demo);
    m_ui->demoJobsButton->setVisible(demo);
    m_ui->jobFormView->setDemoHintVisible(!demo);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Start-up work that may wait (history, sandbox, network, the icon) runs once the window
    // is on screen. Posted events would run before the first expose, so they wait for it;
    // a window that is never exposed (started minimised) starts its work a little later.
    if (windowHandle())
        windowHandle()->installEventFilter(this);
    QTimer::singleShot(kExposeFallback, this, &MainWindow::finishStartUp);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->jobIdEdit && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K))
        return true;   // not accepted: the Find Jobs shortcut gets it
    if (watched == windowHandle() && event->type() == QEvent::Expose && !m_exposedOnce
        && windowHandle()->isExposed()) {
        m_exposedOnce = true;
        windowHandle()->removeEventFilter(this);
        UiTrace::reportWindowShown();
        // Queued: the expose is painted first.
        QTimer::singleShot(0, this, &MainWindow::finishStartUp);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_watch && m_watch->keepsWatchingWhenClosed()) {
        // Watching goes on in the tray; its menu opens the window again or quits.
        m_settings->setValue(QLatin1String(AppSettings::kWindowGeometry), saveGeometry());
        saveLayout();
        hide();
        event->ignore();
        return;
    }
    m_settings->setValue(QLatin1String(AppSettings::kWindowGeometry), saveGeometry());
    m_settings->setValue(QLatin1String(AppSettings::kWindowState), saveState());
    saveLayout();
    discardFetch();
    QMainWindow::closeEvent(event);
}

void MainWindow::finishStartUp()
{
    if (m_startedUp)
        return;
    m_startedUp = true;
    emit onScreen();
    // Sized to their items at first show; following later changes builds their popups.
    m_profiles->followContentWidth();
    m_history->start();   // on a worker thread: the window is already on screen
    m_watch->start();
    m_ui->jobFormView->buildForm();
    if (!m_options.initialJob.isEmpty())
        openJob(m_options.initialJob);
    else if (m_options.demo)
        openJob(DemoConnection::firstJobId());
}

void MainWindow::openJob(const QString &jobIdOrUrl)
{
    m_ui->jobIdEdit->setText(jobIdOrUrl.trimmed());
    fetch();
}

void MainWindow::fetch()
{
    // Read before validJobId() puts the bare ID in the field: a console URL names its region.
    const std::optional<JobId::Reference> reference = JobId::parse(m_ui->jobIdEdit->text());
    const std::optional<QString> jobId = validJobId();
    if (!jobId)
        return;
    if (const std::optional<FetchTarget> target = chosenTarget()) {
        const QUrl baseUrl = target->profile ? target->profile->effectiveEndpoint() : target->baseUrl;
        m_regionMismatch = reference ? JobId::regionMismatch(*reference, baseUrl) : QString();
        startFetch(*jobId, *target);
    }
}

void MainWindow::showRegionMismatch()
{
    if (!m_regionMismatch.isEmpty())
        m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice, m_regionMismatch,
                                       tr("Choose that region in the Endpoint list, or a profile for it."));
}

std::optional<QString> MainWindow::validJobId()
{
    const QString text = m_ui->jobIdEdit->text().trimmed();
    if (const std::optional<QString> jobId = JobId::extract(text)) {
        // Show what will be fetched: a pasted URL becomes its job ID.
        if (m_ui->jobIdEdit->text() != *jobId)
            m_ui->jobIdEdit->setText(*jobId);
        return jobId;
    }
    if (JobId::isNameQuery(text)) {
        // A name: the search has its results (or is about to); go there to choose one.
        searchFromJobIdField(text);
        m_jobSearch->focusResults();
        return std::nullopt;
    }
    const QString message = text.isEmpty()
        ? tr("Enter a job ID first.")
        : tr("“%1” is not a job ID or job page URL.")
              .arg(QFontMetrics(font()).elidedText(text, Qt::ElideMiddle, 400));
    refuse(ApiError(ApiError::Kind::InvalidJobId, message, JobId::formatDescription()));
    m_ui->jobIdEdit->setFocus(Qt::OtherFocusReason);
    m_ui->jobIdEdit->selectAll();
    return std::nullopt;
}

std::optional<FetchTarget> MainWindow::chosenTarget()
{
    ApiError refusal;
    std::optional<FetchTarget> target = m_connection->target(&refusal);
    if (!target) {
        refuse(refusal);
        m_profiles->focusFieldToFix(refusal);
    }
    return target;
}

void MainWindow::fetchAgain()
{
    // After a cancel or a failed refresh the form still shows an older job: F5 fetches that
    // one, as the note above the form says.
    const std::optional<JobInfo> &shown = currentJob();
    if (m_shownIsStale && shown && !shown->id.isEmpty())
        openJob(shown->id);
    else
        fetch();
}

QString MainWindow::subjectJobId() const
{
    const std::optional<JobInfo> &shown = currentJob();
    if (shown && !shown->id.isEmpty())
        return shown->id;
    return m_failedJobId;
}

void MainWindow::startFetch(const QString &jobId, const FetchTarget &target)
{
    ApiError refusal;
    discardFetch();
    m_fetchingJobId = jobId;
    m_failedJobId.clear();
    m_fetch = m_connection->fetchJob(jobId, target, [this](const FetchOutcome &outcome) { onFetchFinished(outcome); },
                                     &refusal);
    if (!m_fetch)
        return refuse(refusal);
    m_fetchBaseUrl = target.profile ? target.profile->effectiveEndpoint() : target.baseUrl;
    m_fetchUsesProfile = target.profile.has_value();
    setBusy(true);
    // The banner was about an earlier request.
    m_ui->errorBanner->clear();
    showRegionMismatch();
    m_ui->jobFormView->prepare();
    if (currentJob())
        markShownJob(ShownJob::StaleWhileFetching);
    const QString host = m_fetchBaseUrl.host();
    m_statusLabel->setFullText(target.profile ? tr("Fetching %1 from %2 as %3…").arg(jobId, host, target.profile->name)
                                          : tr("Fetching %1 from %2…").arg(jobId, host));
}

void MainWindow::discardFetch()
{
    if (!m_fetch)
        return;
    m_fetch.reset();   // abandoned: the window hears nothing more of it
    // A password asked for the abandoned fetch would answer nobody.
    for (QDialog *dialog : findChildren<QDialog *>(QStringLiteral("signInDialog")))
        dialog->reject();
}

void MainWindow::cancelFetch()
{
    // The fetch's end follows with a Cancelled error, shown like any other outcome.
    if (m_fetch)
        m_fetch->abort();
}

void MainWindow::onFetchFinished(const FetchOutcome &outcome)
{
    QElapsedTimer answerClock;
    if (UiTrace::paintTracing())
        answerClock.start();
    // Deleted once this returns; the outcome stays valid until then.
    const std::unique_ptr<PendingFetch> finished = std::move(m_fetch);

    const bool succeeded = outcome.succeeded();
    if (succeeded) {
        showJob(*outcome.job, outcome);
    } else {
        // A cancel, or a failed refresh of the job shown, leaves the job in place (marked);
        // a failure for another job clears it: it no longer answers what was asked.
        const std::optional<JobInfo> &shown = currentJob();
        const bool cancelled = outcome.error.kind == ApiError::Kind::Cancelled;
        const bool sameJob = shown && shown->id.compare(outcome.jobId, Qt::CaseInsensitive) == 0;
        if (!cancelled && outcome.requestSent)
            m_failedJobId = outcome.jobId;   // may be starred: a 403 is worth watching
        showFailure(outcome.error, cancelled || sameJob);
        if (currentJob())
            markShownJob(cancelled ? ShownJob::KeptAfterCancel : ShownJob::KeptAfterFailure);
    }
    setBusy(false);
    if (m_fetchUsesProfile)
        onProfileFetchFinished();

    if (succeeded) {
        if (answerClock.isValid())
            m_ui->jobFormView->tracePaintSince(answerClock);
        // Lay out and paint the job in this event-loop turn: left to the platform's next
        // update tick, the old state would stay on screen up to a few milliseconds longer.
        // The rest of the window (status bar, busy bar) follows on that tick.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_ui->jobFormView->repaint();
    }
    // Recorded once the job is on screen: the user does not wait for the history's write.
    // Nothing sent (signing in failed): not a fetch, as for `show`.
    if (outcome.requestSent)
        m_history->recordFetch(m_connection->historyEndpoint(m_fetchBaseUrl), outcome);
    emit fetchFinished(succeeded);
}

void MainWindow::showJob(const JobInfo &job, const FetchOutcome &outcome)
{
    m_ui->errorBanner->clear();
    showRegionMismatch();
    markShownJob(ShownJob::Current);
    m_ui->jobFormView->setJob(job);
    onJobTabChanged();   // an open History tab follows the job
    m_ui->actionCopyJson->setEnabled(true);
    const QString name = job.jobName.isEmpty() ? outcome.jobId : job.jobName;
    // The platform appends the application's display name itself.
    setWindowTitle(name);
    m_statusLabel->setFullText(tr("Fetched %1 in %2 ms from %3")
                               .arg(name, QLocale().toString(outcome.elapsedMs), m_fetchBaseUrl.host()));
    m_settings->setValue(QLatin1String(AppSettings::kLastJob), outcome.jobId);
}

void MainWindow::refuse(const ApiError &error)
{
    // Input refused before sending: any fetch in progress was for an older request.
    discardFetch();
    setBusy(false);
    showFailure(error, true);
    emit fetchFinished(false);
}

void MainWindow::showFailure(const ApiError &error, bool keepJob)
{
    if (error.kind == ApiError::Kind::Cancelled && error.hint.isEmpty()) {
        ApiError cancelled = error;
        cancelled.hint = tr("Press Enter in the Job ID field or F5 to fetch again.");
        m_ui->errorBanner->showError(cancelled);
    } else {
        m_ui->errorBanner->showError(error);
    }
    // After a failed request the old job no longer answers what the user asked for; a
    // refusal or a cancel leaves it in place because nothing new was learnt.
    if (!keepJob) {
        markShownJob(ShownJob::Current);
        m_ui->jobFormView->clear();
        m_ui->actionCopyJson->setEnabled(false);
        setWindowTitle(applicationTitle());
    }
    m_statusLabel->setFullText(error.kind == ApiError::Kind::Cancelled
                               ? tr("Cancelled")
                               : tr("Failed: %1").arg(error.message));
}

void MainWindow::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->actionCancel->setEnabled(busy);
    // One fetch at a time from the button and F5; Escape cancels. (Enter in the field with
    // another job still replaces the fetch: that is a new request.)
    m_ui->fetchButton->setEnabled(!busy);
    m_ui->actionFetch->setEnabled(!busy);
    if (!busy)
        m_fetchingJobId.clear();
    m_ui->jobFormView->setFetching(busy);
}

void MainWindow::copyJobAsJson()
{
    const std::optional<JobInfo> &job = m_ui->jobFormView->job();
    if (!job)
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(job->toJson()).toJson()));
    statusBar()->showMessage(tr("Copied %1 as JSON").arg(job->jobName.isEmpty() ? job->id : job->jobName), 3000);
}

// Says, above the tabs, when the job below is not the one the last request was about.
void MainWindow::markShownJob(ShownJob state)
{
    const std::optional<JobInfo> &shown = currentJob();
    m_shownIsStale = state != ShownJob::Current && shown;
    // Greyed while a fetch runs: the user sees at once that it is the old state.
    m_ui->jobFormView->setEnabled(state != ShownJob::StaleWhileFetching);
    if (!m_shownIsStale) {
        m_shownJobNote->hide();
        return;
    }
    const QString name = shown->jobName.isEmpty() ? shown->id : shown->jobName;
    QString text;
    switch (state) {
    case ShownJob::StaleWhileFetching:
        text = tr("Fetching %1… Below, greyed: %2 (%3), as fetched before.").arg(m_fetchingJobId, name, shown->id);
        break;
    case ShownJob::KeptAfterCancel:
        text = tr("Cancelled. Below is still %1 (%2), as fetched before; F5 fetches it again.").arg(name, shown->id);
        break;
    case ShownJob::KeptAfterFailure:
        text = tr("Fetching it again failed. Below is %1 (%2), as fetched before.").arg(name, shown->id);
        break;
    case ShownJob::Current:
        break;
    }
    m_shownJobNote->setText(text);
    m_shownJobNote->show();
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
