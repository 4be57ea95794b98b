#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Makes a build log, which is untrusted bytes, safe to show: fed chunk by chunk (an escape or
// a UTF-8 sequence may be split anywhere between chunks), it returns text that is valid
// Unicode, ends lines with LF only and holds no control character but TAB and LF.
//
// - Plain mode (a pipe, a file, the window's plain text): no escape sequence at all.
// - Terminal mode: colour sequences (SGR, "ESC [ digits ; : m", at most kMaxSgrParameterBytes
//   of parameters) pass as they are; nothing else a terminal acts on does.
//
// Whatever the mode, removed: OSC strings (clipboard writes, hyperlinks, titles), every other
// CSI sequence (cursor moves, screen clears), DCS/SOS/PM/APC strings, ESC sequences, the C1
// controls U+0080..U+009F (U+009B starts a CSI and U+009D an OSC, as in a terminal; a raw
// 0x9B byte is invalid UTF-8, so U+FFFD, and what follows it plain text), BEL, BS, NUL, DEL
// and the other C0 controls. CR LF and a lone CR are line ends, so a CR cannot make a
// terminal overwrite, and hide, what came before it. Invalid UTF-8 becomes U+FFFD, one per
// maximal invalid subsequence (Unicode's recommended practice; overlong forms, surrogates and
// code points past U+10FFFF included). The bidirectional controls that reorder text
// (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C) and the line and paragraph
// separators U+2028/U+2029 are shown escaped ("\u202e"), as CommandLine::printable() does;
// byte order marks (U+FEFF) are dropped.
//
// An unterminated sequence never swallows more than its cap (kMaxControlSequenceBytes for a
// CSI, kMaxStringSequenceChars for OSC and the other strings) nor goes past a line end: it is
// dropped and what follows is text again.
class LogSanitizer
{
public:
    enum class Mode { Plain, Terminal };

    static constexpr int kMaxControlSequenceBytes = 256;
    static constexpr int kMaxStringSequenceChars = 4096;
    static constexpr int kMaxSgrParameterBytes = 64;

    explicit LogSanitizer(Mode mode = Mode::Plain);

    Mode mode() const { return m_mode; }

    // The safe text of `bytes`, as far as it is complete: a sequence cut by the chunk's end is
    // held until the next feed() or finish().
    QString feed(QByteArrayView bytes);
    // Text already decoded (a JSON page's "log"): the same rules.
    QString feed(QStringView text);
    // The end of the log: a cut UTF-8 sequence becomes U+FFFD, an unterminated escape sequence
    // is dropped. The sanitizer is then ready for a new log.
    QString finish();

    // One whole log at once.
    static QString sanitized(QByteArrayView bytes, Mode mode);

private:
    enum class State {
        Text,
        Escape,             // after ESC
        EscapeIntermediate, // ESC then 0x20..0x2F, waiting for the final byte
        ControlSequence,    // CSI: ESC [ or U+009B
        String,             // OSC, DCS, SOS, PM or APC, up to BEL or ST
        StringEscape,       // ESC inside a string: ST if a backslash follows
    };

    void decode(unsigned char byte);
    void invalidUtf8();
    void character(char32_t c);
    void textCharacter(char32_t c);
    void startEscape(char32_t c);
    void controlSequence(char32_t c);
    void endControlSequence(char32_t finalByte);
    void string(char32_t c);
    void startControlFromC1(char32_t c);

    Mode m_mode;
    QString m_out;
    State m_state = State::Text;
    bool m_afterCr = false;

    // The UTF-8 sequence being decoded: code point so far, bytes still needed, and the range
    // the next byte must fall in (narrower after E0, ED, F0 and F4).
    char32_t m_codePoint = 0;
    int m_needed = 0;
    unsigned char m_lowerBound = 0x80;
    unsigned char m_upperBound = 0xBF;

    // The CSI being read: its parameter and intermediate bytes, whether it came as the 8-bit
    // U+009B (never passed on), and its length; or the string's length.
    QByteArray m_sequence;
    bool m_eightBitCsi = false;
    int m_sequenceLength = 0;
};
