#include "api/buildrecords.h"
#include "api/jobinfo.h"
#include "builds/buildspanel.h"
#include "connection/projectdirectory.h"
#include "history/historyintegration.h"
#include "history/historystore.h"
#include "job/errorbanner.h"
#include "job/healthgauge.h"
#include "job/jobformview.h"
#include "job/permissionmark.h"
#include "job/statusbadge.h"
#include "sandbox/demosandbox.h"
#include "search/jobsearchpanel.h"
#include "window/mainwindow.h"
#include "window/sidebar.h"
#include "ui/windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <memory>

// The job on screen in the real window against the demo sandbox: what the form says of the
// job's CodeArts project, permissions in one language on the Overview and the Builds tab, the
// Status group at the smallest size, the last build's time as the service sent it, and the
// service's words (triggers) in the UI language.
class TestJobPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void codeArtsProjectFromTheSearch();
    void codeArtsProjectFromTheBuildsTab();
    void absentPermissionSaysTheSameEverywhere();
    void statusShowsAtTheMinimumSize_data();
    void statusShowsAtTheMinimumSize();
    void lastBuildIsWhenTheServiceSaid();
    void triggerWordsInTheUiLanguage_data();
    void triggerWordsInTheUiLanguage();
    void overviewValuesAreRead();
    void noMarkupInAccessibleText();
    void failedFetchIsWhereTheFocusGoes();

private:
    // Opens the window anew (in the language installed now, with the demo moving or not).
    void openWindow(bool movingDemo = false);
    bool fetch(const QString &jobId);
    QLabel *value(const char *name) const { return WindowFixture::child<QLabel>(m_window.get(), name); }
    // The Builds tab for the job shown, with its records.
    BuildsPanel *openBuilds();

    std::unique_ptr<MainWindow> m_window;
};

void TestJobPage::initTestCase()
{
    WindowFixture::useTestSettings(u"tst_jobpage"_qs);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJobPage::init()
{
    openWindow();
}

void TestJobPage::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

void TestJobPage::openWindow(bool movingDemo)
{
    m_window.reset();
    MainWindowOptions options = WindowFixture::demoOptions();
    options.connection.movingDemo = movingDemo;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1060, 720);
    QVERIFY(WindowFixture::showAndSettle(*m_window));
}

