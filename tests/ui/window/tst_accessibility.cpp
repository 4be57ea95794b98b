#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "builds/rundialog.h"
#include "connection/connection.h"
#include "connection/projectdirectory.h"
#include "favorites/favoritespanel.h"
#include "history/historyview.h"
#include "job/healthgauge.h"
#include "job/jobformview.h"
#include "job/statusbadge.h"
#include "profiles/preferencesdialog.h"
#include "profiles/profiledialog.h"
#include "profiles/profileswitcher.h"
#include "sandbox/demobuilds.h"
#include "search/jobsearchpanel.h"
#include "window/sidebar.h"
#include "ui/windowfixture.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

// The window as a screen reader and a keyboard-only user meet it: walked through Qt's
// accessibility API (what the AT-SPI bridge reads on Linux, no bus needed), and driven with keys.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlOfTheWindowIsNamed();
    void dialogsAreNamed();
    void overviewValuesAreRead();
    void buildsTabDrawnPartsAreRead();
    void favoriteRowsSayTheirState();
    void searchResultsSayTheirStateAndStar();
    void tabLeavesEveryTableAndList();
    void ctrlTabMovesInsideATable();
    void enterPressesTheFocusedButton();
    void shiftF10OpensTheFavoritesContextMenu();
    void menuKeyOpensTheContextMenuAtTheCurrentRow();
    void ctrlDStarsTheSelectedResult();
    void ctrlShiftHShowsTheToken();

private:
    template <typename T>
    T *child(const char *name) const { return WindowFixture::child<T>(m_window.get(), name); }
    void starShownJob();
    void showTab(int index);
    JobSearchPanel *openSearchWithResults();
    static QStringList problemsIn(QWidget *root);

    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// A name read aloud must be words: "★" or "››" is read as "black star", "right-pointing...".
bool isWords(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    return u"%1 \"%2\" (%3)"_qs.arg(object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_qs,
                                     object ? object->objectName() : QString(), iface->text(QAccessible::Name));
}

// The texts of the labels linked to `iface` (QLabel::setBuddy), as the AT-SPI bridge gives them.
QStringList labelTexts(QAccessibleInterface *iface)
{
    QStringList texts;
    for (const auto &relation : iface->relations(QAccessible::Label))
        texts << relation.first->text(QAccessible::Name);
    return texts;
}

// Everything a screen reader can read under `iface`: names, descriptions and values, one
// entry per object.
void readAll(QAccessibleInterface *iface, QStringList &read)
{
    if (!iface || iface->state().invisible)
        return;
    read << iface->text(QAccessible::Name) + u" | "_qs + iface->text(QAccessible::Description) + u" | "_qs
            + iface->text(QAccessible::Value);
    for (int i = 0; i < iface->childCount(); ++i)
        readAll(iface->child(i), read);
}

QAccessibleInterface *findNamed(QAccessibleInterface *iface, const QString &objectName)
{
    if (!iface)
        return nullptr;
    if (iface->object() && iface->object()->objectName() == objectName)
        return iface;
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *found = findNamed(iface->child(i), objectName))
            return found;
    }
    return nullptr;
}

// Item views' children are their cells: checked through their own tests, not walked.
void walk(QAccessibleInterface *iface, QStringList &problems)
{
    if (!iface || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name);
    const QString description = iface->text(QAccessible::Description);
    for (const char *html : {"<p", "<br", "style="}) {
        if (description.contains(QLatin1String(html), Qt::CaseInsensitive))
            problems << u"HTML in the description of %1: %2"_qs.arg(describe(iface), description);
    }
    if (isInteractive(role)) {
        if (role == QAccessible::ComboBox) {
            // On Linux Qt names a combo box by its value; a linked label gives it its name.
            const QString value = iface->text(QAccessible::Value);
            const QStringList labels = labelTexts(iface);
            const bool named = std::any_of(labels.cbegin(), labels.cend(), [&](const QString &label) {
                return isWords(label) && label != value;
            });
            if (!named)
                problems << u"combo box without a label of its own: %1 (labels %2)"_qs.arg(describe(iface),
                                                                                          labels.join(u", "));
            const auto *combo = qobject_cast<QComboBox *>(iface->object());
            if (combo && (combo->accessibleName().isEmpty() || combo->accessibleName() == value))
                problems << u"combo box named by its value: %1"_qs.arg(describe(iface));
        } else if (name.trimmed().isEmpty()) {
            problems << u"no name: %1"_qs.arg(describe(iface));
        } else if (!isWords(name)) {
            problems << u"named by a symbol: %1"_qs.arg(describe(iface));
        }
    }
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems);
}

} // namespace

