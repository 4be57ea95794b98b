#pragma once

#include "api/joblist.h"
#include "api/listpager.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class FavoritesModel;
class QAction;
class JobListCache;
class ProjectDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

// The jobs the search panel lists, with what the rows show.
class JobResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { JobIdRole = Qt::UserRole + 1, SummaryRole, FavoriteRole };

    explicit JobResultsModel(QObject *parent = nullptr);

    void setFavorites(FavoritesModel *favorites);
    void clear();
    void append(const QList<JobSummary> &jobs);
    const JobSummary &job(int row) const { return m_jobs.at(row); }
    QList<QJsonObject> items() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    // AccessibleTextRole is the row as a screen reader reads it (name, state, health, last build,
    // project, star), AccessibleDescriptionRole the job's ID; both plain text.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static QString spokenSummary(const JobSummary &job, bool favorite);

    QList<JobSummary> m_jobs;
    QPointer<FavoritesModel> m_favorites;
};

// Finds jobs by name across the account: a search field (debounced; each new search cancels the
// one before, so only the latest answer is shown), project and last-build filters, and a list
// that loads more as it scrolls. The last results of each search are kept per profile in a
// JobListCache and shown at once, marked with their time, while the panel asks again. Self-
// contained: the window gives it a way to make pagers (its credentials), favorites and a cache.
class JobSearchPanel : public QWidget
{
    Q_OBJECT

public:
    // Makes a pager for `query` with the window's current endpoint and credentials, or returns
    // null and sets `refusal` (no endpoint, unreadable CA file...). The pager is given `parent`.
    using PagerFactory = std::function<ListPager *(const ListQuery &query, QObject *parent, ApiError *refusal)>;

    static constexpr int kDebounceMs = 300;
    static constexpr int kPageSize = 100;

    explicit JobSearchPanel(QWidget *parent = nullptr);
    ~JobSearchPanel() override;

    // `profileKey` names the credentials in use (profile ID, "demo"...), which the cache files
    // results under; asked at each search.
    void setSource(PagerFactory factory, std::function<QString()> profileKey);
    void setCache(JobListCache *cache);
    void setFavorites(FavoritesModel *favorites);
    // Tells `projects` (not owned) what the service's rows and project list say: each job's
    // CodeArts project and the projects' names, for the form's CodeArts project row.
    void setProjectDirectory(ProjectDirectory *projects);

    // Puts the cursor in the search field (Ctrl+K) and loads the projects once.
    void focusSearch();
    // Searches for `text` after the usual pause, leaving the cursor where it is (the Job ID
    // field searches by name through this).
    void searchFor(const QString &text);
    // Searches at once if a search waits for its pause, then moves the cursor into the results
    // with the first one selected (into the search field while there are none).
    void focusResults();
    // Drops a search still waiting for its pause (the Job ID field's text became an ID).
    void cancelPendingSearch() { m_debounce.stop(); }
    // Searches now, without waiting for the pause.
    void searchNow();
    // Asks for the next page, as scrolling to the end does.
    void loadMore();

    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_list; }
    JobResultsModel *results() const { return m_model; }
    QComboBox *projectFilter() const { return m_project; }
    QComboBox *statusFilter() const { return m_status; }
    QString noteText() const;
    // True while the rows come from the cache, not yet from the service.
    bool showsCachedResults() const { return m_showingCache; }
    // Searches started (each one a new pager); for tests and the benchmark.
    int searchesStarted() const { return m_searchesStarted; }
    bool isSearching() const { return m_pager && !m_pager->isFinished(); }

signals:
    void openRequested(const QString &jobId);
    // After rows from the service were added to the list (not from the cache).
    void resultsShown(int rows);
    // After a search ends, however it ends.
    void searchFinished();

private:
    void buildWidgets();
    ListQuery currentQuery() const;
    QString cacheKey() const;
    void startSearch();
    void showCached();
    void onItems(const QList<QJsonObject> &items);
    void onFinished();
    void loadProjects();
    void openIndex(const QModelIndex &index);
    void toggleFavorite(const QModelIndex &index);
    void setNote(const QString &text);
    void updateStar();
    bool eventFilter(QObject *watched, QEvent *event) override;

    PagerFactory m_factory;
    std::function<QString()> m_profileKey;
    JobListCache *m_cache = nullptr;
    QPointer<FavoritesModel> m_favorites;
    QPointer<ProjectDirectory> m_projects;

    QLineEdit *m_search;
    QComboBox *m_project;
    QComboBox *m_status;
    QToolButton *m_star;
    QAction *m_starAction = nullptr;
    QLabel *m_note;
    QListView *m_list;
    JobResultsModel *m_model;
    QTimer m_debounce;

    QPointer<ListPager> m_pager;
    QPointer<ListPager> m_projectPager;
    bool m_projectsLoaded = false;
    bool m_showingCache = false;
    QDateTime m_cacheTime;
    int m_searchesStarted = 0;
};
