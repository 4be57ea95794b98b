#include "builds/logtext.h"

#include <QStringMatcher>

#include <algorithm>

namespace {

quint64 colorKey(const LogColor &color)
{
    return quint64(color.kind) << 24 | (color.value & 0xFFFFFF);
}

// One number per style, for interning: two colours of 26 bits and the five flags.
quint64 styleKey(const LogStyle &style)
{
    return colorKey(style.foreground) | colorKey(style.background) << 26 | quint64(style.bold) << 52
        | quint64(style.dim) << 53 | quint64(style.italic) << 54 | quint64(style.underline) << 55
        | quint64(style.inverse) << 56;
}

// Printable Latin text: one character, one cell.
bool isPrintableLatin(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x300; });
}

} // namespace

int LogText::cellWidth(char32_t c)
{
    if (c < 0x300)
        return 1;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B || c == 0x200D)
        return 0;
    // East Asian wide and fullwidth ranges, as terminals draw them.
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

void LogText::cellPositions(QStringView line, QVarLengthArray<qint32, 256> &cells)
{
    cells.resize(line.size() + 1);
    qint32 cell = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        cells[i] = cell;
        const QChar c = line[i];
        if (c == u'\t') {
            cell = (cell / kTabCells + 1) * kTabCells;
        } else if (c.isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate()) {
            cells[++i] = cell;
            cell += cellWidth(QChar::surrogateToUcs4(c, line[i]));
        } else {
            cell += cellWidth(c.unicode());
        }
    }
    cells[line.size()] = cell;
}

void LogText::append(const QList<LogLine> &lines)
{
    addSanitized(m_sanitizer.feed(QStringView(LogLine::joined(lines))));
}

void LogText::appendRaw(QStringView text)
{
    addSanitized(m_sanitizer.feed(text));
}

void LogText::appendBytes(QByteArrayView bytes)
{
    addSanitized(m_sanitizer.feed(bytes));
}

void LogText::finish()
{
    addSanitized(m_sanitizer.finish());
    if (const std::optional<QString> last = m_splitter.finish())
        addLine(*last);
}

void LogText::clear()
{
    *this = LogText();
}

void LogText::addSanitized(QStringView text)
{
    if (text.isEmpty())
        return;
    const QStringList lines = m_splitter.feed(text);
    for (const QString &line : lines)
        addLine(line);
}

void LogText::addLine(const QString &line)
{
    // Most lines have no colour: no runs, no parsing.
    if (m_parser.style().isDefault() && !line.contains(u'\x1b'))
        return addPlainLine(line);
    const QList<StyledRun> styled = m_parser.parseLine(line);
    const bool coloured = std::any_of(styled.begin(), styled.end(), [](const StyledRun &run) { return !run.style.isDefault(); });
    QString plain;
    plain.reserve(line.size());
    for (const StyledRun &run : styled) {
        if (coloured)
            m_runs.append({qint32(plain.size()), internStyle(run.style)});
        plain += run.text;
    }
    addPlainLine(plain);
}

void LogText::addPlainLine(QStringView text)
{
    const qsizetype block = lineCount() / kLinesPerBlock;
    if (block == m_blocks.size()) {
        if (!m_blocks.isEmpty())
            m_blocks.last().text.squeeze();   // only the block being written keeps spare room
        m_blocks.append(Block());
    }
    QString &blockText = m_blocks[block].text;
    m_lineStart.append(qint32(blockText.size()));
    blockText += text;
    blockText += u'\n';
    if (isPrintableLatin(text)) {
        m_cells.append(qint32(text.size()));
    } else {
        QVarLengthArray<qint32, 256> cells;
        cellPositions(text, cells);
        m_cells.append(qMin(cells.last(), kCellMask) | kComplexBit);
    }
    m_widest = qMax(m_widest, cells(lineCount() - 1));
    if (m_firstRun.isEmpty())
        m_firstRun.append(0);
    m_firstRun.append(qint32(m_runs.size()));
}

qint32 LogText::internStyle(const LogStyle &style)
{
    const quint64 key = styleKey(style);
    if (const auto found = m_styleIndex.constFind(key); found != m_styleIndex.cend())
        return found.value();
    const qint32 index = qint32(m_styles.size());
    m_styles.append(style);
    m_styleIndex.insert(key, index);
    return index;
}

qsizetype LogText::lineEnd(qsizetype n) const
{
    const qsizetype next = n + 1;
    if (next < lineCount() && next % kLinesPerBlock != 0)
        return m_lineStart.at(next) - 1;
    return m_blocks.at(n / kLinesPerBlock).text.size() - 1;
}

QStringView LogText::line(qsizetype n) const
{
    const qsizetype start = m_lineStart.at(n);
    return QStringView(m_blocks.at(n / kLinesPerBlock).text).sliced(start, lineEnd(n) - start);
}

std::span<const LogText::Run> LogText::runs(qsizetype n) const
{
    if (m_firstRun.size() <= n + 1)
        return {};
    return std::span<const Run>(m_runs.constData() + m_firstRun.at(n), m_firstRun.at(n + 1) - m_firstRun.at(n));
}

QList<LogText::Match> LogText::find(QStringView term, Qt::CaseSensitivity sensitivity, qsizetype fromLine) const
{
    QList<Match> matches;
    if (term.isEmpty() || term.contains(u'\n') || fromLine >= lineCount())
        return matches;
    const QStringMatcher matcher(term, sensitivity);
    for (qsizetype block = fromLine / kLinesPerBlock; block < m_blocks.size(); ++block) {
        const QString &text = m_blocks.at(block).text;
        qsizetype line = qMax(fromLine, block * kLinesPerBlock);
        const qsizetype blockEnd = qMin(lineCount(), (block + 1) * kLinesPerBlock);
        qsizetype at = m_lineStart.at(line);
        while ((at = matcher.indexIn(text, at)) >= 0) {
            while (line + 1 < blockEnd && m_lineStart.at(line + 1) <= at)
                ++line;
            matches.append({qint32(line), qint32(at - m_lineStart.at(line))});
            if (matches.size() >= kMaxMatches)
                return matches;
            at += term.size();
        }
    }
    return matches;
}

QString LogText::text(Position from, Position to) const
{
    if (to < from)
        std::swap(from, to);
    QString result;
    for (qsizetype n = from.line; n <= to.line && n < lineCount(); ++n) {
        const QStringView whole = line(n);
        const qsizetype start = n == from.line ? qMin(from.column, whole.size()) : 0;
        const qsizetype end = n == to.line ? qMin(to.column, whole.size()) : whole.size();
        result += whole.sliced(start, qMax<qsizetype>(0, end - start));
        if (n != to.line)
            result += u'\n';
    }
    return result;
}

QString LogText::wholeText() const
{
    qsizetype size = 0;
    for (const Block &block : m_blocks)
        size += block.text.size();
    QString result;
    result.reserve(size);
    for (const Block &block : m_blocks)
        result += block.text;
    return result;
}

qint64 LogText::bytesHeld() const
{
    qint64 bytes = 0;
    for (const Block &block : m_blocks)
        bytes += block.text.capacity() * qint64(sizeof(QChar));
    bytes += m_blocks.capacity() * qint64(sizeof(Block));
    bytes += (m_lineStart.capacity() + m_cells.capacity() + m_firstRun.capacity()) * qint64(sizeof(qint32));
    bytes += m_runs.capacity() * qint64(sizeof(Run)) + m_styles.capacity() * qint64(sizeof(LogStyle));
    return bytes;
}
