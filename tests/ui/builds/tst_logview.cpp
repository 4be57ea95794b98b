#include "builds/logtext.h"
#include "builds/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

QString numberedLines(int count, const QString &prefix = u"line"_qs)
{
    QString text;
    for (int n = 1; n <= count; ++n)
        text += prefix + u' ' + QString::number(n) + u'\n';
    return text;
}

// The rightmost column of `image` in rows [top, top + height) that differs from the colour at
// its right edge; -1 when the band is blank.
int rightmostInk(const QImage &image, int top, int height, int fromX)
{
    const QRgb blank = image.pixel(image.width() - 1, top + height / 2);
    for (int x = image.width() - 1; x >= fromX; --x) {
        for (int y = top; y < top + height && y < image.height(); ++y) {
            if (image.pixel(x, y) != blank)
                return x;
        }
    }
    return -1;
}

} // namespace

// LogText (the compact storage) and LogView (its painting, selection, find, wrapping and
// following), without a network.
class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void linesAreSanitizedAndKeptAsText();
    void coloursBecomeRunsOnlyWhereThereIsColour();
    void coloursFollowThePalette();
    void markupIsDrawnAsCharacters();
    void wideCharactersAndTabsTakeTheirCells();
    void findCountsEveryMatchAcrossBlocks();
    void findStepsThroughMatchesAndFollowsNewLines();
    void wrappingCountsRowsAndKeepsTheTopLine();
    void followingSticksToTheBottomUnlessScrolledUp();
    void selectionAndCopy();
    void memoryStaysNearTwiceTheText();
};

void TestLogView::linesAreSanitizedAndKeptAsText()
{
    LogText text;
    text.append({{0, u"plain"_qs},
                 {1, u"windows line\r"_qs},
                 {2, u"\x1b]52;c;Y3VybCBldmls\x07visible\x1b[2Jafter clear"_qs},
                 {3, u"10%\r50%\r100%"_qs}});
    text.appendRaw(u"no line end yet");
    QCOMPARE(text.lineCount(), 6);   // the last line waits for its LF
    QCOMPARE(text.line(0), u"plain");
    QCOMPARE(text.line(1), u"windows line");   // CR LF is one line end
    QCOMPARE(text.line(2), u"visibleafter clear");   // OSC 52 and the screen clear are gone
    QCOMPARE(text.line(3), u"10%");   // a CR cannot overwrite what came before it
    QCOMPARE(text.line(5), u"100%");
    text.finish();
    QCOMPARE(text.lineCount(), 7);
    QCOMPARE(text.line(6), u"no line end yet");
    QCOMPARE(text.wholeText(), u"plain\nwindows line\nvisibleafter clear\n10%\n50%\n100%\nno line end yet\n"_qs);
    QCOMPARE(text.text({2, 7}, {3, 2}), u"after clear\n10"_qs);
}

void TestLogView::coloursBecomeRunsOnlyWhereThereIsColour()
{
    LogText text;
    text.appendRaw(u"[\x1b[1;34mINFO\x1b[m] Building\n"
                   "no colour here\n"
                   "\x1b[31mred starts\n"
                   "still red\x1b[0m then not\n"
                   "\x1b[38;5;196mcube\x1b[38;2;1;2;3mrgb\x1b[m\n");
    QCOMPARE(text.lineCount(), 5);
    QCOMPARE(text.line(0), u"[INFO] Building");
    const std::span<const LogText::Run> info = text.runs(0);
    QCOMPARE(info.size(), size_t(3));
    QCOMPARE(info[1].start, 1);
    QVERIFY(text.style(info[1].style).bold);
    QCOMPARE(text.style(info[1].style).foreground, LogColor::indexed(4));
    QVERIFY(text.style(info[0].style).isDefault());
    QVERIFY(text.runs(1).empty());   // no colour, no runs
    // The style carries over the line end, as in a terminal.
    QCOMPARE(text.runs(3).size(), size_t(2));
    QCOMPARE(text.style(text.runs(3)[0].style).foreground, LogColor::indexed(1));
    QCOMPARE(text.line(3), u"still red then not");
    const std::span<const LogText::Run> mixed = text.runs(4);
    QCOMPARE(text.style(mixed[0].style).foreground, LogColor::indexed(196));
    QCOMPARE(text.style(mixed[1].style).foreground, LogColor::rgb(1, 2, 3));
    // Styles are interned: the same style twice is one entry.
    const qsizetype styles = text.styleCount();
    text.appendRaw(u"\x1b[1;34mINFO\x1b[m again\n");
    QCOMPARE(text.styleCount(), styles);
}

