#include "demohttpserver.h"

extern "C" DemoHttpServer *codearts_inspector_demo_http_server();

std::unique_ptr<DemoHttpServer> createDemoHttpServer(QString *)
{
    return std::unique_ptr<DemoHttpServer>(codearts_inspector_demo_http_server());
}
