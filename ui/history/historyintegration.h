#pragma once

#include "credentials/jobfetcher.h"
#include "history/historyopener.h"
#include "history/historystore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

class Connection;
class CurrentJob;
class FavoritesModel;
class FavoritesPanel;
class HistoryModel;
class HistoryView;
class QAction;
class QDialog;
class QLabel;
class QMenu;
class QToolBar;
class QWidget;
class TrendChartDialog;

// Favorites, history and trends in the window: the favorites' model and panel, the History tab,
// the Star and Trend actions, and the record of every fetch. Built with the connection (whose
// saved profile the favorites belong to; what it knows of a job's past) and the current job (what
// Star and Trend act on); the window places its panels, menu, tool bar and banners, calls
// start() once it is on screen and recordFetch() after each fetch.
//
// The database is opened by HistoryOpener on a worker thread (integrity check, migration,
// retention); until it is ready, fetches are queued and the panels stay empty. Then the GUI
// thread opens its own connection without the check, and every later call is a short indexed
// statement (recording ~0.03 ms, a page of history ~1 ms).
class HistoryIntegration : public QObject
{
    Q_OBJECT

public:
    // Neither `connection` nor `job` is owned; `window` parents the panels, banners and dialogs.
    HistoryIntegration(Connection *connection, CurrentJob *job, QWidget *window);
    ~HistoryIntegration() override;

    void start(const QString &path = HistoryStore::defaultPath());
    // Records a fetch's outcome. A job's first recorded fetch also brings what the connection
    // knows of its past (the moving demo's jobs have two weeks of it).
    void recordFetch(const QString &endpoint, const FetchOutcome &outcome);
    // After each fetch, however it ended: what the window shows came from the network.
    void afterFetch();

    // Records one entry on the GUI thread's connection (open stores only); WAL checkpoints
    // follow on a worker every hundred entries.
    void record(const HistoryEntry &entry);

    bool isReady() const { return m_store != nullptr; }
    HistoryStore *store() const { return m_store.get(); }
    // The saved profile in use, whose favorites are shown; "" without one.
    QString profile() const { return m_profile; }
    void setProfile(const QString &profile);

    FavoritesModel *favoritesModel() const { return m_favoritesModel; }
    HistoryModel *historyModel() const { return m_historyModel; }
    FavoritesPanel *favoritesPanel() const { return m_favoritesPanel; }
    HistoryView *historyView() const { return m_historyView; }
    QAction *starAction() const { return m_starAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *trendAction() const { return m_trendAction; }
    QAction *sidebarAction() const { return m_favoritesAction; }
    // For the window to place: the History menu, the Job tool bar, and the notes above the job
    // (a snapshot from history is shown; the history is off).
    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QList<QWidget *> banners() const;

    // Shows a recorded snapshot (snapshotOpened()), marked as from history; sends nothing.
    bool showEntry(qint64 entryId, qint64 timeMs);
    // The trend chart of a job (a TrendChartDialog), or null if it cannot be shown.
    QDialog *showTrend(const QString &jobId);

signals:
    void ready();
    void recorded(qint64 entryId);
    // A trend chart opened for `jobId`; the window adds the service's build records to it.
    void trendShown(TrendChartDialog *dialog, const QString &jobId);
    // A snapshot from history for the form; the window shows it as the job.
    void snapshotOpened(const JobInfo &job);
    // Whether the job Star acts on is a favorite (the form's Favorite row says so too).
    void starredChanged(bool starred);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void setUpActions();
    QLabel *makeBanner(const QString &objectName);
    void onOpened(const HistoryOpener::Result &result);
    void followConnection();
    void toggleStar(bool starred);
    void showFavoritesPanel();
    void checkpointSoon();
    void updateStar();
    void recordPast(const JobInfo &job);

    QWidget *m_window;
    Connection *m_connection;
    CurrentJob *m_job;
    HistoryOpener m_opener;
    std::unique_ptr<HistoryStore> m_store;
    QList<HistoryEntry> m_pending;      // fetches that ended before the database was open
    QString m_profile;
    FavoritesModel *m_favoritesModel;
    HistoryModel *m_historyModel;
    FavoritesPanel *m_favoritesPanel;
    HistoryView *m_historyView;
    QLabel *m_fromHistoryBanner = nullptr;
    QLabel *m_storageBanner = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_trendAction = nullptr;
    QAction *m_favoritesAction = nullptr;   // shows and hides the sidebar
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<QDialog> m_trend;
    std::unique_ptr<QThread> m_checkpointer;   // copies the WAL into the file, off the GUI thread
    int m_recordsSinceCheckpoint = 0;
};
