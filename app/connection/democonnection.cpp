#include "connection/democonnection.h"

#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demoids.h"
#include "sandbox/demowatchjobs.h"

#include <QCoreApplication>

#include <memory>

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
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kHourMs = 3600 * 1000;

// When the job was fetched `daysAgo` days before `nowMs`: at a varied hour, the same for that
// day whenever asked, at least four hours from the day before's.
qint64 pastFetchTime(const QString &jobId, qint64 nowMs, int daysAgo)
{
    const qint64 day = nowMs / kDayMs - daysAgo;
    const qint64 hour = DemoIds::seedOf(jobId + u"/past/"_qs + QString::number(day)) % 20;
    return nowMs - daysAgo * kDayMs + (hour - 10) * kHourMs;
}

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

QList<HistoryEntry> pastOf(const JobInfo &job, qint64 nowMs, DemoBuilds *builds)
{
    const std::optional<DemoJob> demo = DemoJobs::find(job.id);
    if (!demo || demo->result.isEmpty())
        return {};
    std::unique_ptr<DemoBuilds> own;
    if (!builds) {
        own = std::make_unique<DemoBuilds>();
        own->setClock([nowMs] { return nowMs; });
        builds = own.get();
    }
    QList<HistoryEntry> past;
    for (int daysAgo = kPastDays; daysAgo >= 1; --daysAgo) {
        const qint64 timeMs = pastFetchTime(job.id, nowMs, daysAgo);
        const std::optional<QJsonObject> result = builds->showJobResultAt(job.id, timeMs);
        if (!result)
            return {};
        HistoryEntry entry = HistoryEntry::fromJob(QLatin1String(AppSettings::kDemoEndpoint), JobInfo::fromJson(*result), 200, 20);
        entry.timeMs = timeMs;
        past.append(entry);
    }
    return past;
}

} // namespace DemoConnection
