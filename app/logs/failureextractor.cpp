#include "logs/failureextractor.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <set>
#include <string_view>

namespace {

using Evidence = FailureExtractor::Evidence;

// Alternatives of one kind, as one capture group: "((?:a)|(?:b)|(?:c))".
QString group(const QStringList &alternatives)
{
    return u"((?:"_qs + alternatives.join(u")|(?:"_qs) + u"))"_qs;
}

QRegularExpression compiled(const QString &pattern)
{
    QRegularExpression expression(pattern);
    expression.optimize();
    Q_ASSERT_X(expression.isValid(), "FailureExtractor", qPrintable(expression.errorString()));
    return expression;
}

// The patterns, by what they say; each names the tool whose output it reads. They are
// compiled into two expressions, each with one capture group per kind of evidence: one
// anchored at the line's start, where only the start is tried, and one for patterns found
// anywhere, which start with a literal or a word boundary so that PCRE skips most positions.
// Two matches per candidate line is what keeps 200,000 lines within the budget. Nothing here
// backtracks more than linearly on a 100 KB line.
struct Patterns
{
    enum Group { Cause = 1, Summary, Generic, Words, FailedTests, PassedTests };

    const QRegularExpression atStart = compiled(u"^(?:"_qs + QStringList{
        group({
            uR"((?:\S*/)?ld(?:\.\w+)?: error:)"_qs,                 // ld, ld.lld, ld.gold
            uR"(\[ERROR\] \S.*\.(?:java|kt|scala|groovy):\[\d+(?:,\d+)?\])"_qs,   // Maven: [ERROR] /x/A.java:[12,5] ...
            uR"(e: \S.*(?:: \(\d+, \d+\):|:\d+:\d+\b))"_qs,        // Kotlin: e: A.kt: (12, 5): ..., e: file:///A.kt:12:5 ...
            uR"((?:\S*/)?[\w.\-]+\.go:\d+:\d+: \S)"_qs,             // Go compiler: ./main.go:12:5: undefined: x
            uR"(\s*--- FAIL: \S)"_qs,                               // go test
            uR"(panic: \S)"_qs,                                     // Go
            uR"(FAILED \S+::\S)"_qs,                                // pytest: FAILED tests/test_x.py::test_y - ...
            uR"(ERROR \S+\.py\b)"_qs,                               // pytest: a test file that failed to load
            uR"(E {2,}\S)"_qs,                                      // pytest: E   assert 1 == 2
            uR"(\s*● (?!Console\b)\S)"_qs,                          // Jest: ● Suite › test
            uR"([\w.$]+ > .* FAILED\s*$)"_qs,                       // Gradle: FooTest > testBar FAILED
            uR"(error\[E\d+\]:)"_qs,                                // rustc
            uR"(ERROR in \S)"_qs,                                   // webpack: ERROR in ./src/index.js 12:0-36
        }),
        group({
            uR"(npm (?:ERR!|error) (?!(?:code|errno|path|command|syscall|signal|workspace|location)\b)\S)"_qs,  // npm 6 to 10
            uR"(error\s+\S)"_qs,                                    // yarn: error Command failed with exit code 1.
            uR"(\s*ELIFECYCLE\b)"_qs,                               // pnpm
            uR"(#\d+ (?:\d+(?:\.\d+)? )?ERROR:)"_qs,                // BuildKit: #12 ERROR: process ... did not complete
            uR"(The command '.*' returned a non-zero code: \d+)"_qs,  // docker build without BuildKit
            uR"(collect2: error:)"_qs,                              // gcc's linker driver
            uR"((?:\S*/)?(?:clang|gcc|g\+\+|c\+\+|cc)[\w.+\-]*: error:)"_qs,   // clang: error: linker command failed
            uR"(\s*FAIL(?:\s+\S|$))"_qs,                            // Jest: FAIL src/x.test.js; go test: FAIL<TAB>pkg
        }),
        group({
            uR"(FAILURE: Build failed\b)"_qs,                       // Gradle
            uR"(BUILD FAILED\b)"_qs,                                // Gradle, Ant
            uR"(\* What went wrong:)"_qs,                           // Gradle (the next line says what)
            uR"(> Task \S+ FAILED\b)"_qs,                           // Gradle (what went wrong says more)
            uR"(\s*Build FAILED\.)"_qs,                             // MSBuild
            uR"(\s*[1-9]\d* Error\(s\))"_qs,                        // MSBuild
            uR"(=+ (?=.*?\b[1-9]\d* (?:failed|errors?)\b).*=\s*$)"_qs,   // pytest: === 1 failed, 2 passed in 0.1s ===
            uR"(\s*(?:Tests|Test Suites):\s+[1-9]\d* failed\b)"_qs, // Jest
            uR"(npm (?:ERR!|error) (?:code|errno|path|command|syscall|signal|workspace|location)\b)"_qs,  // npm
            uR"(\s*(?:[\w$]+\.)*[\w$]*(?:Error|Exception)(?::\s|$| in thread\b))"_qs,   // java.lang.AssertionError: ..., TypeError: ...
        }),
        group({
            uR"(\s*(?:##)?\[(?:error|fatal)\])"_qs,                 // [error] ..., ##[error] ...
        }),
    }.join(u'|') + u')');

