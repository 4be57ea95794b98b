#pragma once

#include <QDockWidget>

// A dock panel that starts closed and builds its widgets when it is first opened, or when code
// first asks for them: until then it costs the window's start-up no more than an empty dock.
class LazyDock : public QDockWidget
{
    Q_OBJECT

public:
    using QDockWidget::QDockWidget;

    void setVisible(bool visible) override
    {
        if (visible)
            ensureBuilt();
        QDockWidget::setVisible(visible);
    }

protected:
    void ensureBuilt()
    {
        if (m_built)
            return;
        m_built = true;
        buildContent();
    }
    bool isBuilt() const { return m_built; }
    virtual void buildContent() = 0;   // sets the dock's widget

private:
    bool m_built = false;
};
