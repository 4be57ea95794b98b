#include "builds/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>

#include <algorithm>

namespace {

constexpr int kGutterPadding = 6;
constexpr int kTextPadding = 6;

// The 16 standard colours, readable on a light and on a dark background (the palettes
// GitHub's Primer uses for terminal output): "white" on white and "black" on black would vanish.
constexpr QRgb kLightColors[16] = {
    0x24292f, 0xcf222e, 0x116329, 0x7d4e00, 0x0969da, 0x8250df, 0x1b7c83, 0x6e7781,
    0x57606a, 0xa40e26, 0x1a7f37, 0x633c01, 0x218bff, 0xa475f9, 0x3192aa, 0x8c959f,
};
constexpr QRgb kDarkColors[16] = {
    0x6e7681, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff, 0x39c5cf, 0xb1bac4,
    0x8b949e, 0xffa198, 0x56d364, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xf0f6fc,
};

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

// qBound, for the sizes of Qt 6 and the ints of its widgets alike.
qsizetype bounded(qsizetype low, qsizetype value, qsizetype high)
{
    return std::max(low, std::min(value, high));
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// Drawn together with its neighbours: one cell, one UTF-16 unit, not a TAB.
bool isNarrow(QChar c)
{
    return (c.unicode() >= 0x20 && c.unicode() < 0x300)
        || (!c.isSurrogate() && c != u'\t' && LogText::cellWidth(c.unicode()) == 1);
}

} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    updateMetrics();
}

QColor LogView::colorFor(const LogColor &color, bool darkBackground)
{
    switch (color.kind) {
    case LogColor::Kind::Default:
        return {};
    case LogColor::Kind::Rgb:
        return QColor::fromRgb(QRgb(color.value));
    case LogColor::Kind::Indexed:
        break;
    }
    const int index = int(color.value);
    if (index < 16)
        return QColor::fromRgb(darkBackground ? kDarkColors[index] : kLightColors[index]);
    if (index < 232) {
        static constexpr int kLevels[6] = {0, 95, 135, 175, 215, 255};
        const int cube = index - 16;
        return QColor(kLevels[cube / 36], kLevels[cube / 6 % 6], kLevels[cube % 6]);
    }
    const int grey = 8 + 10 * (qMin(index, 255) - 232);
    return QColor(grey, grey, grey);
}

void LogView::appendLines(const QList<LogLine> &lines)
{
    const qsizetype before = m_text.lineCount();
    const bool stick = m_following && isAtBottom();
    m_text.append(lines);
    afterAppend(before, stick);
}

void LogView::appendRaw(QStringView text)
{
    const qsizetype before = m_text.lineCount();
    const bool stick = m_following && isAtBottom();
    m_text.appendRaw(text);
    afterAppend(before, stick);
}

void LogView::appendBytes(QByteArrayView bytes)
{
    const qsizetype before = m_text.lineCount();
    const bool stick = m_following && isAtBottom();
    m_text.appendBytes(bytes);
    afterAppend(before, stick);
}

void LogView::finishLog()
{
    const qsizetype before = m_text.lineCount();
    const bool stick = m_following && isAtBottom();
    m_text.finish();
    afterAppend(before, stick);
}

void LogView::clear()
{
    m_text.clear();
    m_looks.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_anchor = m_caret = {};
    m_markedLine = -1;
    m_rowStart.clear();
    m_rowColumns = 0;
    updateRows(0);
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit searchChanged();
    emit selectionChanged();
}

void LogView::afterAppend(qsizetype oldLineCount, bool stick)
{
    if (m_text.lineCount() == oldLineCount)
        return;
    updateRows(oldLineCount);
    updateScrollBars();
    if (!m_term.isEmpty() && !matchesCapped()) {
        m_matches += m_text.find(m_term, m_sensitivity, oldLineCount);
        if (m_matches.size() > LogText::kMaxMatches)
            m_matches.resize(LogText::kMaxMatches);
        if (m_currentMatch < 0 && !m_matches.isEmpty())
            m_currentMatch = 0;   // not revealed: the view stays where the reader is
        emit searchChanged();
    }
    if (stick)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

bool LogView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

void LogView::setWrapping(bool wrap)
{
    if (wrap == m_wrap)
        return;
    const bool atBottom = isAtBottom() && m_text.lineCount() > 0;
    const qsizetype top = firstVisibleLine();
    m_wrap = wrap;
    m_rowColumns = 0;
    updateRows(0);
    updateScrollBars();
    verticalScrollBar()->setValue(atBottom ? verticalScrollBar()->maximum() : int(firstRowOf(qMax<qsizetype>(0, top))));
    viewport()->update();
}

// Metrics and layout

void LogView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_lineHeight = qMax(1, qCeil(metrics.lineSpacing()));
    m_ascent = qRound(metrics.ascent());
    m_cellWidth = qMax<qreal>(1, metrics.horizontalAdvance(u'0'));
    m_looks.clear();
    m_rowColumns = 0;
    updateRows(0);
    updateScrollBars();
    viewport()->update();
}

