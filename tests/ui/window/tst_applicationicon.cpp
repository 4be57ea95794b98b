#include "window/applicationicon.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTest>

// The window icon: every embedded size, really decoded, and read without making Qt load its
// image format plugins.
class TestApplicationIcon : public QObject
{
    Q_OBJECT

private slots:
    void loadsNoImageFormatPlugin();
    void hasEverySize();
    void eachSizeIsAPicture();
};

namespace {

const QList<QSize> kSizes{{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}};

} // namespace

// First, before anything else in this process could load them.
void TestApplicationIcon::loadsNoImageFormatPlugin()
{
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QVERIFY(!maps.readAll().contains("/imageformats/"));
    maps.close();

    QVERIFY(!applicationIcon().isNull());

    QVERIFY(maps.open(QIODevice::ReadOnly));
    QVERIFY2(!maps.readAll().contains("/imageformats/"), "an image format plugin was loaded");
#else
    QSKIP("Reads /proc/self/maps");
#endif
}

void TestApplicationIcon::hasEverySize()
{
    QCOMPARE(applicationIcon().availableSizes(), kSizes);
}

void TestApplicationIcon::eachSizeIsAPicture()
{
    const QIcon icon = applicationIcon();
    for (const QSize &size : kSizes) {
        const QImage image = icon.pixmap(size, 1.0).toImage();
        QCOMPARE(image.size(), size);
        // Opaque in the middle, transparent in a corner: the drawing, not a blank square.
        QCOMPARE(image.pixelColor(size.width() / 2, size.height() / 2).alpha(), 255);
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
}

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
