#pragma once

#include "api/apierror.h"

#include <QStackedWidget>

#include <memory>

class Connection;
class HistoryIntegration;
class JobListCache;
class JobSearchPanel;

// The window's left side: the favorites, or the job search while searching (Ctrl+K, or a name
// typed in the Job ID field). The search is built on first use and searches with the connection
// chosen now, its results cached per credentials.
class Sidebar : public QStackedWidget
{
    Q_OBJECT

public:
    // Neither is owned; the history brings the favorites and the action that shows the sidebar.
    Sidebar(Connection *connection, HistoryIntegration *history, QWidget *parent = nullptr);
    ~Sidebar() override;

    // Null until the search is first used.
    JobSearchPanel *jobSearch() const { return m_search; }
    // Shows the search and puts the cursor in it.
    void openSearch();
    // The Job ID field as typed: a name is searched for, anything else brings the favorites back
    // (when the field had brought the search).
    void followJobIdField(const QString &text);
    // Enter on a name in the Job ID field: its results, with the first one selected.
    void focusResults(const QString &text);

    // Adds a search panel (once, after the favorites); showSearchPanel() switches between it and
    // the favorites, and shows the sidebar when it was hidden.
    void setSearchPanel(QWidget *panel);
    void showSearchPanel(bool searching);

signals:
    void openRequested(const QString &jobId);
    // A search could not be sent (no endpoint or credentials); the window says why.
    void searchRefused(const ApiError &error);
    // A panel was added: the window's Tab order takes in its fields.
    void panelAdded();

private:
    JobSearchPanel *ensureSearch();

    Connection *m_connection;
    HistoryIntegration *m_history;
    JobSearchPanel *m_search = nullptr;
    std::unique_ptr<JobListCache> m_cache;
    bool m_searchFromJobIdField = false;   // the search shows what the Job ID field holds
};
