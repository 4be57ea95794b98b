#include "cli/commandhelp.h"

#include "cli/terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace CommandLine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Help never runs wider than this, even on a wide terminal: long lines are hard to read.
constexpr int kWidestHelp = 100;
constexpr int kOptionColumn = 24;   // where option descriptions start
const QString kProgram = u"codearts-inspector"_qs;

QString translated(const char *source)
{
    return QCoreApplication::translate("CommandLine", source);
}

int helpWidth()
{
    return qMin(terminalWidth(), kWidestHelp);
}

// Whether a line may break between text.at(i - 1) and text.at(i): not inside a Latin word or
// number ("running"), and not before the punctuation Chinese keeps on the line it closes.
bool mayBreakBefore(const QString &text, qsizetype i)
{
    static const QString closing = u"，。、：；！？）》」』”’,.:;!?)"_qs;
    if (i <= 0 || i >= text.size() || closing.contains(text.at(i)))
        return false;
    const auto latin = [](QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_'); };
    return !(latin(text.at(i - 1)) && latin(text.at(i)));
}

// The longest start of `text` that fits `room` columns and ends where a line may break; 0 when
// there is none.
qsizetype fittingStart(const QString &text, int room)
{
    qsizetype best = 0;
    for (qsizetype i = 1; i < text.size() && cellWidth(text.left(i)) <= room; ++i) {
        if (mayBreakBefore(text, i))
            best = i;
    }
    return best;
}

// `text` broken into lines of at most `width` columns, at blanks, and in Chinese (which has
// none) between its characters.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString piece = word;
        while (!piece.isEmpty()) {
            const int room = width - (current.isEmpty() ? 0 : cellWidth(current) + 1);
            if (cellWidth(piece) <= room) {
                current += (current.isEmpty() ? QString() : u" "_qs) + piece;
                break;
            }
            const bool breakable = std::any_of(piece.begin(), piece.end(), [](QChar c) { return c.unicode() >= 0x2e80; });
            qsizetype cut = breakable || cellWidth(piece) > width ? fittingStart(piece, room) : 0;
            if (cut == 0 && current.isEmpty()) // nowhere to break: as much as fits
                while (cut < piece.size() && cellWidth(piece.left(cut + 1)) <= width)
                    ++cut;
            if (cut > 0) {
                current += (current.isEmpty() ? QString() : u" "_qs) + piece.left(qMax<qsizetype>(cut, 1));
                piece = piece.mid(qMax<qsizetype>(cut, 1));
            }
            lines << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

// A synopsis in the pieces it may be broken between: bracketed groups stay whole, and an option
// stays with its value.
QStringList synopsisPieces(const QString &synopsis)
{
    QStringList pieces;
    QString current;
    int depth = 0;
    for (const QChar c : synopsis) {
        if (c == u'[' || c == u'(')
            ++depth;
        else if (c == u']' || c == u')')
            depth = qMax(0, depth - 1);
        if (c == u' ' && depth == 0) {
            if (!current.isEmpty())
                pieces << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        pieces << current;
    QStringList joined;
    for (const QString &piece : std::as_const(pieces)) {
        const bool isValue = !piece.startsWith(u'-') && !piece.startsWith(u'[') && !piece.startsWith(u'(');
        if (isValue && !joined.isEmpty() && joined.last().startsWith(u"--") && !joined.last().contains(u' '))
            joined.last() += u' ' + piece;
        else
            joined << piece;
    }
    return joined;
}

// The lines of `text`, the first after `lead`, the rest indented to line up under it.
QString hanging(const QString &lead, const QString &text, int indent)
{
    const int width = qMax(20, helpWidth() - indent);
    const QStringList lines = wrapped(text, width);
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            out += lead + QString(qMax(0, indent - cellWidth(lead)), u' ') + lines.at(i) + u'\n';
        else
            out += QString(indent, u' ') + lines.at(i) + u'\n';
    }
    if (lines.isEmpty())
        out += lead + u'\n';
    return out;
}

QString optionLabel(const OptionHelp &option)
{
    QString label = u"  --"_qs + QLatin1String(option.name);
    if (*option.value)
        label += u' ' + QLatin1String(option.value);
    return label;
}

// "  --search TEXT         Only jobs whose ..." for each option; a label too long for its
// column puts the description on the next line.
QString optionLines(const QList<OptionHelp> &options)
{
    QString out;
    for (const OptionHelp &option : options) {
        const QString label = optionLabel(option);
        const QString description = translated(option.description);
        if (label.size() + 2 > kOptionColumn)
            out += label + u'\n' + hanging(QString(), description, kOptionColumn);
        else
            out += hanging(label, description, kOptionColumn);
    }
    return out;
}

// "  codearts-inspector jobs [--search TEXT] ...", broken between its pieces; the lines after
// the first line up under the command's arguments, or further left for long command names.
QString synopsisLines(const CommandHelp &command, const QString &lead)
{
    constexpr int kDeepestIndent = 28;
    const QString start = lead + kProgram + u' ' + QLatin1String(command.name);
    const QString rest = QLatin1String(command.synopsis).mid(qstrlen(command.name)).trimmed();
    const int indent = qMin(cellWidth(start) + 1, kDeepestIndent);
    QString out = start;
    int used = cellWidth(start);
    for (const QString &piece : synopsisPieces(rest)) {
        if (used + 1 + cellWidth(piece) > helpWidth() && used > indent) {
            out += u'\n' + QString(indent, u' ') + piece;
            used = indent + cellWidth(piece);
        } else {
            out += u' ' + piece;
            used += 1 + cellWidth(piece);
        }
    }
    return out + u'\n';
}

// The example as a shell would take it: too long for one line, it goes on after " \".
QString exampleLines(const char *example)
{
    constexpr int kContinuation = 6;
    QString out = u"  "_qs + kProgram;
    int used = cellWidth(out);
    for (const QString &piece : synopsisPieces(QLatin1String(example))) {
        if (used + 1 + cellWidth(piece) + 2 > helpWidth()) {
            out += u" \\\n"_qs + QString(kContinuation, u' ') + piece;
            used = kContinuation + cellWidth(piece);
        } else {
            out += u' ' + piece;
            used += 1 + cellWidth(piece);
        }
    }
    return out + u'\n';
}

QString oneCommandHelp(const CommandHelp &command)
{
    QString out = synopsisLines(command, Text::tr("Usage: "));
    out += u'\n' + hanging(QString(), translated(command.summary), 0);
    if (!command.options.isEmpty())
        out += u'\n' + Text::tr("Options:") + u'\n' + optionLines(command.options);
    if (command.connection)
        out += u'\n' + Text::tr("Connection options:") + u'\n' + optionLines(connectionHelp());
    out += u'\n' + Text::tr("Every command:") + u'\n' + optionLines(globalHelp());
    if (*command.example)
        out += u'\n' + Text::tr("Example:") + u'\n' + exampleLines(command.example);
    return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions
// of neighbours each cost one.
int distance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_qs : u"--"_qs) + name;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7f && u <= 0x9f);
    });
}

} // namespace

