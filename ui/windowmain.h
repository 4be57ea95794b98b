#pragma once

// Opens the window: QApplication, single-instance hand-over, the main window, the event loop.
// Returns the process exit code.
int runWindow(int argc, char **argv);

// The same, under a C name, for loading the window from a separate module (see ui/main.cpp).
extern "C" int codearts_inspector_run_window(int argc, char **argv);
