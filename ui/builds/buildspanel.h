#pragma once

#include "api/buildrecords.h"
#include "api/jobinfo.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QToolButton>   // runButton()'s callers use it as a button
#include <QWidget>

#include <optional>

class BuildCall;
class BuildClient;
class BuildDetailsFetch;
class BuildFollower;
class BuildLogPane;
class BuildRecordsFetch;
class ElidedLabel;
class FailureSummary;
class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScatterSeries;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolBar;
struct RunRequest;

// A build's steps as horizontal bars, as long as each step took, the failed one in red. To a
// screen reader, a list of the steps (BuildsAccessibility).
class StepTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit StepTimeline(QWidget *parent = nullptr);
    void setSteps(const QList<BuildStep> &steps);
    const QList<BuildStep> &steps() const { return m_steps; }
    // Where the failed step's row is; invalid when no step failed.
    QRect failedStepRect() const;
    // Where the step at `index` is drawn.
    QRect stepRect(int index) const;
    // A step as a screen reader says it: "Compile: failed, 2 min 05 s".
    static QString spokenStep(const BuildStep &step);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    static QString label(const BuildStep &step);

    QList<BuildStep> m_steps;
};

// The Builds panel for one job: its records over 7, 30 or 90 days (table, success rate and
// median duration, a chart of durations coloured by result, which can be hidden), the
// selected build's Steps (a timeline and its parameters) and Log (BuildLogPane, read only while
// it is on screen), and the actions the job's permissions allow: Run (is_execute), Stop (a
// running build), follow in CodeArts, Open in browser, and what each permission means. The
// actions sit in a tool bar whose last ones move into its "»" menu when the panel is narrow.
//
// A failed build's row says why: "Failed at <step>: <error line>" (FailureSummary), asked for
// the failed builds in sight only, one at a time, each once. Self-contained: the host gives it
// a BuildClient (with the job's credentials) and the job it shows.
class BuildsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BuildsPanel(QWidget *parent = nullptr);
    ~BuildsPanel() override;

    // Shows `job` and loads its records with `client` (not owned; it must outlive the panel's
    // use of it). `consoleUrl` is the job's page in the CodeArts console (empty: no button).
    void setJob(const JobInfo &job, BuildClient *client, const QUrl &consoleUrl = {});
    // The same job fetched again: its permissions as they are now, and its records read
    // again, keeping the build selected (its steps and log are read again with it).
    void reload(const JobInfo &job);
    void refresh();

    // How often a build being followed is asked about (default BuildFollower's).
    void setFollowIntervalMs(int ms) { m_followIntervalMs = ms; }

    const QList<BuildRecord> &records() const { return m_records; }
    // The table's columns.
    // BuildColumn holds the build number and ResultColumn the service's word for the result
    // ("failure") in Qt::UserRole; ResultColumn shows it in the UI's language ("Failed").
    enum Column { BuildColumn, DailyColumn, ResultColumn, StartedColumn, DurationColumn, FailureColumn,
                  TriggerColumn, ExecutorColumn, BranchColumn, CommitColumn, ColumnCount };

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    StepTimeline *timeline() const { return m_timeline; }
    BuildLogPane *logPane() const { return m_logPane; }
    QTabWidget *detailsTabs() const { return m_details; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *runAction() const { return m_runAction; }
    // The Run action's button in the tool bar (hidden while it sits in the "»" menu).
    QToolButton *runButton() const;
    QAction *stopAction() const { return m_stopAction; }
    QAction *followAction() const { return m_followAction; }
    QAction *browserAction() const { return m_browserAction; }
    QAction *chartAction() const { return m_chartAction; }
    QLabel *messageLabel() const { return m_message; }
    ElidedLabel *summaryLabel() const { return m_summary; }
    ElidedLabel *failureLabel() const { return m_failureLabel; }
    QPushButton *showLogButton() const { return m_showLogButton; }
    int chartPointCount() const;
    int followedBuild() const;
    // "Failed at <step>: <error line>" for a failed build, once its summary came; else empty.
    QString failureText(int buildNumber) const { return m_failureTexts.value(buildNumber); }
    // The number of the selected build, or 0.
    int selectedBuild() const;

    // One line per permission flag: what it allows, and what to ask a project manager for.
    static QStringList permissionExplanations(const JobInfo &job);
    // Shows records that already arrived (also for the benchmark); selects nothing.
    void showRecords(const QList<BuildRecord> &records);

    void selectBuild(int row);

    // "Failed at <step>: <error line>", or as much of it as the summary knows; empty when it
    // knows neither.
    static QString failureText(const FailureSummary &summary);
    static QString resultText(const QString &result);

public slots:
    // Selects the build with this number (its steps show), now or when the records arrive;
    // for a notification's "Show build".
    void showBuild(int number);
    // Selects the build with this number and shows its Log at the line that explains its
    // failure (once the log is in); for a failed row's "Show Log" and a notification's.
    void showLog(int buildNumber);

public:
    // The actions, as the buttons run them (each asks for confirmation first).
    void runBuild();
    void stopSelectedBuild();
    void toggleFollow();
    void explainPermissions();

signals:
    void recordsLoaded();
    // A run was sent and answered with this build number; following starts.
    void runStarted(int buildNumber);
    // The same, with the job: the build is at the top of the list, running. For the board.
    void buildStarted(const QString &jobId, int buildNumber);
    void followedBuildFinished(const QString &result);
    // record-info or the job's configuration named the job's CodeArts project (for ProjectDirectory).
    void codeArtsProjectRead(const QString &jobId, const QString &codeArtsProjectId);
    void actionFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void buildToolBar();
    QWidget *buildDetails();
    void setChartShown(bool shown);
    void giveStepsTheirSpace();
    void onRecordsFetched();
    void fillTable();
    void fillChart();
    void updateSummary();
    void updateActions();
    void loadSteps(int buildNumber);
    // Reads the selected build's log when the Log is on screen; else stops reading another's.
    void loadLogIfShown();
    void updateFailureBanner();
    // Summaries for the failed builds in sight, one at a time.
    void askForSummaries();
    void onSummary(FailureSummary *summary, int number);
    void showFailureText(int number);
    int rowOf(int buildNumber) const;
    bool confirm(const QString &title, const QString &text, const QString &actionLabel);
    void confirmAndRun(const RunRequest &request, const QString &branch);
    void sayWhichBranch(const BuildFollower &follower);
    // `asked`: the branch the run asks for, to compare with the one its build uses.
    void sendRun(const RunRequest &request, const QString &asked);
    void followBuild(int number);
    void listStartedBuild(const StartedBuild &started, const QString &branch);
    void showMessage(const QString &text, bool error);
    const BuildRecord *selectedRecord() const;

    JobInfo m_job;
    QPointer<BuildClient> m_client;
    QUrl m_consoleUrl;
    QList<BuildRecord> m_records;
    QPointer<BuildRecordsFetch> m_fetch;
    QPointer<BuildDetailsFetch> m_stepsFetch;
    QPointer<BuildCall> m_action;
    QPointer<BuildFollower> m_follower;
    int m_followIntervalMs = 0;
    int m_buildToShow = 0;      // showBuild() before the records came
    int m_logToShow = 0;        // showLog(): the build whose failure to jump to once selected
    std::optional<BuildRecord> m_started;   // the build run from here, listed until the service lists it
    QHash<int, QString> m_failureTexts;     // build number: "Failed at <step>: <error line>"
    QSet<int> m_summariesAsked;
    QPointer<FailureSummary> m_failureSummary;
    QTimer m_summaryTimer;      // asks once scrolling and resizing pause
    QString m_askedBranch;      // for the build being followed: the branch its run asked for
    bool m_branchSaid = false;  // and whether the branch it really builds was said
    int m_days = 30;
    bool m_favorite = false;

    QComboBox *m_period;
    ElidedLabel *m_summary;
    QLabel *m_message;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSplitter *m_splitter;
    QChartView *m_chart;
    QList<QScatterSeries *> m_series;
    QTabWidget *m_details;
    StepTimeline *m_timeline;
    QLabel *m_parameters;
    QLabel *m_stepsHint;
    BuildLogPane *m_logPane;
    QWidget *m_failureBanner;
    ElidedLabel *m_failureLabel;
    QPushButton *m_showLogButton;
    QToolBar *m_toolBar;
    QAction *m_runAction;
    QAction *m_stopAction;
    QAction *m_followAction;
    QAction *m_browserAction;
    QAction *m_permissionsAction;
    QAction *m_chartAction;
};
