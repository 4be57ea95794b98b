#include "cli/historycommands.h"

#include "api/jobclient.h"
#include "api/jobid.h"
#include "cli/commandhelp.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"
#include "history/historystore.h"
#include "sandbox/demosandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace CommandLine {

namespace {

constexpr int kExitStorage = 1;
constexpr int kExitNotFound = 4;
constexpr int kDefaultHistoryLimit = 50;
const QString kNoProfile; // profiles come later; until then everything lives under ""

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString formatTime(qint64 epochMs)
{
    const QString when = localTime(epochMs);
    return when.isEmpty() ? u"-"_qs : when;
}

// The number as sent; outside 0..100 flagged with "!" (as the window's gauge does).
QString formatHealth(std::optional<int> score)
{
    if (!score)
        return {};
    return QString::number(*score) + (JobInfo::isHealthScoreInRange(*score) ? u""_qs : u"!"_qs);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Opens the default store; a damaged database has been moved aside by then, which is said once.
std::unique_ptr<HistoryStore> openStore()
{
    auto store = std::make_unique<HistoryStore>();
    if (!store->warning().isEmpty())
        warn(store->warning());
    return store;
}

int storageError(const HistoryStore &store)
{
    return fail(kExitStorage, Text::tr("The history database \"%1\" could not be used: %2")
                                  .arg(store.path(), store.lastError()));
}

// Reads JOB (an ID or a job page URL) from a positional argument or option value.
std::optional<QString> jobArgument(const QString &command, const QString &text, int *exitCode)
{
    const std::optional<QString> jobId = JobId::extract(text);
    if (!jobId)
        *exitCode = usageError(command, Text::tr("\"%1\" is not a job ID or job page URL. %2")
                                            .arg(text.trimmed(), JobId::formatDescription()));
    return jobId;
}

QJsonObject favoriteJson(const Favorite &favorite)
{
    return {
        {u"job_id"_qs, favorite.jobId},
        {u"alias"_qs, favorite.alias},
        {u"note"_qs, favorite.note},
        {u"position"_qs, favorite.position},
        {u"profile"_qs, favorite.profile},
        {u"job_name"_qs, nullIfEmpty(favorite.jobName)},
        {u"running_status"_qs, nullIfEmpty(favorite.runningStatus)},
        {u"last_build_status"_qs, nullIfEmpty(favorite.lastBuildStatus)},
        {u"health_score"_qs, favorite.healthScore ? QJsonValue(*favorite.healthScore) : QJsonValue()},
        {u"last_seen"_qs, favorite.lastSeenMs ? QJsonValue(*favorite.lastSeenMs) : QJsonValue()},
    };
}

int listFavorites(HistoryStore &store, bool json)
{
    const QList<Favorite> favorites = store.favorites(kNoProfile);
    if (json) {
        QJsonArray array;
        for (const Favorite &favorite : favorites)
            array.append(favoriteJson(favorite));
        printJson(array);
        return kExitOk;
    }
    if (favorites.isEmpty()) {
        printOut(Text::tr("No favorites yet. Add one with: codearts-inspector favorites add JOB\n"));
        return kExitOk;
    }
    QList<QStringList> rows;
    for (const Favorite &favorite : favorites) {
        rows.append({QString::number(favorite.position + 1), favorite.jobId,
                     favorite.alias.isEmpty() ? favorite.jobName : favorite.alias,
                     favorite.runningStatus, favorite.lastBuildStatus,
                     formatHealth(favorite.healthScore),
                     favorite.note});
    }
    printOut(table({{Text::tr("#"), Column::Kind::Number, 0},
                    {Text::tr("JOB ID"), Column::Kind::Id, 1},
                    {Text::tr("NAME"), Column::Kind::Text, 0, 40, 16},
                    {Text::tr("RUNNING"), Column::Kind::Text, 3, 12},
                    {Text::tr("LAST BUILD"), Column::Kind::State, 2, 12},
                    {Text::tr("HEALTH"), Column::Kind::Number, 4},
                    {Text::tr("NOTE"), Column::Kind::Text, 5, 40, 10}},
                   rows));
    return kExitOk;
}

int addFavorite(HistoryStore &store, const QString &jobId, const QCommandLineParser &parser)
{
    // Adding again changes what was given and keeps the rest, so scripts can re-run it.
    const auto given = [&parser](const QString &option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    switch (store.addOrUpdateFavorite(kNoProfile, jobId, given(u"alias"_qs), given(u"note"_qs))) {
    case HistoryStore::FavoriteChange::Added:
        printOut(Text::tr("Added %1 to the favorites.\n").arg(printable(jobId)));
        return kExitOk;
    case HistoryStore::FavoriteChange::Updated:
        printOut(Text::tr("%1 already is a favorite.\n").arg(printable(jobId)));
        return kExitOk;
    case HistoryStore::FavoriteChange::Failed:
        break;
    }
    return storageError(store);
}

QJsonObject entryJson(const HistoryEntry &entry)
{
    const QJsonDocument snapshot = QJsonDocument::fromJson(entry.snapshot);
    return {
        {u"id"_qs, entry.id},
        {u"time"_qs, entry.timeMs},
        {u"profile"_qs, entry.profile},
        {u"endpoint"_qs, entry.endpoint},
        {u"job_id"_qs, entry.jobId},
        {u"job_name"_qs, entry.jobName},
        {u"outcome"_qs, entry.outcome},
        {u"http_status"_qs, entry.httpStatus > 0 ? QJsonValue(entry.httpStatus) : QJsonValue()},
        {u"error_code"_qs, nullIfEmpty(entry.errorCode)},
        {u"duration_ms"_qs, entry.durationMs},
        // What the job was at this fetch, and at the job's fetch before it: WatchState's words
        // and the health score; null for a failed fetch or when there was none before.
        {u"state"_qs, nullIfEmpty(entry.state)},
        {u"health_score"_qs, entry.health ? QJsonValue(*entry.health) : QJsonValue()},
        {u"previous_state"_qs, nullIfEmpty(entry.previousState)},
        {u"previous_health_score"_qs, entry.previousHealth ? QJsonValue(*entry.previousHealth) : QJsonValue()},
        {u"snapshot"_qs, snapshot.isObject() ? QJsonValue(snapshot.object()) : QJsonValue()},
    };
}

// One JSON array, written an entry at a time as the database hands them over: the output of
// thousands of entries never has to fit in memory at once.
int streamHistoryJson(HistoryStore &store, const HistoryFilter &filter, int limit)
{
    QByteArray separator = "[";
    const bool read = store.forEachEntry(filter, limit, 0, [&separator](const HistoryEntry &entry) {
        printJsonText(separator + QJsonDocument(entryJson(entry)).toJson(QJsonDocument::Compact));
        separator = ",";
    });
    if (!read && separator == "[")
        return storageError(store);
    printJsonText(separator == "[" ? "[]\n" : "]\n");
    return read ? kExitOk : storageError(store);
}

// "failed", or "success -> failed" when it changed since the job's fetch before (the last word
// is the state now, which colours the cell as every state column).
QString stateCell(const HistoryEntry &entry)
{
    return entry.stateChanged() ? entry.previousState + u" -> "_qs + entry.state : entry.state;
}

QString healthCell(const HistoryEntry &entry)
{
    if (!entry.health)
        return {};
    if (entry.healthChanged())
        return QString::number(*entry.previousHealth) + u" -> "_qs + QString::number(*entry.health);
    return QString::number(*entry.health);
}

int listHistory(HistoryStore &store, const HistoryFilter &filter, int limit, bool json)
{
    if (json)
        return streamHistoryJson(store, filter, limit);
    // Written as the database hands the entries over, the widths fixed by the first batch.
    TablePrinter table({{Text::tr("ID"), Column::Kind::Number, 0},
                        {Text::tr("TIME"), Column::Kind::Text, 0, 16},
                        {Text::tr("JOB ID"), Column::Kind::Id, 2},
                        {Text::tr("JOB NAME"), Column::Kind::Text, 0, 40, 16},
                        // How the fetch went; the two after it say how the job was.
                        {Text::tr("FETCH"), Column::Kind::State, 0, 16},
                        {Text::tr("LAST BUILD"), Column::Kind::State, 0, 24},
                        {Text::tr("HEALTH"), Column::Kind::Number, 1, 10},
                        {Text::tr("HTTP"), Column::Kind::Number, 3},
                        {Text::tr("DURATION"), Column::Kind::Number, 4, 10}});
    constexpr int kBatch = 100;
    QList<QStringList> rows;
    int count = 0;
    const bool read = store.forEachEntry(filter, limit, 0, [&](const HistoryEntry &entry) {
        rows.append({QString::number(entry.id), formatTime(entry.timeMs), entry.jobId, entry.jobName,
                     entry.outcome, stateCell(entry), healthCell(entry),
                     entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString(),
                     QString::number(entry.durationMs) + u" ms"});
        ++count;
        if (rows.size() == kBatch) {
            table.print(rows);
            rows.clear();
        }
    });
    if (!rows.isEmpty())
        table.print(rows);
    if (!read)
        return storageError(store);
    if (count == 0)
        printOut(Text::tr("No history yet.\n"));
    return kExitOk;
}

int clearHistory(const QStringList &arguments)
{
    const QString command = u"history clear"_qs;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Text::tr("'history clear' takes no arguments besides --job."));
    int exitCode = kExitOk;
    std::optional<QString> jobId;
    if (parser.isSet(u"job"_qs) && !(jobId = jobArgument(command, parser.value(u"job"_qs), &exitCode)))
        return exitCode;
    const auto store = openStore();
    if (!store->isOpen())
        return storageError(*store);
    const int deleted = jobId ? store->clearJob(*jobId) : store->clearAll();
    if (deleted < 0)
        return storageError(*store);
    printOut(QCoreApplication::translate("CommandLine", "Deleted %n history entries.\n", nullptr, deleted));
    return kExitOk;
}

// Hidden hook for the tests of concurrent writers: records N entries, one transaction each,
// tagged with TAG as the endpoint. Only with CODEARTS_INSPECTOR_TEST_HOOKS=1.
int debugFill(const QStringList &arguments)
{
    bool ok = false;
    const int count = arguments.value(2).toInt(&ok);
    if (!ok || count < 0)
        return usageError(Text::tr("debug-fill takes a count."));
    const auto store = openStore();
    if (!store->isOpen())
        return storageError(*store);
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry = HistoryEntry::fromJob(arguments.value(3), JobInfo::fromJson(demo.result), 200, i);
        if (store->record(entry) == 0)
            return storageError(*store);
    }
    return kExitOk;
}

bool testHooksEnabled()
{
    return qEnvironmentVariable("CODEARTS_INSPECTOR_TEST_HOOKS") == u"1";
}

} // namespace

int runFavoritesCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList actions = {u"list"_qs, u"add"_qs, u"remove"_qs};
    if (!actions.contains(action)) {
        const QString suggestion = action.isEmpty() ? QString() : nearest(action, actions);
        return usageError(u"favorites"_qs, suggestion.isEmpty()
                                               ? Text::tr("'favorites' takes list, add or remove.")
                                               : Text::tr("'favorites' takes list, add or remove; did you mean %1?").arg(suggestion));
    }
    const QString command = u"favorites "_qs + action;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments.mid(1), command))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (action == u"list") {
        if (!positional.isEmpty())
            return usageError(command, Text::tr("'favorites list' takes no arguments besides --json."));
        const auto store = openStore();
        return store->isOpen() ? listFavorites(*store, parser.isSet(u"json"_qs)) : storageError(*store);
    }
    if (positional.size() != 1)
        return usageError(command, Text::tr("'favorites %1' takes exactly one job ID or job page URL.").arg(action));
    int exitCode = kExitOk;
    const std::optional<QString> jobId = jobArgument(command, positional.first(), &exitCode);
    if (!jobId)
        return exitCode;
    const auto store = openStore();
    if (!store->isOpen())
        return storageError(*store);
    if (action == u"add")
        return addFavorite(*store, *jobId, parser);
    if (store->removeFavorite(kNoProfile, *jobId)) {
        printOut(Text::tr("Removed %1 from the favorites.\n").arg(*jobId));
        return kExitOk;
    }
    return store->lastError().isEmpty() ? fail(kExitNotFound, Text::tr("%1 is not a favorite.").arg(*jobId))
                                        : storageError(*store);
}

