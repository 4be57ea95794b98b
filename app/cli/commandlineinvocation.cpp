// The part of the command line the executable needs before it loads anything: whether the
// arguments ask for a subcommand, and the usage text (from the table in commandhelp.cpp).
#include "cli/commandline.h"

#include "api/jobid.h"
#include "cli/commandhelp.h"

#include <QStringList>

namespace CommandLine {

bool isCommandLineInvocation(int argc, char **argv)
{
    // --color may come before the command: "codearts-inspector --color=never jobs".
    int index = 1;
    while (index < argc && QString::fromLocal8Bit(argv[index]).startsWith(u"--color")) {
        const bool separateValue = QString::fromLocal8Bit(argv[index]) == u"--color" && index + 1 < argc
            && QStringList{u"never"_qs, u"auto"_qs, u"always"_qs}.contains(QString::fromLocal8Bit(argv[index + 1]));
        index += separateValue ? 2 : 1;
    }
    if (index >= argc)
        return false;
    const QString first = QString::fromLocal8Bit(argv[index]);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v")
        return true;
    // The window takes options and a job ID or URL; any other first word is a command, and an
    // unknown one is reported as such rather than opening a window.
    return !first.startsWith(u'-') && !JobId::extract(first);
}

QString usage()
{
    return overviewText();
}

} // namespace CommandLine