const QList<OptionHelp> &connectionHelp()
{
    static const QList<OptionHelp> options = {
        {"endpoint", "URL", QT_TRANSLATE_NOOP("CommandLine", "CodeArts Build base URL.")},
        {"region", "REGION", QT_TRANSLATE_NOOP("CommandLine", "Region ID, e.g. cn-north-4.")},
        {"demo", "", QT_TRANSLATE_NOOP("CommandLine", "Fetch from the built-in demo sandbox.")},
        {"token-stdin", "", QT_TRANSLATE_NOOP("CommandLine", "Read the IAM token from standard input (one line).")},
        {"profile", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Use this saved profile (default: the default profile).")},
        {"timeout", "SECONDS", QT_TRANSLATE_NOOP("CommandLine", "Give up after this many seconds (default 30).")},
        {"ca-file", "PEM", QT_TRANSLATE_NOOP("CommandLine", "Also trust the CA certificates in this PEM file.")},
        {"verbose", "", QT_TRANSLATE_NOOP("CommandLine", "Print request, status, timing and headers to stderr (secrets redacted).")},
    };
    return options;
}

const QList<OptionHelp> &globalHelp()
{
    static const QList<OptionHelp> options = {
        {"color", "WHEN", QT_TRANSLATE_NOOP("CommandLine", "Colour results and states: never, auto (on a terminal, the default) or always.")},
        {"help", "", QT_TRANSLATE_NOOP("CommandLine", "Print this help.")},
    };
    return options;
}

const QList<CommandHelp> &commands()
{
    const OptionHelp jsonObject{"json", "", QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object.")};
    const OptionHelp jsonArray{"json", "", QT_TRANSLATE_NOOP("CommandLine", "Print one JSON array.")};
    static const QList<CommandHelp> table = {
        {"show", "show JOB [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Fetches one job (ShowJobInfo): its status, last build, health score and "
                                          "your permissions. JOB is a job ID or a job page URL."),
         {jsonObject}, true, "show f5af662119404ad187437cd272b5099b --region cn-north-4 --token-stdin"},
        {"jobs", "jobs [--search TEXT] [--project ID|NAME] [--status STATUS] [--limit N] [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists the account's build jobs, or one project's, printed page by page as "
                                          "they arrive."),
         {{"search", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "Only jobs whose name contains this text.")},
          {"project", "ID|NAME", QT_TRANSLATE_NOOP("CommandLine", "Only the jobs of this project (ID or name).")},
          {"status", "STATUS", QT_TRANSLATE_NOOP("CommandLine", "Only jobs whose last build ended so: failed, success, running, aborted, timeout, none.")},
          {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "List at most this many jobs (default 50; 0 lists all).")},
          jsonArray},
         true, "jobs --search payment --status failed --region cn-north-4"},
        {"projects", "projects [--search TEXT] [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists the CodeArts projects the account may see."),
         {{"search", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "Only projects whose name contains this text.")}, jsonArray},
         true, "projects --search mobile --profile work"},
        {"builds", "builds JOB [--days N] [--limit N] [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists a job's builds, newest first."),
         {{"days", "N", QT_TRANSLATE_NOOP("CommandLine", "Builds started in the last N days (default 7, at most 365).")},
          {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "Only the newest N builds.")},
          jsonArray},
         true, "builds f5af662119404ad187437cd272b5099b --days 30 --profile work"},
        {"build", "build JOB NUMBER [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Shows one build: its steps, the step that failed, and its parameters "
                                          "(masked values stay masked)."),
         {jsonObject}, true, "build f5af662119404ad187437cd272b5099b 42 --profile work"},
        {"log", "log JOB [NUMBER] [--failed] [--follow] [--output FILE] [--force] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Prints the log of build NUMBER (default: the job's last build) as it "
                                          "arrives: colours only on a terminal, no other escape sequence ever."),
         {{"failed", "", QT_TRANSLATE_NOOP("CommandLine", "Only the failed step and at most 200 lines that explain the "
                                                          "failure (nothing for a build that did not fail).")},
          {"follow", "", QT_TRANSLATE_NOOP("CommandLine", "Follow a running build's log until it ends; exit 1 unless it "
                                                          "succeeded.")},
          {"output", "FILE", QT_TRANSLATE_NOOP("CommandLine", "Save the whole log to FILE, byte for byte as the "
                                                              "service sends it.")},
          {"force", "", QT_TRANSLATE_NOOP("CommandLine", "With --output: replace FILE if it exists.")}},
         true, "log f5af662119404ad187437cd272b5099b 42 --failed --profile work"},
        {"run", "run JOB [--param NAME=VALUE]... [--branch B | --tag T | --commit C] [--watch] [--json] "
                "[connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Starts a build and prints its number. A run is sent once: when no answer "
                                          "comes back, the build may have started."),
         {{"param", "NAME=VALUE", QT_TRANSLATE_NOOP("CommandLine", "A run parameter (repeatable).")},
          {"branch", "B", QT_TRANSLATE_NOOP("CommandLine", "Build this branch.")},
          {"tag", "T", QT_TRANSLATE_NOOP("CommandLine", "Build this tag.")},
          {"commit", "C", QT_TRANSLATE_NOOP("CommandLine", "Build this commit.")},
          {"watch", "", QT_TRANSLATE_NOOP("CommandLine", "Follow the build until it ends; exit 1 when it fails.")},
          jsonObject},
         true, "run f5af662119404ad187437cd272b5099b --branch main --param BUILD_ENV=staging --watch"},
        {"stop", "stop JOB [--build N] [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Stops the running build, or build N (exit 4 when nothing runs)."),
         {{"build", "N", QT_TRANSLATE_NOOP("CommandLine", "The build to stop (default: the running build).")}, jsonObject},
         true, "stop f5af662119404ad187437cd272b5099b --profile work"},
        {"follow", "follow JOB [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Marks the job as a favorite in CodeArts."),
         {jsonObject}, true, "follow f5af662119404ad187437cd272b5099b --profile work"},
        {"unfollow", "unfollow JOB [--json] [connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Removes the job from the favorites in CodeArts."),
         {jsonObject}, true, "unfollow f5af662119404ad187437cd272b5099b --profile work"},
        {"watch", "watch [JOB...] [--favorites] [--interval SECONDS] [--until-finished] [--exit-status] [--json] "
                  "[connection options]",
         QT_TRANSLATE_NOOP("CommandLine", "Watches jobs and prints one line per change (the first observation too) "
                                          "until Ctrl+C. Takes only one of --profile, --endpoint, --region and --demo."),
         {{"favorites", "", QT_TRANSLATE_NOOP("CommandLine", "Also watch the favorite jobs.")},
          {"interval", "SECONDS", QT_TRANSLATE_NOOP("CommandLine", "Poll every job about every SECONDS (default: 15 running, 120 others).")},
          {"until-finished", "", QT_TRANSLATE_NOOP("CommandLine", "End once none of the jobs is running.")},
          {"exit-status", "", QT_TRANSLATE_NOOP("CommandLine", "With --until-finished: exit 1 unless every last build succeeded.")},
          {"json", "", QT_TRANSLATE_NOOP("CommandLine", "Print JSON Lines.")}},
         true, "watch --favorites --until-finished --exit-status"},
        {"profile add", "profile add NAME (--region REGION | --endpoint URL) --auth token|password|aksk "
                        "[--iam-endpoint URL] [--user USER --domain ACCOUNT] [--project-name NAME] [--project-id ID] "
                        "[--remember-password]",
         QT_TRANSLATE_NOOP("CommandLine", "Saves a profile: where the jobs live and how to sign in. The secret is read "
                                          "from standard input: the token, the password, or the access key and the "
                                          "secret key on two lines."),
         {{"region", "REGION", QT_TRANSLATE_NOOP("CommandLine", "Region ID, e.g. cn-north-4.")},
          {"endpoint", "URL", QT_TRANSLATE_NOOP("CommandLine", "Custom CodeArts Build base URL.")},
          {"auth", "KIND", QT_TRANSLATE_NOOP("CommandLine", "token, password or aksk; the secret is read from standard input.")},
          {"iam-endpoint", "URL", QT_TRANSLATE_NOOP("CommandLine", "IAM endpoint (default: derived from the region).")},
          {"user", "USER", QT_TRANSLATE_NOOP("CommandLine", "IAM user name (password).")},
          {"domain", "ACCOUNT", QT_TRANSLATE_NOOP("CommandLine", "Account (domain) name (password).")},
          {"project-name", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Project the token is scoped to (default: the region).")},
          {"project-id", "ID", QT_TRANSLATE_NOOP("CommandLine", "Project ID sent with AK/SK requests.")},
          {"remember-password", "", QT_TRANSLATE_NOOP("CommandLine", "Keep the password in the keychain to renew tokens unattended.")}},
         false, "profile add ci --region cn-north-4 --auth token < token.txt"},
        {"profile list", "profile list [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists the profiles, never their secrets."), {jsonArray}, false,
         "profile list --json"},
        {"profile remove", "profile remove NAME",
         QT_TRANSLATE_NOOP("CommandLine", "Removes a profile and its secrets."), {}, false, "profile remove work"},
        {"profile login", "profile login NAME [--remember-password]",
         QT_TRANSLATE_NOOP("CommandLine", "Signs a password profile in again, or replaces a profile's saved secrets; "
                                          "they are read from standard input."),
         {{"remember-password", "", QT_TRANSLATE_NOOP("CommandLine", "Keep the password in the keychain.")}}, false,
         "profile login work < password.txt"},
        {"profile default", "profile default [NAME]",
         QT_TRANSLATE_NOOP("CommandLine", "Prints or sets the profile used when a command names none."), {}, false,
         "profile default work"},
        {"favorites list", "favorites list [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists the favorite jobs with what their newest snapshot said."),
         {jsonArray}, false, "favorites list"},
        {"favorites add", "favorites add JOB [--alias ALIAS] [--note TEXT]",
         QT_TRANSLATE_NOOP("CommandLine", "Adds a job to the favorites, or changes its alias and note."),
         {{"alias", "ALIAS", QT_TRANSLATE_NOOP("CommandLine", "A name of your own for the job.")},
          {"note", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "A note about the job.")}},
         false, "favorites add f5af662119404ad187437cd272b5099b --alias payments"},
        {"favorites remove", "favorites remove JOB",
         QT_TRANSLATE_NOOP("CommandLine", "Removes a job from the favorites (exit 4 if it was not one)."), {}, false,
         "favorites remove f5af662119404ad187437cd272b5099b"},
        {"history", "history [--job JOB] [--limit N] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Lists past fetches, newest first."),
         {{"job", "JOB", QT_TRANSLATE_NOOP("CommandLine", "Only this job's entries.")},
          {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "Show at most N entries (default 50).")},
          jsonArray},
         false, "history --job f5af662119404ad187437cd272b5099b --limit 10"},
        {"history clear", "history clear [--job JOB]",
         QT_TRANSLATE_NOOP("CommandLine", "Deletes the history, or one job's entries."),
         {{"job", "JOB", QT_TRANSLATE_NOOP("CommandLine", "Only this job's entries.")}}, false, "history clear"},
        {"sandbox", "sandbox [--port PORT] [--jobs N] [--latency MS]",
         QT_TRANSLATE_NOOP("CommandLine", "Serves the demo sandbox on 127.0.0.1 until stopped and prints its URL."),
         {{"port", "PORT", QT_TRANSLATE_NOOP("CommandLine", "Port to listen on (default: any free port).")},
          {"jobs", "N", QT_TRANSLATE_NOOP("CommandLine", "How many jobs the job lists hold (default 1200).")},
          {"latency", "MS", QT_TRANSLATE_NOOP("CommandLine", "Answer each request this many milliseconds late, as a distant service would (default 0).")}},
         false, "sandbox --port 8080"},
        {"help", "help [COMMAND]",
         QT_TRANSLATE_NOOP("CommandLine", "Prints the overview, or one command's synopsis, options and an example."),
         {}, false, "help jobs"},
    };
    return table;
}

