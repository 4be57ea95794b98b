#include "builds/buildlogpane.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "builds/logview.h"
#include "platform/appsettings.h"
#include "sandbox/demobuilds.h"
#include "window/mainwindow.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

namespace {

// Why `toolBar` does not show its actions whole: an action that is on screen must be whole
// and inside the bar; one that is not must be in the bar's "»" menu, whose button shows.
QString toolBarProblem(QToolBar *toolBar)
{
    const auto *extension = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_qs);
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *widget = toolBar->widgetForAction(action);
        if (!widget || !widget->isVisible()) {
            if (!extension || !extension->isVisible())
                return action->text() + u" is neither on the bar nor in its menu"_qs;
            continue;
        }
        if (widget->width() < widget->sizeHint().width())
            return action->text() + u" is cut: %1 < %2"_qs.arg(widget->width()).arg(widget->sizeHint().width());
        if (!toolBar->rect().contains(widget->geometry()))
            return action->text() + u" lies outside its bar"_qs;
    }
    return {};
}

// Whether `widget` is on screen whole (no parent clips it).
bool wholeOnScreen(QWidget *widget)
{
    return widget->isVisible() && widget->visibleRegion().boundingRect().size() == widget->size();
}

} // namespace

// The Builds tab in the real window, at the window's minimum size and at a usual one, in English
// and in Chinese: every button whole or in a "»" menu, the steps and the log in sight, Duration
// never cut; and a failed build's log found, searched and jumped through from the window.
class TestBuildsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everythingFits_data();
    void everythingFits();
    void failedBuildLogInTheWindow();

private:
    BuildsPanel *openBuilds(MainWindow &window, const QString &jobId);

    std::unique_ptr<MainWindow> m_window;
};

void TestBuildsTab::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_buildstab"));
}

void TestBuildsTab::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

BuildsPanel *TestBuildsTab::openBuilds(MainWindow &window, const QString &jobId)
{
    QSignalSpy fetched(&window, &MainWindow::fetchFinished);
    window.openJob(jobId);
    if (!fetched.wait(10'000) || !fetched.first().first().toBool())
        return nullptr;
    window.showBuilds();
    auto *page = qobject_cast<BuildsWindow *>(window.jobTabs()->currentWidget());
    if (!page)
        return nullptr;
    BuildsPanel *panel = page->panel();
    if (panel->records().isEmpty() && !QSignalSpy(panel, &BuildsPanel::recordsLoaded).wait(20'000))
        return nullptr;
    return panel;
}

void TestBuildsTab::everythingFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_qs, u"zh_CN"_qs}) {
        QTest::addRow("%s 820x560", qPrintable(language)) << language << MainWindow::minimumReadableSize();
        QTest::addRow("%s 1060x720", qPrintable(language)) << language << QSize(1060, 720);
    }
}

void TestBuildsTab::everythingFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/codearts-inspector_"_qs + language));
    QCoreApplication::installTranslator(&translator);
    const QLocale locale;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(locale);
    });
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window));
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    BuildsPanel *panel = openBuilds(*m_window, QLatin1String(DemoBuilds::failingJob));
    QVERIFY(panel);
    if (language == u"zh_CN")
        QCOMPARE(panel->detailsTabs()->tabText(1), u"日志"_qs);   // the catalogue is in use

    int failed = 0;
    for (const BuildRecord &record : panel->records())
        failed = !failed && record.result == u"failure" ? record.number : failed;
    QVERIFY(failed > 0);
    panel->showBuild(failed);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->failureText(failed).isEmpty(), 20'000);
    QTest::qWait(50);
    const QString where = language + u" at "_qs + QString::number(size.width()) + u'x' + QString::number(size.height());

    // The actions: whole, or in the "»" menu; never "ow in CodeA".
    QString problem = toolBarProblem(panel->toolBar());
    QVERIFY2(problem.isEmpty(), qPrintable(where + u": "_qs + problem));
    QVERIFY2(wholeOnScreen(panel->showLogButton()), qPrintable(where));
    QVERIFY(panel->showLogButton()->width() >= panel->showLogButton()->sizeHint().width());
    // Duration is never cut.
    QTableView *table = panel->table();
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QString duration = panel->model()->item(row, BuildsPanel::DurationColumn)->text();
        QVERIFY2(table->fontMetrics().horizontalAdvance(duration) + margins <= table->columnWidth(BuildsPanel::DurationColumn),
                 qPrintable(where + u": "_qs + duration));
    }
    QVERIFY(table->columnWidth(BuildsPanel::DurationColumn)
            >= table->horizontalHeader()->sectionSizeHint(BuildsPanel::DurationColumn));
    // The steps are in sight, under a list of at least three rows.
    QVERIFY2(wholeOnScreen(panel->detailsTabs()), qPrintable(where));
    auto *steps = panel->findChild<QScrollArea *>(u"buildSteps"_qs);
    QVERIFY(steps->isVisible());
    QTRY_VERIFY(!panel->timeline()->steps().isEmpty());
    QVERIFY2(steps->viewport()->height() >= 2 * (panel->fontMetrics().height() + 8), qPrintable(where));
    QVERIFY(table->viewport()->height() >= 2 * table->verticalHeader()->defaultSectionSize());
    QVERIFY(m_window->size() == size);   // nothing pushed the window wider or taller

    // The log: its tool bar fits too, and several lines are in sight.
    QSignalSpy loaded(panel->logPane(), &BuildLogPane::loaded);
    panel->showLog(failed);
    QVERIFY(loaded.wait(20'000));
    auto *logBar = panel->logPane()->findChild<QToolBar *>(u"logToolBar"_qs);
    problem = toolBarProblem(logBar);
    QVERIFY2(problem.isEmpty(), qPrintable(where + u" (log): "_qs + problem));
    LogView *view = panel->logPane()->view();
    QVERIFY2(wholeOnScreen(view), qPrintable(where));
    QVERIFY2(view->viewport()->height() >= 3 * view->lineHeight(), qPrintable(where));
    panel->logPane()->openFind();
    QVERIFY(wholeOnScreen(panel->logPane()->findField()));
    QVERIFY(m_window->size() == size);
}

// From the window: the failing demo job's newest failed build, its log searched and its
// failure found.
void TestBuildsTab::failedBuildLogInTheWindow()
{
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window));
    m_window->resize(1060, 720);
    BuildsPanel *panel = openBuilds(*m_window, QLatin1String(DemoBuilds::failingJob));
    QVERIFY(panel);
    int failed = 0;
    for (const BuildRecord &record : panel->records())
        failed = !failed && record.result == u"failure" ? record.number : failed;
    QSignalSpy loaded(panel->logPane(), &BuildLogPane::loaded);
    panel->showLog(failed);
    QVERIFY(loaded.wait(20'000));
    BuildLogPane *pane = panel->logPane();
    const std::optional<qsizetype> line = pane->failureLine();
    QVERIFY(line);
    QCOMPARE(pane->view()->markedLine(), *line);
    QVERIFY(pane->view()->text().line(*line).contains(u"FAILED"));
    // Ctrl+F from the list finds in the log.
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane->findBar()->isVisible());
    QTest::keyClicks(pane->findField(), u"FAILED"_qs);
    QTRY_VERIFY(pane->view()->matchCount() > 0);
    QVERIFY(pane->matchLabel()->text().startsWith(u"1 of "_qs));
}

QTEST_MAIN(TestBuildsTab)
#include "tst_buildstab.moc"
