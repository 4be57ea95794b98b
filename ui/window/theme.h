#pragma once

#include <QColor>
#include <QPalette>

// The window's colours. Forcing a light or dark look, for screenshots and for desktops whose
// theme Qt cannot read: set CODEARTS_INSPECTOR_PALETTE=dark (or light) before start. Unset, the
// desktop's palette applies, with only the roles below raised where they fall short of a
// readable contrast.
namespace Theme {

// Call after QApplication is constructed and before the first window is created.
void applyFromEnvironment();

QPalette darkPalette();
QPalette lightPalette();

// The palette with what text and focus rely on brought to WCAG contrast, in the active and
// inactive groups: HighlightedText on Highlight (Highlight is deepened, the text keeps its
// colour) and PlaceholderText, the secondary text, on Base and Window, 4.5:1 each.
QPalette readable(QPalette palette);

// The keyboard focus ring's colour: Highlight, brought to 3:1 against Window, Base and Button.
QColor focusColor(const QPalette &palette);

} // namespace Theme
