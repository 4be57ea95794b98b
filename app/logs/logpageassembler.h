#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// One answer of DownloadBuildRealTimeLog (GET /v1/log/{job_id}/{build_no}/real-time-log):
// the object under "result". The offsets are strings in the SDK's model and numbers in its
// example: both are read; anything else, or a negative number, is missing.
struct LogPage
{
    bool hasMore = false;   // missing counts as false
    std::optional<qint64> startOffset;
    std::optional<qint64> endOffset;
    QString log;
    QString location;

    static LogPage fromResult(const QJsonObject &result);
};

// A line of the log, with its offset (0-based, the service's line numbering).
struct LogLine
{
    qint64 offset = 0;
    QString text;   // without its LF; CR, escape sequences and all else as the service sent them
    friend bool operator==(const LogLine &, const LogLine &) = default;

    // The lines as one text, each ended by LF: a page goes through the sanitizer in one call.
    static QString joined(const QList<LogLine> &lines);
};

// What one page adds to the log.
struct LogLines
{
    QList<LogLine> lines;
    qint64 missingLines = 0;   // lines a gap skipped (the lines' offsets show where)
    bool ended = false;        // the log is complete: ask for no more pages
};

// Reads the real-time log's pages and gives each line once, in order, whatever the paging
// does, holding nothing but the line being written (it never keeps the log).
//
// We read the offsets as line numbers: `size` is documented as "固定1000" (fixed 1000) and we
// take it as 1000 lines a page; a page covers the lines [start_offset, end_offset). Unconfirmed:
// the service documents neither the unit nor whether end_offset is inclusive, so the
// assembler relies on the offsets only where the text cannot say:
// - A page starting before the next expected line (a repeated or overlapping page): the lines
//   already given are skipped.
// - A page starting after it (a gap): the missing lines are counted in `missingLines`, and the
//   lines go on from the page's start; they are not asked for again (the service skipped
//   them, asking again would only loop). A view can show "… N lines missing …" there.
// - A page without start_offset continues the text where the last one stopped.
// - An empty page (a running build with nothing new) changes nothing but has_more.
// - A page whose last line has no LF: that line is held. When the next page starts with that
//   same line, its copy replaces the held one (it is the newer); when it starts after it, the
//   held line was complete; without offsets, the next text continues it. When the log ends
//   the held line is given as it is.
class LogPageAssembler
{
public:
    enum class Build { Running, Ended };

    // The page size asked for (`size`, and end_offset = start_offset + this).
    static constexpr int kPageLines = 1000;
    // A held line without LF longer than this is given as a line of its own (nothing dropped),
    // so a log without line ends cannot grow the memory held.
    static constexpr qsizetype kMaxHeldLineChars = 1 << 20;

    explicit LogPageAssembler(qint64 firstOffset = 0);

    // Reads one page. `build` is the build's state as known *before* this page was asked for:
    // a page with has_more false asked for after the build ended is the log's end (a page
    // asked for while the build ran may be followed by more lines).
    LogLines addPage(const LogPage &page, Build build);
    // Ends the log here (following stopped): the held line, if any.
    LogLines finish();

    // Where the next request starts (start_offset): the last page's end_offset, as the
    // service asks, but never past the lines the page really held (an end_offset that only
    // repeats the request skips nothing) and never backwards. Without an end_offset, the held
    // line is asked for again; without a start_offset, the request starts past the text.
    qint64 nextStartOffset() const { return m_askFrom; }
    qint64 nextEndOffset() const { return m_askFrom + kPageLines; }
    // The last page's has_more.
    bool hasMore() const { return m_hasMore; }
    // True once a page with has_more false came for an ended build, or after finish().
    bool isComplete() const { return m_ended; }
    // The line held without its LF (a view may show it as the line being written).
    const QString &pendingLine() const { return m_held; }
    // The offset of the next line to be given (the held line's, when one is held).
    qint64 nextLineOffset() const { return m_nextLine; }

private:
    qint64 askFromAfter(const LogPage &page) const;
    QStringView alignTo(qint64 start, QStringView text, LogLines &out);
    void append(QStringView text, LogLines &out);
    void giveHeldLine(LogLines &out);

    qint64 m_nextLine = 0;
    qint64 m_askFrom = 0;
    QString m_held;
    bool m_hasMore = false;
    bool m_ended = false;
};
