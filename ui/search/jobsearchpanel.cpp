#include "search/jobsearchpanel.h"

#include "connection/projectdirectory.h"
#include "platform/age.h"
#include "history/favoritesmodel.h"
#include "history/joblistcache.h"
#include "job/statusbadge.h"
#include "platform/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString relativeTime(const std::optional<qint64> &epochMs)
{
    if (!epochMs || *epochMs <= 0)
        return JobSearchPanel::tr("never built");
    const Age age = Age::of(qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch() - *epochMs));
    switch (age.unit) {
    case Age::Unit::JustNow:
        return JobSearchPanel::tr("just now");
    case Age::Unit::Minutes:
        return JobSearchPanel::tr("%n min ago", nullptr, int(age.count));
    case Age::Unit::Hours:
        return JobSearchPanel::tr("%n h ago", nullptr, int(age.count));
    case Age::Unit::Days:
        break;
    }
    return JobSearchPanel::tr("%n days ago", nullptr, int(age.count));
}

// Two lines per job: star and name with the status badge on the right; project, health and the
// last build's age below. A click on the star toggles the favorite.
class JobRowDelegate : public QStyledItemDelegate
{
public:
    explicit JobRowDelegate(std::function<void(const QModelIndex &)> onStar, QObject *parent)
        : QStyledItemDelegate(parent), m_onStar(std::move(onStar))
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, option.fontMetrics.height() * 2 + 12};
    }

    static QRect starRect(const QRect &row) { return {row.left() + 4, row.top(), 22, row.height()}; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

        const JobSummary job = index.data(JobResultsModel::SummaryRole).value<JobSummary>();
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect row = option.rect;
        const int lineHeight = option.fontMetrics.height();
        painter->save();

        painter->setPen(option.palette.color(textRole));
        const bool favorite = index.data(JobResultsModel::FavoriteRole).toBool();
        painter->drawText(starRect(row), Qt::AlignCenter, favorite ? u"\u2605"_qs : u"\u2606"_qs);

        const QString badgeText = BuildStates::label(job.state);
        const int badgeWidth = option.fontMetrics.horizontalAdvance(badgeText) + 14;
        const QRect badge(row.right() - badgeWidth - 6, row.top() + 5, badgeWidth, lineHeight + 2);
        StatusBadge::paintPill(painter, badge, StatusBadge::fillColor(StatusBadge::toneFor(BuildStates::name(job.state))),
                               badgeText, option.palette.color(selected ? QPalette::Highlight : QPalette::Base));

        const int textLeft = starRect(row).right() + 4;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(textRole));
        const QRect nameRect(textLeft, row.top() + 5, badge.left() - textLeft - 8, lineHeight);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(job.jobName.isEmpty() ? job.id : PlainText::neutralised(job.jobName),
                                                        Qt::ElideRight, nameRect.width()));
        painter->setFont(option.font);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString project = job.projectName.isEmpty() ? job.codeArtsProjectId : job.projectName;
        const QString health = job.healthScore ? JobSearchPanel::tr("health %1").arg(*job.healthScore)
                                               : JobSearchPanel::tr("no health score");
        const QString details = QStringList{project, health, relativeTime(job.lastBuildTimeMs)}.join(u"  \u00b7  ");
        const QRect detailRect(textLeft, row.top() + 7 + lineHeight, row.right() - textLeft - 6, lineHeight);
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(details, Qt::ElideRight, detailRect.width()));
        painter->restore();
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && starRect(option.rect).contains(static_cast<QMouseEvent *>(event)->position().toPoint())) {
            m_onStar(index);
            return true;
        }
        return false;
    }

private:
    std::function<void(const QModelIndex &)> m_onStar;
};

} // namespace

JobResultsModel::JobResultsModel(QObject *parent) : QAbstractListModel(parent) {}

