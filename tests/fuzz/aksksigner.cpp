// The AK/SK signature's canonical request for any method, URL, headers and body: the URL and
// header names come from the user's endpoint and the API, so odd ones must sign, never crash.
#include "api/aksksigner.h"

#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    AkSkRequest request;
    request.method = input.part();
    request.url = QUrl(QString::fromUtf8(input.part()));
    const QList<QByteArray> headerLines = input.part().split('\n');
    for (const QByteArray &line : headerLines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.first(colon), line.sliced(colon + 1)});
    }
    request.body = input.rest();
    request.date = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const AkSkSignature signature = AkSkAuthorizer::sign(request, "AK", "SK");
    if (signature.signature.size() != 64)
        __builtin_trap(); // SHA-256 in hex, whatever the input
    (void)AkSkAuthorizer::canonicalUri(request.url);
    (void)AkSkAuthorizer::canonicalQuery(request.url);
    (void)AkSkAuthorizer::hostHeader(request.url);
    return 0;
}
