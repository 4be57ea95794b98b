#include "cli/commandline.h"

#include "api/apierror.h"
#include "credentials/authenticatedfetch.h"
#include "api/endpoints.h"
#include "api/iamclient.h"
#include "api/jobclient.h"
#include "api/jobid.h"
#include "api/networkproxy.h"
#include "cli/connection.h"
#include "cli/historycommands.h"
#include "cli/jobcommands.h"
#include "cli/buildcommands.h"
#include "cli/commandhelp.h"
#include "cli/jobrequest.h"
#include "cli/logcommand.h"
#include "cli/profilecommands.h"
#include "cli/terminal.h"
#include "cli/watchcommand.h"
#include "platform/appsettings.h"
#include "platform/translations.h"
#include "sandbox/demosandbox.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTextStream>

#include <cmath>

namespace CommandLine {

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString formatTime(std::optional<qint64> epochMs)
{
    const QString when = epochMs ? localTime(*epochMs, true) : QString();
    return when.isEmpty() ? Text::tr("unknown") : when;
}

QString formatSeconds(std::optional<double> seconds)
{
    return seconds ? QString::number(*seconds, 'f', 2) + u" s" : Text::tr("unknown");
}

QString formatBool(std::optional<bool> value, const QString &yes, const QString &no)
{
    return value ? (*value ? yes : no) : Text::tr("unknown");
}

// In range: "92 / 100". Outside 0..100 the number is shown as the service sent it, flagged.
QString formatHealth(std::optional<int> score)
{
    if (!score)
        return Text::tr("unknown");
    if (!JobInfo::isHealthScoreInRange(*score))
        return Text::tr("%1 (outside 0 to 100, as the service sent it)").arg(*score);
    return QString::number(*score) + u" / 100";
}

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? Text::tr("unknown") : text;
}

QString listing(const JobInfo &job)
{
    const QString yes = Text::tr("yes");
    const QString no = Text::tr("no");
    QList<std::pair<QString, QString>> rows = {
        {Text::tr("Job name"), orUnknown(job.jobName)},
        {Text::tr("Job ID"), orUnknown(job.id)},
        {Text::tr("Build project"), orUnknown(job.buildProjectId)},
        {Text::tr("Source"), orUnknown(job.sourceCode)},
        {Text::tr("Running status"), orUnknown(job.runningStatus)},
        {Text::tr("Last build status"), orUnknown(job.lastBuildStatus)},
        {Text::tr("Last build time"), formatTime(job.lastBuildTimeMs)},
        {Text::tr("Health score"), formatHealth(job.healthScore)},
        {Text::tr("Created"), formatTime(job.createTimeMs)},
        {Text::tr("Build time"), formatSeconds(job.buildTime)},
        {Text::tr("Charge time"), formatSeconds(job.chargeTime)},
    };
    // In the words the window uses ("Run permission: allowed"); --json keeps the API's names.
    for (const PermissionFlag &flag : kPermissionFlags)
        rows.append({Text::tr("%1 permission").arg(Permissions::label(flag)),
                     Permissions::stateText(job.*(flag.member)).toLower()});
    rows.append({Text::tr("Disabled"), formatBool(job.disabled, yes, no)});
    rows.append({Text::tr("Favorite"), formatBool(job.favorite, yes, no)});
    rows.append({Text::tr("New build"), formatBool(job.newBuild, yes, no)});
    rows.append({Text::tr("Project permissions"), formatBool(job.projectPermissionSwitch, yes, no)});
    for (auto it = job.unknownFields.constBegin(); it != job.unknownFields.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
            : value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : value.isArray()  ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                               : value.toVariant().toString();
        rows.append({it.key(), text});
    }

    // The service's text, unknown field names included, is escaped before it is measured.
    for (auto &[label, value] : rows) {
        label = printable(label);
        value = printable(value);
    }
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    QString out;
    for (const auto &[label, value] : rows)
        out += label.leftJustified(width + 2) + value + u'\n';
    return out;
}

// Turns the parsed options into a request; on a usage problem returns the exit code instead.
std::variant<JobRequest, int> prepareShow(const QCommandLineParser &parser, QNetworkAccessManager *nam)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(u"show"_qs, Text::tr("'show' takes exactly one job ID or job page URL."));
    return prepareJobRequest(parser, positional.first(), nam);
}

} // namespace

