// ShowJobInfo answers as the server sends them: a status, a content type and a body; the
// whole interpretation runs, then everything that prints or stores the job.
#include "api/jobanswer.h"
#include "history/boundedsnapshot.h"

#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    JobAnswer::Http http;
    http.status = input.byte() < 200 ? 200 : 200 + input.byte() % 400;
    http.contentType = input.part();
    http.requestId = input.part();
    http.body = input.rest();
    const JobAnswer answer = JobAnswer::interpret(http);
    if (answer.job) {
        const QByteArray json = QJsonDocument(answer.job->toJson()).toJson(QJsonDocument::Compact);
        const JobInfo again = JobInfo::fromJson(QJsonDocument::fromJson(json).object());
        (void)BoundedSnapshot::toJson(again);
    } else {
        (void)answer.error.oneLine();
        (void)answer.error.detail();
    }
    return 0;
}
