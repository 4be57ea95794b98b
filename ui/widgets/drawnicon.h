#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QPainter;

// An icon drawn by code rather than taken from the icon theme: plain X11 sessions often have
// none, and a drawn icon can follow light and dark palettes. It is drawn at the size and device
// pixel ratio it is shown at, when it is first shown, so that start-up paints nothing for a
// button not yet on screen. Disabled and selected looks come from the style.
namespace DrawnIcon {

// `draw` paints in a 64 × 64 box, scaled to the size asked, with antialiasing on. `cacheKey`
// names the picture: two icons with the same key must draw the same thing (colour included).
using Drawing = std::function<void(QPainter &)>;
QIcon create(const QString &cacheKey, Drawing draw);

} // namespace DrawnIcon
