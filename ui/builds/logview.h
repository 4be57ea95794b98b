#pragma once

#include "builds/logtext.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QFont>
#include <QList>

// A build log on screen: monospace, colours from the log's SGR runs mapped to the palette
// (the 16 standard colours in a light or a dark variant, the 256-colour cube and greys, 24-bit
// colour), line numbers in a gutter. It paints only the rows in sight, straight from LogText,
// so a 200,000-line log costs about twice its size and scrolls as fast as a short one. Text is
// only ever drawn as text: "<img src=x>" in a log shows as those characters.
//
// Every row has the same height; every character sits on a grid of cells (a CJK character
// takes two). With wrapping on, a line takes as many rows as its cells need at the view's
// width; the rows are counted again when the width changes (a division for most lines).
//
// Selection with the mouse (double-click: a word) or Shift and the arrow keys; Ctrl+C copies
// it, Ctrl+A selects all. Find highlights every match and steps through them. Following, new
// lines keep the view at the bottom while it is there; scrolled up, it stays put.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    const LogText &text() const { return m_text; }
    // Lines as the service sent them (a page of BuildLogFetch).
    void appendLines(const QList<LogLine> &lines);
    // Raw text, lines ended by LF (tests, a download).
    void appendRaw(QStringView text);
    // Raw bytes as the download sends them.
    void appendBytes(QByteArrayView bytes);
    // The log ended: its last line, if it had no LF.
    void finishLog();
    void clear();

    void setFollowing(bool following) { m_following = following; }
    bool isFollowing() const { return m_following; }
    bool isAtBottom() const;

    void setWrapping(bool wrap);
    bool isWrapping() const { return m_wrap; }

    // Find: every match of `term`, the current one the first at or below the top of the view.
    void setSearch(const QString &term, Qt::CaseSensitivity sensitivity);
    const QString &searchTerm() const { return m_term; }
    qsizetype matchCount() const { return m_matches.size(); }
    bool matchesCapped() const { return m_matches.size() >= LogText::kMaxMatches; }
    // The current match's index, or -1.
    qsizetype currentMatch() const { return m_currentMatch; }
    // The current match's place, or {-1, -1}.
    LogText::Position currentMatchPosition() const;
    void findNext();
    void findPrevious();

    bool hasSelection() const { return m_anchor != m_caret; }
    QString selectedText() const;
    void select(LogText::Position from, LogText::Position to);
    void selectAll();
    void copy() const;
    void copyAll() const;

    // Scrolls so that `line` is in the middle and marks it (the line that explains a failure).
    void markLine(qsizetype line);
    qsizetype markedLine() const { return m_markedLine; }
    void scrollToLine(qsizetype line);
    // The lines in sight, first and last (-1 when empty).
    qsizetype firstVisibleLine() const;
    qsizetype lastVisibleLine() const;
    int lineHeight() const { return m_lineHeight; }

    // The colour a log colour takes on `background` (light or dark), for the tests.
    static QColor colorFor(const LogColor &color, bool darkBackground);

signals:
    void searchChanged();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // How a style looks here.
    struct Look
    {
        QColor foreground;
        QColor background;   // invalid: none
        QFont font;
    };
    // One row on screen: a line, or a part of a wrapped line.
    struct Row
    {
        qsizetype line = -1;
        qsizetype from = 0;   // its characters [from, to)
        qsizetype to = 0;
        qint32 firstCell = 0;
    };
    using Cells = QVarLengthArray<qint32, 256>;

    void afterAppend(qsizetype oldLineCount, bool stick);
    void updateMetrics();
    void updateRows(qsizetype fromLine);
    void updateScrollBars();
    int columns() const;
    int gutterWidth() const;
    qreal textLeft() const;
    qsizetype rowCount() const;
    qsizetype firstRowOf(qsizetype line) const;
    // Where each row of `line` starts (character indexes), at the current width.
    QList<qsizetype> rowStarts(qsizetype line) const;
    Row row(qsizetype index) const;
    const Look &look(qsizetype style);
    void paintRow(QPainter &painter, const Row &row, int y);
    void paintSpans(QPainter &painter, const Row &row, const Cells &cells, int y);
    LogText::Position positionAt(QPoint point) const;
    void revealPosition(LogText::Position position, qsizetype length);
    void moveCaret(LogText::Position caret, bool extend);
    void setCurrentMatch(qsizetype index);

    LogText m_text;
    bool m_following = false;
    bool m_wrap = false;
    QList<qint32> m_rowStart;   // with wrapping: line n's first row; size lineCount() + 1
    int m_rowColumns = 0;       // the columns m_rowStart was counted for

    int m_lineHeight = 1;
    int m_ascent = 0;
    qreal m_cellWidth = 1;
    QList<Look> m_looks;        // per style of m_text, made as they are needed
    bool m_dark = false;

    QString m_term;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
    QList<LogText::Match> m_matches;
    qsizetype m_currentMatch = -1;

    LogText::Position m_anchor;
    LogText::Position m_caret;
    qsizetype m_markedLine = -1;
};
