#pragma once

#include <QtGlobal>

// How long ago something happened, in the unit people would say it in and rounded to the
// nearest of it: under 45 s "just now", then minutes below an hour, hours below a day, then
// days. Every relative time in the window counts with this, so that the board, the search and
// the Overview never say two different things about one build.
struct Age
{
    enum class Unit { JustNow, Minutes, Hours, Days };

    Unit unit = Unit::JustNow;
    qint64 count = 0;   // of the unit; 0 for JustNow

    // `elapsedMs` may be negative (a time in the future): the age is of its distance.
    static Age of(qint64 elapsedMs);
};