void TestLogView::coloursFollowThePalette()
{
    // The 16 standard colours differ on light and dark backgrounds; "white" stays visible on white.
    const QColor whiteOnLight = LogView::colorFor(LogColor::indexed(7), false);
    QVERIFY(whiteOnLight.lightness() < 160);
    QVERIFY(LogView::colorFor(LogColor::indexed(7), true).lightness() > 150);
    QVERIFY(LogView::colorFor(LogColor::indexed(1), false) != LogView::colorFor(LogColor::indexed(1), true));
    QCOMPARE(LogView::colorFor(LogColor::indexed(196), false), QColor(255, 0, 0));
    QCOMPARE(LogView::colorFor(LogColor::indexed(16), true), QColor(0, 0, 0));
    QCOMPARE(LogView::colorFor(LogColor::indexed(232), false), QColor(8, 8, 8));
    QCOMPARE(LogView::colorFor(LogColor::indexed(255), false), QColor(238, 238, 238));
    QCOMPARE(LogView::colorFor(LogColor::rgb(18, 52, 86), false), QColor(18, 52, 86));
    QVERIFY(!LogView::colorFor(LogColor(), false).isValid());

    // Painted: a red run shows red pixels, the default text none.
    LogView view;
    view.resize(500, 120);
    view.appendRaw(u"\x1b[41m          \x1b[m\n");   // a red background
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const bool dark = view.palette().color(QPalette::Base).lightness() < 128;
    const QRgb red = LogView::colorFor(LogColor::indexed(1), dark).rgb();
    bool found = false;
    for (int x = 0; x < image.width() && !found; ++x)
        found = image.pixel(x, view.lineHeight() / 2) == red;
    QVERIFY(found);
}

// A log line is text: "<b>bold</b>" is eleven characters wide on screen, not a bold "bold".
void TestLogView::markupIsDrawnAsCharacters()
{
    LogView view;
    view.resize(700, 120);
    view.appendRaw(u"<img src=x onerror=alert(1)>\n<b>bold</b>\n&lt;\n");
    QCOMPARE(view.text().line(0), u"<img src=x onerror=alert(1)>");
    QCOMPARE(view.text().line(1), u"<b>bold</b>");
    QCOMPARE(view.text().line(2), u"&lt;");
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const qreal cell = QFontMetricsF(view.font()).horizontalAdvance(u'0');
    const int lineHeight = view.lineHeight();
    // The gutter ends where line 1's number ends; the text starts after it.
    const int boldRight = rightmostInk(image, lineHeight, lineHeight, 0);
    const int entityRight = rightmostInk(image, 2 * lineHeight, lineHeight, 0);
    QVERIFY(boldRight > 0 && entityRight > 0);
    // "<b>bold</b>" ends seven cells to the right of "&lt;" (11 against 4 characters).
    QVERIFY2(boldRight - entityRight > 6 * cell, qPrintable(u"%1 vs %2"_qs.arg(boldRight).arg(entityRight)));
    view.selectAll();
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), u"<img src=x onerror=alert(1)>\n<b>bold</b>\n&lt;"_qs);
}

void TestLogView::wideCharactersAndTabsTakeTheirCells()
{
    QVarLengthArray<qint32, 256> cells;
    LogText::cellPositions(u"构建a\tb😀c", cells);
    // 构 0-1, 建 2-3, a 4, TAB to 8, b 8, the emoji (two UTF-16 units) 9-10, c 11.
    const QList<qint32> expected = {0, 2, 4, 5, 8, 9, 9, 11, 12};
    QCOMPARE(QList<qint32>(cells.begin(), cells.end()), expected);
    LogText text;
    text.appendRaw(u"plain ascii\n中文 and a\ttab\ncafé\n");
    QVERIFY(text.isSimple(0));
    QCOMPARE(text.cells(0), 11);
    QVERIFY(!text.isSimple(1));
    QCOMPARE(text.cells(1), 16 + 3);   // 中文 and a: 10 cells, the TAB to 16, "tab"
    QVERIFY(text.isSimple(2));   // Latin letters take one cell each
    QCOMPARE(text.widestLine(), 19);
}

