#include "window/sidebar.h"

#include "api/jobid.h"
#include "connection/connection.h"
#include "favorites/favoritespanel.h"
#include "history/historyintegration.h"
#include "history/joblistcache.h"
#include "search/jobsearchpanel.h"

#include <QAction>

Sidebar::Sidebar(Connection *connection, HistoryIntegration *history, QWidget *parent)
    : QStackedWidget(parent), m_connection(connection), m_history(history)
{
    setObjectName(QStringLiteral("sidebar"));
    addWidget(m_history->favoritesPanel());   // index 0; the search comes later
    connect(m_history->sidebarAction(), &QAction::toggled, this, &QWidget::setVisible);
}

Sidebar::~Sidebar() = default;

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
    if (indexOf(panel) >= 0)
        return;
    addWidget(panel);
    emit panelAdded();
}

void Sidebar::showSearchPanel(bool searching)
{
    QWidget *search = count() > 1 ? widget(1) : nullptr;
    setCurrentWidget(searching && search ? search : m_history->favoritesPanel());
    if (searching && !isVisible())
        m_history->sidebarAction()->setChecked(true);
}
