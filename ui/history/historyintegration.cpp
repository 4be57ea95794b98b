#include "history/historyintegration.h"

#include "connection/connection.h"
#include "connection/projectdirectory.h"
#include "favorites/favoritespanel.h"
#include "history/favoritesmodel.h"
#include "history/historymodel.h"
#include "history/historyview.h"
#include "history/trendchart.h"
#include "history/trendpoints.h"
#include "job/currentjob.h"
#include "platform/appsettings.h"
#include "widgets/wrappinglabel.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QToolBar>

namespace {

const QColor kStarColor(0xe0, 0xa8, 0x00);   // gold reads on light and dark backgrounds

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

HistoryIntegration::HistoryIntegration(Connection *connection, CurrentJob *job, QWidget *window)
    : QObject(window),
      m_window(window),
      m_connection(connection),
      m_job(job),
      m_favoritesModel(new FavoritesModel(this)),
      m_historyModel(new HistoryModel(this)),
      m_favoritesPanel(new FavoritesPanel(m_favoritesModel, window)),
      m_historyView(new HistoryView(m_historyModel, window))
{
    m_fromHistoryBanner = makeBanner(QStringLiteral("fromHistoryBanner"));
    m_storageBanner = makeBanner(QStringLiteral("historyWarningBanner"));
    // The window places both panels (the sidebar and the History tab); they are embedded
    // widgets, not docks, so that nothing squeezes the job.
    for (QDockWidget *panel : {static_cast<QDockWidget *>(m_favoritesPanel), static_cast<QDockWidget *>(m_historyView)})
        panel->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_historyView->setTitleBarWidget(new QWidget(m_historyView));   // the tab says what it is
    setUpActions();

    ProjectDirectory *projects = connection->projects();
    m_favoritesModel->setProjectNames([projects](const QString &jobId) {
        return projects->nameOf(projects->projectOf(jobId));
    });
    connect(projects, &ProjectDirectory::changed, m_favoritesModel, &FavoritesModel::projectNamesChanged);
    connect(&m_opener, &HistoryOpener::finished, this, &HistoryIntegration::onOpened);
    followConnection();
    connect(m_favoritesModel, &QAbstractItemModel::rowsRemoved, this, &HistoryIntegration::updateStar);
    connect(m_historyView, &HistoryView::entryOpened, this, &HistoryIntegration::showEntry);
    connect(m_historyView, &HistoryView::trendRequested, this, &HistoryIntegration::showTrend);
    connect(m_historyView, &HistoryView::historyCleared, m_favoritesModel, &FavoritesModel::reload);
    // The history is read when it is looked at, not at every fetch while hidden.
    connect(m_historyView, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_store)
            m_historyView->refresh();
    });
}

HistoryIntegration::~HistoryIntegration()
{
    if (m_checkpointer)
        m_checkpointer->wait();
}

QList<QWidget *> HistoryIntegration::banners() const
{
    return {m_fromHistoryBanner, m_storageBanner};
}

QLabel *HistoryIntegration::makeBanner(const QString &objectName)
{
    // An inline note above the job, in the tooltip colours so it differs from the error
    // banner and follows light and dark palettes.
    auto *banner = new WrappingLabel(m_window);
    banner->setObjectName(objectName);
    banner->setTextFormat(Qt::PlainText);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setMargin(6);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    banner->hide();
    return banner;
}

