#pragma once

#include <QStringList>

// The terminal side of the app: subcommands that never need a display.
namespace CommandLine {

// True when the arguments ask for a subcommand (show, profile, favorites, history, sandbox, or an
// unknown word) or --version/--help rather than the window (options, or a job ID or URL).
// Decided before any QApplication exists, so no display is touched.
bool isCommandLineInvocation(int argc, char **argv);

// Runs the subcommand in `arguments` (program name first) and returns the process exit code:
// 0 success; 2 usage or invalid job ID; 3 authentication or permission; 4 job not found;
// 5 other API errors; 6 network, TLS, redirect or timeout. Needs a QCoreApplication.
int run(const QStringList &arguments);

// The whole program for a subcommand: a QCoreApplication with the app's identity, translations
// and proxies, then run().
int runProgram(int argc, char **argv);

// The usage text shared by --help and usage errors.
QString usage();

} // namespace CommandLine
