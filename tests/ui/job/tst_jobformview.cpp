#include "job/healthgauge.h"
#include "api/jobinfo.h"
#include "connection/projectdirectory.h"
#include "job/jobformview.h"
#include "job/permissionmark.h"
#include "job/statusbadge.h"
#include "history/trendchart.h"
#include "platform/plaintext.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QLocale>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

#include <limits>

#include <algorithm>

// The form on its own: what it shows for missing values, and the formatting helpers.
class TestJobFormView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithPlaceholder();
    void placeholderFollowsFetching();
    void identityValuesAreSelectable();
    void everyValueHasCopy();
    void idsSelectWholeOnDoubleClick();
    void columnsStackWhenNarrow();
    void buildProjectBreaksOnlyToKeepTheColumns();
    void runningStatusInTheUiLanguage();
    void missingFieldsShowDashAndUnknown();
    void codeArtsProjectByItsName();
    void permissionRowsInPeoplesWords();
    void otherFieldsGroupOnlyWhenNeeded();
    void serverTextIsNeverRichText();
    void bidiControlsCannotReorderAName();
    void thousandsOfOtherFieldsMakeFewWidgets();
    void trendTitleShowsTheNameAsText();
    void trendChartIsSummedUp();
    void trendTimeLabelsAreTruthful_data();
    void trendTimeLabelsAreTruthful();
    void relativeTime_data();
    void relativeTime();
    void formatDuration_data();
    void formatDuration();
    void badgeTones_data();
    void badgeTones();
    void healthBands_data();
    void healthBands();
    void healthOutOfRangeIsFlagged_data();
    void healthOutOfRangeIsFlagged();
};

void TestJobFormView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJobFormView::startsWithPlaceholder()
{
    JobFormView view;
    auto *pages = view.findChild<QStackedWidget *>(u"pages"_qs);
    QCOMPARE(pages->currentWidget()->objectName(), u"placeholderPage"_qs);
    QVERIFY(!view.job());

    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}}));
    QCOMPARE(pages->currentWidget()->objectName(), u"formPage"_qs);
    view.clear();
    QCOMPARE(pages->currentWidget()->objectName(), u"placeholderPage"_qs);
}

// Idle, the placeholder says what to do (and suggests the sandbox when wanted); while a fetch
// runs it says only that. The form's widgets exist once a job is set or the form is built.
void TestJobFormView::placeholderFollowsFetching()
{
    JobFormView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *title = view.findChild<QLabel *>(u"placeholderTitle"_qs);
    auto *text = view.findChild<QLabel *>(u"placeholderText"_qs);
    auto *hint = view.findChild<QLabel *>(u"placeholderDemoHint"_qs);
    QVERIFY(title && text && hint);
    QVERIFY(!view.findChild<QWidget *>(u"formPage"_qs));
    QCOMPARE(title->text(), u"No job shown"_qs);
    QVERIFY(text->isVisible());
    QVERIFY(hint->isVisible());

    view.setFetching(true);
    QCOMPARE(title->text(), u"Fetching the job…"_qs);
    QVERIFY(!text->isVisible());
    QVERIFY(!hint->isVisible());
    view.setDemoHintVisible(true);   // still nothing to suggest while fetching
    QVERIFY(!hint->isVisible());

    view.setFetching(false);
    QCOMPARE(title->text(), u"No job shown"_qs);
    QVERIFY(text->isVisible());
    QVERIFY(hint->isVisible());
    view.setDemoHintVisible(false);
    QVERIFY(!hint->isVisible());

    view.buildForm();
    auto *form = view.findChild<QWidget *>(u"formPage"_qs);
    QVERIFY(form);
    QVERIFY(!form->isVisible());
    QVERIFY(view.isPlaceholderShown());
    view.buildForm();   // once only
    QCOMPARE(view.findChildren<QWidget *>(u"formPage"_qs).size(), 1);
}

