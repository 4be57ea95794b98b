// The smallest honest Qt Widgets form window: the baseline the app's start-up and memory are
// measured against. It reports being on screen the same way the app does.
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

#include <cstdio>

namespace {
class FormWindow : public QWidget
{
public:
    FormWindow()
    {
        auto *layout = new QFormLayout(this);
        layout->addRow(QStringLiteral("Job ID"), new QLineEdit);
        layout->addRow(QStringLiteral("Job name"), new QLabel(QStringLiteral("—")));
        layout->addRow(QStringLiteral("Status"), new QLabel(QStringLiteral("—")));
        layout->addRow(new QPushButton(QStringLiteral("Fetch")));
        resize(900, 700);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_reported && isExposed()) {
            m_reported = true;
            if (qEnvironmentVariableIsSet("CODEARTS_INSPECTOR_TRACE_STARTUP")) {
                std::fputs("window-shown\n", stderr);
                std::fflush(stderr);
            }
        }
        return QWidget::event(event);
    }

private:
    bool isExposed() const { return windowHandle() && windowHandle()->isExposed(); }
    bool m_reported = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    FormWindow window;
    window.show();
    return QApplication::exec();
}
