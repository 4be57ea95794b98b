#include "favorites/notificationcomposer.h"

#include "api/buildclient.h"
#include "watch/pollscheduler.h"
#include "watch/schedulergate.h"
#include "watch/watchclock.h"

#include <QDateTime>
#include <QTimer>

#include <cstdlib>

namespace {

// A job's last build time (ShowJobInfo) and a batch's start time of the same build may differ a
// little (queueing); builds of one job do not start this close together.
constexpr qint64 kSameBuildSlackMs = 60'000;
constexpr int kRecordPageSize = 20;

bool sameBuild(const BriefRecord &build, const JobInfo &job)
{
    if (!job.lastBuildTimeMs || !build.startTimeMs)
        return true;
    return std::llabs(*job.lastBuildTimeMs - *build.startTimeMs) <= kSameBuildSlackMs;
}

} // namespace

struct NotificationComposer::Draft
{
    WatchNotification notification;
    qint64 startMs = 0;
    QPointer<BuildCall> call;
    bool waitingForBudget = false;
    bool waitingForRecord = false;
    bool waitingForFailure = false;
    bool sent = false;

    JobTransition &transition() { return notification.transitions.first(); }
    bool isFailure() { return transition().to == JobState::Failed; }
};

NotificationComposer::NotificationComposer(QObject *parent) : QObject(parent)
{
    connect(&m_explainer, &FailureExplainer::explained, this, &NotificationComposer::onExplained);
}

NotificationComposer::~NotificationComposer()
{
    for (const std::shared_ptr<Draft> &draft : std::as_const(m_drafts)) {
        if (draft->call)
            draft->call->abort();
    }
}

void NotificationComposer::setSource(BuildClient *client, PollScheduler *scheduler, const QString &endpoint,
                                     const WatchClock *clock)
{
    clearSource();
    m_client = client;
    m_scheduler = scheduler;
    m_endpoint = endpoint;
    m_clock = clock;
    m_gate = std::make_unique<SchedulerGate>(scheduler, clock, endpoint);
}

// The session that told the builds is gone: what waits goes out with what is known.
void NotificationComposer::clearSource()
{
    const QList<std::shared_ptr<Draft>> drafts = m_drafts;
    for (const std::shared_ptr<Draft> &draft : drafts)
        send(draft);
    m_explainer.cancelAll();
    m_gate.reset();
    m_client = nullptr;
    m_scheduler = nullptr;
    m_clock = nullptr;
    m_endpoint.clear();
    m_builds.clear();
}

void NotificationComposer::noteBuild(const QString &jobId, const BriefRecord &build)
{
    m_builds.insert(jobId, build);
}

void NotificationComposer::compose(const WatchNotification &notification)
{
    if (notification.kind == WatchNotification::Kind::Summary || notification.transitions.isEmpty()) {
        emit ready(notification);
        return;
    }
    auto draft = std::make_shared<Draft>();
    draft->notification = notification;
    JobTransition &transition = draft->transition();
    const auto brief = m_builds.constFind(transition.jobId);
    const bool briefFits = brief != m_builds.constEnd() && sameBuild(*brief, transition.job);
    if (briefFits)
        addBrief(transition.build, *brief);

    std::optional<qint64> startMs = transition.job.lastBuildTimeMs;
    if (!startMs && briefFits)
        startMs = brief->startTimeMs;
    draft->waitingForRecord = transition.build.startedBy.isEmpty() && startMs;
    const bool mayExplain = draft->isFailure() && (transition.build.number || draft->waitingForRecord);
    if (!m_client || !m_scheduler || !m_clock || (!draft->waitingForRecord && !mayExplain)) {
        emit ready(draft->notification);
        return;
    }
    draft->startMs = startMs.value_or(0);
    m_drafts.append(draft);
    QTimer::singleShot(draft->isFailure() ? m_failureWaitMs : m_waitMs, this, [this, weak = std::weak_ptr<Draft>(draft)] {
        if (const std::shared_ptr<Draft> waited = weak.lock())
            send(waited);
    });
    if (draft->waitingForRecord)
        lookUp(draft);
    if (transition.build.number)
        explain(draft);
    sendIfComplete(draft);   // what it waited for was known already
}

void NotificationComposer::forgetJob(const QString &jobId)
{
    m_explainer.forget(jobId);
}

// One record-list request, when the endpoint's budget allows it before the notification's wait
// is over; polls leave room for it (PollScheduler::setWaitingExtras).
void NotificationComposer::lookUp(const std::shared_ptr<Draft> &draft)
{
    if (draft->sent || !m_client || !m_scheduler || !m_clock)
        return;
    qint64 retryAtMs = 0;
    if (!m_scheduler->takeBudget(m_endpoint, &retryAtMs)) {
        draft->waitingForBudget = true;
        updateWaitingExtras();
        const qint64 delay = m_clock->realDelayMs(std::max<qint64>(0, retryAtMs - m_clock->nowMs()));
        if (delay < m_waitMs) {
            QTimer::singleShot(int(delay), this, [this, weak = std::weak_ptr<Draft>(draft)] {
                if (const std::shared_ptr<Draft> waited = weak.lock())
                    lookUp(waited);
            });
        }
        return;   // otherwise the wait ends first, and the notification goes without
    }
    draft->waitingForBudget = false;
    updateWaitingExtras();
    // Unconfirmed: which time the record list's start_time and end_time filter by (the build's
    // start is assumed); a window of minutes either side holds the build either way, and the
    // record is picked by its number.
    const TimeWindow window{QDateTime::fromMSecsSinceEpoch(draft->startMs - kRecordWindowMs),
                            QDateTime::fromMSecsSinceEpoch(draft->startMs + kRecordWindowMs)};
    BuildCall *call = m_client->recordList(draft->transition().jobId, window, 0, kRecordPageSize);
    draft->call = call;
    connect(call, &BuildCall::finished, this, [this, call, weak = std::weak_ptr<Draft>(draft)] {
        call->deleteLater();
        if (const std::shared_ptr<Draft> waited = weak.lock())
            onRecords(waited, call);
    });
}