// What a user copies (the name, the IDs, the source, unknown fields) can be selected; statuses,
// times and marks are plain text, which takes no focus.
void TestJobFormView::identityValuesAreSelectable()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"new_field"_qs, u"value"_qs}}));
    for (const char *name : {"jobNameValue", "jobIdValue", "buildProjectValue", "codeArtsProjectValue", "sourceValue"}) {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        QVERIFY2(label->textInteractionFlags() & Qt::TextSelectableByMouse, name);
        QVERIFY2(label->textInteractionFlags() & Qt::TextSelectableByKeyboard, name);
    }
    auto *other = view.findChild<QGroupBox *>(u"otherGroup"_qs);
    QVERIFY(other);
    const QList<QLabel *> otherLabels = other->findChildren<QLabel *>();
    QVERIFY(std::any_of(otherLabels.begin(), otherLabels.end(), [](QLabel *label) {
        return label->text() == u"value"_qs && (label->textInteractionFlags() & Qt::TextSelectableByMouse);
    }));
    for (const char *name : {"createdValue", "buildTimeValue", "runningStatusValue", "disabledValue",
                             "healthBandValue", "lastBuildAgoValue"}) {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        QCOMPARE(label->focusPolicy(), Qt::NoFocus);
    }
    for (PermissionMark *mark : view.findChildren<PermissionMark *>())
        QCOMPARE(mark->findChild<QLabel *>()->focusPolicy(), Qt::NoFocus);
}

void TestJobFormView::missingFieldsShowDashAndUnknown()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({}));
    for (const char *name : {"jobNameValue", "jobIdValue", "buildProjectValue", "codeArtsProjectValue",
                             "runningStatusValue", "createdValue", "buildTimeValue", "disabledValue"}) {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        QCOMPARE(label->text(), u"—"_qs);
        QVERIFY2(!label->toolTip().isEmpty(), name);
    }
    QCOMPARE(view.findChild<HealthGauge *>(u"healthGauge"_qs)->text(), u"—"_qs);
    QCOMPARE(view.findChild<StatusBadge *>(u"lastBuildBadge"_qs)->text(), u"Unknown"_qs);
    for (const PermissionFlag &flag : kPermissionFlags) {
        auto *mark = view.findChild<PermissionMark *>(u"permission_" + QLatin1String(flag.apiName));
        QVERIFY(mark);
        QCOMPARE(mark->text(), u"Not given by the service"_qs);
        QVERIFY(!mark->toolTip().isEmpty());
        QVERIFY(!mark->accessibleName().isEmpty());
    }
}

// ShowJobInfo does not name the job's CodeArts project: the row shows the name only once another
// answer of the session gave it, the ID in its tooltip, and follows what is learnt while shown.
void TestJobFormView::codeArtsProjectByItsName()
{
    const QString jobId = u"f5af662119404ad187437cd272b5099b"_qs;
    const QString projectId = u"b4d3971c3988463b865f6f920846149e"_qs;
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, jobId}, {u"project_id"_qs, u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs}}));
    auto *value = view.findChild<QLabel *>(u"codeArtsProjectValue"_qs);
    QVERIFY(value);
    // Without a directory, or before anything was learnt: a dash that says how it becomes known.
    QCOMPARE(value->text(), u"—"_qs);
    QVERIFY2(value->toolTip().contains(u"Find Jobs"), qPrintable(value->toolTip()));

    ProjectDirectory projects;
    view.setProjectDirectory(&projects);
    QCOMPARE(value->text(), u"—"_qs);
    projects.addJob(jobId, u"31581e9f-5772-4053-a50c-d5690578c8fd"_qs);   // a build project: refused
    QCOMPARE(value->text(), u"—"_qs);
    projects.addJob(jobId, projectId);   // record-info or ShowJobConfig: an ID, no name
    QCOMPARE(value->text(), u"—"_qs);
    QVERIFY2(value->toolTip().contains(projectId), qPrintable(value->toolTip()));
    // The tooltip is rich text; what a screen reader reads of the row is not.
    const QString described = QAccessible::queryAccessibleInterface(value)->text(QAccessible::Description);
    QVERIFY2(described.contains(projectId) && !described.contains(u'<'), qPrintable(described));
    projects.addProject(projectId, u"payments"_qs);   // the project list
    QCOMPARE(value->text(), u"payments"_qs);
    QVERIFY2(value->toolTip().contains(projectId), qPrintable(value->toolTip()));

    // Another job of an unknown project: the dash again.
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs}}));
    QCOMPARE(value->text(), u"—"_qs);
    view.setJob(JobInfo::fromJson({{u"id"_qs, jobId.toUpper()}}));
    QCOMPARE(value->text(), u"payments"_qs);
}

