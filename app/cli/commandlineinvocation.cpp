// The part of the command line the executable needs before it loads anything: whether the
// arguments ask for a subcommand, and the usage text. Qt Core only.
#include "cli/commandline.h"

#include "api/jobid.h"
#include "cli/buildcommands.h"
#include "cli/logcommand.h"

#include <QCoreApplication>

namespace {

// The same translation context as the rest of the command line (commandline.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace CommandLine {

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v")
        return true;
    // The window takes options and a job ID or URL; any other first word is a command, and an
    // unknown one is reported as such rather than opening a window.
    return !first.startsWith(u'-') && !JobId::extract(first);
}

QString usage()
{
    return Text::tr("Usage:\n"
              "  codearts-inspector                         open the window\n"
              "  codearts-inspector --demo                  open the window on the demo sandbox\n"
              "  codearts-inspector JOB_ID|JOB_URL          open the window on that job\n"
              "  codearts-inspector show <JOB_ID|JOB_URL> [--endpoint URL | --region REGION | --demo]\n"
              "                     [--token-stdin | --profile NAME] [--json] [--timeout SECONDS]\n"
              "                     [--ca-file PEM] [--verbose]\n"
              "  codearts-inspector jobs [--search TEXT] [--project ID|NAME]\n"
              "                     [--status failed|success|running|aborted|timeout|none]\n"
              "                     [--limit N] [--json] [connection options as for show]\n"
              "  codearts-inspector projects [--search TEXT] [--json] [connection options as for show]\n"
              "  codearts-inspector profile add NAME (--region REGION | --endpoint URL) [--iam-endpoint URL]\n"
              "                     --auth token|password|aksk [--user USER --domain ACCOUNT]\n"
              "                     [--project-name NAME] [--project-id ID] [--remember-password]\n"
              "  codearts-inspector profile list [--json]\n"
              "  codearts-inspector profile remove NAME\n"
              "  codearts-inspector profile login NAME [--remember-password]\n"
              "  codearts-inspector profile default [NAME]\n"
              "  codearts-inspector watch [JOB...] [--favorites] [--profile NAME | --endpoint URL |\n"
              "                     --region REGION | --demo] [--token-stdin] [--interval SECONDS]\n"
              "                     [--until-finished] [--exit-status] [--json]\n"
              "  codearts-inspector sandbox [--port PORT] [--jobs N] [--latency MS]\n"
              "                     serve the demo sandbox on 127.0.0.1\n"
              "  codearts-inspector favorites list [--json]\n"
              "  codearts-inspector favorites add JOB [--alias ALIAS] [--note TEXT]\n"
              "  codearts-inspector favorites remove JOB\n"
              "  codearts-inspector history [--job JOB] [--limit N] [--json]\n"
              "  codearts-inspector history clear [--job JOB]\n"
              "  codearts-inspector --version | --help\n"
              "\n"
              "Exit codes: 0 success, 2 usage error or invalid job ID, 3 authentication or\n"
              "permission, 4 job not found, 5 other API error, 6 network, TLS, redirect or timeout.\n"
              "favorites and history: 1 the history database could not be used, 4 not a favorite.\n")
        + u'\n' + buildCommandsUsage() + u'\n' + logCommandUsage();
}

} // namespace CommandLine
