#pragma once

#include <QElapsedTimer>

// Cheap measurement hooks for the benchmarks, off unless an environment variable asks:
//   CODEARTS_INSPECTOR_TRACE_PAINT    "paint-after-answer-ms <float>" once per fetched job
//   CODEARTS_INSPECTOR_TRACE_STARTUP  "window-shown" when the main window is first exposed
namespace UiTrace {

bool paintTracing();
// Prints "window-shown" when start-up tracing is on.
void reportWindowShown();

// Writes one line to stderr and flushes, so a harness reading the pipe sees it at once.
void printLine(const char *line);
void printElapsed(const char *label, const QElapsedTimer &since);

} // namespace UiTrace
