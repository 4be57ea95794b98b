#pragma once

#include "cli/connection.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <variant>

class QCommandLineParser;
class QNetworkAccessManager;

// What `show` and the build commands need to talk to CodeArts Build about one job: the job,
// where, with which credentials, and how to print.
namespace CommandLine {

struct JobRequest : Connection
{
    QString jobId;
    bool json = false;
};

// The connection's options (connection.h) and --json: show's options (optionsOf("show")). A
// command with an entry of its own in commandhelp.cpp takes optionsOf() its name instead.
QList<QCommandLineOption> jobRequestOptions();

// Turns the parsed options and the job argument (ID or page URL) into a request. On a usage or
// credential problem it prints the one error line and returns the exit code instead.
std::variant<JobRequest, int> prepareJobRequest(const QCommandLineParser &parser, const QString &jobArgument,
                                                QNetworkAccessManager *nam);

} // namespace CommandLine
