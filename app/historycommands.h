#pragma once

#include <QStringList>

class JobFetch;

// The `favorites` and `history` subcommands, over HistoryStore's default database.
namespace CommandLine {

// `arguments` start at the subcommand word ("favorites" / "history"), which stands in for the
// program name. Return the process exit code: 0 success, 1 the database could not be used,
// 2 usage error or invalid job ID, 4 the job is not a favorite (favorites remove).
int runFavoritesCommand(const QStringList &arguments);
int runHistoryCommand(const QStringList &arguments);

// Records a finished fetch in the history, as the window does. Problems with the database are
// reported on stderr as warnings and never change the command's outcome.
void recordFetch(const QString &endpoint, const JobFetch &fetch);

} // namespace CommandLine
