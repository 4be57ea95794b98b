#pragma once

// Opens the window: QApplication, single-instance hand-over, the main window, the event loop.
// Returns the process exit code.
int runWindow(int argc, char **argv);
