#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What every subcommand needs from the terminal: plain output, the one-line error contract
// ("error: ..." on stderr) and secrets read from standard input.
namespace CommandLine {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;

void printOut(const QString &text);
void printErr(const QString &text);

// Prints `message` as one "error:" line (newlines folded) and returns `exitCode`.
int fail(int exitCode, const QString &message);

// Prints `message` as one "warning:" line (newlines folded); the command goes on.
void warn(const QString &message);

// A usage problem: one "error:" line pointing at --help; returns 2.
int usageError(const QString &message);

// One line from standard input, never echoed; nullopt at end of input or for an empty line.
std::optional<QByteArray> readSecretLine();

} // namespace CommandLine
