#pragma once

#include <QProxyStyle>

// The application's style, with the standard icons (tool bar and menu bar extension arrows,
// line edit clear buttons, dock title buttons...) read from disk when first painted rather
// than when their widget is built. Reading the first one makes Qt load every image format
// plugin to ask which reads PNG; Qt's widgets ask for several in their constructors, for
// buttons most windows never show. Looks and sizes are the base style's own.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`; none means the desktop's style (or the -style override).
    explicit DeferredIconStyle(QStyle *base = nullptr);

    // Makes a DeferredIconStyle over `base` the application's style.
    static void install(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