void NotificationComposer::onRecords(const std::shared_ptr<Draft> &draft, BuildCall *call)
{
    if (draft->sent)
        return;
    // A refusal or an odd answer costs the notification its "started by", nothing more.
    if (call->succeeded()) {
        const BuildRecordPage page = BuildParse::recordPage(call->json().value(u"result").toObject());
        if (const std::optional<BuildRecord> record = matchingRecord(page.records, draft->transition().build, draft->startMs))
            addRecord(draft->transition().build, *record);
    }
    draft->waitingForRecord = false;
    // The record may have been what named the failed build.
    if (draft->isFailure() && !draft->waitingForFailure && draft->transition().build.failedStep.isEmpty())
        explain(draft);
    sendIfComplete(draft);
}

// Why the build failed, read once per build (FailureExplainer) through the watch's budget.
void NotificationComposer::explain(const std::shared_ptr<Draft> &draft)
{
    JobTransition &transition = draft->transition();
    if (draft->sent || !transition.build.number || !m_client)
        return;
    if (const auto known = m_explainer.known(transition.jobId, *transition.build.number)) {
        addFailure(transition.build, *known);
        return;
    }
    draft->waitingForFailure = true;
    m_explainer.explain(transition.jobId, *transition.build.number, m_client, m_gate.get());
}

void NotificationComposer::onExplained(const FailureExplainer::Explanation &explanation)
{
    const QList<std::shared_ptr<Draft>> drafts = m_drafts;
    for (const std::shared_ptr<Draft> &draft : drafts) {
        JobTransition &transition = draft->transition();
        if (!draft->waitingForFailure || transition.jobId != explanation.jobId
            || transition.build.number != explanation.buildNumber)
            continue;
        addFailure(transition.build, explanation);
        draft->waitingForFailure = false;
        sendIfComplete(draft);
    }
}

void NotificationComposer::sendIfComplete(const std::shared_ptr<Draft> &draft)
{
    if (!draft->waitingForRecord && !draft->waitingForFailure)
        send(draft);
}

void NotificationComposer::send(const std::shared_ptr<Draft> &draft)
{
    if (draft->sent)
        return;
    draft->sent = true;
    if (draft->call && !draft->call->isFinished())
        draft->call->abort();
    m_drafts.removeOne(draft);
    updateWaitingExtras();
    emit ready(draft->notification);
}

void NotificationComposer::updateWaitingExtras()
{
    if (!m_scheduler)
        return;
    const auto waiting = std::count_if(m_drafts.cbegin(), m_drafts.cend(),
                                       [](const std::shared_ptr<Draft> &draft) { return draft->waitingForBudget; });
    m_scheduler->setWaitingExtras(m_endpoint, int(waiting));
}

void NotificationComposer::addBrief(BuildFacts &facts, const BriefRecord &build)
{
    if (!facts.number && build.number > 0)
        facts.number = build.number;
    if (facts.branch.isEmpty())
        facts.branch = build.branch;
    if (!facts.durationMs && !build.isRunning() && build.durationMs)
        facts.durationMs = build.durationMs;
}

void NotificationComposer::addRecord(BuildFacts &facts, const BuildRecord &record)
{
    if (!facts.number && record.number > 0)
        facts.number = record.number;
    if (facts.branch.isEmpty())
        facts.branch = record.branch;
    if (facts.startedBy.isEmpty())
        facts.startedBy = record.executor;
    if (!facts.durationMs && !record.isRunning() && record.durationMs)
        facts.durationMs = record.durationMs;
}

std::optional<BuildRecord> NotificationComposer::matchingRecord(const QList<BuildRecord> &records,
                                                                const BuildFacts &facts, std::optional<qint64> startMs)
{
    if (facts.number) {
        for (const BuildRecord &record : records) {
            if (record.number == *facts.number)
                return record;
        }
        return std::nullopt;
    }
    std::optional<BuildRecord> closest;
    qint64 closestGap = 0;
    for (const BuildRecord &record : records) {
        if (!startMs || !record.startTimeMs)
            continue;
        const qint64 gap = std::llabs(*record.startTimeMs - *startMs);
        if (!closest || gap < closestGap) {
            closest = record;
            closestGap = gap;
        }
    }
    return closest;
}

void NotificationComposer::addFailure(BuildFacts &facts, const FailureExplainer::Explanation &explanation)
{
    if (facts.failedStep.isEmpty())
        facts.failedStep = explanation.failedStep.value_or(QString());
    if (facts.error.isEmpty())
        facts.error = explanation.error.value_or(QString());
}
