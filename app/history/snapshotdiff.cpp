#include "history/snapshotdiff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)
};

enum class Group { Permissions, Status, Times, Other };

Group groupOf(const QString &field)
{
    if (field.startsWith(u"is_"))
        return Group::Permissions;
    if (field.endsWith(u"_status") || field == u"health_score")
        return Group::Status;
    if (field.endsWith(u"_time"))
        return Group::Times;
    return Group::Other;
}

QString groupName(Group group)
{
    switch (group) {
    case Group::Permissions: return Tr::tr("Permissions");
    case Group::Status: return Tr::tr("Status");
    case Group::Times: return Tr::tr("Times");
    case Group::Other: break;
    }
    return Tr::tr("Other");
}

} // namespace

namespace SnapshotDiff {

QString valueText(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Tr::tr("—");
    if (value.isBool())
        return value.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    // create_time and last_build_time are epoch ms; build_time and charge_time are durations.
    if ((field == u"create_time" || field == u"last_build_time") && value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble())).toString(Qt::ISODate);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QList<FieldChange> compare(const JobInfo &before, const JobInfo &after)
{
    const QJsonObject old = before.toJson();
    const QJsonObject now = after.toJson();
    QStringList fields = old.keys();
    for (const QString &key : now.keys()) {
        if (!old.contains(key))
            fields.append(key);
    }
    std::stable_sort(fields.begin(), fields.end(), [](const QString &a, const QString &b) {
        return groupOf(a) != groupOf(b) ? groupOf(a) < groupOf(b) : a < b;
    });
    QList<FieldChange> changes;
    for (const QString &field : fields) {
        const QJsonValue a = old.value(field);
        const QJsonValue b = now.value(field);
        if (a != b)
            changes.append({groupName(groupOf(field)), field, valueText(field, a), valueText(field, b)});
    }
    return changes;
}

} // namespace SnapshotDiff
