#include "deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <memory>
#include <optional>

namespace {

// A copy of the option a widget asks for an icon with, if it is one of the kinds Qt's widgets
// pass at construction (a plain option, a line edit's frame); null for any other kind.
std::shared_ptr<const QStyleOption> copyOf(const QStyleOption &option)
{
    if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(&option))
        return std::make_shared<const QStyleOptionFrame>(*frame);
    if (option.type == QStyleOption::SO_Default)
        return std::make_shared<const QStyleOption>(option);
    return nullptr;
}

// Stands for a standard icon until someone needs its pixels or sizes, then asks the style.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which,
                       std::shared_ptr<const QStyleOption> option, const QWidget *widget)
        : m_style(style), m_which(which), m_option(std::move(option)),
          m_widget(const_cast<QWidget *>(widget))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    // Qt adds its own pixmaps to some standard icons; they go to the real icon.
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override
    {
        icon().addPixmap(pixmap, mode, state);
    }

    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        icon().addFile(fileName, size, mode, state);
    }

    QString iconName() override { return icon().name(); }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    QIcon &icon()
    {
        if (!m_icon) {
            // The application's style may have been replaced since: ask the one in use then.
            QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_which, m_option.get(), m_widget);
        }
        return *m_icon;
    }

    QPointer<QStyle> m_style;   // the base style, which its proxy owns and deletes
    QStyle::StandardPixmap m_which;
    std::shared_ptr<const QStyleOption> m_option;   // shared by clones; never changed
    QPointer<QWidget> m_widget;
    std::optional<QIcon> m_icon;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void DeferredIconStyle::install(QStyle *base)
{
    QApplication::setStyle(new DeferredIconStyle(base));
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    // The option describes the widget at this moment and is gone after the call: it is copied,
    // and an icon asked for with an option of a kind not copied is read at once.
    std::shared_ptr<const QStyleOption> kept = option ? copyOf(*option) : nullptr;
    if (option && !kept)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, std::move(kept), widget));
}
