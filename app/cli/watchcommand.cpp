#include "cli/watchcommand.h"

#include "api/endpoints.h"
#include "api/jobclient.h"
#include "api/jobid.h"
#include "cli/commandline.h"
#include "cli/profilecommands.h"
#include "cli/terminal.h"
#include "history/historystore.h"
#include "platform/appsettings.h"
#include "sandbox/demosandbox.h"
#include "sandbox/demowatchjobs.h"
#include "watch/pollscheduler.h"
#include "watch/showjobtransport.h"
#include "watch/transitiontracker.h"
#include "watch/watchclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace CommandLine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int kExitNotAllSucceeded = 1;

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
    ClientOptions options;
    std::shared_ptr<ShowCredentials> credentials;
    QString source;
    qint64 intervalMs = 0;   // 0: the scheduler's defaults
    bool demo = false;
    bool json = false;
    bool untilFinished = false;
    bool exitStatus = false;
};

std::variant<QStringList, int> jobsToWatch(const QCommandLineParser &parser, bool demo)
{
    QStringList ids;
    for (const QString &argument : parser.positionalArguments()) {
        const std::optional<QString> id = JobId::extract(argument);
        if (!id)
            return usageError(Text::tr("\"%1\" is not a job ID or job page URL. %2")
                                  .arg(argument.trimmed(), JobId::formatDescription()));
        if (!ids.contains(*id))
            ids << *id;
    }
    if (parser.isSet(u"favorites"_qs)) {
        HistoryStore store(HistoryStore::defaultPath(), HistoryStore::Check::Skip);
        if (!store.isOpen())
            return fail(1, Text::tr("The history database could not be opened: %1").arg(store.lastError()));
        for (const Favorite &favorite : store.favorites({}))
            if (!ids.contains(favorite.jobId))
                ids << favorite.jobId;
        if (ids.isEmpty())
            return usageError(Text::tr("There are no favorites to watch; add some with 'favorites add JOB'."));
    }
    if (ids.isEmpty() && demo) // all but the one whose token expires, which would end the watch
        ids = DemoWatchJobs::ids().mid(0, 4);
    if (ids.isEmpty())
        return usageError(Text::tr("'watch' needs job IDs, --favorites or --demo."));
    return ids;
}

std::variant<WatchRequest, int> prepareWatch(const QCommandLineParser &parser, QNetworkAccessManager *nam)
{
    WatchRequest watch;
    watch.demo = parser.isSet(u"demo"_qs);
    watch.json = parser.isSet(u"json"_qs);
    watch.untilFinished = parser.isSet(u"until-finished"_qs);
    watch.exitStatus = parser.isSet(u"exit-status"_qs);
    if (watch.exitStatus && !watch.untilFinished)
        return usageError(Text::tr("--exit-status needs --until-finished."));
    if (parser.isSet(u"interval"_qs)) {
        bool ok = false;
        const double seconds = parser.value(u"interval"_qs).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usageError(Text::tr("--interval takes a number of seconds between 1 and 86400."));
        watch.intervalMs = qint64(seconds * 1000);
    }
    const int sources = int(parser.isSet(u"profile"_qs)) + int(parser.isSet(u"endpoint"_qs))
        + int(parser.isSet(u"region"_qs)) + int(watch.demo);
    if (sources > 1)
        return usageError(Text::tr("Give only one of --profile, --endpoint, --region and --demo."));
    if (watch.demo && parser.isSet(u"token-stdin"_qs))
        return usageError(Text::tr("--demo cannot be combined with --token-stdin."));
    if (parser.isSet(u"region"_qs)) {
        const QString region = parser.value(u"region"_qs);
        if (!Endpoints::isKnownRegion(region))
            return usageError(Text::tr("Unknown region \"%1\".").arg(region));
        watch.options.baseUrl = Endpoints::forRegion(region);
    } else if (parser.isSet(u"endpoint"_qs)) {
        watch.options.baseUrl = QUrl(parser.value(u"endpoint"_qs).trimmed(), QUrl::StrictMode);
        if (const QString why = Endpoints::whyUnusable(watch.options.baseUrl); !why.isEmpty())
            return usageError(why);
    }
    auto ids = jobsToWatch(parser, watch.demo);
    if (const int *exitCode = std::get_if<int>(&ids))
        return *exitCode;
    watch.jobIds = std::get<QStringList>(ids);

    watch.credentials = std::make_shared<ShowCredentials>();
    if (parser.isSet(u"token-stdin"_qs)) {
        if (watch.options.baseUrl.isEmpty())
            return usageError(Text::tr("Say where the jobs live: --region REGION or --endpoint URL."));
        const SecretLine token = readSecretLine(Text::tr("The IAM token"));
        if (token.status == SecretLine::Status::Refused)
            return token.exitCode;
        if (token.status == SecretLine::Status::Missing)
            return fail(3, Text::tr("--token-stdin was given but standard input held no token."));
        watch.credentials->provider = CredentialProvider::forToken(token.value);
        watch.source = u"token"_qs;
    } else if (watch.demo) {
        watch.credentials->provider = CredentialProvider::forToken(DemoSandbox::demoToken());
        watch.source = u"demo"_qs;
    } else {
        auto found = credentialsForShow(parser.value(u"profile"_qs), nam);
        if (const int *exitCode = std::get_if<int>(&found))
            return *exitCode;
        watch.credentials = std::move(std::get<std::unique_ptr<ShowCredentials>>(found));
        if (watch.options.baseUrl.isEmpty())
            watch.options.baseUrl = watch.credentials->endpoint;
        if (watch.options.baseUrl.isEmpty())
            return usageError(Text::tr("Say where the jobs live: --region REGION or --endpoint URL."));
        watch.source = watch.credentials->provider->sourceName();
    }
    watch.credentials->provider->setIamOptions(watch.options);
    return watch;
}

