#include "job/errorbanner.h"

#include "api/apierror.h"
#include "job/jobaccessibility.h"
#include "widgets/wrappinglabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *makeTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);   // service text must never be read as HTML
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_message(makeTextLabel(QStringLiteral("errorMessageLabel"), this)),
      m_hint(makeTextLabel(QStringLiteral("errorHintLabel"), this)),
      m_detail(makeTextLabel(QStringLiteral("errorDetailLabel"), this)),
      m_closeButton(new QToolButton(this))
{
    JobAccessibility::install();   // the banner is an alert
    setAccessibleName(tr("Error message"));
    m_icon->setAlignment(Qt::AlignTop);

    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);

    m_closeButton->setObjectName(QStringLiteral("errorCloseButton"));
    m_closeButton->setAutoRaise(true);
    // The style's title-bar icon looks out of place inside a page; a plain cross follows the
    // palette when the desktop has no icon theme.
    const QIcon closeIcon = QIcon::fromTheme(QStringLiteral("window-close"));
    if (closeIcon.isNull())
        m_closeButton->setText(QStringLiteral("✕"));
    else
        m_closeButton->setIcon(closeIcon);
    m_closeButton->setToolTip(tr("Dismiss this message"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::clear);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_message);
    texts->addWidget(m_hint);
    texts->addWidget(m_detail);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    const Severity severity = error.kind == ApiError::Kind::Cancelled ? Severity::Notice
                                                                      : Severity::Error;
    showMessage(severity, error.message, error.hint, error.detail());
}

void ErrorBanner::showMessage(Severity severity, const QString &message, const QString &hint,
                              const QString &detail)
{
    m_severity = severity;
    const QStyle::StandardPixmap icon = severity == Severity::Error
        ? QStyle::SP_MessageBoxCritical
        : QStyle::SP_MessageBoxInformation;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));

    m_message->setText(message);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleName(severity == Severity::Error ? tr("Error message") : tr("Notice"));
    setAccessibleDescription(hint.isEmpty() ? message : message + u'\n' + hint);
    show();
    update();
    // Announced as it shows, wherever the focus is.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::takeFocus()
{
    if (!isHidden())
        m_message->setFocus(Qt::OtherFocusReason);
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_hint->clear();
    m_detail->clear();
    hide();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::hint() const
{
    return m_hint->text();
}

QString ErrorBanner::detail() const
{
    return m_detail->text();
}

QColor ErrorBanner::accentColor() const
{
    return m_severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x1e, 0x88, 0xe5);
}

void ErrorBanner::paintEvent(QPaintEvent *)
{
    // A light tint of the accent over the window colour keeps the palette's text colour
    // readable in both light and dark themes.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = accentColor();
    constexpr qreal tint = 0.16;
    const QColor fill = QColor::fromRgbF(window.redF() * (1 - tint) + accent.redF() * tint,
                                         window.greenF() * (1 - tint) + accent.greenF() * tint,
                                         window.blueF() * (1 - tint) + accent.blueF() * tint);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    // A solid stripe keeps the banner noticeable where the tint is faint (very dark themes).
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(0, 0, 4, height()), 2, 2);
}
