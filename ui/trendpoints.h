#pragma once

#include <QList>
#include <QString>

#include <optional>

class HistoryStore;
class QDialog;
class QWidget;

// One point of a job's trend: a successful fetch and what its snapshot said.
struct TrendPoint
{
    qint64 timeMs = 0;
    std::optional<int> healthScore;
    QString lastBuildStatus;
};

// Successful fetches of `jobId`, oldest first.
QList<TrendPoint> loadTrendPoints(HistoryStore &store, const QString &jobId);

// The trend chart dialog (TrendChartDialog, which needs Qt Charts), or null with `error` set.
// Two definitions exist and each program links one: trenddialoglinked.cpp builds it directly;
// trenddialogmodule.cpp loads it from the codearts-inspector-trend module next to the window
// module, so that the window starts without Qt Charts and the OpenGL libraries it pulls in.
QDialog *createTrendDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent,
                           QString *error);
