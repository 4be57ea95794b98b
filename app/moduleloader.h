#pragma once

#include <QFunctionPointer>
#include <QLibrary>
#include <QString>

// Finds the entry point `symbol` in one of the app's own modules (Linux): beside the binary
// this code is linked into (the executable, the window module or the base library), else in
// the private library directory relative to the installed executable.
// CODEARTS_INSPECTOR_MODULE_DIR replaces "the binary's directory" (tests). The module stays
// loaded and local, loaded with moduleLoadHints(). Null, with every candidate's reason in
// `error`, when none has it.
QFunctionPointer resolveModuleEntry(const char *fileName, const char *symbol, QString *error);

// resolveModuleEntry(), keeping what it found: a module stays loaded, so later calls for the
// same entry return it at once. A failure is not kept, so a later call tries again. Safe to
// call from any thread.
QFunctionPointer moduleEntry(const char *fileName, const char *symbol, QString *error);

// How modules are loaded: symbols bound at once, and deep bound unless a preloaded library
// (LD_PRELOAD) or a sanitizer is there to interpose.
QLibrary::LoadHints moduleLoadHints();
