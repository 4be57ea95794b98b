#pragma once

#include <QString>
#include <QStringList>

// The build subcommands: `builds`, `build`, `run`, `stop`, `follow` and `unfollow`.
namespace CommandLine {

bool isBuildCommand(const QString &command);

// `arguments` start at the command's word, which stands in for the program name. Exit codes as
// `show` (0, 2 usage or invalid ID with nothing sent, 3 auth or permission, 4 not found or
// nothing running, 5 other API errors, 6 network, TLS, redirect, timeout, or a run or stop
// that may have happened without an answer); `run --watch` exits 1 when the build fails.
int runBuildCommand(const QString &command, const QStringList &arguments);

} // namespace CommandLine
