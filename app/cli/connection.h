#pragma once

#include "api/httpexchange.h"
#include "api/jobid.h"
#include "cli/profilecommands.h"

#include <QCommandLineOption>
#include <QList>

#include <memory>
#include <variant>

class QCommandLineParser;
class QNetworkAccessManager;

namespace CommandLine {

// Where a command's API calls go and with which credentials: what --endpoint, --region, --demo,
// --token-stdin, --profile, --timeout, --ca-file and --verbose say (defined in commandline.cpp,
// shared by show, jobs and projects).
struct Connection
{
    ClientOptions options;
    std::shared_ptr<ShowCredentials> credentials;
    bool verbose = false;
    bool demo = false; // the caller starts the sandbox and points options.baseUrl at it
};

// The options above, for a command's parser (connectionHelp() in commandhelp.h describes them;
// optionsOf() adds them for the commands whose entry says so).
QList<QCommandLineOption> connectionOptions();

// Reads them (and the token from standard input, or the profile's credentials); on a usage or
// credential problem prints the error and returns the exit code instead. With `job`, the
// region of a pasted console URL is used when nothing else says where to go, and a mismatch
// with the chosen endpoint is pointed out.
std::variant<Connection, int> prepareConnection(const QCommandLineParser &parser, QNetworkAccessManager *nam,
                                                const JobId::Reference *job = nullptr);

} // namespace CommandLine