void TestLogView::findCountsEveryMatchAcrossBlocks()
{
    LogText text;
    QString log;
    for (int n = 0; n < 3000; ++n)
        log += n % 100 == 7 ? u"[ERROR] step %1 Failed\n"_qs.arg(n) : u"[INFO] step %1 ok\n"_qs.arg(n);
    text.appendRaw(log);
    QCOMPARE(text.lineCount(), 3000);
    const QList<LogText::Match> errors = text.find(u"error", Qt::CaseInsensitive);
    QCOMPARE(errors.size(), 30);   // lines 7, 107, ... 2907: three blocks of 1,024 lines
    QCOMPARE(errors.first().line, 7);
    QCOMPARE(errors.first().column, 1);
    QCOMPARE(errors.last().line, 2907);
    QCOMPARE(text.find(u"error", Qt::CaseSensitive).size(), 0);
    QCOMPARE(text.find(u"ERROR", Qt::CaseSensitive).size(), 30);
    QCOMPARE(text.find(u"Failed", Qt::CaseSensitive, 2000).size(), 10);
    // A match never spans a line end; an empty term matches nothing.
    QCOMPARE(text.find(u"ok\n[INFO]", Qt::CaseInsensitive).size(), 0);
    QCOMPARE(text.find(u"", Qt::CaseInsensitive).size(), 0);
    // Two on one line, each counted.
    text.appendRaw(u"error error\n");
    QCOMPARE(text.find(u"error", Qt::CaseInsensitive, 3000).size(), 2);
}

void TestLogView::findStepsThroughMatchesAndFollowsNewLines()
{
    LogView view;
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString log = numberedLines(500);
    log.replace(u"line 250\n"_qs, u"line 250 needle\n"_qs);
    log.replace(u"line 10\n"_qs, u"line 10 NEEDLE\n"_qs);
    log.replace(u"line 400\n"_qs, u"line 400 needle\n"_qs);
    view.appendRaw(log);
    QSignalSpy changed(&view, &LogView::searchChanged);
    view.setSearch(u"needle"_qs, Qt::CaseInsensitive);
    QCOMPARE(view.matchCount(), 3);
    QCOMPARE(view.currentMatch(), 0);
    QCOMPARE(view.currentMatchPosition().line, 9);
    QVERIFY(!changed.isEmpty());
    view.findNext();
    QCOMPARE(view.currentMatchPosition().line, 249);
    // The current match is brought into sight.
    QVERIFY(view.firstVisibleLine() <= 249 && view.lastVisibleLine() >= 249);
    view.findNext();
    view.findNext();   // past the last: back to the first
    QCOMPARE(view.currentMatch(), 0);
    view.findPrevious();
    QCOMPARE(view.currentMatch(), 2);
    QVERIFY(view.firstVisibleLine() <= 399 && view.lastVisibleLine() >= 399);
    view.setSearch(u"needle"_qs, Qt::CaseSensitive);
    QCOMPARE(view.matchCount(), 2);
    // Lines that arrive later are searched too.
    view.appendRaw(u"a late needle\n");
    QCOMPARE(view.matchCount(), 3);
    view.setSearch({}, Qt::CaseInsensitive);
    QCOMPARE(view.matchCount(), 0);
    QCOMPARE(view.currentMatch(), -1);
}

void TestLogView::wrappingCountsRowsAndKeepsTheTopLine()
{
    LogView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString log = numberedLines(300);
    log += QString(1000, u'x') + u'\n';
    log += QString(100, u'中') + u'\n';
    log += numberedLines(10, u"tail"_qs);
    view.appendRaw(log);
    const int unwrappedMaximum = view.verticalScrollBar()->maximum();
    QVERIFY(view.horizontalScrollBar()->maximum() > 0);   // the 1,000-character line
    view.scrollToLine(150);
    const qsizetype top = view.firstVisibleLine();
    view.setWrapping(true);
    QVERIFY(view.isWrapping());
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QCOMPARE(view.firstVisibleLine(), top);
    // Rows: one per short line, the long ones as many as their cells need at this width.
    const qreal cell = QFontMetricsF(view.font()).horizontalAdvance(u'0');
    const int columns = int((view.viewport()->width() - qCeil(cell * 4) - 2 * 6 - 2 * 6) / cell);
    QVERIFY(columns > 20);
    const int extraRows = view.verticalScrollBar()->maximum() - unwrappedMaximum;
    const int expectedAtLeast = (1000 + columns - 1) / columns - 1 + (200 + columns - 1) / columns - 1;
    QVERIFY2(extraRows >= expectedAtLeast && extraRows <= expectedAtLeast + 3,
             qPrintable(u"%1 extra rows, %2 expected"_qs.arg(extraRows).arg(expectedAtLeast)));
    // Narrower: more rows; the top line stays.
    view.resize(300, 300);
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > unwrappedMaximum + extraRows);
    QCOMPARE(view.firstVisibleLine(), top);
    view.setWrapping(false);
    QCOMPARE(view.verticalScrollBar()->maximum(), unwrappedMaximum + 0);
    QCOMPARE(view.firstVisibleLine(), top);
}

