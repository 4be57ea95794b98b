#include "connection/democonnection.h"

#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demotimeline.h"
#include "sandbox/demowatchjobs.h"

#include <QCoreApplication>

namespace {

struct FailingJob
{
    const char *id;
    const char *title;
};

const FailingJob kFailingJobs[] = {
    {DemoJobs::TroubleJobs::serverError, QT_TRANSLATE_NOOP("DemoConnection", "Server error (HTTP 500)")},
    {DemoJobs::TroubleJobs::rateLimited, QT_TRANSLATE_NOOP("DemoConnection", "Rate limited (HTTP 429)")},
    {DemoJobs::TroubleJobs::htmlErrorPage, QT_TRANSLATE_NOOP("DemoConnection", "HTML error page from a proxy")},
    {DemoJobs::TroubleJobs::truncatedJson, QT_TRANSLATE_NOOP("DemoConnection", "Truncated JSON")},
    {DemoJobs::TroubleJobs::plainText, QT_TRANSLATE_NOOP("DemoConnection", "Plain text instead of JSON")},
    {DemoJobs::TroubleJobs::oversized, QT_TRANSLATE_NOOP("DemoConnection", "Oversized answer")},
    {DemoJobs::TroubleJobs::foreignRedirect, QT_TRANSLATE_NOOP("DemoConnection", "Redirect to another host")},
    {DemoJobs::TroubleJobs::sameOriginRedirect, QT_TRANSLATE_NOOP("DemoConnection", "Redirect on the same host")},
};

// The days of history a demo job brings when first fetched.
constexpr int kPastDays = 14;

} // namespace

namespace DemoConnection {

QList<JobChoice> jobChoices()
{
    QList<JobChoice> choices;
    for (const DemoJob &job : DemoJobs::all())
        choices.append({job.id, job.title, false});
    for (const FailingJob &job : kFailingJobs)
        choices.append({QString::fromLatin1(job.id), QCoreApplication::translate("DemoConnection", job.title), true});
    return choices;
}

QString firstJobId()
{
    return DemoJobs::firstJobId();
}

double clockSpeed()
{
    return DemoWatchJobs::speedFromEnvironment();
}

QList<HistoryEntry> pastOf(const JobInfo &job, qint64 nowMs)
{
    const std::optional<DemoJob> demo = DemoJobs::find(job.id);
    if (!demo || demo->result.isEmpty())
        return {};
    QList<HistoryEntry> past;
    for (const DemoTimeline::PastState &state : DemoTimeline::pastStates(demo->result, nowMs, kPastDays)) {
        HistoryEntry entry = HistoryEntry::fromJob(QLatin1String(AppSettings::kDemoEndpoint),
                                                   JobInfo::fromJson(state.result), 200, 20);
        entry.timeMs = state.timeMs;
        past.append(entry);
    }
    return past;
}

} // namespace DemoConnection
