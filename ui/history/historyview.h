#pragma once

#include "history/historystore.h"

#include "widgets/lazydock.h"
#include <QTimer>

class HistoryModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The history of fetches, in the window's History tab: filters on top (text, job, how the fetch
// went, dates), a lazily filled table below (the job's last build and health at each fetch, with
// the changes from the fetch before in bold, then the fetch's own outcome), and what can be done
// with the selection. Opening an entry asks the window to show its snapshot; comparing, the
// trend and clearing are handled here. The panel starts closed and builds its widgets when
// first opened (lazydock.h).
class HistoryView : public LazyDock
{
    Q_OBJECT

public:
    HistoryView(HistoryModel *model, QWidget *parent = nullptr);

    void setStore(HistoryStore *store);
    QTableView *table();   // builds the panel's widgets if it was never opened
    // Re-reads the job list and the table, keeping the filters.
    void refresh();
    void compareSelected();
    void showTrendOfSelected();
    void clearSelectedJob();
    void clearAll();
    // Shows only the entries of this job (as if chosen in the job filter).
    void showJob(const QString &jobId);

signals:
    void entryOpened(qint64 entryId, qint64 timeMs);
    void trendRequested(const QString &jobId);
    void historyCleared();

private:
    void buildContent() override;
    void arrangeColumns();
    QWidget *buildFilterRow();
    QWidget *buildButtonRow();
    void applyFilter();
    void reloadJobs();
    void showJobs(const QList<HistoryJob> &jobs);
    void onCleared(int deleted);
    void openCurrent();
    void editRetention();
    bool confirmDeletion(const QString &title, const QString &question);
    void updateButtons();
    QList<int> selectedRows() const;

    HistoryModel *m_model;
    HistoryStore *m_store = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QComboBox *m_jobCombo = nullptr;
    QComboBox *m_outcomeCombo = nullptr;
    QCheckBox *m_datesCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_trendButton = nullptr;
    QAction *m_clearJobAction = nullptr;    // in the Clean Up button's menu
    QAction *m_clearAllAction = nullptr;
    QString m_wantedJob;          // asked for by showJob() before the job list arrived
    QTimer m_textDelay;           // filter once typing pauses, not at every key
    QTimer m_searchingDelay;      // running while a read is young: no "Searching…" yet
};