int runHistoryCommand(const QStringList &arguments)
{
    if (arguments.value(1) == u"clear")
        return clearHistory(arguments.mid(1));
    if (arguments.value(1) == u"debug-fill" && testHooksEnabled())
        return debugFill(arguments);
    const QString command = u"history"_qs;
    QCommandLineParser parser;
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, command))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        const QString word = parser.positionalArguments().first();
        const QString suggestion = nearest(word, {u"clear"_qs});
        return usageError(command, suggestion.isEmpty()
                                       ? Text::tr("Unknown history command \"%1\".").arg(word)
                                       : Text::tr("Unknown history command \"%1\"; did you mean %2?").arg(word, suggestion));
    }
    int limit = kDefaultHistoryLimit;
    if (parser.isSet(u"limit"_qs)) {
        bool ok = false;
        limit = parser.value(u"limit"_qs).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(command, Text::tr("--limit takes a positive number."));
    }
    HistoryFilter filter;
    int exitCode = kExitOk;
    if (parser.isSet(u"job"_qs)) {
        const std::optional<QString> jobId = jobArgument(command, parser.value(u"job"_qs), &exitCode);
        if (!jobId)
            return exitCode;
        filter.jobId = *jobId;
    }
    const auto store = openStore();
    return store->isOpen() ? listHistory(*store, filter, limit, parser.isSet(u"json"_qs)) : storageError(*store);
}