QStringList TestAccessibility::problemsIn(QWidget *root)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(root), problems);
    return problems;
}

void TestAccessibility::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_accessibility"));
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::Activated | WindowFixture::HistoryReady));
    WindowFixture::clearHistory(*m_window->history());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

// The demo job on screen becomes a favorite: the sidebar gets a row.
void TestAccessibility::starShownJob()
{
    QVERIFY(m_window->currentJob());
    QVERIFY(m_window->history()->favoritesModel()->add(m_window->currentJob()->id));
    QCOMPARE(m_window->history()->favoritesModel()->rowCount(), 1);
}

void TestAccessibility::showTab(int index)
{
    m_window->jobTabs()->setCurrentIndex(index);
    QTest::qWait(0);
}

JobSearchPanel *TestAccessibility::openSearchWithResults()
{
    m_window->sidebar()->openSearch();
    JobSearchPanel *search = m_window->sidebar()->jobSearch();
    if (!search)
        return nullptr;
    if (!QTest::qWaitFor([search] { return search->results()->rowCount() > 0 && !search->isSearching(); }))
        return nullptr;
    return search;
}

void TestAccessibility::everyControlOfTheWindowIsNamed()
{
    starShownJob();
    QStringList problems = problemsIn(m_window.get());
    m_window->showBuilds();
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChild<QTableView *>(u"buildsTable"_qs) != nullptr; }));
    QTRY_VERIFY(child<QTableView>("buildsTable")->isVisible());
    problems << problemsIn(m_window.get());
    showTab(m_window->jobTabs()->indexOf(m_window->history()->historyView()));
    problems << problemsIn(m_window.get());
    QVERIFY(openSearchWithResults());
    problems << problemsIn(m_window.get());
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::dialogsAreNamed()
{
    ProfileDialog *profiles = m_window->profiles()->manageProfiles();
    QVERIFY(QTest::qWaitForWindowExposed(profiles));
    QStringList problems = problemsIn(profiles);
    profiles->close();

    m_window->findChild<QAction *>(u"actionPreferences"_qs)->trigger();
    auto *preferences = m_window->findChild<PreferencesDialog *>();
    QVERIFY(preferences);
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    problems << problemsIn(preferences);
    preferences->close();

    RunDialog run(nullptr, m_window->currentJob()->id, m_window.get());
    run.show();
    QVERIFY(QTest::qWaitForWindowExposed(&run));
    problems << problemsIn(&run);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// What the Overview shows reaches a screen reader: each value, the health gauge's value and the
// last build's state, and for a failed build why it failed.
void TestAccessibility::overviewValuesAreRead()
{
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    m_window->openJob(QLatin1String(DemoBuilds::failingJob));
    QVERIFY(fetched.wait(10'000));
    const JobInfo job = *m_window->currentJob();
    auto *form = m_window->findChild<JobFormView *>();
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->lastFailureValue()->isVisible(), 20'000);
    QStringList read;
    readAll(QAccessible::queryAccessibleInterface(form), read);
    const QString all = read.join(u'\n');
    for (const QString &value : {job.jobName, job.id, job.buildProjectId, form->lastFailureValue()->text()})
        QVERIFY2(all.contains(value), qPrintable(value + u" is not read in:\n"_qs + all));

    QAccessibleInterface *gauge = QAccessible::queryAccessibleInterface(child<HealthGauge>("healthGauge"));
    QVERIFY(gauge && gauge->valueInterface());
    QCOMPARE(gauge->valueInterface()->currentValue().toInt(), *job.healthScore);
    QCOMPARE(gauge->valueInterface()->maximumValue().toInt(), 100);
    QVERIFY2(gauge->text(QAccessible::Name).contains(QString::number(*job.healthScore)),
             qPrintable(gauge->text(QAccessible::Name)));
    const QString badge = QAccessible::queryAccessibleInterface(child<StatusBadge>("lastBuildBadge"))->text(QAccessible::Name);
    QVERIFY2(badge.contains(u"Failed"_qs), qPrintable(badge));
}

// The Builds tab's drawn parts: one item per step of the selected build, with its state, and a
// summary of the chart.
void TestAccessibility::buildsTabDrawnPartsAreRead()
{
    m_window->showBuilds();
    auto *page = qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget());
    QVERIFY(page);
    BuildsPanel *panel = page->panel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 20'000);
    panel->selectBuild(0);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->timeline()->steps().isEmpty(), 20'000);
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(panel->timeline());
    QVERIFY(timeline);
    QCOMPARE(timeline->childCount(), panel->timeline()->steps().size());
    for (int i = 0; i < timeline->childCount(); ++i) {
        const QString name = timeline->child(i)->text(QAccessible::Name);
        QVERIFY2(name.startsWith(panel->timeline()->steps().at(i).name), qPrintable(name));
        QVERIFY2(name.contains(u':'), qPrintable(name));   // and its state
    }
    QAccessibleInterface *chart = findNamed(QAccessible::queryAccessibleInterface(page), u"buildsChart"_qs);
    QVERIFY(chart);
    const QString summary = chart->text(QAccessible::Description) + chart->text(QAccessible::Name);
    QVERIFY2(summary.contains(u"builds"_qs), qPrintable(summary));
}

void TestAccessibility::favoriteRowsSayTheirState()
{
    starShownJob();
    QTreeView *view = m_window->history()->favoritesPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(list->text(QAccessible::Name), FavoritesPanel::tr("Favorite jobs"));
    QVERIFY(list->tableInterface());
    QVERIFY(view->visualRect(view->model()->index(0, 0)).isValid());   // the rows laid out
    QAccessibleInterface *row = list->tableInterface()->cellAt(0, 0);
    QVERIFY(row);
    const QModelIndex index = view->model()->index(0, 0);
    const QString spoken = row->text(QAccessible::Name);
    QVERIFY2(spoken.startsWith(index.data().toString()), qPrintable(spoken));
    QVERIFY2(spoken.contains(index.data(FavoritesModel::BadgeTextRole).toString()), qPrintable(spoken));
    if (const QVariant health = index.data(FavoritesModel::HealthRole); health.isValid())
        QVERIFY2(spoken.contains(u"health %1"_qs.arg(health.toInt())), qPrintable(spoken));
    QVERIFY2(spoken.endsWith(u"starred"_qs), qPrintable(spoken));
    const QString description = row->text(QAccessible::Description);
    QVERIFY2(description.contains(m_window->currentJob()->id), qPrintable(description));
    QVERIFY(!description.contains(u'<'));
    QVERIFY2(!spoken.contains(u"project"_qs), qPrintable(spoken));   // not known yet

    // Once the window has heard of the job's CodeArts project (Find Jobs, the Builds tab), the
    // row says it too.
    ProjectDirectory *projects = m_window->connection()->projects();
    projects->addJob(m_window->currentJob()->id, u"0123456789abcdef0123456789abcdef"_qs);
    projects->addProject(u"0123456789abcdef0123456789abcdef"_qs, u"Payments"_qs);
    const QString withProject = list->tableInterface()->cellAt(0, 0)->text(QAccessible::Name);
    QVERIFY2(withProject.contains(u", project Payments, "_qs), qPrintable(withProject));
}

void TestAccessibility::searchResultsSayTheirStateAndStar()
{
    starShownJob();
    JobSearchPanel *search = openSearchWithResults();
    QVERIFY(search);
    QListView *view = search->resultsView();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(list->text(QAccessible::Name), JobSearchPanel::tr("Search results"));
    const QString starredId = m_window->currentJob()->id;
    int starredRows = 0;
    for (int row = 0; row < search->results()->rowCount(); ++row) {
        const JobSummary &job = search->results()->job(row);
        QAccessibleInterface *cell = list->tableInterface()->cellAt(row, 0);
        QVERIFY(cell);
        const QString spoken = cell->text(QAccessible::Name);
        QVERIFY2(spoken.contains(BuildStates::label(job.state)), qPrintable(spoken));
        QVERIFY2(spoken.contains(job.healthScore ? u"health %1"_qs.arg(*job.healthScore) : u"no health score"_qs),
                 qPrintable(spoken));
        const bool starred = job.id == starredId;
        starredRows += starred;
        QVERIFY2(spoken.endsWith(starred ? u", starred"_qs : u", not starred"_qs), qPrintable(spoken));
        if (!job.projectName.isEmpty())
            QVERIFY2(spoken.contains(job.projectName), qPrintable(spoken));
        QVERIFY(cell->text(QAccessible::Description).contains(job.id));
    }
    QCOMPARE(starredRows, 1);
}

// Every view on screen, in each of the window's tabs and sidebars: Tab and Shift+Tab leave it.
void TestAccessibility::tabLeavesEveryTableAndList()
{
    starShownJob();
    m_window->showBuilds();
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChild<QTableView *>(u"buildsTable"_qs) != nullptr; }));
    QStringList checked;
    const auto checkVisibleViews = [&] {
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->isEnabled() || view->focusPolicy() == Qt::NoFocus
                || qobject_cast<QComboBox *>(view->parentWidget()))
                continue;
            for (const bool forward : {true, false}) {
                view->setFocus(Qt::OtherFocusReason);
                QTRY_VERIFY(view->hasFocus());
                if (view->model() && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, 0));
                QTest::keyClick(view, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                                forward ? Qt::NoModifier : Qt::ShiftModifier);
                QWidget *focus = QApplication::focusWidget();
                QVERIFY2(focus && focus != view && !view->isAncestorOf(focus),
                         qPrintable(view->objectName() + (forward ? u" kept Tab"_qs : u" kept Shift+Tab"_qs)));
            }
            checked << view->objectName();
        }
    };
    QTRY_VERIFY(child<QTableView>("buildsTable")->isVisible());
    checkVisibleViews();
    showTab(m_window->jobTabs()->indexOf(m_window->history()->historyView()));
    checkVisibleViews();
    QVERIFY(openSearchWithResults());
    checkVisibleViews();
    for (const char *name : {"buildsTable", "historyTable", "favoritesView"})
        QVERIFY2(checked.contains(QLatin1String(name)), name);
    QVERIFY(checked.contains(u"searchResults"_qs));
}

