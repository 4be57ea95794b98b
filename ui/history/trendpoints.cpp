#include "history/trendpoints.h"

#include "history/historystore.h"

QList<TrendPoint> loadTrendPoints(HistoryStore &store, const QString &jobId)
{
    HistoryFilter filter;
    filter.jobId = jobId;
    filter.outcome = QLatin1String(HistoryEntry::kSuccess);
    filter.ascending = true;
    QList<TrendPoint> points;
    for (const HistoryEntry &entry : store.entries(filter, -1)) {
        const JobInfo job = entry.job();
        points.append({entry.timeMs, job.healthScore, job.lastBuildStatus});
    }
    return points;
}
