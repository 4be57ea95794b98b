#include "deferrediconstyle.h"

#include <QApplication>
#include <QCommonStyle>
#include <QImage>
#include <QLineEdit>
#include <QMainWindow>
#include <QToolButton>
#include <QPainter>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

// The standard icons are read from the base style when first needed, with the option and
// widget they were asked for, and look exactly like the base style's own.
class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void readsTheIconWhenFirstNeeded();
    void looksLikeTheBaseStylesIcon();
    void keepsTheOptionAndWidget();
    void readsAtOnceWithAnOptionItCannotKeep();
    void outlivesItsWidget();
    void outlivesItsStyle();
    void widgetsBuildWithoutReadingIcons();
    void clearButtonIsReadWhenShown();
    void toolBarExtensionIsReadWhenItOverflows();
};

namespace {

// A base style that counts the icons asked of it and remembers how they were asked for.
class CountingStyle : public QCommonStyle
{
public:
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked;
        lastOptionType = option ? option->type : -1;
        lastDirection = option ? option->direction : Qt::LayoutDirectionAuto;
        lastWidget = widget;
        QPixmap pixmap(16, 16);
        pixmap.fill(which == SP_LineEditClearButton ? Qt::red : Qt::blue);
        return QIcon(pixmap);
    }

    mutable int asked = 0;
    mutable int lastOptionType = -1;
    mutable Qt::LayoutDirection lastDirection = Qt::LayoutDirectionAuto;
    mutable const QWidget *lastWidget = nullptr;
};

QColor centre(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

// Whether the right half of the widget's middle row shows pure red anywhere.
bool showsRedOnTheRight(QWidget &widget)
{
    const QImage shot = widget.grab().toImage();
    for (int x = shot.width() / 2; x < shot.width(); ++x) {
        if (shot.pixelColor(x, shot.height() / 2) == QColor(Qt::red))
            return true;
    }
    return false;
}

} // namespace

void TestDeferredIconStyle::cleanup()
{
    // QApplication::setStyle() deletes the style it replaces, so tests use their own styles.
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestDeferredIconStyle::readsTheIconWhenFirstNeeded()
{
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QCOMPARE(base->asked, 0);
    QVERIFY(!icon.isNull());
    QCOMPARE(base->asked, 1);
    (void)icon.pixmap(16, 16);
    (void)icon.pixmap(32, 32);
    QCOMPARE(base->asked, 1);
}

void TestDeferredIconStyle::looksLikeTheBaseStylesIcon()
{
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    const QIcon clear = style.standardIcon(QStyle::SP_LineEditClearButton);
    const QIcon arrow = style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton);
    QCOMPARE(centre(clear.pixmap(16, 16)), QColor(Qt::red));
    QCOMPARE(centre(arrow.pixmap(16, 16)), QColor(Qt::blue));
    QCOMPARE(clear.actualSize(QSize(64, 64)), QSize(16, 16));
    QCOMPARE(clear.availableSizes(), QList<QSize>{QSize(16, 16)});

    // A copy changed by its user keeps the rest of the icon.
    QIcon extended = clear;
    QPixmap large(32, 32);
    large.fill(Qt::green);
    extended.addPixmap(large);
    QCOMPARE(centre(extended.pixmap(32, 32)), QColor(Qt::green));
    QCOMPARE(centre(extended.pixmap(16, 16)), QColor(Qt::red));
    QCOMPARE(clear.availableSizes(), QList<QSize>{QSize(16, 16)});
}

void TestDeferredIconStyle::keepsTheOptionAndWidget()
{
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    QWidget widget;
    QIcon plain;
    QIcon frame;
    {
        QStyleOption option;
        option.direction = Qt::RightToLeft;
        plain = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option, &widget);
        QStyleOptionFrame frameOption;
        frameOption.direction = Qt::RightToLeft;
        frame = style.standardIcon(QStyle::SP_LineEditClearButton, &frameOption, &widget);
    }   // the options are gone, as they are once a widget's constructor returns
    QCOMPARE(base->asked, 0);

    (void)plain.pixmap(16, 16);
    QCOMPARE(base->lastOptionType, int(QStyleOption::SO_Default));
    QCOMPARE(base->lastDirection, Qt::RightToLeft);
    QCOMPARE(base->lastWidget, &widget);

    (void)frame.pixmap(16, 16);
    QCOMPARE(base->lastOptionType, int(QStyleOption::SO_Frame));
    QCOMPARE(base->lastDirection, Qt::RightToLeft);
}

void TestDeferredIconStyle::readsAtOnceWithAnOptionItCannotKeep()
{
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    QStyleOptionButton option;
    const QIcon icon = style.standardIcon(QStyle::SP_DialogOkButton, &option);
    QCOMPARE(base->asked, 1);
    QCOMPARE(base->lastOptionType, int(QStyleOption::SO_Button));
    QCOMPARE(centre(icon.pixmap(16, 16)), QColor(Qt::blue));
}

void TestDeferredIconStyle::outlivesItsWidget()
{
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    auto *widget = new QWidget;
    const QIcon icon = style.standardIcon(QStyle::SP_LineEditClearButton, nullptr, widget);
    delete widget;
    QCOMPARE(centre(icon.pixmap(16, 16)), QColor(Qt::red));
    QVERIFY(!base->lastWidget);
}

void TestDeferredIconStyle::outlivesItsStyle()
{
    QIcon icon;
    {
        DeferredIconStyle style(new CountingStyle);
        icon = style.standardIcon(QStyle::SP_LineEditClearButton);
    }
    // The application's style (Fusion here) stands in for the one deleted.
    auto *application = new CountingStyle;
    QApplication::setStyle(application);
    QCOMPARE(centre(icon.pixmap(16, 16)), QColor(Qt::red));
    QCOMPARE(application->asked, 1);
}

void TestDeferredIconStyle::widgetsBuildWithoutReadingIcons()
{
    auto *base = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(base));
    QWidget window;
    auto *toolBar = new QToolBar(&window);
    auto *edit = new QLineEdit(&window);
    edit->setClearButtonEnabled(true);
    QCOMPARE(base->asked, 0);
    Q_UNUSED(toolBar);
}

void TestDeferredIconStyle::clearButtonIsReadWhenShown()
{
    auto *base = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(base));
    QLineEdit edit;
    edit.setClearButtonEnabled(true);
    edit.resize(200, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(base->asked, 0);   // an empty field shows no clear button

    // Once there is text, the button fades in, drawn with the base style's picture.
    edit.setText(QStringLiteral("f5af662119404ad187437cd272b5099b"));
    QTRY_VERIFY(showsRedOnTheRight(edit));
    QVERIFY(base->asked >= 1);
}

void TestDeferredIconStyle::toolBarExtensionIsReadWhenItOverflows()
{
    auto *base = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(base));
    QMainWindow window;
    QToolBar *bar = window.addToolBar(QStringLiteral("Actions"));
    for (int i = 0; i < 20; ++i)
        bar->addAction(QStringLiteral("Action %1").arg(i));
    window.resize(200, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Too narrow for its actions: the bar shows its extension button, with the base style's
    // arrow (blue here).
    auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QTRY_VERIFY(extension->isVisible());
    QTRY_VERIFY(base->asked >= 1);
    const QImage shot = extension->grab().toImage();
    QCOMPARE(shot.pixelColor(shot.width() / 2, shot.height() / 2), QColor(Qt::blue));
}

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
