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
    QString problems;
    if (const auto create = reinterpret_cast<Create>(
            moduleEntry(INSPECTOR_SANDBOX_MODULE, "codearts_inspector_demo_http_server", &problems)))
        return std::unique_ptr<DemoHttpServer>(create());
    if (error)
        *error = Text::tr("The demo sandbox module could not be loaded (%1). Reinstalling the application "
                          "should fix this.").arg(problems);
    return nullptr;
}