std::variant<JobRequest, int> prepareJobRequest(const QCommandLineParser &parser, const QString &jobArgument,
                                                QNetworkAccessManager *nam)
{
    JobRequest request;
    const std::optional<JobId::Reference> reference = JobId::parse(jobArgument);
    if (!reference)
        return usageError(Text::tr("\"%1\" is not a job ID or job page URL. %2")
                              .arg(jobArgument.trimmed(), JobId::formatDescription()));
    request.jobId = reference->jobId;
    // optionNames(), not isSet(): a command without --json (log) would have Qt warn of it.
    request.json = parser.optionNames().contains(u"json"_qs);
    auto connection = prepareConnection(parser, nam, &*reference);
    if (const int *exitCode = std::get_if<int>(&connection))
        return *exitCode;
    static_cast<Connection &>(request) = std::move(std::get<Connection>(connection));
    return request;
}

std::variant<Connection, int> prepareConnection(const QCommandLineParser &parser, QNetworkAccessManager *nam,
                                                const JobId::Reference *job)
{
    Connection show;
    show.verbose = parser.isSet(u"verbose"_qs);
    showQtMessages(show.verbose);
    show.demo = parser.isSet(u"demo"_qs);

    const bool hasEndpoint = parser.isSet(u"endpoint"_qs);
    const bool hasRegion = parser.isSet(u"region"_qs);
    if (int(hasEndpoint) + int(hasRegion) + int(show.demo) > 1)
        return usageError(Text::tr("Give only one of --endpoint, --region and --demo."));
    if (hasRegion) {
        const QString region = parser.value(u"region"_qs);
        if (!Endpoints::isKnownRegion(region)) {
            QStringList ids;
            for (const Endpoints::Region &known : Endpoints::regions())
                ids << QLatin1String(known.id);
            return usageError(Text::tr("Unknown region \"%1\". Known regions: %2.").arg(region, ids.join(u", ")));
        }
        show.options.baseUrl = Endpoints::forRegion(region);
    } else if (hasEndpoint) {
        show.options.baseUrl = QUrl(parser.value(u"endpoint"_qs).trimmed(), QUrl::StrictMode);
        if (const QString why = Endpoints::whyUnusable(show.options.baseUrl); !why.isEmpty())
            return usageError(why);
    }
    // The console URL's region, when no option or profile says where the job lives.
    const QUrl urlRegionEndpoint = job ? Endpoints::forRegion(job->region) : QUrl();

    if (parser.isSet(u"timeout"_qs)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_qs).toDouble(&ok);
        // toDouble() takes "nan" and "inf"; neither is a time limit.
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
            return usageError(Text::tr("--timeout takes a number of seconds between 0 and 3600."));
        show.options.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    } else {
        // What the window's Network settings say, as for every command.
        show.options.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    }
    if (parser.isSet(u"ca-file"_qs)) {
        const QString path = parser.value(u"ca-file"_qs);
        show.options.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (show.options.extraCaCertificates.isEmpty())
            return usageError(Text::tr("No PEM certificate could be read from \"%1\".").arg(path));
    } else if (const QString saved = AppSettings::caFile(); !saved.isEmpty()) {
        show.options.extraCaCertificates = QSslCertificate::fromPath(saved, QSsl::Pem);
        if (show.options.extraCaCertificates.isEmpty())
            show.options.extraCaCertificates = QSslCertificate::fromPath(saved, QSsl::Der);
        if (show.options.extraCaCertificates.isEmpty())
            return fail(6, Text::tr("The CA file \"%1\" in the Network settings cannot be read.").arg(saved));
    }

    // Credentials: --token-stdin, --demo, else a profile or CLOUD_SDK_AK/SK (profilecommands.cpp).
    const QString whereMissing = Text::tr("Say where the job lives: --region REGION or --endpoint URL.");
    if (parser.isSet(u"profile"_qs) && (show.demo || parser.isSet(u"token-stdin"_qs)))
        return usageError(Text::tr("--profile cannot be combined with --demo or --token-stdin."));
    show.credentials = std::make_shared<ShowCredentials>();
    if (parser.isSet(u"token-stdin"_qs)) {
        if (show.options.baseUrl.isEmpty())
            show.options.baseUrl = urlRegionEndpoint;
        if (show.options.baseUrl.isEmpty())
            return usageError(whereMissing);
        const SecretLine token = readSecretLine(Text::tr("The IAM token"));
        if (token.status == SecretLine::Status::Refused)
            return token.exitCode;
        if (token.status == SecretLine::Status::Missing)
            return fail(3, Text::tr("--token-stdin was given but standard input held no token."));
        show.credentials->provider = CredentialProvider::forToken(token.value);
    } else if (show.demo) {
        show.credentials->provider = CredentialProvider::forToken(DemoSandbox::demoToken());
    } else {
        auto found = credentialsForShow(parser.value(u"profile"_qs), nam);
        if (const int *exitCode = std::get_if<int>(&found))
            return *exitCode;
        show.credentials = std::move(std::get<std::unique_ptr<ShowCredentials>>(found));
        if (show.options.baseUrl.isEmpty()) // --endpoint and --region override the profile's
            show.options.baseUrl = show.credentials->endpoint;
        if (show.options.baseUrl.isEmpty())
            show.options.baseUrl = urlRegionEndpoint;
        if (show.options.baseUrl.isEmpty())
            return usageError(whereMissing);
    }
    if (job) {
        if (const QString mismatch = JobId::regionMismatch(*job, show.options.baseUrl); !mismatch.isEmpty())
            warn(mismatch);
    }
    show.credentials->provider->setIamOptions(show.options);
    // AK/SK from the environment: the region's project, for X-Project-Id, is looked up by the
    // region given or the one the endpoint's host names.
    const QString region = parser.isSet(u"region"_qs) ? parser.value(u"region"_qs).trimmed()
                                                        : Endpoints::regionOf(show.options.baseUrl);
    if (!region.isEmpty())
        show.credentials->provider->setProjectLookup(nam, IamClient::endpointForRegion(region), region);
    return show;
}

