#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

struct JobSummary;
struct ProjectSummary;

// Which CodeArts project each job lives in, and what each project is called, as far as the
// service has said so in this session. ShowJobInfo names neither: its project_id is the job's own
// build project (a UUID). The CodeArts project comes with other answers the window already
// receives: the job search's rows (ListJob: project_id and project_name), the search panel's
// project list (ListRelatedProjectInfo: identifier and name), a build's record-info
// (devcloud_project_id) and the job's configuration (ShowJobConfig: project_id). Whoever reads one
// of them tells the directory; the form shows what it knows. Nothing is guessed: a name is only
// ever one the service sent for that project ID. Kept in memory only, for the session.
class ProjectDirectory : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDirectory(QObject *parent = nullptr);

    // Whether `id` can name a CodeArts project: 32 digits and lower-case letters (after lower-
    // casing). A build project's UUID cannot, so the two are never taken for each other.
    static bool isProjectId(const QString &id);

    // What one answer said. IDs are compared in lower case; values that cannot be right (an empty
    // or malformed ID, an empty name) are ignored, and a later answer replaces an earlier one.
    void addJob(const QString &jobId, const QString &projectId);
    void addProject(const QString &projectId, const QString &name);
    // The job search's rows: each job's project, and its name where the row has one.
    void addJobs(const QList<JobSummary> &jobs);
    // The project list's entries.
    void addProjects(const QList<ProjectSummary> &projects);

    // The CodeArts project of `jobId` (lower case), or empty when no answer said.
    QString projectOf(const QString &jobId) const;
    // The name the service gave `projectId`, or empty.
    QString nameOf(const QString &projectId) const;

signals:
    // Something new was learnt (not sent when an answer only repeats what was known).
    void changed();

private:
    bool learnJob(const QString &jobId, const QString &projectId);
    bool learnProject(const QString &projectId, const QString &name);

    QHash<QString, QString> m_projectOfJob;   // job ID → CodeArts project ID
    QHash<QString, QString> m_nameOfProject;  // CodeArts project ID → its name
};
