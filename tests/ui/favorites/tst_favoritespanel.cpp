#include "favorites/favoritespanel.h"

#include <QImage>
#include <QTest>

// The panel's star icon: filled or outlined, in the colour asked for, at any size. (How drawn
// icons are sized and greyed is tst_drawnicon's; the panel itself is driven through the main
// window in tst_historyintegration.)
class TestFavoritesPanel : public QObject
{
    Q_OBJECT

private slots:
    void starIsFilledOrOutlined_data();
    void starIsFilledOrOutlined();
};

namespace {

const QColor kGold(0xe6, 0xa1, 0x00);

QImage starImage(bool filled, int side)
{
    return FavoritesPanel::starIcon(kGold, filled)
        .pixmap(QSize(side, side), 1.0)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

} // namespace

void TestFavoritesPanel::starIsFilledOrOutlined_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("menu") << 16;
    QTest::newRow("toolbar") << 24;
    QTest::newRow("huge") << 256;
}

void TestFavoritesPanel::starIsFilledOrOutlined()
{
    QFETCH(int, side);
    const QImage filled = starImage(true, side);
    const QImage outline = starImage(false, side);

    // The centre is gold when filled, empty when outlined; the corners are always empty.
    const QPoint centre(side / 2, side / 2 + side / 16);
    QCOMPARE(filled.pixelColor(centre), kGold);
    QCOMPARE(outline.pixelColor(centre).alpha(), 0);
    for (const QPoint corner : {QPoint(0, 0), QPoint(side - 1, 0), QPoint(0, side - 1), QPoint(side - 1, side - 1)}) {
        QCOMPARE(filled.pixelColor(corner).alpha(), 0);
        QCOMPARE(outline.pixelColor(corner).alpha(), 0);
    }
    // The outline is drawn: its top point, on the vertical axis, is inked in gold.
    int inked = 0;
    for (int y = 0; y < side / 4; ++y) {
        const QColor pixel = outline.pixelColor(side / 2, y);
        inked += pixel.alpha() > 128 && pixel.rgb() == kGold.rgb();
    }
    QVERIFY2(inked > 0, "the outline's top point is missing");
}

QTEST_MAIN(TestFavoritesPanel)
#include "tst_favoritespanel.moc"