void HistoryIntegration::setUpActions()
{
    m_starAction = new QAction(FavoritesPanel::starIcon(m_window->palette().color(QPalette::Text), false),
                               tr("&Star Job"), this);
    m_starAction->setObjectName(QStringLiteral("actionStar"));
    m_starAction->setCheckable(true);
    m_starAction->setEnabled(false);
    m_starAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_starAction->setToolTip(tr("Add the job shown to your favorites (Ctrl+D)"));
    connect(m_starAction, &QAction::triggered, this, &HistoryIntegration::toggleStar);

    m_trendAction = new QAction(tr("&Trend…"), this);
    m_trendAction->setObjectName(QStringLiteral("actionTrend"));
    m_trendAction->setEnabled(false);
    m_trendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trendAction->setToolTip(tr("Health and last build of the job shown, over time"));
    connect(m_trendAction, &QAction::triggered, this, [this] { showTrend(m_job->subjectJobId()); });

    // Both act on the window's layout, which connects them.
    m_historyAction = new QAction(tr("&History"), this);
    m_historyAction->setObjectName(QStringLiteral("actionHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("The app's own history of fetches for the job shown (Ctrl+H)"));
    m_favoritesAction = new QAction(tr("&Sidebar"), this);
    m_favoritesAction->setObjectName(QStringLiteral("actionFavoritesPanel"));
    m_favoritesAction->setCheckable(true);
    m_favoritesAction->setChecked(true);
    m_favoritesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_favoritesAction->setToolTip(tr("Show or hide the favorites sidebar (Ctrl+B)"));

    m_menu = new QMenu(tr("Hi&story"), m_window);
    m_menu->setObjectName(QStringLiteral("menuHistory"));
    m_menu->addActions({m_historyAction, m_favoritesAction});

    m_toolBar = new QToolBar(tr("Job"), m_window);
    m_toolBar->setObjectName(QStringLiteral("historyToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions({m_starAction, m_trendAction, m_historyAction, m_favoritesAction});
}

void HistoryIntegration::start(const QString &path)
{
    if (m_store || m_opener.isRunning())
        return;
    m_opener.start(path, AppSettings::historyMaxEntries(), AppSettings::historyMaxDays());
}

void HistoryIntegration::onOpened(const HistoryOpener::Result &result)
{
    if (!result.warning.isEmpty()) {
        m_storageBanner->setText(result.warning);
        m_storageBanner->show();
    }
    if (!result.open) {
        m_storageBanner->setText(tr("The history is off: \"%1\" could not be opened (%2).")
                                     .arg(result.path, result.error));
        m_storageBanner->show();
        m_pending.clear();
        return;
    }
    auto store = std::make_unique<HistoryStore>(result.path, HistoryStore::Check::Skip);
    if (!store->isOpen()) {
        m_storageBanner->setText(tr("The history is off: %1").arg(store->lastError()));
        m_storageBanner->show();
        return;
    }
    m_store = std::move(store);
    m_store->setAutoCheckpoint(0);
    for (const HistoryEntry &entry : std::as_const(m_pending))
        record(entry);
    m_pending.clear();
    m_favoritesModel->setStore(m_store.get());
    m_historyView->setStore(m_store.get());
    updateStar();
    emit ready();
}

void HistoryIntegration::setProfile(const QString &profile)
{
    m_profile = profile;
    m_favoritesModel->setProfile(profile);
    updateStar();
}

void HistoryIntegration::followConnection()
{
    // Favorites and history entries belong to the saved profile in use; "" without one.
    const auto profileName = [this] {
        const std::optional<Profile> profile = m_connection->profile();
        return profile ? profile->name : QString();
    };
    connect(m_connection, &Connection::changed, this, [this, profileName] {
        if (profileName() != m_profile)
            setProfile(profileName());
    });
    setProfile(profileName());
}

void HistoryIntegration::recordFetch(const QString &endpoint, const FetchOutcome &outcome)
{
    HistoryEntry entry = outcome.job
        ? HistoryEntry::fromJob(endpoint, *outcome.job, outcome.httpStatus, outcome.elapsedMs)
        : HistoryEntry::fromError(endpoint, outcome.jobId, outcome.error, outcome.elapsedMs);
    entry.jobId = outcome.jobId; // what was asked for, even if the answer omitted its ID
    entry.profile = m_profile;
    if (m_store && outcome.job)
        recordPast(*outcome.job);
    if (m_store)
        record(entry);
    else
        m_pending.append(entry);
}

void HistoryIntegration::recordPast(const JobInfo &job)
{
    const QList<HistoryEntry> past = m_connection->pastOf(job, QDateTime::currentMSecsSinceEpoch());
    if (past.isEmpty())
        return;
    HistoryFilter filter;
    filter.jobId = job.id;
    if (m_store->count(filter) > 0)
        return;   // once per job: the history is the user's from then on
    for (HistoryEntry entry : past) {
        entry.profile = m_profile;
        m_store->record(entry);
    }
}

void HistoryIntegration::record(const HistoryEntry &entry)
{
    const qint64 id = m_store->record(entry);
    if (id == 0) {
        emit statusMessage(tr("The fetch was not recorded in the history: %1").arg(m_store->lastError()), 5000);
        return;
    }
    checkpointSoon();
    emit recorded(id);
}

void HistoryIntegration::checkpointSoon()
{
    // About 100 entries fill 40 WAL pages: checkpoints stay short and the WAL small.
    constexpr int kRecordsPerCheckpoint = 100;
    if (++m_recordsSinceCheckpoint < kRecordsPerCheckpoint || (m_checkpointer && m_checkpointer->isRunning()))
        return;
    m_recordsSinceCheckpoint = 0;
    if (m_checkpointer)
        m_checkpointer->wait();
    m_checkpointer.reset(QThread::create([path = m_store->path()] {
        HistoryStore store(path, HistoryStore::Check::Skip);
        store.checkpoint();
    }));
    m_checkpointer->start(QThread::LowPriority);
}

void HistoryIntegration::afterFetch()
{
    // Whatever the window shows now came from the network (or nothing changed).
    m_fromHistoryBanner->hide();
    if (m_store) {
        m_favoritesModel->reload();
        if (m_historyView->isVisible())
            m_historyView->refresh();
    }
    updateStar();
}

void HistoryIntegration::updateStar()
{
    const QString jobId = m_job->subjectJobId();
    const bool starred = m_store && !jobId.isEmpty() && m_favoritesModel->contains(jobId);
    m_starAction->setEnabled(m_store && !jobId.isEmpty());
    m_trendAction->setEnabled(m_store && !jobId.isEmpty());
    m_starAction->setChecked(starred);
    m_starAction->setIcon(FavoritesPanel::starIcon(
        starred ? kStarColor : m_window->palette().color(QPalette::Text), starred));
    m_starAction->setText(starred ? tr("Un&star Job") : tr("&Star Job"));
    emit starredChanged(starred);
}

void HistoryIntegration::showFavoritesPanel()
{
    // The sidebar has its room in the window; it never widens the window.
    if (!m_favoritesAction->isChecked())
        m_favoritesAction->trigger();
}

void HistoryIntegration::toggleStar(bool starred)
{
    const QString jobId = m_job->subjectJobId();
    if (!m_store || jobId.isEmpty())
        return;
    if (starred) {
        m_favoritesModel->add(jobId);
        showFavoritesPanel();
        m_favoritesPanel->selectJob(jobId);
    } else {
        m_favoritesModel->remove(jobId);
    }
    updateStar();
}

bool HistoryIntegration::showEntry(qint64 entryId, qint64 timeMs)
{
    if (!m_store)
        return false;
    const std::optional<JobInfo> job = m_store->snapshot(entryId);
    if (!job)
        return false;
    emit snapshotOpened(*job);
    emit statusMessage(tr("Showing a snapshot from history; nothing was fetched"), 5000);
    m_fromHistoryBanner->setText(tr("From history — %1. This is what the job looked like then; "
                                    "press F5 to fetch its current state.")
                                     .arg(timeText(timeMs)));
    m_fromHistoryBanner->show();
    updateStar();
    return true;
}

QDialog *HistoryIntegration::showTrend(const QString &jobId)
{
    if (!m_store || jobId.isEmpty())
        return nullptr;
    if (m_trend)
        m_trend->close();
    const QString name = m_store->jobName(jobId);
    auto *trend = new TrendChartDialog(name.isEmpty() ? jobId : name, loadTrendPoints(*m_store, jobId), m_window);
    trend->setAttribute(Qt::WA_DeleteOnClose);
    m_trend = trend;
    trend->show();
    emit trendShown(trend, jobId);
    return trend;
}
