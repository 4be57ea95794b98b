#include "api/jobinfo.h"
#include "job/errorbanner.h"
#include "favorites/favoritespanel.h"
#include "history/favoritesmodel.h"
#include "history/historymodel.h"
#include "history/historyintegration.h"
#include "history/historyview.h"
#include "window/jobbuildstab.h"
#include "window/mainwindow.h"
#include "window/sidebar.h"
#include "platform/appsettings.h"
#include "sandbox/demosandbox.h"
#include "api/networkproxy.h"
#include "hostileserver.h"
#include "job/jobformview.h"
#include "search/jobsearchpanel.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QGroupBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

// The window's frame and the consistency between the job shown and the job asked for, driven
// as a user does against the demo sandbox in-process.
class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarAndTabsHoldTheJob();
    void sidebarLeadsBackToTheFavoritesWithKeys();
    void buildsTabCanBeReplaced();
    void urlFormsAreFetched_data();
    void urlFormsAreFetched();
    void oldJobIsMarkedStaleWhileFetching();
    void cancelSaysWhichJobIsShownAndF5FetchesIt();
    void fetchIsDisabledWhileFetching();
    void bannerGoesWhenTheFieldIsCleared();
    void redirectToAnotherJobIsAnError();
    void longMessagesDoNotWidenTheWindow();
    void formIsReadableAtTheMinimumSize_data();
    void formIsReadableAtTheMinimumSize();
    void columnsStandSideBySideAtTheUsualSize();
    void tabOrderFollowsTheScreen();
    void favoritesClickSelectsAndDoesNotFetch();
    void failedJobCanBeStarred();
    void clearingDefaultsToTheSafeButton();
    void oneFetchTrendSaysWhatToDo();
    void disabledJobIsFlaggedInTheStatusBox();
    void regionMismatchIsPointedOut();
    void outcomeWordsInBothLanguages_data();
    void outcomeWordsInBothLanguages();

private:
    bool fetch(const QString &text);
    const DemoSandbox::DemoJob &slowJob() const;

    template <typename T>
    T *child(const char *name) const { return WindowFixture::child<T>(m_window.get(), name); }

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLayout::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_mainwindowlayout"));
}

void TestMainWindowLayout::init()
{
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window, WindowFixture::Activated | WindowFixture::HistoryReady));
    WindowFixture::clearHistory(*m_window->history());
    m_window->connection()->demoSandbox()->setSlowDelayMs(3000);
}

void TestMainWindowLayout::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

bool TestMainWindowLayout::fetch(const QString &text)
{
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return (!finished.isEmpty() || finished.wait(10'000)) && finished.first().first().toBool();
}

const DemoSandbox::DemoJob &TestMainWindowLayout::slowJob() const
{
    for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
        if (job.delayMs != 0)
            return job;
    }
    qFatal("no slow demo job");
}

void TestMainWindowLayout::sidebarAndTabsHoldTheJob()
{
    // No docks: the favorites are in the sidebar, the job and its history in tabs.
    QVERIFY(m_window->findChildren<QDockWidget *>().size() >= 2);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::NoDockWidgetArea);
    Sidebar *sidebar = m_window->sidebar();
    QVERIFY(sidebar->isVisible());
    QCOMPARE(sidebar->currentWidget(), m_window->history()->favoritesPanel());
    QTabWidget *tabs = m_window->jobTabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentWidget(), child<QWidget>("jobFormView"));
    // The form keeps most of the width at the default size.
    QVERIFY2(tabs->width() >= m_window->width() * 6 / 10, qPrintable(QString::number(tabs->width())));

    m_window->history()->historyAction()->trigger();
    QCOMPARE(tabs->currentWidget(), m_window->history()->historyView());
    QTRY_VERIFY(m_window->history()->historyView()->table()->isVisible());

    m_window->history()->sidebarAction()->trigger();
    QVERIFY(!sidebar->isVisible());

    // A search panel gets its page and comes back off.
    auto *search = new QLabel(QStringLiteral("search"));
    m_window->sidebar()->setSearchPanel(search);
    m_window->sidebar()->showSearchPanel(true);
    QVERIFY(sidebar->isVisible());
    QCOMPARE(sidebar->currentWidget(), search);
    m_window->sidebar()->showSearchPanel(false);
    QCOMPARE(sidebar->currentWidget(), m_window->history()->favoritesPanel());
}

