#pragma once

#include <QStringList>

namespace CommandLine {

// `watch [JOB...] [--favorites] [--profile NAME | --endpoint URL | --region R | --demo]
// [--token-stdin] [--interval SECONDS] [--until-finished] [--exit-status] [--json]`:
// polls the jobs with the watch scheduler and prints one line per observed change.
// `arguments` start at the word "watch". Exit codes as `show`; 1 with --exit-status when a
// job's last build did not succeed; 128 + the signal (130 for Ctrl+C) when interrupted.
int runWatchCommand(const QStringList &arguments);

} // namespace CommandLine
