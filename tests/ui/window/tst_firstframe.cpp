#include "window/firstframe.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <QWindow>

// A window says once that it is on screen: after its first frame, or, when it is never exposed
// (started minimised), a little after it shows.
class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void saysItOnceAfterTheFirstExpose();
    void aWindowNeverExposedSaysItAnyway();
};

namespace {

// Swallows every expose, as for a window that stays minimised, and counts them. An application
// filter sees events before the window's own filters.
class ExposeBlocker : public QObject
{
public:
    int swallowed = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose)
            return QObject::eventFilter(watched, event);
        ++swallowed;
        return true;
    }
};

} // namespace

void TestFirstFrame::saysItOnceAfterTheFirstExpose()
{
    QWidget window;
    auto *frame = new FirstFrame(&window);
    QCOMPARE(frame->parent(), &window);
    QList<bool> exposedWhenSaid;
    connect(frame, &FirstFrame::shown, this,
            [&window, &exposedWhenSaid] { exposedWhenSaid << window.windowHandle()->isExposed(); });
    QCoreApplication::processEvents();
    QVERIFY(exposedWhenSaid.isEmpty());   // nothing before the window shows

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(exposedWhenSaid.size(), 1);
    QVERIFY(exposedWhenSaid.first());

    // Neither the fallback nor showing again says it twice.
    QSignalSpy again(frame, &FirstFrame::shown);
    window.hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!again.wait(1000));
}

void TestFirstFrame::aWindowNeverExposedSaysItAnyway()
{
    ExposeBlocker blocker;
    qApp->installEventFilter(&blocker);
    QWidget window;
    QSignalSpy shown(new FirstFrame(&window), &FirstFrame::shown);
    window.show();
    QVERIFY(shown.wait(5000));
    QVERIFY(blocker.swallowed > 0);   // it came without an expose
    qApp->removeEventFilter(&blocker);

    // An expose after that says nothing more.
    window.hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!shown.wait(1000));
    QCOMPARE(shown.size(), 1);
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