int LogView::gutterWidth() const
{
    const int digits = qMax(4, int(QString::number(m_text.lineCount()).size()));
    return qCeil(digits * m_cellWidth) + 2 * kGutterPadding;
}

qreal LogView::textLeft() const
{
    return gutterWidth() + kTextPadding;
}

int LogView::columns() const
{
    return qMax(8, int((viewport()->width() - textLeft() - kTextPadding) / m_cellWidth));
}

void LogView::updateRows(qsizetype fromLine)
{
    if (!m_wrap) {
        m_rowStart.clear();
        return;
    }
    const int cols = columns();
    if (cols != m_rowColumns || m_rowStart.isEmpty()) {
        m_rowColumns = cols;
        fromLine = 0;
    }
    m_rowStart.resize(fromLine + 1);
    if (fromLine == 0)
        m_rowStart[0] = 0;
    for (qsizetype line = fromLine; line < m_text.lineCount(); ++line) {
        const qsizetype rows = m_text.isSimple(line) ? qMax<qsizetype>(1, (m_text.cells(line) + cols - 1) / cols)
                                                     : rowStarts(line).size();
        m_rowStart.append(qint32(m_rowStart.last() + rows));
    }
}

QList<qsizetype> LogView::rowStarts(qsizetype line) const
{
    QList<qsizetype> starts{0};
    if (!m_wrap)
        return starts;
    const qsizetype cols = m_rowColumns;
    if (m_text.isSimple(line)) {
        for (qsizetype start = cols; start < m_text.cells(line); start += cols)
            starts.append(start);
        return starts;
    }
    const QStringView text = m_text.line(line);
    Cells cells;
    LogText::cellPositions(text, cells);
    qint32 rowCell = 0;
    for (qsizetype i = 0, next = 0; i < text.size(); i = next) {
        next = text[i].isHighSurrogate() && i + 1 < text.size() ? i + 2 : i + 1;
        // A character that would cross the right edge starts the next row (never alone on one).
        if (cells[next] > rowCell + cols && i > starts.last()) {
            starts.append(i);
            rowCell = cells[i];
        }
    }
    return starts;
}

qsizetype LogView::rowCount() const
{
    return m_wrap ? (m_rowStart.isEmpty() ? 0 : m_rowStart.last()) : m_text.lineCount();
}

qsizetype LogView::firstRowOf(qsizetype line) const
{
    if (!m_wrap)
        return line;
    return line < m_rowStart.size() ? m_rowStart.at(line) : rowCount();
}

LogView::Row LogView::row(qsizetype index) const
{
    Row result;
    if (index < 0 || index >= rowCount())
        return result;
    if (!m_wrap) {
        result.line = index;
        result.to = m_text.line(index).size();
        return result;
    }
    result.line = std::upper_bound(m_rowStart.begin(), m_rowStart.end(), index) - m_rowStart.begin() - 1;
    const QList<qsizetype> starts = rowStarts(result.line);
    const qsizetype sub = qMin<qsizetype>(index - m_rowStart.at(result.line), starts.size() - 1);
    result.from = starts.at(sub);
    result.to = sub + 1 < starts.size() ? starts.at(sub + 1) : m_text.line(result.line).size();
    if (m_text.isSimple(result.line)) {
        result.firstCell = qint32(result.from);
    } else {
        Cells cells;
        LogText::cellPositions(m_text.line(result.line), cells);
        result.firstCell = cells[result.from];
    }
    return result;
}

