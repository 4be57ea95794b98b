#include "widgets/drawnicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>

namespace {

constexpr qreal kDrawingSide = 64;

class DrawnIconEngine : public QIconEngine
{
public:
    DrawnIconEngine(const QString &cacheKey, DrawnIcon::Drawing draw)
        : m_cacheKey(cacheKey),
          m_draw(std::move(draw))
    {
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(*this); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    // Cached, because buttons ask for their icon's pixmap at every paint. The style's disabled
    // and selected looks depend on the palette, so those are cached per palette.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const qint64 palette = mode == QIcon::Normal ? 0 : QApplication::palette().cacheKey();
        const QString key = QStringLiteral("drawn-icon/%1/%2x%3/%4/%5")
                                .arg(m_cacheKey).arg(size.width()).arg(size.height()).arg(int(mode))
                                .arg(palette);
        QPixmap image;
        if (QPixmapCache::find(key, &image))
            return image;
        image = drawn(size);
        if (mode != QIcon::Normal) {
            QStyleOption option;
            option.palette = QApplication::palette();
            image = QApplication::style()->generatedIconPixmap(mode, image, &option);
        }
        QPixmapCache::insert(key, image);
        return image;
    }

private:
    // Square and centred in `size`.
    QPixmap drawn(const QSize &size) const
    {
        QPixmap image(size);
        image.fill(Qt::transparent);
        const qreal side = qMin(size.width(), size.height());
        if (side <= 0)
            return image;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate((size.width() - side) / 2, (size.height() - side) / 2);
        painter.scale(side / kDrawingSide, side / kDrawingSide);
        m_draw(painter);
        return image;
    }

    QString m_cacheKey;
    DrawnIcon::Drawing m_draw;
};

} // namespace

namespace DrawnIcon {

QIcon create(const QString &cacheKey, Drawing draw)
{
    return QIcon(new DrawnIconEngine(cacheKey, std::move(draw)));
}

} // namespace DrawnIcon
