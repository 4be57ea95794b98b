#pragma once

#include <sched.h>

#include <functional>
#include <thread>

// Runs start-up work on a thread of its own, kept off the CPU of the thread that started it.
//
// Linux often gives a new thread its creator's CPU first, and moves it only a few milliseconds
// later; until then the two take turns, and the window's start-up thread waited about 4 ms in
// the run queue for work that was meant to run beside it. So the work may use every allowed CPU
// but the starting thread's. When the starting thread waits for the work, that CPU is free, and
// the work may use it again: on a busy machine it is not left waiting for a CPU of its own.
// With a single allowed CPU, the work runs wherever the scheduler puts it.
class WarmUpThread
{
public:
    explicit WarmUpThread(std::function<void()> work);
    ~WarmUpThread();   // waits
    WarmUpThread(const WarmUpThread &) = delete;
    WarmUpThread &operator=(const WarmUpThread &) = delete;

    // Lets the work use every allowed CPU again and waits for it to finish.
    void wait();

    // The CPUs of `allowed` other than `current`, or all of `allowed` when none would be left
    // (or `current` is unknown, -1).
    static cpu_set_t cpusBeside(const cpu_set_t &allowed, int current);

private:
    cpu_set_t m_allowed;
    std::thread m_thread;
};
