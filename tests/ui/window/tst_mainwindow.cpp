#include "platform/appsettings.h"
#include "api/endpoints.h"
#include "api/jobid.h"
#include "api/jobinfo.h"
#include "builds/buildlogpane.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "builds/logview.h"
#include "job/errorbanner.h"
#include "favorites/favoritespanel.h"
#include "job/healthgauge.h"
#include "history/historyintegration.h"
#include "job/jobformview.h"
#include "window/mainwindow.h"
#include "window/statusline.h"
#include "job/permissionmark.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "job/statusbadge.h"
#include "profiles/preferencesdialog.h"
#include "ui/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

// Drives the real window the way a user does: typing into the Job ID field, pressing Enter,
// clicking Cancel, against the demo sandbox running in-process.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoModeFetchesFirstJobOnceShown();
    void typedJobIsShown_data();
    void typedJobIsShown();
    void failedJobSaysWhyAndShowsItsLog();
    void pastedUrlIsAccepted();
    void forbiddenJobShowsInlineError();
    void invalidIdIsRefusedBeforeAnyRequest();
    void successClearsTheBanner();
    void unknownFieldsAreListed();
    void copyAsJsonPutsTheJobOnTheClipboard();
    void favoriteRowFollowsInCodeArts();
    void copyAsJsonIsDisabledWithoutJob();
    void cancelDuringSlowJobShowsCancelled();
    void newFetchReplacesTheOneInProgress();
    void emptyFormIsOutOfReachWhileFetching();
    void formAndHistoryAreBuiltAfterTheFirstFrame();
    void comboBoxesFollowTheirItemsAfterTheFirstFrame();
    void demoJobsMenuOpensEachSandboxJob();
    void regionNeedsTokenAndTokenIsNeverSaved();
    void customUrlIsValidatedInline();
    void unreadableCaFileIsReportedInline();
    void remembersLastJobAndWindowGeometry();
    void lastJobIsFetchedAtStartWhenAskedFor();
    void statusMessagesDoNotOutstayTheirNews();
    void firstScreenShowsTheWaysIn();
    void languageChangeOffersToRestart();

private:
    using Predicate = std::function<bool(const DemoSandbox::DemoJob &)>;
    static const DemoSandbox::DemoJob &findDemoJob(const Predicate &predicate);
    static bool hasMixedPermissions(const DemoSandbox::DemoJob &job);
    static bool hasNonAsciiName(const DemoSandbox::DemoJob &job);

    void typeJobAndPressEnter(const QString &text);
    bool typeJobAndWait(const QString &text);
    bool noModalDialog() const;

    template <typename T>
    T *child(const char *name) const { return WindowFixture::child<T>(m_window.get(), name); }

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    WindowFixture::useTestSettings(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(WindowFixture::demoOptions());
    QVERIFY(WindowFixture::showAndSettle(*m_window));
    QVERIFY(m_window->connection()->demoSandbox());
    m_window->connection()->demoSandbox()->setSlowDelayMs(3000);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    AppSettings::open()->clear();
}

const DemoSandbox::DemoJob &TestMainWindow::findDemoJob(const Predicate &predicate)
{
    for (const DemoSandbox::DemoJob &job : DemoSandbox::demoJobs()) {
        if (predicate(job))
            return job;
    }
    qFatal("no demo job of the kind this test needs");
}

bool TestMainWindow::hasMixedPermissions(const DemoSandbox::DemoJob &job)
{
    const JobInfo info = JobInfo::fromJson(job.result);
    bool allowed = false, denied = false;
    for (const PermissionFlag &flag : kPermissionFlags) {
        const std::optional<bool> value = info.*(flag.member);
        allowed = allowed || value == true;
        denied = denied || value == false;
    }
    return job.httpStatus == 200 && job.delayMs == 0 && allowed && denied;
}

bool TestMainWindow::hasNonAsciiName(const DemoSandbox::DemoJob &job)
{
    const QString name = JobInfo::fromJson(job.result).jobName;
    return job.httpStatus == 200 && job.delayMs == 0
        && std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; });
}

