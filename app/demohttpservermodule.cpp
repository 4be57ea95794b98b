#include "demohttpserver.h"

#include "moduleloader.h"

#include <QCoreApplication>

namespace {

// Gives this file a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoHttpServerModule)
};

} // namespace

std::unique_ptr<DemoHttpServer> createDemoHttpServer(QString *error)
{
    using Create = DemoHttpServer *(*)();
    struct Module
    {
        Create create = nullptr;
        QString problems;
    };
    // Loaded once, by whichever sandbox thread comes first; the module then stays loaded.
    static const Module module = [] {
        Module loaded;
        loaded.create = reinterpret_cast<Create>(
            resolveModuleEntry(INSPECTOR_SANDBOX_MODULE, "codearts_inspector_demo_http_server", &loaded.problems));
        return loaded;
    }();
    if (module.create)
        return std::unique_ptr<DemoHttpServer>(module.create());
    if (error)
        *error = Text::tr("The demo sandbox module could not be loaded (%1). Reinstalling the application "
                          "should fix this.").arg(module.problems);
    return nullptr;
}
