#include "secretfield.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace {

// Drawn in the text colour rather than taken from the icon theme: plain X11 sessions often
// have none, and a drawn icon follows light and dark palettes.
QIcon eyeIcon(const QColor &color, bool crossed)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath outline;
    outline.moveTo(6, 32);
    outline.quadTo(32, 6, 58, 32);
    outline.quadTo(32, 58, 6, 32);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(32, 32), 8, 8);
    if (crossed)
        painter.drawLine(QPointF(12, 54), QPointF(52, 10));
    return QIcon(pixmap);
}

void describe(QAction *action, const QString &what, bool shown)
{
    // Spelt out so that lupdate finds both strings under the SecretField context.
    action->setText(shown ? QCoreApplication::translate("SecretField", "Hide %1").arg(what)
                          : QCoreApplication::translate("SecretField", "Show %1").arg(what));
    action->setToolTip(action->text());
}

} // namespace

QAction *SecretField::addRevealToggle(QLineEdit *edit, const QString &what)
{
    edit->setEchoMode(QLineEdit::Password);
    const QColor color = edit->palette().color(QPalette::Text);
    QAction *action = edit->addAction(eyeIcon(color, false), QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName() + QLatin1String("Reveal"));
    action->setCheckable(true);
    describe(action, what, false);
    QObject::connect(action, &QAction::toggled, edit, [edit, action, color, what](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(eyeIcon(color, shown));
        describe(action, what, shown);
    });
    return action;
}