// The build after the selected one is a Ctrl+Tab away, cell by cell; Tab itself leaves.
void TestAccessibility::ctrlTabMovesInsideATable()
{
    m_window->showBuilds();
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChild<QTableView *>(u"buildsTable"_qs) != nullptr; }));
    auto *table = child<QTableView>("buildsTable");
    QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(table->currentIndex(), table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->currentIndex(), table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(table->hasFocus());
}

// Space pressed a focused button and Enter did nothing outside dialogs; now both press it.
void TestAccessibility::enterPressesTheFocusedButton()
{
    m_window->showBuilds();
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChild<QToolBar *>(u"buildsToolBar"_qs) != nullptr; }));
    auto *toolBar = child<QToolBar>("buildsToolBar");
    QTRY_VERIFY(toolBar->isVisible());
    QAction *chart = nullptr;
    for (QAction *action : toolBar->actions()) {
        if (action->isCheckable() && action->text() == QCoreApplication::translate("BuildsPanel", "Chart"))
            chart = action;
    }
    QVERIFY(chart);
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(chart));
    QVERIFY(button);
    const bool before = chart->isChecked();
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(chart->isChecked(), !before);
    QTest::keyClick(button, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(chart->isChecked(), before);
    QVERIFY(button->hasFocus());
}

