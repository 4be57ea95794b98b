#pragma once

#include <thread>

// Fontconfig reads its configuration and font caches the first time Qt asks for a font: about
// 5 ms of the window's start-up on a desktop system, more with many fonts. None of it depends
// on Qt, so the executable starts it on a thread of its own while the window module and Qt Gui
// load, and waits for it before the window is built. Where fontconfig cannot be loaded, nothing
// happens and Qt initialises it as usual.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp &) = delete;
    FontconfigWarmUp &operator=(const FontconfigWarmUp &) = delete;

    void wait();

private:
    std::thread m_thread;
};
