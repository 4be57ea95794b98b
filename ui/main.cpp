#include "appsettings.h"
#include "commandline.h"
#include "networkproxy.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef INSPECTOR_WINDOW_MODULE
#include "fontconfigwarmup.h"
#include "moduleloader.h"
#else
#include "windowmain.h"
#endif

namespace {

#ifdef INSPECTOR_WINDOW_MODULE
// The window lives in a module of its own so that the command line never loads Qt Widgets and
// Qt Gui: that keeps `show` close to curl's start-up time. The module sits next to the binary in
// the build tree, and under the private library directory once installed.
int runWindowModule(int argc, char **argv)
{
    using RunWindow = int (*)(int, char **);
    FontconfigWarmUp fonts;   // runs while the module and Qt Gui load
    QString problems;
    if (const auto run = reinterpret_cast<RunWindow>(
            resolveModuleEntry(INSPECTOR_WINDOW_MODULE, "codearts_inspector_run_window", &problems))) {
        fonts.wait();
        return run(argc, argv);
    }
    std::fprintf(stderr, "error: the window module could not be loaded: %s; reinstall the application.\n",
                 qPrintable(problems));
    return 1;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Subcommands run without QApplication so they never need a display.
    if (CommandLine::isCommandLineInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppSettings::setApplicationIdentity();
        Translations::install();
        SystemProxyFactory::install();
        return CommandLine::run(QCoreApplication::arguments());
    }
#ifdef INSPECTOR_WINDOW_MODULE
    return runWindowModule(argc, argv);
#else
    return runWindow(argc, argv);
#endif
}
