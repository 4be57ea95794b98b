#include "fontconfigwarmup.h"

#include <dlfcn.h>

FontconfigWarmUp::FontconfigWarmUp()
{
    // RTLD_NOW binds all of fontconfig's symbols here, on this thread: binding them lazily on
    // the warm-up thread would wait for the dynamic loader's lock, which the window module's
    // loading holds. The library stays loaded; Qt Gui links it anyway.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return;
    using Init = int (*)();
    if (const auto init = reinterpret_cast<Init>(dlsym(library, "FcInit")))
        m_thread.emplace(init);
}

void FontconfigWarmUp::wait()
{
    if (m_thread)
        m_thread->wait();
}