QString buildNumber(const JobInfo &job)
{
    for (const char *key : {"build_number", "last_build_number"}) {
        const QJsonValue value = job.unknownFields.value(QLatin1String(key));
        if (value.isDouble() || value.isString())
            return u"#"_qs + value.toVariant().toString();
    }
    return u"-"_qs;
}

QString changeLine(const JobTransition &change, bool json)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const JobInfo &job = change.job;
    if (json) {
        const QJsonObject line{
            {u"time"_qs, time},
            {u"job_id"_qs, change.jobId},
            {u"job_name"_qs, job.jobName},
            {u"from"_qs, change.first ? QJsonValue() : QJsonValue(WatchState::name(change.from))},
            {u"to"_qs, WatchState::name(change.to)},
            {u"health_score"_qs, job.healthScore ? QJsonValue(*job.healthScore) : QJsonValue()},
            {u"last_build_status"_qs, job.lastBuildStatus},
            {u"running_status"_qs, job.runningStatus},
        };
        return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + u'\n';
    }
    const QString from = change.first ? u"-"_qs : WatchState::name(change.from);
    const QString health = job.healthScore ? QString::number(*job.healthScore) : u"-"_qs;
    return Text::tr("%1  %2  %3  %4 -> %5  build %6  health %7\n")
        .arg(time, change.jobId, job.jobName.isEmpty() ? u"-"_qs : printable(job.jobName), from, WatchState::name(change.to),
             buildNumber(job), health);
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
class WatchRun
{
public:
    WatchRun(const WatchRequest &request, JobClient *client, WatchClock *clock, QEventLoop *loop)
        : m_request(request), m_clock(clock), m_loop(loop), m_scheduler(clock, &m_transport)
    {
        m_transport.addSource(request.source, client, request.credentials->provider.get());
        WatchSettings settings;
        if (request.intervalMs > 0)
            settings.runningIntervalMs = settings.idleIntervalMs = request.intervalMs;
        m_scheduler.setSettings(settings);
        m_scheduler.setRandomSeed(quint32(QDateTime::currentMSecsSinceEpoch()));
        m_endpoint = request.demo ? QString::fromLatin1(AppSettings::kDemoEndpoint) : request.options.baseUrl.toString();
        QObject::connect(&m_scheduler, &PollScheduler::observed, &m_scheduler,
                         [this](const QString &id, const JobInfo &job) { onObserved(id, job); });
        QObject::connect(&m_scheduler, &PollScheduler::pollFailed, &m_scheduler,
                         [this](const QString &id, const ApiError &error) { onFailed(id, error); });
        QObject::connect(&m_scheduler, &PollScheduler::endpointThrottled, &m_scheduler, [](const QString &, qint64 ms) {
            warn(Text::tr("The service is throttling requests; waiting %n seconds.", nullptr, int(ms / 1000)));
        });
    }