// The sidebar says which view it holds, and the keys lead from the search back to the
// favorites and again: Esc in the search, Ctrl+K a second time, Ctrl+B.
void TestMainWindowLayout::sidebarLeadsBackToTheFavoritesWithKeys()
{
    Sidebar *sidebar = m_window->sidebar();
    QTabBar *tabs = sidebar->viewTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Favorites"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Find Jobs"));
    QVERIFY(tabs->tabToolTip(0).contains(QStringLiteral("Ctrl+B")));
    QVERIFY(tabs->tabToolTip(1).contains(QStringLiteral("Ctrl+K")));
    QWidget *favorites = m_window->history()->favoritesPanel();
    QWidget *favoritesList = m_window->history()->favoritesPanel()->view();
    const auto showsFavorites = [&] {
        return sidebar->isVisible() && sidebar->view() == Sidebar::View::Favorites
            && sidebar->currentWidget() == favorites && favorites->isVisible() && tabs->currentIndex() == 0
            && favoritesList->hasFocus();
    };
    const auto showsSearch = [&] {
        return sidebar->isVisible() && sidebar->view() == Sidebar::View::Search && sidebar->jobSearch()
            && sidebar->currentWidget() == sidebar->jobSearch() && tabs->currentIndex() == 1
            && sidebar->jobSearch()->searchField()->hasFocus();
    };
    const auto press = [](QKeyCombination key) {
        QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
    };

    // Search, then Esc in its field: the favorites, with the cursor in their list.
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(showsSearch());
    QTest::keyClicks(sidebar->jobSearch()->searchField(), QStringLiteral("data"));
    press(QKeyCombination(Qt::Key_Escape));
    QVERIFY(showsFavorites());
    QVERIFY(!m_window->isFetching());

    // Ctrl+K goes and comes back.
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(showsSearch());
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(showsFavorites());

    // From the search, Ctrl+B brings the favorites instead of hiding the sidebar; then it hides
    // and shows it as before.
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(showsSearch());
    press(Qt::CTRL | Qt::Key_B);
    QVERIFY(showsFavorites());
    press(Qt::CTRL | Qt::Key_B);
    QVERIFY(!sidebar->isVisible());
    press(Qt::CTRL | Qt::Key_B);
    QVERIFY(sidebar->isVisible() && sidebar->view() == Sidebar::View::Favorites);
    // Esc in the results leads back too.
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(showsSearch());
    QTRY_VERIFY(sidebar->jobSearch()->results()->rowCount() > 0);
    sidebar->jobSearch()->resultsView()->setFocus();
    press(QKeyCombination(Qt::Key_Escape));
    QVERIFY(showsFavorites());
}

void TestMainWindowLayout::buildsTabCanBeReplaced()
{
    QTabWidget *tabs = m_window->jobTabs();
    QVERIFY(child<QWidget>("buildsPlaceholder"));
    auto *builds = new QLabel(QStringLiteral("builds"));
    m_window->buildsTab()->setWidget(builds);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(1), builds);
    auto *again = new QLabel(QStringLiteral("builds 2"));
    m_window->buildsTab()->setWidget(again);
    QCOMPARE(tabs->widget(1), again);
    QCOMPARE(tabs->count(), 3);
}

