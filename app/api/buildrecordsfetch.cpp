#include "api/buildrecordsfetch.h"

#include "api/buildclient.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {

// A window of 31 days holds at most a few thousand builds; stop paging after this many pages
// whatever the totals say, so a confused answer cannot keep us fetching.
constexpr int kMaxPagesPerWindow = 50;

} // namespace

BuildRecordsFetch::BuildRecordsFetch(BuildClient *client, QString jobId, QDateTime from, QDateTime to, int limit,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId)), m_from(std::move(from)), m_to(std::move(to)),
      m_limit(limit)
{
    for (const TimeWindow &span : BuildWindows::split(m_from, m_to))
        m_windows.append(Window{span, 0, false, {}});
}

void BuildRecordsFetch::start(int maxInFlight)
{
    m_maxInFlight = qBound(1, maxInFlight, kMaxInFlight);
    QTimer::singleShot(0, this, [this] {
        if (m_windows.isEmpty())
            return finish();
        startMoreWindows();
    });
}

void BuildRecordsFetch::abort()
{
    if (m_finished)
        return;
    abortCalls();
    finish({ApiError::Kind::Cancelled, tr("The request was cancelled.")});
}

BuildCall *BuildRecordsFetch::track(BuildCall *call)
{
    ++m_requestsSent;
    call->setParent(this);
    connect(call, &BuildCall::trace, this, &BuildRecordsFetch::trace);
    return call;
}

void BuildRecordsFetch::startMoreWindows()
{
    while (!m_finished && m_inFlight < m_maxInFlight && m_nextWindow < m_windows.size()) {
        ++m_inFlight;
        m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
        requestPage(m_nextWindow++);
    }
    if (!m_finished && m_inFlight == 0 && m_nextWindow >= m_windows.size())
        finish();
}

void BuildRecordsFetch::requestPage(int windowIndex)
{
    Window &window = m_windows[windowIndex];
    BuildCall *call = track(m_client->recordList(m_jobId, window.span, window.nextPage, kPageSize));
    window.call = call;
    connect(call, &BuildCall::finished, this, [this, windowIndex, call] { onPage(windowIndex, call); });
}

void BuildRecordsFetch::onPage(int windowIndex, BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    Window &window = m_windows[windowIndex];
    if (!call->succeeded()) {
        if (retryThrottled(call->error(), [this, windowIndex] { requestPage(windowIndex); })) {
            window.call.clear();
            return;
        }
        abortCalls();
        // The record list is not published here: the old history call still is.
        if (call->httpStatus() == 404 && call->error().kind == ApiError::Kind::NotFound)
            return startFallback();
        return finish(call->error());
    }
    const BuildRecordPage page = BuildParse::recordPage(call->json().value(u"result").toObject());
    m_collected += page.records;
    ++window.nextPage;
    if (!page.records.isEmpty() && window.nextPage < page.totalPages && window.nextPage < kMaxPagesPerWindow)
        return requestPage(windowIndex);

    window.done = true;
    --m_inFlight;
    // The newest windows already hold enough: the older ones cannot change the answer.
    if (m_limit > 0) {
        int newest = 0;
        for (const Window &each : std::as_const(m_windows)) {
            if (!each.done)
                break;
            ++newest;
        }
        qsizetype inNewest = 0;
        const qint64 oldestCovered = m_windows.at(qMax(0, newest - 1)).span.start.toMSecsSinceEpoch();
        for (const BuildRecord &record : std::as_const(m_collected))
            inNewest += record.startTimeMs.value_or(0) >= oldestCovered ? 1 : 0;
        if (newest > 0 && inNewest >= m_limit) {
            abortCalls();
            return finish();
        }
    }
    startMoreWindows();
}

void BuildRecordsFetch::startFallback()
{
    m_usedFallback = true;
    m_collected.clear();
    emit trace(tr("The record list is not published here; using the old build history (30 days at most)."));
    requestFallbackPage();
}

void BuildRecordsFetch::requestFallbackPage()
{
    const qint64 daysBack = (m_from.msecsTo(QDateTime::currentDateTime()) + 86'399'999) / 86'400'000;
    const int days = int(qBound(qint64(1), daysBack, qint64(30)));
    BuildCall *call = track(m_client->history(m_jobId, m_fallbackPage, kPageSize, days));
    m_fallbackCall = call;
    connect(call, &BuildCall::finished, this, [this, call] { onFallbackPage(call); });
}

void BuildRecordsFetch::onFallbackPage(BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    if (!call->succeeded()) {
        if (retryThrottled(call->error(), [this] { requestFallbackPage(); }))
            return;
        return finish(call->error());
    }
    const BuildRecordPage page = BuildParse::historyPage(call->json());
    m_collected += page.records;
    ++m_fallbackPage;
    const bool more = !page.records.isEmpty() && m_collected.size() < page.totalRecords
        && m_fallbackPage < kMaxPagesPerWindow && (m_limit <= 0 || m_collected.size() < m_limit);
    if (more)
        return requestFallbackPage();
    finish();
}

// A read can be asked again: a busy service throttles a burst of windows (as ListPager's pages).
bool BuildRecordsFetch::retryThrottled(const ApiError &error, const std::function<void()> &again)
{
    if (error.kind != ApiError::Kind::RateLimited || m_throttleRetries >= kMaxThrottleRetries)
        return false;
    ++m_throttleRetries;
    const int delayMs = error.retryDelayMs(m_throttleRetries);
    emit trace(tr("Throttled; asking for the records again in %1 ms.").arg(delayMs));
    QTimer::singleShot(delayMs, this, [this, again] {
        if (!m_finished)
            again();
    });
    return true;
}

void BuildRecordsFetch::abortCalls()
{
    for (Window &window : m_windows) {
        if (window.call) {
            window.call->disconnect(this);
            window.call->abort();
            window.call->deleteLater();
        }
    }
    if (m_fallbackCall) {
        m_fallbackCall->disconnect(this);
        m_fallbackCall->abort();
        m_fallbackCall->deleteLater();
    }
    m_inFlight = 0;
}

void BuildRecordsFetch::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error.kind == ApiError::Kind::RateLimited && m_throttleRetries > 0) {
        // BuildClient's hint says that nothing was asked again; this fetch did ask.
        m_error.hint = tr("The records were asked for again %n times; wait a minute and try again.", nullptr,
                          m_throttleRetries);
    }
    if (!m_error.isError()) {
        // Windows meet at their edges, so a build may come twice; the newest first.
        const qint64 fromMs = m_from.toMSecsSinceEpoch();
        const qint64 toMs = m_to.toMSecsSinceEpoch();
        QSet<int> seen;
        std::stable_sort(m_collected.begin(), m_collected.end(),
                         [](const BuildRecord &a, const BuildRecord &b) { return a.number > b.number; });
        for (const BuildRecord &record : std::as_const(m_collected)) {
            const qint64 started = record.startTimeMs.value_or(toMs);
            if (seen.contains(record.number) || started < fromMs || started > toMs)
                continue;
            seen.insert(record.number);
            m_records.append(record);
            if (m_limit > 0 && m_records.size() >= m_limit)
                break;
        }
    }
    m_collected.clear();
    emit finished();
}
