#include "api/buildclient.h"
#include "api/buildrecordsfetch.h"
#include "builds/buildlogpane.h"
#include "builds/logview.h"
#include "credentials/credentialprovider.h"
#include "logs/buildlogfetch.h"
#include "logs/failuresummary.h"
#include "platform/appsettings.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demosandbox.h"
#include "widgets/elidedlabel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>

namespace {

const QString kFailingJob = QLatin1String(DemoBuilds::failingJob);   // every build fails
const QString kPassingJob = u"f5af662119404ad187437cd272b5099b"_qs;      // every build succeeds

// Occurrences of `term` in every line of `text`.
qsizetype countIn(const LogText &text, QStringView term, Qt::CaseSensitivity sensitivity)
{
    qsizetype count = 0;
    for (qsizetype n = 0; n < text.lineCount(); ++n)
        count += text.line(n).count(term, sensitivity);
    return count;
}

} // namespace

// The Log pane against the demo sandbox: a failed build's log read, searched through the find
// bar, its failure found as `log --failed` finds it; a running build's log followed; copy,
// wrap, save; and the reading cancelled when another build is shown.
class TestBuildLogPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failedBuildLogIsReadAndItsFailureFound();
    void endedBuildIsOneDownloadWithTheLinesOfThePages();
    void findBarCountsAndStepsThroughMatches();
    void jumpIsDisabledWithAReason();
    void runningBuildIsFollowedAtTheBottomUnlessScrolledUp();
    void anotherBuildCancelsTheReading();
    void wrapCopyAndSave();

private:
    std::unique_ptr<BuildClient> client(const QUrl &base);
    QList<BuildRecord> records(const QString &jobId);
    // A failed build of the failing job and a successful one of the passing job.
    std::pair<int, int> failedAndSucceeded();
    static bool load(BuildLogPane &pane, BuildClient *client, const QString &jobId, int number, const QString &result);

    QNetworkAccessManager m_nam;
    DemoSandbox m_sandbox;
    std::unique_ptr<CredentialProvider> m_credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
    std::unique_ptr<BuildClient> m_client;
};

void TestBuildLogPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::open()->remove(QLatin1String(AppSettings::kBuildsLogWrap));
    QVERIFY(m_sandbox.start());
    m_client = client(m_sandbox.baseUrl());
}

std::unique_ptr<BuildClient> TestBuildLogPane::client(const QUrl &base)
{
    auto result = std::make_unique<BuildClient>(&m_nam, m_credentials.get());
    ClientOptions options;
    options.baseUrl = base;
    result->setOptions(options);
    return result;
}

