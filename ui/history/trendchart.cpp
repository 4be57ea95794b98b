#include "history/trendchart.h"

#include "api/joblist.h"
#include "builds/buildsaccessibility.h"
#include "job/statusbadge.h"
#include "platform/plaintext.h"
#include "widgets/contrast.h"

#include <cmath>

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

// In the order of the outcome and record series.
enum class Outcome { Succeeded, Failed, Other };

Outcome outcomeOf(const QString &status)
{
    const QString lower = status.toLower();
    if (lower.contains(u"success") || lower.contains(u"succeed"))
        return Outcome::Succeeded;
    if (lower.contains(u"fail") || lower.contains(u"error") || lower.contains(u"abort"))
        return Outcome::Failed;
    return Outcome::Other;
}

// A build record's result: the service says success, failure, aborted, timeout or running.
Outcome recordOutcome(const BuildRecord &record)
{
    if (record.isSuccess())
        return Outcome::Succeeded;
    const QString result = record.result.toLower();
    if (result.contains(u"fail") || result.contains(u"error") || result.contains(u"timeout"))
        return Outcome::Failed;
    return Outcome::Other;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Shape as well as colour tells the outcomes apart (red and green are alike in brightness): a
// failure is a triangle, an aborted or other build a diamond; a success is round for a fetch,
// square for a build record.
QScatterSeries::MarkerShape shapeOf(Outcome outcome, bool record)
{
    switch (outcome) {
    case Outcome::Succeeded: return record ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle;
    case Outcome::Failed: return QScatterSeries::MarkerShapeTriangle;
    case Outcome::Other: break;
    }
    return QScatterSeries::MarkerShapeRotatedRectangle;
}

// A legend entry's mark, drawn as the series draws its points: a line through a dot for the
// health score, the series' own shape for an outcome.
QPixmap legendMark(const QAbstractSeries *series, qreal devicePixelRatio, int size)
{
    QPixmap pixmap(QSize(size * 2, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(size / 2.0 + 1, 1, size - 2, size - 2);
    if (const auto *line = qobject_cast<const QLineSeries *>(series); line && !qobject_cast<const QScatterSeries *>(series)) {
        painter.setPen(QPen(line->color(), 2));
        painter.drawLine(QPointF(0, size / 2.0), QPointF(size * 2, size / 2.0));
        painter.setBrush(line->color());
        painter.drawEllipse(box.adjusted(2, 2, -2, -2));
    } else if (const auto *scatter = qobject_cast<const QScatterSeries *>(series)) {
        painter.setPen(QPen(scatter->borderColor(), 1));
        painter.setBrush(scatter->color());
        switch (scatter->markerShape()) {
        case QScatterSeries::MarkerShapeRectangle:
            painter.drawRect(box.adjusted(1, 1, -1, -1));
            break;
        case QScatterSeries::MarkerShapeTriangle:
            painter.drawPolygon(QPolygonF({QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()}));
            break;
        case QScatterSeries::MarkerShapeRotatedRectangle:
            painter.drawPolygon(QPolygonF({QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
                                           QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y())}));
            break;
        default:
            painter.drawEllipse(box);
        }
    }
    return pixmap;
}

} // namespace

TrendChartDialog::TrendChartDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent)
    : QDialog(parent),
      m_points(points),
      m_view(new QChartView(this)),
      m_health(new QLineSeries(this))
{
    setObjectName(QStringLiteral("trendDialog"));
    setWindowTitle(tr("Trend of %1").arg(jobName));
    resize(720, 440);
    auto *chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    // A chart title is rich text: the job's name is escaped to show as it is.
    chart->setTitle(tr("Health score and last build of %1").arg(PlainText::escaped(jobName)));
    // The chart's own legend cuts its entries short when they do not fit in one line ("Last
    // buil…"); the dialog's own legend below has two lines, the fetches' and the builds', in full.
    chart->legend()->hide();
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("trendChartView"));
    m_view->setAccessibleName(tr("Trend chart"));
    m_view->setAccessibleDescription(fetchesSummary());

    m_health->setName(tr("Health score"));
    m_health->setPointsVisible(true);
    m_health->setMarkerSize(7);
    // Blue in both themes: the dark theme's default green would read as "succeeded".
    m_health->setColor(QColor(0x3d, 0x8b, 0xd9));
    QScatterSeries *good = addOutcomeSeries(tr("Last build succeeded"), QColor(0x2e, 0x9d, 0x4f));
    good->setMarkerShape(shapeOf(Outcome::Succeeded, false));
    QScatterSeries *bad = addOutcomeSeries(tr("Last build failed"), QColor(0xd9, 0x3b, 0x3b));
    bad->setMarkerShape(shapeOf(Outcome::Failed, false));
    QScatterSeries *other = addOutcomeSeries(tr("Other build status"), QColor(0x8a, 0x8a, 0x8a));
    other->setMarkerShape(shapeOf(Outcome::Other, false));
    qint64 first = 0;
    qint64 last = 0;
    for (const TrendPoint &point : points) {
        first = first == 0 ? point.timeMs : first;
        last = point.timeMs;
        if (point.healthScore)
            m_health->append(double(point.timeMs), *point.healthScore);
        // The outcome markers sit on the health line, or at 0 when the score is unknown.
        const QPointF marker(double(point.timeMs), point.healthScore.value_or(0));
        const Outcome outcome = outcomeOf(point.lastBuildStatus);
        (outcome == Outcome::Succeeded ? good : outcome == Outcome::Failed ? bad : other)->append(marker);
    }
    chart->addSeries(m_health);
    for (QScatterSeries *series : std::as_const(m_outcomes))
        chart->addSeries(series);

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setTitleText(tr("Fetched"));
    setTimeRange(first, last);
    QDateTimeAxis *timeAxis = m_timeAxis;
    auto *scoreAxis = new QValueAxis(chart);
    scoreAxis->setRange(0, 100);
    scoreAxis->setLabelFormat(QStringLiteral("%d"));
    scoreAxis->setTitleText(tr("Health score"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(scoreAxis);
    }
    connect(m_health, &QLineSeries::hovered, this, &TrendChartDialog::showPointToolTip);

    auto *layout = new QVBoxLayout(this);
    if (points.isEmpty()) {
        auto *empty = new QLabel(tr("No successful fetch of this job in the history yet."), this);
        empty->setObjectName(QStringLiteral("trendEmptyLabel"));
        layout->addWidget(empty);
    } else if (points.size() == 1) {
        auto *one = new QLabel(tr("One fetch so far: a trend needs two. Fetch the job again later (F5), "
                                  "or star it to keep it at hand."), this);
        one->setObjectName(QStringLiteral("trendEmptyLabel"));
        one->setWordWrap(true);
        layout->addWidget(one);
    }
    layout->addWidget(m_view);
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("trendLegend"));
    auto *legendGrid = new QGridLayout(m_legend);
    legendGrid->setContentsMargins(0, 0, 0, 0);
    legendGrid->setVerticalSpacing(2);
    addLegendLine(tr("Fetches:"), {m_health, good, bad, other});
    layout->addWidget(m_legend);
    m_recordsNote = new QLabel(this);
    m_recordsNote->setObjectName(QStringLiteral("trendRecordsNote"));
    m_recordsNote->setWordWrap(true);
    m_recordsNote->hide();
    layout->addWidget(m_recordsNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TrendChartDialog::setTimeRange(qint64 firstMs, qint64 lastMs)
{
    m_firstMs = firstMs;
    m_lastMs = lastMs;
    const int utcOffset = QDateTime::fromMSecsSinceEpoch(lastMs).offsetFromUtc();
    const TimeTicks ticks = timeTicks(firstMs, lastMs, utcOffset);
    m_timeAxis->setFormat(ticks.format);
    m_timeAxis->setTickCount(ticks.count);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(ticks.minMs), QDateTime::fromMSecsSinceEpoch(ticks.maxMs));
}

