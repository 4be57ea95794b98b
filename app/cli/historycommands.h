#pragma once

#include "history/historystore.h"

#include <QStringList>

#include <future>
#include <optional>
#include <thread>

class JobFetch;

// The `favorites` and `history` subcommands, over HistoryStore's default database.
namespace CommandLine {

// `arguments` start at the subcommand word ("favorites" / "history"), which stands in for the
// program name. Return the process exit code: 0 success, 1 the database could not be used,
// 2 usage error or invalid job ID, 4 the job is not a favorite (favorites remove).
int runFavoritesCommand(const QStringList &arguments);
int runHistoryCommand(const QStringList &arguments);

// Records the fetch `show` makes in the history, as the window does. The database is opened on
// a thread of its own from construction on, while the request is under way: loading the SQLite
// driver and opening the file take a few milliseconds of a command that takes a dozen.
// Problems with the database are warnings on stderr and never change the command's outcome.
class FetchRecorder
{
public:
    FetchRecorder();
    // Records nothing if record() was not called; waits for the thread either way.
    ~FetchRecorder();
    FetchRecorder(const FetchRecorder &) = delete;
    FetchRecorder &operator=(const FetchRecorder &) = delete;

    // Hands the finished fetch to the thread and waits until it is recorded.
    void record(const QString &endpoint, const JobFetch &fetch);

private:
    void finish(std::optional<HistoryEntry> entry);

    std::promise<std::optional<HistoryEntry>> m_entry;
    std::thread m_thread;
};

} // namespace CommandLine
