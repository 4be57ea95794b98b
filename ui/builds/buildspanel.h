#pragma once

#include "api/buildrecords.h"
#include "api/jobinfo.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class BuildCall;
class BuildClient;
class BuildDetailsFetch;
class BuildFollower;
class BuildRecordsFetch;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScatterSeries;
class QStandardItemModel;
class QTableView;
class QTableWidget;
struct RunRequest;

// A build's steps as horizontal bars, as long as each step took, the failed one in red.
class StepTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit StepTimeline(QWidget *parent = nullptr);
    void setSteps(const QList<BuildStep> &steps);
    const QList<BuildStep> &steps() const { return m_steps; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<BuildStep> m_steps;
};

// The Builds panel for one job: its records over 7, 30 or 90 days (table, success rate and
// median duration, a chart of durations coloured by result), the selected build's steps as a
// timeline, and the actions the job's permissions allow: Run (is_execute), Stop (a running
// build), follow in CodeArts, Open in browser, and what each permission means. Self-contained:
// the host gives it a BuildClient (with the job's credentials) and the job it shows.
class BuildsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BuildsPanel(QWidget *parent = nullptr);
    ~BuildsPanel() override;

    // Shows `job` and loads its records with `client` (not owned; it must outlive the panel's
    // use of it). `consoleUrl` is the job's page in the CodeArts console (empty: no button).
    void setJob(const JobInfo &job, BuildClient *client, const QUrl &consoleUrl = {});
    void refresh();

    // How often a build being followed is asked about (default BuildFollower's).
    void setFollowIntervalMs(int ms) { m_followIntervalMs = ms; }

    const QList<BuildRecord> &records() const { return m_records; }
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    StepTimeline *timeline() const { return m_timeline; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *followButton() const { return m_followButton; }
    QPushButton *browserButton() const { return m_browserButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    int chartPointCount() const;
    int followedBuild() const;

    // One line per permission flag: what it allows, and what to ask a project manager for.
    static QStringList permissionExplanations(const JobInfo &job);
    // Shows records that already arrived (also for the benchmark); selects nothing.
    void showRecords(const QList<BuildRecord> &records);

    void selectBuild(int row);
    // Selects the build with this number (its steps show), now or when the records arrive;
    // for a notification's "Show build".
    void showBuild(int number);
    // The actions, as the buttons run them (each asks for confirmation first).
    void runBuild();
    void stopSelectedBuild();
    void toggleFollow();
    void explainPermissions();

signals:
    void recordsLoaded();
    // A run was sent and answered with this build number; following starts.
    void runStarted(int buildNumber);
    void followedBuildFinished(const QString &result);
    // record-info or the job's configuration named the job's CodeArts project (for ProjectDirectory).
    void codeArtsProjectRead(const QString &jobId, const QString &codeArtsProjectId);
    void actionFinished();

private:
    void buildLayout();
    void onRecordsFetched();
    void fillTable();
    void fillChart();
    void updateSummary();
    void updateActions();
    void loadSteps(int buildNumber);
    bool confirm(const QString &title, const QString &text, const QString &actionLabel);
    void confirmAndRun(const RunRequest &request, const QString &branch);
    void sayWhichBranch(const BuildFollower &follower);
    // `asked`: the branch the run asks for, to compare with the one its build uses.
    void sendRun(const RunRequest &request, const QString &asked);
    void followBuild(int number);
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
    QString m_askedBranch;      // for the build being followed: the branch its run asked for
    bool m_branchSaid = false;  // and whether the branch it really builds was said
    int m_days = 30;
    bool m_favorite = false;

    QComboBox *m_period;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QChartView *m_chart;
    QList<QScatterSeries *> m_series;
    StepTimeline *m_timeline;
    QLabel *m_parameters;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_followButton;
    QPushButton *m_browserButton;
    QPushButton *m_permissionsButton;
};
