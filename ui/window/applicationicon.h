#pragma once

#include <QIcon>

// The window icon, from the PNG sizes compiled into the app (resources/CMakeLists.txt): the
// SVG needs Qt's SVG plugin, which a minimal system may lack. Decoding them costs several
// milliseconds, so the window sets it once it is on screen.
QIcon applicationIcon();
