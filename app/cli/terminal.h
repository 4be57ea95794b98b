#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// What every subcommand needs from the terminal: plain output, the one-line error contract
// ("error: ..." on stderr) and secrets read from standard input.
namespace CommandLine {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;

// The most a secret read from standard input may be: one line of at most this many bytes.
inline constexpr qsizetype kMaxSecretLineBytes = 64 * 1024;

// `text` from outside (the service, the history, the settings, the environment) made safe for
// a terminal: C0 and C1 control characters, DEL, NUL and the bidirectional overrides, isolates
// and marks are shown escaped ("\x1b", "\u202e"), so no answer can move the cursor, recolour
// or clear the screen, set the window title, hide text or reorder it. Newlines and tabs are
// escaped too: one value stays on one line.
QString printable(const QString &text);
// Every cell of a table through printable(), for tables of outside text.
QList<QStringList> printableRows(const QList<QStringList> &rows);

// How many terminal columns `text` takes: CJK characters take two.
int cellWidth(const QString &text);
// The commands' tables for people: the header, then the rows, every cell through printable(),
// columns two blanks apart and as wide as their widest cell, no blanks at the ends of lines.
QString table(const QStringList &header, const QList<QStringList> &rows);

// Write `text` as it is (no NUL or other byte cuts it short). Human output built from outside
// text must pass that text through printable() first; JSON is escaped by its encoder.
void printOut(const QString &text);
// Writes UTF-8 bytes to standard output as they are (machine-readable output, already encoded).
void printOutUtf8(const QByteArray &bytes);
void printErr(const QString &text);

// Prints `message` as one "error:" line (newlines folded, control characters escaped) and
// returns `exitCode`.
int fail(int exitCode, const QString &message);

// Prints `message` as one "warning:" line (newlines folded, control characters escaped).
void warn(const QString &message);

// Prints one --verbose trace line on stderr, control characters escaped.
void trace(const QString &line);

// A usage problem: one "error:" line pointing at --help; returns 2.
int usageError(const QString &message);

// Parses a command's `arguments` with --help and -h added. The exit code when that ends the
// command (a usage error, or `help()` printed for --help), nullopt to go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, QString (*help)());

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