// What the row paints, as one line a screen reader reads: "payment-ci, Failed, health 45, last
// build 5 min ago, project Shop, starred".
QString JobResultsModel::spokenSummary(const JobSummary &job, bool favorite)
{
    const QString project = job.projectName.isEmpty() ? job.codeArtsProjectId : job.projectName;
    QStringList parts{job.jobName.isEmpty() ? job.id : PlainText::neutralised(job.jobName),
                      BuildStates::label(job.state),
                      job.healthScore ? JobSearchPanel::tr("health %1").arg(*job.healthScore)
                                      : JobSearchPanel::tr("no health score")};
    parts << (job.lastBuildTimeMs && *job.lastBuildTimeMs > 0
                  ? JobSearchPanel::tr("last build %1").arg(relativeTime(job.lastBuildTimeMs))
                  : relativeTime(job.lastBuildTimeMs));
    if (!project.isEmpty())
        parts << JobSearchPanel::tr("project %1").arg(PlainText::neutralised(project));
    parts << (favorite ? JobSearchPanel::tr("starred") : JobSearchPanel::tr("not starred"));
    return parts.join(JobSearchPanel::tr(", "));
}

void JobResultsModel::setFavorites(FavoritesModel *favorites)
{
    m_favorites = favorites;
    if (!favorites)
        return;
    // Stars follow the favorites, however they change.
    const auto refresh = [this] {
        if (!m_jobs.isEmpty())
            emit dataChanged(index(0), index(int(m_jobs.size()) - 1), {FavoriteRole, Qt::AccessibleTextRole});
    };
    connect(favorites, &QAbstractItemModel::modelReset, this, refresh);
    connect(favorites, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(favorites, &QAbstractItemModel::rowsRemoved, this, refresh);
}

void JobResultsModel::clear()
{
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

void JobResultsModel::append(const QList<JobSummary> &jobs)
{
    if (jobs.isEmpty())
        return;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + jobs.size() - 1));
    m_jobs.append(jobs);
    endInsertRows();
}

QList<QJsonObject> JobResultsModel::items() const
{
    QList<QJsonObject> items;
    items.reserve(m_jobs.size());
    for (const JobSummary &job : m_jobs)
        items << job.fields;
    return items;
}

int JobResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobSummary &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return PlainText::neutralised(job.jobName);
    case Qt::ToolTipRole:
        return job.id;
    case Qt::AccessibleTextRole:
        return spokenSummary(job, index.data(FavoriteRole).toBool());
    case Qt::AccessibleDescriptionRole:
        return JobSearchPanel::tr("Job ID: %1").arg(job.id);
    case JobIdRole:
        return job.id;
    case SummaryRole:
        return QVariant::fromValue(job);
    case FavoriteRole:
        return m_favorites ? m_favorites->contains(job.id) : job.favorite.value_or(false);
    default:
        return {};
    }
}

JobSearchPanel::JobSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_star(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new JobResultsModel(this))
{
    buildWidgets();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &JobSearchPanel::startSearch);
    connect(m_search, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_project, &QComboBox::activated, this, &JobSearchPanel::searchNow);
    connect(m_status, &QComboBox::activated, this, &JobSearchPanel::searchNow);
    connect(m_list, &QListView::activated, this, &JobSearchPanel::openIndex);
    connect(m_star, &QToolButton::clicked, this, [this] { toggleFavorite(m_list->currentIndex()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobSearchPanel::updateStar);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobSearchPanel::updateStar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobSearchPanel::updateStar);
    updateStar();
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() - 2)
            loadMore();
    });
}

JobSearchPanel::~JobSearchPanel() = default;

