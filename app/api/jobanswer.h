#pragma once

#include "api/apierror.h"
#include "api/jobinfo.h"

#include <QByteArray>

#include <QJsonObject>

#include <optional>
#include <variant>

// What one HTTP answer to ShowJobInfo means: a job, or an ApiError explaining why not.
// Pure function of the answer, so every case is testable without a network.
struct JobAnswer
{
    std::optional<JobInfo> job;
    ApiError error;

    struct Http
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QByteArray retryAfter;   // Retry-After header, seconds or an HTTP date
        QByteArray requestId;    // X-Request-Id header
    };

    static JobAnswer interpret(const Http &http);

    // The checks every CodeArts Build answer shares: HTTP status (with the service's error_code
    // and error_msg), web pages, empty or cut-off bodies, non-objects and {"status": "fail"}.
    // The root object when they pass, else the error. The job and list calls build on it.
    static std::variant<QJsonObject, ApiError> readRoot(const Http &http);
    // A Retry-After header's wait in seconds (it may be a number or an HTTP date); -1 when
    // missing or unreadable.
    static int retryAfterSeconds(const QByteArray &header);
};
