#pragma once

#include <QString>
#include <QStringList>

// `log JOB [NUMBER] [--failed] [--follow] [--output FILE] [--force]`: a build's log.
namespace CommandLine {

// `arguments` start at the word "log". Exit codes as `show` (0; 2 usage, or an existing FILE
// without --force; 3 credentials or permission; 4 no such job or build; 5 other API errors;
// 6 network); with --follow 1 when the build failed, was aborted or timed out; with --output
// 1 when the file could not be written.
int runLogCommand(const QStringList &arguments);

// The usage lines of `log`, for --help.

} // namespace CommandLine
