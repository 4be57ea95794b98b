#include "window/sidebar.h"

#include "api/jobid.h"
#include "connection/connection.h"
#include "favorites/favoritespanel.h"
#include "history/historyintegration.h"
#include "history/joblistcache.h"
#include "search/jobsearchpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int kFavoritesTab = 0;
constexpr int kSearchTab = 1;

} // namespace

Sidebar::Sidebar(Connection *connection, HistoryIntegration *history, QWidget *parent)
    : QWidget(parent),
      m_connection(connection),
      m_history(history),
      m_tabs(new QTabBar(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    m_tabs->setObjectName(QStringLiteral("sidebarTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->addTab(tr("Favorites"));
    m_tabs->setTabToolTip(kFavoritesTab, tr("The favorites and their builds (Ctrl+B, or Esc in the search)"));
    m_tabs->addTab(tr("Find Jobs"));
    m_tabs->setTabToolTip(kSearchTab, tr("Find jobs by name (Ctrl+K)"));
    connect(m_tabs, &QTabBar::tabBarClicked, this, &Sidebar::onTabChosen);

    m_stack->addWidget(m_history->favoritesPanel());   // index 0; the search comes later
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    connect(m_history->sidebarAction(), &QAction::toggled, this, &Sidebar::onSidebarToggled);
}

Sidebar::~Sidebar() = default;

Sidebar::View Sidebar::view() const
{
    return m_stack->currentIndex() == kSearchTab ? View::Search : View::Favorites;
}

QWidget *Sidebar::currentWidget() const
{
    return m_stack->currentWidget();
}

JobSearchPanel *Sidebar::ensureSearch()
{
    if (m_search)
        return m_search;
    m_cache = std::make_unique<JobListCache>();
    m_search = new JobSearchPanel(this);
    m_search->setCache(m_cache.get());
    m_search->setFavorites(m_history->favoritesModel());
    m_search->setProjectDirectory(m_connection->projects());
    m_search->setSource(
        [this](const ListQuery &query, QObject *parent, ApiError *refusal) -> ListPager * {
            // Said in the window too, as for a fetch: the field that fixes it gets the cursor.
            if (ApiError why; !m_connection->target(&why)) {
                emit searchRefused(why);
                *refusal = ApiError(ApiError::Kind::MissingCredentials, tr("Choose an endpoint and credentials first."));
                return nullptr;
            }
            return m_connection->listPager(query, parent, refusal);
        },
        // Results are cached per profile; the demo and typed tokens each have their own.
        [this] { return m_connection->cacheKey(); });
    connect(m_search, &JobSearchPanel::openRequested, this, &Sidebar::openRequested);
    // Esc in the search leads back to the favorites.
    m_search->searchField()->installEventFilter(this);
    m_search->resultsView()->installEventFilter(this);
    setSearchPanel(m_search);
    return m_search;
}

void Sidebar::openSearch()
{
    ensureSearch();
    m_searchFromJobIdField = false;
    showSearchPanel(true);
    m_search->focusSearch();
}

void Sidebar::showFavorites()
{
    if (m_search)
        m_search->cancelPendingSearch();
    m_searchFromJobIdField = false;
    showSearchPanel(false);
    if (!m_history->sidebarAction()->isChecked())
        m_history->sidebarAction()->setChecked(true);
    m_history->favoritesPanel()->view()->setFocus(Qt::ShortcutFocusReason);
}

void Sidebar::toggleSearch()
{
    if (view() == View::Search && isVisible())
        showFavorites();
    else
        openSearch();
}

void Sidebar::followJobIdField(const QString &text)
{
    if (!JobId::isNameQuery(text)) {
        // The start of an ID looked like a name: the favorites come back.
        if (m_searchFromJobIdField) {
            m_search->cancelPendingSearch();
            showSearchPanel(false);
            m_searchFromJobIdField = false;
        }
        return;
    }
    ensureSearch()->searchFor(text.trimmed());
    showSearchPanel(true);
    m_searchFromJobIdField = true;
}

void Sidebar::focusResults(const QString &text)
{
    followJobIdField(text);
    m_search->focusResults();
}

void Sidebar::setSearchPanel(QWidget *panel)
{
    if (m_stack->indexOf(panel) >= 0)
        return;
    m_stack->addWidget(panel);
    emit panelAdded();
}

void Sidebar::showSearchPanel(bool searching)
{
    QWidget *search = m_stack->count() > 1 ? m_stack->widget(kSearchTab) : nullptr;
    m_stack->setCurrentWidget(searching && search ? search : m_history->favoritesPanel());
    m_tabs->setCurrentIndex(m_stack->currentIndex());
    if (searching && !isVisible())
        m_history->sidebarAction()->setChecked(true);
}

void Sidebar::onTabChosen(int index)
{
    if (index == kSearchTab)
        openSearch();
    else if (index == kFavoritesTab)
        showFavorites();
}

// Ctrl+B shows and hides the sidebar; while it shows the search, it brings the favorites back
// instead of hiding them both.
void Sidebar::onSidebarToggled(bool shown)
{
    if (!shown && view() == View::Search && isVisible()) {
        m_history->sidebarAction()->setChecked(true);
        showFavorites();
        return;
    }
    setVisible(shown);
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    const bool inSearch = m_search && (watched == m_search->searchField() || watched == m_search->resultsView());
    if (inSearch && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        // Before the window's Esc (Cancel Fetch): here it means "back".
        event->accept();
        if (event->type() == QEvent::KeyPress)
            showFavorites();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