QList<QCommandLineOption> connectionOptions()
{
    QList<QCommandLineOption> options;
    for (const OptionHelp &option : connectionHelp()) {
        const QString description = QCoreApplication::translate("CommandLine", option.description);
        if (*option.value)
            options.append({QLatin1String(option.name), description, QLatin1String(option.value)});
        else
            options.append({QLatin1String(option.name), description});
    }
    return options;
}

QList<QCommandLineOption> jobRequestOptions()
{
    return optionsOf(u"show"_qs);
}

namespace {

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(optionsOf(u"show"_qs));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, u"show"_qs))
        return *exitCode;

    QNetworkAccessManager nam;
    auto prepared = prepareShow(parser, &nam);
    if (const int *exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    JobRequest &show = std::get<JobRequest>(prepared);

    DemoSandbox sandbox;
    if (show.demo) {
        if (!sandbox.start())
            return fail(6, Text::tr("The demo sandbox could not listen on 127.0.0.1."));
        show.options.baseUrl = sandbox.baseUrl();
    }

    FetchRecorder recorder; // opens the history while the request is under way
    JobClient client(&nam);
    client.setOptions(show.options);
    // Gets the credentials, fetches, and signs in again once after a 401 (password profiles).
    AuthenticatedFetch authenticated(&client, show.credentials->provider.get(), show.jobId);
    AuthenticatedFetch *fetch = &authenticated;
    if (show.verbose) {
        QObject::connect(fetch, &AuthenticatedFetch::trace, fetch, &CommandLine::trace);
        QObject::connect(show.credentials->provider.get(), &CredentialProvider::trace, fetch, &CommandLine::trace);
    }
    QEventLoop loop;
    QObject::connect(fetch, &AuthenticatedFetch::finished, &loop, &QEventLoop::quit);
    fetch->start();
    loop.exec();

    if (fetch->lastFetch())
        recorder.record(show.demo ? QString::fromLatin1(AppSettings::kDemoEndpoint)
                                  : show.options.baseUrl.toString(),
                        *fetch->lastFetch());
    if (!fetch->succeeded())
        return fail(fetch->error().exitCode(), fetch->error().oneLine());
    const JobInfo &job = *fetch->job();
    if (show.json)
        printJson(job.toJson());
    else
        printOut(listing(job));
    return kExitOk;
}

