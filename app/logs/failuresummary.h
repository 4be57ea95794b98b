#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"
#include "logs/failureextractor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class BuildCall;
class BuildClient;
class BuildLogFetch;
class RequestGate;

// Why a build failed, as everything that shows a failure says it: the step that failed (from
// the build's steps) and the first log line that explains it (FailureExtractor over the log,
// escape sequences removed), with the excerpt `log --failed` prints. `build`, `watch` and
// `log --failed` use it; the window and the notifications are meant to.
//
// It reads record-info and full-stages (the old ShowHistoryDetails where those are not
// published) unless setDetails() gave them, and, only for a build that failed or timed out, its
// log: the whole file in one request whatever its size (DownloadBuildFullLog), streamed through
// the sanitizer into the extractor so that memory stays small; where the download or
// record-info is not published, the real-time log's pages (BuildLogFetch). Every request goes
// through the RequestGate when one is set. Emits finished() once.
class FailureSummary : public QObject
{
    Q_OBJECT

public:
    // The longest errorLine(): a line, not a page.
    static constexpr qsizetype kMaxErrorLineChars = 300;
    static constexpr qint64 kMaxRetryAfterMs = 3600'000;

    FailureSummary(BuildClient *client, QString jobId, int buildNumber, QObject *parent = nullptr);
    ~FailureSummary() override;

    // The build's steps and record as already read (BuildDetailsFetch): they are not asked again.
    void setDetails(const BuildDetails &details, const BuildRecordDetail &record);
    // Not owned; nullptr: every request goes at once.
    void setRequestGate(RequestGate *gate) { m_gate = gate; }
    // After throttling: wait and ask again (the default: Retry-After, at most an hour, or a
    // back-off from 10 s), or give up at once with the throttling error (a watch does: its
    // budget is for its polls, and a summary without the log still names the step).
    void setWaitWhenThrottled(bool wait) { m_waitWhenThrottled = wait; }

    // Starts on the next turn of the event loop.
    void start();
    // Stops; finished() follows with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    // Set when the summary is incomplete: the build, its steps or its log could not be read.
    const ApiError &error() const { return m_error; }
    const BuildDetails &details() const { return m_details; }
    const BuildRecordDetail &record() const { return m_record; }
    // True for a build that failed or timed out; only those have their log read.
    bool buildFailed() const;
    // The failed step's name, when the steps say which.
    std::optional<QString> failedStep() const;
    // The first line that explains the failure on one line (blanks folded, at most
    // kMaxErrorLineChars); nullopt when the log could not be read or nothing in it explains.
    std::optional<QString> errorLine() const;
    // The lines that explain it (FailureExtractor's excerpt); empty when the log was not read.
    const FailureReport &report() const { return m_report; }
    bool logRead() const { return m_logRead; }

    // Whether a build with this result (BuildRecord's words) is one to explain.
    static bool explains(const QString &result);

signals:
    void trace(const QString &line);
    // A request was throttled; with waiting on, it is asked again after `delayMs`.
    void throttled(qint64 delayMs);
    void finished();

private:
    class LineSink;
    using Handler = void (FailureSummary::*)(BuildCall *);

    void send(std::function<BuildCall *()> make, Handler handler);
    void onRecord(BuildCall *call);
    void onStages(BuildCall *call);
    void onHistory(BuildCall *call);
    void onDownload(BuildCall *call);
    void afterDetails();
    void readLog();
    void readPages();
    bool waitAfterThrottling(const ApiError &error);
    void finish(ApiError error = {});
    static bool isUnpublished(const BuildCall &call);

    BuildClient *m_client;
    QString m_jobId;
    int m_number;
    RequestGate *m_gate = nullptr;
    bool m_waitWhenThrottled = true;
    bool m_haveDetails = false;
    BuildDetails m_details;
    BuildRecordDetail m_record;
    std::unique_ptr<LineSink> m_sink;
    QPointer<BuildCall> m_call;
    QPointer<BuildLogFetch> m_pages;
    std::function<BuildCall *()> m_lastMake;   // asked again after throttling
    Handler m_lastHandler = nullptr;
    QTimer m_wait;
    int m_throttledInARow = 0;
    FailureReport m_report;
    ApiError m_error;
    bool m_downloadUnpublished = false;
    bool m_logRead = false;
    bool m_started = false;
    bool m_finished = false;
};