// View, Run, Edit, Copy, Delete, Disable, Manage: the words of the permission table, never the
// API's field names, in the labels and the tooltips.
void TestJobFormView::permissionRowsInPeoplesWords()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"is_view"_qs, true}, {u"is_execute"_qs, false}}));
    QStringList labels;
    for (const PermissionFlag &flag : kPermissionFlags) {
        auto *mark = view.findChild<PermissionMark *>(u"permission_" + QLatin1String(flag.apiName));
        QVERIFY(mark);
        labels << mark->accessibleName();
        QVERIFY2(!mark->toolTip().contains(u"is_"), qPrintable(mark->toolTip()));
    }
    QCOMPARE(labels, (QStringList{u"View"_qs, u"Run"_qs, u"Edit"_qs, u"Copy"_qs, u"Delete"_qs, u"Disable"_qs,
                                  u"Manage"_qs}));
    for (QLabel *label : view.findChild<QGroupBox *>(u"permissionsGroup"_qs)->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"is_"), qPrintable(label->text()));
        QVERIFY2(!label->toolTip().contains(u"is_"), qPrintable(label->toolTip()));
    }
    QCOMPARE(view.findChild<PermissionMark *>(u"permission_is_view"_qs)->text(), u"Allowed"_qs);
    QCOMPARE(view.findChild<PermissionMark *>(u"permission_is_execute"_qs)->text(), u"Denied"_qs);
    QCOMPARE(view.findChild<PermissionMark *>(u"permission_is_modify"_qs)->text(), u"Not given by the service"_qs);
}

void TestJobFormView::otherFieldsGroupOnlyWhenNeeded()
{
    JobFormView view;
    view.show();
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}}));
    auto *group = view.findChild<QGroupBox *>(u"otherGroup"_qs);
    QVERIFY(!group->isVisible());
    view.setJob(JobInfo::fromJson({{u"branch"_qs, u"main"_qs}, {u"build_no"_qs, 7}}));
    QVERIFY(group->isVisible());
    const QList<QLabel *> labels = group->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == u"main"; }));
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == u"7"; }));
}

// A hostile service's text in every place it can reach: the name, a status, an unknown field's
// name and value. Shown as the characters they are, never as HTML (an <img> could fetch a
// file, an <a> could lure a click).
void TestJobFormView::serverTextIsNeverRichText()
{
    const QString markup = u"<img src=\"file:///etc/hostname\"><a href=\"https://evil.example\">click</a>"_qs;
    JobFormView view;
    view.show();
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"job_name"_qs, markup},
                                   {u"running_status"_qs, markup}, {u"last_build_status"_qs, markup},
                                   {u"source_code"_qs, markup}, {markup, markup}}));
    int showingMarkup = 0;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (!label->text().contains(u"<img"))
            continue;
        ++showingMarkup;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + u' ' + label->text()));
    }
    QVERIFY(showingMarkup >= 5); // name, running status, source, the field's name and value
    // Tooltips are rich text whenever Qt guesses so: the service's part is escaped.
    for (QWidget *widget : view.findChildren<QWidget *>()) {
        QVERIFY2(!widget->toolTip().contains(u"<img"), qPrintable(widget->objectName() + u' ' + widget->toolTip()));
    }
    QVERIFY(view.findChild<StatusBadge *>(u"lastBuildBadge"_qs)->toolTip().contains(u"&lt;img"));
}

