#pragma once

#include "sandbox/demojobs.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

struct DemoRequest;
struct DemoResponse;

// The demo sandbox's job and project lists: ListJob, ListProjectJobs and ListRelatedProjectInfo
// with the service's paging (0-based page_index, 1-based page_no, page_size capped at 100),
// search by name and the build_status filter, in the SDK's answer shapes (tests/contract).
// The jobs are made up from a fixed seed (the same every run), in six CodeArts projects with
// English and Chinese names and every build status; the sandbox's own demo jobs are among
// them, in their own projects, so a job found in the list opens. ListJob's items name the
// CodeArts project (project_id) and the build project (build_project_id, a UUID, which is
// ShowJobInfo's project_id). ListProjectJobs answers an empty list for a well-formed ID that
// names no CodeArts project (a build project's UUID without its dashes, say), as the service
// may (unconfirmed). Plain data, built once; answering is read-only and thread-safe.
class DemoJobList
{
public:
    static constexpr int kDefaultJobCount = 1200;

    using Project = DemoProject;

    // What tells one ListProjectJobs item from another; the rest is the demo user's.
    struct ItemState
    {
        QJsonValue id;
        QJsonValue name;
        QJsonValue lastBuildTime;   // epoch ms, or null before the first build
        QJsonValue health;
        QString status;              // the list calls' colours: blue, red, building...
        QString runningStatus;       // Running, Finished...
        qint64 buildTimeMs = 0;
        bool disabled = false;
        bool favorite = false;
    };
    // One ListProjectJobs item (build_project_id included); ListJob's items add the CodeArts
    // project and the build number to it. The watch jobs (demowatchjobs.h) use it too, so both
    // lists have one shape.
    static QJsonObject projectJobItem(const ItemState &state);

    // Where the demo jobs' rows read their last build, running status and health when asked:
    // ShowJobInfo's result then (DemoBuilds::showJobResult), so a list and ShowJobInfo agree.
    // Without it, as DemoJobs describes them.
    using LiveResults = std::function<std::optional<QJsonObject>(const QString &jobId)>;

    explicit DemoJobList(int jobCount = kDefaultJobCount, LiveResults liveResults = {});

    const QList<Project> &projects() const { return m_projects; }
    int jobCount() const { return int(m_jobs.size()); }

    // True for the paths this class answers.
    static bool handles(const QString &path);
    // The answer to an authenticated GET on one of those paths.
    DemoResponse answer(const DemoRequest &request) const;

private:
    struct Job
    {
        QString id;
        QString name;
        int project = 0;
        QString branch = u"master"_qs;
        const char *status = "none";   // the list calls' colours: blue, red, building...
        qint64 lastBuildTimeMs = 0;     // 0: never built
        int buildNumber = 0;
        int health = 0;
        int buildSeconds = 0;
        bool favorite = false;
        bool disabled = false;
        bool demo = false;              // one of DemoJobs::all(): its state is read when asked
    };

    static void applyResult(Job &job, const QJsonObject &result);
    Job live(const Job &job) const;
    DemoResponse answerJobs(const QUrlQuery &query, const QString &projectId) const;
    DemoResponse answerProjects(const QUrlQuery &query) const;
    QJsonObject listJobItem(const Job &job) const;
    static ItemState itemState(const Job &job);

    QList<Project> m_projects;
    QList<Job> m_jobs; // most recently built first, never built last
    LiveResults m_liveResults;
};
