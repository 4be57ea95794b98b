#pragma once

#include "api/buildrecords.h"
#include "watch/pollscheduler.h"
#include "watch/showjobtransport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class BuildCall;
class BuildClient;
class CredentialProvider;
class JobClient;
class QNetworkAccessManager;

// Polls with the fewest requests: ShowJobInfo for a job the first time (and when it must be
// asked for alone), then ListBriefRecord for the rest: one request names up to 100 build
// projects and answers the newest build of each, so 500 watched jobs take 5 requests a round.
// It is both the scheduler's transport and its planner (setPlanner()).
//
// A batch tells a job's build state (running, result, build number, start time) but not its
// health score, name or permissions: those come from the job's last ShowJobInfo answer (or a
// baseline from a snapshot, setBaseline()), onto which each batch is laid. When a batch shows
// that a build ended since that answer, the job is marked detail-stale, and the scheduler asks
// for it alone once for its fresh health score (WatchSettings::detailRefreshMs).
//
// Why not ListProjectJobs pages: they need the job's CodeArts project, which ShowJobInfo does
// not say (its project_id is the build project), and a page costs the same whether it holds
// one watched job or a hundred; see docs/performance.md (bench_watch) for the figures.
class BatchingTransport : public QObject, public PollTransport, public BatchPlanner
{
    Q_OBJECT

public:
    static constexpr int kMaxBatch = 100;

    // The network manager is not owned; batches go through it.
    explicit BatchingTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~BatchingTransport() override;

    // As ShowJobTransport::addSource(); batches use the client's options (base URL, timeout,
    // CA certificates). Neither is owned.
    void addSource(const QString &source, JobClient *client, CredentialProvider *provider);
    // The job's last full answer from elsewhere (a snapshot in the history), so that a batch can
    // stand for its first ShowJobInfo; watch it with WatchTarget::hasBaseline.
    void setBaseline(const QString &jobId, const JobInfo &job);
    void send(const PollBatch &batch, Done done) override;
    QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &others) const override;
    // Stops every request in flight; each one's Done runs with a Cancelled error.
    void abortAll();

    // Requests sent so far: ShowJobInfo calls and batches.
    int jobRequests() const { return m_jobRequests; }
    int batchRequests() const { return m_batchRequests; }

    // What a batch's build says of a job last described by `base`: the job with the build's
    // state laid on, and whether its health score and permissions are older than that build.
    // `knownNumber` is the build number `base` is known to describe, if any.
    struct Observation
    {
        JobInfo job;
        bool detailStale = false;
    };
    static Observation observe(const JobInfo &base, std::optional<int> knownNumber, const BriefRecord &build);

signals:
    void trace(const QString &line);

private:
    struct Source
    {
        QPointer<JobClient> client;
        BuildClient *builds = nullptr;   // a child of the transport
    };
    struct Known
    {
        JobInfo job;                     // the last full answer, with batches laid on
        std::optional<int> fullNumber;   // the build number that answer is known to describe
        std::optional<int> lastNumber;   // the newest build number a batch told
    };

    void sendBatch(const PollBatch &batch, Source &source, Done done);
    PollOutcome readBatch(const PollBatch &batch, const BuildCall &call);
    void planGroup(const QList<WatchTarget> &due, QList<WatchTarget> riders, QList<PollBatch> &batches) const;

    QNetworkAccessManager *m_nam;
    ShowJobTransport m_perJob;
    QHash<QString, Source> m_sources;
    QHash<QString, Known> m_known;   // by job ID
    int m_jobRequests = 0;
    int m_batchRequests = 0;
};
