#include "history/favoritesmodel.h"

#include "api/buildrecords.h"
#include "platform/age.h"
#include "platform/plaintext.h"

#include <QDataStream>
#include <QDateTime>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

FavoritesModel::FavoritesModel(QObject *parent)
    : QAbstractTableModel(parent), m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void FavoritesModel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void FavoritesModel::setProfile(const QString &profile)
{
    m_profile = profile;
    reload();
}

void FavoritesModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->favorites(m_profile) : QList<Favorite>();
    endResetModel();
}

int FavoritesModel::rowOf(const QString &jobId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).jobId == jobId)
            return int(row);
    }
    return -1;
}

bool FavoritesModel::add(const QString &jobId)
{
    if (!m_store || !m_store->addFavorite(m_profile, jobId))
        return false;
    reload();
    return true;
}

bool FavoritesModel::remove(const QString &jobId)
{
    const int row = rowOf(jobId);
    if (!m_store || row < 0 || !m_store->removeFavorite(m_profile, jobId))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    for (qsizetype i = row; i < m_rows.size(); ++i)
        m_rows[i].position = int(i);
    endRemoveRows();
    return true;
}

bool FavoritesModel::setAliasAndNote(int row, const QString &alias, const QString &note)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    Favorite &favorite = m_rows[row];
    if (!m_store->updateFavorite(m_profile, favorite.jobId, alias.trimmed(), note.trimmed()))
        return false;
    favorite.alias = alias.trimmed();
    favorite.note = note.trimmed();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool FavoritesModel::move(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || delta == 0)
        return false;
    // moveRows() takes the destination as "insert before", which is one further when moving down.
    return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

bool FavoritesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_store || sourceParent.isValid() || destinationParent.isValid() || count != 1
        || sourceRow < 0 || sourceRow >= m_rows.size() || destinationChild < 0
        || destinationChild > m_rows.size())
        return false;
    const int newPosition = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (newPosition == sourceRow)
        return false;
    if (!m_store->moveFavorite(m_profile, m_rows.at(sourceRow).jobId, newPosition))
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_rows.move(sourceRow, newPosition);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].position = int(i);
    endMoveRows();
    return true;
}

int FavoritesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FavoritesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags FavoritesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // Only the root takes drops: the view then turns a drop on an item into one above or
    // below it, because a favorite cannot hold other favorites.
    if (!index.isValid())
        return result | Qt::ItemIsDropEnabled;
    result |= Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QStringList FavoritesModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *FavoritesModel::mimeData(const QModelIndexList &indexes) const
{
    // The view passes every column of a dragged row: take each row once, top to bottom.
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid) && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QStringList jobIds;
    for (int row : rows)
        jobIds << m_rows.at(row).jobId;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODeviceBase::WriteOnly);
    stream << m_profile << jobIds;
    auto *data = new QMimeData;
    data->setData(kMimeType, encoded);
    return data;
}

// The dragged job IDs if `data` comes from this profile's list and each is still a
// favorite here; otherwise none.
QStringList FavoritesModel::draggedJobs(const QMimeData *data) const
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    QDataStream stream(data->data(kMimeType));
    QString profile;
    QStringList jobIds;
    stream >> profile >> jobIds;
    if (stream.status() != QDataStream::Ok || profile != m_profile)
        return {};
    for (const QString &jobId : std::as_const(jobIds)) {
        if (!contains(jobId))
            return {};
    }
    return jobIds;
}

// Where a drop lands, as a row to insert before. A drop on an item (row -1 under a valid
// parent) goes before that item; a drop on the empty area (row -1, no parent) goes last.
int FavoritesModel::insertionRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return row == -1 ? parent.row() : -1;
    return row == -1 ? rowCount() : row;
}

bool FavoritesModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent) const
{
    Q_UNUSED(column)
    if (!m_store || action != Qt::MoveAction
        || (parent.isValid()
            && !checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)))
        return false;
    const int target = insertionRow(row, parent);
    return target >= 0 && target <= rowCount() && !draggedJobs(data).isEmpty();
}

bool FavoritesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                  int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    moveJobsBefore(draggedJobs(data), insertionRow(row, parent));
    // The rows are already in their new place. True would let the view finish the MoveAction
    // by removing the dragged rows from the model, and they have only moved.
    return false;
}

