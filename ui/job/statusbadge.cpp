#include "job/statusbadge.h"

#include "job/jobaccessibility.h"
#include "widgets/contrast.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
} // namespace

StatusBadge::StatusBadge(QWidget *parent) : QWidget(parent)
{
    JobAccessibility::install();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Last build status"));
    setStatus({});
}

void StatusBadge::setStatus(const QString &status)
{
    m_status = status;
    m_tone = toneFor(status);
    m_text = label(status);
    // The name says the status (jobaccessibility.cpp).
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    updateGeometry();
    update();
}

StatusBadge::Tone StatusBadge::toneFor(const QString &status)
{
    const QString key = status.trimmed().toLower();
    static const QStringList success = {QStringLiteral("success"), QStringLiteral("succeeded"),
                                        QStringLiteral("successful"), QStringLiteral("passed"),
                                        QStringLiteral("ok")};
    static const QStringList failure = {QStringLiteral("failed"), QStringLiteral("fail"),
                                        QStringLiteral("failure"), QStringLiteral("error"),
                                        QStringLiteral("errored")};
    static const QStringList running = {QStringLiteral("running"), QStringLiteral("building"),
                                        QStringLiteral("in_progress"), QStringLiteral("queued"),
                                        QStringLiteral("pending"), QStringLiteral("waiting")};
    if (success.contains(key))
        return Tone::Success;
    if (failure.contains(key))
        return Tone::Failure;
    if (running.contains(key))
        return Tone::Running;
    return Tone::Neutral;
}

QColor StatusBadge::fillColor(Tone tone)
{
    // Dark enough for white text (contrast above 4.5:1), bright enough to stand out on a
    // dark window.
    switch (tone) {
    case Tone::Success: return QColor(0x1e, 0x7b, 0x34);
    case Tone::Failure: return QColor(0xc6, 0x28, 0x28);
    case Tone::Running: return QColor(0x15, 0x65, 0xc0);
    case Tone::Neutral: break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor StatusBadge::ringColor(const QColor &fill, const QColor &background)
{
    if (Contrast::ratio(fill, background) >= Contrast::kGraphics)
        return {};
    return Contrast::readable(fill, background, Contrast::kGraphics);
}

void StatusBadge::paintPill(QPainter *painter, const QRectF &pill, const QColor &fill, const QString &text,
                            const QColor &background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ring = ringColor(fill, background);
    // The ring is drawn inside the pill, so that a badge keeps its size and place.
    const QRectF shape = ring.isValid() ? pill.adjusted(0.75, 0.75, -0.75, -0.75) : pill;
    const qreal radius = shape.height() / 2;
    painter->setPen(ring.isValid() ? QPen(ring, 1.5) : QPen(Qt::NoPen));
    painter->setBrush(fill);
    painter->drawRoundedRect(shape, radius, radius);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QString StatusBadge::label(const QString &status)
{
    const QString key = status.trimmed().toLower();
    if (key.isEmpty() || key == u"unknown")
        return tr("Unknown");
    if (key == u"success")
        return tr("Success");
    if (key == u"failed" || key == u"fail")
        return tr("Failed");
    if (key == u"error")
        return tr("Error");
    if (key == u"running")
        return tr("Running");
    if (key == u"aborted")
        return tr("Aborted");
    // Unrecognised statuses are shown as sent, only capitalised to match the others.
    QString text = status.trimmed();
    text[0] = text[0].toUpper();
    return text;
}

QSize StatusBadge::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return {metrics.horizontalAdvance(m_text) + 2 * kHorizontalPadding,
            metrics.height() + 2 * kVerticalPadding};
}

QSize StatusBadge::minimumSizeHint() const
{
    return sizeHint();
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    paintPill(&painter, QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5),
              isEnabled() ? fillColor(m_tone) : palette().color(QPalette::Mid), m_text,
              palette().color(backgroundRole()));
}

void StatusBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
