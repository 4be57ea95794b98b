#include "sandbox/demotimeline.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace DemoTimeline {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// A number in [0, 1) that depends only on the job, the step and which value is drawn.
double draw(const QString &jobId, qint64 step, char which)
{
    const QByteArray key = jobId.toLatin1() + '/' + QByteArray::number(step) + which;
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    return double(qFromBigEndian<quint32>(digest.constData())) / 4294967296.0;
}

bool moves(const QJsonObject &result)
{
    return result.contains(u"health_score") && !result.value(u"disabled").toBool()
        && !result.value(u"last_build_status").toString().isEmpty();
}

} // namespace

QJsonObject resultAt(const QJsonObject &result, qint64 timeMs)
{
    if (!moves(result))
        return result;
    const QString id = result.value(u"id").toString();
    const qint64 step = timeMs / kStepMs;
    const int baseHealth = result.value(u"health_score").toVariant().toInt();
    const bool mostlyFails = result.value(u"last_build_status").toString() == u"failed";

    QJsonObject moved = result;
    const int health = std::clamp(baseHealth + int(draw(id, step, 'h') * 40) - 20, 0, 100);
    moved.insert(u"health_score", health);
    const bool failed = draw(id, step, 's') < (mostlyFails ? 0.7 : 0.25);
    moved.insert(u"last_build_status", failed ? u"failed"_qs : u"success"_qs);
    const bool running = draw(id, step, 'r') < 0.2;
    moved.insert(u"running_status", running ? u"Running"_qs : u"Finished"_qs);
    // The last build started somewhere in this step, never in the future.
    const qint64 started = std::min(timeMs, step * kStepMs + qint64(draw(id, step, 't') * double(kStepMs)));
    moved.insert(u"last_build_time", started);
    return moved;
}

QList<PastState> pastStates(const QJsonObject &result, qint64 nowMs, int days)
{
    QList<PastState> states;
    const QString id = result.value(u"id").toString();
    for (int day = days; day >= 1; --day) {
        const qint64 hour = qint64(draw(id, day, 'd') * 20) * 3600 * 1000;
        const qint64 timeMs = nowMs - day * kDayMs + hour - 10 * 3600 * 1000;
        states.append({timeMs, resultAt(result, timeMs)});
    }
    return states;
}

} // namespace DemoTimeline
