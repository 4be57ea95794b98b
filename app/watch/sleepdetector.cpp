#include "watch/sleepdetector.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

namespace {

SleepDetector::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

SleepDetector::SleepDetector(QObject *parent)
    : SleepDetector([] { return QDateTime::currentMSecsSinceEpoch(); }, monotonicClock(), parent)
{
}

SleepDetector::SleepDetector(Clock wallMs, Clock monotonicMs, QObject *parent)
    : QObject(parent), m_wallMs(std::move(wallMs)), m_monotonicMs(std::move(monotonicMs))
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SleepDetector::check);
    remember();
}

void SleepDetector::start()
{
    remember();
    m_timer.start();
}

void SleepDetector::check()
{
    const qint64 wallMoved = m_wallMs() - m_lastWallMs;
    const qint64 monotonicMoved = m_monotonicMs() - m_lastMonotonicMs;
    remember();
    if (wallMoved - monotonicMoved > kSleepThresholdMs)
        emit woke(wallMoved - monotonicMoved);
}

void SleepDetector::remember()
{
    m_lastWallMs = m_wallMs();
    m_lastMonotonicMs = m_monotonicMs();
}
