#pragma once

#include <QList>
#include <QString>

#include <optional>

class HistoryStore;

// One point of a job's trend: a successful fetch and what its snapshot said.
struct TrendPoint
{
    qint64 timeMs = 0;
    std::optional<int> healthScore;
    QString lastBuildStatus;
};

// Successful fetches of `jobId`, oldest first.
QList<TrendPoint> loadTrendPoints(HistoryStore &store, const QString &jobId);
