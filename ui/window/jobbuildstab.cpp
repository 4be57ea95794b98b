#include "window/jobbuildstab.h"

#include "builds/buildcalls.h"
#include "builds/buildspanel.h"
#include "builds/buildswindow.h"
#include "job/currentjob.h"
#include "widgets/wrappinglabel.h"

#include <QTabWidget>

JobBuildsTab::JobBuildsTab(QTabWidget *tabs, BuildCalls *builds, CurrentJob *currentJob, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_builds(builds), m_currentJob(currentJob)
{
    auto *placeholder = new WrappingLabel(tr("The build records of the job shown will appear here."));
    placeholder->setObjectName(QStringLiteral("buildsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    m_index = m_tabs->addTab(placeholder, tr("&Builds"));
}

BuildsWindow *JobBuildsTab::openPage()
{
    BuildsWindow *page = m_builds->buildsPage();
    if (page) {
        m_page = page;
        setWidget(page);
        m_tabs->setCurrentWidget(page);
    }
    return page;
}

void JobBuildsTab::openBuild(int number, bool log)
{
    BuildsWindow *page = openPage();
    if (!page || number <= 0)
        return;
    if (log)
        page->panel()->showLog(number);
    else
        page->panel()->showBuild(number);
}

void JobBuildsTab::followJob()
{
    const std::optional<JobInfo> &job = m_currentJob->job();
    if (job && m_tabs->currentIndex() == m_index && (!m_page || m_page->jobId() != job->id))
        openPage();
}

void JobBuildsTab::jobShown()
{
    const std::optional<JobInfo> &job = m_currentJob->job();
    if (job && m_page && m_page->jobId() == job->id)
        return m_page->panel()->reload(*job);
    followJob();
}

void JobBuildsTab::connectionChanged()
{
    m_page.clear();
}

void JobBuildsTab::setWidget(QWidget *widget)
{
    const bool wasCurrent = m_tabs->currentIndex() == m_index;
    QWidget *old = m_tabs->widget(m_index);
    const QString title = m_tabs->tabText(m_index);
    m_tabs->removeTab(m_index);
    if (old != widget && old)
        old->deleteLater();
    m_tabs->insertTab(m_index, widget, title);
    if (wasCurrent)
        m_tabs->setCurrentIndex(m_index);
}
