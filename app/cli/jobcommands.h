#pragma once

#include <QStringList>

// `jobs` and `projects`: the account's jobs and CodeArts projects, found by name.
namespace CommandLine {

// `arguments` start at the word "jobs" / "projects". Exit codes as show: 0 (also for an empty
// result), 2 usage, 3 credentials or permission, 5 other API errors, 6 network.
int runJobsCommand(const QStringList &arguments);
int runProjectsCommand(const QStringList &arguments);

} // namespace CommandLine
