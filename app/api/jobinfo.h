#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// One CodeArts Build job as ShowJobInfo describes it, with the documented types restored:
// the service sends some numbers as strings, so parsing is lenient. Every field is optional
// because the service may omit it or send null. Fields this version does not know are kept
// in `unknownFields` and passed through unchanged.
struct JobInfo
{
    QString id;
    // The job's build project (`project_id` in ShowJobInfo): a UUID that names this job's own
    // build project, not the CodeArts project it belongs to (ShowJobInfo does not say that).
    QString buildProjectId;
    QString jobName;
    QString sourceCode;
    QString runningStatus;
    QString lastBuildStatus;

    std::optional<qint64> createTimeMs;
    std::optional<qint64> lastBuildTimeMs;
    std::optional<double> buildTime;
    std::optional<double> chargeTime;
    std::optional<int> healthScore;

    std::optional<bool> isView;
    std::optional<bool> isExecute;
    std::optional<bool> isModify;
    std::optional<bool> isCopy;
    std::optional<bool> isDelete;
    std::optional<bool> isForbidden;
    std::optional<bool> isManager;

    std::optional<bool> disabled;
    std::optional<bool> favorite;
    std::optional<bool> newBuild;
    std::optional<bool> projectPermissionSwitch;

    QJsonObject unknownFields;

    // Times the service sends outside 1970..9999 (epoch milliseconds) are read as missing:
    // a value such as 2^63 would otherwise wrap round to a negative time.
    static constexpr qint64 kLatestTimeMs = 253402300799999; // 9999-12-31 23:59:59.999 UTC
    // Health scores are kept as sent; outside this range they are shown flagged.
    static constexpr bool isHealthScoreInRange(int score) { return score >= 0 && score <= 100; }

    // Reads the `result` object of a ShowJobInfo answer. Never fails: a value of the wrong
    // shape is treated as missing.
    static JobInfo fromJson(const QJsonObject &result);

    // The normalized form under the API's field names: times as integers (epoch ms),
    // durations as numbers, booleans as booleans, missing values as null, unknown fields kept.
    QJsonObject toJson() const;

    friend bool operator==(const JobInfo &, const JobInfo &) = default;
};

// The seven permission flags in display order: the API's names (the service's answers, `--json`)
// and the words people read, in the window and in `show`'s text. The words are translated in the
// context "Permissions" (Permissions::label()).
struct PermissionFlag
{
    const char *apiName;
    std::optional<bool> JobInfo::*member;
    const char *label;          // "Run": the permission by what it lets you do
    const char *description;    // "Whether you may run this job", for a tooltip
};
inline constexpr PermissionFlag kPermissionFlags[] = {
    {"is_view", &JobInfo::isView, QT_TRANSLATE_NOOP("Permissions", "View"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may see this job and its builds")},
    {"is_execute", &JobInfo::isExecute, QT_TRANSLATE_NOOP("Permissions", "Run"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may run this job and stop its builds")},
    {"is_modify", &JobInfo::isModify, QT_TRANSLATE_NOOP("Permissions", "Edit"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may change this job's configuration")},
    {"is_copy", &JobInfo::isCopy, QT_TRANSLATE_NOOP("Permissions", "Copy"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may make a copy of this job")},
    {"is_delete", &JobInfo::isDelete, QT_TRANSLATE_NOOP("Permissions", "Delete"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may delete this job")},
    {"is_forbidden", &JobInfo::isForbidden, QT_TRANSLATE_NOOP("Permissions", "Disable"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may disable this job so that it cannot run, and enable it again")},
    {"is_manager", &JobInfo::isManager, QT_TRANSLATE_NOOP("Permissions", "Manage"),
     QT_TRANSLATE_NOOP("Permissions", "Whether you may manage who has access to this job")},
};

// The permissions in the UI language, the same words wherever a person reads them.
namespace Permissions {
// "Run"
QString label(const PermissionFlag &flag);
// "Whether you may run this job and stop its builds"
QString description(const PermissionFlag &flag);
// "Allowed", "Denied", or "Not given by the service" when the answer left the flag out.
QString stateText(std::optional<bool> granted);
} // namespace Permissions
