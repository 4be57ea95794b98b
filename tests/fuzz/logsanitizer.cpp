// Build logs made safe: whatever the bytes, and however they are cut into chunks, what
// LogSanitizer gives is valid Unicode with no control character but TAB and LF; in plain mode
// no ESC at all, in terminal mode ESC only as a well-formed colour sequence (SGR); the same
// text whether fed at once or in pieces. SgrParser's runs of that text hold every character
// but the SGR sequences, and nothing else.
// Input: one byte that chooses the chunk sizes, then the log's bytes.
#include "fuzzinput.h"
#include "logs/logsanitizer.h"
#include "logs/sgrparser.h"

#include <QStringList>

#include <cstdlib>

namespace {

using Mode = LogSanitizer::Mode;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool isHiddenFormatting(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
}

// The length of the SGR sequence at `at` (an ESC), or 0 when what starts there is not one.
qsizetype sgrLength(const QString &text, qsizetype at)
{
    if (at + 2 >= text.size() || text[at + 1] != u'[')
        return 0;
    for (qsizetype i = at + 2; i < text.size() && i - at - 2 <= LogSanitizer::kMaxSgrParameterBytes; ++i) {
        const QChar c = text[i];
        if (c == u'm')
            return i - at + 1;
        if (!((c >= u'0' && c <= u'9') || c == u';' || c == u':'))
            return 0;
    }
    return 0;
}

void checkSafe(const QString &text, Mode mode)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0x1B) {
            require(mode == Mode::Terminal);
            const qsizetype length = sgrLength(text, i);
            require(length > 0);
            i += length - 1;
            continue;
        }
        require(c >= 0x20 || c == u'\t' || c == u'\n');
        require(c < 0x7F || c > 0x9F);
        require(!isHiddenFormatting(c) && c != 0xFEFF);
        if (QChar::isHighSurrogate(c))
            require(i + 1 < text.size() && text[++i].isLowSurrogate());
        else
            require(!QChar::isLowSurrogate(c));
    }
}

QString inPieces(QByteArrayView bytes, Mode mode, uint8_t choice)
{
    LogSanitizer sanitizer(mode);
    QString text;
    qsizetype at = 0;
    for (int piece = 0; at < bytes.size(); ++piece) {
        const qsizetype size = qMin<qsizetype>(1 + (choice + piece * 7) % 13, bytes.size() - at);
        text += sanitizer.feed(bytes.sliced(at, size));
        at += size;
    }
    return text + sanitizer.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const uint8_t choice = input.byte();
    const QByteArray bytes = input.rest();

    for (const Mode mode : {Mode::Plain, Mode::Terminal}) {
        const QString whole = LogSanitizer::sanitized(bytes, mode);
        checkSafe(whole, mode);
        require(inPieces(bytes, mode, choice) == whole);
        require(QString::fromUtf8(whole.toUtf8()) == whole);   // valid UTF-8 once encoded

        SgrParser parser;
        for (const QString &line : whole.split(u'\n')) {
            QString text;
            for (const StyledRun &run : parser.parseLine(line)) {
                require(!run.text.isEmpty());
                text += run.text;
            }
            const QString stripped = SgrParser::stripped(line);
            require(text == stripped);
            require(!stripped.contains(u'\x1b'));
            if (mode == Mode::Plain)
                require(stripped == line);
        }
    }

    // Text already decoded (a JSON page's "log") comes out just as safe.
    LogSanitizer decoded(Mode::Terminal);
    const QString fromText = decoded.feed(QString::fromUtf8(bytes)) + decoded.finish();
    checkSafe(fromText, Mode::Terminal);
    return 0;
}