// Serves the demo sandbox until the process is stopped; for trying the command line and curl.
int runSandbox(const QStringList &arguments)
{
    const QString command = u"sandbox"_qs;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Text::tr("'sandbox' takes no arguments."));
    bool ok = true;
    const uint port = parser.isSet(u"port"_qs) ? parser.value(u"port"_qs).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return usageError(command, Text::tr("--port takes a number between 0 and 65535."));
    const int jobs = parser.isSet(u"jobs"_qs) ? parser.value(u"jobs"_qs).toInt(&ok) : 1200;
    if (!ok || jobs < 0 || jobs > 1'000'000)
        return usageError(command, Text::tr("--jobs takes a number between 0 and 1000000."));
    const int latencyMs = parser.isSet(u"latency"_qs) ? parser.value(u"latency"_qs).toInt(&ok) : 0;
    if (!ok || latencyMs < 0 || latencyMs > 60'000)
        return usageError(command, Text::tr("--latency takes a number of milliseconds between 0 and 60000."));
    DemoSandbox sandbox;
    sandbox.setJobListSize(jobs);
    sandbox.setLatencyMs(latencyMs);
    if (!sandbox.start(QHostAddress::LocalHost, quint16(port)))
        return fail(6, Text::tr("The demo sandbox could not listen on 127.0.0.1:%1.").arg(port));
    printOut(sandbox.baseUrl().toString() + u'\n');
    return QCoreApplication::exec();
}

} // namespace

namespace {

// `help [COMMAND...]`: the overview, or the command's (or its group's) help.
int runHelp(const QStringList &words)
{
    if (words.isEmpty()) {
        printOut(usage());
        return kExitOk;
    }
    const QString name = words.join(u' ');
    const QString text = commandHelpText(name);
    if (!text.isEmpty()) {
        printOut(text);
        return kExitOk;
    }
    QStringList names;
    for (const CommandHelp &command : commands())
        names << QLatin1String(command.name);
    const QString suggestion = nearest(name, names + commandWords());
    return usageError(suggestion.isEmpty() ? Text::tr("There is no command \"%1\".").arg(name)
                                           : Text::tr("There is no command \"%1\"; did you mean %2?").arg(name, suggestion));
}

// The command `arguments` ask help for with --help or -h: the command's word and, for a group
// (profile, favorites, history), its action when one is given.
QString helpTarget(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    const QString action = arguments.value(2);
    if (findCommand(word + u' ' + action))
        return word + u' ' + action;
    return word;
}

bool asksForHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(2)) {
        if (argument == u"--")
            return false;
        if (argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

} // namespace

int run(const QStringList &givenArguments)
{
    QStringList arguments = givenArguments;
    if (const std::optional<int> exitCode = takeColorOption(arguments))
        return *exitCode;
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        printOut(QStringLiteral(CODEARTS_INSPECTOR_APP_NAME " " CODEARTS_INSPECTOR_VERSION "\n"));
        return kExitOk;
    }
    if (command == u"--help" || command == u"-h" || command == u"help")
        return runHelp(command == u"help" ? arguments.mid(2) : QStringList());
    const QStringList rest = arguments.mid(1); // the subcommand stands in for the program name
    if (!commandWords().contains(command)) {
        const QString suggestion = nearest(command, commandWords());
        return usageError(suggestion.isEmpty()
                              ? Text::tr("Unknown command \"%1\".").arg(command)
                              : Text::tr("Unknown command \"%1\"; did you mean %2?").arg(command, suggestion));
    }
    if (asksForHelp(arguments)) {
        printOut(commandHelpText(helpTarget(arguments)));
        return kExitOk;
    }
    if (command == u"show")
        return runShow(rest);
    if (command == u"sandbox")
        return runSandbox(rest);
    if (command == u"profile")
        return runProfileCommand(rest);
    if (command == u"favorites")
        return runFavoritesCommand(rest);
    if (command == u"history")
        return runHistoryCommand(rest);
    if (command == u"jobs")
        return runJobsCommand(rest);
    if (command == u"projects")
        return runProjectsCommand(rest);
    if (command == u"watch")
        return runWatchCommand(rest);
    if (isBuildCommand(command))
        return runBuildCommand(command, rest);
    if (command == u"log")
        return runLogCommand(rest);
    return usageError(Text::tr("Unknown command \"%1\".").arg(command));
}

int runProgram(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installMessageHandler();
    AppSettings::setApplicationIdentity();
    Translations::install();
    SystemProxyFactory::install();
    return run(QCoreApplication::arguments());
}

} // namespace CommandLine