// A right-to-left override would show "release\u202egnp.exe" as "releaseexe.png": it is shown
// written out, as the command line prints it; so are line separators and control characters.
void TestJobFormView::bidiControlsCannotReorderAName()
{
    JobFormView view;
    view.show();
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"job_name"_qs, u"release\u202egnp.exe"_qs},
                                   {u"source_code"_qs, u"code\u2028hub\x1b[2J"_qs}}));
    const QLabel *name = view.findChild<QLabel *>(u"jobNameValue"_qs);
    QCOMPARE(name->text(), u"release\\u202egnp.exe"_qs);
    QCOMPARE(view.findChild<QLabel *>(u"sourceValue"_qs)->text(), u"code\\u2028hub\\x1b[2J"_qs);
    for (const QLabel *label : view.findChildren<QLabel *>()) {
        for (const QChar c : label->text())
            QVERIFY2(!PlainText::isBidiControl(c.unicode()) && c.unicode() >= 0x20, qPrintable(label->objectName()));
    }
}

void TestJobFormView::thousandsOfOtherFieldsMakeFewWidgets()
{
    QJsonObject answer{{u"id"_qs, u"x"_qs}};
    for (int i = 0; i < 5000; ++i)
        answer.insert(u"field_%1"_qs.arg(i, 4, 10, QLatin1Char('0')), i);
    JobFormView view;
    view.show();
    view.setJob(JobInfo::fromJson(answer));
    auto *group = view.findChild<QGroupBox *>(u"otherGroup"_qs);
    QVERIFY(group->isVisible());
    const qsizetype widgets = group->findChildren<QWidget *>().size();
    QVERIFY2(widgets <= 2 * JobFormView::kOtherFieldsShown + 1, qPrintable(QString::number(widgets)));
    auto *more = group->findChild<QPushButton *>(u"allOtherFieldsButton"_qs);
    QVERIFY(more);
    QVERIFY(more->text().contains(u"5000"));

    more->click();
    auto *dialog = view.findChild<QDialog *>(u"otherFieldsDialog"_qs);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(u"otherFieldsTable"_qs);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 5000);
    QCOMPARE(table->model()->index(4999, 0).data().toString(), u"field_4999"_qs);
    QCOMPARE(table->model()->index(4999, 1).data().toString(), u"4999"_qs);
    dialog->close();

    // A few fields: rows of their own and no button.
    view.setJob(JobInfo::fromJson({{u"branch"_qs, u"main"_qs}}));
    QVERIFY(!group->findChild<QPushButton *>(u"allOtherFieldsButton"_qs));
}

void TestJobFormView::trendTitleShowsTheNameAsText()
{
    TrendChartDialog dialog(u"<b>bold</b>"_qs, {});
    auto *view = dialog.findChild<QChartView *>();
    QVERIFY(view);
    QVERIFY2(view->chart()->title().contains(u"&lt;b&gt;bold&lt;/b&gt;"), qPrintable(view->chart()->title()));
}

