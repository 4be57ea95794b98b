#pragma once

#include <QObject>

class QAbstractItemModel;
class QWidget;
class WatchBoard;

// What closing the window does while favorites are watched: watching may go on in the tray.
// The first close says so and asks whether that is wanted; the answer is remembered in the
// WatchBoard unless "Don't ask again" is unticked.
class CloseToTray : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Close,   // the window closes: nothing to watch in a tray, or keeping on was declined
        Hide,    // the window hides and watching goes on in the tray
        Quit,    // "Quit" in the question: the window closes and the application ends
        Stay,    // the question was dismissed: the window stays
    };

    // `favorites` is what is watched (its rows are counted in the question); the question
    // belongs to `window`. Neither is owned.
    CloseToTray(WatchBoard *watch, const QAbstractItemModel *favorites, QWidget *window);

    // Decides, asking the first time, what a close asked for now does.
    Outcome whenClosing();

private:
    Outcome ask();

    WatchBoard *m_watch;
    const QAbstractItemModel *m_favorites;
    QWidget *m_window;
};
