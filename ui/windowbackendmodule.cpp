// createWindowBackend() for the Linux window module: the backend comes from the core module,
// which brings Qt Network with it.
#include "moduleloader.h"
#include "windowbackend.h"

std::unique_ptr<WindowBackend> createWindowBackend(QString *error)
{
    using Create = WindowBackend *(*)();
    if (const auto create = reinterpret_cast<Create>(
            moduleEntry(INSPECTOR_CORE_MODULE, "codearts_inspector_create_window_backend", error)))
        return std::unique_ptr<WindowBackend>(create());
    return nullptr;
}
