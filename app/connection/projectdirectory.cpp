#include "connection/projectdirectory.h"

#include "api/jobid.h"
#include "api/joblist.h"

#include <QRegularExpression>

ProjectDirectory::ProjectDirectory(QObject *parent) : QObject(parent) {}

bool ProjectDirectory::isProjectId(const QString &id)
{
    // The SDK: "CodeArts项目ID，32位数字、小写字母组合".
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-z]{32}$"));
    return pattern.match(id.toLower()).hasMatch();
}

bool ProjectDirectory::learnJob(const QString &jobId, const QString &projectId)
{
    if (!JobId::isValid(jobId) || !isProjectId(projectId))
        return false;
    const QString job = jobId.toLower();
    const QString project = projectId.toLower();
    if (m_projectOfJob.value(job) == project)
        return false;
    m_projectOfJob.insert(job, project);
    return true;
}

bool ProjectDirectory::learnProject(const QString &projectId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!isProjectId(projectId) || trimmed.isEmpty())
        return false;
    const QString project = projectId.toLower();
    if (m_nameOfProject.value(project) == trimmed)
        return false;
    m_nameOfProject.insert(project, trimmed);
    return true;
}

void ProjectDirectory::addJob(const QString &jobId, const QString &projectId)
{
    if (learnJob(jobId, projectId))
        emit changed();
}

void ProjectDirectory::addProject(const QString &projectId, const QString &name)
{
    if (learnProject(projectId, name))
        emit changed();
}

void ProjectDirectory::addJobs(const QList<JobSummary> &jobs)
{
    bool learnt = false;
    for (const JobSummary &job : jobs) {
        learnt = learnJob(job.id, job.codeArtsProjectId) || learnt;
        learnt = learnProject(job.codeArtsProjectId, job.projectName) || learnt;
    }
    if (learnt)
        emit changed();   // once for a page of rows
}

void ProjectDirectory::addProjects(const QList<ProjectSummary> &projects)
{
    bool learnt = false;
    for (const ProjectSummary &project : projects)
        learnt = learnProject(project.id, project.name) || learnt;
    if (learnt)
        emit changed();
}

QString ProjectDirectory::projectOf(const QString &jobId) const
{
    return m_projectOfJob.value(jobId.toLower());
}

QString ProjectDirectory::nameOf(const QString &projectId) const
{
    return m_nameOfProject.value(projectId.toLower());
}
