#pragma once

#include "logs/failureextractor.h"
#include "logs/logpageassembler.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class BuildCall;
class BuildClient;
class BuildLogFetch;
class ChunkSink;
class ElidedLabel;
class LogView;
class QAction;
class QLabel;
class QLineEdit;
class QToolBar;
class QToolButton;

// The Builds tab's Log: one build's log in a LogView, with a tool bar (Find, Jump to the
// failure, Wrap lines, Copy, Save As…) and a find bar (Ctrl+F; Enter and F3 for the next match,
// Shift+Enter and Shift+F3 for the previous one, Esc closes it).
//
// The log is read through BuildLogFetch when showLog() is called, that is when the Log is on
// screen; a running build's log is followed until the build ends. Showing another build, or
// closing, cancels the reading. The lines go through FailureExtractor as they come, so the
// line that explains a failure is the one `log --failed` names, found without asking twice.
class BuildLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit BuildLogPane(QWidget *parent = nullptr);
    ~BuildLogPane() override;

    // Reads and shows build `number`'s log (the one shown stays when it is the same build).
    // `result` is the build's result as the list knows it (BuildRecord's words): "running"
    // follows the log.
    void showLog(BuildClient *client, const QString &jobId, int number, const QString &result);
    // Cancels the reading and empties the view.
    void clear();
    // Jumps to the line that explains the failure, now or once the log is in.
    void jumpToFailure();
    // Opens the find bar, the cursor in its field.
    void openFind();
    void closeFind();
    // Saves the log into `path`: the whole log downloaded as the service sends it when the build's
    // record ID is known, else the lines shown as plain text. saved() says how it went.
    void saveTo(const QString &path);
    // One page of the log, as BuildLogFetch gives it (public for the benchmark).
    void addLines(const QList<LogLine> &lines);
    // How often a followed log is asked again (BuildLogFetch::setIntervals); tests shorten it.
    void setPollIntervals(int minPollMs, int maxPollMs, int stateCheckMs);

    int buildNumber() const { return m_number; }
    bool isLoading() const;
    // The line (0-based) that explains the failure, when the log has one.
    std::optional<qsizetype> failureLine() const;
    // True when the build failed or timed out, as far as is known.
    bool buildFailed() const;
    // Whether Save As downloads the whole log (else it saves the lines shown).
    bool savesDownload() const { return !m_recordId.isEmpty(); }

    LogView *view() const { return m_view; }
    QLineEdit *findField() const { return m_findField; }
    QLabel *matchLabel() const { return m_matchLabel; }
    ElidedLabel *statusLabel() const { return m_status; }
    QWidget *findBar() const { return m_findBar; }
    QToolButton *caseButton() const { return m_caseButton; }
    QAction *findAction() const { return m_findAction; }
    QAction *jumpAction() const { return m_jumpAction; }
    QAction *wrapAction() const { return m_wrapAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *saveAction() const { return m_saveAction; }

signals:
    // The reading ended: the whole log is in, or it failed or was cancelled.
    void loaded();
    void linesAdded();
    void saved(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addBytes(QByteArrayView bytes);
    void afterLinesAdded(qsizetype before);
    void buildToolBar();
    void buildFindBar();
    void onFetchFinished();
    void updateSearch();
    void updateMatchLabel();
    void updateActions();
    void updateStatus();
    void saveAs();

    QPointer<BuildClient> m_client;
    QString m_jobId;
    int m_number = 0;
    QString m_result;
    QString m_recordId;
    QString m_error;
    QPointer<BuildLogFetch> m_fetch;
    QPointer<BuildCall> m_download;
    std::unique_ptr<ChunkSink> m_wholeLog;   // an ended build's log by one download (m_fetch)
    FailureExtractor m_extractor;
    std::optional<ExcerptLine> m_explanation;
    bool m_jumpWhenLoaded = false;
    int m_minPollMs = 0;
    int m_maxPollMs = 0;
    int m_stateCheckMs = 0;

    QToolBar *m_toolBar;
    ElidedLabel *m_status;
    QWidget *m_findBar;
    QLineEdit *m_findField;
    QToolButton *m_caseButton;
    QLabel *m_matchLabel;
    LogView *m_view;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_jumpAction;
    QAction *m_wrapAction;
    QAction *m_copyAction;
    QAction *m_copyAllAction;
    QAction *m_saveAction;
};
