#include "api/lenientjson.h"

#include <QMetaType>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace LenientJson {

// The service sends some numbers as JSON strings ("1717574458000", "27.51"): accept both.
std::optional<double> readNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> readInteger(const QJsonValue &value)
{
    if (value.isString()) {
        // Parse integer text directly: epoch milliseconds exceed double's exact range only far
        // in the future, but there is no reason to lose digits.
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    // A whole number kept as an integer (QJsonValue holds 64-bit integers) comes back exactly.
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    if (const qint64 whole = value.toInteger(kNotWhole); value.isDouble() && whole != kNotWhole)
        return whole;
    const std::optional<double> number = readNumber(value);
    // double(max) rounds up to 2^63, which does not fit: the upper bound is exclusive.
    if (!number || *number < double(std::numeric_limits<qint64>::min())
        || *number >= double(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(std::llround(*number));
}

std::optional<int> readInt(const QJsonValue &value)
{
    const std::optional<qint64> number = readInteger(value);
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<bool> readBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return std::nullopt;
}

std::optional<int> readBuildNumber(const QJsonValue &value)
{
    qint64 number = 0;
    if (value.isDouble()) {
        // Only a whole number (Qt's parser keeps those as integers): 1.5 stays a double.
        if (value.toVariant().typeId() != QMetaType::LongLong)
            return std::nullopt;
        number = value.toInteger();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text.size() > 10
            || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        number = text.toLongLong();
    } else {
        return std::nullopt;
    }
    if (number < 1 || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(number);
}

bool isUnreadableBuildNumber(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull() && !readBuildNumber(value);
}

QString readString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace LenientJson
