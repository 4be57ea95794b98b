#include "builds/buildlogpane.h"

#include "api/buildclient.h"
#include "builds/logview.h"
#include "logs/buildlogfetch.h"
#include "logs/chunksink.h"
#include "logs/failuresummary.h"
#include "platform/appsettings.h"
#include "widgets/elidedlabel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kSearchDelayMs = 150;   // the whole log is searched once typing pauses

// The platform's keys for `key`, and `always` (F3 on every platform), each once: the same
// sequence twice would make the shortcut ambiguous.
QList<QKeySequence> withKey(QKeySequence::StandardKey key, const QKeySequence &always)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(always))
        keys.prepend(always);
    return keys;
}

} // namespace

BuildLogPane::BuildLogPane(QWidget *parent) : QWidget(parent)
{
    m_view = new LogView;
    m_view->setObjectName(u"logView"_qs);
    buildToolBar();
    buildFindBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The status takes what the tool bar leaves, elided; the tool bar never gives way to it.
    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    m_view->addActions({m_findAction, m_jumpAction, m_wrapAction, m_saveAction});
    connect(m_view, &LogView::searchChanged, this, &BuildLogPane::updateMatchLabel);
    connect(m_view, &LogView::selectionChanged, this, &BuildLogPane::updateActions);
    updateActions();
    updateStatus();
}

BuildLogPane::~BuildLogPane()
{
    // Nothing may come back to a pane being destroyed.
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->abort();
    }
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
}

void BuildLogPane::buildToolBar()
{
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(u"logToolBar"_qs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_findAction = new QAction(tr("Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(tr("Find text in the whole log (%1).").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_findAction, &QAction::triggered, this, &BuildLogPane::openFind);
    m_jumpAction = new QAction(tr("Jump to the Failure"), this);
    connect(m_jumpAction, &QAction::triggered, this, &BuildLogPane::jumpToFailure);
    m_wrapAction = new QAction(tr("Wrap Lines"), this);
    m_wrapAction->setCheckable(true);
    m_wrapAction->setChecked(AppSettings::open()->value(QLatin1String(AppSettings::kBuildsLogWrap), false).toBool());
    m_view->setWrapping(m_wrapAction->isChecked());
    connect(m_wrapAction, &QAction::toggled, this, [this](bool wrap) {
        m_view->setWrapping(wrap);
        AppSettings::open()->setValue(QLatin1String(AppSettings::kBuildsLogWrap), wrap);
    });
    m_copyAction = new QAction(tr("Copy"), this);
    m_copyAction->setToolTip(tr("Copy the selected text, or the whole log when nothing is selected."));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (m_view->hasSelection())
            m_view->copy();
        else
            m_view->copyAll();
    });
    m_copyAllAction = new QAction(tr("Copy All"), this);
    connect(m_copyAllAction, &QAction::triggered, m_view, &LogView::copyAll);
    m_saveAction = new QAction(tr("Save As…"), this);
    connect(m_saveAction, &QAction::triggered, this, &BuildLogPane::saveAs);
    m_toolBar->addActions({m_findAction, m_jumpAction, m_wrapAction, m_copyAction, m_saveAction});
    m_status = new ElidedLabel;
    m_status->setObjectName(u"logStatus"_qs);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setForegroundRole(QPalette::PlaceholderText);
}

void BuildLogPane::buildFindBar()
{
    m_findBar = new QWidget;
    m_findBar->setObjectName(u"logFindBar"_qs);
    auto *layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_findField = new QLineEdit;
    m_findField->setObjectName(u"logFindField"_qs);
    m_findField->setPlaceholderText(tr("Find in the log"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    m_caseButton = new QToolButton;
    m_caseButton->setText(tr("Aa"));
    m_caseButton->setCheckable(true);
    m_caseButton->setToolTip(tr("Match case"));
    auto *previous = new QToolButton;
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter, F3)"));
    m_matchLabel = new QLabel;
    m_matchLabel->setObjectName(u"logMatchLabel"_qs);
    m_matchLabel->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton;
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));
    layout->addWidget(m_findField, 1);
    layout->addWidget(m_caseButton);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchLabel);
    layout->addWidget(close);
    m_findBar->hide();

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(kSearchDelayMs);
    connect(searchTimer, &QTimer::timeout, this, &BuildLogPane::updateSearch);
    connect(m_findField, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(m_caseButton, &QToolButton::toggled, this, &BuildLogPane::updateSearch);
    // What is typed is searched before stepping through it.
    const auto stepped = [this, searchTimer](bool forward) {
        if (searchTimer->isActive() || m_view->searchTerm() != m_findField->text()) {
            searchTimer->stop();
            updateSearch();
            return;
        }
        if (forward)
            m_view->findNext();
        else
            m_view->findPrevious();
    };
    m_findNextAction = new QAction(tr("Find Next"), this);
    m_findNextAction->setShortcuts(withKey(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)));
    m_findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findNextAction, &QAction::triggered, this, [stepped] { stepped(true); });
    m_findPreviousAction = new QAction(tr("Find Previous"), this);
    m_findPreviousAction->setShortcuts(withKey(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    m_findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findPreviousAction, &QAction::triggered, this, [stepped] { stepped(false); });
    addActions({m_findNextAction, m_findPreviousAction});
    addAction(m_findAction);
    connect(next, &QToolButton::clicked, m_findNextAction, &QAction::trigger);
    connect(previous, &QToolButton::clicked, m_findPreviousAction, &QAction::trigger);
    connect(close, &QToolButton::clicked, this, &BuildLogPane::closeFind);
}

