#pragma once

#include <QCoreApplication>
#include <QString>

// The one error type for every way a fetch can fail. `message` says what happened in plain
// words, `hint` what the user can do about it. The service's own error_code and error_msg are
// kept when the answer carried them.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidJobId,      // refused before any request
        InvalidEndpoint,   // refused before any request (not HTTPS, malformed URL)
        MissingCredentials,
        Unauthorized,      // 401
        Forbidden,         // 403
        ProxyAuthenticationRequired, // 407 from a proxy on the way
        NotFound,          // 404
        RateLimited,       // 429
        HttpError,         // any other 4xx/5xx
        ServiceFailure,    // 200 with status "fail"
        InvalidResponse,   // HTML, non-JSON, truncated or malformed JSON
        BodyTooLarge,
        NetworkUnreachable,
        HostNotFound,
        TlsFailure,
        Timeout,
        RedirectRefused,
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind errorKind, QString plainMessage, QString whatToDo = {});

    Kind kind = Kind::None;
    QString message;
    QString hint;
    int httpStatus = 0;
    QString errorCode;       // the service's error_code, when present
    QString errorMessage;    // the service's error_msg, when present
    QString requestId;       // X-Request-Id, useful when asking support
    // Retry-After in seconds, at most kMaxRetryAfterSeconds; -1 when the answer had none.
    int retryAfterSeconds = -1;
    bool retryAfterCapped = false;   // the service asked for a longer wait than that
    static constexpr int kMaxRetryAfterSeconds = 3600;

    bool isError() const { return kind != Kind::None; }

    // How long a throttled read waits before it is asked again for the `attempt`-th time (from
    // 1), as the lists and the build records do: what Retry-After says, at most a minute, else
    // 1, 2, 4... seconds.
    int retryDelayMs(int attempt) const;

    // Process exit code for the command line: 2 usage, 3 auth, 4 not found, 5 API, 6 network.
    int exitCode() const;

    // A single line for the terminal: message, HTTP status, the service's code and text, hint.
    QString oneLine() const;

    // Short technical detail for the window: "HTTP 401 · APIG.0301: token expires".
    QString detail() const;

    static QString kindName(Kind kind);
};
