#pragma once

#include <QString>

// The three IDs the service tells apart (see the SDK facts in the references): a job ID (32
// lower-case letters and digits), the job's build project (a UUID with dashes, which ShowJobInfo
// calls "project_id") and the CodeArts project the job lives in (32 lower-case hex). The sandbox
// derives the build project and its records' IDs from the job ID, so they are the same every run.
namespace DemoIds {

// The service's job ID pattern, ^[0-9a-z]{32}$: upper case is refused (CB.00060201).
bool isJobId(const QString &id);
// A CodeArts project ID's shape, ^[0-9a-z]{32}$ as the SDK documents it.
bool isProjectId(const QString &id);
// A UUID with dashes, lower case.
bool isUuid(const QString &id);

// The job's build project: a name-based UUID (MD5) of the job ID.
QString buildProjectId(const QString &jobId);
// One build's record (record-info's id, full-stages' record_id): a name-based UUID of the job
// ID and the build number.
QString recordId(const QString &jobId, int buildNumber);
// 32 lower-case hex digits made from `seed` (MD5): CodeArts project IDs and the like.
QString hexId(const QString &seed);
// A stable number made from `seed`, for generators that must give the same data every run
// (qHash is seeded per process).
quint32 seedOf(const QString &seed);

} // namespace DemoIds
