#include "cli/tableprinter.h"

#include <QSet>

#include <algorithm>

namespace CommandLine {

namespace {

constexpr int kGap = 2;   // blanks between columns
// How much longer than its column a prefix made longer for uniqueness may be; how long a
// prefix may get at all (IDs have 32 characters: anything longer is not one).
constexpr int kIdSlack = 4;
constexpr int kLongestPrefix = 64;

// The shortest prefix, from `shortest` characters on, that tells the IDs apart.
int uniquePrefixLength(const QStringList &ids, int shortest)
{
    const QSet<QString> distinct(ids.begin(), ids.end());
    qsizetype longest = 0;
    for (const QString &id : distinct)
        longest = qMax(longest, id.size());
    for (int length = shortest; length < longest; ++length) {
        QSet<QString> prefixes;
        for (const QString &id : distinct)
            prefixes.insert(id.left(length));
        if (prefixes.size() == distinct.size())
            return length;
    }
    return int(longest);
}

} // namespace

TablePrinter::TablePrinter(QList<Column> columns, int width)
    : m_columns(std::move(columns)), m_width(width)
{
}

void TablePrinter::layOutFromCaps()
{
    m_fromCaps = true;
}

int TablePrinter::totalWidth(const QList<int> &widths) const
{
    int total = 0;
    int shown = 0;
    for (const int width : widths) {
        if (width < 0)
            continue;
        total += width;
        ++shown;
    }
    return total + kGap * qMax(0, shown - 1);
}

QList<QStringList> TablePrinter::escaped(const QList<QStringList> &rows) const
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList escapedRow;
        for (const QString &cell : row)
            escapedRow << printable(cell);
        cells << escapedRow;
    }
    return cells;
}

void TablePrinter::layOut(const QList<QStringList> &rows)
{
    const qsizetype count = m_columns.size();
    QList<int> natural(count);
    QList<int> headerWidths(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Column &column = m_columns.at(i);
        headerWidths[i] = cellWidth(printable(column.header));
        int widest = headerWidths[i];
        if (m_fromCaps) {
            widest = qMax(widest, column.cap);
        } else {
            // At least the minimum, so that the longer names of later batches have some room.
            widest = qMax(widest, column.minimum);
            for (const QStringList &row : rows)
                widest = qMax(widest, cellWidth(row.value(i)));
            if (column.cap > 0)
                widest = qMin(widest, qMax(column.cap, headerWidths[i]));
        }
        natural[i] = widest;
    }
    QList<int> widths = natural;
    if (totalWidth(widths) <= m_width) {
        m_widths = widths;
        return;
    }

    // First the IDs, to the shortest prefix that tells this batch's apart.
    for (qsizetype i = 0; i < count; ++i) {
        if (m_columns.at(i).kind != Column::Kind::Id)
            continue;
        QStringList ids;
        for (const QStringList &row : rows)
            ids << row.value(i);
        m_idLength = qMin(natural[i], uniquePrefixLength(ids, kShortIdLength));
        widths[i] = qMax(headerWidths[i], m_idLength);
    }
    // Then the Text columns to their minimum, dropping the least important columns while even
    // that is too wide.
    QList<int> narrowest = widths;
    for (qsizetype i = 0; i < count; ++i) {
        const Column &column = m_columns.at(i);
        if (column.kind == Column::Kind::Text && column.minimum > 0)
            narrowest[i] = qMin(widths[i], qMax(column.minimum, headerWidths[i]));
    }
    while (totalWidth(narrowest) > m_width) {
        qsizetype drop = -1;
        for (qsizetype i = 0; i < count; ++i) {
            if (narrowest[i] >= 0 && m_columns.at(i).priority > 0
                && (drop < 0 || m_columns.at(i).priority >= m_columns.at(drop).priority))
                drop = i;
        }
        if (drop < 0)
            break; // what is left stays: the lines run over
        narrowest[drop] = widths[drop] = -1;
    }
    // What room is left goes back to the shrunk columns, the most important first.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < count; ++i) {
        if (narrowest[i] >= 0 && narrowest[i] < widths[i])
            order << i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](qsizetype a, qsizetype b) { return m_columns.at(a).priority < m_columns.at(b).priority; });
    int room = m_width - totalWidth(narrowest);
    for (const qsizetype i : std::as_const(order)) {
        const int grow = qBound(0, room, widths[i] - narrowest[i]);
        narrowest[i] += grow;
        room -= grow;
    }
    m_widths = narrowest;
}

QString TablePrinter::shortId(const QString &id)
{
    if (m_idLength <= 0 || id.size() <= m_idLength)
        return id;
    // A later ID may share the prefix of one shown before: it gets a longer one of its own.
    for (qsizetype length = m_idLength; length < qMin<qsizetype>(id.size(), kLongestPrefix); ++length) {
        const QString prefix = id.left(length);
        const auto shown = m_shownIds.constFind(prefix);
        if (shown == m_shownIds.constEnd()) {
            m_shownIds.insert(prefix, id);
            return prefix;
        }
        if (*shown == id)
            return prefix;
    }
    return id;
}

QString TablePrinter::line(const QStringList &cells, bool header)
{
    int last = -1;
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        if (m_widths.at(i) >= 0)
            last = int(i);
    }
    QString out;
    for (qsizetype i = 0; i <= last; ++i) {
        const int width = m_widths.at(i);
        if (width < 0)
            continue;
        const Column &column = m_columns.at(i);
        QString text = cells.value(i);
        if (!header && column.kind == Column::Kind::Id && m_idLength > 0)
            text = shortId(text);
        if (cellWidth(text) > width + (text.size() < cells.value(i).size() ? kIdSlack : 0))
            text = cutToWidth(text, width);
        const QString padding(qMax(0, width - cellWidth(text)), u' ');
        // A state cell is coloured by its last word: "success", or "running -> failed".
        const QString shown = !header && column.kind == Column::Kind::State
            ? colored(text, toneOf(cells.value(i).section(u' ', -1)))
            : text;
        if (column.kind == Column::Kind::Number)
            out += padding + shown;
        else
            out += i == last ? shown : shown + padding;
        if (i < last)
            out += QString(kGap, u' ');
    }
    while (out.endsWith(u' '))
        out.chop(1);   // empty cells at the end leave no blanks behind
    return out + u'\n';
}

void TablePrinter::print(const QList<QStringList> &rows)
{
    const QList<QStringList> cells = escaped(rows);
    if (m_widths.isEmpty())
        layOut(cells);
    QString out;
    if (!m_headerPrinted) {
        QStringList header;
        for (const Column &column : std::as_const(m_columns))
            header << printable(column.header);
        out += line(header, true);
        m_headerPrinted = true;
    }
    for (const QStringList &row : cells)
        out += line(row, false);
    if (m_sink)
        *m_sink += out;
    else
        printOut(out);
}

void TablePrinter::finish()
{
    if (!m_headerPrinted)
        print({});
}

QString TablePrinter::render(const QList<QStringList> &rows)
{
    QString out;
    m_sink = &out;
    print(rows);
    finish();
    m_sink = nullptr;
    return out;
}

QString table(const QList<Column> &columns, const QList<QStringList> &rows, int width)
{
    return TablePrinter(columns, width).render(rows);
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    constexpr int kCap = 60;
    QList<Column> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.append({header.at(i), Column::Kind::Text, int(i), kCap});
    return table(columns, rows);
}

} // namespace CommandLine
