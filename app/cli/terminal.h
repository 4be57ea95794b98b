#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

class QCommandLineParser;
class QJsonArray;
class QJsonObject;

// What every subcommand needs from the terminal: plain output, the one-line error contract
// ("error: ..." on stderr), the terminal's width and colours, and secrets read from standard
// input.
namespace CommandLine {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;

// Whether `stream` (stdout, stderr) writes to a terminal.
bool isTerminal(std::FILE *stream);

// The width tables fit: the terminal's (TIOCGWINSZ, or the Windows console) when standard
// output is one, else COLUMNS when it holds a number, else 80.
int terminalWidth();
inline constexpr int kDefaultTerminalWidth = 80;

// --color: whether results and states are coloured. Auto colours only when standard output is
// a terminal (not "dumb") and NO_COLOR is not set; --color=always wins over NO_COLOR.
enum class ColorMode { Never, Auto, Always };
void setColorMode(ColorMode mode);
bool colorEnabled();
// How a state or result word reads at a glance.
enum class Tone { Plain, Good, Bad, Busy, Warning, Muted };
// success -> Good; failed, failure, error -> Bad; running -> Busy; aborted, timeout -> Warning;
// none, never, disabled, unknown, not run -> Muted; anything else Plain.
Tone toneOf(const QString &word);
// `text` in the tone's colour when colorEnabled(), else as it is.
QString colored(const QString &text, Tone tone);

// `text` cut to at most `width` terminal columns, ending with "…" when cut (never inside a
// surrogate pair).
QString cutToWidth(const QString &text, int width);

// Times for people: local time, "2026-12-02 14:50", or with seconds "2026-12-02 14:50:41".
// Empty for a time outside 1970..9999 (epoch milliseconds), which callers show as unknown.
QString localTime(qint64 epochMs, bool withSeconds = false);

// The most a secret read from standard input may be: one line of at most this many bytes.
inline constexpr qsizetype kMaxSecretLineBytes = 64 * 1024;

// `text` from outside (the service, the history, the settings, the environment) made safe for
// a terminal: C0 and C1 control characters, DEL, NUL and the bidirectional overrides, isolates
// and marks are shown escaped ("\x1b", "\u202e"), so no answer can move the cursor, recolour
// or clear the screen, set the window title, hide text or reorder it. Newlines and tabs are
// escaped too: one value stays on one line.
QString printable(const QString &text);

// How many terminal columns `text` takes: CJK characters take two.
int cellWidth(const QString &text);

// Write `text` as it is (no NUL or other byte cuts it short). Human output built from outside
// text must pass that text through printable() first; JSON goes through printJson().
void printOut(const QString &text);
void printErr(const QString &text);

// JSON text (UTF-8) as the encoder wrote it, with what the encoder leaves raw but a terminal
// would act on escaped as \uXXXX: DEL, the C1 controls, the bidirectional controls and the
// line and paragraph separators (U+2028, U+2029). Still the same JSON value.
QByteArray terminalSafeJson(QByteArray json);
// Writes JSON text (UTF-8, through terminalSafeJson()) to standard output as it is.
void printJsonText(const QByteArray &json);
// One compact JSON document and a newline.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

// `text` broken at spaces into lines of at most `width` columns (a longer word keeps a line
// of its own), every line after the first indented by `indent` spaces.
QString wrapped(const QString &text, int width, int indent);

// Prints `message` as one "error:" line (newlines folded, control characters escaped) and
// returns `exitCode`. On a terminal the line is wrapped to the terminal's width.
int fail(int exitCode, const QString &message);

// Prints `message` as one "warning:" line (newlines folded, control characters escaped),
// wrapped like fail()'s on a terminal.
void warn(const QString &message);

// Prints one --verbose trace line on stderr, control characters escaped.
void trace(const QString &line);
// Qt's own messages ("QNetworkReplyImplPrivate::error: Internal problem...") are not the
// command line's to print: they are dropped, or with --verbose printed as trace lines.
void installMessageHandler();
void showQtMessages(bool shown);

// A usage problem: one "error:" line pointing at the command's help; returns 2.
int usageError(const QString &message);
// The same, pointing at `codearts-inspector help COMMAND`.
int usageError(const QString &command, const QString &message);

// One line from standard input, never echoed, spaces and the line end trimmed.
struct SecretLine
{
    enum class Status {
        Ok,
        Missing,  // end of input or an empty line
        Refused,  // longer than kMaxSecretLineBytes, or holding control bytes: already reported
    };
    Status status = Status::Missing;
    QByteArray value;
    int exitCode = 0; // for Refused: the exit code to return (2)
};
// Reads at most one line of at most kMaxSecretLineBytes bytes; a longer line, or one with a
// control byte (CR, NUL...) inside, is refused with an "error:" line naming `what`.
SecretLine readSecretLine(const QString &what);

} // namespace CommandLine
