#include "watch/pollscheduler.h"
#include "watch/watchclock.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <functional>

namespace {

// What a gate waits for: 0 when one more request may go now (and it is counted), else how long.
[[maybe_unused]] qint64 takeOne(PollScheduler &scheduler, const QString &endpoint, qint64 nowMs)
{
    qint64 retryAtMs = 0;
    return scheduler.takeBudget(endpoint, &retryAtMs) ? 0 : retryAtMs - nowMs;
}


QString jobId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

// Records every request and answers it when the test says so (or at once with `answerNow`):
// the scheduler's decisions are what is tested, so the answers come from the test.
class ScriptedTransport final : public PollTransport
{
public:
    struct Pending
    {
        PollBatch batch;
        Done done;
        qint64 sentAtMs;
    };

    ManualClock *clock = nullptr;
    std::function<PollOutcome(const PollBatch &)> answerNow; // set: answer synchronously
    std::deque<Pending> pending;
    QList<std::pair<qint64, PollBatch>> sent;

    void send(const PollBatch &batch, Done done) override
    {
        sent.append({clock->nowMs(), batch});
        if (answerNow)
            done(answerNow(batch));
        else
            pending.push_back({batch, std::move(done), clock->nowMs()});
    }
    void answerOldest(const PollOutcome &outcome)
    {
        Pending next = std::move(pending.front());
        pending.pop_front();
        next.done(outcome);
    }
};

JobInfo job(const QString &id, const QString &running, const QString &last)
{
    JobInfo info;
    info.id = id;
    info.runningStatus = running;
    info.lastBuildStatus = last;
    return info;
}

PollOutcome ok(const PollBatch &batch, const QString &running = u"Finished"_qs)
{
    PollOutcome outcome;
    for (const QString &id : batch.jobIds)
        outcome.jobs.append(job(id, running, running == u"Running" ? u"running"_qs : u"success"_qs));
    return outcome;
}

PollOutcome failure(ApiError::Kind kind, int status, const QString &code = {}, int retryAfter = -1)
{
    PollOutcome outcome;
    outcome.error = ApiError(kind, u"failed"_qs);
    outcome.error.httpStatus = status;
    outcome.error.errorCode = code;
    outcome.error.retryAfterSeconds = retryAfter;
    return outcome;
}

// One batch for the due jobs whose build project the scheduler lets it use, ShowJobInfo for
// the others; remembers what it was offered to take along.
struct BatchAllPlanner final : BatchPlanner
{
    mutable QList<WatchTarget> lastOthers;

    QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &others) const override
    {
        lastOthers = others;
        QList<PollBatch> batches;
        PollBatch batch{{}, {}, PollBatch::Kind::BriefRecords, {}, {}};
        for (const WatchTarget &target : due) {
            if (target.buildProjectId.isEmpty()) {
                batches.append({target.source, target.endpoint, PollBatch::Kind::JobInfo, {target.jobId}});
                continue;
            }
            batch.source = target.source;
            batch.endpoint = target.endpoint;
            batch.jobIds.append(target.jobId);
            batch.buildProjectIds.append(target.buildProjectId);
        }
        if (!batch.jobIds.isEmpty())
            batches.append(batch);
        return batches;
    }
};

