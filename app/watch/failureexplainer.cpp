#include "watch/failureexplainer.h"

#include "logs/failuresummary.h"

FailureExplainer::FailureExplainer(QObject *parent)
    : QObject(parent)
{
}

FailureExplainer::~FailureExplainer()
{
    cancelAll();
}

std::optional<FailureExplainer::Explanation> FailureExplainer::known(const QString &jobId, int buildNumber) const
{
    const auto it = m_known.constFind(jobId);
    if (it == m_known.constEnd() || it->buildNumber != buildNumber)
        return std::nullopt;
    return *it;
}

void FailureExplainer::explain(const QString &jobId, int buildNumber, BuildClient *client, RequestGate *gate)
{
    const BuildKey build{jobId, buildNumber};
    if (known(jobId, buildNumber) || m_reading.contains(build))
        return;
    auto *summary = new FailureSummary(client, jobId, buildNumber, this);
    summary->setRequestGate(gate);
    summary->setWaitWhenThrottled(false);
    connect(summary, &FailureSummary::trace, this, &FailureExplainer::trace);
    connect(summary, &FailureSummary::finished, this, [this, summary, build] { onFinished(summary, build); });
    m_reading.insert(build, summary);
    summary->start();
}

void FailureExplainer::onFinished(FailureSummary *summary, const BuildKey &build)
{
    summary->deleteLater();
    m_reading.remove(build);
    const auto &[jobId, buildNumber] = build;
    const Explanation explanation{jobId, buildNumber, summary->failedStep(), summary->errorLine()};
    const auto newest = m_known.constFind(jobId);
    if (newest == m_known.constEnd() || newest->buildNumber < buildNumber)
        m_known.insert(jobId, explanation);
    emit explained(explanation);
}

void FailureExplainer::stopReading(const BuildKey &build)
{
    const QPointer<FailureSummary> summary = m_reading.take(build);
    if (!summary)
        return;
    summary->disconnect(this);
    summary->abort();
    summary->deleteLater();
}

void FailureExplainer::forget(const QString &jobId)
{
    const QList<BuildKey> reads = m_reading.keys();
    for (const BuildKey &build : reads) {
        if (build.first == jobId)
            stopReading(build);
    }
    m_known.remove(jobId);
}

void FailureExplainer::cancelAll()
{
    const QList<BuildKey> reads = m_reading.keys();
    for (const BuildKey &build : reads)
        stopReading(build);
}