// A screen reader cannot see the chart's points: its description sums them up, the fetches
// and, once they came, the service's build records.
void TestJobFormView::trendChartIsSummedUp()
{
    const QList<TrendPoint> points = {{1'000, 80, u"success"_qs}, {2'000, 55, u"failed"_qs}, {3'000, 92, u"success"_qs}};
    TrendChartDialog dialog(u"job"_qs, points);
    auto *view = dialog.findChild<QChartView *>();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(iface->text(QAccessible::Name), u"Trend chart"_qs);
    QCOMPARE(iface->text(QAccessible::Description),
             u"3 successful fetches, health score 55 to 92, last build failed at 1 of them"_qs);

    BuildRecord failed;
    failed.result = u"failure"_qs;
    failed.startTimeMs = 1'500;
    failed.durationMs = 90'000;
    BuildRecord passed = failed;
    passed.result = u"success"_qs;
    passed.durationMs = 30'000;
    dialog.showBuildRecords({failed, passed});
    QCOMPARE(iface->text(QAccessible::Description).section(u'\n', 1),
             u"2 builds, 1 failed, median 1 min 00 s"_qs);
}

// A right-click on any value offers Copy, which copies the whole value as shown.
void TestJobFormView::everyValueHasCopy()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"6b7c-8d9e"_qs}, {u"job_name"_qs, u"nightly"_qs},
                                   {u"project_id"_qs, u"p1"_qs}, {u"health_score"_qs, 74},
                                   {u"last_build_status"_qs, u"success"_qs}, {u"is_view"_qs, true},
                                   {u"build_time"_qs, 27.5}, {u"new_field"_qs, u"other value"_qs}}));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<QWidget *> values;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u"Value"))
            values << label;
    }
    QVERIFY(values.size() >= 15);
    values << view.findChild<StatusBadge *>() << view.findChild<HealthGauge *>();
    for (PermissionMark *mark : view.findChildren<PermissionMark *>())
        values << mark;
    const QList<QLabel *> all = view.findChildren<QLabel *>();
    const auto other = std::find_if(all.begin(), all.end(), [](QLabel *l) { return l->text() == u"other value"_qs; });
    QVERIFY(other != all.end());
    values << *other;

    int copied = 0;
    for (QWidget *value : values) {
        QVERIFY(value);
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2), value->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(value, &event);
        auto *menu = view.findChild<QMenu *>(u"valueMenu"_qs);
        QVERIFY2(menu, qPrintable(value->objectName()));
        auto *copy = menu->findChild<QAction *>(u"copyValueAction"_qs);
        QVERIFY(copy);
        const QString expected = JobFormView::valueText(value);
        QCOMPARE(copy->isEnabled(), !expected.isEmpty());
        if (copy->isEnabled()) {
            QGuiApplication::clipboard()->clear();
            copy->trigger();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected);
            ++copied;
        }
        menu->close();
        delete menu;
    }
    QVERIFY(copied >= 10);
    QCOMPARE(JobFormView::valueText(view.findChild<QLabel *>(u"jobIdValue"_qs)), u"6b7c-8d9e"_qs);
    QCOMPARE(JobFormView::valueText(view.findChild<HealthGauge *>()), u"74"_qs);
    // A missing value's dash is not copied.
    QVERIFY(JobFormView::valueText(view.findChild<QLabel *>(u"sourceValue"_qs)).isEmpty());
}

// Double-clicking an ID selects all of it, even where word selection would stop at a "-".
void TestJobFormView::idsSelectWholeOnDoubleClick()
{
    JobFormView view;
    const QString id = u"6b7c8d9e-0f1a.2b3c"_qs;
    view.setJob(JobInfo::fromJson({{u"id"_qs, id}, {u"project_id"_qs, u"85ca-f405"_qs}}));
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const char *name : {"jobIdValue", "buildProjectValue"}) {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        QTest::mouseDClick(label, Qt::LeftButton, {}, QPoint(label->fontMetrics().horizontalAdvance(u"6b"_qs), label->height() / 2));
        QCOMPARE(label->selectedText(), label->text());
    }
}