QDateTime TrendChartDialog::recordsSince(const QList<TrendPoint> &points, const QDateTime &now)
{
    const QDateTime monthAgo = now.addDays(-30);
    if (points.isEmpty())
        return monthAgo;
    return std::min(monthAgo, QDateTime::fromMSecsSinceEpoch(points.first().timeMs)).addSecs(-60);
}

void TrendChartDialog::showBuildRecordsLoading()
{
    m_recordsNote->setText(tr("Loading the service's build records…"));
    m_recordsNote->show();
}

void TrendChartDialog::showBuildRecordsError(const QString &message)
{
    m_recordsNote->setText(tr("The service's build records could not be loaded: %1").arg(message));
    m_recordsNote->show();
}

QString TrendChartDialog::recordsNote() const
{
    return m_recordsNote->isVisible() ? m_recordsNote->text() : QString();
}

void TrendChartDialog::showBuildRecords(const QList<BuildRecord> &records)
{
    m_records = records;
    QChart *chart = m_view->chart();
    if (!m_durationAxis) {
        m_durationAxis = new QValueAxis(chart);
        m_durationAxis->setTitleText(tr("Build duration (minutes)"));
        m_durationAxis->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(m_durationAxis, Qt::AlignRight);
        addRecordSeries(tr("Build succeeded"), QColor(0x2e, 0x9d, 0x4f))->setMarkerShape(shapeOf(Outcome::Succeeded, true));
        addRecordSeries(tr("Build failed"), QColor(0xd9, 0x3b, 0x3b))->setMarkerShape(shapeOf(Outcome::Failed, true));
        addRecordSeries(tr("Build aborted or other"), QColor(0x8a, 0x8a, 0x8a))
            ->setMarkerShape(shapeOf(Outcome::Other, true));
        QList<QAbstractSeries *> series(m_recordSeries.cbegin(), m_recordSeries.cend());
        addLegendLine(tr("Builds:"), series);
    }
    for (QScatterSeries *series : std::as_const(m_recordSeries))
        series->clear();
    qint64 first = m_points.isEmpty() ? 0 : m_firstMs;
    qint64 last = m_points.isEmpty() ? 0 : m_lastMs;
    double longestMinutes = 1;
    for (const BuildRecord &record : records) {
        if (!record.startTimeMs || !record.durationMs)
            continue;
        const double minutes = double(*record.durationMs) / 60'000.0;
        longestMinutes = std::max(longestMinutes, minutes);
        m_recordSeries.at(int(recordOutcome(record)))->append(double(*record.startTimeMs), minutes);
        first = first == 0 ? *record.startTimeMs : std::min(first, *record.startTimeMs);
        last = std::max(last, *record.startTimeMs);
    }
    m_durationAxis->setRange(0, std::ceil(longestMinutes * 1.1));
    if (first != 0)
        setTimeRange(first, last);
    m_timeAxis->setTitleText(m_points.isEmpty() ? tr("Started") : tr("Fetched or started"));
    const int shown = buildRecordCount();
    m_recordsNote->setText(shown == 0 ? tr("The service has no build records for these days.")
                                      : tr("%n builds from the service's records.", nullptr, shown));
    m_recordsNote->show();
    m_view->setAccessibleDescription(fetchesSummary() + u'\n' + BuildsAccessibility::durationsSummary(records));
}

