#pragma once

#include "api/buildrecords.h"

#include <QList>
#include <QString>

// What a screen reader learns from the drawn parts of the Builds tab: the steps timeline is a
// list with one item per step ("Compile: failed, 2 min 05 s"), and a chart of build durations
// is summed up in its description ("30 builds, 4 failed, median 3 min 10 s").
namespace BuildsAccessibility {

// Installs the steps timeline's interface factory; StepTimeline calls it, it acts once.
void install();

// The builds started since `sinceMs` that have finished: how many, how many failed (or timed
// out) and their median duration. For a chart's accessible description.
QString durationsSummary(const QList<BuildRecord> &records, qint64 sinceMs = 0);

} // namespace BuildsAccessibility
