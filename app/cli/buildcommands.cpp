#include "cli/buildcommands.h"

#include "api/buildclient.h"
#include "api/builddetailsfetch.h"
#include "api/buildfollower.h"
#include "api/buildrecordsfetch.h"
#include "api/joblist.h"
#include "api/lenientjson.h"
#include "api/listpager.h"
#include "cli/buildsession.h"
#include "cli/commandhelp.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"
#include "logs/failuresummary.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace CommandLine {

namespace {

// The same translation context as the rest of the command line.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int kExitBuildFailed = 1;
constexpr int kExitNotFound = 4;
constexpr int kExitApi = 5;
constexpr int kExitNetwork = 6;
constexpr int kDefaultDays = 7;

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_qs : text;
}

// Sends one call and waits for it; --verbose prints its trace.
BuildCall *call(BuildSession &session, BuildCall *buildCall)
{
    if (session.request.verbose)
        QObject::connect(buildCall, &BuildCall::trace, buildCall, &CommandLine::trace);
    waitFor(buildCall);
    return buildCall;
}

// A run or stop that may have reached the service: say so, and never send it again.
int failMaybeApplied(const BuildCall &buildCall, const QString &what)
{
    return fail(kExitNetwork, what + u' ' + buildCall.error().oneLine());
}

std::optional<int> parseCount(const QCommandLineParser &parser, const QString &command, const QString &name, int low,
                              int high, int fallback, int *value)
{
    *value = fallback;
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok || *value < low || *value > high)
        return usageError(command, Text::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(low).arg(high));
    return std::nullopt;
}

// Sets the parser up for `command` and parses; returns the exit code when parsing ends the
// command (errors, --help).
std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         qsizetype positionalCount)
{
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return exitCode;
    if (parser.positionalArguments().size() != positionalCount)
        return usageError(command, positionalCount == 1 ? Text::tr("Give exactly one job ID or job page URL.")
                                                        : Text::tr("Give a job ID or job page URL and a build number."));
    return std::nullopt;
}

// A build number for people: "-" when the answer named none.
QString numberText(int number)
{
    return number > 0 ? QString::number(number) : u"-"_qs;
}

// The builds table: number and result always; the daily number, executor and trigger give way
// first on a narrow terminal.
QList<Column> buildColumns()
{
    return {
        {Text::tr("BUILD"), Column::Kind::Number, 0},
        {Text::tr("DAILY"), Column::Kind::Text, 7, 12},
        {Text::tr("RESULT"), Column::Kind::State, 0},
        {Text::tr("STARTED"), Column::Kind::Text, 1, 16},
        {Text::tr("DURATION"), Column::Kind::Text, 2, 8},
        {Text::tr("TRIGGER"), Column::Kind::Text, 5, 16, 8},
        {Text::tr("EXECUTOR"), Column::Kind::Text, 6, 20, 8},
        {Text::tr("BRANCH"), Column::Kind::Text, 3, 32, 10},
        {Text::tr("COMMIT"), Column::Kind::Text, 4, 8},
    };
}

