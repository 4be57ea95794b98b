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