void LogView::updateScrollBars()
{
    const int visibleRows = qMax(1, viewport()->height() / m_lineHeight);
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(qMax<qsizetype>(0, rowCount() - visibleRows)));
    vertical->setPageStep(visibleRows);
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    if (m_wrap) {
        horizontal->setRange(0, 0);
        return;
    }
    const qreal content = textLeft() + m_text.widestLine() * m_cellWidth + kTextPadding;
    horizontal->setRange(0, qMax(0, qCeil(content) - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(qRound(m_cellWidth * 4));
}

qsizetype LogView::firstVisibleLine() const
{
    return row(verticalScrollBar()->value()).line;
}

qsizetype LogView::lastVisibleLine() const
{
    const qsizetype visibleRows = qMax(1, viewport()->height() / m_lineHeight);
    return row(qMin(rowCount() - 1, verticalScrollBar()->value() + visibleRows - 1)).line;
}

// Painting

const LogView::Look &LogView::look(qsizetype index)
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    while (m_looks.size() <= index) {
        const LogStyle &style = m_text.style(m_looks.size());
        Look look;
        look.foreground = style.foreground.isDefault() ? text : colorFor(style.foreground, m_dark);
        look.background = colorFor(style.background, m_dark);
        if (style.inverse) {
            const QColor foreground = look.background.isValid() ? look.background : base;
            look.background = look.foreground;
            look.foreground = foreground;
        }
        if (style.dim)
            look.foreground = blend(look.foreground, look.background.isValid() ? look.background : base, 0.45);
        look.font = font();
        look.font.setBold(style.bold);
        look.font.setItalic(style.italic);
        look.font.setUnderline(style.underline);
        m_looks.append(look);
    }
    return m_looks.at(index);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int height = viewport()->height();
    const int gutter = gutterWidth();
    qsizetype rowIndex = verticalScrollBar()->value();
    Row first = row(rowIndex);
    QList<std::pair<qsizetype, int>> numbers;   // line numbers to draw, at these heights
    painter.setClipRect(QRect(gutter, 0, viewport()->width() - gutter, height));
    int y = 0;
    for (qsizetype line = first.line; line >= 0 && line < m_text.lineCount() && y < height; ++line) {
        const QList<qsizetype> starts = rowStarts(line);
        Cells cells;
        if (!m_text.isSimple(line))
            LogText::cellPositions(m_text.line(line), cells);
        const qsizetype size = m_text.line(line).size();
        qsizetype sub = line == first.line && m_wrap ? rowIndex - m_rowStart.at(line) : 0;
        for (; sub < starts.size() && y < height; ++sub) {
            Row current{line, starts.at(sub), sub + 1 < starts.size() ? starts.at(sub + 1) : size, 0};
            current.firstCell = cells.isEmpty() ? qint32(current.from) : cells[current.from];
            if (sub == 0)
                numbers.append({line, y});
            paintSpans(painter, current, cells, y);
            y += m_lineHeight;
        }
    }
    painter.setClipping(false);
    painter.fillRect(QRect(0, 0, gutter, height), palette().color(QPalette::AlternateBase));
    painter.setFont(font());
    const QColor numberColor = palette().color(QPalette::PlaceholderText);
    for (const auto &[line, top] : numbers) {
        if (line == m_markedLine) {
            painter.fillRect(QRect(gutter - 3, top, 3, m_lineHeight), kLightColors[1]);
            painter.setPen(palette().color(QPalette::Text));
        } else {
            painter.setPen(numberColor);
        }
        painter.drawText(QRect(0, top, gutter - kGutterPadding, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(line + 1));
    }
}

void LogView::paintSpans(QPainter &painter, const Row &row, const Cells &cells, int y)
{
    const QStringView text = m_text.line(row.line);
    const auto cellAt = [&cells](qsizetype i) { return cells.isEmpty() ? qint32(i) : cells[i]; };
    const qreal offset = m_wrap ? 0 : horizontalScrollBar()->value();
    const auto xOf = [&](qsizetype cell) { return textLeft() + (cell - row.firstCell) * m_cellWidth - offset; };
    const auto fill = [&](qsizetype from, qsizetype to, const QColor &color, qreal extra = 0) {
        const qreal left = xOf(cellAt(from));
        painter.fillRect(QRectF(left, y, xOf(cellAt(to)) - left + extra, m_lineHeight), color);
    };
    // The characters in sight: a 100 KB line is not drawn whole.
    const qint32 firstCell = row.firstCell + qMax(0, int(offset / m_cellWidth) - 1);
    const qint32 lastCell = firstCell + int(viewport()->width() / m_cellWidth) + 2;
    qsizetype from = row.from;
    qsizetype to = row.to;
    if (cells.isEmpty()) {
        from = bounded(row.from, firstCell, row.to);
        to = bounded(from, lastCell, row.to);
    } else {
        from = qMax(row.from, qsizetype(std::lower_bound(cells.begin(), cells.begin() + row.to, firstCell) - cells.begin()));
        to = qMin(row.to, qsizetype(std::upper_bound(cells.begin(), cells.begin() + row.to, lastCell) - cells.begin()));
        from = qMin(from, to);
    }

    if (row.line == m_markedLine)
        painter.fillRect(QRectF(0, y, viewport()->width(), m_lineHeight), QColor(207, 34, 46, m_dark ? 70 : 40));
    const std::span<const LogText::Run> runs = m_text.runs(row.line);
    const auto runEnd = [&](size_t i) { return i + 1 < runs.size() ? qsizetype(runs[i + 1].start) : text.size(); };
    for (size_t i = 0; i < runs.size(); ++i) {
        const qsizetype start = qMax<qsizetype>(from, runs[i].start);
        const qsizetype end = qMin(to, runEnd(i));
        if (start < end && look(runs[i].style).background.isValid())
            fill(start, end, look(runs[i].style).background);
    }
    // Matches, the current one stronger, then the selection over them.
    const LogText::Match key{qint32(row.line), 0};
    auto match = std::lower_bound(m_matches.cbegin(), m_matches.cend(), key, [](const LogText::Match &a, const LogText::Match &b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    });
    const QColor matchColor = m_dark ? QColor(187, 128, 9, 110) : QColor(255, 211, 61, 150);
    const QColor currentColor = m_dark ? QColor(255, 150, 30, 200) : QColor(255, 140, 0, 190);
    for (; match != m_matches.cend() && match->line == row.line; ++match) {
        const qsizetype start = qMax<qsizetype>(from, match->column);
        const qsizetype end = qMin(to, match->column + m_term.size());
        if (start < end)
            fill(start, end, match - m_matches.cbegin() == m_currentMatch ? currentColor : matchColor);
    }
    if (hasSelection()) {
        const LogText::Position first = qMin(m_anchor, m_caret);
        const LogText::Position last = qMax(m_anchor, m_caret);
        if (row.line >= first.line && row.line <= last.line) {
            const qsizetype start = qMax(from, row.line == first.line ? first.column : 0);
            const qsizetype end = qMin(to, row.line == last.line ? last.column : text.size());
            QColor color = palette().color(QPalette::Highlight);
            color.setAlpha(110);
            // A selected line end shows as half a cell.
            const bool lineEndSelected = row.line < last.line && row.to == text.size();
            if (start < end || lineEndSelected)
                fill(qMin(start, end), end, color, lineEndSelected ? m_cellWidth / 2 : 0);
        }
    }

    // The text, run by run, each piece at its cell.
    const qreal baseline = y + m_ascent;
    const auto draw = [&](qsizetype start, qsizetype length) {
        painter.drawText(QPointF(xOf(cellAt(start)), baseline), text.sliced(start, length).toString());
    };
    const size_t runCount = qMax<size_t>(1, runs.size());
    for (size_t i = 0; i < runCount; ++i) {
        const qsizetype start = qMax<qsizetype>(from, runs.empty() ? 0 : runs[i].start);
        const qsizetype end = qMin(to, runs.empty() ? text.size() : runEnd(i));
        if (start >= end)
            continue;
        const Look &style = look(runs.empty() ? 0 : runs[i].style);
        painter.setPen(style.foreground);
        painter.setFont(style.font);
        if (cells.isEmpty()) {
            draw(start, end - start);
            continue;
        }
        for (qsizetype at = start; at < end;) {
            qsizetype next = at;
            while (next < end && isNarrow(text[next]))
                ++next;
            if (next > at) {
                draw(at, next - at);
                at = next;
                continue;
            }
            // A wide character, a surrogate pair or a mark alone at its cell; a TAB is space.
            const qsizetype length = text[at].isHighSurrogate() && at + 1 < end ? 2 : 1;
            if (text[at] != u'\t')
                draw(at, length);
            at += length;
        }
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const bool stick = m_following && isAtBottom();
    const qsizetype top = firstVisibleLine();
    updateRows(0);   // counts again only when the columns changed
    updateScrollBars();
    if (stick)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else if (m_wrap && top >= 0)
        verticalScrollBar()->setValue(int(firstRowOf(top)));
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_dark = palette().color(QPalette::Base).lightness() < 128;
        m_looks.clear();
        viewport()->update();
    }
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

// Find

void LogView::setSearch(const QString &term, Qt::CaseSensitivity sensitivity)
{
    m_term = term;
    m_sensitivity = sensitivity;
    m_matches = m_text.find(term, sensitivity);
    qsizetype current = m_matches.isEmpty() ? -1 : 0;
    const qsizetype top = qMax<qsizetype>(0, firstVisibleLine());
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).line >= top) {
            current = i;
            break;
        }
    }
    setCurrentMatch(current);
}