void JobSearchPanel::buildWidgets()
{
    m_search->setPlaceholderText(tr("Search jobs by name (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search jobs by name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_project->addItem(tr("All projects"), QString());
    m_project->setToolTip(tr("Only the jobs of this project"));
    m_project->setAccessibleName(tr("Project"));
    m_status->addItem(tr("Any last build"), QString());
    for (BuildState state : {BuildState::Failed, BuildState::Success, BuildState::Running, BuildState::Aborted,
                             BuildState::Timeout, BuildState::NeverBuilt})
        m_status->addItem(BuildStates::label(state), BuildStates::filterValue(state));
    m_status->setToolTip(tr("Only jobs whose last build ended so"));
    m_status->setAccessibleName(tr("Last build"));
    m_star->setText(u"\u2605"_qs);
    m_star->setToolTip(tr("Add the selected job to the favorites, or remove it (Ctrl+D in the results)"));
    // The keyboard's way to the star painted in each row: Ctrl+D there, or the context menu.
    m_starAction = new QAction(this);
    m_starAction->setObjectName(u"resultStarAction"_qs);
    m_starAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_starAction->setShortcutContext(Qt::WidgetShortcut);
    auto *openAction = new QAction(tr("Open"), this);
    openAction->setObjectName(u"resultOpenAction"_qs);
    m_list->addActions({openAction, m_starAction});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    connect(openAction, &QAction::triggered, this, [this] { openIndex(m_list->currentIndex()); });
    connect(m_starAction, &QAction::triggered, this, [this] { toggleFavorite(m_list->currentIndex()); });
    m_note->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setObjectName(u"searchResults"_qs);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setItemDelegate(new JobRowDelegate([this](const QModelIndex &index) { toggleFavorite(index); }, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    // Each filter under a label of its own: on Linux a screen reader names a combo box by its
    // linked label (without one, only by its current value).
    auto *filters = new QGridLayout;
    filters->setVerticalSpacing(0);
    auto *projectLabel = new QLabel(tr("Project"), this);
    projectLabel->setBuddy(m_project);
    auto *statusLabel = new QLabel(tr("Last build"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(projectLabel, 0, 0);
    filters->addWidget(statusLabel, 0, 1);
    filters->addWidget(m_project, 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(m_star, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    m_note->hide();
}

void JobSearchPanel::setSource(PagerFactory factory, std::function<QString()> profileKey)
{
    m_factory = std::move(factory);
    m_profileKey = profileKey;
    m_projectsLoaded = false;
}

void JobSearchPanel::setCache(JobListCache *cache)
{
    m_cache = cache;
}

void JobSearchPanel::setFavorites(FavoritesModel *favorites)
{
    m_favorites = favorites;
    m_model->setFavorites(favorites);
}

void JobSearchPanel::setProjectDirectory(ProjectDirectory *projects)
{
    m_projects = projects;
}

void JobSearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    loadProjects();
    if (!m_pager && m_model->rowCount() == 0)
        searchNow();
}

void JobSearchPanel::searchFor(const QString &text)
{
    if (m_search->text() == text)
        return;
    m_search->setText(text);
    m_debounce.start();
}

void JobSearchPanel::focusResults()
{
    if (m_debounce.isActive())
        searchNow();
    if (m_model->rowCount() == 0) {
        m_search->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void JobSearchPanel::searchNow()
{
    m_debounce.stop();
    startSearch();
}

ListQuery JobSearchPanel::currentQuery() const
{
    ListQuery query;
    query.search = m_search->text().trimmed();
    query.buildStatus = m_status->currentData().toString();
    query.projectId = m_project->currentData().toString();
    query.call = query.projectId.isEmpty() ? ListQuery::Call::Jobs : ListQuery::Call::ProjectJobs;
    query.pageSize = kPageSize;
    return query;
}

QString JobSearchPanel::cacheKey() const
{
    const ListQuery query = currentQuery();
    return JobListCache::key(query.search, query.projectId, query.buildStatus);
}

// Cancels the search in flight and starts the current one; its rows replace what is shown.
void JobSearchPanel::startSearch()
{
    loadProjects();   // once, for the filter
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->abort();
        m_pager->deleteLater();
    }
    m_model->clear();
    showCached();
    if (!m_factory)
        return setNote(tr("Choose an endpoint or profile to search its jobs."));
    ApiError refusal;
    m_pager = m_factory(currentQuery(), this, &refusal);
    if (!m_pager)
        return setNote(refusal.message);
    ++m_searchesStarted;
    m_pager->setLimit(kPageSize);
    connect(m_pager, &ListPager::itemsReady, this, &JobSearchPanel::onItems);
    connect(m_pager, &ListPager::finished, this, &JobSearchPanel::onFinished);
    m_pager->start();
}

void JobSearchPanel::showCached()
{
    m_showingCache = false;
    if (!m_cache || !m_profileKey)
        return setNote({});
    const std::optional<JobListCache::Entry> entry = m_cache->load(m_profileKey(), cacheKey());
    if (!entry)
        return setNote({});
    QList<JobSummary> jobs;
    for (const QJsonObject &item : entry->items)
        jobs << JobSummary::fromJson(item);
    m_model->append(jobs);
    m_showingCache = true;
    m_cacheTime = entry->fetchedAt;
    setNote(tr("Results from %1; refreshing…").arg(QLocale().toString(entry->fetchedAt.toLocalTime(), QLocale::ShortFormat)));
}

void JobSearchPanel::onItems(const QList<QJsonObject> &items)
{
    if (m_showingCache) { // fresh rows replace the remembered ones
        m_showingCache = false;
        m_model->clear();
        setNote({});
    }
    QList<JobSummary> jobs;
    jobs.reserve(items.size());
    for (const QJsonObject &item : items)
        jobs << JobSummary::fromJson(item);
    m_model->append(jobs);
    // Only what the service says now: rows from the cache may be of an earlier session.
    if (m_projects)
        m_projects->addJobs(jobs);
    if (m_list->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    emit resultsShown(int(jobs.size()));
}

void JobSearchPanel::onFinished()
{
    const ApiError error = m_pager ? m_pager->error() : ApiError();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
        if (m_showingCache)
            setNote(tr("Could not refresh (%1); showing results from %2.")
                        .arg(error.message, QLocale().toString(m_cacheTime.toLocalTime(), QLocale::ShortFormat)));
        else
            setNote(error.message + u' ' + error.hint);
    } else if (!error.isError()) {
        if (m_model->rowCount() == 0)
            setNote(tr("No jobs match."));
        if (m_cache && m_profileKey)
            m_cache->store(m_profileKey(), cacheKey(), m_model->items());
    }
    emit searchFinished();
}

void JobSearchPanel::loadMore()
{
    if (!m_pager || !m_pager->isFinished() || m_pager->error().isError() || !m_pager->hasMore())
        return;
    m_pager->setLimit(m_pager->limit() + kPageSize);
    m_pager->start();
}

void JobSearchPanel::loadProjects()
{
    if (m_projectsLoaded || !m_factory)
        return;
    ListQuery query;
    query.call = ListQuery::Call::Projects;
    ApiError refusal;
    m_projectPager = m_factory(query, this, &refusal);
    if (!m_projectPager)
        return;
    m_projectsLoaded = true;
    connect(m_projectPager, &ListPager::itemsReady, this, [this](const QList<QJsonObject> &items) {
        QList<ProjectSummary> projects;
        for (const QJsonObject &item : items) {
            const ProjectSummary project = ProjectSummary::fromJson(item);
            if (m_project->findData(project.id) < 0)
                m_project->addItem(project.name, project.id);
            projects << project;
        }
        if (m_projects)
            m_projects->addProjects(projects);
    });
    connect(m_projectPager, &ListPager::finished, m_projectPager, &QObject::deleteLater);
    m_projectPager->start();
}

void JobSearchPanel::openIndex(const QModelIndex &index)
{
    if (index.isValid())
        emit openRequested(index.data(JobResultsModel::JobIdRole).toString());
}

void JobSearchPanel::toggleFavorite(const QModelIndex &index)
{
    if (!index.isValid() || !m_favorites)
        return;
    const QString jobId = index.data(JobResultsModel::JobIdRole).toString();
    if (m_favorites->contains(jobId))
        m_favorites->remove(jobId);
    else
        m_favorites->add(jobId);
    emit m_model->dataChanged(index, index, {JobResultsModel::FavoriteRole, Qt::AccessibleTextRole});
}

// The star button and the context menu say what they would do to the selected result; the
// button's "★" alone would be read as "black star".
void JobSearchPanel::updateStar()
{
    const QModelIndex current = m_list->currentIndex();
    const bool starred = current.isValid() && current.data(JobResultsModel::FavoriteRole).toBool();
    const QString text = starred ? tr("Remove from Favorites") : tr("Add to Favorites");
    m_star->setAccessibleName(text);
    m_starAction->setText(text);
    m_starAction->setEnabled(current.isValid());
}

void JobSearchPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString JobSearchPanel::noteText() const
{
    return m_note->text();
}

// Down moves from the search field into the results, Enter there opens the selected job. In the
// results, Ctrl+D stars the selected result rather than the job shown (the window's Ctrl+D).
bool JobSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_D)) {
        event->accept();
        return true;
    }
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_D)) {
        m_starAction->trigger();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce.isActive() || m_model->rowCount() == 0)
                searchNow();
            else
                openIndex(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
