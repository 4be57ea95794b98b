#include "history/boundedsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BoundedSnapshot {

namespace {

// The compact JSON size of one value (as an array element, minus the brackets).
qsizetype jsonSize(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}

void cutText(QString &text, const char *name, QJsonArray &textsCut)
{
    if (text.size() <= kMaxTextChars)
        return;
    text.truncate(kMaxTextChars);
    textsCut.append(QLatin1String(name));
}

} // namespace

JobInfo bounded(const JobInfo &job)
{
    JobInfo result = job;
    QJsonArray textsCut;
    cutText(result.id, "id", textsCut);
    cutText(result.buildProjectId, "project_id", textsCut);
    cutText(result.jobName, "job_name", textsCut);
    cutText(result.sourceCode, "source_code", textsCut);
    cutText(result.runningStatus, "running_status", textsCut);
    cutText(result.lastBuildStatus, "last_build_status", textsCut);

    result.unknownFields = {};
    qsizetype kept = 0;
    qsizetype droppedFields = 0;
    qsizetype droppedBytes = 0;
    for (auto it = job.unknownFields.constBegin(); it != job.unknownFields.constEnd(); ++it) {
        if (it.key() == QLatin1String(kCutMarker))
            continue; // a service's own field of that name is not taken for ours
        const qsizetype size = it.key().size() + jsonSize(it.value()) + 4; // "key":value,
        if (kept + size <= kMaxUnknownBytes) {
            result.unknownFields.insert(it.key(), it.value());
            kept += size;
        } else {
            ++droppedFields;
            droppedBytes += size;
        }
    }
    if (droppedFields > 0 || !textsCut.isEmpty() || job.unknownFields.contains(QLatin1String(kCutMarker))) {
        result.unknownFields.insert(QLatin1String(kCutMarker), QJsonObject{
            {QStringLiteral("unknown_fields_dropped"), double(droppedFields)},
            {QStringLiteral("unknown_bytes_dropped"), double(droppedBytes)},
            {QStringLiteral("texts_cut"), textsCut},
        });
    }
    return result;
}

QByteArray toJson(const JobInfo &job)
{
    return QJsonDocument(bounded(job).toJson()).toJson(QJsonDocument::Compact);
}

} // namespace BoundedSnapshot
