#include "appsettings.h"
#include "commandline.h"
#include "networkproxy.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef INSPECTOR_WINDOW_MODULE
#include <dlfcn.h>
#include <climits>
#include <cstdlib>
#include <string>
#else
#include "windowmain.h"
#endif

namespace {

#ifdef INSPECTOR_WINDOW_MODULE
// The window lives in a module of its own so that the command line never loads Qt Widgets and
// Qt Gui: that keeps `show` close to curl's start-up time. The module sits next to the binary in
// the build tree, and under the library directory once installed.
int runWindowModule(int argc, char **argv)
{
    char executable[PATH_MAX];
    if (!realpath("/proc/self/exe", executable)) {
        std::perror("error: cannot locate the executable");
        return 1;
    }
    std::string directory = executable;
    directory.erase(directory.rfind('/'));
    const std::string name = "/" INSPECTOR_WINDOW_MODULE;
    std::string errors;
    for (const std::string &candidate : {directory + name, directory + "/" INSPECTOR_WINDOW_MODULE_RELATIVE_DIR + name}) {
        if (void *module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL)) {
            using RunWindow = int (*)(int, char **);
            if (auto run = reinterpret_cast<RunWindow>(dlsym(module, "codearts_inspector_run_window")))
                return run(argc, argv);
        }
        errors += std::string(" ") + dlerror() + ";";
    }
    std::fprintf(stderr, "error: the window module could not be loaded:%s reinstall the application.\n",
                 errors.c_str());
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
