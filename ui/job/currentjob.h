#pragma once

#include "api/jobinfo.h"

#include <QObject>
#include <QString>

#include <optional>

// The job the window is about, for the features that act on it (star, trend, builds, follow,
// watching) and the note above the form: the job the form shows, whether it still answers the
// last request, and the job whose fetch failed while nothing is shown for it. The window sets
// it; changed() follows every change.
class CurrentJob : public QObject
{
    Q_OBJECT

public:
    // How the job shown relates to the last request.
    enum class State { Current, StaleWhileFetching, KeptAfterCancel, KeptAfterFailure };

    explicit CurrentJob(QObject *parent = nullptr);

    // The job the form shows (fetched, or a snapshot from history); nullopt when none.
    const std::optional<JobInfo> &job() const { return m_job; }
    State state() const { return m_state; }
    // True when a job is shown that is not what the last request was about (F5 fetches it).
    bool isStale() const { return m_job && m_state != State::Current; }
    // The job being fetched while the one shown is greyed (StaleWhileFetching).
    QString fetchingJobId() const { return m_fetchingJobId; }
    // The job that actions such as Star act on: the one shown, else the one whose fetch failed
    // (a 403 is worth starring to watch it).
    QString subjectJobId() const;

    void setJob(const std::optional<JobInfo> &job);
    void setState(State state, const QString &fetchingJobId = {});
    void setFailedJobId(const QString &jobId);

signals:
    void changed();

private:
    std::optional<JobInfo> m_job;
    State m_state = State::Current;
    QString m_fetchingJobId;
    QString m_failedJobId;
};