void TestMainWindowLayout::urlFormsAreFetched_data()
{
    QTest::addColumn<QString>("pasted");
    const QString id = DemoSandbox::demoJobs().at(1).id;
    const QString project = QStringLiteral("85caf4057b7a4ad6b8f1f2a3c4d5e6f7");
    QTest::newRow("id in the fragment, /edit")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/#/job/"_qs + id + u"/edit"_qs;
    QTest::newRow("project then job, /history")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cicd/project/"_qs + project + u"/job/"_qs + id + u"/history"_qs;
    QTest::newRow("without scheme") << u"devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/"_qs + id;
}

void TestMainWindowLayout::urlFormsAreFetched()
{
    QFETCH(QString, pasted);
    const QString id = DemoSandbox::demoJobs().at(1).id;
    QVERIFY(fetch(pasted));
    QCOMPARE(child<QLineEdit>("jobIdEdit")->text(), id);
    QVERIFY(m_window->currentJob());
    QCOMPARE(m_window->currentJob()->id, id);
}

void TestMainWindowLayout::oldJobIsMarkedStaleWhileFetching()
{
    const QString before = m_window->currentJob()->id;
    auto *note = child<QLabel>("shownJobNote");
    QVERIFY(!note->isVisible());
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->setText(slowJob().id);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_window->isFetching());
    QVERIFY(m_window->isShownJobStale());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(before));
    QVERIFY(note->text().contains(slowJob().id));
    QVERIFY(!child<QWidget>("jobFormView")->isEnabled());   // greyed
    m_window->connection()->demoSandbox()->setSlowDelayMs(200);
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    QVERIFY(finished.wait(10'000));
    QVERIFY(!note->isVisible());
    QVERIFY(child<QWidget>("jobFormView")->isEnabled());
}

void TestMainWindowLayout::cancelSaysWhichJobIsShownAndF5FetchesIt()
{
    const QString before = m_window->currentJob()->id;
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->setText(slowJob().id);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_window->isFetching());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isFetching());
    auto *note = child<QLabel>("shownJobNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(before));
    QCOMPARE(m_window->currentJob()->id, before);
    QVERIFY(child<QWidget>("jobFormView")->isEnabled());

    // F5 fetches the job shown, not the cancelled one still in the field.
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(edit->text(), before);
    QVERIFY(!note->isVisible());
}

void TestMainWindowLayout::fetchIsDisabledWhileFetching()
{
    auto *button = child<QPushButton>("fetchButton");
    auto *action = child<QAction>("actionFetch");
    QVERIFY(button->isEnabled());
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->setText(slowJob().id);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_window->isFetching());
    QVERIFY(!button->isEnabled());
    QVERIFY(!action->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isFetching());
    QVERIFY(button->isEnabled());
    QVERIFY(action->isEnabled());
}

void TestMainWindowLayout::bannerGoesWhenTheFieldIsCleared()
{
    QVERIFY(!fetch(QString::fromLatin1(DemoSandbox::TroubleJobs::serverError)));
    auto *banner = child<ErrorBanner>("errorBanner");
    QVERIFY(banner->isVisible());
    child<QLineEdit>("jobIdEdit")->clear();
    QVERIFY(!banner->isVisible());

    QVERIFY(!fetch(QString::fromLatin1(DemoSandbox::TroubleJobs::serverError)));
    QVERIFY(banner->isVisible());
    QVERIFY(fetch(DemoSandbox::demoJobs().at(0).id));
    QVERIFY(!banner->isVisible());
}

void TestMainWindowLayout::redirectToAnotherJobIsAnError()
{
    const QString asked = QString::fromLatin1(DemoSandbox::TroubleJobs::sameOriginRedirect);
    QVERIFY(!fetch(asked));
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    QVERIFY(!m_window->currentJob());
    // The history records the failure under the ID asked for, with no other job's name.
    HistoryFilter filter;
    filter.jobId = asked;
    QTRY_COMPARE(m_window->history()->store()->count(filter), 1);
    const QList<HistoryJob> jobs = m_window->history()->store()->distinctJobs();
    for (const HistoryJob &job : jobs) {
        if (job.jobId == asked)
            QVERIFY2(job.jobName.isEmpty(), qPrintable(job.jobName));
    }
}

