#pragma once

#include <QObject>

class QWidget;

// Says once that a window is first on screen, so that start-up work that can wait (history,
// sandbox, network, the icon) runs after its first frame. Posted events would run before the
// first expose, so it waits for that; a window that is never exposed (started minimised) counts
// as on screen a little after it shows.
class FirstFrame : public QObject
{
    Q_OBJECT

public:
    // Watches `window` and belongs to it.
    explicit FirstFrame(QWidget *window);

signals:
    // Once, after the first frame (or the fallback).
    void shown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();

    QWidget *m_window;
    bool m_announced = false;
};