QList<BuildRecord> TestBuildLogPane::records(const QString &jobId)
{
    const QDateTime now = QDateTime::currentDateTime();
    BuildRecordsFetch fetch(m_client.get(), jobId, now.addDays(-10), now);
    QSignalSpy finished(&fetch, &BuildRecordsFetch::finished);
    fetch.start();
    if (!finished.wait(20'000))
        return {};
    return fetch.records();
}

std::pair<int, int> TestBuildLogPane::failedAndSucceeded()
{
    const auto firstWith = [this](const QString &jobId, const QString &result) {
        for (const BuildRecord &record : records(jobId)) {
            if (record.result == result)
                return record.number;
        }
        return 0;
    };
    return {firstWith(kFailingJob, u"failure"_qs), firstWith(kPassingJob, u"success"_qs)};
}

bool TestBuildLogPane::load(BuildLogPane &pane, BuildClient *client, const QString &jobId, int number,
                            const QString &result)
{
    QSignalSpy loaded(&pane, &BuildLogPane::loaded);
    pane.showLog(client, jobId, number, result);
    return loaded.wait(20'000) && pane.view()->text().lineCount() > 0;
}

void TestBuildLogPane::endedBuildIsOneDownloadWithTheLinesOfThePages()
{
    const auto [failed, succeeded] = failedAndSucceeded();
    QVERIFY(failed > 0);
    BuildLogPane pane;
    const int before = m_sandbox.requestCount();
    QVERIFY(load(pane, m_client.get(), kFailingJob, failed, u"failure"_qs));
    QCOMPARE(m_sandbox.requestCount() - before, 2);   // record-info, then the download

    // The same lines as the real-time log's pages give.
    BuildLogFetch pages(m_client.get(), kFailingJob, failed);
    LogText paged;
    connect(&pages, &BuildLogFetch::linesArrived, this, [&paged](const QList<LogLine> &lines) { paged.append(lines); });
    QSignalSpy finished(&pages, &BuildLogFetch::finished);
    pages.start();
    QVERIFY(finished.wait(20'000));
    paged.finish();
    const LogText &shown = pane.view()->text();
    QCOMPARE(shown.lineCount(), paged.lineCount());
    for (qsizetype n = 0; n < shown.lineCount(); ++n)
        QCOMPARE(shown.line(n), paged.line(n));
    QVERIFY(pane.failureLine());
}

void TestBuildLogPane::failedBuildLogIsReadAndItsFailureFound()
{
    const auto [failed, succeeded] = failedAndSucceeded();
    QVERIFY(failed > 0);
    BuildLogPane pane;
    pane.resize(800, 400);
    pane.show();
    QVERIFY(load(pane, m_client.get(), kFailingJob, failed, u"failure"_qs));
    QVERIFY(!pane.isLoading());
    QVERIFY(pane.buildFailed());
    QVERIFY(pane.statusLabel()->fullText().contains(QString::number(pane.view()->text().lineCount())));

    // The same line as `log --failed` and the Builds list name (FailureSummary over the download).
    FailureSummary summary(m_client.get(), kFailingJob, failed);
    QSignalSpy summarized(&summary, &FailureSummary::finished);
    summary.start();
    QVERIFY(summarized.wait(20'000));
    QVERIFY(summary.report().explanation);
    const std::optional<qsizetype> line = pane.failureLine();
    QVERIFY(line);
    QCOMPARE(*line, summary.report().explanation->number - 1);
    QCOMPARE(pane.view()->text().line(*line).toString(), summary.report().explanation->text);

    // Jump to the Failure: the line is marked and in sight.
    QVERIFY(pane.jumpAction()->isEnabled());
    QVERIFY(pane.jumpAction()->toolTip().contains(QString::number(*line + 1)));
    pane.view()->verticalScrollBar()->setValue(0);
    pane.jumpAction()->trigger();
    QCOMPARE(pane.view()->markedLine(), *line);
    QVERIFY(pane.view()->firstVisibleLine() <= *line && pane.view()->lastVisibleLine() >= *line);

    // Asked for before the log is in, the jump happens once it is.
    BuildLogPane early;
    early.resize(800, 300);
    early.show();
    QSignalSpy loaded(&early, &BuildLogPane::loaded);
    early.showLog(m_client.get(), kFailingJob, failed, u"failure"_qs);
    early.jumpToFailure();
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(early.view()->markedLine(), *line);
}

void TestBuildLogPane::findBarCountsAndStepsThroughMatches()
{
    const int failed = failedAndSucceeded().first;
    BuildLogPane pane;
    pane.resize(800, 400);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(load(pane, m_client.get(), kFailingJob, failed, u"failure"_qs));
    const LogText &text = pane.view()->text();
    const qsizetype anyCase = countIn(text, u"test", Qt::CaseInsensitive);
    const qsizetype exact = countIn(text, u"Test", Qt::CaseSensitive);
    QVERIFY(anyCase > 2);
    QVERIFY(exact < anyCase);

    // Ctrl+F from the log opens the bar, the cursor in its field.
    pane.view()->setFocus();
    QVERIFY(!pane.findBar()->isVisible());
    QTest::keyClick(pane.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane.findBar()->isVisible());
    QVERIFY(pane.findField()->hasFocus());
    QTest::keyClicks(pane.findField(), u"test"_qs);
    const QString ofAll = u" of "_qs + QString::number(anyCase);
    QTRY_COMPARE(pane.matchLabel()->text(), u"1"_qs + ofAll);   // after a short pause in typing
    QCOMPARE(pane.view()->matchCount(), anyCase);

    // Enter and F3 go forward, Shift+Enter and Shift+F3 back, round the ends.
    QTest::keyClick(pane.findField(), Qt::Key_Return);
    QCOMPARE(pane.matchLabel()->text(), u"2"_qs + ofAll);
    const LogText::Position second = pane.view()->currentMatchPosition();
    QVERIFY(pane.view()->firstVisibleLine() <= second.line && pane.view()->lastVisibleLine() >= second.line);
    QCOMPARE(text.line(second.line).sliced(second.column, 4).toString().toLower(), u"test"_qs);
    QTest::keyClick(pane.findField(), Qt::Key_F3);
    QCOMPARE(pane.matchLabel()->text(), u"3"_qs + ofAll);
    QTest::keyClick(pane.findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(pane.matchLabel()->text(), u"2"_qs + ofAll);
    QTest::keyClick(pane.findField(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(pane.findField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(pane.matchLabel()->text(), QString::number(anyCase) + ofAll);

    // Match case.
    pane.caseButton()->click();
    pane.findField()->setText(u"Test"_qs);
    QTRY_COMPARE(pane.view()->matchCount(), exact);
    QVERIFY(pane.matchLabel()->text().endsWith(u" of "_qs + QString::number(exact)));
    pane.findField()->setText(u"no such text anywhere"_qs);
    QTRY_COMPARE(pane.matchLabel()->text(), u"No matches"_qs);

    // Esc closes the bar and the highlights.
    QTest::keyClick(pane.findField(), Qt::Key_Escape);
    QVERIFY(!pane.findBar()->isVisible());
    QCOMPARE(pane.view()->matchCount(), 0);
    QVERIFY(pane.view()->hasFocus());
}

void TestBuildLogPane::jumpIsDisabledWithAReason()
{
    const int succeeded = failedAndSucceeded().second;
    QVERIFY(succeeded > 0);
    BuildLogPane pane;
    QVERIFY(!pane.jumpAction()->isEnabled());
    QVERIFY(pane.jumpAction()->toolTip().contains(u"Select a build"));
    QVERIFY(load(pane, m_client.get(), kPassingJob, succeeded, u"success"_qs));
    QVERIFY(!pane.jumpAction()->isEnabled());
    QVERIFY(pane.jumpAction()->toolTip().contains(u"did not fail"));
    pane.jumpToFailure();
    QCOMPARE(pane.view()->markedLine(), -1);
}

// The demo's clock is the test's: each step writes more of a running build's log.
void TestBuildLogPane::runningBuildIsFollowedAtTheBottomUnlessScrolledUp()
{
    auto now = std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
    DemoSandbox sandbox;
    sandbox.builds().setClock([now] { return now->load(); });
    QVERIFY(sandbox.start());
    auto builds = client(sandbox.baseUrl());
    RunRequest run;
    run.jobId = kFailingJob;
    BuildCall *started = builds->execute(run);
    QVERIFY(QSignalSpy(started, &BuildCall::finished).wait(10'000));
    const int number = BuildParse::startedBuild(started->json())->number;

    BuildLogPane pane;
    pane.setPollIntervals(30, 60, 60);
    pane.resize(700, 250);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    LogView *view = pane.view();
    QSignalSpy loaded(&pane, &BuildLogPane::loaded);
    pane.showLog(builds.get(), kFailingJob, number, u"running"_qs);
    QVERIFY(pane.isLoading());
    const auto advanceUntilMoreLines = [&](qint64 stepMs) {
        const qsizetype before = view->text().lineCount();
        for (int step = 0; step < 40 && view->text().lineCount() == before && loaded.isEmpty(); ++step) {
            *now += stepMs;
            QTest::qWait(150);
        }
        return view->text().lineCount() > before;
    };
    // Following: at the bottom as the log grows past a screen.
    while (view->verticalScrollBar()->maximum() < 20 && loaded.isEmpty())
        QVERIFY(advanceUntilMoreLines(1000));
    QVERIFY(loaded.isEmpty());
    QVERIFY(view->isAtBottom());
    QCOMPARE(view->lastVisibleLine(), view->text().lineCount() - 1);
    QVERIFY(pane.statusLabel()->fullText().contains(u"Following"));
    // Scrolled up, the view stays where the reader is while lines come.
    view->verticalScrollBar()->setValue(3);
    QVERIFY(advanceUntilMoreLines(1000));
    QCOMPARE(view->verticalScrollBar()->value(), 3);
    QVERIFY(!view->isAtBottom());
    // Back at the bottom, it follows again, until the build ends.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(advanceUntilMoreLines(1000));
    QVERIFY(view->isAtBottom());
    for (int step = 0; step < 200 && loaded.isEmpty(); ++step) {
        *now += 2000;
        QTest::qWait(60);
    }
    QVERIFY(!loaded.isEmpty() || loaded.wait(10'000));
    QVERIFY(view->isAtBottom());
    QVERIFY(view->text().line(view->text().lineCount() - 1).contains(u"finished: FAILED"));
    QVERIFY(pane.buildFailed());
    QVERIFY(pane.jumpAction()->isEnabled());
}

void TestBuildLogPane::anotherBuildCancelsTheReading()
{
    const auto [failed, succeeded] = failedAndSucceeded();
    BuildLogPane pane;
    pane.showLog(m_client.get(), kFailingJob, failed, u"failure"_qs);
    QVERIFY(pane.isLoading());
    QPointer<BuildLogFetch> first = pane.findChild<BuildLogFetch *>();
    QVERIFY(first);
    QSignalSpy loaded(&pane, &BuildLogPane::loaded);
    pane.showLog(m_client.get(), kPassingJob, succeeded, u"success"_qs);
    QVERIFY(first->isFinished());
    QCOMPARE(first->error().kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(!first);   // deleted
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(loaded.size(), 1);   // the cancelled reading said nothing
    QCOMPARE(pane.buildNumber(), succeeded);
    QVERIFY(pane.view()->text().wholeText().contains(u"#"_qs + QString::number(succeeded)));
    // Showing the same build again reads nothing again.
    pane.showLog(m_client.get(), kPassingJob, succeeded, u"success"_qs);
    QVERIFY(!pane.isLoading());
    // Clearing cancels too.
    pane.showLog(m_client.get(), kFailingJob, failed, u"failure"_qs);
    QPointer<BuildLogFetch> third = pane.findChild<BuildLogFetch *>();
    pane.clear();
    QVERIFY(third->isFinished());
    QCOMPARE(pane.view()->text().lineCount(), 0);
    // Destroyed while reading: nothing comes back to it.
    auto doomed = std::make_unique<BuildLogPane>();
    doomed->showLog(m_client.get(), kFailingJob, failed, u"failure"_qs);
    QTest::qWait(5);
    doomed.reset();
    QTest::qWait(100);
}

void TestBuildLogPane::wrapCopyAndSave()
{
    const int failed = failedAndSucceeded().first;
    BuildLogPane pane;
    pane.resize(700, 300);
    pane.show();
    QVERIFY(load(pane, m_client.get(), kFailingJob, failed, u"failure"_qs));
    const LogText &text = pane.view()->text();

    // Wrap Lines, remembered for the next pane.
    QVERIFY(!pane.view()->isWrapping());
    const int unwrapped = pane.view()->verticalScrollBar()->maximum();
    pane.wrapAction()->trigger();
    QVERIFY(pane.view()->isWrapping());
    QVERIFY(pane.view()->verticalScrollBar()->maximum() > unwrapped);   // the 100 KB line takes many rows
    QCOMPARE(pane.view()->horizontalScrollBar()->maximum(), 0);
    QVERIFY(AppSettings::open()->value(QLatin1String(AppSettings::kBuildsLogWrap)).toBool());
    QVERIFY(BuildLogPane().view()->isWrapping());
    pane.wrapAction()->trigger();
    QVERIFY(!pane.view()->isWrapping());

    // Copy: the selection, or the whole log when nothing is selected.
    pane.copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), text.wholeText());
    pane.view()->select({2, 0}, {3, 4});
    pane.copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), text.line(2) + u'\n' + text.line(3).first(4));

    // Save As: the whole log, byte for byte as the service sends it.
    QVERIFY(pane.savesDownload());
    QCOMPARE(pane.saveAction()->text(), u"Save As…"_qs);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"build.log"_qs);
    QSignalSpy saved(&pane, &BuildLogPane::saved);
    pane.saveTo(path);
    QVERIFY(saved.wait(20'000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().last().toString()));
    BuildCall *record = m_client->recordInfo(kFailingJob, failed);
    QVERIFY(QSignalSpy(record, &BuildCall::finished).wait(10'000));
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    BuildCall *download = m_client->downloadLog(record->json()[u"result"][u"id"].toString(), &whole);
    QVERIFY(QSignalSpy(download, &BuildCall::finished).wait(10'000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, whole.data());
    QVERIFY(bytes.contains("\x1b["));   // colours and all, as sent
    QVERIFY(bytes.contains("\r\n"));

    // Where the record ID is unknown (only the old history calls), the lines shown are saved.
    const QList<BuildRecord> legacy = records(QLatin1String(DemoBuilds::legacyJob));
    QVERIFY(!legacy.isEmpty());
    BuildLogPane old;
    QVERIFY(load(old, m_client.get(), QLatin1String(DemoBuilds::legacyJob), legacy.first().number, legacy.first().result));
    QVERIFY(!old.savesDownload());
    QCOMPARE(old.saveAction()->text(), u"Save Shown Lines As…"_qs);
    QSignalSpy oldSaved(&old, &BuildLogPane::saved);
    const QString shown = dir.filePath(u"shown.log"_qs);
    old.saveTo(shown);
    QCOMPARE(oldSaved.size(), 1);
    QVERIFY(oldSaved.first().first().toBool());
    QFile shownFile(shown);
    QVERIFY(shownFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(shownFile.readAll()), old.view()->text().wholeText());
    // A file that cannot be written says so.
    QSignalSpy refused(&pane, &BuildLogPane::saved);
    pane.saveTo(dir.filePath(u"no/such/folder/x.log"_qs));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().first().toBool());
}

QTEST_MAIN(TestBuildLogPane)
#include "tst_buildlogpane.moc"
