#pragma once

#include "cli/terminal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The command line's tables for people, fitted to the terminal.
namespace CommandLine {

// One column of a table: its header (upper case, as every table's) and how it gives way when
// the terminal is narrow.
struct Column
{
    enum class Kind {
        Text,    // left-aligned, cut with "…" at its width
        Id,      // a long ID: shortened to a unique prefix when the table does not fit
        Number,  // right-aligned
        State,   // a result or state, coloured on a terminal by its last word (colored())
    };

    QString header;
    Kind kind = Kind::Text;
    // 0: always shown. When even the narrowest layout does not fit, the column with the highest
    // priority goes first.
    int priority = 0;
    // The widest the column gets, whatever its cells: longer ones are cut. 0: no cap.
    int cap = 0;
    // What a Text column may shrink to before columns are dropped (0: it does not shrink); it
    // is also as narrow as the column gets when there is room, so that the longer names of
    // later batches have some.
    int minimum = 0;
};

// Prints a table as its rows arrive, a batch at a time, without keeping them: the first batch
// (or the columns' caps, for tables that start empty) fixes the layout, later rows are cut to
// it. Every cell goes through printable() first. The layout fits `width` columns: IDs shorten
// to a unique prefix first (as git's do), then Text columns shrink to their minimum, then the
// columns that matter least are dropped. Columns are two blanks apart; no line ends in blanks.
class TablePrinter
{
public:
    static constexpr int kShortIdLength = 8;

    explicit TablePrinter(QList<Column> columns, int width = terminalWidth());

    // Fixes the layout from the columns' caps instead of the first rows (for tables whose rows
    // come one at a time, such as watch's). Call before the first print().
    void layOutFromCaps();
    // Prints the rows; the header comes before the first of them.
    void print(const QList<QStringList> &rows);
    // The header alone when no row came, so that an empty result still says what it lists.
    void finish();
    // The same table as text, for tables that are known whole (the tests, short listings).
    QString render(const QList<QStringList> &rows);

private:
    void layOut(const QList<QStringList> &escapedRows);
    QString line(const QStringList &escapedCells, bool header);
    QString shortId(const QString &id);
    int totalWidth(const QList<int> &widths) const;
    QList<QStringList> escaped(const QList<QStringList> &rows) const;

    QList<Column> m_columns;
    int m_width;
    QList<int> m_widths;               // -1 for a dropped column; empty until laid out
    int m_idLength = 0;                // 0: IDs in full
    QHash<QString, QString> m_shownIds; // printed prefix -> the ID it stands for
    bool m_headerPrinted = false;
    bool m_fromCaps = false;
    QString *m_sink = nullptr;         // render() writes here instead of standard output
};

// A table known whole, as text.
QString table(const QList<Column> &columns, const QList<QStringList> &rows, int width = terminalWidth());
// The same for plain headers: Text columns, later ones dropped first, cells cut at 60.
QString table(const QStringList &header, const QList<QStringList> &rows);

} // namespace CommandLine
