#include "window/firstframe.h"

#include "widgets/uitrace.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>

namespace {

// How long a window that is shown but never exposed waits before its start-up work.
constexpr std::chrono::milliseconds kExposeFallback(500);

} // namespace

FirstFrame::FirstFrame(QWidget *window) : QObject(window), m_window(window)
{
    m_window->installEventFilter(this);
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        if (QWindow *handle = m_window->windowHandle())
            handle->installEventFilter(this);
        QTimer::singleShot(kExposeFallback, this, &FirstFrame::announce);
    } else if (watched == m_window->windowHandle() && event->type() == QEvent::Expose
               && m_window->windowHandle()->isExposed()) {
        m_window->windowHandle()->removeEventFilter(this);
        UiTrace::reportWindowShown();
        // Queued: the expose is painted first.
        QTimer::singleShot(0, this, &FirstFrame::announce);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrame::announce()
{
    if (m_announced)
        return;
    m_announced = true;
    emit shown();
}
