#include "logs/logsanitizer.h"

#include "platform/plaintext.h"

#include <utility>

namespace {

constexpr char32_t kEscape = 0x1B;
constexpr char32_t kReplacement = 0xFFFD;

// Bytes that need no decoding and no decision: printable ASCII and TAB.
bool isPlainAscii(unsigned char byte)
{
    return (byte >= 0x20 && byte <= 0x7E) || byte == '\t';
}

bool isSgrParameters(const QByteArray &parameters)
{
    for (const char c : parameters) {
        if (!((c >= '0' && c <= '9') || c == ';' || c == ':'))
            return false;
    }
    return parameters.size() <= LogSanitizer::kMaxSgrParameterBytes;
}

} // namespace

LogSanitizer::LogSanitizer(Mode mode)
    : m_mode(mode)
{
}

QString LogSanitizer::feed(QByteArrayView bytes)
{
    m_out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Most of a log is printable ASCII outside any sequence: copy such runs in one go.
        if (m_state == State::Text && m_needed == 0 && isPlainAscii(data[i])) {
            qsizetype end = i + 1;
            while (end < size && isPlainAscii(data[end]))
                ++end;
            m_out.append(QLatin1StringView(bytes.data() + i, end - i));
            m_afterCr = false;
            i = end;
            continue;
        }
        decode(data[i]);
        ++i;
    }
    return std::exchange(m_out, QString());
}

QString LogSanitizer::feed(QStringView text)
{
    // toUtf8() would turn a lone surrogate into "?" (and QStringEncoder holds one back at the
    // end of a chunk): here it is invalid text like an invalid UTF-8 byte, so U+FFFD. Decoded
    // text is taken as whole, so a pair is never split between two feeds.
    QString valid;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair) {
            ++i;
            continue;
        }
        if (valid.isNull())
            valid = text.toString();
        valid[i] = QChar(QChar::ReplacementCharacter);
    }
    const QByteArray bytes = valid.isNull() ? text.toUtf8() : valid.toUtf8();
    return feed(QByteArrayView(bytes));
}

QString LogSanitizer::finish()
{
    if (m_needed > 0)
        invalidUtf8();
    m_state = State::Text;
    m_afterCr = false;
    m_sequence.clear();
    return std::exchange(m_out, QString());
}

QString LogSanitizer::sanitized(QByteArrayView bytes, Mode mode)
{
    LogSanitizer sanitizer(mode);
    QString text = sanitizer.feed(bytes);
    text += sanitizer.finish();
    return text;
}

// UTF-8 as the WHATWG decoder reads it, which is Unicode's "maximal subpart" practice: a byte
// that cannot continue the sequence ends it with one U+FFFD and is then read afresh.
void LogSanitizer::decode(unsigned char byte)
{
    if (m_needed > 0) {
        if (byte >= m_lowerBound && byte <= m_upperBound) {
            m_codePoint = (m_codePoint << 6) | (byte & 0x3Fu);
            m_lowerBound = 0x80;
            m_upperBound = 0xBF;
            if (--m_needed == 0)
                character(m_codePoint);
            return;
        }
        invalidUtf8();
    }
    if (byte < 0x80) {
        character(byte);
    } else if (byte >= 0xC2 && byte <= 0xDF) {
        m_needed = 1;
        m_codePoint = byte & 0x1Fu;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        m_needed = 2;
        m_codePoint = byte & 0x0Fu;
        if (byte == 0xE0)
            m_lowerBound = 0xA0;   // below: overlong
        else if (byte == 0xED)
            m_upperBound = 0x9F;   // above: UTF-16 surrogates
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        m_needed = 3;
        m_codePoint = byte & 0x07u;
        if (byte == 0xF0)
            m_lowerBound = 0x90;   // below: overlong
        else if (byte == 0xF4)
            m_upperBound = 0x8F;   // above: past U+10FFFF
    } else {
        character(kReplacement);   // a stray continuation byte, C0, C1 or F5..FF
    }
}

void LogSanitizer::invalidUtf8()
{
    m_needed = 0;
    m_lowerBound = 0x80;
    m_upperBound = 0xBF;
    character(kReplacement);
}