QString buildProject(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

struct Rig
{
    ManualClock clock;
    ScriptedTransport transport;
    PollScheduler scheduler{&clock, &transport};

    Rig()
    {
        transport.clock = &clock;
        scheduler.setTimerDriven(false);
    }
    // Jobs whose build projects and last answers (baselines) are known: batches can take them.
    void watchBatchable(int count)
    {
        for (int i = 0; i < count; ++i)
            scheduler.watch({jobId(i + 1), u"p"_qs, u"https://a"_qs, buildProject(i + 1), true});
    }
    void watchJobs(int count, const QString &endpoint = u"https://a"_qs, const QString &source = u"p"_qs)
    {
        for (int i = 0; i < count; ++i)
            scheduler.watch({jobId(i + 1), source, endpoint, {}});
    }
    // Moves the clock from wake-up to wake-up until `untilMs`, starting what is due each time.
    void runUntil(qint64 untilMs)
    {
        scheduler.pump();
        for (;;) {
            const qint64 wake = scheduler.nextWakeUpMs();
            if (wake < 0 || wake > untilMs)
                break;
            clock.setNowMs(std::max(wake, clock.nowMs()));
            scheduler.pump();
        }
        clock.setNowMs(untilMs);
    }
};

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private slots:
    void firstPollAtOnceThenIdleIntervalWithinJitter()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        rig.watchJobs(1);
        QCOMPARE(rig.scheduler.pump(), 1);
        for (int round = 0; round < 200; ++round) {
            const qint64 before = rig.clock.nowMs();
            const qint64 due = rig.scheduler.nextDueMs(jobId(1));
            QVERIFY2(due - before >= 96'000 && due - before <= 144'000, qPrintable(QString::number(due - before)));
            rig.clock.setNowMs(due);
            QCOMPARE(rig.scheduler.pump(), 1);
        }
    }

    void runningJobsPollFasterWithJitter()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b, u"Running"_qs); };
        rig.watchJobs(1);
        rig.runUntil(3600'000);
        const auto &sent = rig.transport.sent;
        QVERIFY(sent.size() > 200);
        qint64 shortest = 1 << 30, longest = 0;
        for (qsizetype i = 1; i < sent.size(); ++i) {
            const qint64 gap = sent[i].first - sent[i - 1].first;
            shortest = std::min(shortest, gap);
            longest = std::max(longest, gap);
        }
        QVERIFY2(shortest >= 12'000 && longest <= 18'000, qPrintable(u"%1 %2"_qs.arg(shortest).arg(longest)));
        QVERIFY(longest - shortest > 3'000); // the jitter really varies
    }

    // A run started from the app: polled within the running interval, and again at it while
    // the service has not started the build yet, back to idle once seen running and finished,
    // or when the grace has passed.
    void startedRunIsPolledAsRunningUntilSeen()
    {
        Rig rig;
        QString answer = u"Finished"_qs;
        rig.transport.answerNow = [&answer](const PollBatch &b) { return ok(b, answer); };
        rig.watchJobs(1);
        QCOMPARE(rig.scheduler.pump(), 1);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) - rig.clock.nowMs() >= 96'000);
        rig.scheduler.runStarted(jobId(1));
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) - rig.clock.nowMs() <= 15'000);
        // Not running yet: still the running interval.
        rig.clock.setNowMs(rig.scheduler.nextDueMs(jobId(1)));
        QCOMPARE(rig.scheduler.pump(), 1);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) - rig.clock.nowMs() <= 18'000);
        // Seen running, then finished: idle again.
        answer = u"Running"_qs;
        rig.clock.setNowMs(rig.scheduler.nextDueMs(jobId(1)));
        QCOMPARE(rig.scheduler.pump(), 1);
        answer = u"Finished"_qs;
        rig.clock.setNowMs(rig.scheduler.nextDueMs(jobId(1)));
        QCOMPARE(rig.scheduler.pump(), 1);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) - rig.clock.nowMs() >= 96'000);
        // A run the service never showed running: idle after the grace.
        rig.scheduler.runStarted(jobId(1));
        rig.runUntil(rig.clock.nowMs() + PollScheduler::kRunStartGraceMs + 20'000);
        const qsizetype sentBefore = rig.transport.sent.size();
        rig.runUntil(rig.clock.nowMs() + 70'000);
        QCOMPARE(rig.transport.sent.size(), sentBefore);
        // Unknown jobs are ignored.
        rig.scheduler.runStarted(jobId(9));
        QCOMPARE(rig.scheduler.nextDueMs(jobId(9)), -1);
    }

    void neverTwoRequestsForOneJobAndAtMostFourInFlight()
    {
        Rig rig;
        rig.watchJobs(10);
        QCOMPARE(rig.scheduler.pump(), 4);
        QCOMPARE(rig.scheduler.inFlight(), 4);
        rig.clock.advanceMs(600'000); // long past every due time, nothing answered yet
        QCOMPARE(rig.scheduler.pump(), 0);
        QCOMPARE(rig.scheduler.nextWakeUpMs(), -1);
        QSet<QString> asked;
        for (const auto &[when, batch] : rig.transport.sent)
            asked.insert(batch.jobIds.first());
        QCOMPARE(asked.size(), 4);
        rig.transport.answerOldest(ok(rig.transport.pending.front().batch));
        QCOMPARE(rig.scheduler.pump(), 1);
        QCOMPARE(rig.transport.sent.last().second.jobIds.first(), jobId(5));
    }

    void keepsThePerEndpointBudgetForAnHour()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b, u"Running"_qs); };
        rig.watchJobs(40, u"https://a"_qs);     // would want 160 requests a minute
        rig.scheduler.watch({jobId(99), u"p"_qs, u"https://b"_qs, {}});
        rig.runUntil(3600'000);
        QHash<QString, QList<qint64>> perEndpoint;
        for (const auto &[when, batch] : rig.transport.sent)
            perEndpoint[batch.endpoint].append(when);
        for (auto it = perEndpoint.cbegin(); it != perEndpoint.cend(); ++it) {
            const QList<qint64> &times = it.value();
            for (qsizetype i = 30; i < times.size(); ++i)
                QVERIFY2(times[i] - times[i - 30] >= 60'000, qPrintable(it.key()));
        }
        // The budget is used, not just respected: close to 30 a minute on the busy endpoint.
        QVERIFY(perEndpoint.value(u"https://a"_qs).size() >= 29 * 60);
        QVERIFY(perEndpoint.value(u"https://b"_qs).size() >= 200); // the running job on b: every ~15 s
        // And every job got its turn.
        QSet<QString> polled;
        for (const auto &[when, batch] : rig.transport.sent)
            polled.insert(batch.jobIds.first());
        QCOMPARE(polled.size(), 41);
    }

    // Requests sent beside the scheduler (the command line's lookups) share the budget: with
    // some waiting, polls leave room for them, and together they never pass 30 a minute.
    void requestsBesideTheSchedulerShareTheBudget()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b, u"Running"_qs); };
        rig.watchJobs(40, u"https://a"_qs);
        QList<qint64> extras;
        const int waiting = 5;
        for (qint64 now = 0; now < 3600'000; now += 1000) {
            rig.scheduler.setWaitingExtras(u"https://a"_qs, waiting);
            rig.runUntil(now);
            qint64 retryAt = 0;
            while (rig.scheduler.takeBudget(u"https://a"_qs, &retryAt))
                extras.append(rig.clock.nowMs());
            QVERIFY(retryAt > rig.clock.nowMs());
        }
        QList<qint64> all = extras;
        for (const auto &[when, batch] : rig.transport.sent)
            all.append(when);
        std::sort(all.begin(), all.end());
        for (qsizetype i = 30; i < all.size(); ++i)
            QVERIFY2(all[i] - all[i - 30] >= 60'000, qPrintable(QString::number(all[i])));
        // The extras got their share; the polls the rest.
        QVERIFY2(extras.size() >= 4 * 60, qPrintable(QString::number(extras.size())));
        QVERIFY(rig.transport.sent.size() >= 20 * 60);
        // Throttling stops the extras too.
        rig.transport.answerNow = [](const PollBatch &) { return failure(ApiError::Kind::RateLimited, 429); };
        rig.scheduler.refreshNow();
        rig.clock.advanceMs(60'000);
        rig.scheduler.pump();
        qint64 retryAt = 0;
        QVERIFY(!rig.scheduler.takeBudget(u"https://a"_qs, &retryAt));
        QCOMPARE(retryAt, rig.scheduler.throttledUntilMs(u"https://a"_qs));
    }

    void throttlingBacksOffTheEndpointExponentiallyUpToTenMinutes()
    {
        Rig rig;
        rig.scheduler.setRandomSeed(7);
        QSignalSpy throttled(&rig.scheduler, &PollScheduler::endpointThrottled);
        // CB.00060211 comes with HTTP 500 and is throttling, not a server error.
        rig.transport.answerNow = [](const PollBatch &) {
            return failure(ApiError::Kind::HttpError, 500, u"CB.00060211"_qs);
        };
        rig.watchJobs(3);
        rig.runUntil(3 * 3600'000);
        QVERIFY(throttled.size() >= 8);
        QList<qint64> delays;
        for (const auto &args : throttled)
            delays.append(args.at(1).toLongLong());
        QVERIFY2(delays[0] >= 24'000 && delays[0] <= 36'000, qPrintable(QString::number(delays[0])));
        QVERIFY(delays[1] >= 48'000 && delays[1] <= 72'000);
        for (qint64 delay : delays)
            QVERIFY(delay <= 600'000);
        QVERIFY(delays.last() >= 480'000); // reached the cap, with jitter below it
        // While throttled, nothing else goes to that endpoint.
        const auto &sent = rig.transport.sent;
        for (qsizetype i = 1; i < sent.size(); ++i)
            QVERIFY(sent[i].first - sent[i - 1].first >= 24'000);
    }

    void honoursRetryAfterAndRecoversAfterSuccess()
    {
        Rig rig;
        bool throttle = true;
        rig.transport.answerNow = [&](const PollBatch &b) {
            return throttle ? failure(ApiError::Kind::RateLimited, 429, u"APIG.0308"_qs, 400) : ok(b);
        };
        rig.watchJobs(1);
        rig.scheduler.pump();
        QCOMPARE(rig.scheduler.throttledUntilMs(u"https://a"_qs), 400'000);
        rig.clock.setNowMs(399'999);
        QCOMPARE(rig.scheduler.pump(), 0);
        rig.clock.setNowMs(400'000);
        throttle = false;
        QCOMPARE(rig.scheduler.pump(), 1);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) >= 400'000 + 96'000);
    }

    void serverErrorsBackOffOnlyThatJob()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) {
            return b.jobIds.first() == jobId(1) ? failure(ApiError::Kind::HttpError, 502) : ok(b);
        };
        QSignalSpy failed(&rig.scheduler, &PollScheduler::pollFailed);
        rig.watchJobs(2);
        rig.runUntil(3600'000);
        int broken = 0, healthy = 0;
        for (const auto &[when, batch] : rig.transport.sent)
            (batch.jobIds.first() == jobId(1) ? broken : healthy)++;
        QVERIFY(healthy >= 25);       // the other job keeps its 120 s rhythm
        QVERIFY(broken <= 12);        // 2, 2, 2, 4, 8, 10, 10... minutes
        QCOMPARE(rig.scheduler.throttledUntilMs(u"https://a"_qs), 0);
        QCOMPARE(failed.size(), broken);
    }

    void unauthorizedStopsTheSourceAndSaysSoOnce()
    {
        Rig rig;
        rig.watchJobs(3, u"https://a"_qs, u"expired"_qs);
        rig.scheduler.watch({jobId(9), u"good"_qs, u"https://a"_qs, {}});
        QSignalSpy stopped(&rig.scheduler, &PollScheduler::sourceStopped);
        rig.scheduler.pump();
        QCOMPARE(rig.transport.pending.size(), 4u);
        while (!rig.transport.pending.empty()) {
            const PollBatch batch = rig.transport.pending.front().batch;
            rig.transport.answerOldest(batch.source == u"expired" ? failure(ApiError::Kind::Unauthorized, 401)
                                                                   : ok(batch));
        }
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().first().toString(), u"expired"_qs);
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        const qsizetype before = rig.transport.sent.size();
        rig.runUntil(3600'000);
        for (qsizetype i = before; i < rig.transport.sent.size(); ++i)
            QCOMPARE(rig.transport.sent[i].second.source, u"good"_qs);
        QVERIFY(rig.scheduler.isSourceStopped(u"expired"_qs));
        rig.scheduler.restartSource(u"expired"_qs);
        QCOMPARE(rig.scheduler.pump(), 3);
    }

    void pauseStopsPollingAndResumeContinues()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        rig.watchJobs(2);
        rig.scheduler.pump();
        rig.scheduler.pause();
        const qsizetype before = rig.transport.sent.size();
        rig.clock.advanceMs(3600'000);
        QCOMPARE(rig.scheduler.pump(), 0);
        QCOMPARE(rig.scheduler.nextWakeUpMs(), -1);
        QCOMPARE(rig.transport.sent.size(), before);
        rig.scheduler.resume();
        QCOMPARE(rig.scheduler.pump(), 2);
    }

    void networkUpAndRefreshNowPollEveryJobOnce()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        rig.watchJobs(3);
        rig.scheduler.pump();
        rig.clock.advanceMs(10'000);
        rig.scheduler.networkDown();
        QCOMPARE(rig.scheduler.pump(), 0);
        rig.scheduler.networkUp();
        QCOMPARE(rig.scheduler.pump(), 3);
        QCOMPARE(rig.scheduler.pump(), 0); // once, not in a loop
        rig.clock.advanceMs(1'000);
        rig.scheduler.refreshNow();        // after sleep/resume
        QCOMPARE(rig.scheduler.pump(), 3);
        QCOMPARE(rig.scheduler.pump(), 0);
    }

    void batchMissingAJobFallsBackToShowJobInfo()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(3);
        QCOMPARE(rig.scheduler.pump(), 1);
        QCOMPARE(rig.transport.sent.first().second.jobIds.size(), 3);
        PollOutcome batch;
        batch.jobs = {job(jobId(1), u"Finished"_qs, u"success"_qs), job(jobId(3), u"Running"_qs, u"running"_qs)};
        rig.transport.answerOldest(batch);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) >= 96'000);
        QVERIFY(rig.scheduler.nextDueMs(jobId(3)) <= 18'000);
        QCOMPARE(rig.scheduler.nextDueMs(jobId(2)), 0);
        QVERIFY(rig.scheduler.listBlockedUntilMs(jobId(2)) >= 600'000);
        QCOMPARE(rig.scheduler.listBlockedUntilMs(jobId(1)), 0);
        QCOMPARE(rig.scheduler.pump(), 1);
        QCOMPARE(rig.transport.sent.last().second.kind, PollBatch::Kind::JobInfo);
        QCOMPARE(rig.transport.sent.last().second.jobIds, QStringList{jobId(2)});
    }

    void failedBatchFallsBackToShowJobInfoAtOnceThenBatchesAgain()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(3);
        QCOMPARE(rig.scheduler.pump(), 1);
        QCOMPARE(rig.transport.sent.last().second.kind, PollBatch::Kind::BriefRecords);
        QSignalSpy failedBatches(&rig.scheduler, &PollScheduler::batchFailed);
        QSignalSpy failedJobs(&rig.scheduler, &PollScheduler::pollFailed);
        rig.transport.answerOldest(failure(ApiError::Kind::NotFound, 404, u"APIG.0101"_qs));
        QCOMPARE(failedBatches.size(), 1);
        QCOMPARE(failedJobs.size(), 0);     // not the jobs' fault: no per-job back-off
        QCOMPARE(rig.scheduler.pump(), 3);  // at once, one ShowJobInfo each
        for (qsizetype i = 1; i <= 3; ++i) {
            QCOMPARE(rig.transport.sent[i].second.kind, PollBatch::Kind::JobInfo);
            QCOMPARE(rig.transport.sent[i].second.jobIds.size(), 1);
        }
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        while (!rig.transport.pending.empty())
            rig.transport.answerOldest(ok(rig.transport.pending.front().batch));
        // Job by job while batches rest, then one batch again.
        rig.runUntil(600'000);
        for (const auto &[at, batch] : rig.transport.sent)
            QVERIFY(batch.kind == PollBatch::Kind::JobInfo || at == 0);
        const qsizetype before = rig.transport.sent.size();
        rig.runUntil(900'000);
        QVERIFY(rig.transport.sent.size() > before);
        for (qsizetype i = before; i < rig.transport.sent.size(); ++i)
            QCOMPARE(rig.transport.sent[i].second.kind, PollBatch::Kind::BriefRecords);
    }

    void throttledBatchBacksOffTheEndpointAndKeepsBatching()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(3);
        QCOMPARE(rig.scheduler.pump(), 1);
        rig.transport.answerOldest(failure(ApiError::Kind::ServiceFailure, 500, u"CB.00060211"_qs));
        QVERIFY(rig.scheduler.throttledUntilMs(u"https://a"_qs) >= 24'000);
        QCOMPARE(rig.scheduler.listBlockedUntilMs(jobId(1)), 0);
        QCOMPARE(rig.scheduler.pump(), 0);
    }

    void unauthorizedBatchStopsTheSource()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(3);
        QSignalSpy stopped(&rig.scheduler, &PollScheduler::sourceStopped);
        QCOMPARE(rig.scheduler.pump(), 1);
        rig.transport.answerOldest(failure(ApiError::Kind::Unauthorized, 401, u"APIG.0301"_qs));
        QCOMPARE(stopped.size(), 1);
        rig.clock.advanceMs(3600'000);
        QCOMPARE(rig.scheduler.pump(), 0); // never retried: no fallback to ShowJobInfo either
    }

    void jobDescribedByAnotherBatchOfTheRoundIsNotFallenBack()
    {
        // Two batches at once; the job of the second turns up in the first.
        struct TwoBatches final : BatchPlanner
        {
            QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &) const override
            {
                if (due.size() < 2)
                    return PerJobPlanner().plan(due, {});
                const auto batch = [](const WatchTarget &target) {
                    return PollBatch{target.source, target.endpoint, PollBatch::Kind::BriefRecords, {target.jobId},
                                     {target.buildProjectId}};
                };
                return {batch(due[0]), batch(due[1])};
            }
        } planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(2);
        QCOMPARE(rig.scheduler.pump(), 2);
        PollOutcome first;
        first.jobs = {job(jobId(1), u"Finished"_qs, u"success"_qs), job(jobId(2), u"Finished"_qs, u"success"_qs)};
        rig.transport.answerOldest(first);
        rig.transport.answerOldest(PollOutcome{}); // the second: empty
        QCOMPARE(rig.scheduler.listBlockedUntilMs(jobId(2)), 0);
        QVERIFY(rig.scheduler.nextDueMs(jobId(2)) >= 96'000);
    }

    void firstObservationIsShowJobInfoUnlessABaselineStandsForIt()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.scheduler.watch({jobId(1), u"p"_qs, u"https://a"_qs, buildProject(1), false});
        rig.scheduler.watch({jobId(2), u"p"_qs, u"https://a"_qs, buildProject(2), true});
        rig.scheduler.watch({jobId(3), u"p"_qs, u"https://a"_qs, buildProject(3), true});
        QCOMPARE(rig.scheduler.pump(), 2);
        QCOMPARE(rig.transport.sent[0].second.kind, PollBatch::Kind::JobInfo);
        QCOMPARE(rig.transport.sent[0].second.jobIds, QStringList{jobId(1)});
        QCOMPARE(rig.transport.sent[1].second.kind, PollBatch::Kind::BriefRecords);
        QCOMPARE(rig.transport.sent[1].second.jobIds, (QStringList{jobId(2), jobId(3)}));
    }

    void buildProjectIsLearntFromTheFirstShowJobInfoAnswer()
    {
        Rig rig;
        rig.watchJobs(1);
        QCOMPARE(rig.scheduler.pump(), 1);
        PollOutcome answer = ok(rig.transport.pending.front().batch);
        answer.jobs[0].buildProjectId = buildProject(7);
        rig.transport.answerOldest(answer);
        QCOMPARE(rig.scheduler.targets().first().buildProjectId, buildProject(7)); // as it came
    }

    void jobWhoseBuildEndedIsAskedForAloneOnceForItsHealth()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(2);
        QCOMPARE(rig.scheduler.pump(), 1);
        PollOutcome batch = ok(rig.transport.pending.front().batch);
        batch.detailStale = {jobId(2)};
        rig.transport.answerOldest(batch);
        QVERIFY(rig.scheduler.wantsDetail(jobId(2)));
        QVERIFY(!rig.scheduler.wantsDetail(jobId(1)));
        // Never described by ShowJobInfo: its detail is due at its next poll, alone.
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        rig.runUntil(150'000);
        QList<PollBatch> alone;
        for (const auto &[at, sent] : rig.transport.sent) {
            if (sent.kind == PollBatch::Kind::JobInfo)
                alone.append(sent);
        }
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.first().jobIds, QStringList{jobId(2)});
        QVERIFY(!rig.scheduler.wantsDetail(jobId(2)));
    }

    void healthIsAskedForAtMostEveryDetailRefreshInterval()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(2);
        rig.transport.answerNow = [](const PollBatch &b) {
            PollOutcome outcome = ok(b);
            if (b.kind == PollBatch::Kind::BriefRecords)
                outcome.detailStale = {jobId(2)}; // a build of job 2 ends at every round
            return outcome;
        };
        rig.runUntil(3600'000);
        int alone = 0;
        for (const auto &[at, sent] : rig.transport.sent)
            alone += sent.kind == PollBatch::Kind::JobInfo ? 1 : 0;
        // An hour: one ShowJobInfo per 10 minutes at most, not one per round (~30).
        QVERIFY2(alone >= 5 && alone <= 7, qPrintable(QString::number(alone)));
    }

    void batchesAreOfferedTheOtherJobsSoonestDueFirst()
    {
        BatchAllPlanner planner;
        Rig rig;
        rig.scheduler.setPlanner(&planner);
        rig.watchBatchable(3);
        rig.transport.answerNow = [](const PollBatch &b) {
            PollOutcome outcome;
            for (const QString &id : b.jobIds)
                outcome.jobs.append(job(id, id == jobId(1) ? u"Running"_qs : u"Finished"_qs,
                                        id == jobId(1) ? u"running"_qs : u"success"_qs));
            return outcome;
        };
        QCOMPARE(rig.scheduler.pump(), 1);
        // Job 1 runs (due again in ~15 s); jobs 2 and 3 are idle (~120 s).
        rig.clock.setNowMs(rig.scheduler.nextDueMs(jobId(1)));
        QCOMPARE(rig.scheduler.pump(), 1);
        QCOMPARE(planner.lastOthers.size(), 2);
        QVERIFY(rig.scheduler.nextDueMs(planner.lastOthers[0].jobId)
                <= rig.scheduler.nextDueMs(planner.lastOthers[1].jobId));
    }

    // Requests beside the polls (a failed build's log) count against the same per-minute
    // budget: together with the polls, never more than 30 a minute on the endpoint.
    void extraRequestsShareTheBudget()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b, u"Running"_qs); };
        rig.watchJobs(3);
        QList<qint64> starts;   // polls and extra requests
        qint64 waits = 0;
        for (qint64 t = 0; t < 600'000; t += 500) {
            rig.clock.setNowMs(t);
            rig.scheduler.pump();
            const qint64 wait = takeOne(rig.scheduler, u"https://a"_qs, rig.clock.nowMs());
            if (wait == 0)
                starts.append(t);
            else
                waits = std::max(waits, wait);
        }
        const qsizetype extra = starts.size();
        QVERIFY(extra > 0);
        QVERIFY(waits > 0 && waits <= 60'000);
        for (const auto &[when, batch] : rig.transport.sent)
            starts.append(when);
        QVERIFY(starts.size() > extra);   // the polls went on too
        std::sort(starts.begin(), starts.end());
        for (qsizetype i = 0; i + 30 < starts.size(); ++i)
            QVERIFY2(starts.at(i + 30) - starts.at(i) >= 60'000, qPrintable(QString::number(starts.at(i))));
        rig.clock.setNowMs(600'000);
        // Another endpoint has its own budget.
        QCOMPARE(takeOne(rig.scheduler, u"https://b"_qs, rig.clock.nowMs()), 0);
        // And a request taken now leaves the polls one fewer.
        Rig fresh;
        fresh.watchJobs(1);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(takeOne(fresh.scheduler, u"https://a"_qs, fresh.clock.nowMs()), 0);
        QVERIFY(takeOne(fresh.scheduler, u"https://a"_qs, fresh.clock.nowMs()) > 0);
        QCOMPARE(fresh.scheduler.pump(), 0);   // the job's first poll waits for the budget
        QVERIFY(fresh.scheduler.nextWakeUpMs() >= 60'000);
    }

    void throttledExtraRequestBacksOffTheEndpoint()
    {
        Rig rig;
        rig.transport.answerNow = [](const PollBatch &b) { return ok(b); };
        rig.watchJobs(2);
        QCOMPARE(rig.scheduler.pump(), 2);
        QSignalSpy throttled(&rig.scheduler, &PollScheduler::endpointThrottled);
        rig.clock.setNowMs(1000);
        rig.scheduler.extraRequestThrottled(u"https://a"_qs, 90'000);
        QCOMPARE(throttled.size(), 1);
        QCOMPARE(throttled.first().at(1).toLongLong(), 90'000);
        QCOMPARE(rig.scheduler.throttledUntilMs(u"https://a"_qs), 91'000);
        QCOMPARE(takeOne(rig.scheduler, u"https://a"_qs, rig.clock.nowMs()), 90'000);
        QVERIFY(rig.scheduler.nextDueMs(jobId(1)) >= 91'000);
        rig.clock.setNowMs(91'000);
        QCOMPARE(takeOne(rig.scheduler, u"https://a"_qs, rig.clock.nowMs()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
