#pragma once

#include <QJsonObject>
#include <QList>

// Demo jobs whose state moves: the health score, the last build (number, status, time) and the
// running status change every ten minutes, deterministically from the job's ID and the time,
// so that Compare and the trend have something to show with --demo. A job that is disabled or
// never built keeps its answer.
namespace DemoTimeline {

constexpr qint64 kStepMs = 10 * 60 * 1000;

// The job's answer as it was (or is) at `timeMs`, from its fixed answer `result`.
QJsonObject resultAt(const QJsonObject &result, qint64 timeMs);

struct PastState
{
    qint64 timeMs;
    QJsonObject result;
};
// One state a day over the last `days` days (at varied hours), oldest first.
QList<PastState> pastStates(const QJsonObject &result, qint64 nowMs, int days);

} // namespace DemoTimeline
