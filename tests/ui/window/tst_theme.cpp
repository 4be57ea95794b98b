#include "builds/buildspanel.h"
#include "history/trendchart.h"
#include "job/statusbadge.h"
#include "widgets/contrast.h"
#include "window/theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QScatterSeries>
#include <QImage>

#include <memory>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

// The forced palettes, and the colours the window paints on them, read as WCAG asks: 4.5:1 for
// text, 3:1 for focus rings and graphics. Every ratio is measured on the colours the widgets use.
class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textReads_data();
    void textReads();
    void focusRingStandsOut_data();
    void focusRingStandsOut();
    void badgesReadOnRowsAndSelection_data();
    void badgesReadOnRowsAndSelection();
    void secondaryTextStaysSecondary_data();
    void secondaryTextStaysSecondary();
    void aDesktopPaletteChangesOnlyWhereItFallsShort();
    void aFocusedTabShowsItsRingOnlyAfterAKey();
    void theBuildsChartTellsOutcomesByShape_data();
    void theBuildsChartTellsOutcomesByShape();
    void theTrendChartTellsOutcomesByShape_data();
    void theTrendChartTellsOutcomesByShape();

private:
    static void addPalettes();
};

namespace {

constexpr QPalette::ColorGroup kGroups[] = {QPalette::Active, QPalette::Inactive};

QString ratioText(const QColor &a, const QColor &b)
{
    return u"%1 on %2: %3:1"_qs.arg(a.name(), b.name()).arg(Contrast::ratio(a, b), 0, 'f', 2);
}

// Pixels of exactly `color` in `image`.
int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb();
    }
    return count;
}

// Each series' shape differs from the others', and its edge stands out from the chart.
void checkSeries(const QList<QScatterSeries *> &series, const QColor &chartBackground)
{
    QSet<int> shapes;
    for (const QScatterSeries *one : series) {
        shapes.insert(one->markerShape());
        QVERIFY2(Contrast::ratio(one->borderColor(), chartBackground) >= Contrast::kGraphics,
                 qPrintable(one->name() + u": "_qs + ratioText(one->borderColor(), chartBackground)));
    }
    QCOMPARE(shapes.size(), series.size());
}

QList<QScatterSeries *> scatterSeriesOf(const QChart *chart)
{
    QList<QScatterSeries *> series;
    for (QAbstractSeries *one : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(one))
            series << scatter;
    }
    return series;
}

} // namespace

void TestTheme::initTestCase()
{
    qputenv("CODEARTS_INSPECTOR_PALETTE", "light");
    Theme::applyFromEnvironment();
}

void TestTheme::addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Theme::lightPalette();
    QTest::newRow("dark") << Theme::darkPalette();
}

void TestTheme::textReads_data()
{
    addPalettes();
}

void TestTheme::textReads()
{
    QFETCH(QPalette, palette);
    for (const QPalette::ColorGroup group : kGroups) {
        const auto check = [&](QPalette::ColorRole text, QPalette::ColorRole background) {
            const QColor a = palette.color(group, text);
            const QColor b = palette.color(group, background);
            QVERIFY2(Contrast::ratio(a, b) >= Contrast::kText, qPrintable(ratioText(a, b)));
        };
        check(QPalette::HighlightedText, QPalette::Highlight);   // selected rows
        check(QPalette::PlaceholderText, QPalette::Base);         // placeholders, secondary text in lists
        check(QPalette::PlaceholderText, QPalette::Window);       // hints on the window
        check(QPalette::Text, QPalette::Base);
        check(QPalette::WindowText, QPalette::Window);
    }
}

void TestTheme::focusRingStandsOut_data()
{
    addPalettes();
}

void TestTheme::focusRingStandsOut()
{
    QFETCH(QPalette, palette);
    const QColor ring = Theme::focusColor(palette);
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        const QColor b = palette.color(background);
        QVERIFY2(Contrast::ratio(ring, b) >= Contrast::kGraphics, qPrintable(ratioText(ring, b)));
    }
}

void TestTheme::badgesReadOnRowsAndSelection_data()
{
    addPalettes();
}

void TestTheme::badgesReadOnRowsAndSelection()
{
    QFETCH(QPalette, palette);
    for (const auto tone : {StatusBadge::Tone::Neutral, StatusBadge::Tone::Success, StatusBadge::Tone::Failure,
                            StatusBadge::Tone::Running}) {
        const QColor fill = StatusBadge::fillColor(tone);
        QVERIFY2(Contrast::ratio(Qt::white, fill) >= Contrast::kText, qPrintable(ratioText(Qt::white, fill)));
        // On a row, on a selected row, on the Overview: the pill or its ring stands out.
        for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Highlight, QPalette::Window}) {
            const QColor background = palette.color(role);
            const QColor ring = StatusBadge::ringColor(fill, background);
            const QColor edge = ring.isValid() ? ring : fill;
            QVERIFY2(Contrast::ratio(edge, background) >= Contrast::kGraphics, qPrintable(ratioText(edge, background)));
        }
    }
    // The measured case: a blue "Running" badge on a blue selected row gets a ring.
    QVERIFY(StatusBadge::ringColor(StatusBadge::fillColor(StatusBadge::Tone::Running),
                                   palette.color(QPalette::Highlight)).isValid());
}