namespace {

// Presses `key` on `widget` and returns the actions of the menu it opened (closed again), or
// nothing when none opened.
QStringList menuOpenedBy(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QStringList actions;
    QTimer::singleShot(0, widget, [&actions] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                actions << action->text();
            menu->close();
        }
    });
    QTest::keyClick(widget, key, modifiers);
    QTest::qWait(0);
    return actions;
}

} // namespace

void TestAccessibility::shiftF10OpensTheFavoritesContextMenu()
{
    starShownJob();
    QTreeView *view = m_window->history()->favoritesPanel()->view();
    QTRY_VERIFY(view->isVisible());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QStringList actions = menuOpenedBy(view, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY2(actions.contains(FavoritesPanel::tr("Remove")), qPrintable(actions.join(u", ")));
}

// The Builds table's menu (its own, made on request) is about the row under it: the current one.
void TestAccessibility::menuKeyOpensTheContextMenuAtTheCurrentRow()
{
    m_window->showBuilds();
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChild<QTableView *>(u"buildsTable"_qs) != nullptr; }));
    auto *table = child<QTableView>("buildsTable");
    QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
    QPoint requestedAt(-1, -1);
    connect(table, &QWidget::customContextMenuRequested, this, [&requestedAt](QPoint at) { requestedAt = at; });
    table->setFocus();
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    const QStringList actions = menuOpenedBy(table, Qt::Key_Menu, Qt::NoModifier);
    QCOMPARE(table->indexAt(requestedAt).row(), table->model()->rowCount() - 1);
    QVERIFY2(!actions.isEmpty(), "no menu");
}

