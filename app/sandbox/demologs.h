#pragma once

#include "sandbox/demorecords.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A sandbox build's log, made from its build (DemoBuild) as the build stands at a time: the
// agent's set-up stage, the job's steps in order and the clean-up, each between the agent's
// start and end lines, in the words of the job's kind of build (Maven, Gradle, npm, Go or a
// Docker image). A failed step ends with its tool's error lines, so that a reader finds why;
// a timed-out or stopped build just stops, and the agent says why. Like a real log it holds
// colours (SGR), Chinese text, CR LF line ends, a progress line redrawn with lone CRs, a 100 KB
// line, a line in GBK (invalid UTF-8), and sequences a test printed that must never reach a
// terminal (an OSC 52 clipboard write, a screen clear, a hyperlink, a bell). A running build's
// log has the lines of the steps run so far, the line being written last without its line end.
//
// Lines are made one by one from their number, never the whole log at once, so a page costs
// only its own lines whatever the log's length: a build marked DemoBuild::hugeLog has
// kHugeLines lines.
class DemoLog
{
public:
    enum class Kind { Maven, Gradle, Npm, Go, Docker };
    static constexpr qint64 kHugeLines = 200'000;
    // The longest line, in the compile step of every build.
    static constexpr qsizetype kLongLineBytes = 100 * 1024;

    // The log of `build`, one of `job`'s builds, as written at `nowMs`.
    DemoLog(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs);

    // The kind of build a job runs: fixed for the demo jobs, chosen by the ID for others.
    static Kind kindOf(const QString &jobId);
    static QString kindName(Kind kind);

    Kind kind() const { return m_kind; }
    // The complete lines written so far.
    qint64 lineCount() const { return m_lineCount; }
    // Line `n` (0-based, below lineCount()) with its line end ("\n", or "\r\n" where the tool
    // wrote that). Empty for other numbers.
    QByteArray line(qint64 n) const;
    // The start of the line being written while the build runs, without a line end; else empty.
    const QByteArray &partialLine() const { return m_partial; }
    // Lines [from, to) as bytes (`to` past the end is cut there), followed by the partial line
    // when the range reaches the end.
    QByteArray text(qint64 from, qint64 to) const;

    // DownloadBuildRealTimeLog's `result`: up to `size` (at most 1000) lines from line
    // `startOffset`, not past `endOffset` when one is given (> startOffset). The offsets are line
    // numbers (as app/logs/logpageassembler.h reads them), strings as in the SDK's model;
    // end_offset counts complete lines only, so the line being written is asked for again.
    // While the build runs, has_more is false at the end and the pages there may be empty.
    QJsonObject page(qint64 startOffset, qint64 size, qint64 endOffset = -1) const;

private:
    // A run of lines of one kind in one stage of the plan.
    struct Part
    {
        enum class Type { Header, Body, Tail, Footer, Summary };
        Type type = Type::Body;
        int stage = 0;        // index in the build's stages (0: set-up)
        qint64 count = 0;
    };

    qint64 plannedBodyLines(int stage) const;
    qint64 writtenBodyLines(const DemoRecords::StageState &state, qint64 planned, qint64 nowMs, bool *halfWritten) const;
    QList<QByteArray> tailLines(int stage) const;
    QByteArray partLine(const Part &part, qint64 index) const;
    QByteArray bodyLine(int stage, qint64 index) const;
    QByteArray headerLine(int stage) const;
    QByteArray footerLine(int stage) const;
    QByteArray summaryLine() const;
    QByteArray filled(QByteArray line, qint64 counter) const;

    Kind m_kind = Kind::Maven;
    QList<DemoRecords::StageState> m_stages;
    QList<Part> m_parts;
    qint64 m_lineCount = 0;
    QByteArray m_partial;
    qint64 m_nowMs = 0;
    int m_number = 0;
    int m_failedStage = -1;       // index in m_stages
    QString m_finalState;         // SUCCESS, FAILURE, ABORTED, timeout
    QString m_status;             // record-info's word at m_nowMs
    bool m_running = false;
    bool m_endless = false;
    bool m_huge = false;
    QByteArray m_jobName;
    QByteArray m_branch;
    QByteArray m_commit;
};
