#include "history/historymodel.h"

#include "platform/plaintext.h"

#include <QDateTime>
#include <QLocale>

namespace {

HistorySortKey sortKeyOf(int column)
{
    switch (column) {
    case HistoryModel::JobNameColumn: return HistorySortKey::JobName;
    case HistoryModel::JobIdColumn: return HistorySortKey::JobId;
    case HistoryModel::StateColumn: return HistorySortKey::State;
    case HistoryModel::HealthColumn: return HistorySortKey::Health;
    case HistoryModel::OutcomeColumn: return HistorySortKey::Outcome;
    case HistoryModel::HttpStatusColumn: return HistorySortKey::HttpStatus;
    case HistoryModel::DurationColumn: return HistorySortKey::Duration;
    case HistoryModel::ProfileColumn: return HistorySortKey::Profile;
    case HistoryModel::EndpointColumn: return HistorySortKey::Endpoint;
    default: return HistorySortKey::Time;
    }
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_worker, &HistoryWorker::pageRead, this, &HistoryModel::onPageRead);
    connect(&m_worker, &HistoryWorker::jobsRead, this, &HistoryModel::jobsRead);
    connect(&m_worker, &HistoryWorker::cleared, this, [this](int deleted) {
        reload();
        emit cleared(deleted);
    });
}

void HistoryModel::setStore(HistoryStore *store)
{
    m_hasStore = store && store->isOpen();
    m_worker.open(m_hasStore ? store->path() : QString());
    reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    const bool wasLoading = isLoading();
    m_pageRequest = 0; // a page of the previous filter no longer fits
    m_reloadRequest = m_worker.read(m_filter, 0, kPageSize, true, true);
    if (!wasLoading)
        emit loadingChanged(true);
}

void HistoryModel::readJobs()
{
    m_worker.readJobs();
}

void HistoryModel::clear(const QString &jobId)
{
    m_worker.clear(jobId);
}

void HistoryModel::onPageRead(const HistoryWorker::Page &page)
{
    if (page.request == m_reloadRequest)
        resetTo(page);
    else if (page.request == m_pageRequest)
        append(page);
    // Anything else answers a request made obsolete by a later reload.
}

void HistoryModel::resetTo(const HistoryWorker::Page &page)
{
    beginResetModel();
    m_rows = page.rows;
    m_total = qMax(page.total, int(m_rows.size()));
    m_reloadRequest = 0;
    endResetModel();
    emit loadingChanged(false);
    emit loaded();
}

void HistoryModel::append(const HistoryWorker::Page &page)
{
    if (page.offset == m_rows.size() && page.rows.isEmpty())
        m_total = int(m_rows.size()); // entries were deleted meanwhile, e.g. by another process
    if (page.offset == m_rows.size() && !page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    // Only now: views and testers ask for more while the rows go in, and must wait for this.
    m_pageRequest = 0;
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
    return !parent.isValid() && m_hasStore && !isLoading() && m_pageRequest == 0 && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pageRequest = m_worker.read(m_filter, int(m_rows.size()), kPageSize, false, false);
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    const HistorySortKey key = sortKeyOf(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (key == m_filter.sortKey && ascending == m_filter.ascending)
        return;
    m_filter.sortKey = key;
    m_filter.ascending = ascending;
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
            return PlainText::toolTip(tr("Error code: %1").arg(entry.errorCode));
        if (index.column() == StateColumn && entry.stateChanged())
            return tr("The last build's result changed since the previous fetch of this job.");
        if (index.column() == HealthColumn && entry.healthChanged())
            return tr("The health score changed since the previous fetch of this job.");
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.timeMs), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn || index.column() == DurationColumn || index.column() == HealthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChangedRole:
        return (index.column() == StateColumn && entry.stateChanged())
            || (index.column() == HealthColumn && entry.healthChanged());
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
    case JobNameColumn: return PlainText::neutralised(entry.jobName);
    case JobIdColumn: return entry.jobId;
    case StateColumn:
        if (entry.state.isEmpty())
            return {};
        return entry.stateChanged() ? tr("%1 (was %2)").arg(stateText(entry.state), stateText(entry.previousState))
                                    : stateText(entry.state);
    case HealthColumn:
        if (!entry.health)
            return {};
        return entry.healthChanged() ? tr("%1 (was %2)").arg(*entry.health).arg(*entry.previousHealth)
                                     : QString::number(*entry.health);
    case OutcomeColumn: return outcomeText(entry.outcome);
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
    case StateColumn: return tr("Last build");
    case HealthColumn: return tr("Health");
    case OutcomeColumn: return tr("Fetch");
    case HttpStatusColumn: return tr("HTTP");
    case DurationColumn: return tr("Duration");
    case ProfileColumn: return tr("Profile");
    case EndpointColumn: return tr("Endpoint");
    default: return {};
    }
}

QString HistoryModel::stateText(const QString &state)
{
    if (state == u"success")
        return tr("Success");
    if (state == u"failed")
        return tr("Failed");
    if (state == u"running")
        return tr("Running");
    if (state == u"aborted")
        return tr("Aborted");
    if (state == u"disabled")
        return tr("Disabled");
    return tr("Unknown");
}

QString HistoryModel::outcomeText(const QString &outcome)
{
    static const struct
    {
        const char *code;
        const char *words;
    } kWords[] = {
        {"success", QT_TR_NOOP("Success")},
        {"invalid_job_id", QT_TR_NOOP("Invalid job ID")},
        {"invalid_endpoint", QT_TR_NOOP("Invalid endpoint")},
        {"missing_credentials", QT_TR_NOOP("No credentials")},
        {"unauthorized", QT_TR_NOOP("Not signed in")},
        {"forbidden", QT_TR_NOOP("Forbidden")},
        {"not_found", QT_TR_NOOP("Not found")},
        {"rate_limited", QT_TR_NOOP("Rate limited")},
        {"http_error", QT_TR_NOOP("Server error")},
        {"service_failure", QT_TR_NOOP("Refused by the service")},
        {"invalid_response", QT_TR_NOOP("Unreadable answer")},
        {"body_too_large", QT_TR_NOOP("Answer too large")},
        {"network", QT_TR_NOOP("Network error")},
        {"host_not_found", QT_TR_NOOP("Host not found")},
        {"tls", QT_TR_NOOP("TLS error")},
        {"timeout", QT_TR_NOOP("Timed out")},
        {"redirect_refused", QT_TR_NOOP("Redirect refused")},
        {"cancelled", QT_TR_NOOP("Cancelled")},
    };
    for (const auto &entry : kWords) {
        if (outcome == QLatin1String(entry.code))
            return tr(entry.words);
    }
    return tr("Other error");   // a code from a newer version: never shown raw
}