    const QRegularExpression anywhere = compiled(QStringList{
        group({
            uR"(:\d+(?::\d+)?:\s+(?:fatal )?error\b)"_qs,            // gcc, clang, javac: x.c:12:5: error: ...
            uR"(\berror [A-Z]{1,8}\d{1,6}\s*:)"_qs,                  // MSBuild, MSVC, tsc, NuGet: error CS1002:, error TS2322:
            uR"(\b[Ff]atal error\b|\bFATAL ERROR\b)"_qs,             // gcc "fatal error:", node "FATAL ERROR:"
            uR"(\bundefined reference to\b)"_qs,                     // GNU ld
            uR"(<<< (?:FAILURE|ERROR)!)"_qs,                         // Surefire: testX(FooTest)  Time elapsed: 0 s  <<< FAILURE!
            uR"(\bTestcase: \S+:\s+(?:FAILED|Caused an ERROR))"_qs,  // Ant's JUnit task
        }),
        group({
            uR"(\bFailed to execute goal\b)"_qs,                     // Maven
            uR"(\bERR_PNPM_\w+)"_qs,                                 // pnpm
            uR"(\bfailed to solve\b)"_qs,                            // BuildKit: ERROR: failed to solve: ...
        }),
        group({
            uR"(\bBUILD FAILURE\b)"_qs,                              // Maven
            uR"(\b(?:g|mingw32-)?make(?:\[\d+\])?: \*\*\* .*\bError \d+)"_qs,   // make, gmake
            uR"((?<!\w)ERR_[A-Z_]{3,}(?![\w=]))"_qs,                 // Node.js error codes: code: 'ERR_MODULE_NOT_FOUND'
        }),
        group({
            uR"((?<![\w=\-])(?:ERROR|FATAL)(?![\w=]))"_qs,           // ERROR, FATAL; not ERROR_LOG_DIR=, LEVEL=ERROR
            uR"((?<![\w\-])(?:[Ee]rror|[Ff]atal):)"_qs,              // error:, Error:, fatal:; not -Werror:
        }),
        // JUnit, Surefire and Maven's test counts: an error only when something failed.
        group({uR"(\bTests run: \d+, Failures: (?:0*[1-9]|0+, Errors: 0*[1-9]))"_qs}),
        group({uR"(\bTests run: \d+, Failures: 0+\b)"_qs}),
    }.join(u'|'));

    // Lines that look like errors and are not: Maven's closing help, npm's pointer to its log.
    const QRegularExpression harmless = compiled(u"^(?:"_qs + QStringList{
        uR"(\[ERROR\]\s*$)"_qs,
        uR"(\[ERROR\] (?:-> \[Help 1\]|To see the full stack trace|Re-run Maven using|For more information about the errors|\[Help \d+\] |After correcting the problems|Please refer to ))"_qs,
        uR"(npm (?:ERR!|error)\s*$)"_qs,
        uR"(npm (?:ERR!|error) (?:A complete log of this run|Log files were not written|You can rerun the command))"_qs,
    }.join(u'|') + u')');

    // The bare words do not count on a line of a lower level ("[INFO] ... error-prone").
    const QRegularExpression lowerLevel = compiled(
        uR"(^\s*(?:[\d\-:.,/TZ+]+\s+){0,2}(?:\[(?:INFO|WARNING|WARN|DEBUG|TRACE)\]|(?:INFO|WARNING|WARN|DEBUG|TRACE)\b|warning:|w: ))"_qs);

