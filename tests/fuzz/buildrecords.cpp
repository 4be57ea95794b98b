// Build record answers: the record list (v1 and the old history), one build's steps, running
// status, build info, a run's answer and the follow flag, from any JSON.
#include "api/buildrecords.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject root =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    (void)BuildParse::recordPage(root);
    (void)BuildParse::historyPage(root);
    (void)BuildParse::historyDetails(root);
    (void)BuildParse::runningStatus(root);
    (void)BuildParse::buildState(root);
    (void)BuildParse::startedBuild(root);
    (void)BuildParse::favorite(root);
    return 0;
}
