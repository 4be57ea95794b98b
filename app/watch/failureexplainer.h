#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <utility>

class BuildClient;
class FailureSummary;
class RequestGate;

// Why a watched job's build failed: the failed step and the line of its log that explains it
// (FailureSummary), for the watch's text lines and JSON and for the window's notifications.
// Polite by construction: each failed build is read once (the job's newest answer is kept, and
// a build being read is not asked for again), every request goes through the watch's gate so
// it counts against the polls' budget, a throttled read gives up at once (the answer then says
// nothing, and the watch goes on), and reads nobody needs any more are cancelled.
class FailureExplainer : public QObject
{
    Q_OBJECT

public:
    struct Explanation
    {
        QString jobId;
        int buildNumber = 0;
        // Both empty when the build's steps or log could not be had (no permission, throttled).
        std::optional<QString> failedStep;
        std::optional<QString> error;
    };

    explicit FailureExplainer(QObject *parent = nullptr);
    ~FailureExplainer() override;

    // What was read about this build, if it was.
    std::optional<Explanation> known(const QString &jobId, int buildNumber) const;
    // Reads why the build failed, through `client` and `gate` (neither owned; the gate may be
    // nullptr), unless it is known or being read; explained() follows.
    void explain(const QString &jobId, int buildNumber, BuildClient *client, RequestGate *gate);
    // Nobody needs the job's explanations any more (it is no longer watched): its read stops
    // and what was known is forgotten.
    void forget(const QString &jobId);
    // Stops every read (the watch ends); no explained() follows.
    void cancelAll();
    int readsInFlight() const { return int(m_reading.size()); }

signals:
    void explained(const FailureExplainer::Explanation &explanation);
    void trace(const QString &line);

private:
    using BuildKey = std::pair<QString, int>;   // job ID, build number

    void onFinished(FailureSummary *summary, const BuildKey &build);
    void stopReading(const BuildKey &build);

    QHash<QString, Explanation> m_known;                  // job -> its newest failed build read
    QHash<BuildKey, QPointer<FailureSummary>> m_reading;  // the reads in flight
};
