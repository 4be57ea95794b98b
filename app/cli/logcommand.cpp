#include "cli/logcommand.h"

#include "api/buildclient.h"
#include "api/buildrecordsfetch.h"
#include "cli/buildsession.h"
#include "cli/commandhelp.h"
#include "cli/terminal.h"
#include "logs/buildlogfetch.h"
#include "logs/chunksink.h"
#include "logs/failuresummary.h"
#include "logs/logsanitizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>


namespace CommandLine {

namespace {

// The same translation context as the rest of the command line.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int kExitBuildFailed = 1;
constexpr int kExitFileNotWritten = 1;
constexpr int kExitNotFound = 4;
constexpr int kExitBadAnswer = 5;

struct LogRequest
{
    QString jobId;
    int number = 0;   // 0: the job's last build
    bool failed = false;
    bool follow = false;
    QString output;
    bool force = false;
};

// --verbose: the requests' traces on stderr, secrets redacted by HttpExchange.
template<typename Source>
void traced(const BuildSession &session, Source *source)
{
    if (session.request.verbose)
        QObject::connect(source, &Source::trace, source, &CommandLine::trace);
}

std::variant<LogRequest, int> parseRequest(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(Text::tr("Give a job ID or job page URL, and optionally a build number."));
    LogRequest request;
    if (positional.size() == 2) {
        bool ok = false;
        request.number = positional.at(1).trimmed().toInt(&ok);
        if (!ok || request.number <= 0)
            return usageError(Text::tr("\"%1\" is not a build number (a whole number from 1).").arg(positional.at(1)));
    }
    request.failed = parser.isSet(u"failed"_qs);
    request.follow = parser.isSet(u"follow"_qs);
    request.force = parser.isSet(u"force"_qs);
    if (parser.isSet(u"output"_qs)) {
        request.output = parser.value(u"output"_qs);
        if (request.output.isEmpty())
            return usageError(Text::tr("--output needs a file name."));
    }
    if (request.failed && request.follow)
        return usageError(Text::tr("Give only one of --failed and --follow."));
    if (!request.output.isEmpty() && (request.failed || request.follow))
        return usageError(Text::tr("--output saves the whole log: it cannot be combined with --failed or --follow."));
    if (request.force && request.output.isEmpty())
        return usageError(Text::tr("--force only goes with --output."));
    // Checked before anything is sent, so that nothing is asked for a file that stays as it was.
    if (!request.output.isEmpty() && QFileInfo::exists(request.output) && !request.force)
        return fail(kExitUsage, Text::tr("%1 exists; add --force to replace it.").arg(request.output));
    return request;
}

// The job's last build: ShowRunningStatus's last_build_no, else the newest record of the year.
// Nullopt when there is none or it cannot be read; `exitCode` then says why (printed).
std::optional<int> lastBuild(BuildSession &session, const QString &jobId, int *exitCode)
{
    BuildCall *status = session.client->runningStatus(jobId);
    traced(session, status);
    waitFor(status);
    if (status->succeeded()) {
        if (const std::optional<int> number = BuildParse::runningStatus(status->json()).lastBuildNumber)
            return number;
    } else if (status->error().kind == ApiError::Kind::Unauthorized || status->error().kind == ApiError::Kind::Forbidden
               || status->error().kind == ApiError::Kind::InvalidJobId) {
        *exitCode = failWith(status->error());
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTime();
    BuildRecordsFetch records(session.client.get(), jobId, now.addDays(-BuildWindows::kMaxDays), now, 1);
    traced(session, &records);
    records.start(1);
    waitFor(&records);
    if (records.error().isError()) {
        *exitCode = failWith(records.error());
        return std::nullopt;
    }
    if (records.records().isEmpty()) {
        *exitCode = fail(kExitNotFound, Text::tr("This job has no builds."));
        return std::nullopt;
    }
    return records.records().first().number;
}

void warnWhenThrottled(qint64 delayMs)
{
    warn(Text::tr("The service is throttling requests; waiting %n seconds.", nullptr, int((delayMs + 999) / 1000)));
}

// The log to standard output as it arrives: plain text into a pipe or a file, colours only
// on a terminal, nothing else a terminal would act on.
int printLog(BuildSession &session, const LogRequest &request)
{
    const bool terminal = isTerminal(stdout);
    LogSanitizer sanitizer(terminal ? LogSanitizer::Mode::Terminal : LogSanitizer::Mode::Plain);
    BuildLogFetch fetch(session.client.get(), request.jobId, request.number);
    fetch.setFollow(request.follow);
    // An ended build's log comes in one download, through the sanitizer as it arrives.
    ChunkSink download([&sanitizer](QByteArrayView bytes) { printOut(sanitizer.feed(bytes)); });
    fetch.setDownloadSink(&download);
    traced(session, &fetch);
    QObject::connect(&fetch, &BuildLogFetch::linesArrived, &fetch, [&sanitizer](const QList<LogLine> &lines) {
        // One page at a time through the sanitizer and out: a few calls a page, not a few a line.
        printOut(sanitizer.feed(QStringView(LogLine::joined(lines))));
    });
    QObject::connect(&fetch, &BuildLogFetch::throttled, &fetch, &warnWhenThrottled);
    fetch.start();
    waitFor(&fetch);
    const QString rest = sanitizer.finish();
    if (!rest.isEmpty())
        printOut(rest);
    if (terminal && (fetch.linesGiven() > 0 || download.bytesTaken() > 0))
        printOut(u"\x1b[0m"_qs);   // whatever colour the log left on
    if (fetch.missingLines() > 0)
        warn(Text::tr("The service left out %n lines of the log.", nullptr, int(qMin<qint64>(fetch.missingLines(), INT_MAX))));
    if (fetch.error().isError())
        return failWith(fetch.error());
    if (!fetch.buildEnded()) {
        printErr(Text::tr("Build %1 is still running: this is its log so far (--follow follows it).").arg(request.number)
                 + u'\n');
        return kExitOk;
    }
    if (!request.follow)
        return kExitOk;
    printErr(Text::tr("Build %1: %2").arg(request.number).arg(printable(fetch.result())) + u'\n');
    return fetch.result() == u"success" ? kExitOk : kExitBuildFailed;
}

// --failed: the failed step's name, then the lines that explain the failure.
int printFailure(BuildSession &session, const LogRequest &request)
{
    FailureSummary summary(session.client.get(), request.jobId, request.number);
    traced(session, &summary);
    QObject::connect(&summary, &FailureSummary::throttled, &summary, &warnWhenThrottled);
    summary.start();
    waitFor(&summary);
    if (!summary.buildFailed()) {
        if (summary.error().isError())
            return failWith(summary.error());
        const QString result = summary.details().result;
        printErr((result == u"running" ? Text::tr("Build %1 is still running: it has not failed.").arg(request.number)
                                       : Text::tr("Build %1 did not fail (%2): there is nothing to explain.")
                                             .arg(request.number)
                                             .arg(printable(result.isEmpty() ? Text::tr("unknown") : result)))
                 + u'\n');
        return kExitOk;
    }
    printOut(Text::tr("Failed step: %1").arg(printable(summary.failedStep().value_or(u"-"_qs))) + u'\n');
    if (summary.error().isError())
        return failWith(summary.error());
    QString text;
    for (const ExcerptLine &line : summary.report().lines)
        text += (line.kind == ExcerptLine::Kind::Gap ? u"…"_qs : line.text) + u'\n';
    printOut(text);
    if (!summary.report().recognised)
        printErr(Text::tr("No line names the error: these are the last lines before the build stopped.") + u'\n');
    return kExitOk;
}

// --output FILE: the whole log, byte for byte as the service sends it, written as it arrives.
int saveLog(BuildSession &session, const LogRequest &request)
{
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kExitUsage, Text::tr("%1 cannot be written: %2").arg(request.output, file.errorString()));
    BuildCall *record = session.client->recordInfo(request.jobId, request.number);
    traced(session, record);
    waitFor(record);
    if (!record->succeeded())
        return failWith(record->error());
    const BuildRecordDetail detail = BuildParse::recordDetail(record->json().value(u"result").toObject());
    if (detail.recordId.isEmpty())
        return fail(kExitBadAnswer, Text::tr("The service named no record ID for build %1, and the download needs one.").arg(request.number));

    BuildCall *download = session.client->downloadLog(detail.recordId, &file);
    traced(session, download);
    const bool progress = isTerminal(stderr);
    QElapsedTimer sinceShown;
    sinceShown.start();
    if (progress) {
        QObject::connect(download, &BuildCall::sinkProgress, download, [&sinceShown](qint64 written, qint64 total) {
            if (sinceShown.elapsed() < 200 && written != total)
                return;
            sinceShown.restart();
            const QLocale locale;
            const QString size = total > 0 ? Text::tr("%1 of %2").arg(locale.formattedDataSize(written), locale.formattedDataSize(total))
                                           : locale.formattedDataSize(written);
            printErr(u"\r\x1b[K"_qs + Text::tr("Downloading the log: %1").arg(size));
        });
    }
    waitFor(download);
    if (progress)
        printErr(u"\r\x1b[K"_qs);
    if (!download->succeeded()) {
        // Whose fault, asked before cancelWriting(), which sets an error of its own.
        const bool fileFailed = file.error() != QFileDevice::NoError;
        const QString why = file.errorString();
        file.cancelWriting();
        if (fileFailed)
            return fail(kExitFileNotWritten, Text::tr("%1 could not be written: %2").arg(request.output, why));
        return failWith(download->error());
    }
    if (!file.commit())
        return fail(kExitFileNotWritten, Text::tr("%1 could not be written: %2").arg(request.output, file.errorString()));
    if (progress)
        printErr(Text::tr("Saved the log of build %1 (%2) to %3.")
                     .arg(request.number)
                     .arg(QLocale().formattedDataSize(download->bytesToSink()), request.output)
                 + u'\n');
    if (detail.result == u"running" || detail.result.isEmpty())
        warn(Text::tr("Build %1 is still running: the file holds its log so far.").arg(request.number));
    return kExitOk;
}

} // namespace

int runLogCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"job"_qs, Text::tr("Job ID or job page URL."), u"JOB"_qs);
    parser.addPositionalArgument(u"number"_qs, Text::tr("Build number (default: the job's last build)."), u"[NUMBER]"_qs);
    parser.addOptions(optionsOf(u"log"_qs));
    if (const std::optional<int> exitCode = parseOrExit(parser, arguments, u"log"_qs))
        return *exitCode;
    auto parsed = parseRequest(parser);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    LogRequest request = std::get<LogRequest>(parsed);
    BuildSession session;
    if (const std::optional<int> exitCode = openBuildSession(session, parser, parser.positionalArguments().first()))
        return *exitCode;
    request.jobId = session.request.jobId;
    if (request.number == 0) {
        int exitCode = kExitOk;
        const std::optional<int> last = lastBuild(session, request.jobId, &exitCode);
        if (!last)
            return exitCode;
        request.number = *last;
    }
    if (!request.output.isEmpty())
        return saveLog(session, request);
    if (request.failed)
        return printFailure(session, request);
    return printLog(session, request);
}

} // namespace CommandLine
