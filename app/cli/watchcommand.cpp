#include "cli/watchcommand.h"

#include "api/buildclient.h"
#include "api/jobclient.h"
#include "api/jobid.h"
#include "api/lenientjson.h"
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/connection.h"
#include "cli/profilecommands.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"
#include "credentials/credentialprovider.h"
#include "history/historystore.h"
#include "platform/appsettings.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "watch/batchingtransport.h"
#include "watch/failureexplainer.h"
#include "watch/pollscheduler.h"
#include "watch/schedulergate.h"
#include "watch/sleepdetector.h"
#include "watch/transitiontracker.h"
#include "watch/watchclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <deque>
#include <fcntl.h>
#include <unistd.h>

namespace CommandLine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int kExitNotAllSucceeded = 1;
const QString kCommand = u"watch"_qs;

// SIGINT and SIGTERM end the watch through the event loop: the handler only writes the signal
// number to a pipe (async-signal-safe), a QSocketNotifier reads it.
int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    const unsigned char number = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &number, 1);
}

class SignalCatcher
{
public:
    SignalCatcher(std::function<void(int)> onSignal)
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [onSignal] {
            unsigned char number = 0;
            if (::read(g_signalPipe[0], &number, 1) == 1)
                onSignal(number);
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~SignalCatcher()
    {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

struct WatchRequest
{
    QStringList jobIds;
    QHash<QString, JobInfo> baselines;   // job -> its newest snapshot, for the favorites
    Connection connection;
    QString source;
    qint64 intervalMs = 0;   // 0: the scheduler's defaults
    bool json = false;
    bool untilFinished = false;
    bool exitStatus = false;
};

struct JobsToWatch
{
    QStringList ids;
    QHash<QString, JobInfo> baselines;
};

// A favorite's newest successful snapshot: with its build project, the first round can ask
// for many jobs in one request instead of job by job.
std::optional<JobInfo> favoriteBaseline(HistoryStore &store, const QString &jobId)
{
    HistoryFilter filter;
    filter.jobId = jobId;
    filter.outcome = QLatin1String(HistoryEntry::kSuccess);
    const QList<HistoryEntry> newest = store.entries(filter, 1);
    if (newest.isEmpty() || newest.first().job().buildProjectId.isEmpty())
        return std::nullopt;
    return newest.first().job();
}

std::variant<JobsToWatch, int> jobsToWatch(const QCommandLineParser &parser, bool demo)
{
    JobsToWatch jobs;
    QStringList &ids = jobs.ids;
    for (const QString &argument : parser.positionalArguments()) {
        const std::optional<QString> id = JobId::extract(argument);
        if (!id)
            return usageError(kCommand, Text::tr("\"%1\" is not a job ID or job page URL. %2")
                                            .arg(argument.trimmed(), JobId::formatDescription()));
        if (!ids.contains(*id))
            ids << *id;
    }
    if (parser.isSet(u"favorites"_qs)) {
        HistoryStore store(HistoryStore::defaultPath(), HistoryStore::Check::Skip);
        if (!store.isOpen())
            return fail(1, Text::tr("The history database could not be opened: %1").arg(store.lastError()));
        for (const Favorite &favorite : store.favorites({})) {
            if (!ids.contains(favorite.jobId))
                ids << favorite.jobId;
            if (const std::optional<JobInfo> baseline = favoriteBaseline(store, favorite.jobId))
                jobs.baselines.insert(favorite.jobId, *baseline);
        }
        if (ids.isEmpty())
            return usageError(kCommand, Text::tr("There are no favorites to watch; add some with 'favorites add JOB'."));
    }
    if (ids.isEmpty() && demo) // all but the one whose token expires, which would end the watch
        ids = DemoWatchJobs::ids().mid(0, 4);
    if (ids.isEmpty())
        return usageError(kCommand, Text::tr("'watch' needs job IDs, --favorites or --demo."));
    return jobs;
}

std::variant<WatchRequest, int> prepareWatch(const QCommandLineParser &parser, QNetworkAccessManager *nam)
{
    WatchRequest watch;
    const bool demo = parser.isSet(u"demo"_qs);
    watch.json = parser.isSet(u"json"_qs);
    watch.untilFinished = parser.isSet(u"until-finished"_qs);
    watch.exitStatus = parser.isSet(u"exit-status"_qs);
    if (watch.exitStatus && !watch.untilFinished)
        return usageError(kCommand, Text::tr("--exit-status needs --until-finished."));
    if (parser.isSet(u"interval"_qs)) {
        bool ok = false;
        const double seconds = parser.value(u"interval"_qs).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usageError(kCommand, Text::tr("--interval takes a number of seconds between 1 and 86400."));
        watch.intervalMs = qint64(seconds * 1000);
    }
    // Stricter than the other commands: one source of jobs, so that one 401 means one thing.
    const int sources = int(parser.isSet(u"profile"_qs)) + int(parser.isSet(u"endpoint"_qs))
        + int(parser.isSet(u"region"_qs)) + int(demo);
    if (sources > 1)
        return usageError(kCommand, Text::tr("Give only one of --profile, --endpoint, --region and --demo."));
    if (demo && parser.isSet(u"token-stdin"_qs))
        return usageError(kCommand, Text::tr("--demo cannot be combined with --token-stdin."));
    auto jobs = jobsToWatch(parser, demo);
    if (const int *exitCode = std::get_if<int>(&jobs))
        return *exitCode;
    watch.jobIds = std::get<JobsToWatch>(jobs).ids;
    watch.baselines = std::get<JobsToWatch>(jobs).baselines;

    auto connection = prepareConnection(parser, nam);
    if (const int *exitCode = std::get_if<int>(&connection))
        return *exitCode;
    watch.connection = std::move(std::get<Connection>(connection));
    if (parser.isSet(u"token-stdin"_qs))
        watch.source = u"token"_qs;
    else if (demo)
        watch.source = u"demo"_qs;
    else
        watch.source = watch.connection.credentials->provider->sourceName();
    return watch;
}

// The build number an answer carries (ListJob's build_number, ShowRunningStatus's
// last_build_no); ShowJobInfo and ListProjectJobs carry none.
std::optional<int> buildNumberIn(const JobInfo &job)
{
    for (const char *key : {"build_number", "last_build_number", "last_build_no"}) {
        if (const std::optional<int> number = LenientJson::readBuildNumber(job.unknownFields.value(QLatin1String(key))))
            return number;
    }
    return std::nullopt;
}

// One printed change; text lines wait for their build number, a change to failed for why.
struct PendingLine
{
    JobTransition change;
    QDateTime seenAt;
    std::optional<int> buildNumber;
    bool ready = false;
    // A change to failed: the failed step and the line that explains it (FailureExplainer);
    // missing when the steps or the log could not be had.
    bool explains = false;
    std::optional<QString> failedStep;
    std::optional<QString> error;
};

// A change as one JSON Line (time in ISO 8601 UTC); a change to failed says why, or null.
QByteArray jsonLine(const PendingLine &pending)
{
    const JobTransition &change = pending.change;
    const JobInfo &job = change.job;
    QJsonObject line{
        {u"time"_qs, pending.seenAt.toUTC().toString(Qt::ISODate)},
        {u"job_id"_qs, change.jobId},
        {u"job_name"_qs, job.jobName},
        {u"from"_qs, change.first ? QJsonValue() : QJsonValue(WatchState::name(change.from))},
        {u"to"_qs, WatchState::name(change.to)},
        {u"health_score"_qs, job.healthScore ? QJsonValue(*job.healthScore) : QJsonValue()},
        {u"last_build_status"_qs, job.lastBuildStatus},
        {u"running_status"_qs, job.runningStatus},
    };
    if (pending.explains) {
        line.insert(u"failed_step"_qs, pending.failedStep ? QJsonValue(*pending.failedStep) : QJsonValue());
        line.insert(u"error"_qs, pending.error ? QJsonValue(*pending.error) : QJsonValue());
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

// Why a build failed, for the text table: "at STEP: LINE".
QString whyCell(const PendingLine &pending)
{
    if (!pending.failedStep && !pending.error)
        return {};
    const QString step = pending.failedStep.value_or(u"-"_qs);
    return pending.error ? Text::tr("at %1: %2").arg(step, *pending.error) : Text::tr("at %1").arg(step);
}

// A change as a row of the text table (local time, as every time for people).
QStringList textRow(const PendingLine &pending)
{
    const JobTransition &change = pending.change;
    const JobInfo &job = change.job;
    const QString from = change.first ? u"-"_qs : WatchState::name(change.from);
    const bool healthKnown = job.healthScore && JobInfo::isHealthScoreInRange(*job.healthScore);
    return {localTime(pending.seenAt.toMSecsSinceEpoch(), true), change.jobId,
            job.jobName.isEmpty() ? u"-"_qs : job.jobName, from + u" -> "_qs + WatchState::name(change.to),
            pending.buildNumber ? u"#"_qs + QString::number(*pending.buildNumber) : u"-"_qs,
            healthKnown ? QString::number(*job.healthScore) : u"-"_qs, whyCell(pending)};
}

// The text table's columns, laid out from their caps (the rows come one at a time): on a
// narrow terminal the job ID goes first, then health; why a build failed ends the row.
QList<Column> textColumns()
{
    return {
        {Text::tr("TIME"), Column::Kind::Text, 0, 19},
        {Text::tr("JOB"), Column::Kind::Id, 4, 32},
        {Text::tr("NAME"), Column::Kind::Text, 0, 40, 16},
        {Text::tr("CHANGE"), Column::Kind::State, 0, 20},
        {Text::tr("BUILD"), Column::Kind::Text, 1, 7},
        {Text::tr("HEALTH"), Column::Kind::Number, 3, 6},
        {Text::tr("WHY"), Column::Kind::Text, 0, 60, 12},
    };
}

// Errors after which polling that job (or these credentials) cannot succeed.
bool endsTheWatch(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::MissingCredentials:
    case ApiError::Kind::InvalidJobId:
    case ApiError::Kind::InvalidEndpoint:
        return true;
    default:
        return false;
    }
}

// One watch run: the scheduler, the transitions, the output; quits the loop with the exit code.
// Neither ShowJobInfo nor a list page says a job's build number, so a text line asks
// ShowRunningStatus for it: once per build (the end of a build reuses its start's number),
// at most kMaxLookups at once, lines printed in the order the changes were seen. A change to
// failed also says why (FailureExplainer: the failed step, and the line of the log that explains
// it), read once per failed build. Lookups and logs count against the scheduler's budget; the
// logs give up when throttled, and everything in flight is cancelled when the watch ends.
class WatchRun
{
public:
    static constexpr int kMaxLookups = 2;

    WatchRun(const WatchRequest &request, JobClient *client, QNetworkAccessManager *nam, WatchClock *clock,
             QEventLoop *loop)
        : m_request(request), m_clock(clock), m_loop(loop), m_transport(nam), m_scheduler(clock, &m_transport),
          m_builds(nam, request.connection.credentials->provider.get()),
          m_gate(&m_scheduler, clock, request.connection.options.baseUrl.toString()), m_table(textColumns())
    {
        m_table.layOutFromCaps();
        m_budgetEndpoint = request.connection.options.baseUrl.toString();
        m_lookupTimer.setSingleShot(true);
        QObject::connect(&m_lookupTimer, &QTimer::timeout, &m_scheduler, [this] { startLookups(); });
        m_transport.addSource(request.source, client, request.connection.credentials->provider.get());
        m_builds.setOptions(request.connection.options);
        m_scheduler.setPlanner(&m_transport);
        WatchSettings settings;
        if (request.intervalMs > 0)
            settings.runningIntervalMs = settings.idleIntervalMs = request.intervalMs;
        m_scheduler.setSettings(settings);
        m_scheduler.setRandomSeed(quint32(QDateTime::currentMSecsSinceEpoch()));
        m_endpoint = request.connection.demo ? QString::fromLatin1(AppSettings::kDemoEndpoint)
                                             : request.connection.options.baseUrl.toString();
        QObject::connect(&m_scheduler, &PollScheduler::observed, &m_scheduler,
                         [this](const QString &id, const JobInfo &job) { onObserved(id, job); });
        // A batch says the build number, so a line about it needs no lookup.
        QObject::connect(&m_scheduler, &PollScheduler::buildSeen, &m_scheduler,
                         [this](const QString &id, const BriefRecord &build) {
                             m_knownNumbers.insert(id, {build.startTimeMs, build.number});
                         });
        QObject::connect(&m_scheduler, &PollScheduler::pollFailed, &m_scheduler,
                         [this](const QString &id, const ApiError &error) { onFailed(id, error); });
        QObject::connect(&m_scheduler, &PollScheduler::endpointThrottled, &m_scheduler,
                         [this](const QString &, qint64 ms, const ApiError &error) { onThrottled(ms, error); });
        QObject::connect(&m_explainer, &FailureExplainer::explained, &m_explainer,
                         [this](const FailureExplainer::Explanation &explanation) { onExplained(explanation); });
        if (request.connection.verbose) {
            QObject::connect(&m_explainer, &FailureExplainer::trace, &m_explainer, &CommandLine::trace);
            QObject::connect(&m_transport, &BatchingTransport::trace, &m_transport, &CommandLine::trace);
            QObject::connect(request.connection.credentials->provider.get(), &CredentialProvider::trace,
                             &m_transport, &CommandLine::trace);
        }
    }

    void start()
    {
        const QString endpoint = m_request.connection.options.baseUrl.toString();
        for (const QString &id : m_request.jobIds) {
            const auto baseline = m_request.baselines.constFind(id);
            if (baseline == m_request.baselines.constEnd()) {
                m_scheduler.watch({id, m_request.source, endpoint});
                continue;
            }
            m_transport.setBaseline(id, *baseline);
            m_scheduler.watch({id, m_request.source, endpoint, baseline->buildProjectId, true});
        }
        // After the computer slept, every job is asked about once at once.
        QObject::connect(&m_sleep, &SleepDetector::woke, &m_scheduler, &PollScheduler::refreshNow);
        m_sleep.start();
    }

    // Ends the run; with `afterLines`, once the lines waiting for a build number are out.
    void stop(int exitCode, bool afterLines = false)
    {
        m_scheduler.pause();
        m_exitCode = exitCode;
        m_stopping = true;
        if (afterLines && !m_lines.empty())
            return; // flushLines() ends it
        finishStop();
    }

private:
    void finishStop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_transport.abortAll();
        for (BuildCall *call : m_builds.findChildren<BuildCall *>(Qt::FindDirectChildrenOnly))
            call->abort();
        m_explainer.cancelAll(); // nobody needs the logs any more
        for (const auto &line : m_lines) // what was seen is printed, with or without its number
            printLine(*line);
        m_lines.clear();
        m_loop->exit(m_exitCode);
    }

    void onObserved(const QString &id, const JobInfo &job)
    {
        m_warned.remove(u"job:"_qs + id); // its trouble is over: new trouble is a change
        const std::optional<JobTransition> change = m_tracker.observe(id, job, m_clock->nowMs());
        if (change)
            queueLine(*change);
        recordInHistory(job, change.has_value());
        if (m_request.untilFinished && !m_stopping)
            stopWhenFinished();
    }

    void queueLine(const JobTransition &change)
    {
        auto line = std::make_shared<PendingLine>();
        line->change = change;
        line->seenAt = QDateTime::currentDateTimeUtc();
        line->buildNumber = buildNumberIn(change.job);
        const auto known = m_knownNumbers.constFind(change.jobId);
        if (!line->buildNumber && known != m_knownNumbers.constEnd() && known->first == change.job.lastBuildTimeMs)
            line->buildNumber = known->second;
        line->explains = change.to == JobState::Failed;
        // JSON Lines have no build number, but a failure needs one to be explained; a job never
        // built has none.
        const bool needsNumber = (!m_request.json || line->explains) && !line->buildNumber && change.job.lastBuildTimeMs;
        m_lines.push_back(line);
        if (needsNumber) {
            m_waiting.push_back(line);
            startLookups();
        } else if (line->explains) {
            explain(line);
        } else {
            line->ready = true;
        }
        flushLines();
    }

    // The lookups count against the endpoint's request budget like the polls: the scheduler
    // leaves room for those waiting, and a lookup without room waits for it.
    void startLookups()
    {
        m_scheduler.setWaitingExtras(m_budgetEndpoint, int(m_waiting.size()));
        while (m_lookups < kMaxLookups && !m_waiting.empty() && !m_stopped) {
            qint64 retryAtMs = 0;
            if (!m_scheduler.takeBudget(m_budgetEndpoint, &retryAtMs)) {
                const qint64 delay = qMax<qint64>(0, retryAtMs - m_clock->nowMs());
                m_lookupTimer.start(int(qMin<qint64>(m_clock->realDelayMs(delay), 3600'000)));
                return;
            }
            const std::shared_ptr<PendingLine> line = m_waiting.front();
            m_waiting.pop_front();
            m_scheduler.setWaitingExtras(m_budgetEndpoint, int(m_waiting.size()));
            BuildCall *call = m_builds.runningStatus(line->change.jobId);
            ++m_lookups;
            if (m_request.connection.verbose)
                QObject::connect(call, &BuildCall::trace, call, &CommandLine::trace);
            QObject::connect(call, &BuildCall::finished, call, [this, call, line] {
                call->deleteLater();
                --m_lookups;
                if (call->succeeded()) {
                    if (const std::optional<int> number = BuildParse::runningStatus(call->json()).lastBuildNumber) {
                        line->buildNumber = number;
                        m_knownNumbers.insert(line->change.jobId, {line->change.job.lastBuildTimeMs, *number});
                    }
                }
                if (line->explains)
                    explain(line);
                else
                    line->ready = true;
                flushLines();
                startLookups();
            });
        }
    }

    // Why the build failed, read once per failed build; without the build's number, or when
    // it cannot be had, the line goes out without it.
    void explain(const std::shared_ptr<PendingLine> &line)
    {
        const QString jobId = line->change.jobId;
        if (!line->buildNumber || m_stopped) {
            line->ready = true;
            return;
        }
        if (const auto known = m_explainer.known(jobId, *line->buildNumber)) {
            fillIn(*line, *known);
            return;
        }
        m_explaining[{jobId, *line->buildNumber}].append(line);
        m_explainer.explain(jobId, *line->buildNumber, &m_builds, &m_gate);
    }

    void onExplained(const FailureExplainer::Explanation &explanation)
    {
        for (const std::shared_ptr<PendingLine> &waiting : m_explaining.take({explanation.jobId, explanation.buildNumber}))
            fillIn(*waiting, explanation);
        flushLines();
    }

    static void fillIn(PendingLine &line, const FailureExplainer::Explanation &explanation)
    {
        line.failedStep = explanation.failedStep;
        line.error = explanation.error;
        line.ready = true;
    }

    void flushLines()
    {
        while (!m_lines.empty() && m_lines.front()->ready) {
            const std::shared_ptr<PendingLine> line = m_lines.front();
            m_lines.pop_front();
            printLine(*line);
        }
        if (m_stopping && m_lines.empty())
            finishStop();
    }

    void printLine(const PendingLine &line)
    {
        if (m_request.json)
            printJsonText(jsonLine(line));
        else
            m_table.print({textRow(line)});
    }

    // A warning is said once, and again only when it says something else: `signature` is
    // what it says, without what changes every time (request IDs, back-off times).
    void warnOnce(const QString &subject, const QString &signature, const QString &message)
    {
        if (m_warned.value(subject) == signature)
            return;
        m_warned.insert(subject, signature);
        warn(message);
    }

    void onThrottled(qint64 delayMs, const ApiError &error)
    {
        if (error.retryAfterCapped)
            warnOnce(u"throttling"_qs, u"capped"_qs,
                     Text::tr("The service is throttling requests and asked to wait longer than an hour; waiting "
                              "an hour, the most this app waits."));
        else
            warnOnce(u"throttling"_qs, u"throttled"_qs,
                     Text::tr("The service is throttling requests; waiting %n seconds, and longer if it goes on.",
                              nullptr, int(delayMs / 1000)));
    }

    void recordInHistory(const JobInfo &job, bool changed)
    {
        if (!m_throttle.shouldRecord(job.id, changed, m_clock->nowMs()))
            return;
        if (!m_history)
            m_history = std::make_unique<HistoryStore>(HistoryStore::defaultPath(), HistoryStore::Check::Skip);
        if (m_history->isOpen())
            m_history->record(HistoryEntry::fromJob(m_endpoint, job, 200, 0));
    }

    void stopWhenFinished()
    {
        const QHash<QString, JobState> states = m_tracker.states();
        bool allSucceeded = true;
        for (const QString &id : m_request.jobIds) {
            const auto it = states.constFind(id);
            if (it == states.constEnd() || *it == JobState::Running)
                return;
            allSucceeded = allSucceeded && *it == JobState::Success;
        }
        stop(m_request.exitStatus && !allSucceeded ? kExitNotAllSucceeded : 0, true);
    }

    void onFailed(const QString &id, const ApiError &error)
    {
        if (m_stopping)
            return;
        if (endsTheWatch(error)) {
            fail(error.exitCode(), Text::tr("Job %1: %2").arg(id, error.oneLine()));
            stop(error.exitCode());
            return;
        }
        // Passing trouble: said once per job, again when it changes or after the job answered.
        const QString signature = ApiError::kindName(error.kind) + u' ' + QString::number(error.httpStatus) + u' '
            + error.errorCode + u' ' + error.message;
        warnOnce(u"job:"_qs + id, signature, Text::tr("Job %1: %2 Retrying later.").arg(id, error.oneLine()));
    }

    const WatchRequest &m_request;
    WatchClock *m_clock;
    QEventLoop *m_loop;
    BatchingTransport m_transport;
    PollScheduler m_scheduler;
    SleepDetector m_sleep;
    BuildClient m_builds;
    SchedulerGate m_gate;   // the failures' logs share the polls' budget
    TransitionTracker m_tracker;
    HistoryThrottle m_throttle;
    std::unique_ptr<HistoryStore> m_history;
    QString m_endpoint;
    TablePrinter m_table;
    QString m_budgetEndpoint;   // the scheduler's name for the endpoint
    QTimer m_lookupTimer;
    QHash<QString, QString> m_warned;   // subject ("job:ID", "throttling") -> what was said
    std::deque<std::shared_ptr<PendingLine>> m_lines;     // in the order seen
    std::deque<std::shared_ptr<PendingLine>> m_waiting;   // for a lookup to start
    QHash<QString, std::pair<std::optional<qint64>, int>> m_knownNumbers; // job -> (last build time, number)
    FailureExplainer m_explainer;
    QHash<std::pair<QString, int>, QList<std::shared_ptr<PendingLine>>> m_explaining;   // (job, build) -> lines waiting
    int m_lookups = 0;
    int m_exitCode = 0;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace

int runWatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(optionsOf(kCommand));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, kCommand))
        return *exitCode;

    QNetworkAccessManager nam;
    auto prepared = prepareWatch(parser, &nam);
    if (const int *exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    WatchRequest &watch = std::get<WatchRequest>(prepared);

    DemoSandbox sandbox;
    double speed = 1.0;
    if (watch.connection.demo) {
        if (!sandbox.start())
            return fail(6, Text::tr("The demo sandbox could not listen on 127.0.0.1."));
        watch.connection.options.baseUrl = sandbox.baseUrl();
        speed = DemoWatchJobs::speedFromEnvironment(); // the sandbox's jobs run this fast too
    }
    SteadyClock clock(speed);
    JobClient client(&nam);
    client.setOptions(watch.connection.options);
    QEventLoop loop;
    WatchRun run(watch, &client, &nam, &clock, &loop);
    SignalCatcher catcher([&run](int signal) { run.stop(128 + signal); });
    run.start();
    return loop.exec();
}

} // namespace CommandLine
