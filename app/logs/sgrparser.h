#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A colour as a log's SGR sequences give it. The window maps it to its palette; nothing here
// knows about QtGui.
struct LogColor
{
    enum class Kind : quint8 {
        Default,   // the view's own colour (SGR 39 / 49, or never set)
        Indexed,   // 0..7 the normal and 8..15 the bright colours (30..37, 90..97, and 38;5;0..15),
                   // 16..255 the 256-colour cube and greys (38;5;n)
        Rgb,       // 24-bit (38;2;r;g;b), value 0xRRGGBB
    };
    Kind kind = Kind::Default;
    quint32 value = 0;

    static LogColor indexed(int index) { return {Kind::Indexed, quint32(index)}; }
    static LogColor rgb(int red, int green, int blue)
    {
        return {Kind::Rgb, quint32(red) << 16 | quint32(green) << 8 | quint32(blue)};
    }
    bool isDefault() const { return kind == Kind::Default; }
    friend bool operator==(const LogColor &, const LogColor &) = default;
};

struct LogStyle
{
    LogColor foreground;
    LogColor background;
    bool bold = false;
    bool dim = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;

    bool isDefault() const { return *this == LogStyle(); }
    friend bool operator==(const LogStyle &, const LogStyle &) = default;
};

// A piece of a line in one style. The text is plain characters: a view must insert it as
// text (QTextCursor::insertText with a QTextCharFormat), never as HTML.
struct StyledRun
{
    QString text;
    LogStyle style;
    friend bool operator==(const StyledRun &, const StyledRun &) = default;
};

// Reads the colour sequences (SGR, "ESC [ parameters m") that a terminal-mode LogSanitizer lets
// through, and turns lines into styled runs. The style carries from one line to the next, as
// in a terminal, until a reset. Understood: 0 and empty (reset), 1 bold, 2 dim, 3 italic,
// 4 underline (4:0 off, 4:1..5 on), 7 inverse, 22 23 24 27 (their ends), 30..37 40..47
// 90..97 100..107, 39 49, and 38/48 with ;5;n, ;2;r;g;b and their colon forms (38:5:n,
// 38:2::r:g:b, 38:2:r:g:b). Anything else is ignored, with its own arguments (58;2;r;g;b, the
// underline colour, does not turn into bold and friends). An ESC that does not start such a
// sequence is text.
class SgrParser
{
public:
    // The runs of one line (without its line end); adjacent runs in the same style are merged
    // and empty runs left out.
    QList<StyledRun> parseLine(QStringView line);
    // The style the next line starts in.
    const LogStyle &style() const { return m_style; }
    void reset() { m_style = LogStyle(); }

    // `line` without its SGR sequences.
    static QString stripped(QStringView line);
    // Applies the parameters of one SGR sequence (what lies between "ESC [" and "m").
    static void apply(QStringView parameters, LogStyle &style);

private:
    LogStyle m_style;
};