int runBuilds(const QStringList &arguments)
{
    const QString command = u"builds"_qs;
    QCommandLineParser parser;
    if (const auto done = parse(parser, command, arguments, 1))
        return *done;
    int days = 0;
    int limit = 0;
    if (const auto bad = parseCount(parser, command, u"days"_qs, 1, BuildWindows::kMaxDays, kDefaultDays, &days))
        return *bad;
    if (const auto bad = parseCount(parser, command, u"limit"_qs, 1, 1'000'000, 0, &limit))
        return *bad;
    BuildSession session;
    if (const auto done = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *done;

    const QDateTime to = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(session.client.get(), session.request.jobId, to.addDays(-days), to, limit);
    if (session.request.verbose)
        QObject::connect(&fetch, &BuildRecordsFetch::trace, &fetch, &CommandLine::trace);
    fetch.start();
    waitFor(&fetch);
    if (fetch.error().isError())
        return failWith(fetch.error());
    if (fetch.usedFallback() && days > 30)
        warn(Text::tr("Only the last 30 days are available from this service (the old build history)."));

    if (session.request.json) {
        QJsonArray records;
        for (const BuildRecord &record : fetch.records())
            records.append(record.toJson());
        printJson(records);
        return kExitOk;
    }
    QList<QStringList> rows;
    for (const BuildRecord &record : fetch.records()) {
        const QString started = record.startTimeMs ? localTime(*record.startTimeMs) : QString();
        rows.append({numberText(record.number), orDash(record.dailyBuildNumber), orDash(record.result), orDash(started),
                     BuildParse::durationText(record.durationMs), orDash(record.triggerType), orDash(record.executor),
                     orDash(record.branch), orDash(record.commitId.left(8))});
    }
    if (rows.isEmpty()) {
        printOut(Text::tr("No builds in the last %n days.", nullptr, days) + u'\n');
        return kExitOk;
    }
    printOut(table(buildColumns(), rows));
    return kExitOk;
}

// A build number given on the command line, read as strictly as one from an answer; 0 for none.
int parseBuildNumber(const QString &text)
{
    return LenientJson::readBuildNumber(QJsonValue(text.trimmed())).value_or(0);
}

QString detailsListing(const BuildDetails &details)
{
    QList<QStringList> rows;
    const int failed = details.failedStep();
    for (qsizetype i = 0; i < details.steps.size(); ++i) {
        const BuildStep &step = details.steps.at(i);
        rows.append({step.name, step.status.isEmpty() ? Text::tr("not run") : step.status,
                     step.status.isEmpty() ? u"-"_qs : BuildParse::durationText(step.durationMs),
                     i == failed ? Text::tr("<- failed here") : QString()});
    }
    QString out = Text::tr("Build %1 of %2").arg(numberText(details.number), printable(orDash(details.jobName))) + u"\n\n";
    out += table({{Text::tr("STEP"), Column::Kind::Text, 0, 60, 16},
                  {Text::tr("STATUS"), Column::Kind::State, 0},
                  {Text::tr("DURATION"), Column::Kind::Text, 1},
                  {QString(), Column::Kind::Text, 2}},
                 rows);
    if (!details.parameters.isEmpty()) {
        out += u'\n' + Text::tr("Parameters") + u'\n';
        for (const auto &[name, value] : details.parameters)
            out += u"  " + printable(name) + u" = " + printable(value) + u'\n';
    }
    return out;
}

// The name of a CodeArts project, from the projects the account may see (ListRelatedProjectInfo);
// empty when it is not among them or the list cannot be read.
QString projectName(BuildSession &session, const QString &codeArtsProjectId)
{
    if (codeArtsProjectId.isEmpty())
        return {};
    ListQuery query;
    query.call = ListQuery::Call::Projects;
    ListPager pager(&session.nam, session.request.options, session.request.credentials->provider.get(), query);
    QString name;
    QObject::connect(&pager, &ListPager::itemsReady, &pager, [&name, &codeArtsProjectId](const QList<QJsonObject> &items) {
        for (const QJsonObject &item : items) {
            const ProjectSummary project = ProjectSummary::fromJson(item);
            if (project.id.compare(codeArtsProjectId, Qt::CaseInsensitive) == 0)
                name = project.name;
        }
    });
    pager.start();
    waitFor(&pager);
    return name;
}

int runBuild(const QStringList &arguments)
{
    const QString command = u"build"_qs;
    QCommandLineParser parser;
    if (const auto done = parse(parser, command, arguments, 2))
        return *done;
    const int number = parseBuildNumber(parser.positionalArguments().at(1));
    if (number <= 0)
        return usageError(command, Text::tr("\"%1\" is not a build number (a whole number from 1).")
                                       .arg(parser.positionalArguments().at(1)));
    BuildSession session;
    if (const auto done = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *done;
    // The build's record, steps and parameters; beside them its job's name and CodeArts project,
    // which only the job's configuration says.
    BuildDetailsFetch fetch(session.client.get(), session.request.jobId, number);
    if (session.request.verbose)
        QObject::connect(&fetch, &BuildDetailsFetch::trace, &fetch, &CommandLine::trace);
    fetch.start();
    BuildCall *config = session.client->jobConfig(session.request.jobId);
    waitFor(&fetch);
    if (fetch.error().isError())
        return failWith(fetch.error());
    BuildDetails details = fetch.details();
    call(session, config);
    if (config->succeeded() && !fetch.usedFallback()) {
        const JobConfig job = BuildParse::jobConfig(config->json().value(u"result").toObject());
        details.jobName = job.jobName;
        const QString project = fetch.record().codeArtsProjectId.isEmpty() ? job.codeArtsProjectId
                                                                            : fetch.record().codeArtsProjectId;
        details.projectName = projectName(session, project);
    }
    // Why it failed: the failed step from the steps read, the line that explains it from the
    // log (read for a failed build only, not waited for when throttled).
    FailureSummary failure(session.client.get(), session.request.jobId, number);
    failure.setDetails(fetch.details(), fetch.record());
    failure.setWaitWhenThrottled(false);
    if (session.request.verbose)
        QObject::connect(&failure, &FailureSummary::trace, &failure, [](const QString &line) { printErr(line + u'\n'); });
    failure.start();
    waitFor(&failure);
    if (failure.error().isError())
        warn(Text::tr("The build's log could not be read: %1").arg(failure.error().oneLine()));
    const std::optional<QString> failedStep = failure.failedStep();
    const std::optional<QString> errorLine = failure.errorLine();
    if (session.request.json) {
        QJsonObject json = details.toJson();
        json.insert(u"failed_step"_qs, failedStep ? QJsonValue(*failedStep) : QJsonValue());
        json.insert(u"error"_qs, errorLine ? QJsonValue(*errorLine) : QJsonValue());
        printJson(json);
        return kExitOk;
    }
    QString out = detailsListing(details);
    if (failedStep && errorLine)
        out += u'\n' + Text::tr("Failed at %1: %2").arg(printable(*failedStep), printable(*errorLine)) + u'\n';
    else if (failedStep)
        out += u'\n' + Text::tr("Failed at %1.").arg(printable(*failedStep)) + u'\n';
    else if (errorLine)
        out += u'\n' + Text::tr("Failed: %1").arg(printable(*errorLine)) + u'\n';
    printOut(out);
    return kExitOk;
}

// How long the build took: its record's duration, else the sum of its steps', else how long it
// was followed.
std::optional<qint64> buildDuration(const BuildFollower &follower, qint64 followedMs)
{
    if (follower.record().durationMs)
        return follower.record().durationMs;
    qint64 steps = 0;
    for (const BuildStep &step : follower.details().steps)
        steps += step.durationMs;
    return steps > 0 ? steps : followedMs;
}

// The last lines of `run --watch`: the build, how it ended, the step that failed, how long it
// took, and where to read why.
QString summary(const JobRequest &request, const BuildFollower &follower, const QString &result, qint64 followedMs)
{
    const BuildDetails &details = follower.details();
    const int failed = details.failedStep();
    QString out = Text::tr("Build %1: %2").arg(numberText(follower.buildNumber()), colored(printable(result), toneOf(result)));
    if (failed >= 0)
        out += u", "_qs + Text::tr("failed at step %1 (%2)").arg(failed + 1).arg(printable(details.steps.at(failed).name));
    out += u", "_qs + Text::tr("took %1").arg(BuildParse::durationText(buildDuration(follower, followedMs))) + u'\n';
    if (result != u"success")
        out += Text::tr("See: codearts-inspector log %1 %2 --failed").arg(request.jobId).arg(follower.buildNumber()) + u'\n';
    return out;
}

// Follows the build to its end, printing step changes on stderr; 0 success, 1 otherwise.
int watch(BuildSession &session, const StartedBuild &started, bool json)
{
    BuildFollower follower(session.client.get(), session.request.jobId, started.number);
    QString lastLine;
    QObject::connect(&follower, &BuildFollower::progressed, &follower, [&follower, &lastLine] {
        for (const BuildStep &step : follower.details().steps) {
            if (step.status != u"running")
                continue;
            const QString line = Text::tr("running: %1").arg(printable(step.name));
            if (line != lastLine)
                printErr(line + u'\n');
            lastLine = line;
        }
    });
    QElapsedTimer followed;
    followed.start();
    follower.start();
    waitFor(&follower);
    if (follower.error().isError())
        return failWith(follower.error());
    const QString result = follower.state().result;
    if (json)
        printJson(QJsonObject{{u"build_number"_qs, started.number},
                              {u"daily_build_number"_qs, started.dailyBuildNumber},
                              {u"result"_qs, result},
                              {u"steps"_qs, follower.details().toJson().value(u"steps")}});
    else
        printOut(summary(session.request, follower, result, followed.elapsed()));
    return result == u"success" ? kExitOk : kExitBuildFailed;
}

// ExecuteJob has no branch field: a branch goes to the job's branch parameter, which only the
// job's configuration names. Returns the exit code when the run must not be sent: a job
// without a branch parameter would build its default branch without a word.
std::optional<int> chooseBranch(BuildSession &session, RunRequest &run, const QString &branch)
{
    BuildCall *config = call(session, session.client->jobConfig(session.request.jobId));
    if (!config->succeeded())
        return failWith(config->error());
    const JobConfig job = BuildParse::jobConfig(config->json().value(u"result").toObject());
    if (const QString why = run.setBranch(job, branch); !why.isEmpty())
        return usageError(u"run"_qs, why + u' ' + Text::tr("Nothing was started."));
    if (const QString why = run.whyInvalid(); !why.isEmpty())
        return usageError(u"run"_qs, why);
    return std::nullopt;
}

// The branch the started build really uses, from its record (asked a few times: a build just
// started may not be recorded yet); says so on stderr, and warns when it is not the one asked
// for. Empty when the record cannot be read.
QString builtBranch(BuildSession &session, int number, const QString &asked)
{
    constexpr int kAttempts = 3;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0) {
            QEventLoop pause;
            QTimer::singleShot(1000, &pause, &QEventLoop::quit);
            pause.exec();
        }
        BuildCall *record = call(session, session.client->recordInfo(session.request.jobId, number));
        if (!record->succeeded())
            continue;
        const BuildRecordDetail detail = BuildParse::recordDetail(record->json().value(u"result").toObject());
        const QString built = detail.branch.isEmpty() ? detail.tag : detail.branch;
        if (built.isEmpty())
            break;
        if (!asked.isEmpty() && built != asked)
            warn(Text::tr("Build %1 builds %2, not the branch %3 that was asked for.")
                     .arg(number).arg(printable(built), printable(asked)));
        else if (!session.request.json)
            printErr(Text::tr("Build %1 builds %2.").arg(number).arg(printable(built)) + u'\n');
        return built;
    }
    warn(Text::tr("Which branch build %1 builds could not be read from its record.").arg(number));
    return {};
}