void LogSanitizer::character(char32_t c)
{
    switch (m_state) {
    case State::Text:
        break;
    case State::Escape:
        startEscape(c);
        return;
    case State::EscapeIntermediate:
        if (c >= 0x20 && c <= 0x2F) {
            if (++m_sequenceLength > kMaxControlSequenceBytes)
                m_state = State::Text;
        } else if (c >= 0x30 && c <= 0x7E) {
            m_state = State::Text;   // e.g. ESC ( B, ESC # 8: dropped
        } else {
            m_state = State::Text;
            character(c);
        }
        return;
    case State::ControlSequence:
        controlSequence(c);
        return;
    case State::String:
        string(c);
        return;
    case State::StringEscape:
        if (c == u'\\') {
            m_state = State::Text;   // ST: the string is over
        } else {
            // Any other ESC ends the string and starts a sequence of its own, as in a terminal.
            m_state = State::Escape;
            character(c);
        }
        return;
    }

    if (c == kEscape) {
        m_state = State::Escape;
    } else if (c == u'\n') {
        if (!std::exchange(m_afterCr, false))
            m_out += u'\n';
    } else if (c == u'\r') {
        // CR LF, and a lone CR, end the line: a terminal would return to the line's start and
        // write over it. A run of CRs before LF is still one line end.
        if (!m_afterCr)
            m_out += u'\n';
        m_afterCr = true;
    } else if (c == u'\t') {
        m_out += u'\t';
        m_afterCr = false;
    } else if (c < 0x20 || c == 0x7F) {
        // BEL, BS, NUL, VT, FF and the other C0 controls, DEL: dropped.
    } else if (c >= 0x80 && c <= 0x9F) {
        startControlFromC1(c);
    } else if (c == 0xFEFF) {
        // A byte order mark: Windows tools write one at the start of each file they print.
        // Invisible and meaningless inside a log, so dropped wherever it is.
    } else if (PlainText::isBidiControl(c)) {
        m_out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QChar(u'0'));
        m_afterCr = false;
    } else {
        textCharacter(c);
    }
}

void LogSanitizer::textCharacter(char32_t c)
{
    if (c > 0xFFFF) {
        m_out += QChar(QChar::highSurrogate(c));
        m_out += QChar(QChar::lowSurrogate(c));
    } else {
        m_out += QChar(char16_t(c));
    }
    m_afterCr = false;
}

void LogSanitizer::startEscape(char32_t c)
{
    m_sequenceLength = 1;
    if (c == u'[') {
        m_state = State::ControlSequence;
        m_eightBitCsi = false;
        m_sequence.clear();
    } else if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_') {
        m_state = State::String;   // OSC, DCS, SOS, PM, APC
    } else if (c >= 0x20 && c <= 0x2F) {
        m_state = State::EscapeIntermediate;
    } else if (c >= 0x30 && c <= 0x7E) {
        m_state = State::Text;   // ESC 7, ESC c, ESC M...: dropped
    } else if (c == kEscape) {
        // ESC ESC: the first one is dropped, the second starts over.
    } else {
        // A control, DEL or a non-ASCII character cannot continue the sequence: ESC alone is
        // dropped and the character read as it is.
        m_state = State::Text;
        character(c);
    }
}

void LogSanitizer::startControlFromC1(char32_t c)
{
    m_sequenceLength = 1;
    if (c == 0x9B) {
        m_state = State::ControlSequence;
        m_eightBitCsi = true;
        m_sequence.clear();
    } else if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) {
        m_state = State::String;   // OSC, DCS, SOS, PM, APC
    }
    // Every other C1 control (NEL, IND, RI, a stray ST...) is dropped.
}

void LogSanitizer::controlSequence(char32_t c)
{
    if (c >= 0x40 && c <= 0x7E) {
        endControlSequence(c);
    } else if (c >= 0x20 && c <= 0x3F) {
        if (++m_sequenceLength > kMaxControlSequenceBytes) {
            m_state = State::Text;
            m_sequence.clear();
            return;
        }
        m_sequence += char(c);
    } else {
        // A control or a non-ASCII character breaks the sequence: what was read is dropped,
        // the character is read as it is (a line end stays a line end, ESC starts over).
        m_state = State::Text;
        m_sequence.clear();
        character(c);
    }
}

void LogSanitizer::endControlSequence(char32_t finalByte)
{
    m_state = State::Text;
    if (m_mode == Mode::Terminal && finalByte == u'm' && !m_eightBitCsi && isSgrParameters(m_sequence)) {
        m_out += u"\x1b[";
        m_out += QLatin1StringView(m_sequence);
        m_out += u'm';
    }
    m_sequence.clear();
}

void LogSanitizer::string(char32_t c)
{
    if (c == 0x07 || c == 0x9C) {
        m_state = State::Text;   // BEL (xterm's OSC end) or the 8-bit ST
    } else if (c == kEscape) {
        m_state = State::StringEscape;
    } else if (c == u'\n' || c == u'\r') {
        // No string we drop is worth losing lines for: a line end ends it and stays.
        m_state = State::Text;
        character(c);
    } else if (c == 0x18 || c == 0x1A) {
        m_state = State::Text;   // CAN and SUB cancel a string in a terminal too
    } else if (++m_sequenceLength > kMaxStringSequenceChars) {
        m_state = State::Text;
    }
}
