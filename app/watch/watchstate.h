#pragma once

#include "api/jobinfo.h"

#include <QString>

// The few states a watched job can be in, derived from what the service answered. The service
// publishes no enumeration for running_status and last_build_status, so the mapping is lenient.
enum class JobState { Unknown, Running, Success, Failed, Aborted, Disabled };

namespace WatchState {

JobState fromJob(const JobInfo &job);
// Stable lower-case names for output and JSON: "unknown", "running", "success", ...
QString name(JobState state);
// The worse of two states for a summary (failed > running > success > unknown).
int severity(JobState state);

} // namespace WatchState