int runRun(const QStringList &arguments)
{
    const QString command = u"run"_qs;
    QCommandLineParser parser;
    if (const auto done = parse(parser, command, arguments, 1))
        return *done;
    RunRequest run;
    for (const QString &pair : parser.values(u"param"_qs)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usageError(command, Text::tr("--param takes NAME=VALUE, not \"%1\".").arg(pair));
        run.parameters.append({pair.left(equals), pair.mid(equals + 1)});
    }
    const QString branch = parser.value(u"branch"_qs).trimmed();
    run.tag = parser.value(u"tag"_qs);
    run.commitId = parser.value(u"commit"_qs);
    if (int(parser.isSet(u"branch"_qs)) + int(parser.isSet(u"tag"_qs)) + int(parser.isSet(u"commit"_qs)) > 1)
        return usageError(command, Text::tr("Give only one of --branch, --tag and --commit."));
    if (parser.isSet(u"branch"_qs) && branch.isEmpty())
        return usageError(command, Text::tr("--branch needs a branch name."));
    BuildSession session;
    if (const auto done = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *done;
    run.jobId = session.request.jobId;
    if (const QString why = run.whyInvalid(); !why.isEmpty())
        return usageError(command, why);
    if (!branch.isEmpty()) {
        if (const std::optional<int> refused = chooseBranch(session, run, branch))
            return *refused;
    }

    BuildCall *answer = call(session, session.client->execute(run));
    if (answer->mayHaveTakenEffect())
        return failMaybeApplied(*answer, Text::tr("The build may have started, but no answer came back: check the job's "
                                                  "builds before running it again."));
    if (!answer->succeeded())
        return failWith(answer->error());
    const std::optional<StartedBuild> started = BuildParse::startedBuild(answer->json());
    if (!started)
        return fail(kExitApi, Text::tr("The build started, but the answer named no valid build number: check the "
                                       "job's builds before running it again."));
    const QString built = builtBranch(session, started->number, branch);
    if (!parser.isSet(u"watch"_qs)) {
        if (session.request.json)
            printJson(QJsonObject{{u"build_number"_qs, started->number},
                                  {u"daily_build_number"_qs, started->dailyBuildNumber},
                                  {u"branch"_qs, built.isEmpty() ? QJsonValue() : QJsonValue(built)}});
        else
            printOut(QString::number(started->number) + u'\n');
        return kExitOk;
    }
    if (!session.request.json)
        printOut(QString::number(started->number) + u'\n');
    return watch(session, *started, session.request.json);
}

int runStop(const QStringList &arguments)
{
    const QString command = u"stop"_qs;
    QCommandLineParser parser;
    if (const auto done = parse(parser, command, arguments, 1))
        return *done;
    int number = 0;
    if (parser.isSet(u"build"_qs) && (number = parseBuildNumber(parser.value(u"build"_qs))) <= 0)
        return usageError(command, Text::tr("--build takes a build number (a whole number from 1)."));
    BuildSession session;
    if (const auto done = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *done;
    if (number == 0) {
        BuildCall *status = call(session, session.client->runningStatus(session.request.jobId));
        if (!status->succeeded())
            return failWith(status->error());
        const RunningStatus running = BuildParse::runningStatus(status->json());
        // A number that is no build number is never rounded to one: that build was not named.
        if (running.isRunning && !running.lastBuildNumber)
            return fail(kExitApi, running.unreadableBuildNumber.isEmpty()
                                      ? Text::tr("A build is running, but the service did not say which; nothing was "
                                                 "stopped. Give its number with --build.")
                                      : Text::tr("A build is running, but the service named it \"%1\", which is not a "
                                                 "build number; nothing was stopped. Give its number with --build.")
                                            .arg(running.unreadableBuildNumber));
        if (!running.isRunning)
            return fail(kExitNotFound, Text::tr("Nothing is running for this job."));
        number = *running.lastBuildNumber;
    }
    BuildCall *answer = call(session, session.client->stop(session.request.jobId, number));
    if (answer->mayHaveTakenEffect())
        return failMaybeApplied(*answer, Text::tr("The build may have been stopped, but no answer came back."));
    if (!answer->succeeded())
        return failWith(answer->error());
    if (session.request.json)
        printJson(QJsonObject{{u"build_number"_qs, number}, {u"stopped"_qs, true}});
    else
        printOut(Text::tr("Stopped build %1.").arg(number) + u'\n');
    return kExitOk;
}

int runFollow(const QStringList &arguments, bool followed)
{
    QCommandLineParser parser;
    if (const auto done = parse(parser, followed ? u"follow"_qs : u"unfollow"_qs, arguments, 1))
        return *done;
    BuildSession session;
    if (const auto done = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *done;
    BuildCall *answer = call(session, session.client->setFollowed(session.request.jobId, followed));
    if (answer->mayHaveTakenEffect())
        return failMaybeApplied(*answer, Text::tr("The change may have been made, but no answer came back."));
    if (!answer->succeeded())
        return failWith(answer->error());
    const bool favorite = BuildParse::favorite(answer->json()).value_or(followed);
    if (session.request.json)
        printJson(QJsonObject{{u"job_id"_qs, session.request.jobId}, {u"favorite"_qs, favorite}});
    else
        printOut((favorite ? Text::tr("Following %1 in CodeArts.") : Text::tr("No longer following %1 in CodeArts."))
                     .arg(session.request.jobId)
                 + u'\n');
    return kExitOk;
}

} // namespace

bool isBuildCommand(const QString &command)
{
    static const QStringList commands = {u"builds"_qs, u"build"_qs, u"run"_qs, u"stop"_qs, u"follow"_qs,
                                         u"unfollow"_qs};
    return commands.contains(command);
}

int runBuildCommand(const QString &command, const QStringList &arguments)
{
    if (command == u"builds")
        return runBuilds(arguments);
    if (command == u"build")
        return runBuild(arguments);
    if (command == u"run")
        return runRun(arguments);
    if (command == u"stop")
        return runStop(arguments);
    return runFollow(arguments, command == u"follow");
}

} // namespace CommandLine
