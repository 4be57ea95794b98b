#pragma once

#include "api/jobinfo.h"
#include "history/historystore.h"

#include <QList>
#include <QString>

class DemoBuilds;

// The demo as the window sees it, kept beside the sandbox so that no widget needs the sandbox's
// headers: the jobs the Demo jobs menu offers, the job shown first, how fast the watch jobs go,
// and the past days of a demo job.
namespace DemoConnection {

struct JobChoice
{
    QString id;
    QString title;          // in the UI language
    bool failing = false;   // one of the answers that fail in a typical way
};

// The sample jobs in menu order, then the failing answers.
QList<JobChoice> jobChoices();
// The job --demo shows first.
QString firstJobId();
// The speed of the watch jobs' clock (CODEARTS_INSPECTOR_DEMO_SPEED); 1 is real time.
double clockSpeed();
// Two weeks of a demo job's history as history entries of the "demo" endpoint, oldest first:
// one a day, ShowJobInfo's answer as the job's builds had it then (DemoBuilds::showJobResultAt,
// of `builds`, the sandbox's, or of builds of its own when null). Empty for jobs that have none
// (failing answers, the watch jobs, whose clock starts with the sandbox, unknown IDs).
QList<HistoryEntry> pastOf(const JobInfo &job, qint64 nowMs, DemoBuilds *builds = nullptr);

} // namespace DemoConnection
