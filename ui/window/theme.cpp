#include "window/theme.h"

#include "widgets/contrast.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace Theme {

namespace {

// The style as it was, but a keyboard focus rectangle (a tab, a check box, a list's current row)
// is a solid ring that reads against what is around it: Fusion's own is a faint tint, 1.7:1
// on a tab. Nothing changes for a mouse user: the ring shows only after a key moved the focus.
class FocusRingStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element != PE_FrameFocusRect || !(option->state & State_KeyboardFocusChange)) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        // An item view says what the row under the ring is painted with (Highlight when selected).
        const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
        QColor ring = focusColor(option->palette);
        if (focus && focus->backgroundColor.isValid())
            ring = Contrast::readable(ring, focus->backgroundColor, Contrast::kGraphics);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ring, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
        painter->restore();
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        // A tab's label draws its focus rectangle itself, past the proxy: draw it without, then
        // the ring where the label would have put its own.
        const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
        const State keyboardFocus = State_HasFocus | State_KeyboardFocusChange;
        if (element != CE_TabBarTabLabel || !tab || (tab->state & keyboardFocus) != keyboardFocus) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionTab label(*tab);
        label.state &= ~State_HasFocus;
        QProxyStyle::drawControl(element, &label, painter, widget);
        const int offset = 1 + pixelMetric(PM_DefaultFrameWidth, option, widget);
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(*tab);
        focus.rect = QRect(tab->rect.left() + 1 + offset, tab->rect.top() + offset, tab->rect.width() - 2 * offset,
                           tab->rect.height() - 2 * offset);
        drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
    }
};

void raise(QPalette &palette, QPalette::ColorGroup group)
{
    const QColor highlightedText = palette.color(group, QPalette::HighlightedText);
    palette.setColor(group, QPalette::Highlight,
                     Contrast::readable(palette.color(group, QPalette::Highlight), highlightedText, Contrast::kText));
    const QColor placeholder = Contrast::readable(palette.color(group, QPalette::PlaceholderText),
                                                  {palette.color(group, QPalette::Base),
                                                   palette.color(group, QPalette::Window)},
                                                  Contrast::kText);
    palette.setColor(group, QPalette::PlaceholderText, placeholder);
}

} // namespace

void applyFromEnvironment()
{
    const QString wanted = qEnvironmentVariable("CODEARTS_INSPECTOR_PALETTE").trimmed().toLower();
    if (wanted == u"dark" || wanted == u"light") {
        // Fusion draws everything from the palette; native styles may ignore parts of it.
        QApplication::setStyle(u"Fusion"_qs);
        QApplication::setPalette(wanted == u"dark" ? darkPalette() : lightPalette());
    } else if (const QPalette desktop = QApplication::palette(); readable(desktop) != desktop) {
        QApplication::setPalette(readable(desktop));
    }
    if (!dynamic_cast<FocusRingStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusRingStyle(QApplication::style()->name()));
}

QPalette readable(QPalette palette)
{
    raise(palette, QPalette::Active);
    raise(palette, QPalette::Inactive);
    return palette;
}

QColor focusColor(const QPalette &palette)
{
    return Contrast::readable(palette.color(QPalette::Highlight),
                              {palette.color(QPalette::Window), palette.color(QPalette::Base),
                               palette.color(QPalette::Button)},
                              Contrast::kGraphics);
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x80, 0x85);
    const QColor highlight(0x35, 0x84, 0xe4);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x78, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return readable(palette);
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_qs));
    return readable(fusion ? fusion->standardPalette() : QPalette());
}

} // namespace Theme
