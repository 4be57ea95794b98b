#pragma once

#include "warmupthread.h"

#include <optional>

// Fontconfig reads its configuration and font caches the first time Qt asks for a font: about
// 5 ms of the window's start-up on a desktop system, more with many fonts. None of it depends
// on Qt, so the executable starts it on a thread of its own (a WarmUpThread, off the loading
// thread's CPU) while the window module and Qt Gui load, and waits for it before the window is
// built. Where fontconfig cannot be loaded, nothing happens and Qt initialises it as usual.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();

    void wait();   // also done on destruction

private:
    std::optional<WarmUpThread> m_thread;
};
