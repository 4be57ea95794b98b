#include "commandline.h"

#include <cstdio>

#ifdef INSPECTOR_WINDOW_MODULE
#include "fontconfigwarmup.h"
#include "moduleloader.h"
#else
#include "windowmain.h"
#endif

namespace {

#ifdef INSPECTOR_WINDOW_MODULE
// On Linux the executable itself needs Qt Core alone. The command line lives in the core
// module (Qt Network, Qt Sql) and the window in the window module (Qt Widgets, Qt Gui), which
// loads the core module only once its first frame is on screen: `show` never loads Qt Widgets,
// and the window's start never waits for Qt Network. The modules sit next to the binary in the
// build tree, and under the private library directory once installed.
using RunModule = int (*)(int, char **);

int reportMissingModule(const char *what, const QString &problems)
{
    std::fprintf(stderr, "error: the %s module could not be loaded: %s; reinstall the application.\n",
                 what, qPrintable(problems));
    return 1;
}

int runCommandLineModule(int argc, char **argv)
{
    QString problems;
    if (const auto run = reinterpret_cast<RunModule>(
            resolveModuleEntry(INSPECTOR_CORE_MODULE, "codearts_inspector_run_command_line", &problems)))
        return run(argc, argv);
    return reportMissingModule("core", problems);
}

int runWindowModule(int argc, char **argv)
{
    FontconfigWarmUp fonts;   // runs while the module and Qt Gui load
    QString problems;
    if (const auto run = reinterpret_cast<RunModule>(
            resolveModuleEntry(INSPECTOR_WINDOW_MODULE, "codearts_inspector_run_window", &problems))) {
        fonts.wait();
        return run(argc, argv);
    }
    return reportMissingModule("window", problems);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Subcommands run without QApplication so they never need a display.
#ifdef INSPECTOR_WINDOW_MODULE
    if (CommandLine::isCommandLineInvocation(argc, argv))
        return runCommandLineModule(argc, argv);
    return runWindowModule(argc, argv);
#else
    if (CommandLine::isCommandLineInvocation(argc, argv))
        return CommandLine::runProgram(argc, argv);
    return runWindow(argc, argv);
#endif
}
