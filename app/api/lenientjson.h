#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Readers for the service's loosely typed JSON: numbers sometimes arrive as strings
// ("1717574458000", "27.51"), booleans as "true" or 1. A value of the wrong shape is missing.
namespace LenientJson {

std::optional<double> readNumber(const QJsonValue &value);
// Integer text is parsed directly so that epoch milliseconds never lose digits.
std::optional<qint64> readInteger(const QJsonValue &value);
std::optional<int> readInt(const QJsonValue &value);
std::optional<bool> readBool(const QJsonValue &value);
// Strings as they are; numbers as their shortest exact text; anything else empty.
QString readString(const QJsonValue &value);
// A build number: a whole JSON number or a string of digits, from 1 to INT_MAX. Anything else
// (1.5, "1.5", "1e3", 2^63, -1) names no build and is missing: never rounded to one that exists.
std::optional<int> readBuildNumber(const QJsonValue &value);
// Whether `value` is there but is not a build number (readBuildNumber() gives nothing).
bool isUnreadableBuildNumber(const QJsonValue &value);

} // namespace LenientJson