void TestMainWindow::typeJobAndPressEnter(const QString &text)
{
    auto *edit = child<QLineEdit>("jobIdEdit");
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool TestMainWindow::typeJobAndWait(const QString &text)
{
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    typeJobAndPressEnter(text);
    return !finished.isEmpty() || finished.wait(10'000);
}

bool TestMainWindow::noModalDialog() const
{
    if (QApplication::activeModalWidget())
        return false;
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::none_of(windows.cbegin(), windows.cend(), [](QWidget *w) {
        return w->isVisible() && qobject_cast<QDialog *>(w);
    });
}

void TestMainWindow::demoModeFetchesFirstJobOnceShown()
{
    const JobInfo expected = JobInfo::fromJson(DemoSandbox::demoJobs().constFirst().result);
    QTRY_COMPARE(child<QLabel>("jobNameValue")->text(), expected.jobName);
    QVERIFY(!child<ErrorBanner>("errorBanner")->isVisible());
    QVERIFY(child<QLabel>("statusLabel")->text().contains(expected.jobName));
}

void TestMainWindow::typedJobIsShown_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::newRow("non-ASCII name") << findDemoJob(hasNonAsciiName).id;
    QTest::newRow("mixed permissions") << findDemoJob(hasMixedPermissions).id;
    QTest::newRow("first") << DemoSandbox::demoJobs().constFirst().id;
}

void TestMainWindow::typedJobIsShown()
{
    QFETCH(QString, jobId);
    const DemoSandbox::DemoJob &demo =
        findDemoJob([&](const DemoSandbox::DemoJob &job) { return job.id == jobId; });
    const JobInfo expected = JobInfo::fromJson(demo.result);
    if (m_window->currentJob() && m_window->currentJob()->id == jobId)
        QVERIFY(typeJobAndWait(findDemoJob(hasMixedPermissions).id));   // start from another job
    QVERIFY(child<QLabel>("jobIdValue")->text() != jobId);

    QVERIFY(typeJobAndWait(jobId));
    QCOMPARE(child<QLabel>("jobIdValue")->text(), jobId);

    QCOMPARE(child<QLabel>("jobNameValue")->text(), expected.jobName);
    QCOMPARE(child<QLabel>("runningStatusValue")->text(), expected.runningStatus);
    QCOMPARE(child<HealthGauge>("healthGauge")->score(), expected.healthScore);
    QCOMPARE(child<HealthGauge>("healthGauge")->text(), QString::number(*expected.healthScore));
    QCOMPARE(child<StatusBadge>("lastBuildBadge")->status(), expected.lastBuildStatus);
    for (const PermissionFlag &flag : kPermissionFlags) {
        auto *mark = m_window->findChild<PermissionMark *>(u"permission_" + QLatin1String(flag.apiName));
        QVERIFY2(mark, flag.apiName);
        const std::optional<bool> value = expected.*(flag.member);
        QCOMPARE(mark->value(), value);
        QCOMPARE(mark->text(), *value ? u"Allowed"_qs : u"Denied"_qs);
    }
    QVERIFY(!child<ErrorBanner>("errorBanner")->isVisible());
    QVERIFY(child<QLabel>("statusLabel")->text().contains(expected.jobName));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"127.0.0.1"_qs));
}

// The Overview's Status says why the last build failed, read once per build, and its Show Log
// opens that build's log at the failure; a job whose last build did not fail has no such row.
void TestMainWindow::failedJobSaysWhyAndShowsItsLog()
{
    const QString failing = QLatin1String(DemoBuilds::failingJob);
    QVERIFY(typeJobAndWait(failing));
    auto *why = child<QLabel>("lastFailureValue");
    QTRY_VERIFY_WITH_TIMEOUT(why->isVisible(), 20'000);
    QVERIFY2(why->text().startsWith(u"Failed at "_qs) && why->text().contains(u": "_qs), qPrintable(u"[" + why->text() + u"]"));
    QCOMPARE(why->textFormat(), Qt::PlainText);

    auto *showLog = child<QToolButton>("showLastFailureLogButton");
    QVERIFY(showLog->isVisible());
    showLog->click();
    BuildsWindow *page = nullptr;
    QTRY_VERIFY((page = qobject_cast<BuildsWindow *>(m_window->jobTabs()->currentWidget())));
    QCOMPARE(page->panel()->detailsTabs()->currentWidget(), page->panel()->logPane());
    QTRY_VERIFY_WITH_TIMEOUT(page->panel()->logPane()->view()->markedLine() >= 0, 20'000);

    // A job whose builds all succeed: no row.
    QVERIFY(typeJobAndWait(u"f5af662119404ad187437cd272b5099b"_qs));
    m_window->jobTabs()->setCurrentIndex(0);
    QVERIFY(!why->isVisible());
}

void TestMainWindow::pastedUrlIsAccepted()
{
    const DemoSandbox::DemoJob &demo = findDemoJob(hasMixedPermissions);
    const QString url = u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/project/abc/job/"_qs
        + demo.id + u"?tab=overview"_qs;
    auto *edit = child<QLineEdit>("jobIdEdit");
    edit->setFocus();
    edit->clear();
    QApplication::clipboard()->setText(url);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->text(), url);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->text(), demo.id);
    QTRY_COMPARE(child<QLabel>("jobIdValue")->text(), demo.id);
}

