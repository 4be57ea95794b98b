#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// How a demo job's builds happen (demoschedule.h). They are laid out on the calendar from the
// job's ID and each day's date, so every sandbox, in any process, has the same builds at the
// same time; ShowJobInfo's last build, running status and health are read from them.
struct DemoBuildPlan
{
    enum class Pattern {
        None,         // no builds: the job answers with an error
        Steady,       // every build ends as `outcome` says; a build is listed once it has finished,
                      // so the job never shows one running (but for runs started here)
        Varied,       // builds end in varied ways and are listed from their start
        Continuous,   // one build after another, each as long as its slot: always one running
        Frozen,       // built until the day the sandbox started, then disabled: nothing new
    };
    Pattern pattern = Pattern::None;
    QString outcome = u"SUCCESS"_qs;   // Steady: SUCCESS, or FAILURE (at the unit tests)
    int minPerDay = 0;                  // builds a day (Continuous: exactly maxPerDay)
    int maxPerDay = 0;
    int typicalMinutes = 5;             // a build's usual length
    int healthBase = 100;               // the health rule's start (DemoBuilds::healthOf)
    QDate firstDay;                     // the first day with builds (UTC+8); create_time is its start
    bool numbersAsStrings = false;      // ShowJobInfo sends the moving numbers as strings
    bool missingTimes = false;          // ShowJobInfo leaves last_build_time null
};

// What the demo sandbox serves, as plain data with Qt Core alone: the window lists the demo
// jobs before the sandbox itself (and Qt Network) is loaded.
struct DemoJob
{
    QString id;
    QString title;       // what the job shows off, for menus
    // Empty for jobs that answer with an error; its project_id is the build project. The fixed
    // part of ShowJobInfo's answer and the state the title promises; the sandbox answers it with
    // the last build, running status and health read from the job's builds at the time asked.
    QJsonObject result;
    int httpStatus = 200;
    int delayMs = 0;     // -1: the sandbox's slow delay (setSlowDelayMs)
    QString projectId;   // the CodeArts project, one of DemoJobs::projects()
    QString defaultBranch;
    bool branchParameter = true;   // whether the job defines the run parameter codeBranch
    DemoBuildPlan plan;
};

// A CodeArts project of the job lists.
struct DemoProject
{
    QString id;     // 32 lower-case hex
    QString name;
};

namespace DemoJobs {

// The CodeArts projects the job lists hold, the demo jobs' among them.
const QList<DemoProject> &projects();
// The name of the project with this ID; empty when there is none.
QString projectName(const QString &projectId);

// The sandbox's jobs, in menu order.
const QList<DemoJob> &all();
// The demo job with this ID, if there is one.
std::optional<DemoJob> find(const QString &jobId);
// The ID the sandbox serves as a finished, fully permitted job (the documentation's example).
QString firstJobId();
// The only token the sandbox accepts for its jobs.
QByteArray demoToken();

// Job IDs with special answers, for tests and for trying error messages by hand.
struct TroubleJobs
{
    static constexpr const char *serverError = "e500e500e500e500e500e500e500e500";
    static constexpr const char *rateLimited = "e429e429e429e429e429e429e429e429";
    static constexpr const char *htmlErrorPage = "e502e502e502e502e502e502e502e502";
    static constexpr const char *truncatedJson = "ebadjs0nebadjs0nebadjs0nebadjs0n";
    static constexpr const char *plainText = "ep1a1ntextep1a1ntextep1a1ntext00";
    static constexpr const char *oversized = "eb1gb0dyeb1gb0dyeb1gb0dyeb1gb0dy";
    static constexpr const char *foreignRedirect = "e301e301e301e301e301e301e301e301";
    static constexpr const char *sameOriginRedirect = "e302e302e302e302e302e302e302e302";
};

} // namespace DemoJobs
