// The terminal sanitizer: whatever text comes from outside, what printable() returns holds no
// control character, no DEL and no bidirectional control, and stays on one line.
#include "cli/terminal.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString safe = CommandLine::printable(text);
    for (const QChar c : safe) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
            || u == 0x200f || u == 0x061c;
        if (control || bidi)
            std::abort();
    }
    return 0;
}
