#include "job/currentjob.h"

CurrentJob::CurrentJob(QObject *parent)
    : QObject(parent)
{
}

QString CurrentJob::subjectJobId() const
{
    if (m_job && !m_job->id.isEmpty())
        return m_job->id;
    return m_failedJobId;
}

void CurrentJob::setJob(const std::optional<JobInfo> &job)
{
    m_job = job;
    emit changed();
}

void CurrentJob::setState(State state, const QString &fetchingJobId)
{
    m_state = state;
    m_fetchingJobId = fetchingJobId;
    emit changed();
}

void CurrentJob::setFailedJobId(const QString &jobId)
{
    if (m_failedJobId == jobId)
        return;
    m_failedJobId = jobId;
    emit changed();
}