// What the chart shows of the fetches, for a screen reader: how many, the health scores'
// range, and how many found the last build failed.
QString TrendChartDialog::fetchesSummary() const
{
    QString summary = tr("%n successful fetches", nullptr, int(m_points.size()));
    std::optional<int> lowest;
    std::optional<int> highest;
    int failed = 0;
    for (const TrendPoint &point : m_points) {
        if (point.healthScore) {
            lowest = std::min(lowest.value_or(*point.healthScore), *point.healthScore);
            highest = std::max(highest.value_or(*point.healthScore), *point.healthScore);
        }
        if (outcomeOf(point.lastBuildStatus) == Outcome::Failed)
            ++failed;
    }
    if (lowest)
        summary += u", " + tr("health score %1 to %2").arg(*lowest).arg(*highest);
    if (!m_points.isEmpty())
        summary += u", " + tr("last build failed at %n of them", nullptr, failed);
    return summary;
}

QScatterSeries *TrendChartDialog::addRecordSeries(const QString &name, const QColor &color)
{
    auto *series = new QScatterSeries(this);
    series->setName(name);
    series->setColor(color.lighter(115));
    series->setBorderColor(Contrast::readable(color.darker(150), m_view->chart()->backgroundBrush().color(),
                                              Contrast::kGraphics));
    series->setMarkerSize(8);
    m_view->chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_durationAxis);
    connect(series, &QScatterSeries::hovered, this, &TrendChartDialog::showRecordToolTip);
    m_recordSeries.append(series);
    return series;
}

// One line of the legend: what its marks come from, then a mark and the name of each series.
// The captions stand in a column of their own, so that both lines' entries start together.
void TrendChartDialog::addLegendLine(const QString &caption, const QList<QAbstractSeries *> &series)
{
    auto *grid = static_cast<QGridLayout *>(m_legend->layout());
    const int row = grid->itemAtPosition(0, 0) ? grid->rowCount() : 0;
    grid->addWidget(new QLabel(caption, m_legend), row, 0);
    auto *entries = new QHBoxLayout;
    entries->setSpacing(4);
    const int size = fontMetrics().height() * 3 / 4;
    for (const QAbstractSeries *entry : series) {
        auto *mark = new QLabel(m_legend);
        mark->setPixmap(legendMark(entry, devicePixelRatioF(), size));
        auto *name = new QLabel(entry->name(), m_legend);
        name->setObjectName(QStringLiteral("trendLegendEntry"));
        name->setTextFormat(Qt::PlainText);
        if (entries->count() > 0)
            entries->addSpacing(12);
        entries->addWidget(mark);
        entries->addWidget(name);
    }
    entries->addStretch(1);
    grid->addLayout(entries, row, 1);
}

QStringList TrendChartDialog::legendEntries() const
{
    QStringList names;
    for (const QLabel *name : m_legend->findChildren<QLabel *>(QStringLiteral("trendLegendEntry")))
        names << name->text();
    return names;
}

int TrendChartDialog::buildRecordCount() const
{
    int count = 0;
    for (const QScatterSeries *series : m_recordSeries)
        count += series->count();
    return count;
}

