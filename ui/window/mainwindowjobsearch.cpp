// The job search panel's place in the main window: the sidebar's search page, opened with
// Ctrl+K or by typing a name in the Job ID field, searching with the window's endpoint and
// credentials, opening what it finds.
#include "window/mainwindow.h"

#include "api/jobid.h"
#include "history/historyintegration.h"
#include "history/joblistcache.h"
#include "search/jobsearchpanel.h"

JobSearchPanel *MainWindow::ensureJobSearch()
{
    if (!m_jobSearch) {
        m_jobListCache = std::make_unique<JobListCache>();
        m_jobSearch = new JobSearchPanel(this);
        setSearchPanel(m_jobSearch);
        m_jobSearch->setCache(m_jobListCache.get());
        if (m_history)
            m_jobSearch->setFavorites(m_history->favoritesModel());
        m_jobSearch->setSource(
            [this](const ListQuery &query, QObject *parent, ApiError *refusal) -> ListPager * {
                if (!chosenTarget()) {
                    *refusal = ApiError(ApiError::Kind::MissingCredentials,
                                        tr("Choose an endpoint and credentials first."));
                    return nullptr;
                }
                return m_connection->listPager(query, parent, refusal);
            },
            // Results are cached per profile; the demo and typed tokens each have their own.
            [this] { return m_connection->cacheKey(); });
        connect(m_jobSearch, &JobSearchPanel::openRequested, this, &MainWindow::openJob);
    }
    return m_jobSearch;
}

void MainWindow::openJobSearch()
{
    ensureJobSearch();
    m_searchFromJobIdField = false;
    showSearchPanel(true);
    m_jobSearch->focusSearch();
}

void MainWindow::searchFromJobIdField(const QString &text)
{
    if (!JobId::isNameQuery(text)) {
        // The start of an ID looked like a name: the favorites come back.
        if (m_searchFromJobIdField) {
            m_jobSearch->cancelPendingSearch();
            showSearchPanel(false);
            m_searchFromJobIdField = false;
        }
        return;
    }
    ensureJobSearch()->searchFor(text.trimmed());
    showSearchPanel(true);
    m_searchFromJobIdField = true;
}