// Moves the favorites one by one so that they end up together, in the given order, before
// what was at `row`. moveRows() writes each step to the store.
void FavoritesModel::moveJobsBefore(const QStringList &jobIds, int row)
{
    for (const QString &jobId : jobIds) {
        const int source = rowOf(jobId);
        if (source == row || source + 1 == row) { // already there
            row = source + 1;
            continue;
        }
        if (!moveRows({}, source, 1, {}, row))
            return; // the store refused: leave the rest where they are
        row = (row > source ? row - 1 : row) + 1;
    }
}

QString FavoritesModel::displayName(const Favorite &favorite)
{
    if (!favorite.alias.isEmpty())
        return PlainText::neutralised(favorite.alias);
    return favorite.jobName.isEmpty() ? favorite.jobId : PlainText::neutralised(favorite.jobName);
}

QVariant FavoritesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Favorite &favorite = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(favorite, index.column());
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(favorite.alias) : displayData(favorite, index.column());
    case Qt::ToolTipRole:
        return PlainText::toolTip(toolTip(favorite)); // names and notes are not HTML
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? spokenSummary(index) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return index.column() == NameColumn ? toolTip(favorite) : QVariant();   // plain text, one fact a line
    case JobIdRole:
        return favorite.jobId;
    case NoteRole:
        return favorite.note;
    case AliasRole:
        return favorite.alias;
    default:
        return liveData(favorite, role);
    }
}

JobState FavoritesModel::stateOf(const Favorite &favorite) const
{
    if (const auto it = m_live.constFind(favorite.jobId); it != m_live.constEnd())
        return it->state;
    // Not polled yet: what the newest snapshot said.
    JobInfo job;
    job.runningStatus = favorite.runningStatus;
    job.lastBuildStatus = favorite.lastBuildStatus;
    return WatchState::fromJob(job);
}

QVariant FavoritesModel::liveData(const Favorite &favorite, int role) const
{
    const auto live = m_live.constFind(favorite.jobId);
    const bool known = live != m_live.constEnd();
    switch (role) {
    case StateRole:
        return int(stateOf(favorite));
    case BadgeTextRole: {
        FavoriteLive shown = known ? *live : FavoriteLive{};
        shown.state = stateOf(favorite);
        return badgeText(shown, m_wallClock());
    }
    case LastBuildTextRole:
        return known ? lastBuildText(*live, m_wallClock()) : QString();
    case HealthRole: {
        const std::optional<int> score = known && live->healthScore ? live->healthScore : favorite.healthScore;
        return score ? QVariant(*score) : QVariant();
    }
    case UnreachableRole:
        return known ? live->unreachable : QString();
    case MutedRole:
        return known && live->muted;
    case AttentionRole:
        switch (stateOf(favorite)) {
        case JobState::Failed: return 0;
        case JobState::Running: return 1;
        default: return 2;
        }
    default:
        return {};
    }
}

QString FavoritesModel::badgeText(const FavoriteLive &live, qint64 nowMs)
{
    if (!live.unreachable.isEmpty())
        return tr("Unreachable");
    switch (live.state) {
    case JobState::Running: {
        if (!live.lastBuildTimeMs)
            return tr("Running");
        const qint64 elapsed = std::max<qint64>(0, nowMs - *live.lastBuildTimeMs);
        const QString running = BuildParse::readableDuration(elapsed);
        if (!live.typicalDurationMs)
            return tr("Running %1").arg(running);
        const qint64 left = *live.typicalDurationMs - elapsed;
        if (left <= 0)
            return tr("Running %1, longer than usual").arg(running);
        return tr("Running %1, about %2 left").arg(running, BuildParse::readableDuration(left));
    }
    case JobState::Success: return tr("Succeeded");
    case JobState::Failed: return tr("Failed");
    case JobState::Aborted: return tr("Aborted");
    case JobState::Disabled: return tr("Disabled");
    case JobState::Unknown: break;
    }
    return tr("Unknown");
}