void TestAccessibility::ctrlDStarsTheSelectedResult()
{
    JobSearchPanel *search = openSearchWithResults();
    QVERIFY(search);
    FavoritesModel *favorites = m_window->history()->favoritesModel();
    QListView *view = search->resultsView();
    view->setFocus();
    view->setCurrentIndex(search->results()->index(1));
    const QString jobId = search->results()->job(1).id;
    QVERIFY(!favorites->contains(jobId));
    auto *star = search->findChild<QToolButton *>();
    QVERIFY(star);
    QCOMPARE(star->accessibleName(), JobSearchPanel::tr("Add to Favorites"));
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(favorites->contains(jobId));
    QCOMPARE(star->accessibleName(), JobSearchPanel::tr("Remove from Favorites"));
    QVERIFY(view->hasFocus());
    // The context menu offers the same.
    const QStringList actions = menuOpenedBy(view, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY2(actions.contains(JobSearchPanel::tr("Remove from Favorites")), qPrintable(actions.join(u", ")));
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!favorites->contains(jobId));
}

void TestAccessibility::ctrlShiftHShowsTheToken()
{
    ProfileDialog *profiles = m_window->profiles()->manageProfiles();
    QVERIFY(QTest::qWaitForWindowExposed(profiles));
    auto *token = profiles->findChild<QLineEdit *>(u"profileTokenEdit"_qs);
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!token->accessibleDescription().isEmpty());
    profiles->activateWindow();
    token->setFocus();
    QTRY_VERIFY(token->hasFocus());
    QTest::keyClick(token, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::keyClick(token, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    profiles->close();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
