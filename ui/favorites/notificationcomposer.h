#pragma once

#include "api/buildrecords.h"
#include "watch/failureexplainer.h"
#include "watch/transitiontracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class BuildCall;
class BuildClient;
class PollScheduler;
class QTimer;
class SchedulerGate;
class WatchClock;

// Fills in what a watch notification says about its build before it goes out: the build number,
// branch and duration from the batch that saw it (PollScheduler::buildSeen), and who started it
// from the build's record (one record-list request for a few minutes around its start, counted
// against the watch's request budget for the endpoint), and for a failure the failed step and
// the line of its log that explains it (FailureExplainer: once per failed build, through the
// same budget). A notification goes out as ready() once those facts are in, or after waitMs()
// (failureWaitMs() for a failure, whose log takes longer) with what is known by then; a summary
// goes at once.
class NotificationComposer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultWaitMs = 5'000;
    static constexpr int kDefaultFailureWaitMs = 15'000;
    // The record list is asked for builds that started this long before or after the build.
    static constexpr qint64 kRecordWindowMs = 2 * 60'000;

    explicit NotificationComposer(QObject *parent = nullptr);
    ~NotificationComposer() override;

    // Where lookups go and whose budget they count against, for one watch session; none of them
    // is owned. Without a source (or after clearSource()) notifications carry what the batches
    // told and go out at once.
    void setSource(BuildClient *client, PollScheduler *scheduler, const QString &endpoint, const WatchClock *clock);
    void clearSource();

    // The newest build a batch told of the job.
    void noteBuild(const QString &jobId, const BriefRecord &build);
    void compose(const WatchNotification &notification);
    // The job is no longer watched: a log being read for it is not needed any more.
    void forgetJob(const QString &jobId);

    void setWaitMs(int ms) { m_waitMs = ms; }
    int waitMs() const { return m_waitMs; }
    void setFailureWaitMs(int ms) { m_failureWaitMs = ms; }
    int failureWaitMs() const { return m_failureWaitMs; }
    const FailureExplainer &explainer() const { return m_explainer; }
    // Notifications waiting for their facts.
    int waiting() const { return int(m_drafts.size()); }

    // What a batch's build says (what is already known stays).
    static void addBrief(BuildFacts &facts, const BriefRecord &build);
    // What the build's record says (what is already known stays).
    static void addRecord(BuildFacts &facts, const BuildRecord &record);
    // The record of the build the facts are about: by its number when known, else the one that
    // started closest to `startMs`.
    static std::optional<BuildRecord> matchingRecord(const QList<BuildRecord> &records, const BuildFacts &facts,
                                                     std::optional<qint64> startMs);
    // The failed step and the line of its log that explains the failure, when they could be read.
    static void addFailure(BuildFacts &facts, const FailureExplainer::Explanation &explanation);

signals:
    void ready(const WatchNotification &notification);

private:
    struct Draft;
    void lookUp(const std::shared_ptr<Draft> &draft);
    void onRecords(const std::shared_ptr<Draft> &draft, BuildCall *call);
    void explain(const std::shared_ptr<Draft> &draft);
    void onExplained(const FailureExplainer::Explanation &explanation);
    void sendIfComplete(const std::shared_ptr<Draft> &draft);
    void send(const std::shared_ptr<Draft> &draft);
    void updateWaitingExtras();

    QPointer<BuildClient> m_client;
    QPointer<PollScheduler> m_scheduler;
    QString m_endpoint;
    const WatchClock *m_clock = nullptr;
    QHash<QString, BriefRecord> m_builds;   // by job ID
    QList<std::shared_ptr<Draft>> m_drafts;
    std::unique_ptr<SchedulerGate> m_gate;   // the logs' requests count against the polls' budget
    FailureExplainer m_explainer;            // after the gate: its reads go before it does
    int m_waitMs = kDefaultWaitMs;
    int m_failureWaitMs = kDefaultFailureWaitMs;
};