void TestMainWindowLayout::longMessagesDoNotWidenTheWindow()
{
    m_window->resize(MainWindow::minimumReadableSize());
    QTRY_COMPARE(m_window->size(), MainWindow::minimumReadableSize());
    const QSize before = m_window->size();
    // A long headline (the redirect error names the whole URL) and a long status message.
    const QString longId = QString(400, u'x');
    fetch(longId);
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    m_window->statusBar()->showMessage(QString(600, u'y'));
    QVERIFY(!fetch(QString::fromLatin1(DemoSandbox::TroubleJobs::foreignRedirect)));
    QTest::qWait(100);
    QCOMPARE(m_window->size(), before);
    QVERIFY(m_window->minimumSizeHint().width() <= before.width());
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(cancel->width() >= cancel->sizeHint().width());
}

void TestMainWindowLayout::formIsReadableAtTheMinimumSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("zh_CN") << u"zh_CN"_qs;
}

// At the minimum size, in either language, every demo job's form fits the width: no horizontal
// scroll bar, no group cut at the right, and the window keeps its size.
void TestMainWindowLayout::formIsReadableAtTheMinimumSize()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/codearts-inspector_"_qs + language));
    QCoreApplication::installTranslator(&translator);
    const QLocale locale;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(locale);
    });
    m_window.reset();
    init();   // the window anew, in that language
    if (QTest::currentTestFailed())
        return;
    int checked = 0;
    for (const QSize size : {QSize(900, 700), MainWindow::minimumReadableSize()}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        auto *scroll = child<QScrollArea>("scrollArea");
        for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
            if (job.delayMs != 0)
                continue;
            if (!fetch(job.id))
                continue;   // a demo job that answers with an error: no form to check
            ++checked;
            QTest::qWait(20);
            const QString where = language + u' ' + job.id + u" at "_qs + QString::number(size.width());
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(where));
            const int visibleRight = scroll->viewport()->width();
            for (QGroupBox *group : scroll->widget()->findChildren<QGroupBox *>()) {
                if (group->isVisible())
                    QVERIFY2(group->mapTo(scroll->viewport(), QPoint(group->width(), 0)).x() <= visibleRight,
                             qPrintable(where + u' ' + group->objectName()));
            }
            QCOMPARE(m_window->size(), size);
        }
    }
    QVERIFY(checked >= 8);
}

// Somewhat below the default size, with the sidebar open, every demo job's form keeps its two
// columns side by side: stacking is for narrow windows, not for the usual one.
void TestMainWindowLayout::columnsStandSideBySideAtTheUsualSize()
{
    const QSize size(1000, 700);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QVERIFY(child<QWidget>("sidebar")->isVisible());
    auto *form = child<JobFormView>("jobFormView");
    int checked = 0;
    for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
        if (job.delayMs != 0 || job.result.isEmpty())
            continue;   // the slow job, and those that answer with an error: no form
        QVERIFY2(fetch(job.id), qPrintable(job.id));
        ++checked;
        QTest::qWait(20);
        QVERIFY2(form->columnsSideBySide(), qPrintable(job.id));
    }
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
}

