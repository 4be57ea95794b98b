#pragma once

#include "api/apierror.h"

#include <QWidget>

#include <memory>

class Connection;
class HistoryIntegration;
class JobListCache;
class JobSearchPanel;
class QStackedWidget;
class QTabBar;

// The window's left side: the favorites, or the job search while searching (Ctrl+K, or a name
// typed in the Job ID field). Two tabs above it say which one it holds and lead to the other;
// the keys lead back to the favorites too: Esc in the search, Ctrl+B, Ctrl+K again. The search is
// built on first use and searches with the connection chosen now, its results cached per
// credentials.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    enum class View { Favorites, Search };

    // Neither is owned; the history brings the favorites and the action that shows the sidebar
    // (Ctrl+B), which brings the favorites back while the search is shown.
    Sidebar(Connection *connection, HistoryIntegration *history, QWidget *parent = nullptr);
    ~Sidebar() override;

    // Null until the search is first used.
    JobSearchPanel *jobSearch() const { return m_search; }
    View view() const;
    // The panel shown: the favorites or the search.
    QWidget *currentWidget() const;
    QTabBar *viewTabs() const { return m_tabs; }

    // Shows the search and puts the cursor in it.
    void openSearch();
    // Shows the favorites (and the sidebar, if hidden) with the cursor in the list.
    void showFavorites();
    // Ctrl+K: the search, or back to the favorites when the search is shown.
    void toggleSearch();
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    JobSearchPanel *ensureSearch();
    void onSidebarToggled(bool shown);
    void onTabChosen(int index);

    Connection *m_connection;
    HistoryIntegration *m_history;
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    JobSearchPanel *m_search = nullptr;
    std::unique_ptr<JobListCache> m_cache;
    bool m_searchFromJobIdField = false;   // the search shows what the Job ID field holds
};
