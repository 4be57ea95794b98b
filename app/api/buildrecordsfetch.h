#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class BuildCall;
class BuildClient;

// A job's build records over a period of up to a year: the record list (v1) one window of at
// most 31 days at a time, at most four windows in flight, each paged to the end. Where the
// record list is not published (404) it falls back to the old ShowListHistory, which reaches
// 30 days back at most. A throttled page is asked for again (kMaxThrottleRetries in all).
// Emits finished() once; records() are newest first, without duplicates.
class BuildRecordsFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    static constexpr int kPageSize = 100;
    // Throttled pages asked for again in one fetch, after the service's Retry-After or 1, 2, 4 s.
    static constexpr int kMaxThrottleRetries = 3;

    // Records started within [from, to]; `limit` > 0 keeps only the newest `limit`.
    BuildRecordsFetch(BuildClient *client, QString jobId, QDateTime from, QDateTime to, int limit = 0,
                      QObject *parent = nullptr);

    // Starts on the next turn of the event loop. `maxInFlight` 1 fetches the windows in sequence.
    void start(int maxInFlight = kMaxInFlight);
    void abort();

    bool isFinished() const { return m_finished; }
    const QList<BuildRecord> &records() const { return m_records; }
    const ApiError &error() const { return m_error; }
    bool usedFallback() const { return m_usedFallback; }
    int windowCount() const { return int(m_windows.size()); }
    int requestsSent() const { return m_requestsSent; }
    int mostInFlight() const { return m_mostInFlight; }

signals:
    void trace(const QString &line);
    void finished();

private:
    struct Window
    {
        TimeWindow span;
        int nextPage = 0;
        bool done = false;
        QPointer<BuildCall> call;
    };

    void startMoreWindows();
    void requestPage(int windowIndex);
    void onPage(int windowIndex, BuildCall *call);
    void startFallback();
    void requestFallbackPage();
    void onFallbackPage(BuildCall *call);
    // Asks with `again` once more later when `error` is throttling and retries are left; true then.
    bool retryThrottled(const ApiError &error, const std::function<void()> &again);
    void abortCalls();
    void finish(ApiError error = {});
    BuildCall *track(BuildCall *call);

    BuildClient *m_client;
    QString m_jobId;
    QDateTime m_from;
    QDateTime m_to;
    int m_limit;
    int m_maxInFlight = kMaxInFlight;
    QList<Window> m_windows;
    int m_nextWindow = 0;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    int m_requestsSent = 0;
    int m_fallbackPage = 0;
    int m_throttleRetries = 0;
    QPointer<BuildCall> m_fallbackCall;
    QList<BuildRecord> m_collected;
    QList<BuildRecord> m_records;
    ApiError m_error;
    bool m_usedFallback = false;
    bool m_finished = false;
};