void TestMainWindow::forbiddenJobShowsInlineError()
{
    const DemoSandbox::DemoJob &forbidden =
        findDemoJob([](const DemoSandbox::DemoJob &job) { return job.httpStatus == 403; });
    typeJobAndPressEnter(forbidden.id);
    auto *banner = child<ErrorBanner>("errorBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
    QVERIFY(!child<QLabel>("errorMessageLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>("errorHintLabel")->text().isEmpty());
    QVERIFY(child<QLabel>("errorHintLabel")->isVisible());
    QVERIFY(child<QLabel>("errorDetailLabel")->text().contains(u"403"_qs));
    QVERIFY(noModalDialog());
    // The job shown before no longer answers the question asked.
    QVERIFY(!m_window->currentJob());
    QVERIFY(!child<QAction>("actionCopyJson")->isEnabled());
}

void TestMainWindow::invalidIdIsRefusedBeforeAnyRequest()
{
    const int requestsBefore = m_window->connection()->demoSandbox()->requestCount();
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    // Cut short when pasted: too long for a name, too short for an ID. (Shorter text, or text
    // with spaces, searches job names instead: tst_jobsearchpanel.)
    const QString truncated = u"f5af662119404ad1874"_qs;
    typeJobAndPressEnter(truncated);
    QCOMPARE(finished.size(), 1);   // refused synchronously, nothing sent
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);

    auto *banner = child<ErrorBanner>("errorBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>("errorMessageLabel")->text().contains(truncated));
    QCOMPARE(child<QLabel>("errorHintLabel")->text(), JobId::formatDescription());
    QVERIFY(noModalDialog());
    QVERIFY(child<QLineEdit>("jobIdEdit")->hasFocus());
    QTest::qWait(100);
    QCOMPARE(m_window->connection()->demoSandbox()->requestCount(), requestsBefore);
    // A typo does not throw away the job on screen.
    QVERIFY(m_window->currentJob());
}

void TestMainWindow::successClearsTheBanner()
{
    typeJobAndPressEnter(u"https://devcloud.cn-north-4.huaweicloud.com/cicd/project/"_qs);
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    typeJobAndPressEnter(DemoSandbox::demoJobs().constFirst().id);
    QTRY_VERIFY(!child<ErrorBanner>("errorBanner")->isVisible());
}

void TestMainWindow::unknownFieldsAreListed()
{
    const DemoSandbox::DemoJob &demo = findDemoJob([](const DemoSandbox::DemoJob &job) {
        return job.delayMs == 0 && !JobInfo::fromJson(job.result).unknownFields.isEmpty();
    });
    const JobInfo expected = JobInfo::fromJson(demo.result);
    typeJobAndPressEnter(demo.id);
    QTRY_COMPARE(child<QLabel>("jobIdValue")->text(), demo.id);
    auto *group = child<QWidget>("otherGroup");
    QVERIFY(group->isVisible());
    const QList<QLabel *> labels = group->findChildren<QLabel *>();
    for (const QString &key : expected.unknownFields.keys()) {
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [&](QLabel *l) { return l->text().startsWith(key); }),
                 qPrintable(key));
    }
}

// The Favorite row's button sets the service's flag: one request each time, and a fetch of the
// job afterwards says the same.
void TestMainWindow::favoriteRowFollowsInCodeArts()
{
    const DemoSandbox::DemoJob &demo = findDemoJob([](const DemoSandbox::DemoJob &job) {
        // (a failed one's Overview also reads why it failed)
        return job.httpStatus == 200 && !job.result.value(u"favorite"_qs).toBool()
            && job.result.value(u"last_build_status"_qs).toString() != u"failed";
    });
    QVERIFY(typeJobAndWait(demo.id));
    auto *follow = child<QToolButton>("followButton");
    QVERIFY(follow->isEnabled());
    QCOMPARE(follow->text(), u"Follow in CodeArts"_qs);
    const int requestsBefore = m_window->connection()->demoSandbox()->requestCount();
    follow->click();
    QVERIFY(!follow->isEnabled());   // busy: one request at a time
    QTRY_COMPARE(follow->text(), u"Unfollow"_qs);
    QVERIFY(follow->isEnabled());
    QCOMPARE(m_window->connection()->demoSandbox()->requestCount(), requestsBefore + 1);
    QVERIFY(child<QLabel>("favoriteValue")->text().contains(u"in CodeArts"_qs));

    QVERIFY(typeJobAndWait(demo.id));
    QCOMPARE(m_window->currentJob()->favorite, std::optional<bool>(true));
    follow->click();
    QTRY_COMPARE(follow->text(), u"Follow in CodeArts"_qs);
    QVERIFY(typeJobAndWait(demo.id));
    QCOMPARE(m_window->currentJob()->favorite, std::optional<bool>(false));
}

void TestMainWindow::copyAsJsonPutsTheJobOnTheClipboard()
{
    const DemoSandbox::DemoJob &demo = findDemoJob(hasNonAsciiName);
    typeJobAndPressEnter(demo.id);
    QTRY_COMPARE(child<QLabel>("jobIdValue")->text(), demo.id);
    QApplication::clipboard()->clear();

    auto *copy = child<QAction>("actionCopyJson");
    QVERIFY(copy->isEnabled());
    QCOMPARE(copy->shortcut(), QKeySequence(u"Ctrl+Shift+C"_qs));
    QTest::keySequence(m_window.get(), copy->shortcut());

    const QByteArray expected = QJsonDocument(m_window->currentJob()->toJson()).toJson(); // the job shown
    QTRY_COMPARE(QApplication::clipboard()->text(), QString::fromUtf8(expected));
}

void TestMainWindow::copyAsJsonIsDisabledWithoutJob()
{
    MainWindow fresh({});
    auto *copy = fresh.findChild<QAction *>(u"actionCopyJson"_qs);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    QVERIFY(!fresh.currentJob());
}

void TestMainWindow::cancelDuringSlowJobShowsCancelled()
{
    const DemoSandbox::DemoJob &slow =
        findDemoJob([](const DemoSandbox::DemoJob &job) { return job.delayMs != 0; });
    const QString shownBefore = child<QLabel>("jobIdValue")->text();
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(!cancel->isEnabled());

    typeJobAndPressEnter(slow.id);
    QVERIFY(m_window->isFetching());
    QVERIFY(cancel->isEnabled());
    QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
    QTest::qWait(200);
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    auto *banner = child<ErrorBanner>("errorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->severity(), ErrorBanner::Severity::Notice);
    QVERIFY(!banner->message().isEmpty());
    QCOMPARE(child<QLabel>("statusLabel")->text(), u"Cancelled"_qs);
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!m_window->isFetching());
    QVERIFY(noModalDialog());
    QCOMPARE(child<QLabel>("jobIdValue")->text(), shownBefore);
}

void TestMainWindow::newFetchReplacesTheOneInProgress()
{
    m_window->connection()->demoSandbox()->setSlowDelayMs(800);
    const DemoSandbox::DemoJob &slow =
        findDemoJob([](const DemoSandbox::DemoJob &job) { return job.delayMs != 0; });
    const DemoSandbox::DemoJob &fast = findDemoJob(hasMixedPermissions);
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    typeJobAndPressEnter(slow.id);
    typeJobAndPressEnter(fast.id);
    QTRY_COMPARE(child<QLabel>("jobIdValue")->text(), fast.id);
    // The slow answer arrives later and must not replace the job the user asked for last.
    QTest::qWait(1200);
    QCOMPARE(child<QLabel>("jobIdValue")->text(), fast.id);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_window->isFetching());
}