const CommandHelp *findCommand(const QString &name)
{
    for (const CommandHelp &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QStringList commandWords()
{
    QStringList words;
    for (const CommandHelp &command : commands()) {
        const QString word = QString::fromLatin1(command.name).section(u' ', 0, 0);
        if (!words.contains(word))
            words << word;
    }
    return words;
}

QList<QCommandLineOption> optionsOf(const QString &name)
{
    const CommandHelp *command = findCommand(name);
    Q_ASSERT_X(command, "optionsOf", "a command without an entry in commands()");
    if (!command)
        return {};
    QList<OptionHelp> options = command->options;
    if (command->connection)
        options = connectionHelp() + options;
    QList<QCommandLineOption> parsed;
    for (const OptionHelp &option : std::as_const(options)) {
        const QString optionName = QLatin1String(option.name);
        if (*option.value)
            parsed.append({optionName, translated(option.description), QLatin1String(option.value)});
        else
            parsed.append({optionName, translated(option.description)});
    }
    return parsed;
}

QString commandHelpText(const QString &name)
{
    if (const CommandHelp *command = findCommand(name))
        return oneCommandHelp(*command);
    // A group: every command that starts with the word.
    QStringList parts;
    for (const CommandHelp &command : commands()) {
        if (QString::fromLatin1(command.name).startsWith(name + u' '))
            parts << oneCommandHelp(command);
    }
    return parts.join(u'\n');
}

QString overviewText()
{
    QString out = Text::tr("Usage:") + u'\n';
    const QList<std::pair<QString, QString>> window = {
        {kProgram, Text::tr("open the window")},
        {kProgram + u" --demo"_qs, Text::tr("open the window on the demo sandbox")},
        {kProgram + u" JOB_ID|JOB_URL"_qs, Text::tr("open the window on that job")},
        {kProgram + u" --version"_qs, Text::tr("print the version")},
    };
    for (const auto &[line, what] : window)
        out += hanging(u"  "_qs + line, what, 38);
    out += u'\n' + Text::tr("Commands:") + u'\n';
    for (const CommandHelp &command : commands())
        out += synopsisLines(command, u"  "_qs);
    QStringList connectionCommands;
    for (const CommandHelp &command : commands()) {
        if (command.connection)
            connectionCommands << QLatin1String(command.name);
    }
    QStringList connection;
    for (const OptionHelp &option : connectionHelp())
        connection << optionLabel(option).trimmed();
    out += u'\n' + hanging({}, Text::tr("Connection options (%1): %2.").arg(connectionCommands.join(u", "), connection.join(u", ")), 0);
    out += hanging({}, Text::tr("Every command takes --color=never|auto|always and --help."), 0);
    out += hanging({}, Text::tr("Run 'codearts-inspector help COMMAND' for a command's options and an example."), 0);
    out += u'\n' + hanging({}, Text::tr("Exit codes: 0 success; 1 run --watch: the build failed, watch --exit-status: a job "
                                        "did not succeed, favorites and history: the history database could not be used; "
                                        "2 usage error or invalid job ID (nothing sent); 3 authentication or permission; "
                                        "4 job not found, not a favorite, or nothing to stop; 5 other API error, or an "
                                        "answer that makes no sense; 6 network, TLS, redirect or timeout, or a run or stop "
                                        "that may have happened without an answer."),
                           0);
    return out;
}

QString nearest(const QString &word, const QStringList &candidates)
{
    const QString given = word.toLower();
    const int allowed = qMax(1, int(given.size()) / 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int d = distance(given, candidate.toLower());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.addOption({{u"h"_qs, u"help"_qs}, translated(globalHelp().last().description)});
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return usageError(command, parser.errorText());
        QStringList known = {u"--help"_qs, u"--color"_qs};
        for (const QCommandLineOption &option : optionsOf(command))
            known << u"--"_qs + option.names().constFirst();
        const QString given = dashed(unknown.constFirst());
        const QString suggestion = nearest(given, known);
        return usageError(command, suggestion.isEmpty()
                                       ? Text::tr("Unknown option %1.").arg(given)
                                       : Text::tr("Unknown option %1; did you mean %2?").arg(given, suggestion));
    }
    if (parser.isSet(u"help"_qs)) {
        printOut(commandHelpText(command));
        return kExitOk;
    }
    // Nothing a command is given holds a line break or an escape: no name, search, note or
    // branch has one, and in a value sent on or stored it would be trouble.
    for (const QString &name : parser.optionNames()) {
        for (const QString &value : parser.values(name)) {
            if (hasControlCharacter(value))
                return usageError(command, Text::tr("The value of %1 holds a control character (such as a line break "
                                                    "or ESC); nothing was done.").arg(dashed(name)));
        }
    }
    for (const QString &argument : parser.positionalArguments()) {
        if (hasControlCharacter(argument))
            return usageError(command, Text::tr("An argument holds a control character (such as a line break or ESC); "
                                                "nothing was done."));
    }
    return std::nullopt;
}

std::optional<int> takeColorOption(QStringList &arguments)
{
    static const QStringList modes = {u"never"_qs, u"auto"_qs, u"always"_qs};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == u"--")
            break;
        QString value;
        if (argument.startsWith(u"--color=")) {
            value = argument.mid(8);
            arguments.removeAt(i--);
        } else if (argument == u"--color") {
            const bool valueFollows = i + 1 < arguments.size() && modes.contains(arguments.at(i + 1));
            value = valueFollows ? arguments.at(i + 1) : u"always"_qs;   // as ls and grep read a bare --color
            arguments.remove(i, valueFollows ? 2 : 1);
            --i;
        } else {
            continue;
        }
        if (!modes.contains(value))
            return usageError(Text::tr("--color takes never, auto or always, not \"%1\".").arg(value));
        setColorMode(value == u"never" ? ColorMode::Never : value == u"always" ? ColorMode::Always : ColorMode::Auto);
    }
    return std::nullopt;
}

} // namespace CommandLine
