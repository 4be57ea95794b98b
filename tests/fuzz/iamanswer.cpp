// IAM's answer to a password sign-in: status, the X-Subject-Token header, the JSON body.
#include "api/iamclient.h"

#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    int status = 201;
    if (input.byte() >= 128) {
        const int high = input.byte();
        status = 200 + (high << 8 | input.byte()) % 400;
    }
    const QByteArray subjectToken = input.part();
    const QByteArray body = input.rest();
    ApiError error;
    const std::optional<IamToken> token = IamSignIn::parseAnswer(status, subjectToken, body, &error);
    if (!token) {
        (void)error.oneLine();
        (void)error.detail();
    }
    return 0;
}