void TestMainWindow::emptyFormIsOutOfReachWhileFetching()
{
    m_window = std::make_unique<MainWindow>(MainWindowOptions{});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *view = child<JobFormView>("jobFormView");
    QVERIFY(view->isPlaceholderShown());

    const DemoSandbox::DemoJob &slow =
        findDemoJob([](const DemoSandbox::DemoJob &job) { return job.delayMs != 0; });
    typeJobAndPressEnter(slow.id);
    QVERIFY(m_window->isFetching());
    auto *form = child<QWidget>("formPage");
    QVERIFY(form);
    // The form may be readied beneath the placeholder, but Tab must not reach it.
    QVERIFY(view->isPlaceholderShown());
    QVERIFY(!form->isVisible() || !form->isEnabled());

    m_window->cancelFetch();
    QTRY_VERIFY(!m_window->isFetching());
    QVERIFY(view->isPlaceholderShown());
    QVERIFY(!form->isVisible());
}

// The first frame holds only what it shows: the form waits behind the placeholder until the
// window is on screen, and the closed History and Favorites panels until they are opened.
void TestMainWindow::formAndHistoryAreBuiltAfterTheFirstFrame()
{
    m_window = std::make_unique<MainWindow>(MainWindowOptions{});
    m_window->show();
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("formPage")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("formPage")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("formPage"))->isVisible());
    QVERIFY(child<JobFormView>("jobFormView")->isPlaceholderShown());

    QVERIFY(!m_window->findChild<QTableView *>(QStringLiteral("historyTable")));
    m_window->history()->historyAction()->trigger();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());

    // The favorites are the sidebar, on screen with the window.
    auto *favorites = m_window->findChild<QTreeView *>(QStringLiteral("favoritesView"));
    QVERIFY(favorites);
    QTRY_VERIFY(favorites->isVisible());
}

