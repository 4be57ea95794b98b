#include "cli/jobcommands.h"

#include "api/joblist.h"
#include "api/listpager.h"
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/connection.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"
#include "sandbox/demosandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace CommandLine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr qint64 kDefaultLimit = 50;

// A job's last build time: "never" when it has none (absent, null or 0), "unknown" when the
// value cannot be a time (unreadable, before 1970, after 9999).
QString lastBuildText(const QJsonValue &sent, const JobSummary &job)
{
    if (sent.isUndefined() || sent.isNull() || (job.lastBuildTimeMs && *job.lastBuildTimeMs == 0))
        return Text::tr("never");
    const QString when = job.lastBuildTimeMs && *job.lastBuildTimeMs > 0 ? localTime(*job.lastBuildTimeMs) : QString();
    return when.isEmpty() ? Text::tr("unknown") : when;
}

// The connection prepared, the sandbox started for --demo, and the event loop to wait in.
struct Session
{
    QNetworkAccessManager nam;
    Connection connection;
    std::unique_ptr<DemoSandbox> sandbox;
};

// Reads the shared options into `session`; returns an exit code on failure.
std::optional<int> openSession(const QCommandLineParser &parser, Session &session)
{
    auto prepared = prepareConnection(parser, &session.nam);
    if (const int *exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    session.connection = std::move(std::get<Connection>(prepared));
    if (session.connection.demo) {
        session.sandbox = std::make_unique<DemoSandbox>();
        if (!session.sandbox->start())
            return fail(6, Text::tr("The demo sandbox could not listen on 127.0.0.1."));
        session.connection.options.baseUrl = session.sandbox->baseUrl();
    }
    return std::nullopt;
}

// Runs one list to its end, handing each batch of items to `onItems`; the error, if any.
ApiError runList(Session &session, const ListQuery &query, qint64 limit,
                 const std::function<void(const QList<QJsonObject> &)> &onItems)
{
    CredentialProvider *provider = session.connection.credentials->provider.get();
    ListPager pager(&session.nam, session.connection.options, provider, query);
    pager.setLimit(limit);
    if (session.connection.verbose) {
        QObject::connect(&pager, &ListPager::trace, &pager, &CommandLine::trace);
        QObject::connect(provider, &CredentialProvider::trace, &pager, &CommandLine::trace);
    }
    QObject::connect(&pager, &ListPager::itemsReady, &pager, onItems);
    QObject::connect(&pager, &ListPager::warning, &pager, &CommandLine::warn);
    QEventLoop loop;
    QObject::connect(&pager, &ListPager::finished, &loop, &QEventLoop::quit);
    pager.start();
    loop.exec();
    return pager.error();
}

// --project: a 32-character ID as it is, or a project name (exact, ignoring case) looked up.
std::variant<ProjectSummary, int> resolveProject(Session &session, const QString &given)
{
    static const QRegularExpression idPattern(u"^[0-9a-z]{32}$"_qs);
    if (idPattern.match(given).hasMatch())
        return ProjectSummary{given, {}, {}};
    ListQuery query;
    query.call = ListQuery::Call::Projects;
    query.search = given;
    QList<ProjectSummary> matches;
    QStringList seen;
    const ApiError error = runList(session, query, 0, [&](const QList<QJsonObject> &items) {
        for (const QJsonObject &item : items) {
            const ProjectSummary project = ProjectSummary::fromJson(item);
            seen << project.name;
            if (project.name.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
                matches << project;
        }
    });
    if (error.isError())
        return fail(error.exitCode(), error.oneLine());
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return usageError(u"jobs"_qs, seen.isEmpty()
                              ? Text::tr("No project is named \"%1\".").arg(given)
                              : Text::tr("No project is named \"%1\". Similar: %2.").arg(given, seen.join(u", ")));
    QStringList ids;
    for (const ProjectSummary &project : std::as_const(matches))
        ids << project.id;
    return usageError(u"jobs"_qs, Text::tr("More than one project is named \"%1\"; give its ID: %2.").arg(given, ids.join(u", ")));
}

// Prints a JSON array as the items arrive, a batch at a time, so that tens of thousands of jobs
// never sit in memory.
class JsonArrayPrinter
{
public:
    void print(const QJsonObject &item)
    {
        m_batch += m_count++ == 0 ? '[' : ',';
        m_batch += QJsonDocument(item).toJson(QJsonDocument::Compact);
    }
    // Writes what print() collected (one write per page, not per job).
    void flush()
    {
        printJsonText(m_batch);
        m_batch.clear();
    }
    ~JsonArrayPrinter()
    {
        m_batch += m_count == 0 ? "[]\n" : "]\n";
        flush();
    }

private:
    QByteArray m_batch;   // UTF-8, as toJson() gives it
    qint64 m_count = 0;
};

// The jobs table: the name and state matter most; IDs shorten and the last build, health and
// project give way on a narrow terminal.
QList<Column> jobColumns()
{
    return {
        {Text::tr("NAME"), Column::Kind::Text, 0, 48, 16},
        {Text::tr("ID"), Column::Kind::Id, 1},
        {Text::tr("PROJECT"), Column::Kind::Text, 4, 24, 10},
        {Text::tr("STATUS"), Column::Kind::State, 0},
        {Text::tr("HEALTH"), Column::Kind::Number, 3},
        {Text::tr("LAST BUILD"), Column::Kind::Text, 2, 16},
    };
}

} // namespace

int runJobsCommand(const QStringList &arguments)
{
    const QString command = u"jobs"_qs;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Text::tr("'jobs' takes no arguments; search with --search TEXT."));

    ListQuery query;
    query.search = parser.value(u"search"_qs).trimmed();
    if (parser.isSet(u"status"_qs)) {
        const std::optional<BuildState> state = BuildStates::fromName(parser.value(u"status"_qs).trimmed().toLower());
        if (!state)
            return usageError(command, Text::tr("--status takes one of failed, success, running, aborted, timeout, none."));
        query.buildStatus = BuildStates::filterValue(*state);
    }
    qint64 limit = kDefaultLimit;
    if (parser.isSet(u"limit"_qs)) {
        bool ok = false;
        limit = parser.value(u"limit"_qs).trimmed().toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(command, Text::tr("--limit takes a whole number, 0 for all."));
    }
    if (limit > 0 && limit < ListQuery::kMaxPageSize)
        query.pageSize = int(limit);
    const bool json = parser.isSet(u"json"_qs);

    Session session;
    if (const std::optional<int> exitCode = openSession(parser, session))
        return *exitCode;

    std::optional<ProjectSummary> project;
    if (parser.isSet(u"project"_qs)) {
        auto resolved = resolveProject(session, parser.value(u"project"_qs).trimmed());
        if (const int *exitCode = std::get_if<int>(&resolved))
            return *exitCode;
        project = std::get<ProjectSummary>(resolved);
        query.call = ListQuery::Call::ProjectJobs;
        query.projectId = project->id;
    }

    // ListProjectJobs leaves out the project: put it back, under ListJob's field names.
    auto completed = [&project](QJsonObject item) {
        if (project && !item.contains(u"project_id"))
            item.insert(u"project_id", project->id);
        if (project && !project->name.isEmpty() && !item.contains(u"project_name"))
            item.insert(u"project_name", project->name);
        return item;
    };

    // Both outputs are written page by page: what arrived before a later page failed is out
    // before the error line.
    std::optional<JsonArrayPrinter> printer;
    TablePrinter table(jobColumns());
    const ApiError error = runList(session, query, limit, [&](const QList<QJsonObject> &items) {
        QList<QStringList> rows;
        for (const QJsonObject &item : items) {
            if (json) {
                if (!printer)
                    printer.emplace();
                printer->print(JobSummary::normalized(completed(item)));
                continue;
            }
            const JobSummary job = JobSummary::fromJson(completed(item));
            const QString lastBuild = lastBuildText(item.value(u"last_build_time"), job); // as sent, not normalized
            const bool healthKnown = job.healthScore && JobInfo::isHealthScoreInRange(*job.healthScore);
            rows << QStringList{job.jobName, job.id, job.projectName.isEmpty() ? job.codeArtsProjectId : job.projectName,
                                BuildStates::name(job.state),
                                healthKnown ? QString::number(*job.healthScore) : u"-"_qs, lastBuild};
        }
        if (printer)
            printer->flush();
        if (!rows.isEmpty())
            table.print(rows);
    });
    // The array is closed even after an error, so what was printed still parses; the exit code
    // and the error line say that it is incomplete.
    if (json && !printer && !error.isError())
        printer.emplace();
    printer.reset();
    if (!json && !error.isError())
        table.finish();
    if (error.isError())
        return fail(error.exitCode(), error.oneLine());
    return kExitOk;
}