LogText::Position LogView::currentMatchPosition() const
{
    if (m_currentMatch < 0)
        return {-1, -1};
    return {m_matches.at(m_currentMatch).line, m_matches.at(m_currentMatch).column};
}

void LogView::findNext()
{
    if (!m_matches.isEmpty())
        setCurrentMatch((m_currentMatch + 1) % m_matches.size());
}

void LogView::findPrevious()
{
    if (!m_matches.isEmpty())
        setCurrentMatch((m_currentMatch - 1 + m_matches.size()) % m_matches.size());
}

void LogView::setCurrentMatch(qsizetype index)
{
    m_currentMatch = index;
    if (index >= 0)
        revealPosition(currentMatchPosition(), m_term.size());
    viewport()->update();
    emit searchChanged();
}

void LogView::revealPosition(LogText::Position position, qsizetype length)
{
    if (position.line < 0 || position.line >= m_text.lineCount())
        return;
    const QStringView text = m_text.line(position.line);
    Cells cells;
    LogText::cellPositions(text, cells);
    qsizetype rowIndex = firstRowOf(position.line);
    qint32 rowCell = 0;
    if (m_wrap) {
        const QList<qsizetype> starts = rowStarts(position.line);
        const qsizetype sub = std::upper_bound(starts.begin(), starts.end(), position.column) - starts.begin() - 1;
        rowIndex += qMax<qsizetype>(0, sub);
        rowCell = cells[starts.at(qMax<qsizetype>(0, sub))];
    }
    QScrollBar *vertical = verticalScrollBar();
    if (rowIndex < vertical->value() || rowIndex >= vertical->value() + vertical->pageStep())
        vertical->setValue(int(rowIndex - vertical->pageStep() / 2));
    if (m_wrap)
        return;
    const qsizetype column = qMin(position.column, text.size());
    const qreal left = (cells[column] - rowCell) * m_cellWidth;
    const qreal right = (cells[qMin(column + length, text.size())] - rowCell) * m_cellWidth;
    const qreal visible = viewport()->width() - textLeft() - kTextPadding;
    QScrollBar *horizontal = horizontalScrollBar();
    if (left < horizontal->value() || right > horizontal->value() + visible)
        horizontal->setValue(qRound(left - visible / 3));
}