void TestMainWindow::comboBoxesFollowTheirItemsAfterTheFirstFrame()
{
    // A session token on a region: the endpoint list is shown.
    AppSettings::open()->setValue(QLatin1String(AppSettings::kEndpoint), QLatin1String(Endpoints::regions().constFirst().id));
    m_window = std::make_unique<MainWindow>(MainWindowOptions{});
    auto *endpoint = child<QComboBox>("endpointCombo");
    auto *profile = child<QComboBox>("profileCombo");
    QCOMPARE(endpoint->sizeAdjustPolicy(), QComboBox::AdjustToContentsOnFirstShow);
    QCOMPARE(profile->sizeAdjustPolicy(), QComboBox::AdjustToContentsOnFirstShow);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Sized at first show to the longest item...
    int longest = 0;
    for (int i = 0; i < endpoint->count(); ++i)
        longest = qMax(longest, endpoint->fontMetrics().horizontalAdvance(endpoint->itemText(i)));
    QVERIFY2(endpoint->width() > longest, qPrintable(u"%1 <= %2"_qs.arg(endpoint->width()).arg(longest)));
    // ...and following longer ones once the window is on screen.
    QTRY_COMPARE(endpoint->sizeAdjustPolicy(), QComboBox::AdjustToContents);
    QCOMPARE(profile->sizeAdjustPolicy(), QComboBox::AdjustToContents);
    const int before = endpoint->sizeHint().width();
    endpoint->addItem(QString(longest / endpoint->fontMetrics().horizontalAdvance(u'W') + 10, u'W'));
    QVERIFY(endpoint->sizeHint().width() > before);
}

void TestMainWindow::demoJobsMenuOpensEachSandboxJob()
{
    auto *menu = child<QMenu>("demoJobsMenu");
    QVERIFY(menu->isEmpty());   // filled when first opened
    menu->popup(child<QWidget>("demoJobsButton")->mapToGlobal(QPoint()));
    QTRY_VERIFY(menu->isVisible());
    menu->hide();

    const QList<DemoSandbox::DemoJob> &jobs = DemoSandbox::demoJobs();
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), jobs.size() + 1);   // and the "Failing answers" submenu
    for (int i = 0; i < jobs.size(); ++i) {
        QCOMPARE(actions.at(i)->text(), jobs.at(i).title);
        QCOMPARE(actions.at(i)->toolTip(), jobs.at(i).id);
    }
    QVERIFY(actions.constLast()->menu());
    QVERIFY(!actions.constLast()->menu()->isEmpty());

    // Opened again, it is not filled twice.
    menu->popup(QPoint());
    QTRY_VERIFY(menu->isVisible());
    menu->hide();
    QCOMPARE(menu->actions().size(), jobs.size() + 1);

    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    actions.at(1)->trigger();
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    QCOMPARE(child<QLineEdit>("jobIdEdit")->text(), jobs.at(1).id);
}

