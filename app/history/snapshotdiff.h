#pragma once

#include "api/jobinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One field that differs between two snapshots of the same job, as text for the user.
struct FieldChange
{
    QString group;     // "Permissions", "Status", "Times", "Other"
    QString field;     // the API name, e.g. "is_execute"
    QString before;
    QString after;
};

namespace SnapshotDiff {

// Every field whose normalized value differs, unknown fields included, in a stable order:
// by group, then by name.
QList<FieldChange> compare(const JobInfo &before, const JobInfo &after);
// How a normalized JSON value reads: times as local date and time, null as "—".
QString valueText(const QString &field, const QJsonValue &value);

} // namespace SnapshotDiff
