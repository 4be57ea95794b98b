// The core module's entry points (Linux): everything that needs Qt Network, loaded by the
// executable for a subcommand and by the window once its first frame is on screen.
#include "commandline.h"
#include "networkbackend.h"

extern "C" Q_DECL_EXPORT int codearts_inspector_run_command_line(int argc, char **argv)
{
    return CommandLine::runProgram(argc, argv);
}

extern "C" Q_DECL_EXPORT WindowBackend *codearts_inspector_create_window_backend()
{
    return new NetworkBackend;
}