void TestMainWindow::regionNeedsTokenAndTokenIsNeverSaved()
{
    auto *combo = child<QComboBox>("endpointCombo");
    auto *token = child<QLineEdit>("tokenEdit");
    QVERIFY(!token->isVisible());
    QVERIFY(!combo->isVisible());   // the demo is chosen in the Profile list only
    QVERIFY(child<QWidget>("demoJobsButton")->isVisible());
    QCOMPARE(combo->findData(u"demo"_qs), -1);

    // Choose a session token, then the second region, with the keyboard, as a user would.
    auto *profile = child<QComboBox>("profileCombo");
    profile->setFocus();
    QTest::keyClick(profile, Qt::Key_Down);
    QVERIFY(combo->isVisible());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString region = combo->currentData().toString();
    QVERIFY(region != u"demo"_qs);
    QVERIFY(token->isVisible());
    QVERIFY(token->isEnabled());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QWidget>("demoJobsButton")->isVisible());

    // Without a token nothing is sent and the banner says what to do.
    token->clear();
    typeJobAndPressEnter(DemoSandbox::demoJobs().constFirst().id);
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    QVERIFY(!m_window->isFetching());
    QVERIFY(token->hasFocus());

    const QString secret = u"MIIsecret-token-value-0123456789"_qs;
    QTest::keyClicks(token, secret);
    QCOMPARE(token->text(), secret);
    auto *reveal = child<QAction>("revealTokenAction");
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    m_window->close();
    m_window.reset();

    const std::unique_ptr<QSettings> settings = AppSettings::open();
    settings->sync();
    QCOMPARE(settings->value(QLatin1String(AppSettings::kEndpoint)).toString(), region);
    for (const QString &key : settings->allKeys()) {
        const QVariant value = settings->value(key);
        QVERIFY2(!value.toString().contains(secret) && !value.toByteArray().contains(secret.toUtf8()),
                 qPrintable(key));
    }
    QVERIFY(settings->contains(QLatin1String(AppSettings::kWindowGeometry)));
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
}

void TestMainWindow::customUrlIsValidatedInline()
{
    auto *profile = child<QComboBox>("profileCombo");
    profile->setCurrentIndex(profile->findData(u"session"_qs));
    emit profile->activated(profile->currentIndex());
    auto *combo = child<QComboBox>("endpointCombo");
    combo->setCurrentIndex(combo->findData(u"custom"_qs));
    auto *url = child<QLineEdit>("customUrlEdit");
    QVERIFY(url->isVisible());
    QTest::keyClicks(url, u"http://build.example.com"_qs);
    child<QLineEdit>("tokenEdit")->setText(u"token"_qs);

    typeJobAndPressEnter(DemoSandbox::demoJobs().constFirst().id);
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    QCOMPARE(child<QLabel>("errorMessageLabel")->text(),
             Endpoints::whyUnusable(QUrl(u"http://build.example.com"_qs)));
    QVERIFY(!m_window->isFetching());
    QVERIFY(url->hasFocus());
}

void TestMainWindow::unreadableCaFileIsReportedInline()
{
    const QString missing = u"/nonexistent/ca-bundle.pem"_qs;
    AppSettings::open()->setValue(QLatin1String(AppSettings::kCaFile), missing);
    typeJobAndPressEnter(DemoSandbox::demoJobs().constFirst().id);
    QVERIFY(child<ErrorBanner>("errorBanner")->isVisible());
    QVERIFY(child<QLabel>("errorMessageLabel")->text().contains(missing));
    QVERIFY(!m_window->isFetching());
    QVERIFY(noModalDialog());
}

void TestMainWindow::remembersLastJobAndWindowGeometry()
{
    const DemoSandbox::DemoJob &demo = findDemoJob(hasMixedPermissions);
    QVERIFY(typeJobAndWait(demo.id));
    m_window->resize(1000, 650);
    m_window->close();
    m_window.reset();

    MainWindow again({});
    QCOMPARE(again.findChild<QLineEdit *>(u"jobIdEdit"_qs)->text(), demo.id);
    QCOMPARE(again.size(), QSize(1000, 650));
    // Nothing is fetched until the user asks (no token may be at hand yet); the window says
    // that the job is ready to fetch.
    QSignalSpy onScreen(&again, &MainWindow::onScreen);
    again.show();
    QVERIFY(onScreen.wait(5000));
    QVERIFY(!again.isFetching());
    QVERIFY(!again.currentJob());
    const auto *status = again.findChild<QLabel *>(u"statusLabel"_qs);
    QCOMPARE(status->text(), u"Ready to fetch %1: press Enter or F5."_qs.arg(demo.id));
}

