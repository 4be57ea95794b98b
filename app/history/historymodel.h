#pragma once

#include "history/historystore.h"
#include "history/historyworker.h"

#include <QAbstractTableModel>
#include <QList>

// The history as a table, read page by page: a view asks for more rows only as it scrolls
// (canFetchMore/fetchMore), so 100,000 entries cost one COUNT and one page to show. Every read
// runs on HistoryWorker's thread, so a filter or a sort that scans all entries never holds up
// the window: reload(), setFilter() and sort() return at once, the rows change when the answer
// comes (modelReset, then loaded()), and fetchMore() inserts its page when it arrives. Every
// column sorts, in SQL. The store is not owned; the model reads the same file with a
// connection of its own.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The job's last build and health at each fetch come first; how the fetch went (its
    // outcome, HTTP status, duration) after: "Fetch: Success" is about the request, not the build.
    enum Column { TimeColumn, JobNameColumn, JobIdColumn, StateColumn, HealthColumn, OutcomeColumn,
                  HttpStatusColumn, DurationColumn, ProfileColumn, EndpointColumn, ColumnCount };
    // ChangedRole: true on the state and health cells that differ from the job's previous fetch.
    enum Role { EntryIdRole = Qt::UserRole + 1, JobIdRole, TimeRole, SucceededRole, ChangedRole };
    static constexpr int kPageSize = 200;
    // An outcome as stored ("success", "forbidden", ...) in words, in the UI language.
    static QString outcomeText(const QString &outcome);
    // A job state as stored (WatchState::name: "failed", ...) in words, in the UI language.
    static QString stateText(const QString &state);

    explicit HistoryModel(QObject *parent = nullptr);

    void setStore(HistoryStore *store);
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // Reads the first page again, e.g. after a fetch was recorded or entries were cleared.
    void reload();
    // Whether a reload is under way: the rows shown are still those of the previous one.
    bool isLoading() const { return m_reloadRequest != 0; }
    // All entries matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    // Asks for the jobs the history knows; jobsRead() answers.
    void readJobs();
    // Deletes one job's entries, or all when `jobId` is empty, then reloads; cleared() answers.
    void clear(const QString &jobId);
    const HistoryEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    // A reload finished: the rows and totalCount() are those of the current filter.
    void loaded();
    void jobsRead(const QList<HistoryJob> &jobs);
    // `deleted` is -1 when the database could not be changed.
    void cleared(int deleted);

private:
    void onPageRead(const HistoryWorker::Page &page);
    void resetTo(const HistoryWorker::Page &page);
    void append(const HistoryWorker::Page &page);
    QVariant displayData(const HistoryEntry &entry, int column) const;

    HistoryWorker m_worker;
    bool m_hasStore = false;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    int m_total = 0;
    quint64 m_reloadRequest = 0;   // the reload awaited, 0 if none
    quint64 m_pageRequest = 0;     // the next page awaited, 0 if none
};