// Too narrow for two columns side by side, the form puts one above the other: no sideways scrolling.
void TestJobFormView::columnsStackWhenNarrow()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"running_status"_qs, u"running"_qs},
                                   {u"create_time"_qs, 1721793407000LL}, {u"build_time"_qs, 1234.5}}));
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.columnsSideBySide());
    auto *scroll = view.findChild<QScrollArea *>(u"scrollArea"_qs);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    view.resize(360, 500);
    QTRY_VERIFY(!view.columnsSideBySide());
    QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
    // Stacked, Status and Health come right under Identity, before Times and Settings: a small
    // window shows how the job is doing without scrolling.
    const auto top = [&view](const char *name) {
        return view.findChild<QGroupBox *>(QLatin1String(name))->mapTo(&view, QPoint()).y();
    };
    QVERIFY(top("identityGroup") < top("statusGroup"));
    QVERIFY(top("statusGroup") < top("healthGroup"));
    QVERIFY(top("healthGroup") < top("timesGroup"));
    QVERIFY(top("timesGroup") < top("settingsGroup"));
    QVERIFY(top("settingsGroup") < top("permissionsGroup"));
    view.resize(900, 500);
    QTRY_VERIFY(view.columnsSideBySide());
    // Side by side, Status heads the right column again, level with Identity.
    auto *identity = view.findChild<QGroupBox *>(u"identityGroup"_qs);
    auto *status = view.findChild<QGroupBox *>(u"statusGroup"_qs);
    QTRY_COMPARE(top("statusGroup"), top("identityGroup"));
    QVERIFY(status->mapTo(&view, QPoint()).x() > identity->mapTo(&view, QPoint()).x());
    QVERIFY(top("healthGroup") < top("permissionsGroup"));
    QVERIFY(top("timesGroup") < top("settingsGroup"));
}

// The build project's UUID, the widest value, is on one line wherever there is room; it breaks
// after a dash only where that keeps the columns side by side; no width scrolls sideways.
void TestJobFormView::buildProjectBreaksOnlyToKeepTheColumns()
{
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"f5af662119404ad187437cd272b5099b"_qs},
                                   {u"project_id"_qs, u"967ff282-0f4d-33e2-bf41-2997f16314d5"_qs},
                                   {u"running_status"_qs, u"Finished"_qs}, {u"last_build_status"_qs, u"failed"_qs},
                                   {u"create_time"_qs, 1721793407000LL}, {u"last_build_time"_qs, 1721793407000LL}}));
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *uuid = view.findChild<QLabel *>(u"buildProjectValue"_qs);
    auto *scroll = view.findChild<QScrollArea *>(u"scrollArea"_qs);
    const auto broken = [uuid] { return uuid->height() >= 2 * uuid->fontMetrics().lineSpacing(); };
    QTRY_VERIFY(view.columnsSideBySide());
    QVERIFY(!broken());
    bool sawBroken = false;
    bool sawStacked = false;
    for (int width = 1000; width >= 420; width -= 10) {
        view.resize(width, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QByteArray where = QByteArray::number(width);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), where);
        if (broken())
            QVERIFY2(view.columnsSideBySide(), where);   // stacked, the UUID has the whole width
        sawBroken = sawBroken || broken();
        sawStacked = sawStacked || !view.columnsSideBySide();
    }
    QVERIFY(sawBroken);
    QVERIFY(sawStacked);
}

