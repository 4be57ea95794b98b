#pragma once

#include <QFunctionPointer>
#include <QString>

// Finds the entry point `symbol` in one of the app's own modules (Linux): beside the binary
// this code is linked into (the executable, or the window module), else in the private library
// directory relative to the installed executable. CODEARTS_INSPECTOR_MODULE_DIR replaces "the
// binary's directory" (tests). The module stays loaded, its symbols bound at once, kept
// local, and looked up in its own libraries before the executable's. Null, with every
// candidate's reason in `error`, when none has it.
QFunctionPointer resolveModuleEntry(const char *fileName, const char *symbol, QString *error);
