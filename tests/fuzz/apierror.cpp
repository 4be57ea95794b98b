// Error answers: any HTTP status with any body (the service's {"error_code", "error_msg"},
// a gateway's nesting of it, HTML, nothing) and any Retry-After, which never asks for more
// than an hour; then what the user reads.
#include "api/jobanswer.h"

#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    JobAnswer::Http http;
    const int high = input.byte();
    http.status = (high << 8 | input.byte()) % 1000;
    http.contentType = input.part();
    http.retryAfter = input.part();
    http.requestId = input.part();
    http.body = input.rest();
    const JobAnswer answer = JobAnswer::interpret(http);
    if (answer.error.retryAfterSeconds > ApiError::kMaxRetryAfterSeconds)
        std::abort();
    (void)answer.error.oneLine();
    (void)answer.error.detail();
    (void)answer.error.exitCode();
    (void)ApiError::kindName(answer.error.kind);
    return 0;
}
