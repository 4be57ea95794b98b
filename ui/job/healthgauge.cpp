#include "job/healthgauge.h"

#include "api/jobinfo.h"
#include "job/jobaccessibility.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int kBarHeight = 10;
constexpr int kSpacing = 8;
constexpr int kMinimumBarWidth = 80;
} // namespace

HealthGauge::HealthGauge(QWidget *parent) : QWidget(parent)
{
    JobAccessibility::install();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Health score"));
    setScore(std::nullopt);
}

void HealthGauge::setScore(std::optional<int> score)
{
    m_score = score;
    // The name says the score too (jobaccessibility.cpp).
    QAccessibleValueChangeEvent valueChanged(this, score && !isOutOfRange() ? QVariant(*score) : QVariant());
    QAccessible::updateAccessibility(&valueChanged);
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (isOutOfRange()) {
        // Shown as the service sent it, flagged, never as "101 of 100".
        const QString flagged = tr("The service sent a health score of %1, outside 0 to 100.").arg(*m_score);
        setAccessibleDescription(flagged);
        setToolTip(flagged);
        updateGeometry();
        update();
        return;
    }
    const QString description = m_score
        ? tr("%1 out of 100, %2").arg(*m_score).arg(bandName())
        : tr("Not provided by the service");
    setAccessibleDescription(description);
    setToolTip(m_score ? tr("Health score %1 of 100 (%2). Below 60 is poor, 60 to 79 fair, "
                            "80 and above good.")
                             .arg(*m_score)
                             .arg(bandName())
                       : description);
    update();
}

bool HealthGauge::isOutOfRange() const
{
    return m_score && !JobInfo::isHealthScoreInRange(*m_score);
}

QString HealthGauge::text() const
{
    if (isOutOfRange())
        return QString::number(*m_score) + u'!';
    return m_score ? QString::number(*m_score) : QStringLiteral("—");
}

QString HealthGauge::bandName() const
{
    switch (band()) {
    case Band::Poor: return tr("poor");
    case Band::Fair: return tr("fair");
    case Band::Good: return tr("good");
    case Band::Unknown: break;
    }
    return tr("not provided");
}

HealthGauge::Band HealthGauge::bandFor(std::optional<int> score)
{
    if (!score || !JobInfo::isHealthScoreInRange(*score))
        return Band::Unknown;
    if (*score < 60)
        return Band::Poor;
    if (*score < 80)
        return Band::Fair;
    return Band::Good;
}

QColor HealthGauge::bandColor(Band band)
{
    // Mid-saturation tones that stay visible on both white and dark-grey windows.
    switch (band) {
    case Band::Poor: return QColor(0xd3, 0x2f, 0x2f);
    case Band::Fair: return QColor(0xf0, 0xa2, 0x02);
    case Band::Good: return QColor(0x2e, 0x9d, 0x4a);
    case Band::Unknown: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

int HealthGauge::numberWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    // Reserve room for "100" so the bar does not change length with the number (a flagged
    // value out of range may need more).
    const QFontMetrics metrics(bold);
    return std::max(metrics.horizontalAdvance(QStringLiteral("100")), metrics.horizontalAdvance(text()));
}

QSize HealthGauge::sizeHint() const
{
    return {200 + kSpacing + numberWidth(), std::max(fontMetrics().height(), kBarHeight) + 4};
}

QSize HealthGauge::minimumSizeHint() const
{
    return {kMinimumBarWidth + kSpacing + numberWidth(), sizeHint().height()};
}

void HealthGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const int barWidth = std::max(0, width() - kSpacing - numberWidth());
    const QRectF track(0.5, (height() - kBarHeight) / 2.0, barWidth - 1.0, kBarHeight);
    const qreal radius = kBarHeight / 2.0;

    // The track uses the palette so it is visible on light and dark windows alike.
    QColor trackColor = palette().color(QPalette::WindowText);
    trackColor.setAlphaF(0.15);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, radius, radius);

    if (m_score) {
        const qreal fraction = std::clamp(*m_score, 0, 100) / 100.0;
        QRectF fill = track;
        fill.setWidth(std::max(track.height(), track.width() * fraction));
        painter.setBrush(isEnabled() ? bandColor(band()) : palette().color(QPalette::Mid));
        if (*m_score > 0)
            painter.drawRoundedRect(fill, radius, radius);
    }

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect numberRect(barWidth + kSpacing, 0, numberWidth(), height());
    painter.drawText(numberRect, Qt::AlignVCenter | Qt::AlignLeft, text());
}

void HealthGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