namespace {
// Marks every JobFormView text it is asked for, to see which go through the catalogue.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "JobFormView") == 0 ? u"«"_qs + QString::fromUtf8(source) + u"»"_qs : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// "Finished" and other statuses the app knows are shown in the UI language; others as sent.
void TestJobFormView::runningStatusInTheUiLanguage()
{
    QCOMPARE(JobFormView::runningStatusText(u"FINISHED"_qs), u"Finished"_qs);
    QCOMPARE(JobFormView::runningStatusText(u"Suspended"_qs), u"Suspended"_qs);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    JobFormView view;
    view.setJob(JobInfo::fromJson({{u"id"_qs, u"x"_qs}, {u"running_status"_qs, u"Finished"_qs}}));
    auto *label = view.findChild<QLabel *>(u"runningStatusValue"_qs);
    const QString shown = label->text();
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(shown, u"«Finished»"_qs);
    QVERIFY2(label->toolTip().contains(u"Finished"), qPrintable(label->toolTip()));
}

void TestJobFormView::trendTimeLabelsAreTruthful_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::newRow("one point") << qint64(0);
    QTest::newRow("2 s") << qint64(2'000);
    QTest::newRow("40 s") << qint64(40'000);
    QTest::newRow("3 min") << qint64(180'000);
    QTest::newRow("50 min") << qint64(3'000'000);
    QTest::newRow("5 h") << qint64(5 * 3'600'000);
    QTest::newRow("30 h") << qint64(30 * 3'600'000LL);
    QTest::newRow("9 days") << qint64(9 * 86'400'000LL);
    QTest::newRow("400 days") << qint64(400 * 86'400'000LL);
}

// The time axis's ticks are evenly spaced round times, every one inside the range, and their
// labels all differ: none repeats ("12:00:00, 12:00:00") and none is skipped.
void TestJobFormView::trendTimeLabelsAreTruthful()
{
    QFETCH(qint64, spanMs);
    const qint64 first = 1'721'793'407'123;
    const qint64 last = first + spanMs;
    const int offset = QDateTime::fromMSecsSinceEpoch(last).offsetFromUtc();
    const TrendChartDialog::TimeTicks ticks = TrendChartDialog::timeTicks(first, last, offset);
    QVERIFY(ticks.count >= 2 && ticks.count <= 7);
    QVERIFY(ticks.minMs < first && ticks.maxMs > last);
    QCOMPARE(ticks.maxMs - ticks.minMs, ticks.intervalMs * (ticks.count - 1));
    QStringList labels;
    for (int i = 0; i < ticks.count; ++i) {
        const QDateTime tick = QDateTime::fromMSecsSinceEpoch(ticks.minMs + i * ticks.intervalMs);
        QCOMPARE((tick.toMSecsSinceEpoch() + offset * 1000LL) % qMin(ticks.intervalMs, 86'400'000LL), 0);
        labels << tick.toString(ticks.format);
    }
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    // The chart uses them.
    TrendChartDialog dialog(u"job"_qs, {{first, 80, u"success"_qs}, {last, 70, u"failed"_qs}});
    const QList<QAbstractAxis *> axes = dialog.findChild<QChartView *>()->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *axis = qobject_cast<QDateTimeAxis *>(axes.first());
    QVERIFY(axis);
    QCOMPARE(axis->tickCount(), ticks.count);
    QCOMPARE(axis->format(), ticks.format);
    QCOMPARE(axis->min().toMSecsSinceEpoch(), ticks.minMs);
}

void TestJobFormView::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(10) << u"just now"_qs;
    QTest::newRow("1 min") << qint64(70) << u"1 minute ago"_qs;
    QTest::newRow("45 min") << qint64(45 * 60) << u"45 minutes ago"_qs;
    QTest::newRow("3 h") << qint64(3 * 3600) << u"3 hours ago"_qs;
    QTest::newRow("1 day") << qint64(30 * 3600) << u"1 day ago"_qs;
    QTest::newRow("12 days") << qint64(12 * 86400) << u"12 days ago"_qs;
    QTest::newRow("6 months") << qint64(180 * 86400) << u"6 months ago"_qs;
    QTest::newRow("4 years") << qint64(1500 * 86400) << u"4 years ago"_qs;
    QTest::newRow("future") << qint64(-2 * 3600) << u"in 2 hours"_qs;
    QTest::newRow("small skew") << qint64(-20) << u"just now"_qs;
}

void TestJobFormView::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const qint64 now = 1'721'793'407'000;
    QCOMPARE(JobFormView::relativeTime(now - secondsAgo * 1000, now), expected);
}

void TestJobFormView::formatDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("doc example") << 27.51 << u"27.51 s"_qs;
    QTest::newRow("minutes") << 412.8 << u"412.80 s (6 min 53 s)"_qs;
    QTest::newRow("padded seconds") << 1205.2 << u"1,205.20 s (20 min 05 s)"_qs;
    QTest::newRow("thousands") << 4000.0 << u"4,000.00 s (1 h 06 min)"_qs;
    QTest::newRow("just under a minute") << 59.4 << u"59.40 s"_qs;
}

