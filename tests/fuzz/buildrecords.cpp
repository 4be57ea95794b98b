// Build record answers: the record list (v1 and the old history), one build's steps, running
// status, build info, a run's answer and the follow flag, from any JSON. A build number read
// from any of them is a whole number from 1, or none.
#include "api/buildrecords.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject root =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    for (const BuildRecord &record : BuildParse::recordPage(root).records + BuildParse::historyPage(root).records) {
        if (record.number < 0 || record.toJson().value(QStringLiteral("number")).toInt(1) < 1)
            std::abort();
    }
    (void)BuildParse::historyDetails(root);
    const RunningStatus running = BuildParse::runningStatus(root);
    if (running.lastBuildNumber && *running.lastBuildNumber < 1)
        std::abort();
    (void)BuildParse::buildState(root);
    if (const std::optional<StartedBuild> started = BuildParse::startedBuild(root); started && started->number < 1)
        std::abort();
    (void)BuildParse::favorite(root);
    return 0;
}