bool BuildLogPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            (key->modifiers() & Qt::ShiftModifier ? m_findPreviousAction : m_findNextAction)->trigger();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeFind();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BuildLogPane::openFind()
{
    m_findBar->show();
    if (m_view->hasSelection() && !m_view->selectedText().contains(u'\n'))
        m_findField->setText(m_view->selectedText());
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

void BuildLogPane::closeFind()
{
    m_findBar->hide();
    m_view->setSearch({}, Qt::CaseInsensitive);
    m_view->setFocus(Qt::OtherFocusReason);
}

void BuildLogPane::updateSearch()
{
    m_view->setSearch(m_findField->text(), m_caseButton->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

void BuildLogPane::updateMatchLabel()
{
    const qsizetype count = m_view->matchCount();
    if (m_view->searchTerm().isEmpty())
        m_matchLabel->clear();
    else if (count == 0)
        m_matchLabel->setText(tr("No matches"));
    else
        m_matchLabel->setText(tr("%1 of %2%3")
                                  .arg(QLocale().toString(m_view->currentMatch() + 1), QLocale().toString(count),
                                       m_view->matchesCapped() ? u"+"_qs : QString()));
}

void BuildLogPane::showLog(BuildClient *client, const QString &jobId, int number, const QString &result)
{
    const bool same = client == m_client && jobId == m_jobId && number == m_number && (m_fetch || m_view->text().lineCount() > 0);
    if (same && m_error.isEmpty()) {
        if (!m_fetch && m_result.isEmpty())
            m_result = result;   // the reading could not tell; the list can
        return updateActions();
    }
    clear();
    m_client = client;
    m_jobId = jobId;
    m_number = number;
    m_result = result;
    if (!client)
        return;
    auto *fetch = new BuildLogFetch(client, jobId, number, this);
    m_fetch = fetch;
    const bool running = result == u"running";
    fetch->setFollow(running);
    if (m_minPollMs > 0)
        fetch->setIntervals(m_minPollMs, m_maxPollMs, m_stateCheckMs);
    m_view->setFollowing(running);
    connect(fetch, &BuildLogFetch::linesArrived, this, &BuildLogPane::addLines);
    // An ended build's log: one request instead of one for every 1,000 lines.
    m_wholeLog = std::make_unique<ChunkSink>([this](QByteArrayView bytes) { addBytes(bytes); });
    fetch->setDownloadSink(m_wholeLog.get());
    connect(fetch, &BuildLogFetch::finished, this, &BuildLogPane::onFetchFinished);
    fetch->start();
    updateActions();
    updateStatus();
}

void BuildLogPane::setPollIntervals(int minPollMs, int maxPollMs, int stateCheckMs)
{
    m_minPollMs = minPollMs;
    m_maxPollMs = maxPollMs;
    m_stateCheckMs = stateCheckMs;
}

void BuildLogPane::clear()
{
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->abort();
        m_fetch->deleteLater();
    }
    m_fetch = nullptr;
    m_number = 0;
    m_result.clear();
    m_recordId.clear();
    m_error.clear();
    m_extractor = FailureExtractor();
    m_explanation.reset();
    m_jumpWhenLoaded = false;
    m_view->clear();   // a search stays, and finds its matches in the next log as it comes
    updateActions();
    updateStatus();
}

void BuildLogPane::addLines(const QList<LogLine> &lines)
{
    const qsizetype before = m_view->text().lineCount();
    m_view->appendLines(lines);
    afterLinesAdded(before);
}

void BuildLogPane::addBytes(QByteArrayView bytes)
{
    const qsizetype before = m_view->text().lineCount();
    m_view->appendBytes(bytes);
    afterLinesAdded(before);
}

// The view's lines from `before` on are new: the extractor reads them.
void BuildLogPane::afterLinesAdded(qsizetype before)
{
    const LogText &text = m_view->text();
    for (qsizetype n = before; n < text.lineCount(); ++n)
        m_extractor.addLine(text.line(n).toString());
    m_explanation = m_extractor.report().explanation;
    if (m_fetch)
        m_recordId = m_fetch->record().recordId;
    updateActions();
    updateStatus();
    emit linesAdded();
}

void BuildLogPane::onFetchFinished()
{
    BuildLogFetch *fetch = m_fetch;
    if (!fetch)
        return;
    fetch->deleteLater();
    const qsizetype before = m_view->text().lineCount();
    m_view->finishLog();
    for (qsizetype n = before; n < m_view->text().lineCount(); ++n)
        m_extractor.addLine(m_view->text().line(n).toString());
    m_explanation = m_extractor.report().explanation;
    m_recordId = fetch->record().recordId;
    if (!fetch->result().isEmpty())
        m_result = fetch->result();
    if (fetch->error().isError() && fetch->error().kind != ApiError::Kind::Cancelled)
        m_error = fetch->error().message + u' ' + fetch->error().hint;
    m_view->setFollowing(false);
    m_fetch = nullptr;
    if (std::exchange(m_jumpWhenLoaded, false))
        jumpToFailure();
    updateActions();
    updateStatus();
    emit loaded();
}

bool BuildLogPane::isLoading() const
{
    return m_fetch != nullptr;
}

bool BuildLogPane::buildFailed() const
{
    return FailureSummary::explains(m_result);
}

std::optional<qsizetype> BuildLogPane::failureLine() const
{
    if (!m_explanation || !buildFailed())
        return std::nullopt;
    return m_explanation->number - 1;   // FailureExtractor counts from 1, as a reader does
}

void BuildLogPane::jumpToFailure()
{
    if (const std::optional<qsizetype> line = failureLine()) {
        m_jumpWhenLoaded = false;
        m_view->markLine(*line);
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Asked before the log is in (a "Show log" link): once it is.
    m_jumpWhenLoaded = isLoading();
}

void BuildLogPane::updateActions()
{
    const bool hasLines = m_view->text().lineCount() > 0;
    m_copyAction->setEnabled(hasLines);
    m_copyAllAction->setEnabled(hasLines);
    m_saveAction->setEnabled(m_number > 0 && (hasLines || !m_recordId.isEmpty()) && !m_download);
    m_saveAction->setText(m_recordId.isEmpty() && !isLoading() ? tr("Save Shown Lines As…") : tr("Save As…"));
    m_saveAction->setToolTip(m_recordId.isEmpty() && !isLoading()
                                 ? tr("The whole log cannot be downloaded here: the lines shown are saved as "
                                      "plain text, without colours.")
                                 : tr("Download the whole log and save it byte for byte as the service sends it."));
    QString why;
    if (m_number == 0)
        why = tr("Select a build to see its log.");
    else if (m_result == u"running")
        why = tr("The build is still running.");
    else if (!buildFailed() && !m_result.isEmpty())
        why = tr("The build did not fail.");
    else if (!m_explanation)
        why = isLoading() ? tr("Nothing in the log so far explains the failure.")
                          : tr("Nothing in the log explains the failure.");
    m_jumpAction->setEnabled(why.isEmpty());
    m_jumpAction->setToolTip(why.isEmpty() ? tr("Go to line %1, the first line that explains the failure.")
                                                 .arg(QLocale().toString(m_explanation->number))
                                           : why);
}

void BuildLogPane::updateStatus()
{
    const qsizetype lines = m_view->text().lineCount();
    QString text;
    if (m_number == 0)
        text = QString();
    else if (!m_error.isEmpty())
        text = m_error;
    else if (m_fetch && m_result == u"running")
        text = tr("Following the running build: %n lines", nullptr, int(lines));
    else if (m_fetch)
        text = tr("Reading the log: %n lines", nullptr, int(lines));
    else
        text = tr("%n lines", nullptr, int(lines));
    m_status->setFullText(text);
}

void BuildLogPane::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString name = u"%1-%2.log"_qs.arg(m_jobId).arg(m_number);
    const QString path = QFileDialog::getSaveFileName(this, m_saveAction->text().remove(u'…'), folder + u'/' + name,
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void BuildLogPane::saveTo(const QString &path)
{
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        emit saved(false, tr("Could not write %1: %2").arg(path, file->errorString()));
        return;
    }
    if (m_recordId.isEmpty() || !m_client) {
        file->write(m_view->text().wholeText().toUtf8());
        const bool ok = file->commit();
        emit saved(ok, ok ? tr("Saved the lines shown to %1.").arg(path)
                          : tr("Could not write %1: %2").arg(path, file->errorString()));
        return;
    }
    BuildCall *download = m_client->downloadLog(m_recordId, file.get());
    m_download = download;
    updateActions();
    m_status->setFullText(tr("Saving the log…"));
    connect(download, &BuildCall::sinkProgress, this, [this](qint64 written) {
        m_status->setFullText(tr("Saving the log: %1").arg(QLocale().formattedDataSize(written)));
    });
    connect(download, &BuildCall::finished, this, [this, download, file, path] {
        download->deleteLater();
        m_download = nullptr;
        QString message;
        bool ok = download->succeeded();
        if (ok) {
            ok = file->commit();
            message = ok ? tr("Saved the whole log (%1) to %2.").arg(QLocale().formattedDataSize(download->bytesToSink()), path)
                         : tr("Could not write %1: %2").arg(path, file->errorString());
        } else {
            file->cancelWriting();
            message = tr("The log was not saved: %1").arg(download->error().message);
        }
        updateActions();
        updateStatus();
        m_status->setFullText(message);
        emit saved(ok, message);
    });
}
