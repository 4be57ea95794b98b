#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the demo sandbox serves, as plain data with Qt Core alone: the window lists the demo
// jobs before the sandbox itself (and Qt Network) is loaded.
struct DemoJob
{
    QString id;
    QString title;       // what the job shows off, for menus
    QJsonObject result;  // empty for jobs that answer with an error; its project_id is the build project
    int httpStatus = 200;
    int delayMs = 0;     // -1: the sandbox's slow delay (setSlowDelayMs)
    QString projectId;   // the CodeArts project, one of DemoJobs::projects()
    QString defaultBranch;
    bool branchParameter = true;   // whether the job defines the run parameter codeBranch
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
