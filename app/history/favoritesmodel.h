#pragma once

#include "history/historystore.h"
#include "watch/watchstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

// What watching last learnt about a favorite (the live board); absent until first polled.
struct FavoriteLive
{
    JobState state = JobState::Unknown;
    QString jobName;
    std::optional<int> healthScore;
    std::optional<qint64> lastBuildTimeMs;     // epoch ms: when the last build started
    std::optional<qint64> typicalDurationMs;   // from the job's recent builds, for "time left"
    QString unreachable;                       // why the last poll failed; empty when it worked
    bool muted = false;
};

// The favorites of one profile in the user's order, with what the newest snapshot of each
// said. A screen reader reads each row's state from AccessibleTextRole (name, state, health,
// last build) and its details from AccessibleDescriptionRole, both plain text. The alias is
// edited in place (column 0, EditRole); rows move with moveRows(), which writes the new order
// to the store. The store is not owned and may be null.
//
// Rows can be dragged to a new place: mimeData() carries the profile and the job IDs under
// kMimeType, and dropMimeData() moves them with moveRows(). Drops land between rows only
// (the root accepts drops, items do not), and only from this profile's list.
class FavoritesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RunningColumn, LastBuildColumn, HealthColumn, ServiceColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, NoteRole, AliasRole,
        // The live board (setLive()): the state as an int JobState (Unknown before any
        // answer), the badge's text, "last build N minutes ago", the health score, whether the
        // last poll failed (its reason), whether notifications are muted, and the rank that
        // "attention first" sorts by (failed 0, running 1, the rest 2).
        StateRole, BadgeTextRole, LastBuildTextRole, HealthRole, UnreachableRole, MutedRole, AttentionRole
    };
    static constexpr QLatin1String kMimeType{"application/x-codearts-inspector-favorite"};

    explicit FavoritesModel(QObject *parent = nullptr);

    void setStore(HistoryStore *store);
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    void reload();

    const Favorite &favorite(int row) const { return m_rows.at(row); }
    int rowOf(const QString &jobId) const;
    bool contains(const QString &jobId) const { return rowOf(jobId) >= 0; }
    bool add(const QString &jobId);
    bool remove(const QString &jobId);
    bool setAliasAndNote(int row, const QString &alias, const QString &note);
    // Moves one favorite by `delta` places (-1 up, +1 down).
    bool move(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged favorites and returns false even then: see the definition.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // What the list shows for a favorite: the alias, else the job name, else the ID.
    static QString displayName(const Favorite &favorite);

    // The live board: what watching learnt about a job; kept across reload() (by job ID).
    void setLive(const QString &jobId, const FavoriteLive &live);
    std::optional<FavoriteLive> live(const QString &jobId) const;
    void clearLive();
    // Tells the view that the times shown ("running 1m 20s") have moved on.
    void refreshTimes();
    // The name of a job's CodeArts project when it is known (the window's ProjectDirectory), for
    // what a screen reader says of a row; projectNamesChanged() when it may know more.
    void setProjectNames(std::function<QString(const QString &jobId)> projectName) { m_projectName = std::move(projectName); }
    void projectNamesChanged() { refreshTimes(); }
    // Wall-clock time for the times shown; tests replace it.
    void setWallClock(std::function<qint64()> clock) { m_wallClock = std::move(clock); }
    // "Running 1m 20s, about 40s left", "Failed", ...: the badge of a live favorite.
    static QString badgeText(const FavoriteLive &live, qint64 nowMs);
    static QString lastBuildText(const FavoriteLive &live, qint64 nowMs);

private:
    QVariant displayData(const Favorite &favorite, int column) const;
    QVariant liveData(const Favorite &favorite, int role) const;
    JobState stateOf(const Favorite &favorite) const;
    QString toolTip(const Favorite &favorite) const;
    QString spokenSummary(const QModelIndex &index) const;
    QStringList draggedJobs(const QMimeData *data) const;
    int insertionRow(int row, const QModelIndex &parent) const;
    void moveJobsBefore(const QStringList &jobIds, int row);

    HistoryStore *m_store = nullptr;
    QString m_profile;
    QList<Favorite> m_rows;
    QHash<QString, FavoriteLive> m_live;
    std::function<qint64()> m_wallClock;
    std::function<QString(const QString &)> m_projectName;
};
