#pragma once

#include "api/jobinfo.h"
#include "history/historystore.h"

#include <QList>
#include <QString>

// The demo as the window sees it, kept beside the sandbox so that no widget needs the sandbox's
// headers: the jobs the Demo jobs menu offers, the job shown first, how fast the moving jobs go,
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
// The speed of the moving jobs' clock (CODEARTS_INSPECTOR_DEMO_SPEED); 1 is real time.
double clockSpeed();
// Two weeks of a moving demo job's history (demotimeline.h) as history entries of the "demo"
// endpoint, oldest first; empty for jobs that have none (failing answers, unknown IDs).
QList<HistoryEntry> pastOf(const JobInfo &job, qint64 nowMs);

} // namespace DemoConnection
