#include "platform/age.h"

Age Age::of(qint64 elapsedMs)
{
    const qint64 seconds = qAbs(elapsedMs) / 1000;
    if (seconds < 45)
        return {Unit::JustNow, 0};
    if (const qint64 minutes = (seconds + 30) / 60; minutes < 60)
        return {Unit::Minutes, minutes};
    if (const qint64 hours = (seconds + 1800) / 3600; hours < 24)
        return {Unit::Hours, hours};
    return {Unit::Days, (seconds + 43200) / 86400};
}