// Preferences > "Fetch the last job when the app starts".
void TestMainWindow::lastJobIsFetchedAtStartWhenAskedFor()
{
    const DemoSandbox::DemoJob &demo = findDemoJob(hasMixedPermissions);
    QVERIFY(typeJobAndWait(demo.id));
    child<QAction>("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->fetchLastJobBox()->isChecked());   // off by default
    dialog->fetchLastJobBox()->setChecked(true);
    dialog->accept();
    m_window.reset();

    MainWindow again({});
    QSignalSpy fetched(&again, &MainWindow::fetchFinished);
    again.show();
    QVERIFY(fetched.wait(10'000));
    QVERIFY(fetched.first().first().toBool());
    QCOMPARE(again.currentJob()->id, demo.id);
}

// A fetch's outcome, an error most of all, does not stay in the status bar for the rest of the
// session: after a minute it says "Ready" again.
void TestMainWindow::statusMessagesDoNotOutstayTheirNews()
{
    const DemoSandbox::DemoJob &forbidden =
        findDemoJob([](const DemoSandbox::DemoJob &job) { return job.httpStatus == 403; });
    QVERIFY(typeJobAndWait(forbidden.id));
    auto *status = child<QLabel>("statusLabel");
    QVERIFY2(status->text().startsWith(u"Failed: "_qs), qPrintable(status->text()));
    auto *expiry = child<QTimer>("statusExpiry");
    QVERIFY(expiry->isActive());
    QCOMPARE(expiry->interval(), StatusLine::kLifetimeMs);
    expiry->start(0);   // as when the minute has passed
    QTRY_COMPARE(status->text(), u"Ready"_qs);

    // A fetch under way keeps saying so.
    const DemoSandbox::DemoJob &slow = findDemoJob([](const DemoSandbox::DemoJob &job) { return job.delayMs != 0; });
    typeJobAndPressEnter(slow.id);
    QVERIFY(m_window->isFetching());
    const QString fetching = status->text();
    QVERIFY2(fetching.startsWith(u"Fetching"_qs), qPrintable(fetching));
    expiry->start(0);
    QTest::qWait(50);
    QCOMPARE(status->text(), fetching);
    m_window->cancelFetch();
}

// The first screen tells a newcomer the ways in: finding a job (Ctrl+K), the demo jobs, and
// their own account (Manage Profiles).
void TestMainWindow::firstScreenShowsTheWaysIn()
{
    auto *hint = child<QLabel>("favoritesEmptyHint");
    QVERIFY(hint && hint->isVisible());
    for (const QString &way : {u"Ctrl+K"_qs, u"Demo jobs"_qs, u"Manage Profiles"_qs, u"Star Job"_qs})
        QVERIFY2(hint->text().contains(way), qPrintable(way));
    // What the hint names is there to be found.
    QVERIFY(child<QWidget>("demoJobsButton")->isVisible());
    QCOMPARE(child<QAction>("actionFindJobs")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(child<QAction>("actionManageProfiles")->text().remove(u'&').startsWith(u"Manage Profiles"_qs));
}

// Settings > Language offers to restart now; "Later" leaves a note in the status bar.
void TestMainWindow::languageChangeOffersToRestart()
{
    QMenu *language = child<QMenu>("languageMenu");
    QAction *chinese = nullptr;
    for (QAction *action : language->actions())
        if (action->data().toString() == u"zh_CN"_qs)
            chinese = action;
    QVERIFY(chinese);
    const auto answer = [](const QString &button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == u"restartQuestion"_qs);
            for (QAbstractButton *candidate : box->buttons())
                if (candidate->text().remove(u'&') == button)
                    candidate->click();
        });
    };
    QSignalSpy restart(m_window.get(), &MainWindow::restartRequested);
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    answer(u"Later"_qs);
    chinese->trigger();
    QCOMPARE(AppSettings::open()->value(QLatin1String(AppSettings::kLanguage)).toString(), u"zh_CN"_qs);
    QCOMPARE(restart.size(), 0);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"next time"_qs));

    answer(u"Restart Now"_qs);
    chinese->trigger();
    QCOMPARE(restart.size(), 1);
    QCOMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