QString FavoritesModel::lastBuildText(const FavoriteLive &live, qint64 nowMs)
{
    if (!live.lastBuildTimeMs)
        return {};
    const Age age = Age::of(std::max<qint64>(0, nowMs - *live.lastBuildTimeMs));
    switch (age.unit) {
    case Age::Unit::JustNow:
        return tr("last build just now");
    case Age::Unit::Minutes:
        return tr("last build %n minutes ago", nullptr, int(age.count));
    case Age::Unit::Hours:
        return tr("last build %n hours ago", nullptr, int(age.count));
    case Age::Unit::Days:
        break;
    }
    return tr("last build %n days ago", nullptr, int(age.count));
}

void FavoritesModel::setLive(const QString &jobId, const FavoriteLive &live)
{
    m_live.insert(jobId, live);
    const int row = rowOf(jobId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<FavoriteLive> FavoritesModel::live(const QString &jobId) const
{
    const auto it = m_live.constFind(jobId);
    return it == m_live.constEnd() ? std::nullopt : std::optional<FavoriteLive>(*it);
}

void FavoritesModel::clearLive()
{
    m_live.clear();
    refreshTimes();
}

void FavoritesModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, BadgeTextRole, LastBuildTextRole, StateRole,
                          AttentionRole});
}

QVariant FavoritesModel::displayData(const Favorite &favorite, int column) const
{
    switch (column) {
    case NameColumn: {
        // Watching may know the name of a job that was starred before it was ever fetched.
        const auto live = m_live.constFind(favorite.jobId);
        if (favorite.alias.isEmpty() && live != m_live.constEnd() && !live->jobName.isEmpty())
            return PlainText::neutralised(live->jobName);
        return displayName(favorite);
    }
    case RunningColumn: return favorite.runningStatus;
    case LastBuildColumn: return favorite.lastBuildStatus;
    case HealthColumn: return favorite.healthScore ? QVariant(*favorite.healthScore) : QVariant();
    case ServiceColumn:
        if (!favorite.serviceFavorite)
            return {};
        return *favorite.serviceFavorite ? tr("Yes") : tr("No");
    default: return {};
    }
}

// What the board paints, as one line a screen reader reads: "payment-ci, Failed, health 45,
// last build 5 minutes ago, starred".
QString FavoritesModel::spokenSummary(const QModelIndex &index) const
{
    QStringList parts{index.data(Qt::DisplayRole).toString(), index.data(BadgeTextRole).toString()};
    if (const QVariant health = index.data(HealthRole); health.isValid())
        parts << tr("health %1").arg(health.toInt());
    if (const QString lastBuild = index.data(LastBuildTextRole).toString(); !lastBuild.isEmpty())
        parts << lastBuild;
    if (const QString project = m_projectName ? m_projectName(index.data(JobIdRole).toString()) : QString();
        !project.isEmpty())
        parts << tr("project %1").arg(PlainText::neutralised(project));
    if (index.data(MutedRole).toBool())
        parts << tr("muted");
    parts << tr("starred");
    return parts.join(tr(", "));
}

QString FavoritesModel::toolTip(const Favorite &favorite) const
{
    QStringList lines{displayName(favorite), tr("Job ID: %1").arg(favorite.jobId)};
    if (!favorite.alias.isEmpty() && !favorite.jobName.isEmpty())
        lines << tr("Job name: %1").arg(PlainText::neutralised(favorite.jobName));
    if (favorite.serviceFavorite)
        lines << (*favorite.serviceFavorite ? tr("Also a favorite in CodeArts")
                                            : tr("Not a favorite in CodeArts"));
    if (favorite.lastSeenMs)
        lines << tr("Last fetched: %1").arg(QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(*favorite.lastSeenMs), QLocale::ShortFormat));
    else
        lines << tr("Not fetched yet");
    if (!favorite.note.isEmpty())
        lines << tr("Note: %1").arg(favorite.note);
    if (const auto live = m_live.constFind(favorite.jobId); live != m_live.constEnd()) {
        if (!live->unreachable.isEmpty())
            lines << tr("Unreachable: %1").arg(live->unreachable);
        if (live->muted)
            lines << tr("Notifications muted");
    }
    return lines.join(u'\n');
}

bool FavoritesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn)
        return false;
    return setAliasAndNote(index.row(), value.toString(), m_rows.at(index.row()).note);
}

QVariant FavoritesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Job");
    case RunningColumn: return tr("Running");
    case LastBuildColumn: return tr("Last build");
    case HealthColumn: return tr("Health");
    case ServiceColumn: return tr("In CodeArts");
    default: return {};
    }
}
