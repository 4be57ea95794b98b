#include "watch/batchingtransport.h"

#include "api/buildclient.h"
#include "api/jobclient.h"
#include "watch/watchstate.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

// ShowJobInfo's last_build_time and a record's start time need not be the same instant (the
// build may have queued first): a newer build is one that started this much later.
constexpr qint64 kStartSlackMs = 2 * 60'000;

// A record's result in ShowJobInfo's words, which the rest of the watch reads.
QString lastBuildWord(const QString &result)
{
    if (result == u"failure")
        return u"failed"_qs;
    return result; // success, aborted, timeout, running, or the service's word
}

QString groupKey(const WatchTarget &target)
{
    return target.source + u'\n' + target.endpoint;
}

} // namespace

BatchingTransport::BatchingTransport(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    connect(&m_perJob, &ShowJobTransport::trace, this, &BatchingTransport::trace);
}

BatchingTransport::~BatchingTransport() = default;

void BatchingTransport::addSource(const QString &source, JobClient *client, CredentialProvider *provider)
{
    Source &entry = m_sources[source];
    entry.client = client;
    delete entry.builds;
    entry.builds = new BuildClient(m_nam, provider, this);
    m_perJob.addSource(source, client, provider);
}

void BatchingTransport::setBaseline(const QString &jobId, const JobInfo &job)
{
    Known &known = m_known[jobId];
    known.job = job;
    known.job.id = jobId;
    known.fullNumber.reset();
}

QList<PollBatch> BatchingTransport::plan(const QList<WatchTarget> &due, const QList<WatchTarget> &others) const
{
    QList<PollBatch> alone;
    QList<QString> groupOrder; // the order the groups' first jobs became due
    QHash<QString, QList<WatchTarget>> dueByGroup;
    for (const WatchTarget &target : due) {
        if (target.buildProjectId.isEmpty()) {
            alone.append({target.source, target.endpoint, PollBatch::Kind::JobInfo, {target.jobId}});
            continue;
        }
        const QString key = groupKey(target);
        if (!dueByGroup.contains(key))
            groupOrder.append(key);
        dueByGroup[key].append(target);
    }
    QHash<QString, QList<WatchTarget>> ridersByGroup;
    for (const WatchTarget &target : others) {
        if (!target.buildProjectId.isEmpty() && dueByGroup.contains(groupKey(target)))
            ridersByGroup[groupKey(target)].append(target);
    }
    // Batches first: they keep many jobs' states fresh; a job asked for alone can wait a turn.
    QList<PollBatch> batches;
    for (const QString &key : std::as_const(groupOrder))
        planGroup(dueByGroup.value(key), ridersByGroup.value(key), batches);
    return batches + alone;
}

// The due jobs in batches of up to kMaxBatch; the last batch takes along the soonest due of
// the others, which costs no extra request. A lone job is asked for with ShowJobInfo, which
// tells more for the same one request.
void BatchingTransport::planGroup(const QList<WatchTarget> &due, QList<WatchTarget> riders,
                                  QList<PollBatch> &batches) const
{
    for (qsizetype first = 0; first < due.size(); first += kMaxBatch) {
        QList<WatchTarget> members = due.mid(first, kMaxBatch);
        const bool last = first + kMaxBatch >= due.size();
        if (last)
            members += riders.mid(0, kMaxBatch - members.size());
        const WatchTarget &lead = members.first();
        if (members.size() == 1) {
            batches.append({lead.source, lead.endpoint, PollBatch::Kind::JobInfo, {lead.jobId}});
            continue;
        }
        PollBatch batch{lead.source, lead.endpoint, PollBatch::Kind::BriefRecords, {}, {}};
        for (const WatchTarget &member : std::as_const(members)) {
            batch.jobIds.append(member.jobId);
            batch.buildProjectIds.append(member.buildProjectId);
        }
        batches.append(batch);
    }
}

