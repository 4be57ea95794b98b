#pragma once

#include "api/httpexchange.h"
#include "cli/profilecommands.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

class QCommandLineParser;
class QNetworkAccessManager;

// What `show` and the build commands need to talk to CodeArts Build about one job: the job,
// where, with which credentials, and how to print.
namespace CommandLine {

struct JobRequest
{
    QString jobId;
    ClientOptions options;
    std::shared_ptr<ShowCredentials> credentials;
    bool json = false;
    bool verbose = false;
    bool demo = false;
};

// The options they share: --endpoint, --region, --token-stdin, --profile, --json, --timeout,
// --ca-file, --verbose and --demo.
QList<QCommandLineOption> jobRequestOptions();

// Turns the parsed options and the job argument (ID or page URL) into a request. On a usage or
// credential problem it prints the one error line and returns the exit code instead.
std::variant<JobRequest, int> prepareJobRequest(const QCommandLineParser &parser, const QString &jobArgument,
                                                QNetworkAccessManager *nam);

} // namespace CommandLine
