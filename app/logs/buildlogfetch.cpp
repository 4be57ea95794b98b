#include "logs/buildlogfetch.h"

#include "api/buildclient.h"
#include "api/requestgate.h"

#include <QRandomGenerator>

namespace {

constexpr int kMaxFailuresInARow = 3;
constexpr qint64 kFirstThrottleBackoffMs = 10'000;
constexpr qint64 kMaxThrottleBackoffMs = 10 * 60'000;

bool isThrottling(const ApiError &error)
{
    return error.kind == ApiError::Kind::RateLimited || error.errorCode == u"CB.00060211";
}

// Failures that may pass: asked again while following, never for a refusal.
bool mayPass(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::InvalidResponse:   // a gateway's error page
        return true;
    case ApiError::Kind::HttpError:
    case ApiError::Kind::ServiceFailure:
        return error.httpStatus >= 500 || error.httpStatus == 0 || error.httpStatus == 200;
    default:
        return false;
    }
}

} // namespace

BuildLogFetch::BuildLogFetch(BuildClient *client, QString jobId, int buildNumber, QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId)), m_number(buildNumber)
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);   // never before Retry-After: a coarse timer may fire early
}

void BuildLogFetch::setIntervals(int minPollMs, int maxPollMs, int stateCheckMs)
{
    m_minPollMs = qMax(1, minPollMs);
    m_maxPollMs = qMax(m_minPollMs, maxPollMs);
    m_stateCheckMs = qMax(0, stateCheckMs);
}

void BuildLogFetch::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished || m_started)
            return;
        m_started = true;
        m_clock.start();
        send(Step::State);
    });
}

void BuildLogFetch::abort()
{
    if (m_finished)
        return;
    if (BuildCall *call = m_call.data()) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
    finish({ApiError::Kind::Cancelled, tr("The request was cancelled.")});
}

void BuildLogFetch::send(Step step)
{
    const auto go = [this, step] {
        if (m_finished)
            return;
        BuildCall *call = nullptr;
        if (step == Step::State) {
            m_lastStateCheckMs = m_clock.elapsed();
            call = m_stateFromBuildInfo ? m_client->buildInfo(m_jobId, m_number) : m_client->recordInfo(m_jobId, m_number);
            connect(call, &BuildCall::finished, this, [this, call] { onState(call); });
        } else if (step == Step::Download) {
            call = m_client->downloadLog(m_record.recordId, m_downloadSink);
            connect(call, &BuildCall::finished, this, [this, call] { onDownload(call); });
        } else {
            m_paged = true;
            const auto askedWhile = m_ended ? LogPageAssembler::Build::Ended : LogPageAssembler::Build::Running;
            call = m_client->realTimeLog(m_jobId, m_number, m_assembler.nextStartOffset(), m_assembler.nextEndOffset());
            connect(call, &BuildCall::finished, this, [this, call, askedWhile] { onPage(call, askedWhile); });
        }
        call->setParent(this);
        connect(call, &BuildCall::trace, this, &BuildLogFetch::trace);
        m_call = call;
    };
    if (m_gate)
        m_gate->whenAllowed(this, go);
    else
        go();
}

void BuildLogFetch::onState(BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    giveHeld();
    if (!call->succeeded()) {
        // A gateway that does not know record-info (404 rather than the service's 422 for a
        // build that does not exist): the old ShowBuildDetails says whether the build runs.
        if (!m_stateFromBuildInfo && call->httpStatus() == 404 && call->error().kind == ApiError::Kind::NotFound) {
            m_stateFromBuildInfo = true;
            emit trace(tr("record-info is not published here; the build's state comes from build-info."));
            return send(Step::State);
        }
        if (!retryAfter(call->error(), Step::State))
            finish(call->error());
        return;
    }
    m_failuresInARow = 0;
    m_throttledInARow = 0;
    if (m_stateFromBuildInfo) {
        const BuildInfoState state = BuildParse::buildState(call->json());
        m_result = state.building ? u"running"_qs : state.result;
    } else {
        m_record = BuildParse::recordDetail(call->json().value(u"result").toObject());
        m_result = m_record.result.isEmpty() ? u"running"_qs : m_record.result;
    }
    m_ended = m_result != u"running";
    if (m_ended && !m_paged && m_downloadSink && !m_record.recordId.isEmpty())
        send(Step::Download);
    else if (m_ended || !m_paged)
        send(Step::Page);
    else
        waitThenAsk(Step::Page, pollDelayMs());
}

