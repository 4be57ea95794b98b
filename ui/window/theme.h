#pragma once

#include <QPalette>

// Forcing a light or dark look, for screenshots and for desktops whose theme Qt cannot read.
// Set CODEARTS_INSPECTOR_PALETTE=dark (or light) before start; unset, the desktop's theme
// applies untouched.
namespace Theme {

// Call after QApplication is constructed and before the first window is created.
void applyFromEnvironment();

QPalette darkPalette();
QPalette lightPalette();

} // namespace Theme
