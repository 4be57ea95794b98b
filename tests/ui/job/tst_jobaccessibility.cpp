#include "api/apierror.h"
#include "job/errorbanner.h"
#include "job/healthgauge.h"
#include "job/permissionmark.h"
#include "job/statusbadge.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace {

// A field that can take the focus above an error banner, shown.
struct BannerWindow : QWidget
{
    BannerWindow()
    {
        field->setFocusPolicy(Qt::StrongFocus);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(field);
        layout->addWidget(banner);
        show();
    }

    QLabel *field = new QLabel(u"field"_qs, this);
    ErrorBanner *banner = new ErrorBanner(this);
};

} // namespace

// The job page's drawn widgets as a screen reader finds them through Qt's accessibility API
// (no AT-SPI bus needed): what each says in its name, the gauge's value interface, the error
// banner's alert role and focus. The form's values and the page as a whole: tst_jobpage.
// The events (Alert, ValueChanged, NameChanged) are not checked here: Qt hands them only to an
// active platform bridge, which the offscreen platform does not have and the public API cannot
// switch on (QAccessible::setActive() only tells observers), so an update handler never sees them.
class TestJobAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gaugeIsAValue_data();
    void gaugeIsAValue();
    void gaugeWithoutScoreHasNoValue_data();
    void gaugeWithoutScoreHasNoValue();
    void badgeSaysItsStatus_data();
    void badgeSaysItsStatus();
    void permissionMarkSaysItsState();
    void descriptionsAreNeverMarkup();
    void bannerIsAnAlert();
    void bannerTakesFocusWhenAsked();
};

void TestJobAccessibility::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJobAccessibility::gaugeIsAValue_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("name");
    QTest::newRow("good") << 90 << u"Health score 90, good"_qs;
    QTest::newRow("fair") << 60 << u"Health score 60, fair"_qs;
    QTest::newRow("poor") << 0 << u"Health score 0, poor"_qs;
}

void TestJobAccessibility::gaugeIsAValue()
{
    QFETCH(int, score);
    QFETCH(QString, name);
    HealthGauge gauge;
    gauge.setScore(score);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&gauge);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), name);
    QAccessibleValueInterface *value = iface->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->currentValue().toInt(), score);
    QCOMPARE(value->minimumValue().toInt(), 0);
    QCOMPARE(value->maximumValue().toInt(), 100);
    // The interface follows a new score.
    gauge.setScore(score == 90 ? 42 : 90);
    QCOMPARE(value->currentValue().toInt(), score == 90 ? 42 : 90);
}

void TestJobAccessibility::gaugeWithoutScoreHasNoValue_data()
{
    QTest::addColumn<std::optional<int>>("score");
    QTest::addColumn<QString>("said");
    QTest::newRow("missing") << std::optional<int>() << u"Not provided by the service"_qs;
    QTest::newRow("101") << std::optional<int>(101) << u"outside 0 to 100"_qs;
}

// No score, or one the service sent outside 0..100: no made-up value, and the name says why.
void TestJobAccessibility::gaugeWithoutScoreHasNoValue()
{
    QFETCH(std::optional<int>, score);
    QFETCH(QString, said);
    HealthGauge gauge;
    gauge.setScore(score);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&gauge);
    QVERIFY(!iface->valueInterface()->currentValue().isValid());
    const QString name = iface->text(QAccessible::Name);
    QVERIFY2(name.startsWith(u"Health score") && name.contains(said), qPrintable(name));
}

void TestJobAccessibility::badgeSaysItsStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("success") << u"success"_qs << u"Last build status: Success"_qs;
    QTest::newRow("failed") << u"FAILED"_qs << u"Last build status: Failed"_qs;
    QTest::newRow("none") << QString() << u"Last build status: Unknown"_qs;
}

void TestJobAccessibility::badgeSaysItsStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, name);
    StatusBadge badge;
    badge.setStatus(status);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&badge);
    QCOMPARE(iface->text(QAccessible::Name), name);
    badge.setStatus(u"running"_qs);
    QCOMPARE(iface->text(QAccessible::Name), u"Last build status: Running"_qs);
}

void TestJobAccessibility::permissionMarkSaysItsState()
{
    PermissionMark mark;
    mark.setAccessibleName(u"Run"_qs);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&mark);
    QCOMPARE(iface->text(QAccessible::Name), u"Run: Not given by the service"_qs);
    mark.setValue(true);
    QCOMPARE(iface->text(QAccessible::Name), u"Run: Allowed"_qs);
    mark.setValue(false);
    QCOMPARE(iface->text(QAccessible::Name), u"Run: Denied"_qs);
}

// Qt's default description is the tooltip, which the app makes rich text for the service's
// words; these widgets say their own description, in plain text, or none.
void TestJobAccessibility::descriptionsAreNeverMarkup()
{
    StatusBadge badge;
    badge.setToolTip(u"<p style=\"white-space:pre-wrap\">as sent: x</p>"_qs);
    QCOMPARE(QAccessible::queryAccessibleInterface(&badge)->text(QAccessible::Description), QString());
    badge.setAccessibleDescription(u"as sent: x"_qs);
    QCOMPARE(QAccessible::queryAccessibleInterface(&badge)->text(QAccessible::Description), u"as sent: x"_qs);
    HealthGauge gauge;
    gauge.setScore(74);
    const QString description = QAccessible::queryAccessibleInterface(&gauge)->text(QAccessible::Description);
    QVERIFY2(description.contains(u"74") && !description.contains(u'<'), qPrintable(description));
}

// The banner is an alert, with what went wrong and what to do as its description; showing it
// leaves the focus where it was (the caller may move it: takeFocus()).
void TestJobAccessibility::bannerIsAnAlert()
{
    BannerWindow window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLabel *field = window.field;
    ErrorBanner *banner = window.banner;
    field->setFocus();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);

    banner->showError(ApiError(ApiError::Kind::HttpError, u"The service failed"_qs, u"Try again later."_qs));
    QCOMPARE(iface->text(QAccessible::Name), u"Error message"_qs);
    QCOMPARE(iface->text(QAccessible::Description), u"The service failed\nTry again later."_qs);
    QVERIFY(field->hasFocus());

    banner->showMessage(ErrorBanner::Severity::Notice, u"Cancelled"_qs);
    QCOMPARE(iface->text(QAccessible::Name), u"Notice"_qs);
    QCOMPARE(iface->text(QAccessible::Description), u"Cancelled"_qs);
}

void TestJobAccessibility::bannerTakesFocusWhenAsked()
{
    BannerWindow window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLabel *field = window.field;
    ErrorBanner *banner = window.banner;
    field->setFocus();
    banner->takeFocus();   // hidden: nothing to read there
    QVERIFY(field->hasFocus());

    banner->showError(ApiError(ApiError::Kind::NetworkUnreachable, u"No connection"_qs, u"Check the network."_qs));
    banner->takeFocus();
    auto *message = banner->findChild<QLabel *>(u"errorMessageLabel"_qs);
    QVERIFY(message->hasFocus());
    QCOMPARE(QAccessible::queryAccessibleInterface(QApplication::focusWidget())->text(QAccessible::Name),
             u"No connection"_qs);
    // Dismissed, the banner gives the focus on.
    QTest::mouseClick(banner->findChild<QToolButton *>(u"errorCloseButton"_qs), Qt::LeftButton);
    QVERIFY(banner->isHidden());
    QVERIFY(QApplication::focusWidget() != message);
}

QTEST_MAIN(TestJobAccessibility)
#include "tst_jobaccessibility.moc"