// Selection

QString LogView::selectedText() const
{
    return m_text.text(qMin(m_anchor, m_caret), qMax(m_anchor, m_caret));
}

void LogView::select(LogText::Position from, LogText::Position to)
{
    m_anchor = from;
    m_caret = to;
    viewport()->update();
    emit selectionChanged();
}

void LogView::selectAll()
{
    if (m_text.lineCount() == 0)
        return;
    const qsizetype last = m_text.lineCount() - 1;
    select({0, 0}, {last, m_text.line(last).size()});
}

void LogView::copy() const
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void LogView::copyAll() const
{
    QApplication::clipboard()->setText(m_text.wholeText());
}

void LogView::markLine(qsizetype line)
{
    if (line < 0 || line >= m_text.lineCount())
        return;
    m_markedLine = line;
    m_anchor = m_caret = {line, 0};
    scrollToLine(line);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit selectionChanged();
}

void LogView::scrollToLine(qsizetype line)
{
    verticalScrollBar()->setValue(int(firstRowOf(line) - verticalScrollBar()->pageStep() / 2));
}

LogText::Position LogView::positionAt(QPoint point) const
{
    if (rowCount() == 0)
        return {};
    const qsizetype index = bounded(0, verticalScrollBar()->value() + point.y() / m_lineHeight, rowCount() - 1);
    const Row at = row(point.y() < 0 ? qMax<qsizetype>(0, index - 1) : index);
    const qreal offset = m_wrap ? 0 : horizontalScrollBar()->value();
    const qreal cell = at.firstCell + (point.x() - textLeft() + offset) / m_cellWidth;
    const QStringView text = m_text.line(at.line);
    if (m_text.isSimple(at.line))
        return {at.line, bounded(at.from, qRound(cell), at.to)};
    Cells cells;
    LogText::cellPositions(text, cells);
    for (qsizetype i = at.from; i < at.to; ++i) {
        if ((cells[i] + cells[i + 1]) / 2.0 > cell && !text[i].isLowSurrogate())
            return {at.line, i};
    }
    return {at.line, at.to};
}