void TestJobFormView::formatDuration()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(JobFormView::formatDuration(seconds, QLocale(QLocale::English, QLocale::UnitedStates)),
             expected);
}

void TestJobFormView::badgeTones_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("tone");
    QTest::newRow("success") << u"success"_qs << int(StatusBadge::Tone::Success);
    QTest::newRow("Success") << u"Success"_qs << int(StatusBadge::Tone::Success);
    QTest::newRow("failed") << u"failed"_qs << int(StatusBadge::Tone::Failure);
    QTest::newRow("fail") << u"fail"_qs << int(StatusBadge::Tone::Failure);
    QTest::newRow("error") << u"error"_qs << int(StatusBadge::Tone::Failure);
    QTest::newRow("running") << u"running"_qs << int(StatusBadge::Tone::Running);
    QTest::newRow("aborted") << u"aborted"_qs << int(StatusBadge::Tone::Neutral);
    QTest::newRow("unknown") << u"unknown"_qs << int(StatusBadge::Tone::Neutral);
    QTest::newRow("empty") << QString() << int(StatusBadge::Tone::Neutral);
}

void TestJobFormView::badgeTones()
{
    QFETCH(QString, status);
    QFETCH(int, tone);
    QCOMPARE(int(StatusBadge::toneFor(status)), tone);
    StatusBadge badge;
    badge.setStatus(status);
    QVERIFY(!badge.text().isEmpty());
    QVERIFY(badge.sizeHint().width() > badge.fontMetrics().horizontalAdvance(badge.text()));
}

void TestJobFormView::healthBands_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("band");
    QTest::newRow("0") << 0 << int(HealthGauge::Band::Poor);
    QTest::newRow("59") << 59 << int(HealthGauge::Band::Poor);
    QTest::newRow("60") << 60 << int(HealthGauge::Band::Fair);
    QTest::newRow("79") << 79 << int(HealthGauge::Band::Fair);
    QTest::newRow("80") << 80 << int(HealthGauge::Band::Good);
    QTest::newRow("100") << 100 << int(HealthGauge::Band::Good);
}

void TestJobFormView::healthBands()
{
    QFETCH(int, score);
    QFETCH(int, band);
    HealthGauge gauge;
    gauge.setScore(score);
    QCOMPARE(int(gauge.band()), band);
    QCOMPARE(gauge.text(), QString::number(score));
    QVERIFY(gauge.accessibleDescription().contains(QString::number(score)));
}

void TestJobFormView::healthOutOfRangeIsFlagged_data()
{
    QTest::addColumn<int>("score");
    QTest::newRow("101") << 101;
    QTest::newRow("-1") << -1;
    QTest::newRow("int max") << std::numeric_limits<int>::max();
}

void TestJobFormView::healthOutOfRangeIsFlagged()
{
    // Shown as the service sent it, flagged, never as a score "of 100" in a coloured band.
    QFETCH(int, score);
    HealthGauge gauge;
    gauge.setScore(score);
    QVERIFY(gauge.isOutOfRange());
    QCOMPARE(int(gauge.band()), int(HealthGauge::Band::Unknown));
    QCOMPARE(gauge.text(), QString::number(score) + u'!');
    QVERIFY2(gauge.toolTip().contains(u"outside 0 to 100"_qs), qPrintable(gauge.toolTip()));
    QVERIFY(!gauge.toolTip().contains(u"of 100"_qs));
    QVERIFY(gauge.minimumSizeHint().width() > gauge.fontMetrics().horizontalAdvance(gauge.text()));
}

QTEST_MAIN(TestJobFormView)
#include "tst_jobformview.moc"
