#pragma once

#include "api/buildrecords.h"
#include "history/trendpoints.h"

#include <QDialog>
#include <QList>

class QAbstractSeries;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// A job's health score over time (line with points) and the outcome of its last build at each
// fetch (green: succeeded, red: failed, grey: other), from the history. Hovering a point
// tells its time, score and outcome. The service's build records over the same days can be
// added (showBuildRecords): each build's duration on a second axis, coloured by its result, so
// the chart says something even before the app has fetched the job twice. A screen reader gets
// both summed up in the chart's description.
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
    const QList<TrendPoint> &points() const { return m_points; }
    int buildOutcomeCount() const;

    // The days the build records should cover: those of the fetches, and at least the last 30.
    static QDateTime recordsSince(const QList<TrendPoint> &points, const QDateTime &now);
    void showBuildRecordsLoading();
    void showBuildRecords(const QList<BuildRecord> &records);
    void showBuildRecordsError(const QString &message);
    int buildRecordCount() const;
    // The service's build records last shown (showBuildRecords), those without a time included.
    const QList<BuildRecord> &buildRecords() const { return m_records; }
    QString recordsNote() const;
    // The legend's names in their order: the history's series, then the records' once shown.
    QStringList legendEntries() const;
    QWidget *legend() const { return m_legend; }

private:
    QScatterSeries *addOutcomeSeries(const QString &name, const QColor &color);
    QScatterSeries *addRecordSeries(const QString &name, const QColor &color);
    void addLegendLine(const QString &caption, const QList<QAbstractSeries *> &series);
    void setTimeRange(qint64 firstMs, qint64 lastMs);
    QString fetchesSummary() const;
    void showPointToolTip(const QPointF &point, bool state);
    void showRecordToolTip(const QPointF &point, bool state);

    QList<TrendPoint> m_points;
    QList<BuildRecord> m_records;
    QChartView *m_view;
    QLineSeries *m_health;
    QList<QScatterSeries *> m_outcomes;
    QList<QScatterSeries *> m_recordSeries;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_durationAxis = nullptr;
    QLabel *m_recordsNote = nullptr;
    QWidget *m_legend = nullptr;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
};
