#include "historymodel.h"

#include <QDateTime>
#include <QLocale>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_total = m_store ? m_store->count(m_filter) : 0;
    // The first page now, so that a view shows rows without waiting for its first fetchMore.
    if (m_total > 0)
        m_rows = m_store->entries(m_filter, kPageSize, 0);
    endResetModel();
    m_resetting = false;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryEntry> page = m_store->entries(m_filter, kPageSize, int(m_rows.size()));
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // entries were deleted meanwhile, e.g. by another process
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_fetching = false;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    // Only time has an index to sort 100,000 rows by; other columns keep the time order.
    if (column != TimeColumn)
        return;
    const bool oldestFirst = order == Qt::AscendingOrder;
    if (oldestFirst == m_filter.oldestFirst)
        return;
    m_filter.oldestFirst = oldestFirst;
    reload();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && !entry.errorCode.isEmpty())
            return tr("Error code: %1").arg(entry.errorCode);
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.timeMs), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return entry.id;
    case JobIdRole:
        return entry.jobId;
    case TimeRole:
        return entry.timeMs;
    case SucceededRole:
        return entry.succeeded();
    default:
        return {};
    }
}

QVariant HistoryModel::displayData(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case JobNameColumn: return entry.jobName;
    case JobIdColumn: return entry.jobId;
    case OutcomeColumn: return entry.succeeded() ? tr("Success") : entry.outcome;
    case HttpStatusColumn: return entry.httpStatus > 0 ? QVariant(entry.httpStatus) : QVariant();
    case DurationColumn: return tr("%1 ms").arg(QLocale().toString(entry.durationMs));
    case ProfileColumn: return entry.profile;
    case EndpointColumn: return entry.endpoint;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case JobNameColumn: return tr("Job name");
    case JobIdColumn: return tr("Job ID");
    case OutcomeColumn: return tr("Outcome");
    case HttpStatusColumn: return tr("HTTP");
    case DurationColumn: return tr("Duration");
    case ProfileColumn: return tr("Profile");
    case EndpointColumn: return tr("Endpoint");
    default: return {};
    }
}