void TestTheme::secondaryTextStaysSecondary_data()
{
    addPalettes();
}

void TestTheme::secondaryTextStaysSecondary()
{
    QFETCH(QPalette, palette);
    for (const auto &[textRole, backgroundRole] : {std::pair{QPalette::Text, QPalette::Base},
                                                   std::pair{QPalette::HighlightedText, QPalette::Highlight}}) {
        const QColor text = palette.color(textRole);
        const QColor background = palette.color(backgroundRole);
        const QColor secondary = Contrast::secondaryText(text, background);
        QVERIFY2(Contrast::ratio(secondary, background) >= Contrast::kText, qPrintable(ratioText(secondary, background)));
        QVERIFY(Contrast::ratio(secondary, background) <= Contrast::ratio(text, background));
    }
}

void TestTheme::aDesktopPaletteChangesOnlyWhereItFallsShort()
{
    // Fusion's own light palette: white on #308cc6 is 3.7:1. The selection deepens, its text
    // stays white; the rest is left alone.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_qs));
    const QPalette desktop = fusion->standardPalette();
    QVERIFY(Contrast::ratio(desktop.color(QPalette::HighlightedText), desktop.color(QPalette::Highlight)) < Contrast::kText);
    const QPalette raised = Theme::readable(desktop);
    QCOMPARE(raised.color(QPalette::HighlightedText), desktop.color(QPalette::HighlightedText));
    QVERIFY(Contrast::luminance(raised.color(QPalette::Highlight)) < Contrast::luminance(desktop.color(QPalette::Highlight)));
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Text, QPalette::WindowText,
                                           QPalette::Button, QPalette::Link})
        QCOMPARE(raised.color(role), desktop.color(role));
    // A palette that already reads is returned as it is.
    QCOMPARE(Theme::readable(raised), raised);
}

void TestTheme::aFocusedTabShowsItsRingOnlyAfterAKey()
{
    QTabWidget tabs;
    tabs.addTab(new QWidget, u"Overview"_qs);
    tabs.addTab(new QWidget, u"Builds"_qs);
    tabs.resize(300, 120);
    tabs.show();
    QApplication::setActiveWindow(&tabs);
    QVERIFY(QTest::qWaitForWindowActive(&tabs));
    QTabBar *bar = tabs.findChild<QTabBar *>();
    bar->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(bar->hasFocus());
    const QColor ring = Theme::focusColor(bar->palette());
    QCOMPARE(pixelsOf(bar->grab().toImage(), ring), 0);   // a mouse user sees what they saw

    QTest::keyClick(&tabs, Qt::Key_Tab, Qt::ShiftModifier);   // the keyboard takes the focus round
    bar->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(bar->hasFocus());
    QVERIFY(tabs.testAttribute(Qt::WA_KeyboardFocusChange));
    // A ring around the tab's text: at least as many pixels as the text is wide, twice.
    const int textWidth = bar->fontMetrics().horizontalAdvance(u"Overview"_qs);
    QVERIFY2(pixelsOf(bar->grab().toImage(), ring) >= 2 * textWidth,
             qPrintable(QString::number(pixelsOf(bar->grab().toImage(), ring))));
}

void TestTheme::theBuildsChartTellsOutcomesByShape_data()
{
    addPalettes();
}

void TestTheme::theBuildsChartTellsOutcomesByShape()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    BuildsPanel panel;
    const QChart *chart = panel.findChild<QChartView *>(u"buildsChart"_qs)->chart();
    const QList<QScatterSeries *> series = scatterSeriesOf(chart);
    QCOMPARE(series.size(), 3);   // succeeded, failed, aborted or other
    checkSeries(series, chart->backgroundBrush().color());
    QCOMPARE(series.at(1)->markerShape(), QScatterSeries::MarkerShapeTriangle);   // a failure
    QCOMPARE(chart->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
    QApplication::setPalette(Theme::lightPalette());
}

void TestTheme::theTrendChartTellsOutcomesByShape_data()
{
    addPalettes();
}

void TestTheme::theTrendChartTellsOutcomesByShape()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TrendChartDialog dialog(u"payments"_qs, {{now - 60'000, 90, u"success"_qs}, {now, 40, u"failed"_qs}});
    BuildRecord failed;
    failed.number = 7;
    failed.result = u"failure"_qs;
    failed.startTimeMs = now - 120'000;
    failed.durationMs = 90'000;
    dialog.showBuildRecords({failed});
    const QChart *chart = dialog.findChild<QChartView *>(u"trendChartView"_qs)->chart();
    const QList<QScatterSeries *> series = scatterSeriesOf(chart);
    QCOMPARE(series.size(), 6);   // a fetch's three outcomes, then a build record's
    checkSeries(series.mid(0, 3), chart->backgroundBrush().color());
    checkSeries(series.mid(3, 3), chart->backgroundBrush().color());
    // A failure is a triangle in both; a success tells a fetch (round) from a record (square).
    QCOMPARE(series.at(1)->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QCOMPARE(series.at(4)->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QVERIFY(series.at(0)->markerShape() != series.at(3)->markerShape());
    QApplication::setPalette(Theme::lightPalette());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
