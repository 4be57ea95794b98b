#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"
#include "logs/logpageassembler.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QElapsedTimer>
#include <QTimer>

#include <optional>

class BuildCall;
class BuildClient;
class QIODevice;
class RequestGate;

// Reads one build's log through the real-time log's pages (DownloadBuildRealTimeLog) and gives
// each line once, in order, as pages arrive, keeping nothing but the line being written
// (LogPageAssembler): the memory it needs is the same for a log of 100 lines or 200,000.
// Given a download sink, it takes a build that has already ended in one download instead
// (setDownloadSink).
//
// It lives in app/logs, beside the text tools it feeds, rather than in app/api with the other
// fetches: what it is about is the log (its paging rules, its lines), and the API side is one
// BuildClient call.
//
// First it reads the build's state (record-info; ShowBuildDetails where record-info is not
// published), then asks page after page from where the last one ended. When the log runs dry
// while the build runs:
//  - without following, it stops there (the line being written, if any, is given as it is);
//  - following, it asks again from the same offset every 2 to 3 s while nothing new comes,
//    and looks at the build's state at most every 5 s; once the build has ended it reads the
//    rest and stops.
// Politeness: one request at a time, each through the RequestGate when one is set; after
// throttling (CB.00060211 or HTTP 429) it waits what Retry-After says (at most an hour) or
// backs off from 10 s, doubling, then asks the same again. A 401 or 403 ends it (BuildCall has
// already signed in again once where a password profile can). While following, up to two
// passing failures in a row (network, timeout, 5xx) are asked again after the interval.
// Emits finished() once.
class BuildLogFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinPollMs = 2000;
    static constexpr int kMaxPollMs = 3000;
    static constexpr int kStateCheckMs = 5000;
    static constexpr qint64 kMaxRetryAfterMs = 3600'000;

    BuildLogFetch(BuildClient *client, QString jobId, int buildNumber, QObject *parent = nullptr);

    // Keep reading while the build runs, until it ends. Off by default.
    void setFollow(bool follow) { m_follow = follow; }
    // How long to wait before asking again while nothing new comes (a random time in between),
    // and how often to look at the build's state meanwhile; tests shorten them.
    void setIntervals(int minPollMs, int maxPollMs, int stateCheckMs);
    // Not owned; nullptr: every request goes at once.
    void setRequestGate(RequestGate *gate) { m_gate = gate; }
    // When the build has ended by the first look and record-info names its record ID, the
    // whole log comes by one download (DownloadBuildFullLog) into `sink`, the service's bytes
    // as they arrive, and linesArrived() is not emitted: one request where the pages take one
    // for every 1,000 lines. If the download fails before its first byte, the pages are read
    // instead. Not owned; nullptr (the default): always the pages.
    void setDownloadSink(QIODevice *sink) { m_downloadSink = sink; }

    // Starts on the next turn of the event loop.
    void start();
    // Stops; finished() follows with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    // What record-info said at the last look (the record ID, the result...); empty where it is
    // not published.
    const BuildRecordDetail &record() const { return m_record; }
    // The build's result when the fetch ended (BuildRecord's words): "running" when it had not
    // ended, empty when unknown.
    const QString &result() const { return m_result; }
    bool buildEnded() const { return m_ended; }
    // Lines the service skipped (its pages left a gap): they were never given.
    qint64 missingLines() const { return m_missingLines; }
    qint64 linesGiven() const { return m_linesGiven; }

signals:
    // The lines one page completed, in order; the offsets say where they are in the log.
    void linesArrived(const QList<LogLine> &lines);
    // The service throttled a request: the same is asked again after `delayMs`.
    void throttled(qint64 delayMs);
    void trace(const QString &line);
    void finished();

private:
    enum class Step { State, Page, Download };

    void send(Step step);
    void onState(BuildCall *call);
    void onPage(BuildCall *call, LogPageAssembler::Build askedWhile);
    void onDownload(BuildCall *call);
    void afterNothingNew();
    void waitThenAsk(Step step, qint64 delayMs);
    bool retryAfter(const ApiError &error, Step step);
    void giveHeld();
    void give(const LogLines &lines);
    void finish(ApiError error = {});
    int pollDelayMs() const;

    BuildClient *m_client;
    QString m_jobId;
    int m_number;
    bool m_follow = false;
    int m_minPollMs = kMinPollMs;
    int m_maxPollMs = kMaxPollMs;
    int m_stateCheckMs = kStateCheckMs;
    RequestGate *m_gate = nullptr;
    QIODevice *m_downloadSink = nullptr;
    LogPageAssembler m_assembler;
    std::optional<LogLines> m_held;   // a page's lines, given once the next page is asked for
    QPointer<BuildCall> m_call;
    QTimer m_wait;
    qint64 m_lastStateCheckMs = -1;
    QElapsedTimer m_clock;
    BuildRecordDetail m_record;
    QString m_result;
    ApiError m_error;
    qint64 m_missingLines = 0;
    qint64 m_linesGiven = 0;
    int m_throttledInARow = 0;
    int m_failuresInARow = 0;
    bool m_stateFromBuildInfo = false;   // record-info is not published here
    bool m_ended = false;
    bool m_paged = false;   // a page was asked for
    bool m_started = false;
    bool m_finished = false;
};
