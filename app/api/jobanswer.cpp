#include "api/jobanswer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobAnswer)
};

bool looksLikeHtml(const JobAnswer::Http &http)
{
    if (http.contentType.toLower().contains("html"))
        return true;
    return http.body.left(256).trimmed().startsWith('<');
}

// Retry-After in seconds (a number or an HTTP date); -1 when there is none or it is unreadable.
qint64 parseRetryAfter(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok)
        return qMax<qint64>(0, seconds);
    // A number too large even for 64 bits is still a number: as long a wait as can be.
    if (const QByteArray digits = header.trimmed(); !digits.isEmpty()
        && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::numeric_limits<qint64>::max();
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
}

// Reads the service's {"error_code": ..., "error_msg": ...}; gateways sometimes nest it.
void readServiceError(const QJsonObject &object, ApiError &error)
{
    error.errorCode = object.value(u"error_code").toString();
    error.errorMessage = object.value(u"error_msg").toString();
    const QJsonValue nested = object.value(u"error");
    if (error.errorCode.isEmpty() && nested.isObject()) {
        error.errorCode = nested[u"code"].toString();
        error.errorMessage = nested[u"message"].toString();
    }
    if (error.errorMessage.isEmpty() && nested.isString())
        error.errorMessage = nested.toString();
    if (error.requestId.isEmpty())
        error.requestId = object.value(u"request_id").toString();
}

ApiError errorForStatus(int status, qint64 askedRetryAfter)
{
    // A wait of years is no wait at all: at most an hour, and the user is told.
    const bool capped = askedRetryAfter > ApiError::kMaxRetryAfterSeconds;
    const int retryAfterSeconds = int(qMin<qint64>(askedRetryAfter, ApiError::kMaxRetryAfterSeconds));
    using Kind = ApiError::Kind;
    switch (status) {
    case 401:
        return {Kind::Unauthorized, Text::tr("The token is invalid or has expired."),
                Text::tr("Get a new IAM token (tokens last 24 hours) and try again.")};
    case 403:
        return {Kind::Forbidden, Text::tr("You have no permission to view this job."),
                Text::tr("Ask the job's owner or a project manager to grant you access, "
                   "or check that the token belongs to the right project.")};
    case 404:
        return {Kind::NotFound, Text::tr("No job with this ID was found."),
                Text::tr("Check the job ID and that the endpoint is in the job's region.")};
    case 429: {
        ApiError error(Kind::RateLimited, Text::tr("Too many requests: the service is rate limiting you."));
        error.retryAfterSeconds = retryAfterSeconds;
        error.retryAfterCapped = capped;
        if (capped)
            error.hint = Text::tr("The service asked for a wait of %1 seconds; wait an hour at most and try again.")
                             .arg(askedRetryAfter);
        else if (retryAfterSeconds >= 0)
            error.hint = QCoreApplication::translate("JobAnswer", "Wait %n seconds and try again.", nullptr,
                                                     retryAfterSeconds);
        else
            error.hint = Text::tr("Wait a minute and try again.");
        return error;
    }
    default:
        break;
    }
    if (status >= 500)
        return {Kind::HttpError, Text::tr("The CodeArts Build service had a problem answering."),
                Text::tr("This is usually temporary: try again in a moment.")};
    return {Kind::HttpError, Text::tr("The service refused the request."),
            Text::tr("Check the job ID and the endpoint.")};
}

ApiError invalidResponse(const QString &message, const QString &hint)
{
    return {ApiError::Kind::InvalidResponse, message, hint};
}

} // namespace

JobAnswer JobAnswer::interpret(const Http &http)
{
    JobAnswer answer;
    std::variant<QJsonObject, ApiError> root = readRoot(http);
    if (ApiError *error = std::get_if<ApiError>(&root)) {
        answer.error = std::move(*error);
        return answer;
    }
    const QJsonValue result = std::get<QJsonObject>(root).value(u"result");
    if (!result.isObject()) {
        ApiError error = invalidResponse(Text::tr("The answer has no job data in it."),
                                         Text::tr("Check that the endpoint is a CodeArts Build endpoint."));
        error.httpStatus = http.status;
        error.requestId = QString::fromLatin1(http.requestId);
        answer.error = error;
        return answer;
    }
    answer.job = JobInfo::fromJson(result.toObject());
    return answer;
}

int JobAnswer::retryAfterSeconds(const QByteArray &header)
{
    return parseRetryAfter(header);
}

std::variant<QJsonObject, ApiError> JobAnswer::readRoot(const Http &http)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();

    auto withContext = [&http](ApiError apiError) {
        apiError.httpStatus = http.status;
        apiError.requestId = QString::fromLatin1(http.requestId);
        return apiError;
    };

    if (http.status < 200 || http.status >= 300) {
        ApiError error = withContext(errorForStatus(http.status, parseRetryAfter(http.retryAfter)));
        if (isJsonObject)
            readServiceError(document.object(), error);
        else if (looksLikeHtml(http))
            error.errorMessage = Text::tr("the answer was a web page, likely from a proxy or gateway");
        return error;
    }

    if (!isJsonObject) {
        if (looksLikeHtml(http)) {
            return withContext(invalidResponse(
                Text::tr("The server answered with a web page instead of job data."),
                Text::tr("A proxy or gateway may be in the way: check the endpoint URL and your proxy settings.")));
        }
        if (http.body.trimmed().isEmpty()) {
            return withContext(invalidResponse(Text::tr("The server sent an empty answer."),
                                               Text::tr("Try again; if it persists, check the endpoint.")));
        }
        if (parseError.error != QJsonParseError::NoError) {
            ApiError error = withContext(invalidResponse(
                Text::tr("The answer was not valid JSON (it may have been cut off)."),
                Text::tr("Try again; if it persists, check the endpoint and any proxy in between.")));
            error.errorMessage = QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
            return error;
        }
        return withContext(invalidResponse(Text::tr("The answer was JSON but not a job object."),
                                           Text::tr("Check that the endpoint is a CodeArts Build endpoint.")));
    }

    const QJsonObject root = document.object();
    const QString status = root.value(u"status").toString();
    if (status.compare(u"fail", Qt::CaseInsensitive) == 0) {
        ApiError error = withContext({ApiError::Kind::ServiceFailure,
                                      Text::tr("The service could not return this job."),
                                      Text::tr("Read the service's message in the parentheses; try again later if it looks temporary.")});
        readServiceError(root, error);
        if (error.errorMessage.isEmpty())
            error.errorMessage = Text::tr("no reason given");
        return error;
    }
    return root;
}