bool TestJobPage::fetch(const QString &jobId)
{
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(jobId);
    return (!finished.isEmpty() || finished.wait(10'000)) && finished.first().first().toBool();
}

BuildsPanel *TestJobPage::openBuilds()
{
    m_window->showBuilds();
    auto *panel = m_window->findChild<BuildsPanel *>();
    if (!panel)
        return nullptr;
    if (panel->records().isEmpty()) {
        QSignalSpy loaded(panel, &BuildsPanel::recordsLoaded);
        if (!loaded.wait(10'000))
            return nullptr;
    }
    return panel;
}

// ShowJobInfo does not name the CodeArts project; the job search's row for the job does, with
// the project's name, and the form shows it from then on.
void TestJobPage::codeArtsProjectFromTheSearch()
{
    const QString jobId = m_window->currentJob()->id;
    QCOMPARE(value("codeArtsProjectValue")->text(), u"—"_qs);
    QVERIFY(value("codeArtsProjectValue")->toolTip().contains(u"Find Jobs"));

    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    JobSearchPanel *search = m_window->sidebar()->jobSearch();
    QVERIFY(search);
    QSignalSpy finished(search, &JobSearchPanel::searchFinished);
    search->searchFor(m_window->currentJob()->jobName);
    QVERIFY(finished.wait(5000) || finished.wait(5000));
    QTRY_VERIFY(!search->isSearching() && !search->showsCachedResults());
    const JobSummary *row = nullptr;
    for (int i = 0; i < search->results()->rowCount(); ++i) {
        if (search->results()->job(i).id == jobId)
            row = &search->results()->job(i);
    }
    QVERIFY(row);
    QVERIFY(!row->projectName.isEmpty());
    QCOMPARE(value("codeArtsProjectValue")->text(), row->projectName);
    QVERIFY(value("codeArtsProjectValue")->toolTip().contains(row->codeArtsProjectId));
    // Never the build project: that has a row of its own.
    QVERIFY(value("buildProjectValue")->text() != row->codeArtsProjectId);
    QCOMPARE(value("buildProjectValue")->text(), m_window->currentJob()->buildProjectId);
}

// A build opened on the Builds tab names the job's CodeArts project (record-info): the form's
// row knows its ID from then on, and the name once the project list has come.
void TestJobPage::codeArtsProjectFromTheBuildsTab()
{
    const QString jobId = m_window->currentJob()->id;
    ProjectDirectory *projects = m_window->connection()->projects();
    QCOMPARE(projects->projectOf(jobId), QString());
    BuildsPanel *panel = openBuilds();
    QVERIFY(panel);
    QSignalSpy read(panel, &BuildsPanel::codeArtsProjectRead);
    panel->selectBuild(0);
    QVERIFY(read.wait(10'000));
    const QString projectId = projects->projectOf(jobId);
    QVERIFY(ProjectDirectory::isProjectId(projectId));
    QCOMPARE(value("codeArtsProjectValue")->text(), u"—"_qs);
    QVERIFY2(value("codeArtsProjectValue")->toolTip().contains(projectId), qPrintable(value("codeArtsProjectValue")->toolTip()));

    // The search panel's project list names it.
    m_window->sidebar()->openSearch();
    QTRY_VERIFY_WITH_TIMEOUT(!projects->nameOf(projectId).isEmpty(), 10'000);
    QCOMPARE(value("codeArtsProjectValue")->text(), projects->nameOf(projectId));
}

// A flag the service left out reads the same on the Overview, in the Permissions dialog and on
// the Run button: "Not given by the service"; and nowhere the API's names.
void TestJobPage::absentPermissionSaysTheSameEverywhere()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->history()->isReady(), 10'000);
    JobInfo job = *m_window->currentJob();
    job.isExecute.reset();
    job.isManager = false;
    HistoryEntry entry = HistoryEntry::fromJob(u"demo"_qs, job, 200, 10);
    const qint64 id = m_window->history()->store()->record(entry);
    QVERIFY(id > 0);
    QVERIFY(m_window->history()->showEntry(id, entry.timeMs));
    QTRY_COMPARE(m_window->currentJob()->isExecute, std::optional<bool>());

    const QString absent = Permissions::stateText(std::nullopt);
    QCOMPARE(absent, u"Not given by the service"_qs);
    auto *runMark = WindowFixture::child<PermissionMark>(m_window.get(), "permission_is_execute");
    QCOMPARE(runMark->text(), absent);
    QCOMPARE(runMark->accessibleName(), u"Run"_qs);

    const QStringList lines = BuildsPanel::permissionExplanations(*m_window->currentJob());
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(1).startsWith(u"Run (Not given by the service)"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(6).startsWith(u"Manage (Denied)"), qPrintable(lines.at(6)));
    QVERIFY2(lines.at(0).startsWith(u"View (Allowed)"), qPrintable(lines.at(0)));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(u"is_"), qPrintable(line));

    m_window->showBuilds();
    auto *panel = m_window->findChild<BuildsPanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->runButton()->isEnabled());
    QVERIFY2(panel->runButton()->toolTip().contains(u"Run permission: " + absent), qPrintable(panel->runButton()->toolTip()));
    QVERIFY(!panel->runButton()->toolTip().contains(u"is_"));
}

void TestJobPage::statusShowsAtTheMinimumSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("zh_CN") << u"zh_CN"_qs;
}

// At the smallest size, in either language, the Status group is on screen without scrolling
// for every demo job that has a form.
void TestJobPage::statusShowsAtTheMinimumSize()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/codearts-inspector_"_qs + language));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    openWindow();
    m_window->resize(MainWindow::minimumReadableSize());
    QTRY_COMPARE(m_window->size(), MainWindow::minimumReadableSize());
    auto *scroll = WindowFixture::child<QScrollArea>(m_window.get(), "scrollArea");
    auto *status = WindowFixture::child<QGroupBox>(m_window.get(), "statusGroup");
    int checked = 0;
    for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
        if (job.delayMs != 0 || job.result.isEmpty() || !fetch(job.id))
            continue;
        ++checked;
        QTest::qWait(20);
        const QString where = language + u' ' + job.id;
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        const QRect shown(status->mapTo(scroll->viewport(), QPoint()), status->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown), qPrintable(where));
    }
    QVERIFY(checked >= 4);
}

// The form says when the last build was as the service sent it (the demo's last build is the
// newest build its records hold, which started minutes or hours ago, not "just now").
void TestJobPage::lastBuildIsWhenTheServiceSaid()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetch(demo.id));
    const std::optional<qint64> sent = m_window->currentJob()->lastBuildTimeMs;
    QVERIFY(sent);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now - *sent > 0);
    QCOMPARE(value("lastBuildAgoValue")->text(), JobFormView::relativeTime(*sent, now));
    QCOMPARE(value("lastBuildTimeValue")->text(), JobFormView::formatDateTime(*sent, QLocale()));
}

void TestJobPage::triggerWordsInTheUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("zh_CN") << u"zh_CN"_qs;
}

