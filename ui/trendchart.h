#pragma once

#include "trendpoints.h"

#include <QDialog>
#include <QList>

class QChartView;
class QLineSeries;
class QScatterSeries;

// A job's health score over time (line with points) and the outcome of its last build at each
// fetch (green: succeeded, red: failed, grey: other), from the history. Hovering a point
// tells its time, score and outcome.
class TrendChartDialog : public QDialog
{
    Q_OBJECT

public:
    TrendChartDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent = nullptr);

    // The time axis: ticks on round times (every 5 s, 10 min, 6 h, 1 day...) and a label
    // format that tells every tick apart, so no label repeats and none is skipped.
    struct TimeTicks
    {
        qint64 minMs = 0;
        qint64 maxMs = 0;
        int count = 0;          // ticks, both ends included
        QString format;         // QDateTime format of the labels
        qint64 intervalMs = 0;
    };
    // `utcOffsetSeconds`: the local time zone's, so that ticks fall on round local times.
    static TimeTicks timeTicks(qint64 firstMs, qint64 lastMs, int utcOffsetSeconds);

    QLineSeries *healthSeries() const { return m_health; }
    int buildOutcomeCount() const;

private:
    QScatterSeries *addOutcomeSeries(const QString &name, const QColor &color);
    void showPointToolTip(const QPointF &point, bool state);

    QList<TrendPoint> m_points;
    QChartView *m_view;
    QLineSeries *m_health;
    QList<QScatterSeries *> m_outcomes;
};
