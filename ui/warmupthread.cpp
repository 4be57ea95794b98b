#include "warmupthread.h"

#include <pthread.h>

WarmUpThread::WarmUpThread(std::function<void()> work)
{
    CPU_ZERO(&m_allowed);
    const bool knowsAllowed = sched_getaffinity(0, sizeof m_allowed, &m_allowed) == 0;
    m_thread = std::thread(std::move(work));
    if (!knowsAllowed)
        return;
    // Failing to choose the CPUs only costs the gain; the work runs all the same.
    const cpu_set_t beside = cpusBeside(m_allowed, sched_getcpu());
    if (!CPU_EQUAL(&beside, &m_allowed))
        pthread_setaffinity_np(m_thread.native_handle(), sizeof beside, &beside);
}

WarmUpThread::~WarmUpThread()
{
    wait();
}

void WarmUpThread::wait()
{
    if (!m_thread.joinable())
        return;
    if (CPU_COUNT(&m_allowed) > 0)
        pthread_setaffinity_np(m_thread.native_handle(), sizeof m_allowed, &m_allowed);
    m_thread.join();
}

cpu_set_t WarmUpThread::cpusBeside(const cpu_set_t &allowed, int current)
{
    cpu_set_t beside = allowed;
    if (current >= 0 && current < CPU_SETSIZE)
        CPU_CLR(current, &beside);
    return CPU_COUNT(&beside) > 0 ? beside : allowed;
}
