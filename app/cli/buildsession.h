#pragma once

#include "cli/jobrequest.h"
#include "sandbox/demosandbox.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

class ApiError;
class BuildClient;
class QCommandLineParser;

namespace CommandLine {

// Everything a command about one job's builds talks to the service with (`builds`, `build`,
// `run`, `stop`, `follow`, `log`): the request, the demo sandbox when --demo is given, and the
// client.
struct BuildSession
{
    QNetworkAccessManager nam;
    JobRequest request;
    DemoSandbox sandbox;
    std::unique_ptr<BuildClient> client;
};

// Parses the job argument and the connection options, prepares the credentials and starts the
// demo sandbox when asked. Returns the exit code (its error printed) when the command must stop
// here.
std::optional<int> openBuildSession(BuildSession &session, const QCommandLineParser &parser,
                                    const QString &jobArgument);

// Runs the event loop until `job` (a BuildCall or a fetch) has finished.
template<typename Job>
void waitFor(Job *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// The error's one line, and its exit code.
int failWith(const ApiError &error);

} // namespace CommandLine
