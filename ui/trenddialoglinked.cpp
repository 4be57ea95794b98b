#include "trendchart.h"
#include "trendpoints.h"

QDialog *createTrendDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent, QString *)
{
    return new TrendChartDialog(jobName, points, parent);
}
