#include "widgets/contrast.h"

#include <QTest>

// The contrast helper measures as WCAG 2 does, and the colours it picks reach what was asked.
class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratiosOfKnownPairs_data();
    void ratiosOfKnownPairs();
    void translucentTextCountsAsDrawn();
    void keepsAColourThatAlreadyReads();
    void movesJustFarEnough_data();
    void movesJustFarEnough();
    void crossesToTheOtherSideWhenItsOwnHasNoRoom();
    void readsOnSeveralBackgrounds();
};

void TestContrast::ratiosOfKnownPairs_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("expected");
    // Values from the WCAG definition, as the usual contrast checkers print them.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("white on #308cc6") << QColor(Qt::white) << QColor(0x30, 0x8c, 0xc6) << 3.69;
    QTest::newRow("#1565c0 on #308cc6") << QColor(0x15, 0x65, 0xc0) << QColor(0x30, 0x8c, 0xc6) << 1.56;
    QTest::newRow("red against green") << QColor(0xc6, 0x28, 0x28) << QColor(0x1e, 0x7b, 0x34) << 1.05;
}

void TestContrast::ratiosOfKnownPairs()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, expected);
    QCOMPARE(qRound(Contrast::ratio(foreground, background) * 100) / 100.0, expected);
    QCOMPARE(Contrast::ratio(background, foreground), Contrast::ratio(foreground, background));
}

void TestContrast::translucentTextCountsAsDrawn()
{
    QColor halfBlack(Qt::black);
    halfBlack.setAlphaF(0.5);
    // Half black over white is mid grey, #808080 or so: about 4:1, not 21:1.
    const double ratio = Contrast::ratio(halfBlack, Qt::white);
    QVERIFY2(ratio > 3.9 && ratio < 4.0, qPrintable(QString::number(ratio)));
}

void TestContrast::keepsAColourThatAlreadyReads()
{
    const QColor darkGrey(0x40, 0x40, 0x40);
    QCOMPARE(Contrast::readable(darkGrey, Qt::white, Contrast::kText), darkGrey);
}

void TestContrast::movesJustFarEnough_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    QTest::newRow("grey text on white") << QColor(0xa0, 0xa0, 0xa0) << QColor(Qt::white) << Contrast::kText;
    QTest::newRow("grey text on dark") << QColor(0x60, 0x60, 0x64) << QColor(0x1f, 0x1f, 0x22) << Contrast::kText;
    QTest::newRow("blue badge on blue row") << QColor(0x15, 0x65, 0xc0) << QColor(0x30, 0x8c, 0xc6) << Contrast::kGraphics;
    QTest::newRow("focus on light grey") << QColor(0x5c, 0xa8, 0xe0) << QColor(0xef, 0xef, 0xef) << Contrast::kGraphics;
}

void TestContrast::movesJustFarEnough()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    QVERIFY(Contrast::ratio(color, background) < minimum);
    const QColor picked = Contrast::readable(color, background, minimum);
    QVERIFY2(Contrast::ratio(picked, background) >= minimum, qPrintable(picked.name()));
    // Just far enough: a step back towards the original falls short.
    const QColor stepBack = QColor::fromRgbF(picked.redF() + (color.redF() - picked.redF()) * 0.05f,
                                             picked.greenF() + (color.greenF() - picked.greenF()) * 0.05f,
                                             picked.blueF() + (color.blueF() - picked.blueF()) * 0.05f);
    QVERIFY(Contrast::ratio(stepBack, background) < minimum);
}

void TestContrast::crossesToTheOtherSideWhenItsOwnHasNoRoom()
{
    // Darker than a mid blue, but even black would not reach 4.5:1 on it... white does.
    const QColor background(0x20, 0x50, 0x90);
    const QColor text(0x10, 0x30, 0x60);
    QVERIFY(Contrast::ratio(Qt::black, background) < Contrast::kText);
    const QColor picked = Contrast::readable(text, background, Contrast::kText);
    QVERIFY(Contrast::ratio(picked, background) >= Contrast::kText);
    QVERIFY(Contrast::luminance(picked) > Contrast::luminance(background));
}

void TestContrast::readsOnSeveralBackgrounds()
{
    const QColor window(0xef, 0xef, 0xef);
    const QColor base(Qt::white);
    const QColor picked = Contrast::readable(QColor(0x5c, 0xa8, 0xe0), {window, base}, Contrast::kGraphics);
    QVERIFY(Contrast::ratio(picked, window) >= Contrast::kGraphics);
    QVERIFY(Contrast::ratio(picked, base) >= Contrast::kGraphics);
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
