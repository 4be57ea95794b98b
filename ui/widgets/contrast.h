#pragma once

#include <QColor>

#include <initializer_list>

// Contrast as WCAG 2 measures it (relative luminance), and colours chosen to reach it: text
// needs 4.5:1 against what it is drawn on, focus indicators and graphics 3:1.
namespace Contrast {

constexpr double kText = 4.5;
constexpr double kGraphics = 3.0;

// 0 for black to 1 for white, of an opaque colour.
double luminance(const QColor &color);
// 1 (no contrast) to 21 (black on white). A translucent foreground is composed over the background.
double ratio(const QColor &foreground, const QColor &background);

// `color` itself when it reaches `minimum` against `background`; otherwise the same colour moved
// towards black or white just far enough, on its own side of the background when that side has
// the room. Always opaque. A minimum up to 4.58 can always be reached.
QColor readable(const QColor &color, const QColor &background, double minimum);
// The same against several backgrounds at once (a focus ring on both Window and Base), as far as
// they allow it.
QColor readable(const QColor &color, std::initializer_list<QColor> backgrounds, double minimum);

// Secondary text (a detail under a name): `text` faded towards `background`, as far as it
// still reads (4.5:1).
QColor secondaryText(const QColor &text, const QColor &background);

// `color` drawn over `background`, opaque.
QColor composed(const QColor &color, const QColor &background);

} // namespace Contrast