    // BuildKit's prefix on the output of a RUN step: "#12 3.456 ".
    const QRegularExpression buildKitPrefix = compiled(uR"(^#\d+ \d+(?:\.\d+)? )"_qs);
};

const Patterns &patterns()
{
    static const Patterns instance;
    return instance;
}

// The kind of evidence a match of one of the two expressions is (the bare words aside).
Evidence evidenceOf(const QRegularExpressionMatch &match)
{
    if (match.hasCaptured(Patterns::Cause))
        return Evidence::Cause;
    if (match.hasCaptured(Patterns::Summary))
        return Evidence::Summary;
    if (match.hasCaptured(Patterns::Generic))
        return Evidence::Generic;
    return Evidence::None;
}

// A line with more matches than this is noise ("ERROR ERROR ERROR..."): what the first ones
// say is what it says, and a hostile line costs no more than this many matches.
constexpr int kMaxMatchesPerLine = 16;

// Whether `needle` (lower-case ASCII) starts at `text`, in any case.
bool startsWithFolded(const char16_t *text, qsizetype length, std::string_view needle)
{
    if (length < qsizetype(needle.size()))
        return false;
    for (size_t i = 0; i < needle.size(); ++i) {
        // Setting bit 0x20 folds A-Z onto a-z and leaves every other character that could equal
        // a needle's character alone.
        if ((text[i] | 0x20) != needle[i])
            return false;
    }
    return true;
}

// Whether `text` starts with a count of nothing such as "Failures: 0" (and not "Failures: 01"):
// the pre-filter lets Surefire's passing counts by without a regular expression.
bool isZeroCount(const char16_t *text, qsizetype length, QStringView count)
{
    const QStringView here(text, length);
    return here.startsWith(count) && (here.size() == count.size() || !here[count.size()].isDigit());
}

// The cheap test every line passes through before any regular expression: whether it holds a
// word that some pattern needs ("err", "fail", "fatal", "panic", "exception", "undefined",
// "non-zero", ".go:", "●") or starts as Kotlin's, pytest's or Gradle's lines do. One pass,
// no allocation.
bool mayExplainFailure(QStringView line)
{
    const char16_t *text = line.utf16();
    const qsizetype length = line.size();
    if (length >= 3 && ((text[0] == u'e' && text[1] == u':' && text[2] == u' ')
                        || (text[0] == u'E' && text[1] == u' ' && text[2] == u' ')
                        || (text[0] == u'*' && line.startsWith(u"* What went wrong")))) {
        return true;
    }
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text[i];
        if (c >= 0x80) {
            if (c == u'●')
                return true;
            continue;
        }
        const char16_t *at = text + i;
        const qsizetype rest = length - i;
        switch (c | 0x20) {
        case u'e':
            if ((startsWithFolded(at, rest, "err") && !isZeroCount(at, rest, u"Errors: 0"))
                || startsWithFolded(at, rest, "exception"))
                return true;
            break;
        case u'f':
            if ((startsWithFolded(at, rest, "fail") && !isZeroCount(at, rest, u"Failures: 0"))
                || startsWithFolded(at, rest, "fatal"))
                return true;
            break;
        case u'p':
            if (startsWithFolded(at, rest, "panic"))
                return true;
            break;
        case u'u':
            if (startsWithFolded(at, rest, "undefined"))
                return true;
            break;
        case u'n':
            if (startsWithFolded(at, rest, "non-zero"))
                return true;
            break;
        case u'.':
            if (QStringView(at, rest).startsWith(u".go:"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

QString cut(const QString &line)
{
    if (line.size() <= FailureExtractor::kMaxLineChars)
        return line;   // shared, not copied
    return line.first(FailureExtractor::kMaxLineChars - 1) + u'…';
}

} // namespace

FailureExtractor::Evidence FailureExtractor::classify(QStringView line)
{
    if (!mayExplainFailure(line))
        return Evidence::None;
    const Patterns &p = patterns();
    if (line.startsWith(u'#')) {
        if (const QRegularExpressionMatch prefix = p.buildKitPrefix.match(line); prefix.hasMatch())
            line = line.sliced(prefix.capturedLength());
    }

    // The patterns found anywhere, left to right, until the most telling kind is found.
    Evidence best = Evidence::None;
    bool words = false;
    qsizetype offset = 0;
    for (int matches = 0; matches < kMaxMatchesPerLine && best != Evidence::Cause; ++matches) {
        const QRegularExpressionMatch match = p.anywhere.match(line, offset);
        if (!match.hasMatch())
            break;
        if (match.hasCaptured(Patterns::PassedTests))
            return Evidence::None;
        if (match.hasCaptured(Patterns::FailedTests))
            return Evidence::Summary;   // even with Surefire's "<<< FAILURE!" after it
        words = words || match.hasCaptured(Patterns::Words);
        best = std::max(best, evidenceOf(match));
        offset = std::max(match.capturedEnd(), offset + 1);
    }
    if (best != Evidence::Cause) {
        if (const QRegularExpressionMatch match = p.atStart.match(line); match.hasMatch()) {
            words = words || match.hasCaptured(Patterns::Words);
            best = std::max(best, evidenceOf(match));
        }
    }
    // The bare words count only when nothing better was found, and not on an INFO line.
    if (best == Evidence::None && words && !p.lowerLevel.match(line).hasMatch())
        best = Evidence::Generic;
    if (best != Evidence::None && p.harmless.match(line).hasMatch())
        return Evidence::None;
    return best;
}

void FailureExtractor::addLine(const QString &line)
{
    const qint64 number = ++m_lineCount;
    Evidence evidence = classify(line);
    if (m_afterWhatWentWrong && !line.trimmed().isEmpty()) {
        evidence = std::max(evidence, Evidence::Summary);   // Gradle: what went wrong, in a line
        m_afterWhatWentWrong = false;
    }
    if (line.startsWith(u'*') && line.startsWith(u"* What went wrong:"))
        m_afterWhatWentWrong = true;

    KeptLine &current = m_recent[size_t((number - 1) % kTailLines)];
    current = {number, cut(line), evidence};

    if (evidence != Evidence::None) {
        for (qint64 before = std::max({m_lastKept + 1, number - kContextLines, qint64(1)}); before < number; ++before)
            keep(recent(before));
        keep(current);
        m_contextAfter = kContextLines;
    } else if (m_contextAfter > 0) {
        keep(current);
        --m_contextAfter;
    }

    if (evidence != Evidence::None && (!m_explanation || evidence > m_explanation->evidence)) {
        m_explanation = current;
        m_explanationWindow.clear();
        for (qint64 before = std::max(number - kContextLines, qint64(1)); before <= number; ++before)
            m_explanationWindow.append(recent(before));
        m_explanationContextAfter = kContextLines;
    } else if (m_explanationContextAfter > 0) {
        m_explanationWindow.append(current);
        --m_explanationContextAfter;
    }
}

void FailureExtractor::keep(const KeptLine &line)
{
    m_lastKept = line.number;
    if (m_head.size() < kKeptHead) {
        m_head.append(line);
        return;
    }
    m_tail.append(line);
    if (m_tail.size() > kKeptTail)
        m_tail.removeFirst();
}

const FailureExtractor::KeptLine &FailureExtractor::recent(qint64 number) const
{
    return m_recent[size_t((number - 1) % kTailLines)];
}

// Every line kept, in order, once.
QList<FailureExtractor::KeptLine> FailureExtractor::candidates() const
{
    QList<KeptLine> lines = m_head + m_tail;
    const auto byNumber = [](const KeptLine &line, qint64 number) { return line.number < number; };
    for (const KeptLine &line : m_explanationWindow) {
        const auto at = std::lower_bound(lines.begin(), lines.end(), line.number, byNumber);
        if (at == lines.end() || at->number != line.number)
            lines.insert(at, line);
    }
    return lines;
}

FailureReport FailureExtractor::tail() const
{
    FailureReport report;
    for (qint64 number = std::max(m_lineCount - kTailLines + 1, qint64(1)); number <= m_lineCount; ++number)
        report.lines.append({ExcerptLine::Kind::Context, number, recent(number).text});
    return report;
}

namespace {

// Lines plus the gap marks between them.
int excerptSize(const std::set<qint64> &numbers)
{
    int size = int(numbers.size());
    qint64 previous = -1;
    for (const qint64 number : numbers) {
        if (previous >= 0 && number != previous + 1)
            ++size;
        previous = number;
    }
    return size;
}

} // namespace

FailureReport FailureExtractor::report() const
{
    if (!m_explanation)
        return tail();

    const QList<KeptLine> lines = candidates();
    const auto byNumber = [](const KeptLine &line, qint64 number) { return line.number < number; };

    // The explanation's window first, then the most telling errors, earliest first; each
    // window goes in whole if it fits.
    QList<qsizetype> errors;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].evidence != Evidence::None)
            errors.append(i);
    }
    const qint64 explained = m_explanation->number;
    std::stable_sort(errors.begin(), errors.end(), [&](qsizetype a, qsizetype b) {
        const bool aExplains = lines[a].number == explained;
        const bool bExplains = lines[b].number == explained;
        if (aExplains != bExplains)
            return aExplains;
        return lines[a].evidence > lines[b].evidence;
    });

    std::set<qint64> chosen;
    for (const qsizetype error : errors) {
        const qint64 number = lines[error].number;
        std::set<qint64> widened = chosen;
        for (auto at = std::lower_bound(lines.begin(), lines.end(), number - kContextLines, byNumber);
             at != lines.end() && at->number <= number + kContextLines; ++at)
            widened.insert(at->number);
        if (excerptSize(widened) <= kMaxLines)
            chosen.swap(widened);
        if (excerptSize(chosen) == kMaxLines)
            break;
    }

    FailureReport report;
    report.recognised = true;
    report.explanation = ExcerptLine{ExcerptLine::Kind::Error, m_explanation->number, m_explanation->text};
    qint64 previous = -1;
    for (const qint64 number : chosen) {
        if (previous >= 0 && number != previous + 1)
            report.lines.append({ExcerptLine::Kind::Gap, 0, u"…"_qs});
        const KeptLine &line = *std::lower_bound(lines.begin(), lines.end(), number, byNumber);
        report.lines.append({line.evidence == Evidence::None ? ExcerptLine::Kind::Context : ExcerptLine::Kind::Error,
                             number, line.text});
        previous = number;
    }
    return report;
}
