#pragma once

#include "api/jobinfo.h"

#include <QByteArray>

// What the history stores of a job: JobInfo's normalized JSON with a size bound, so that a
// hostile or broken service's multi-megabyte answers cannot grow the database (and everything
// that reads it) without limit. The known fields are kept (texts longer than kMaxTextChars are
// cut); unknown fields are kept in key order while they fit in kMaxUnknownBytes. Whatever was
// cut is said in the snapshot itself, under kCutMarker:
//   {"unknown_fields_dropped": n, "unknown_bytes_dropped": n, "texts_cut": ["job_name", ...]}
namespace BoundedSnapshot {

inline constexpr qsizetype kMaxUnknownBytes = 64 * 1024;
inline constexpr qsizetype kMaxTextChars = 4096;
inline constexpr char kCutMarker[] = "inspector_cut";

// The job cut to the bound (unchanged when it fits).
JobInfo bounded(const JobInfo &job);
// Compact JSON of bounded(job).toJson().
QByteArray toJson(const JobInfo &job);

} // namespace BoundedSnapshot
