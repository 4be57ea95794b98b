#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// One line of a failure excerpt.
struct ExcerptLine
{
    enum class Kind : quint8 {
        Context,   // a line around an error line
        Error,     // a line that FailureExtractor recognised
        Gap,       // lines left out here; `text` is "…" and `number` 0
    };
    Kind kind = Kind::Context;
    qint64 number = 0;   // 1-based: the count of lines fed, which is a viewer's line number
    QString text;        // the line as fed, cut at FailureExtractor::kMaxLineChars (ending "…")
    friend bool operator==(const ExcerptLine &, const ExcerptLine &) = default;
};

struct FailureReport
{
    // In order, at most FailureExtractor::kMaxLines entries (gaps included).
    QList<ExcerptLine> lines;
    // The first line that explains the failure, of the most telling kind seen (a compiler's
    // "file:12:5: error: ..." over Maven's "Failed to execute goal" over a bare "ERROR"), as
    // fed: callers trim it for a one-line message. Missing when nothing was recognised.
    std::optional<ExcerptLine> explanation;
    // False when no line was recognised: `lines` are then the log's last kTailLines lines.
    bool recognised = false;
};

// Finds, in the sanitized plain-text lines of a failed build (SGR stripped), the lines that
// say why it failed: each recognised error line with kContextLines lines before and after,
// overlapping windows merged, gaps marked, at most kMaxLines lines in all. Fed line by line,
// it keeps a bounded number of lines whatever the log's length.
//
// It recognises the error lines of Maven, JUnit/Surefire, Gradle (and Kotlin), npm, yarn,
// pnpm, Go, pytest, Jest, gcc/clang and the linkers, MSBuild (and tsc), Docker and plain
// "error:", "ERROR", "FATAL", "Error:" lines, and knows these tools' harmless look-alikes
// ("Tests run: 5, Failures: 0", "0 errors", "-Werror", "ERROR_LOG_DIR=", "[INFO] ...
// error-prone", Maven's closing help lines).
class FailureExtractor
{
public:
    // How much a line says about why a build failed.
    enum class Evidence : quint8 {
        None,
        Generic,   // "ERROR", "error:", "FATAL", "BUILD FAILURE", "=== 1 failed in 0.1s ==="
        Summary,   // the tool's account: Maven "Failed to execute goal", "npm ERR!", Gradle's
                   // "What went wrong", "> Task :app:test FAILED", Docker "failed to solve"
        Cause,     // where and what: "file.c:12:5: error:", "[ERROR] /X.java:[12,5]",
                   // "--- FAIL: TestX", "E   assert", "panic:", "undefined reference to"
    };

    static constexpr int kMaxLines = 200;
    static constexpr int kContextLines = 3;
    static constexpr int kTailLines = 50;
    static constexpr qsizetype kMaxLineChars = 2000;

    // What one line, on its own, says. (Gradle's "* What went wrong:" makes the next line a
    // Summary; only addLine() knows that.) A viewer may use it to mark lines.
    static Evidence classify(QStringView line);

    void addLine(const QString &line);
    qint64 lineCount() const { return m_lineCount; }
    // The excerpt of what was fed so far.
    FailureReport report() const;

private:
    struct KeptLine
    {
        qint64 number = 0;
        QString text;
        Evidence evidence = Evidence::None;
    };
    static constexpr int kKeptHead = 250;
    static constexpr int kKeptTail = 250;

    void keep(const KeptLine &line);
    const KeptLine &recent(qint64 number) const;
    QList<KeptLine> candidates() const;
    FailureReport tail() const;

    qint64 m_lineCount = 0;
    std::array<KeptLine, kTailLines> m_recent;   // line n at (n - 1) % kTailLines
    QList<KeptLine> m_head;                     // the first lines kept
    QList<KeptLine> m_tail;                     // the last lines kept after those
    qint64 m_lastKept = 0;
    int m_contextAfter = 0;
    bool m_afterWhatWentWrong = false;

    // The explanation and its context, kept apart so that no number of later errors evicts it.
    std::optional<KeptLine> m_explanation;
    QList<KeptLine> m_explanationWindow;
    int m_explanationContextAfter = 0;
};