void TrendChartDialog::showRecordToolTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const BuildRecord *nearest = nullptr;
    const auto distance = [&point](const BuildRecord &record) {
        return qAbs(double(record.startTimeMs.value_or(0)) - point.x());
    };
    for (const BuildRecord &candidate : std::as_const(m_records)) {
        if (candidate.startTimeMs && (!nearest || distance(candidate) < distance(*nearest)))
            nearest = &candidate;
    }
    if (!nearest)
        return;
    const BuildState outcome = BuildStates::fromApi(nearest->result);
    const QString result = outcome == BuildState::Unknown ? nearest->result : BuildStates::label(outcome);
    QString text = tr("Build #%1 (%2)\nStarted: %3\nDuration: %4 min")
                       .arg(nearest->number)
                       .arg(result,
                            QDateTime::fromMSecsSinceEpoch(*nearest->startTimeMs).toString(
                                QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            QLocale().toString(double(nearest->durationMs.value_or(0)) / 60'000.0, 'f', 1));
    if (!nearest->triggerType.isEmpty())
        text += u'\n' + tr("Started by: %1").arg(BuildParse::triggerText(nearest->triggerType));
    QToolTip::showText(QCursor::pos(), PlainText::toolTip(text), m_view);
}

TrendChartDialog::TimeTicks TrendChartDialog::timeTicks(qint64 firstMs, qint64 lastMs, int utcOffsetSeconds)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    static constexpr qint64 kIntervals[] = {
        second, 2 * second, 5 * second, 10 * second, 15 * second, 30 * second,
        minute, 2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
        hour, 2 * hour, 3 * hour, 6 * hour, 12 * hour,
        day, 2 * day, 7 * day, 14 * day, 30 * day, 60 * day, 90 * day, 180 * day, 365 * day};
    constexpr int kMaxIntervals = 6;   // seven labels at most fit the dialog's width
    const qint64 offset = qint64(utcOffsetSeconds) * second;
    // Local time as if it were UTC, so that multiples of the interval are round local times.
    const qint64 firstLocal = firstMs + offset;
    const qint64 lastLocal = lastMs + offset;
    TimeTicks ticks;
    for (const qint64 interval : kIntervals) {
        // Markers keep a little room from both ends; one point alone sits in the middle.
        const qint64 low = (firstLocal - 1) / interval * interval;
        const qint64 high = (lastLocal / interval + 1) * interval;
        const qint64 intervals = (high - low) / interval;
        ticks = {low - offset, high - offset, int(intervals + 1), {}, interval};
        if (intervals <= kMaxIntervals)
            break;
    }
    const bool severalDays = QDateTime::fromMSecsSinceEpoch(ticks.minMs).toLocalTime().date()
        != QDateTime::fromMSecsSinceEpoch(ticks.maxMs).toLocalTime().date();
    if (ticks.intervalMs >= day)
        ticks.format = ticks.intervalMs >= 30 * day ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    else if (ticks.intervalMs >= minute)
        ticks.format = severalDays ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm");
    else
        ticks.format = severalDays ? QStringLiteral("MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss");
    return ticks;
}

QScatterSeries *TrendChartDialog::addOutcomeSeries(const QString &name, const QColor &color)
{
    auto *series = new QScatterSeries(this);
    series->setName(name);
    series->setColor(color);
    // Its edge stands out from the chart (3:1), whatever the colour.
    series->setBorderColor(Contrast::readable(color.darker(130), m_view->chart()->backgroundBrush().color(),
                                              Contrast::kGraphics));
    series->setMarkerSize(11);
    connect(series, &QScatterSeries::hovered, this, &TrendChartDialog::showPointToolTip);
    m_outcomes.append(series);
    return series;
}

int TrendChartDialog::buildOutcomeCount() const
{
    int count = 0;
    for (const QScatterSeries *series : m_outcomes)
        count += series->count();
    return count;
}

void TrendChartDialog::showPointToolTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The nearest fetch in time: hovered() gives the cursor's value, not the point's.
    const TrendPoint *nearest = nullptr;
    for (const TrendPoint &candidate : std::as_const(m_points)) {
        if (!nearest || qAbs(double(candidate.timeMs) - point.x()) < qAbs(double(nearest->timeMs) - point.x()))
            nearest = &candidate;
    }
    if (!nearest)
        return;
    const QString score = nearest->healthScore ? QString::number(*nearest->healthScore) : tr("unknown");
    const QString status = StatusBadge::label(nearest->lastBuildStatus);   // as the form's badge says it
    QToolTip::showText(QCursor::pos(),
                       PlainText::toolTip(tr("%1\nHealth score: %2\nLast build: %3")
                           .arg(QDateTime::fromMSecsSinceEpoch(nearest->timeMs).toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                score, status)),
                       m_view);
}
