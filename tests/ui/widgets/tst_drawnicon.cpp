#include "widgets/drawnicon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

// Icons drawn by code: at the size and pixel ratio asked for, greyed by the style when
// disabled, and cached under their own key only.
class TestDrawnIcon : public QObject
{
    Q_OBJECT

private slots:
    void drawsAtTheSizeAsked_data();
    void drawsAtTheSizeAsked();
    void staysSquareAndCentred();
    void drawsAtTheDevicePixelRatio();
    void disabledIsGreyed();
    void iconsWithOtherKeysAreNotMixedUp();
};

namespace {

const QColor kBlue(0x20, 0x60, 0xd0);
const QColor kRed(0xd0, 0x20, 0x20);

// A filled square over the middle half of the 64 × 64 box.
QIcon middleSquare(const QColor &color)
{
    return DrawnIcon::create(QStringLiteral("test-square/%1").arg(color.name()), [color](QPainter &painter) {
        painter.fillRect(QRectF(16, 16, 32, 32), color);
    });
}

QImage image(const QPixmap &pixmap)
{
    QImage result = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    result.setDevicePixelRatio(1.0);
    return result;
}

} // namespace

void TestDrawnIcon::drawsAtTheSizeAsked_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("menu") << 16;
    QTest::newRow("toolbar") << 24;
    QTest::newRow("drawing's own") << 64;
    QTest::newRow("huge") << 256;
}

void TestDrawnIcon::drawsAtTheSizeAsked()
{
    QFETCH(int, side);
    const QImage drawn = image(middleSquare(kBlue).pixmap(QSize(side, side), 1.0));
    QCOMPARE(drawn.size(), QSize(side, side));
    // The square covers the middle half, whatever the size: drawn there, not scaled from 64.
    QCOMPARE(drawn.pixelColor(side / 2, side / 2), kBlue);
    QCOMPARE(drawn.pixelColor(side / 4 + 1, side / 4 + 1), kBlue);
    QCOMPARE(drawn.pixelColor(side * 3 / 4 - 2, side * 3 / 4 - 2), kBlue);
    QCOMPARE(drawn.pixelColor(side / 4 - 2, side / 2).alpha(), 0);
    QCOMPARE(drawn.pixelColor(side * 3 / 4 + 1, side / 2).alpha(), 0);
    QCOMPARE(drawn.pixelColor(0, 0).alpha(), 0);
}

void TestDrawnIcon::staysSquareAndCentred()
{
    const QImage drawn = image(middleSquare(kBlue).pixmap(QSize(64, 32), 1.0));
    QCOMPARE(drawn.size(), QSize(64, 32));
    // Drawn in the centred 32 × 32 square: the blue is x 24–39, y 8–23.
    QCOMPARE(drawn.pixelColor(32, 16), kBlue);
    QCOMPARE(drawn.pixelColor(25, 9), kBlue);
    QCOMPARE(drawn.pixelColor(38, 22), kBlue);
    QCOMPARE(drawn.pixelColor(22, 16).alpha(), 0);
    QCOMPARE(drawn.pixelColor(41, 16).alpha(), 0);
    QCOMPARE(drawn.pixelColor(32, 6).alpha(), 0);
}

void TestDrawnIcon::drawsAtTheDevicePixelRatio()
{
    const QPixmap pixmap = middleSquare(kBlue).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pixmap.size(), QSize(48, 48));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QCOMPARE(image(pixmap), image(middleSquare(kBlue).pixmap(QSize(48, 48), 1.0)));

    // Painted straight onto a 2x device, it is drawn at 2x too.
    QImage target(48, 48, QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(2.0);
    target.fill(Qt::transparent);
    {
        QPainter painter(&target);
        middleSquare(kBlue).paint(&painter, QRect(0, 0, 24, 24));
    }
    target.setDevicePixelRatio(1.0);
    QCOMPARE(target.convertToFormat(QImage::Format_ARGB32), image(pixmap));
}

void TestDrawnIcon::disabledIsGreyed()
{
    const QImage normal = image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0));
    const QImage disabled = image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0, QIcon::Disabled));
    QCOMPARE(disabled.size(), normal.size());
    const QColor centre = disabled.pixelColor(12, 12);
    QVERIFY2(centre.alpha() > 0, "the disabled icon is not drawn");
    QVERIFY2(centre.hsvSaturation() < kBlue.hsvSaturation(), "the disabled icon is not greyed");
    QCOMPARE(disabled.pixelColor(0, 0).alpha(), 0);

    // The style greys it against the palette: another palette, another disabled look.
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(dark);
    const QImage disabledOnDark = image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0, QIcon::Disabled));
    QApplication::setPalette(original);
    QVERIFY(disabledOnDark != disabled);
    QCOMPARE(image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0, QIcon::Disabled)), disabled);
}

void TestDrawnIcon::iconsWithOtherKeysAreNotMixedUp()
{
    const QImage blue = image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0));
    const QImage red = image(middleSquare(kRed).pixmap(QSize(24, 24), 1.0));
    QCOMPARE(blue.pixelColor(12, 12), kBlue);
    QCOMPARE(red.pixelColor(12, 12), kRed);
    // Asked again, each comes from the cache unchanged.
    QCOMPARE(image(middleSquare(kBlue).pixmap(QSize(24, 24), 1.0)), blue);
}

QTEST_MAIN(TestDrawnIcon)
#include "tst_drawnicon.moc"
