// createWindowBackend() for programs that link the backend in: the tests, and platforms
// where the window is not a module.
#include "networkbackend.h"

std::unique_ptr<WindowBackend> createWindowBackend(QString *)
{
    return std::make_unique<NetworkBackend>();
}