// Tab goes through what is on screen in reading order, and stops only where something visible
// takes the focus.
void TestMainWindowLayout::tabOrderFollowsTheScreen()
{
    QVERIFY(fetch(DemoSandbox::demoJobs().at(0).id));
    // From the Profile bar, the window's top left, round to it again.
    auto *start = child<QWidget>("profileCombo");
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);
    QList<QWidget *> chain;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus == start)
            break;
        chain << focus;
    }
    QCOMPARE(QApplication::focusWidget(), start);
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.first(), child<QWidget>("jobIdEdit"));
    QStringList names;
    for (QWidget *widget : chain)
        names << widget->objectName() + u'/' + QString::fromLatin1(widget->metaObject()->className());
    qInfo("Tab chain: %s", qPrintable(names.join(u", "_qs)));
    QWidget *form = child<QWidget>("jobFormView");
    // The values worth copying are reached; the scroll area around them is not a stop.
    QVERIFY(chain.contains(child<QWidget>("jobIdValue")));
    QVERIFY(!chain.contains(child<QWidget>("scrollArea")));
    QWidget *sidebar = m_window->sidebar();
    int lastFormY = -1;
    for (QWidget *widget : std::as_const(chain)) {
        const QString name = widget->objectName() + u'/' + QString::fromLatin1(widget->metaObject()->className());
        QVERIFY2(widget->isVisible() && !widget->visibleRegion().isEmpty(), qPrintable(name));
        // In the form, top to bottom.
        if (form->isAncestorOf(widget)) {
            const int y = widget->mapTo(form, QPoint()).y();
            QVERIFY2(y >= lastFormY, qPrintable(name));
            lastFormY = y;
        }
    }
    // The job's row at the top, then the sidebar on the left, then the tabs: each in one stretch.
    QList<int> regions;
    for (QWidget *widget : std::as_const(chain)) {
        const int region = sidebar->isAncestorOf(widget) ? 2 : m_window->jobTabs()->isAncestorOf(widget) ? 1 : 0;
        if (regions.isEmpty() || regions.last() != region)
            regions << region;
    }
    QVERIFY2(regions == QList<int>({0, 2, 1}), qPrintable(names.join(u", "_qs)));
}

void TestMainWindowLayout::favoritesClickSelectsAndDoesNotFetch()
{
    FavoritesModel *model = m_window->history()->favoritesModel();
    for (int i = 0; i < 3; ++i)
        model->add(DemoSandbox::demoJobs().at(i).id);
    QTreeView *view = m_window->history()->favoritesPanel()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QSignalSpy opened(m_window->history()->favoritesPanel(), &FavoritesPanel::openRequested);
    const QRect row = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened.size(), 0);
    QVERIFY(!m_window->isFetching());
    QCOMPARE(view->currentIndex().row(), 1);
    auto *moveUp = m_window->history()->favoritesPanel()->findChild<QAction *>(QStringLiteral("favoriteMoveUpAction"));
    QVERIFY(moveUp->isEnabled());
    moveUp->trigger();
    QCOMPARE(model->favorite(0).jobId, DemoSandbox::demoJobs().at(1).id);
    QCOMPARE(view->currentIndex().row(), 0);
    // A reload (after each fetch) keeps the selection on its job.
    model->reload();
    QCOMPARE(m_window->history()->favoritesPanel()->selectedJobId(), DemoSandbox::demoJobs().at(1).id);

    // Enter (or a double-click) opens.
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
}

void TestMainWindowLayout::failedJobCanBeStarred()
{
    const QString denied = QString::fromLatin1(DemoSandbox::TroubleJobs::serverError);
    QVERIFY(!fetch(denied));
    QVERIFY(!m_window->currentJob());
    QAction *star = m_window->history()->starAction();
    QVERIFY(star->isEnabled());
    star->trigger();
    QVERIFY(m_window->history()->favoritesModel()->contains(denied));
}

// Enter on "Delete all history entries?" keeps them: No is the default button.
void TestMainWindowLayout::clearingDefaultsToTheSafeButton()
{
    QVERIFY(fetch(DemoSandbox::demoJobs().at(0).id));
    HistoryStore *store = m_window->history()->store();
    QTRY_VERIFY(store->count() > 0);
    const int before = store->count();
    m_window->history()->historyAction()->trigger();
    HistoryView *view = m_window->history()->historyView();
    QTRY_VERIFY(view->isVisible());
    bool answered = false;
    QTimer::singleShot(200, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answered = box->defaultButton() == box->button(QMessageBox::No);
        QTest::keyClick(box, Qt::Key_Return);
    });
    view->clearAll();
    QVERIFY(answered);
    QTest::qWait(200);
    QCOMPARE(store->count(), before);
}

