#include "api/apierror.h"

ApiError::ApiError(Kind errorKind, QString plainMessage, QString whatToDo)
    : kind(errorKind), message(std::move(plainMessage)), hint(std::move(whatToDo))
{
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::InvalidJobId:
    case Kind::InvalidEndpoint:
        return 2;
    case Kind::MissingCredentials:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::ProxyAuthenticationRequired:
        return 3;
    case Kind::NotFound:
        return 4;
    case Kind::RateLimited:
    case Kind::HttpError:
    case Kind::ServiceFailure:
    case Kind::InvalidResponse:
    case Kind::BodyTooLarge:
        return 5;
    case Kind::NetworkUnreachable:
    case Kind::HostNotFound:
    case Kind::TlsFailure:
    case Kind::Timeout:
    case Kind::RedirectRefused:
    case Kind::Cancelled:
        return 6;
    }
    return 5;
}

QString ApiError::detail() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!errorCode.isEmpty() && !errorMessage.isEmpty())
        parts << errorCode + u": " + errorMessage;
    else if (!errorCode.isEmpty())
        parts << errorCode;
    else if (!errorMessage.isEmpty())
        parts << errorMessage;
    if (!requestId.isEmpty())
        parts << tr("request %1").arg(requestId);
    return parts.join(u", ");
}

int ApiError::retryDelayMs(int attempt) const
{
    return retryAfterSeconds >= 0 ? qMin(retryAfterSeconds, 60) * 1000 : 1000 << (attempt - 1);
}

QString ApiError::oneLine() const
{
    QString line = message;
    const QString details = detail();
    if (!details.isEmpty())
        line += u" (" + details + u')';
    if (!hint.isEmpty())
        line += u" " + hint;
    // The terminal contract is one line: fold whatever the service put in its text.
    line.replace(u'\r', u' ');
    line.replace(u'\n', u' ');
    return line;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidJobId: return QStringLiteral("invalid_job_id");
    case Kind::InvalidEndpoint: return QStringLiteral("invalid_endpoint");
    case Kind::MissingCredentials: return QStringLiteral("missing_credentials");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::ProxyAuthenticationRequired: return QStringLiteral("proxy_authentication");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::HttpError: return QStringLiteral("http_error");
    case Kind::ServiceFailure: return QStringLiteral("service_failure");
    case Kind::InvalidResponse: return QStringLiteral("invalid_response");
    case Kind::BodyTooLarge: return QStringLiteral("body_too_large");
    case Kind::NetworkUnreachable: return QStringLiteral("network");
    case Kind::HostNotFound: return QStringLiteral("host_not_found");
    case Kind::TlsFailure: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::RedirectRefused: return QStringLiteral("redirect_refused");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
