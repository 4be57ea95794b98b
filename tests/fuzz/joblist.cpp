// Job and project list answers (ListJob, ListProjectJobs, ListRelatedProjectInfo): any status
// and body, with or without the wrapper, numbers as numbers or strings.
#include "api/joblist.h"

#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    JobAnswer::Http http;
    http.status = input.byte() % 2 ? 200 : 200 + input.byte() * 2;
    http.contentType = input.part();
    http.body = input.rest();
    const auto answer = ListAnswer::interpret(http);
    if (const auto *page = std::get_if<ListPage>(&answer)) {
        for (const QJsonObject &item : page->items)
            (void)BuildStates::name(JobSummary::fromJson(item).state);
    }
    return 0;
}