void BuildLogFetch::onPage(BuildCall *call, LogPageAssembler::Build askedWhile)
{
    call->deleteLater();
    if (m_finished)
        return;
    giveHeld();   // the last page's lines come first, whatever the event loop did
    if (!call->succeeded()) {
        if (!retryAfter(call->error(), Step::Page))
            finish(call->error());
        return;
    }
    const QJsonValue result = call->json().value(u"result");
    if (!result.isObject()) {
        ApiError error(ApiError::Kind::InvalidResponse, tr("The log page holds no result."),
                       tr("Try again; if it persists, check the endpoint."));
        if (!retryAfter(error, Step::Page))
            finish(error);
        return;
    }
    m_failuresInARow = 0;
    m_throttledInARow = 0;
    const LogPage page = LogPage::fromResult(result.toObject());
    const qint64 askedFrom = m_assembler.nextStartOffset();
    const LogLines lines = m_assembler.addPage(page, askedWhile);
    if (lines.ended) {
        give(lines);
        return finish();
    }
    const bool progressed = !lines.lines.isEmpty() || lines.missingLines > 0 || m_assembler.nextStartOffset() != askedFrom;
    if (page.hasMore && progressed) {
        // The next page is asked for first, and these lines are given on the next turn of the
        // event loop, once it is on its way: whoever prints them does so while it travels.
        // Still one request at a time.
        m_held = lines;
        send(Step::Page);
        QMetaObject::invokeMethod(this, &BuildLogFetch::giveHeld, Qt::QueuedConnection);
        return;
    }
    give(lines);
    afterNothingNew();
}

void BuildLogFetch::onDownload(BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    if (call->succeeded() || call->bytesToSink() > 0)
        return finish(call->error());
    if (retryAfter(call->error(), Step::Download))
        return;
    // Nothing reached the sink, so the pages can still give the whole log.
    emit trace(tr("The log's download failed (%1); reading its pages instead.").arg(call->error().oneLine()));
    send(Step::Page);
}

// The log has nothing more for now.
void BuildLogFetch::afterNothingNew()
{
    if (!m_follow || m_ended) {
        // Not following (or an ended build whose pages stopped short): the log as it is now.
        give(m_assembler.finish());
        return finish();
    }
    const bool stateDue = m_lastStateCheckMs < 0 || m_clock.elapsed() - m_lastStateCheckMs >= m_stateCheckMs;
    if (stateDue)
        send(Step::State);
    else
        waitThenAsk(Step::Page, pollDelayMs());
}

void BuildLogFetch::waitThenAsk(Step step, qint64 delayMs)
{
    m_wait.disconnect(this);
    connect(&m_wait, &QTimer::timeout, this, [this, step] { send(step); });
    m_wait.start(int(qMin<qint64>(delayMs, kMaxRetryAfterMs)));
}

// Asks the same again later after throttling, or after a passing failure while following;
// false when the error ends the fetch.
bool BuildLogFetch::retryAfter(const ApiError &error, Step step)
{
    if (isThrottling(error)) {
        const qint64 backoff = qMin(kFirstThrottleBackoffMs << qMin(m_throttledInARow, 10), kMaxThrottleBackoffMs);
        ++m_throttledInARow;
        const qint64 delay = error.retryAfterSeconds > 0
            ? qMin(qint64(error.retryAfterSeconds) * 1000, kMaxRetryAfterMs) : backoff;
        if (m_gate)
            m_gate->throttled(delay);
        emit throttled(delay);
        waitThenAsk(step, delay);
        return true;
    }
    if (m_follow && mayPass(error) && ++m_failuresInARow < kMaxFailuresInARow) {
        emit trace(tr("Asking again after: %1").arg(error.oneLine()));
        waitThenAsk(step, pollDelayMs());
        return true;
    }
    return false;
}

void BuildLogFetch::giveHeld()
{
    if (m_held && !m_finished)
        give(*std::exchange(m_held, std::nullopt));
}

void BuildLogFetch::give(const LogLines &lines)
{
    m_missingLines += lines.missingLines;
    if (lines.lines.isEmpty())
        return;
    m_linesGiven += lines.lines.size();
    emit linesArrived(lines.lines);
}

void BuildLogFetch::finish(ApiError error)
{
    if (m_finished)
        return;
    giveHeld();
    m_finished = true;
    m_wait.stop();
    m_error = std::move(error);
    emit finished();
}

int BuildLogFetch::pollDelayMs() const
{
    return m_minPollMs + int(QRandomGenerator::global()->bounded(m_maxPollMs - m_minPollMs + 1));
}
