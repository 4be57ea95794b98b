#pragma once

#include <QObject>

class QAbstractItemView;
class QKeyEvent;
class QWidget;

// What the keyboard and a screen reader need from every widget of the application, in one
// place rather than in each panel (installed on the application by the main window):
// - Enter presses the focused push or tool button outside dialogs, as Space does (a dialog's
//   Enter belongs to its default button);
// - Shift+F10 and the Menu key open the focused widget's context menu, on a list or table at
//   its current item;
// - Tab and Shift+Tab leave tables and lists; Ctrl+Tab and Ctrl+Shift+Tab move cell by cell
//   inside them, arrows as always;
// - the buttons Qt makes without a name (a line edit's clear button, a tool bar's "»") get one.
class KeyboardAccess : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardAccess(QObject *parent = nullptr);

    // Opens `widget`'s context menu as a right-click there would (over a view's current item).
    static void openContextMenu(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void polish(QWidget *widget);
    bool contextMenuKey(QWidget *widget, const QKeyEvent *key);
    static bool pressButton(QWidget *widget);
    static bool moveCell(QAbstractItemView *view, bool forward);

    // X11 sends the Menu key's own context menu event besides the key: one menu, not two.
    bool m_platformMenuSent = false;   // the platform's came first: the key is left alone
    bool m_menuOpenedForKey = false;   // ours came first: the platform's is dropped
};