// What started each build is said in the UI language, whatever words the service used.
void TestJobPage::triggerWordsInTheUiLanguage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/codearts-inspector_"_qs + language));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    openWindow();
    BuildsPanel *panel = openBuilds();
    QVERIFY(panel);
    int triggerColumn = -1;
    for (int column = 0; column < panel->model()->columnCount(); ++column) {
        if (panel->model()->headerData(column, Qt::Horizontal).toString() == BuildsPanel::tr("Trigger"))
            triggerColumn = column;
    }
    QVERIFY(triggerColumn >= 0);
    const QStringList words = {BuildParse::triggerText(u"MANUAL"_qs), BuildParse::triggerText(u"SCHEDULED"_qs),
                               BuildParse::triggerText(u"CODE_CHANGE"_qs), BuildParse::triggerText(u"PIPELINE"_qs)};
    static const QRegularExpression han(u"\\p{Han}"_qs);
    QVERIFY(panel->model()->rowCount() > 0);
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QString shown = panel->model()->item(row, triggerColumn)->text();
        QVERIFY2(words.contains(shown), qPrintable(shown));
        QCOMPARE(han.match(shown).hasMatch(), language == u"zh_CN");
    }
}

// What a screen reader says of each value on the Overview: the field, and the value shown (or
// why a dash is shown); a value the Tab key stops at says its value in its name, as that is
// what is read on Tab.
void TestJobPage::overviewValuesAreRead()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetch(demo.id));
    auto *form = WindowFixture::child<QWidget>(m_window.get(), "formPage");
    int values = 0;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (!label->objectName().endsWith(u"Value"))
            continue;
        ++values;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        const QString description = iface->text(QAccessible::Description);
        const QString shown = label->text();
        QVERIFY2(!name.isEmpty() && name != shown, qPrintable(label->objectName()));
        const QString spoken = shown == u"—" ? u"Not provided by the service"_qs : shown;
        const QString read = label->focusPolicy() & Qt::TabFocus ? name : description;
        QVERIFY2(read.contains(spoken) || (label == value("codeArtsProjectValue") && read.contains(u"Find Jobs")),
                 qPrintable(label->objectName() + u": " + name + u" / " + description));
    }
    QVERIFY(values >= 15);
    QCOMPARE(QAccessible::queryAccessibleInterface(value("jobNameValue"))->text(QAccessible::Name),
             u"Job name: " + m_window->currentJob()->jobName);

    // The drawn values say theirs in their names.
    const JobInfo job = *m_window->currentJob();
    auto *gauge = WindowFixture::child<HealthGauge>(m_window.get(), "healthGauge");
    QAccessibleInterface *gaugeInterface = QAccessible::queryAccessibleInterface(gauge);
    QVERIFY(job.healthScore);
    QVERIFY(gaugeInterface->text(QAccessible::Name).contains(QString::number(*job.healthScore)));
    QCOMPARE(gaugeInterface->valueInterface()->currentValue().toInt(), *job.healthScore);
    auto *badge = WindowFixture::child<StatusBadge>(m_window.get(), "lastBuildBadge");
    QVERIFY(QAccessible::queryAccessibleInterface(badge)->text(QAccessible::Name).endsWith(badge->text()));
    for (PermissionMark *mark : form->findChildren<PermissionMark *>())
        QVERIFY(QAccessible::queryAccessibleInterface(mark)->text(QAccessible::Name).endsWith(mark->text()));

    // Values that cannot be selected are no Tab stops.
    for (const char *plain : {"createdValue", "buildTimeValue", "healthBandValue", "runningStatusValue"})
        QVERIFY2(value(plain)->focusPolicy() == Qt::NoFocus, plain);
}

// Qt takes a widget's tooltip as its description when it has none, and the app's tooltips of
// the service's text are rich text: no description anywhere in the window may be markup.
void TestJobPage::noMarkupInAccessibleText()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    QVERIFY(fetch(demo.id));
    QVERIFY(openBuilds());
    QTest::qWait(50);   // the elided labels take their width
    int described = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface)
            continue;
        const QString description = iface->text(QAccessible::Description);
        described += description.isEmpty() ? 0 : 1;
        QVERIFY2(!description.contains(u'<') && !Qt::mightBeRichText(description),
                 qPrintable(widget->objectName() + u": " + description));
    }
    QVERIFY(described > 20);
}

// A failed fetch is announced (the banner is an alert) and the focus goes to what went wrong;
// an ID refused before sending leaves it in the field to correct (tst_mainwindow).
void TestJobPage::failedFetchIsWhereTheFocusGoes()
{
    auto *edit = WindowFixture::child<QLineEdit>(m_window.get(), "jobIdEdit");
    edit->setFocus();
    QVERIFY(!fetch(QString::fromLatin1(DemoJobs::TroubleJobs::serverError)));
    auto *banner = WindowFixture::child<ErrorBanner>(m_window.get(), "errorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(QAccessible::queryAccessibleInterface(banner)->role(), QAccessible::AlertMessage);
    QCOMPARE(QApplication::focusWidget(), WindowFixture::child<QLabel>(m_window.get(), "errorMessageLabel"));
    QCOMPARE(QAccessible::queryAccessibleInterface(QApplication::focusWidget())->text(QAccessible::Name),
             banner->message());
}

QTEST_MAIN(TestJobPage)
#include "tst_jobpage.moc"