int runProjectsCommand(const QStringList &arguments)
{
    const QString command = u"projects"_qs;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Text::tr("'projects' takes no arguments; search with --search TEXT."));
    ListQuery query;
    query.call = ListQuery::Call::Projects;
    query.search = parser.value(u"search"_qs).trimmed();
    const bool json = parser.isSet(u"json"_qs);

    Session session;
    if (const std::optional<int> exitCode = openSession(parser, session))
        return *exitCode;
    std::optional<JsonArrayPrinter> printer;
    TablePrinter table({{Text::tr("ID"), Column::Kind::Id, 0}, {Text::tr("NAME"), Column::Kind::Text, 0, 60, 16}});
    const ApiError error = runList(session, query, 0, [&](const QList<QJsonObject> &items) {
        QList<QStringList> rows;
        for (const QJsonObject &item : items) {
            if (json) {
                if (!printer)
                    printer.emplace();
                printer->print(item);
                continue;
            }
            const ProjectSummary project = ProjectSummary::fromJson(item);
            rows << QStringList{project.id, project.name};
        }
        if (printer)
            printer->flush();
        if (!rows.isEmpty())
            table.print(rows);
    });
    if (json && !printer && !error.isError())
        printer.emplace();
    printer.reset();
    if (!json && !error.isError())
        table.finish();
    if (error.isError())
        return fail(error.exitCode(), error.oneLine());
    return kExitOk;
}

} // namespace CommandLine
