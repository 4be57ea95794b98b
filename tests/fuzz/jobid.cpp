// What a user pastes: a job ID or a job page URL, in any encoding.
#include "api/jobid.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        const std::optional<QString> id = JobId::extract(text);
        if (id && !JobId::isValid(*id))
            __builtin_trap(); // what extract() returns is always a valid ID
        (void)JobId::isValid(text);
    }
    return 0;
}
