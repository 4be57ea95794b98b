#pragma once

#include "historystore.h"

#include <QAbstractTableModel>
#include <QList>

// The history as a table, read page by page: a view asks for more rows only as it scrolls
// (canFetchMore/fetchMore), so 100,000 entries cost one COUNT and one page to show.
// Sorting is by time only, done in SQL; filtering is HistoryStore's. The store is not owned
// and may be null until the database is open.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, JobNameColumn, JobIdColumn, OutcomeColumn, HttpStatusColumn,
                  DurationColumn, ProfileColumn, EndpointColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, JobIdRole, TimeRole, SucceededRole };
    static constexpr int kPageSize = 200;

    explicit HistoryModel(QObject *parent = nullptr);

    void setStore(HistoryStore *store);
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // Reads the first page again, e.g. after a fetch was recorded or entries were cleared.
    void reload();
    // All entries matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    const HistoryEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const HistoryEntry &entry, int column) const;

    HistoryStore *m_store = nullptr;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    int m_total = 0;
    bool m_fetching = false;    // and from rowsInserted: one page at a time
    bool m_resetting = false;   // views and testers call fetchMore() from modelReset
};
