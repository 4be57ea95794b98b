#include "cli/jobcommands.h"

#include "api/joblist.h"
#include "api/listpager.h"
#include "cli/commandline.h"
#include "cli/connection.h"
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

QString lastBuildText(const std::optional<qint64> &epochMs)
{
    if (!epochMs || *epochMs <= 0)
        return Text::tr("never");
    return QDateTime::fromMSecsSinceEpoch(*epochMs).toString(u"yyyy-MM-dd HH:mm"_qs);
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
        const auto print = [](const QString &line) { printErr(line + u'\n'); };
        QObject::connect(&pager, &ListPager::trace, &pager, print);
        QObject::connect(provider, &CredentialProvider::trace, &pager, print);
    }
    QObject::connect(&pager, &ListPager::itemsReady, &pager, onItems);
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
        return usageError(seen.isEmpty()
                              ? Text::tr("No project is named \"%1\".").arg(given)
                              : Text::tr("No project is named \"%1\". Similar: %2.").arg(given, seen.join(u", ")));
    QStringList ids;
    for (const ProjectSummary &project : std::as_const(matches))
        ids << project.id;
    return usageError(Text::tr("More than one project is named \"%1\"; give its ID: %2.").arg(given, ids.join(u", ")));
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
        printOutUtf8(m_batch);
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

} // namespace

int runJobsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOptions({
        {u"search"_qs, Text::tr("Only jobs whose name contains this text."), u"TEXT"_qs},
        {u"project"_qs, Text::tr("Only the jobs of this project (ID or name)."), u"ID|NAME"_qs},
        {u"status"_qs, Text::tr("Only jobs whose last build ended so: failed, success, running, aborted, timeout, none."),
         u"STATUS"_qs},
        {u"limit"_qs, Text::tr("List at most this many jobs (default 50; 0 lists all)."), u"N"_qs},
        {u"json"_qs, Text::tr("Print one JSON array.")},
    });
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, usage))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("'jobs' takes no arguments; search with --search TEXT."));

    ListQuery query;
    query.search = parser.value(u"search"_qs).trimmed();
    if (parser.isSet(u"status"_qs)) {
        const std::optional<BuildState> state = BuildStates::fromName(parser.value(u"status"_qs).trimmed().toLower());
        if (!state)
            return usageError(Text::tr("--status takes one of failed, success, running, aborted, timeout, none."));
        query.buildStatus = BuildStates::filterValue(*state);
    }
    qint64 limit = kDefaultLimit;
    if (parser.isSet(u"limit"_qs)) {
        bool ok = false;
        limit = parser.value(u"limit"_qs).trimmed().toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(Text::tr("--limit takes a whole number, 0 for all."));
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

    std::optional<JsonArrayPrinter> printer;
    QList<QStringList> rows;
    const ApiError error = runList(session, query, limit, [&](const QList<QJsonObject> &items) {
        for (const QJsonObject &item : items) {
            if (json) {
                if (!printer)
                    printer.emplace();
                printer->print(JobSummary::normalized(completed(item)));
                continue;
            }
            const JobSummary job = JobSummary::fromJson(completed(item));
            rows << QStringList{job.jobName, job.id, job.projectName.isEmpty() ? job.codeArtsProjectId : job.projectName,
                                BuildStates::name(job.state),
                                job.healthScore ? QString::number(*job.healthScore) : u"-"_qs,
                                lastBuildText(job.lastBuildTimeMs)};
        }
        if (printer)
            printer->flush();
    });
    // The array is closed even after an error, so what was printed still parses; the exit code
    // and the error line say that it is incomplete.
    if (json && !printer && !error.isError())
        printer.emplace();
    printer.reset();
    if (error.isError())
        return fail(error.exitCode(), error.oneLine());
    if (!json)
        printOut(table({Text::tr("NAME"), Text::tr("ID"), Text::tr("PROJECT"), Text::tr("STATUS"), Text::tr("HEALTH"),
                        Text::tr("LAST BUILD")},
                       rows));
    return kExitOk;
}

int runProjectsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOptions({
        {u"search"_qs, Text::tr("Only projects whose name contains this text."), u"TEXT"_qs},
        {u"json"_qs, Text::tr("Print one JSON array.")},
    });
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, usage))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("'projects' takes no arguments; search with --search TEXT."));
    ListQuery query;
    query.call = ListQuery::Call::Projects;
    query.search = parser.value(u"search"_qs).trimmed();
    const bool json = parser.isSet(u"json"_qs);

    Session session;
    if (const std::optional<int> exitCode = openSession(parser, session))
        return *exitCode;
    std::optional<JsonArrayPrinter> printer;
    QList<QStringList> rows;
    const ApiError error = runList(session, query, 0, [&](const QList<QJsonObject> &items) {
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
    });
    if (json && !printer && !error.isError())
        printer.emplace();
    printer.reset();
    if (error.isError())
        return fail(error.exitCode(), error.oneLine());
    if (!json)
        printOut(table({Text::tr("ID"), Text::tr("NAME")}, rows));
    return kExitOk;
}

} // namespace CommandLine
