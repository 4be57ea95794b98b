#include "watch/watchstate.h"

namespace WatchState {

JobState fromJob(const JobInfo &job)
{
    const QString running = job.runningStatus.trimmed().toLower();
    const QString last = job.lastBuildStatus.trimmed().toLower();
    if (running == u"running" || running == u"building" || last == u"running" || last == u"building")
        return JobState::Running;
    if (job.disabled.value_or(false))
        return JobState::Disabled;
    // ListProjectJobs reports colours: blue = success, red = failed; the record calls' results
    // (BuildParse::normalizedResult) say failure.
    if (last == u"success" || last == u"blue")
        return JobState::Success;
    if (last == u"failed" || last == u"fail" || last == u"failure" || last == u"red" || last == u"timeout"
        || last == u"error")
        return JobState::Failed;
    if (last == u"aborted" || last == u"aborting" || last == u"cancelled")
        return JobState::Aborted;
    return JobState::Unknown;
}

QString name(JobState state)
{
    switch (state) {
    case JobState::Unknown: return QStringLiteral("unknown");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Success: return QStringLiteral("success");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Aborted: return QStringLiteral("aborted");
    case JobState::Disabled: return QStringLiteral("disabled");
    }
    return QStringLiteral("unknown");
}

int severity(JobState state)
{
    switch (state) {
    case JobState::Failed: return 3;
    case JobState::Running: return 2;
    case JobState::Success: return 1;
    default: return 0;
    }
}

} // namespace WatchState
