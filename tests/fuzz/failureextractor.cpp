// The failure excerpt of any log: never more than kMaxLines entries, lines in order and as
// fed (cut at kMaxLineChars), gaps only between lines, the explanation one of the lines fed,
// and the log's last lines when nothing is recognised; no crash and no slow match whatever
// the text.
#include "logs/failureextractor.h"

#include <QStringList>

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// The line as the excerpt keeps it.
bool isKeptAs(const QString &kept, const QString &line)
{
    if (line.size() <= FailureExtractor::kMaxLineChars)
        return kept == line;
    return kept.size() == FailureExtractor::kMaxLineChars && kept.endsWith(u'…') && line.startsWith(kept.chopped(1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(u'\n');
    FailureExtractor extractor;
    for (const QString &line : lines) {
        extractor.addLine(line);
        FailureExtractor::classify(line);
    }
    require(extractor.lineCount() == lines.size());
    const FailureReport report = extractor.report();

    require(report.lines.size() <= FailureExtractor::kMaxLines);
    qint64 previous = 0;
    bool afterGap = false;
    for (const ExcerptLine &line : report.lines) {
        if (line.kind == ExcerptLine::Kind::Gap) {
            require(previous > 0 && !afterGap && line.number == 0);
            afterGap = true;
            continue;
        }
        require(line.number > previous && line.number <= lines.size());
        require(afterGap || previous == 0 || line.number == previous + 1);
        require(isKeptAs(line.text, lines[line.number - 1]));
        previous = line.number;
        afterGap = false;
    }
    require(!afterGap);

    if (report.explanation) {
        require(report.recognised);
        require(report.explanation->number >= 1 && report.explanation->number <= lines.size());
        require(isKeptAs(report.explanation->text, lines[report.explanation->number - 1]));
        bool shown = false;
        for (const ExcerptLine &line : report.lines)
            shown = shown || (line.number == report.explanation->number && line.kind == ExcerptLine::Kind::Error);
        require(shown);
    } else {
        require(!report.recognised);
        const qint64 first = qMax<qint64>(1, lines.size() - FailureExtractor::kTailLines + 1);
        require(report.lines.size() == lines.size() - first + 1);
        for (const ExcerptLine &line : report.lines)
            require(line.kind == ExcerptLine::Kind::Context);
    }
    return 0;
}