void TestMainWindowLayout::oneFetchTrendSaysWhatToDo()
{
    const QString jobId = DemoSandbox::demoJobs().at(1).id;
    QVERIFY(fetch(jobId));
    QDialog *trend = m_window->history()->showTrend(jobId);
    QVERIFY(trend);
    auto *note = trend->findChild<QLabel *>(QStringLiteral("trendEmptyLabel"));
    QVERIFY(note);
    QVERIFY(note->text().contains(u"F5"_qs));
    trend->close();
}

void TestMainWindowLayout::disabledJobIsFlaggedInTheStatusBox()
{
    QString disabled;
    for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
        if (job.result.value(u"disabled").toBool())
            disabled = job.id;
    }
    QVERIFY(!disabled.isEmpty());
    QVERIFY(fetch(disabled));
    auto *running = child<QLabel>("runningStatusValue");
    QVERIFY2(running->text().contains(u"disabled"_qs, Qt::CaseInsensitive), qPrintable(running->text()));
    QVERIFY(fetch(DemoSandbox::demoJobs().at(0).id));
    QVERIFY(!running->text().contains(u"disabled"_qs, Qt::CaseInsensitive));
}

// A job URL from one region pasted while the window fetches from another: the banner says so
// while the request runs. The request goes to a local proxy, never to the real service.
void TestMainWindowLayout::regionMismatchIsPointedOut()
{
    HostileServer proxy(HostileServer::canned("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    qputenv("https_proxy", proxy.url().toEncoded());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    SystemProxyFactory::install();
    const auto restore = qScopeGuard([] {
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
        qunsetenv("https_proxy");
    });
    // A token for this session, to the cn-north-4 endpoint.
    auto *profile = child<QComboBox>("profileCombo");
    const int session = profile->findData(u"session"_qs);
    QVERIFY(session >= 0);
    profile->setCurrentIndex(session);
    emit profile->activated(session);
    auto *endpoint = child<QComboBox>("endpointCombo");
    endpoint->setCurrentIndex(endpoint->findData(u"cn-north-4"_qs));
    emit endpoint->activated(endpoint->currentIndex());
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(DemoSandbox::demoToken()));

    auto *banner = child<ErrorBanner>("errorBanner");
    const QString id = DemoSandbox::demoJobs().at(1).id;
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->setText(u"https://devcloud.cn-south-1.huaweicloud.com/cloudbuild/#/job/"_qs + id + u"/edit"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"cn-south-1") && banner->message().contains(u"cn-north-4"),
             qPrintable(banner->message()));
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));

    // The same URL with the matching region: no such notice.
    endpoint->setCurrentIndex(endpoint->findData(u"cn-south-1"_qs));
    emit endpoint->activated(endpoint->currentIndex());
    finished.clear();
    edit->setText(u"https://devcloud.cn-south-1.huaweicloud.com/cloudbuild/#/job/"_qs + id + u"/edit"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(banner->isHidden() || !banner->message().contains(u"cn-north-4"));
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
}

void TestMainWindowLayout::outcomeWordsInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("rateLimited");
    QTest::newRow("en") << u"en"_qs << u"Forbidden"_qs << u"Rate limited"_qs;
    QTest::newRow("zh_CN") << u"zh_CN"_qs << u"禁止访问"_qs << u"请求过于频繁"_qs;
}

void TestMainWindowLayout::outcomeWordsInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, forbidden);
    QFETCH(QString, rateLimited);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/codearts-inspector_"_qs + language));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(HistoryModel::outcomeText(u"forbidden"_qs), forbidden);
    QCOMPARE(HistoryModel::outcomeText(u"rate_limited"_qs), rateLimited);
    // Codes never show raw, even one this version does not know.
    QVERIFY(!HistoryModel::outcomeText(u"some_future_code"_qs).contains(u'_'));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