void TestLogView::followingSticksToTheBottomUnlessScrolledUp()
{
    LogView view;
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFollowing(true);
    view.appendRaw(numberedLines(100));
    QVERIFY(view.verticalScrollBar()->maximum() > 0);
    QVERIFY(view.isAtBottom());
    QCOMPARE(view.lastVisibleLine(), 99);
    view.appendRaw(numberedLines(50, u"more"_qs));
    QVERIFY(view.isAtBottom());
    QCOMPARE(view.lastVisibleLine(), 149);
    // The reader scrolls up: new lines no longer move the view.
    view.verticalScrollBar()->setValue(20);
    view.appendRaw(numberedLines(50, u"later"_qs));
    QCOMPARE(view.verticalScrollBar()->value(), 20);
    QVERIFY(!view.isAtBottom());
    // Back at the bottom, it follows again.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    view.appendRaw(numberedLines(5, u"last"_qs));
    QVERIFY(view.isAtBottom());
    QCOMPARE(view.lastVisibleLine(), 204);
    // Not following (an ended build's log): the view stays at the top.
    LogView ended;
    ended.resize(500, 200);
    ended.show();
    ended.appendRaw(numberedLines(100));
    QCOMPARE(ended.verticalScrollBar()->value(), 0);
}

void TestLogView::selectionAndCopy()
{
    LogView view;
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.appendRaw(u"first line\nsecond line\nthird\n");
    QVERIFY(!view.hasSelection());
    // Drag over "line\nsecond".
    const qreal cell = QFontMetricsF(view.font()).horizontalAdvance(u'0');
    const int textLeft = qCeil(4 * cell) + 12 + 6;
    const auto at = [&](int column, int line) {
        return QPoint(textLeft + qRound((column + 0.2) * cell), line * view.lineHeight() + view.lineHeight() / 2);
    };
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at(6, 0));
    QMouseEvent move(QEvent::MouseMove, at(6, 1), view.viewport()->mapToGlobal(at(6, 1)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at(6, 1));
    QCOMPARE(view.selectedText(), u"line\nsecond"_qs);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"line\nsecond"_qs);
    // Shift and the arrows extend it.
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view.selectedText(), u"line\nsecond "_qs);
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.selectedText(), u"line\nsecond line\nthird"_qs);
    // A double click takes a word.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at(2, 1));
    QCOMPARE(view.selectedText(), u"second"_qs);
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectedText(), u"first line\nsecond line\nthird"_qs);
    view.copyAll();
    QCOMPARE(QApplication::clipboard()->text(), u"first line\nsecond line\nthird\n"_qs);
}

// 20,000 lines of a Maven-like log: what LogText holds stays under three times the text's size
// as the service sends it (the benchmark measures the 200,000-line log).
void TestLogView::memoryStaysNearTwiceTheText()
{
    LogText text;
    QByteArray sent;
    for (int n = 0; n < 20'000; ++n) {
        const QString line = n % 3 == 0 ? u"[\x1b[1;34mINFO\x1b[m] Downloading org/example/lib/%1/lib.pom\n"_qs.arg(n)
                                        : u"[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0 - T%1\n"_qs.arg(n);
        sent += line.toUtf8();
        text.appendRaw(line);
    }
    QCOMPARE(text.lineCount(), 20'000);
    QVERIFY2(text.bytesHeld() < 3 * sent.size(),
             qPrintable(u"%1 bytes held for %2 sent"_qs.arg(text.bytesHeld()).arg(sent.size())));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