void LogView::moveCaret(LogText::Position caret, bool extend)
{
    if (m_text.lineCount() == 0)
        return;
    caret.line = bounded(0, caret.line, m_text.lineCount() - 1);
    caret.column = bounded(0, caret.column, m_text.line(caret.line).size());
    m_caret = caret;
    if (!extend)
        m_anchor = caret;
    revealPosition(caret, 0);
    viewport()->update();
    emit selectionChanged();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy)
        return copy();
    if (event == QKeySequence::SelectAll)
        return selectAll();
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qsizetype page = verticalScrollBar()->pageStep();
    QScrollBar *vertical = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const qsizetype step = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1
                             : event->key() == Qt::Key_PageUp ? -page : page;
        if (extend)
            return moveCaret({m_caret.line + step, m_caret.column}, true);
        return vertical->setValue(int(vertical->value() + step));
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (extend) {
            LogText::Position caret = m_caret;
            if (event->key() == Qt::Key_Left)
                caret = caret.column > 0 ? LogText::Position{caret.line, caret.column - 1}
                      : caret.line > 0 ? LogText::Position{caret.line - 1, m_text.line(caret.line - 1).size()} : caret;
            else
                caret = caret.column < m_text.line(caret.line).size() ? LogText::Position{caret.line, caret.column + 1}
                                                                      : LogText::Position{caret.line + 1, 0};
            return moveCaret(caret, true);
        }
        break;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const bool home = event->key() == Qt::Key_Home;
        if (extend && m_text.lineCount() > 0) {
            const qsizetype line = control ? (home ? 0 : m_text.lineCount() - 1) : m_caret.line;
            return moveCaret({line, home ? 0 : m_text.line(line).size()}, true);
        }
        if (control)
            return vertical->setValue(home ? 0 : vertical->maximum());
        return horizontalScrollBar()->setValue(home ? 0 : horizontalScrollBar()->maximum());
    }
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const LogText::Position position = positionAt(event->position().toPoint());
    m_caret = position;
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = position;
    viewport()->update();
    emit selectionChanged();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint point = event->position().toPoint();
    // Dragging past an edge scrolls that way.
    if (point.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    if (point.x() > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + horizontalScrollBar()->singleStep());
    else if (point.x() < gutterWidth())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - horizontalScrollBar()->singleStep());
    m_caret = positionAt(QPoint(point.x(), qBound(0, point.y(), viewport()->height() - 1)));
    viewport()->update();
    emit selectionChanged();
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    // What was selected with the mouse is X11's primary selection, as in a terminal.
    if (hasSelection() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_text.lineCount() == 0)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    const LogText::Position at = positionAt(event->position().toPoint());
    const QStringView text = m_text.line(at.line);
    qsizetype from = at.column;
    qsizetype to = at.column;
    while (from > 0 && isWordCharacter(text[from - 1]))
        --from;
    while (to < text.size() && isWordCharacter(text[to]))
        ++to;
    select({at.line, from}, {at.line, to});
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy"), QKeySequence::Copy, this, &LogView::copy)->setEnabled(hasSelection());
    menu.addAction(tr("Copy &All"), this, &LogView::copyAll)->setEnabled(m_text.lineCount() > 0);
    menu.addAction(tr("Select A&ll"), QKeySequence::SelectAll, this, &LogView::selectAll);
    if (!actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(actions());
    }
    menu.exec(event->globalPos());
}
