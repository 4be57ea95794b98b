// The demo sandbox's HTTP/1.1 side: whatever bytes a client sends, in whatever pieces,
// through the same session the server runs per connection. The handler echoes what it was
// given, so every request that gets through is also taken apart and answered.
#include "sandbox/demohttpserver.h"

#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int pieceSize = 1 + input.byte() % 64; // bytes arrive in chunks, as from a socket
    const QByteArray bytes = input.rest();
    const DemoHttpServer::Handler echo = [](const DemoRequest &request) {
        DemoResponse response;
        response.mimeType = "text/plain";
        response.body = request.method + ' ' + request.url.toEncoded() + '\n' + request.header("Host") + '\n'
            + request.body;
        return response;
    };
    DemoHttpSession session(echo);
    for (qsizetype at = 0; at < bytes.size() && !session.closed(); at += pieceSize)
        (void)session.receive(bytes.mid(at, pieceSize));
    return 0;
}
