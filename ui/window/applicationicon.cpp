#include "window/applicationicon.h"

#include <QImageReader>
#include <QPixmap>

QIcon applicationIcon()
{
    // Qt keeps every size decoded; title bars and task switchers use at most 128 pixels (64 at
    // 2x), and launchers take the installed theme icon, so the 256-pixel one (256 KiB) is left
    // out.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128}) {
        // Read as PNG, without guessing: QIcon::addFile() guesses, and to guess Qt loads every
        // image format plugin it finds (and libjpeg), half a megabyte the app never uses.
        QImageReader reader(QStringLiteral(":/icons/codearts-inspector-%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return icon;
}