    void start()
    {
        for (const QString &id : m_request.jobIds)
            m_scheduler.watch({id, m_request.source, m_request.options.baseUrl.toString(), {}});
    }

    void stop(int exitCode)
    {
        m_scheduler.pause();
        m_transport.abortAll();
        m_loop->exit(exitCode);
    }

private:
    void onObserved(const QString &id, const JobInfo &job)
    {
        m_warned.remove(id);
        const std::optional<JobTransition> change = m_tracker.observe(id, job, m_clock->nowMs());
        if (change)
            printOut(changeLine(*change, m_request.json));
        recordInHistory(job, change.has_value());
        if (m_request.untilFinished)
            stopWhenFinished();
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
        stop(m_request.exitStatus && !allSucceeded ? kExitNotAllSucceeded : 0);
    }

    void onFailed(const QString &id, const ApiError &error)
    {
        if (endsTheWatch(error)) {
            fail(error.exitCode(), Text::tr("Job %1: %2").arg(id, error.oneLine()));
            stop(error.exitCode());
            return;
        }
        // Passing trouble: say it once per job until the job answers again.
        if (!m_warned.contains(id)) {
            m_warned.insert(id);
            warn(Text::tr("Job %1: %2 Retrying later.").arg(id, error.oneLine()));
        }
    }

    const WatchRequest &m_request;
    WatchClock *m_clock;
    QEventLoop *m_loop;
    ShowJobTransport m_transport;
    PollScheduler m_scheduler;
    TransitionTracker m_tracker;
    HistoryThrottle m_throttle;
    std::unique_ptr<HistoryStore> m_history;
    QString m_endpoint;
    QSet<QString> m_warned;
};

} // namespace

int runWatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"job"_qs, Text::tr("Job IDs or job page URLs."), u"[JOB...]"_qs);
    parser.addOptions({
        {u"favorites"_qs, Text::tr("Also watch the favorite jobs.")},
        {u"endpoint"_qs, Text::tr("CodeArts Build base URL."), u"URL"_qs},
        {u"region"_qs, Text::tr("Region ID, e.g. cn-north-4."), u"REGION"_qs},
        {u"token-stdin"_qs, Text::tr("Read the IAM token from standard input (one line).")},
        {u"profile"_qs, Text::tr("Use this saved profile (default: the default profile)."), u"NAME"_qs},
        {u"demo"_qs, Text::tr("Watch jobs of the built-in demo sandbox.")},
        {u"interval"_qs, Text::tr("Poll every job about every SECONDS (default: 15 running, 120 others)."),
         u"SECONDS"_qs},
        {u"until-finished"_qs, Text::tr("End once none of the jobs is running.")},
        {u"exit-status"_qs, Text::tr("With --until-finished: exit 1 unless every last build succeeded.")},
        {u"json"_qs, Text::tr("Print JSON Lines.")},
    });
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_qs)) {
        printOut(usage());
        return 0;
    }

    QNetworkAccessManager nam;
    auto prepared = prepareWatch(parser, &nam);
    if (const int *exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    WatchRequest &watch = std::get<WatchRequest>(prepared);

    DemoSandbox sandbox;
    double speed = 1.0;
    if (watch.demo) {
        if (!sandbox.start())
            return fail(6, Text::tr("The demo sandbox could not listen on 127.0.0.1."));
        watch.options.baseUrl = sandbox.baseUrl();
        speed = DemoWatchJobs::speedFromEnvironment(); // the sandbox's jobs run this fast too
    }
    SteadyClock clock(speed);
    JobClient client(&nam);
    client.setOptions(watch.options);
    QEventLoop loop;
    WatchRun run(watch, &client, &clock, &loop);
    SignalCatcher catcher([&run](int signal) { run.stop(128 + signal); });
    run.start();
    return loop.exec();
}

} // namespace CommandLine
