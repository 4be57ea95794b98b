#pragma once

#include "logs/linesplitter.h"
#include "logs/logpageassembler.h"
#include "logs/logsanitizer.h"
#include "logs/sgrparser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <span>

// A build log as the log view holds it: the lines' plain text and their colours, compact
// enough for a 200,000-line log (about twice the log's size: UTF-16 text, a few bytes a line,
// and style runs only for lines that have colour). Never a QTextDocument, which keeps a text
// block with a layout and formats for every line.
//
// Lines arrive as the service sent them (LogLine, escape sequences and CRs included) and go
// through the same tools as the command line: LogSanitizer in terminal mode (so a CR ends a
// line and nothing but colour survives), LineSplitter, and SgrParser, whose runs are kept as
// (first character, style) pairs with the styles interned. So line n here is line n of what
// FailureExtractor numbers when fed the same log.
//
// The text lives in blocks of kLinesPerBlock lines, each line followed by LF: a finished block
// is squeezed, so only the last one carries spare capacity, and a search runs over each block
// at once. Widths are counted in terminal cells (a CJK character takes two, a TAB moves to the
// next multiple of eight), so that a monospace view can place every character on a grid.
class LogText
{
public:
    static constexpr qsizetype kLinesPerBlock = 1024;
    // A search stops counting here (a one-letter search in a large log).
    static constexpr qsizetype kMaxMatches = 200'000;
    static constexpr int kTabCells = 8;

    // From character `start` of its line to the next run (or the line's end), in style `style`
    // (an index in style()).
    struct Run
    {
        qint32 start = 0;
        qint32 style = 0;
    };
    // A place in the text: a line and a character in it (0-based).
    struct Position
    {
        qsizetype line = 0;
        qsizetype column = 0;
        friend auto operator<=>(const Position &, const Position &) = default;
    };
    struct Match
    {
        qint32 line = 0;
        qint32 column = 0;
    };

    // Adds the lines of a page as the service sent them; each is complete (LogPageAssembler).
    void append(const QList<LogLine> &lines);
    // Raw text, lines ended by LF, as it arrives (a download, a test); a line is kept once its
    // LF comes or finish() is called.
    void appendRaw(QStringView text);
    // The same as bytes (a download): UTF-8, a character may be cut between two chunks.
    void appendBytes(QByteArrayView bytes);
    // The log ended: the line without an LF, and what the sanitizer held.
    void finish();
    void clear();

    qsizetype lineCount() const { return m_lineStart.size(); }
    QStringView line(qsizetype n) const;
    std::span<const Run> runs(qsizetype n) const;
    const LogStyle &style(qsizetype index) const { return m_styles.at(index); }
    qsizetype styleCount() const { return m_styles.size(); }
    // The line's width in cells, and whether its characters map one to one onto cells
    // (printable Latin text without TAB: no need to measure it again).
    qsizetype cells(qsizetype n) const { return m_cells.at(n) & kCellMask; }
    bool isSimple(qsizetype n) const { return !(m_cells.at(n) & kComplexBit); }
    qsizetype widestLine() const { return m_widest; }

    // Every place `term` occurs from line `fromLine` on (at most kMaxMatches; a match never
    // spans two lines). An empty term matches nothing.
    QList<Match> find(QStringView term, Qt::CaseSensitivity sensitivity, qsizetype fromLine = 0) const;
    // The text between two places (lines joined with LF), and the whole log with an LF after
    // every line.
    QString text(Position from, Position to) const;
    QString wholeText() const;
    // Bytes the text, the line table and the runs take (capacity included).
    qint64 bytesHeld() const;

    // Cell layout of one line: where each character starts (entry n is the cell of character
    // n, the last entry the line's width). The low half of a surrogate pair shares the cell of
    // its high half; combining marks take none.
    static void cellPositions(QStringView line, QVarLengthArray<qint32, 256> &cells);
    // How many cells a code point takes in a terminal: 2 for East Asian wide characters, 0 for
    // combining marks, else 1.
    static int cellWidth(char32_t codePoint);

private:
    static constexpr qint32 kComplexBit = qint32(1) << 30;
    static constexpr qint32 kCellMask = kComplexBit - 1;

    struct Block
    {
        QString text;
    };

    void addSanitized(QStringView text);
    void addLine(const QString &line);
    void addPlainLine(QStringView text);
    qint32 internStyle(const LogStyle &style);
    qsizetype lineEnd(qsizetype n) const;

    LogSanitizer m_sanitizer{LogSanitizer::Mode::Terminal};
    LineSplitter m_splitter;
    SgrParser m_parser;

    QList<Block> m_blocks;
    QList<qint32> m_lineStart;   // line n starts here in block n / kLinesPerBlock
    QList<qint32> m_cells;       // width in cells, kComplexBit when not one cell a character
    QList<qint32> m_firstRun;    // line n's runs: m_runs[m_firstRun[n], m_firstRun[n + 1])
    QList<Run> m_runs;
    QList<LogStyle> m_styles{LogStyle()};   // 0: the view's own colours
    QHash<quint64, qint32> m_styleIndex;
    qsizetype m_widest = 0;
};
