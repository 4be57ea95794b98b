#pragma once

#include <QObject>
#include <QPointer>

class BuildCalls;
class BuildsWindow;
class CurrentJob;
class QTabWidget;
class QWidget;

// The job's Builds tab: a placeholder until it is opened for a job, then the page BuildCalls
// makes for the job shown. A new page is made when the tab is opened for another job, and for a
// build to show (a page already open may hold records from before that build).
class JobBuildsTab : public QObject
{
    Q_OBJECT

public:
    // Adds the tab, with its placeholder, at the end of `tabs` (after the Overview). Nothing is
    // owned.
    JobBuildsTab(QTabWidget *tabs, BuildCalls *builds, CurrentJob *currentJob, QObject *parent = nullptr);

    // Opens the tab on a new page for the job shown; null when none can be made (BuildCalls
    // says why).
    BuildsWindow *openPage();
    // The same with build `number` selected (0: none), or its Log open at the failure when `log`.
    void openBuild(int number, bool log);
    // The tab was chosen: an open tab shows the job shown.
    void followJob();
    // A fetch showed a job. A page open for it reads its records again, with the job's
    // permissions as they are now, keeping the selected build; for another job, as followJob().
    void jobShown();
    // Another profile, region or kind of connection: the page holds the old credentials, so a
    // new one is made the next time the tab shows a job.
    void connectionChanged();
    // Puts `widget` in the tab in place of what was there (the tab widget takes it).
    void setWidget(QWidget *widget);

private:
    QTabWidget *m_tabs;
    BuildCalls *m_builds;
    CurrentJob *m_currentJob;
    int m_index;
    QPointer<BuildsWindow> m_page;   // once made for a job
};
