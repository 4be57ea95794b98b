#include "widgets/uitrace.h"

#include <QString>

#include <cstdio>

namespace UiTrace {

// Read once: these are checked on every paint of the form.
bool paintTracing()
{
    static const bool enabled = qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_TRACE_PAINT");
    return enabled;
}

void reportWindowShown()
{
    if (!qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_TRACE_STARTUP"))
        return;
    printLine("window-shown");
}

void printLine(const char *line)
{
    std::fprintf(stderr, "%s\n", line);
    std::fflush(stderr);
}

void printElapsed(const char *label, const QElapsedTimer &since)
{
    const double ms = double(since.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "%s %.3f\n", label, ms);
    std::fflush(stderr);
}

} // namespace UiTrace
