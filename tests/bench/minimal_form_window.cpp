// The smallest honest Qt Widgets form window: the baseline the app's start-up and memory are
// measured against. It reports being on screen the same way the app does: on the first Expose
// of its native window.
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

class ExposeReporter : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && event->type() == QEvent::Expose && window->isExposed()) {
            window->removeEventFilter(this);
            std::fputs("window-shown\n", stderr);
            std::fflush(stderr);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QFormLayout(&window);
    layout->addRow(QStringLiteral("Job ID"), new QLineEdit);
    layout->addRow(QStringLiteral("Job name"), new QLabel(QStringLiteral("—")));
    layout->addRow(QStringLiteral("Status"), new QLabel(QStringLiteral("—")));
    layout->addRow(new QPushButton(QStringLiteral("Fetch")));
    window.resize(900, 700);

    ExposeReporter reporter;
    if (qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_TRACE_STARTUP")) {
        window.winId(); // create the native window so the filter can be installed before showing
        window.windowHandle()->installEventFilter(&reporter);
    }
    window.show();
    return QApplication::exec();
}
