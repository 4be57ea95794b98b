#include "connection/projectdirectory.h"
#include "credentials/credentialprovider.h"
#include "history/favoritesmodel.h"
#include "history/historystore.h"
#include "history/joblistcache.h"
#include "search/jobsearchpanel.h"
#include "window/mainwindow.h"
#include "window/sidebar.h"
#include "sandbox/demosandbox.h"
#include "ui/windowfixture.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The search panel against the demo sandbox over real HTTP: typing, cancel-and-replace, the
// cache, paging as the list scrolls, keyboard opening.
class TestJobSearchPanel : public QObject
{
    Q_OBJECT

private:
    // Accepts connections and answers none until told to; for requests still in flight.
    class HeldServer : public QTcpServer
    {
    public:
        HeldServer()
        {
            connect(this, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *socket = nextPendingConnection())
                    m_sockets << socket;
            });
            listen(QHostAddress::LocalHost, 0);
        }
        QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_qs.arg(serverPort())); }
        int held() const { return int(m_sockets.size()); }
        // Answers every held request with one stale job.
        void answerAll()
        {
            const QByteArray body = R"({"result":{"job_list":[{"id":"5ta1e5ta1e5ta1e5ta1e5ta1e5ta1e00","job_name":"stale"}],"total":1},"status":"success"})";
            for (QTcpSocket *socket : std::as_const(m_sockets)) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        }

    private:
        QList<QTcpSocket *> m_sockets;
    };

    // A source that sends searches for `slowText` to `slowUrl` and the rest to the sandbox.
    void useSource(JobSearchPanel &panel, const QUrl &url, const QString &slowText = {}, const QUrl &slowUrl = {})
    {
        panel.setSource(
            [this, url, slowText, slowUrl](const ListQuery &query, QObject *parent, ApiError *) {
                ClientOptions options;
                options.baseUrl = (!slowText.isEmpty() && query.search == slowText) ? slowUrl : url;
                return new ListPager(&m_nam, options, m_provider.get(), query, parent);
            },
            [] { return u"demo"_qs; });
    }

    static bool allNamesContain(const JobSearchPanel &panel, const QString &text)
    {
        for (int row = 0; row < panel.results()->rowCount(); ++row) {
            if (!panel.results()->job(row).jobName.contains(text, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<CredentialProvider> m_provider = CredentialProvider::forToken(DemoSandbox::demoToken());
    DemoSandbox m_sandbox;

private slots:
    void initTestCase()
    {
        WindowFixture::useTestSettings(u"tst_jobsearchpanel"_qs);
        QVERIFY(m_sandbox.start());
    }

    // Ctrl+K in the window opens the panel with the cursor in it; Enter on a result opens it.
    void windowFindsAndOpensAJob()
    {
        MainWindow window(WindowFixture::demoOptions());
        window.resize(1200, 760);
        QVERIFY(WindowFixture::showAndSettle(window));
        QSignalSpy fetched(&window, &MainWindow::fetchFinished);

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        JobSearchPanel *panel = window.sidebar()->jobSearch();
        QVERIFY(panel);
        QTRY_VERIFY(panel->searchField()->hasFocus());
        // The latest jobs come at once (from the cache too, when there is one): wait for the answer.
        QTRY_VERIFY(!panel->isSearching() && !panel->showsCachedResults());
        QCOMPARE(panel->results()->rowCount(), JobSearchPanel::kPageSize);
        QSignalSpy finished(panel, &JobSearchPanel::searchFinished);
        QTest::keyClicks(panel->searchField(), u"data-pipeline-release"_qs);
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel->results()->rowCount(), 1);
        if (const QString shot = qEnvironmentVariable("JOB_SEARCH_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(200);
            window.grab().save(shot);
        }
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QVERIFY(fetched.wait(10'000));
        QVERIFY(window.currentJob());
        QCOMPARE(window.currentJob()->jobName, u"data-pipeline-release"_qs);
    }

    // A name typed in the Job ID field searches in the sidebar while the cursor stays in the
    // field; Enter moves into the results instead of refusing the text, a second Enter opens.
    void jobIdFieldSearchesByName()
    {
        MainWindow window(WindowFixture::demoOptions());
        window.resize(1200, 760);
        QVERIFY(WindowFixture::showAndSettle(window));
        QSignalSpy fetched(&window, &MainWindow::fetchFinished);

        auto *jobIdEdit = window.findChild<QLineEdit *>(u"jobIdEdit"_qs);
        QVERIFY(jobIdEdit);
        jobIdEdit->setFocus();
        jobIdEdit->clear();
        QTest::keyClicks(jobIdEdit, u"data-pipeline-rel"_qs);
        JobSearchPanel *panel = window.sidebar()->jobSearch();
        QVERIFY(panel);
        QCOMPARE(window.sidebar()->currentWidget(), panel);
        QVERIFY(jobIdEdit->hasFocus());
        QCOMPARE(panel->searchField()->text(), u"data-pipeline-rel"_qs);
        QTRY_VERIFY(panel->searchesStarted() > 0 && !panel->isSearching() && !panel->showsCachedResults());
        QCOMPARE(panel->results()->rowCount(), 1);

        QTest::keyClick(jobIdEdit, Qt::Key_Return);
        QVERIFY(panel->resultsView()->hasFocus());
        QCOMPARE(panel->resultsView()->currentIndex().row(), 0);
        QVERIFY(fetched.isEmpty()); // nothing refused, nothing fetched yet
        QTest::keyClick(panel->resultsView(), Qt::Key_Return);
        QVERIFY(fetched.wait(10'000));
        QCOMPARE(window.currentJob()->jobName, u"data-pipeline-release"_qs);

        // A pasted job ID fetches as before and searches nothing.
        const int searches = panel->searchesStarted();
        jobIdEdit->setFocus();
        jobIdEdit->selectAll();
        QGuiApplication::clipboard()->setText(window.currentJob()->id);
        QTest::keyClick(jobIdEdit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(jobIdEdit->text(), window.currentJob()->id);
        QTest::qWait(JobSearchPanel::kDebounceMs * 2);
        QCOMPARE(panel->searchesStarted(), searches);
    }

    void typingSearchesOnceAfterThePause()
    {
        JobSearchPanel panel;
        useSource(panel, m_sandbox.baseUrl());
        panel.show();
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        QTest::keyClicks(panel.searchField(), u"payment"_qs, Qt::NoModifier, 20);
        QCOMPARE(panel.searchesStarted(), 0); // still typing
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.searchesStarted(), 1);
        QVERIFY(panel.results()->rowCount() > 0);
        QVERIFY(allNamesContain(panel, u"payment"_qs));
    }

    void newSearchCancelsAndReplacesTheOld()
    {
        HeldServer slow;
        JobSearchPanel panel;
        useSource(panel, m_sandbox.baseUrl(), u"order"_qs, slow.url());
        panel.show();
        panel.searchField()->setText(u"order"_qs);
        panel.searchNow();
        QTRY_COMPARE(slow.held(), 1); // the first search is in flight, unanswered
        QPointer<ListPager> first = panel.findChild<ListPager *>();
        QVERIFY(first);

        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        panel.searchField()->setText(u"库存"_qs);
        panel.searchNow();
        QTRY_VERIFY(!first || first->isFinished()); // cancelled at once
        if (first)
            QCOMPARE(first->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(finished.wait(5000));
        const int rows = panel.results()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(allNamesContain(panel, u"库存"_qs));

        // The old request's answer arriving late changes nothing.
        slow.answerAll();
        QTest::qWait(200);
        QCOMPARE(panel.results()->rowCount(), rows);
        QVERIFY(allNamesContain(panel, u"库存"_qs));
        QCOMPARE(finished.count(), 1);
    }

    void scrollingLoadsMore()
    {
        JobSearchPanel panel;
        useSource(panel, m_sandbox.baseUrl());
        panel.resize(400, 300);
        panel.show();
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        panel.searchNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.results()->rowCount(), JobSearchPanel::kPageSize);
        QScrollBar *bar = panel.resultsView()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.results()->rowCount(), 2 * JobSearchPanel::kPageSize);
        QCOMPARE(panel.searchesStarted(), 1); // the same search, one page further
    }

    void filters()
    {
        JobSearchPanel panel;
        useSource(panel, m_sandbox.baseUrl());
        panel.show();
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        panel.focusSearch(); // loads the projects and the first results
        QVERIFY(finished.wait(5000));
        QTRY_COMPARE(panel.projectFilter()->count(), 7); // "All projects" and six
        panel.projectFilter()->setCurrentIndex(2);
        panel.statusFilter()->setCurrentIndex(panel.statusFilter()->findData(u"red"_qs));
        panel.searchNow();
        QVERIFY(finished.wait(5000));
        QVERIFY(panel.results()->rowCount() > 0);
        for (int row = 0; row < panel.results()->rowCount(); ++row)
            QCOMPARE(panel.results()->job(row).state, BuildState::Failed);
    }

    void keyboardOpensAJob()
    {
        JobSearchPanel panel;
        useSource(panel, m_sandbox.baseUrl());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        QSignalSpy opened(&panel, &JobSearchPanel::openRequested);
        panel.searchField()->setText(u"payment-service-ci"_qs);
        panel.searchNow();
        QVERIFY(finished.wait(5000));
        panel.searchField()->setFocus();
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QTest::keyClick(panel.resultsView(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), DemoSandbox::firstJobId());
    }

    void starTogglesTheFavorite()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_qs));
        QVERIFY(store.isOpen());
        FavoritesModel favorites;
        favorites.setStore(&store);
        JobSearchPanel panel;
        panel.setFavorites(&favorites);
        useSource(panel, m_sandbox.baseUrl());
        panel.show();
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        panel.searchField()->setText(u"integration-tests-full"_qs);
        panel.searchNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.results()->rowCount(), 1);
        const QModelIndex row = panel.results()->index(0);
        const QString jobId = row.data(JobResultsModel::JobIdRole).toString();
        QVERIFY(!favorites.contains(jobId));
        QVERIFY(!row.data(JobResultsModel::FavoriteRole).toBool());
        auto *star = panel.findChild<QToolButton *>();
        QVERIFY(star);
        star->click();
        QVERIFY(favorites.contains(jobId));
        QVERIFY(row.data(JobResultsModel::FavoriteRole).toBool());
        star->click();
        QVERIFY(!favorites.contains(jobId));
    }

    void cachedResultsShowAtOnceAndOffline()
    {
        QTemporaryDir dir;
        JobListCache cache(dir.filePath(u"cache.sqlite"_qs));
        {
            JobSearchPanel panel;
            panel.setCache(&cache);
            useSource(panel, m_sandbox.baseUrl());
            QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
            panel.searchField()->setText(u"gateway"_qs);
            panel.searchNow();
            QVERIFY(finished.wait(5000));
        }
        JobSearchPanel offline;
        offline.setCache(&cache);
        useSource(offline, QUrl(u"http://127.0.0.1:9"_qs)); // nothing listens there
        QSignalSpy finished(&offline, &JobSearchPanel::searchFinished);
        offline.searchField()->setText(u"gateway"_qs);
        offline.searchNow();
        QVERIFY(offline.showsCachedResults()); // before any answer
        const int rows = offline.results()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(allNamesContain(offline, u"gateway"_qs));
        QVERIFY(finished.wait(10'000));
        QVERIFY(offline.showsCachedResults());
        QCOMPARE(offline.results()->rowCount(), rows);
        QVERIFY2(offline.noteText().contains(u"Could not refresh"), qPrintable(offline.noteText()));
    }

    // The rows (ListJob) tell the session's project directory each job's CodeArts project and its
    // name, the project list (ListRelatedProjectInfo) every project's name; rows from the cache,
    // which may be of an earlier session, tell it nothing.
    void resultsAndProjectsFeedTheDirectory()
    {
        QTemporaryDir dir;
        JobListCache cache(dir.filePath(u"cache.sqlite"_qs));
        ProjectDirectory projects;
        JobSearchPanel panel;
        panel.setCache(&cache);
        panel.setProjectDirectory(&projects);
        useSource(panel, m_sandbox.baseUrl());
        QSignalSpy finished(&panel, &JobSearchPanel::searchFinished);
        panel.focusSearch();   // the project list, and the latest jobs
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY(panel.projectFilter()->count() > 1);
        QVERIFY(panel.results()->rowCount() > 0);
        for (int row = 0; row < panel.results()->rowCount(); ++row) {
            const JobSummary &job = panel.results()->job(row);
            QVERIFY(!job.codeArtsProjectId.isEmpty());
            QCOMPARE(projects.projectOf(job.id), job.codeArtsProjectId);
            QCOMPARE(projects.nameOf(job.codeArtsProjectId), job.projectName);
        }
        for (int index = 1; index < panel.projectFilter()->count(); ++index)
            QCOMPARE(projects.nameOf(panel.projectFilter()->itemData(index).toString()),
                     panel.projectFilter()->itemText(index));

        ProjectDirectory fresh;
        JobSearchPanel offline;
        offline.setCache(&cache);
        offline.setProjectDirectory(&fresh);
        useSource(offline, QUrl(u"http://127.0.0.1:9"_qs)); // nothing listens there
        QSignalSpy offlineFinished(&offline, &JobSearchPanel::searchFinished);
        offline.searchNow();
        QVERIFY(offline.showsCachedResults());
        QVERIFY(offline.results()->rowCount() > 0);
        QVERIFY(offlineFinished.wait(10'000));
        QCOMPARE(fresh.projectOf(offline.results()->job(0).id), QString());
    }
};

QTEST_MAIN(TestJobSearchPanel)
#include "tst_jobsearchpanel.moc"
