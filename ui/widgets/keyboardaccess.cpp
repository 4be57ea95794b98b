#include "widgets/keyboardaccess.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace {

// Qt's own names for the buttons it adds (qlineedit.cpp, qtoolbarlayout.cpp).
constexpr QLatin1String kClearActionName{"_q_qlineeditclearaction"};
constexpr QLatin1String kToolBarExtensionName{"qt_toolbar_ext_button"};

bool isColumnHidden(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

// The menu opens over the current item, or at the text cursor, as a right-click there would.
QPoint menuPosition(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        const QRect item = view->visualRect(view->currentIndex()).intersected(view->viewport()->rect());
        return item.isValid() ? item.center() : view->viewport()->rect().center();
    }
    const QRect cursor = widget->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    return cursor.isValid() && widget->rect().contains(cursor.center()) ? cursor.center() : widget->rect().center();
}

} // namespace

KeyboardAccess::KeyboardAccess(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

void KeyboardAccess::openContextMenu(QWidget *widget)
{
    const QPoint at = menuPosition(widget);
    // A view's viewport is where a right-click lands: its handlers read positions there.
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    QWidget *target = view ? view->viewport() : widget;
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, target->mapToGlobal(at), Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

bool KeyboardAccess::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (auto *widget = qobject_cast<QWidget *>(watched))
            polish(widget);
        break;
    case QEvent::ContextMenu:
        if (event->spontaneous() && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
            if (m_menuOpenedForKey)
                return true;
            m_platformMenuSent = true;
        }
        break;
    case QEvent::KeyRelease:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Menu)
            m_platformMenuSent = m_menuOpenedForKey = false;
        break;
    case QEvent::KeyPress: {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || QApplication::activePopupWidget())
            break;
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (contextMenuKey(widget, key))
            return true;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier
            && !key->isAutoRepeat())
            return pressButton(widget);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && (modifiers & Qt::ControlModifier)) {
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !view->tabKeyNavigation())
                return moveCell(view, key->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier));
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

// Each widget once, before it is first shown.
void KeyboardAccess::polish(QWidget *widget)
{
    // Tab leaves a table instead of walking its cells and wrapping round (a trap for whoever
    // has only the keyboard); Ctrl+Tab walks them (see moveCell()).
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        view->setTabKeyNavigation(false);
        return;
    }
    // Names only, no tool tips: what a mouse user sees stays as it is.
    auto *button = qobject_cast<QToolButton *>(widget);
    if (!button || !button->accessibleName().isEmpty())
        return;
    if (button->objectName() == kToolBarExtensionName)
        button->setAccessibleName(tr("More actions"));
    else if (button->defaultAction() && button->defaultAction()->objectName() == kClearActionName)
        button->setAccessibleName(tr("Clear text"));
}

// Shift+F10 and the Menu key. Windows turns both into a context menu event itself.
bool KeyboardAccess::contextMenuKey(QWidget *widget, const QKeyEvent *key)
{
#ifdef Q_OS_WIN
    Q_UNUSED(widget)
    Q_UNUSED(key)
    return false;
#else
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool menuKey = key->key() == Qt::Key_Menu && modifiers == Qt::NoModifier;
    if (!menuKey && !(key->key() == Qt::Key_F10 && modifiers == Qt::ShiftModifier))
        return false;
    if (menuKey && m_platformMenuSent)
        return false;
    m_menuOpenedForKey = menuKey;
    openContextMenu(widget);
    return true;
#endif
}

// Presses the button as Space does (down, then up: a tool button's menu opens on the press).
bool KeyboardAccess::pressButton(QWidget *widget)
{
    const bool button = qobject_cast<QPushButton *>(widget) || qobject_cast<QToolButton *>(widget);
    if (!button || qobject_cast<QDialog *>(widget->window()) || !widget->isEnabled())
        return false;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_qs);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, u" "_qs);
    QPointer<QWidget> alive(widget);
    QCoreApplication::sendEvent(widget, &press);
    if (alive)
        QCoreApplication::sendEvent(widget, &release);
    return true;
}

// The next or previous visible cell, row by row, without wrapping round.
bool KeyboardAccess::moveCell(QAbstractItemView *view, bool forward)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return false;
    const QModelIndex root = view->rootIndex();
    const int rows = model->rowCount(root);
    const int columns = model->columnCount(root);
    if (rows == 0 || columns == 0)
        return true;
    const QModelIndex current = view->currentIndex();
    int cell = current.isValid() ? current.row() * columns + current.column() : (forward ? -1 : rows * columns);
    const int step = forward ? 1 : -1;
    for (cell += step; cell >= 0 && cell < rows * columns; cell += step) {
        const int column = cell % columns;
        if (!isColumnHidden(view, column)) {
            view->setCurrentIndex(model->index(cell / columns, column, root));
            return true;
        }
    }
    return true;
}
