#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// The one table of commands: what `help COMMAND` and `COMMAND --help` print, what the overview
// (--help) lists, and the options each command's parser takes. A new command adds one entry
// to commands() in commandhelp.cpp; its parser takes optionsOf() its name.
namespace CommandLine {

// One option: long name without dashes, the value's name (empty for a switch) and one line
// of description (source text in the "CommandLine" translation context).
struct OptionHelp
{
    const char *name;
    const char *value;
    const char *description;
};

struct CommandHelp
{
    const char *name;            // "jobs", "profile add"
    const char *synopsis;        // after the program name, every option in it
    const char *summary;         // what the command does (translated)
    QList<OptionHelp> options;   // its own, in the order help lists them
    bool connection = false;     // also takes the connection options (connectionHelp())
    const char *example = "";    // one command line, after the program name
};

// Every command, in the overview's order.
const QList<CommandHelp> &commands();
// The entry named `name` ("profile add"), or nullptr.
const CommandHelp *findCommand(const QString &name);
// The options every command that talks to CodeArts Build shares: --endpoint, --region, --demo,
// --token-stdin, --profile, --timeout, --ca-file, --verbose.
const QList<OptionHelp> &connectionHelp();
// Options every command takes: --color and --help.
const QList<OptionHelp> &globalHelp();

// The parser options of the command `name`: its own, and the connection options if it takes
// them (not --help, which parseOrExit() adds).
QList<QCommandLineOption> optionsOf(const QString &name);

// `help COMMAND`: synopsis, what it does, every option with a line of description, an example.
// `name` may also be a group's first word ("profile"): then every command of the group.
QString commandHelpText(const QString &name);
// The overview `--help` prints: every command's synopsis, the shared options, the exit codes.
QString overviewText();

// The candidate nearest to `word` (at most a third of its letters wrong, transpositions
// counting once), or empty.
QString nearest(const QString &word, const QStringList &candidates);
// The words that start a command: show, jobs, profile...
QStringList commandWords();

// Parses a command's `arguments` with --help and -h added. The exit code when that ends the
// command: a usage error (an unknown option names the nearest one; an option value or
// argument holding a control character is refused), or the command's help printed for --help.
// nullopt to go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &command);

// Takes --color=WHEN / --color WHEN out of the arguments and sets the colour mode; the exit
// code of a usage error, or nullopt.
std::optional<int> takeColorOption(QStringList &arguments);

} // namespace CommandLine
