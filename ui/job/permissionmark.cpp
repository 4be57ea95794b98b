#include "job/permissionmark.h"

#include "api/jobinfo.h"
#include "job/jobaccessibility.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int kGap = 6;
const QColor kAllowed(0x2e, 0x7d, 0x32);
const QColor kDenied(0xc6, 0x28, 0x28);
const QColor kUnknown(0x75, 0x75, 0x75);
} // namespace

PermissionMark::PermissionMark(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    JobAccessibility::install();
    m_label->setObjectName(QStringLiteral("markText"));
    auto *layout = new QHBoxLayout(this);
    // The mark is painted in the left margin, so the label starts after it.
    layout->setContentsMargins(markSize() + kGap, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addStretch();
    setValue(std::nullopt);
}

void PermissionMark::setValue(std::optional<bool> value)
{
    m_value = value;
    m_label->setText(text());
    // The name says the state (jobaccessibility.cpp).
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    update();
}

QString PermissionMark::text() const
{
    return Permissions::stateText(m_value);
}

int PermissionMark::markSize() const
{
    return fontMetrics().height();
}

void PermissionMark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int size = markSize();
    const QRectF box(0.5, (height() - size) / 2.0 + 0.5, size - 1.0, size - 1.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(!m_value ? kUnknown : (*m_value ? kAllowed : kDenied));
    painter.drawEllipse(box);

    QPen pen(Qt::white, std::max(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (!m_value)
        paintQuestion(painter, box);
    else if (*m_value)
        paintTick(painter, box);
    else
        paintCross(painter, box);
}

void PermissionMark::paintTick(QPainter &painter, const QRectF &box) const
{
    const qreal w = box.width();
    QPainterPath tick;
    tick.moveTo(box.left() + w * 0.27, box.top() + w * 0.52);
    tick.lineTo(box.left() + w * 0.44, box.top() + w * 0.69);
    tick.lineTo(box.left() + w * 0.74, box.top() + w * 0.34);
    painter.drawPath(tick);
}

void PermissionMark::paintCross(QPainter &painter, const QRectF &box) const
{
    const QRectF inner = box.adjusted(box.width() * 0.31, box.height() * 0.31,
                                      -box.width() * 0.31, -box.height() * 0.31);
    painter.drawLine(inner.topLeft(), inner.bottomRight());
    painter.drawLine(inner.topRight(), inner.bottomLeft());
}

void PermissionMark::paintQuestion(QPainter &painter, const QRectF &box) const
{
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(std::max(8, int(box.height() * 0.75)));
    painter.setFont(bold);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("?"));
}

void PermissionMark::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        layout()->setContentsMargins(markSize() + kGap, 0, 0, 0);
    QWidget::changeEvent(event);
}