namespace {

// On the recorder's thread: the connection belongs to the thread that opens it.
void recordWhenGiven(std::future<std::optional<HistoryEntry>> given)
{
    // Without the integrity check, which reads the whole file (some 75 ms at 100,000 entries)
    // on every call; damage a write runs into is checked for, and moved aside, below.
    auto store = std::make_unique<HistoryStore>(HistoryStore::defaultPath(), HistoryStore::Check::Skip);
    const std::optional<HistoryEntry> entry = given.get();
    if (!entry)
        return;
    if (store->isOpen() && store->record(*entry) != 0)
        return;
    store.reset();
    store = openStore();
    if (!store->isOpen() || store->record(*entry) == 0)
        warn(Text::tr("The fetch was not recorded in the history (%1): %2")
                 .arg(store->path(), store->lastError()));
}

} // namespace

FetchRecorder::FetchRecorder()
    : m_thread(recordWhenGiven, m_entry.get_future())
{
}

FetchRecorder::~FetchRecorder()
{
    finish(std::nullopt);
}

void FetchRecorder::record(const QString &endpoint, const JobFetch &fetch)
{
    HistoryEntry entry = fetch.succeeded()
        ? HistoryEntry::fromJob(endpoint, *fetch.job(), fetch.httpStatus(), fetch.elapsedMs())
        : HistoryEntry::fromError(endpoint, fetch.jobId(), fetch.error(), fetch.elapsedMs());
    entry.jobId = fetch.jobId(); // what was asked for, even if the answer omitted its ID
    finish(entry);
}

void FetchRecorder::finish(std::optional<HistoryEntry> entry)
{
    if (!m_thread.joinable())
        return;
    m_entry.set_value(std::move(entry));
    m_thread.join();
}

} // namespace CommandLine
