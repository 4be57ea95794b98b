#include "profiles/secretfield.h"

#include "widgets/drawnicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace {

// Drawn in the text colour (see DrawnIcon).
QIcon eyeIcon(const QColor &color, bool crossed)
{
    const QString key = QStringLiteral("eye/%1/%2").arg(color.rgba(), 0, 16).arg(crossed);
    return DrawnIcon::create(key, [color, crossed](QPainter &painter) {
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
    });
}

void describe(QAction *action, const QString &what, bool shown)
{
    // Spelt out so that lupdate finds both strings under the SecretField context.
    action->setText(shown ? QCoreApplication::translate("SecretField", "Hide %1").arg(what)
                          : QCoreApplication::translate("SecretField", "Show %1").arg(what));
    action->setToolTip(QCoreApplication::translate("SecretField", "%1 (%2)")
                           .arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

QAction *SecretField::addRevealToggle(QLineEdit *edit, const QString &what)
{
    edit->setEchoMode(QLineEdit::Password);
    const QColor color = edit->palette().color(QPalette::Text);
    QAction *action = edit->addAction(eyeIcon(color, false), QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName() + QLatin1String("Reveal"));
    action->setCheckable(true);
    // The eye is a button that takes no focus: the keyboard's way to it is a shortcut in the
    // field (Ctrl+H alone is the History tab), and the field's description says so to a screen reader.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    action->setShortcutContext(Qt::WidgetShortcut);
    edit->setAccessibleDescription(
        QCoreApplication::translate("SecretField", "Ctrl+Shift+H shows or hides the %1.").arg(what));
    describe(action, what, false);
    QObject::connect(action, &QAction::toggled, edit, [edit, action, color, what](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(eyeIcon(color, shown));
        describe(action, what, shown);
    });
    return action;
}