void BatchingTransport::send(const PollBatch &batch, Done done)
{
    if (batch.kind == PollBatch::Kind::JobInfo) {
        ++m_jobRequests;
        const QString jobId = batch.jobIds.value(0);
        return m_perJob.send(batch, [this, jobId, done](const PollOutcome &outcome) {
            if (!outcome.error.isError() && !outcome.jobs.isEmpty()) {
                Known &known = m_known[jobId];
                known.job = outcome.jobs.first();
                // The newest finished build this answer includes: not the running one.
                const bool running = WatchState::fromJob(known.job) == JobState::Running;
                known.fullNumber = running && known.lastNumber ? std::optional<int>(*known.lastNumber - 1)
                                                               : known.lastNumber;
            }
            done(outcome);
        });
    }
    const auto source = m_sources.find(batch.source);
    if (source == m_sources.end() || !source->client) {
        const ApiError error(ApiError::Kind::InvalidEndpoint,
                             QCoreApplication::translate("ShowJobTransport", "This request cannot be sent."));
        QTimer::singleShot(0, this, [done, error] { done({error, {}}); });
        return;
    }
    ++m_batchRequests;
    sendBatch(batch, *source, std::move(done));
}

void BatchingTransport::sendBatch(const PollBatch &batch, Source &source, Done done)
{
    source.builds->setOptions(source.client->options());
    BuildCall *call = source.builds->briefRecords(batch.buildProjectIds, 1);
    connect(call, &BuildCall::trace, this, &BatchingTransport::trace);
    connect(call, &BuildCall::finished, this, [this, call, batch, done] {
        call->deleteLater();
        done(readBatch(batch, *call));
    });
}

PollOutcome BatchingTransport::readBatch(const PollBatch &batch, const BuildCall &call)
{
    if (!call.succeeded())
        return {call.error(), {}};
    QHash<QString, BriefRecord> byBuildProject;
    for (const BriefRecord &record : BuildParse::briefRecords(call.json().value(u"result")))
        byBuildProject.insert(record.buildProjectId.toLower(), record);
    PollOutcome outcome;
    for (qsizetype i = 0; i < batch.jobIds.size(); ++i) {
        const QString &jobId = batch.jobIds.at(i);
        const auto record = byBuildProject.constFind(batch.buildProjectIds.value(i).toLower());
        if (record == byBuildProject.constEnd())
            continue; // never built, or unknown here: the scheduler asks for it alone
        Known &known = m_known[jobId];
        if (known.job.id.isEmpty()) {
            known.job.id = jobId;
            known.job.buildProjectId = batch.buildProjectIds.value(i);
        }
        const Observation seen = observe(known.job, known.fullNumber, *record);
        if (!known.fullNumber && !seen.detailStale && !record->isRunning())
            known.fullNumber = record->number; // the answer we had already described this build
        known.lastNumber = record->number;
        known.job = seen.job;
        outcome.jobs.append(seen.job);
        outcome.builds.insert(jobId, *record);
        if (seen.detailStale)
            outcome.detailStale.append(jobId);
    }
    return outcome;
}

BatchingTransport::Observation BatchingTransport::observe(const JobInfo &base, std::optional<int> knownNumber,
                                                          const BriefRecord &build)
{
    Observation seen{base, false};
    seen.job.runningStatus = build.isRunning() ? u"Running"_qs : u"Finished"_qs;
    seen.job.lastBuildStatus = lastBuildWord(build.result);
    if (build.startTimeMs)
        seen.job.lastBuildTimeMs = build.startTimeMs;
    if (build.isRunning())
        return seen;
    if (knownNumber) {
        seen.detailStale = build.number > *knownNumber;
    } else {
        const bool baseRunning = WatchState::fromJob(base) == JobState::Running;
        const bool newer = !base.lastBuildTimeMs
            || (build.startTimeMs && *build.startTimeMs > *base.lastBuildTimeMs + kStartSlackMs);
        seen.detailStale = baseRunning || newer;
    }
    return seen;
}

void BatchingTransport::abortAll()
{
    m_perJob.abortAll();
    for (Source &source : m_sources) {
        for (BuildCall *call : source.builds->findChildren<BuildCall *>(Qt::FindDirectChildrenOnly))
            call->abort();
    }
}
