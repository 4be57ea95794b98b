#include "api/buildclient.h"

#include "api/endpoints.h"
#include "api/jobid.h"
#include "api/jsonreader.h"
#include "credentials/credentialprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BuildClient)
};

constexpr int kMaxParameterValue = 8192;

// What a refused action needs, in the words of the job form's permission rows.
ApiError forbidden(BuildAction action)
{
    switch (action) {
    case BuildAction::Run:
        return {ApiError::Kind::Forbidden, Text::tr("You may not run this job: the is_execute permission is missing."),
                Text::tr("Ask a project manager to give you the permission to execute (run) this build job.")};
    case BuildAction::Stop:
        return {ApiError::Kind::Forbidden, Text::tr("You may not stop this job's builds: the is_execute permission is missing."),
                Text::tr("Ask a project manager to give you the permission to execute (run and stop) this build job.")};
    case BuildAction::Follow:
        return {ApiError::Kind::Forbidden, Text::tr("You may not follow this job: the is_view permission is missing."),
                Text::tr("Ask a project manager to give you the permission to view this build job.")};
    case BuildAction::View:
        break;
    }
    return {ApiError::Kind::Forbidden, Text::tr("You have no permission to see this job's builds (is_view)."),
            Text::tr("Ask a project manager to give you the permission to view this build job.")};
}

// Why a job ID cannot go into a path, or nothing.
std::optional<ApiError> invalidJob(const QString &jobId)
{
    if (JobId::isValid(jobId))
        return std::nullopt;
    return ApiError{ApiError::Kind::InvalidJobId, Text::tr("\"%1\" is not a job ID.").arg(jobId), JobId::formatDescription()};
}

// Record and build-project IDs are UUIDs (36 characters with dashes).
bool isUuid(const QString &id)
{
    static const QRegularExpression uuid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_qs);
    return uuid.match(id).hasMatch();
}

// The service takes IDs in lower case only.
QString jobPath(const QString &prefix, const QString &jobId, const QString &tail = {})
{
    return prefix + jobId.toLower() + tail;
}

bool isThrottled(const ApiError &error)
{
    return error.errorCode == u"CB.00060211" || error.errorCode == u"APIG.0308";
}

ApiError throttled(ApiError error)
{
    error.kind = ApiError::Kind::RateLimited;
    error.message = Text::tr("Too many requests: CodeArts Build is throttling you.");
    error.hint = Text::tr("Wait a minute and try again; nothing was repeated on its own.");
    return error;
}

// Keeps what the service said (code, message, request ID) and replaces our explanation.
ApiError explained(ApiError error, const ApiError &explanation)
{
    error.kind = explanation.kind;
    error.message = explanation.message;
    error.hint = explanation.hint;
    return error;
}

ApiError explainHttpError(BuildAction action, ApiError error)
{
    if (isThrottled(error))
        return throttled(error);
    const int status = error.httpStatus;
    // The service answers a well-formed ID of nothing with 422 CB.00031006, and a build whose
    // history is gone with 403 CB.00031059.
    if (error.errorCode.endsWith(u"00031059"))
        return explained(error, {ApiError::Kind::NotFound, Text::tr("This build has no record: it never ran or its history was deleted.")});
    if (status == 422 || error.errorCode.endsWith(u"00031006"))
        return explained(error, {ApiError::Kind::NotFound, Text::tr("No job or build with this ID was found."),
                                 Text::tr("Check the job ID, the build number and that the endpoint is in the job's region.")});
    if (status == 403)
        return explained(error, forbidden(action));
    if (status == 404 && action != BuildAction::View)
        return explained(error, {ApiError::Kind::NotFound, Text::tr("No job or build with this ID was found."),
                                 Text::tr("Check the job ID and that the endpoint is in the job's region.")});
    if (action == BuildAction::Stop && status == 400 && error.errorCode.contains(u"032302"))
        return explained(error, {ApiError::Kind::NotFound, Text::tr("Nothing to stop: the build had already finished."), {}});
    return error;
}

ApiError failed(BuildAction action, ApiError error)
{
    error.kind = ApiError::Kind::ServiceFailure;
    error.message = action == BuildAction::View ? Text::tr("The service could not return the builds.")
                                                : Text::tr("The service refused the action.");
    error.hint = Text::tr("Read the service's message in the parentheses; try again later if it looks temporary.");
    return error;
}

// Transport failures after which a request that was handed to the network may have been
// carried out: the connection may have delivered it before it broke.
bool mayHaveArrived(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Timeout:
    case Kind::NetworkUnreachable:
    case Kind::Cancelled:
    case Kind::BodyTooLarge:
    case Kind::InvalidResponse:
        return true;
    case Kind::HttpError:
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace

QJsonObject RunRequest::toJson() const
{
    QJsonObject body{{u"job_id"_qs, jobId}};
    if (!parameters.isEmpty()) {
        QJsonArray list;
        for (const auto &[name, value] : parameters)
            list.append(QJsonObject{{u"name"_qs, name}, {u"value"_qs, value}});
        body.insert(u"parameter"_qs, list);
    }
    // Only the two fields of the SDK's Scm: a branch goes through the job's branch parameter.
    QJsonObject scm;
    if (!tag.isEmpty())
        scm.insert(u"build_tag"_qs, tag);
    if (!commitId.isEmpty())
        scm.insert(u"build_commit_id"_qs, commitId);
    if (!scm.isEmpty())
        body.insert(u"scm"_qs, scm);
    return body;
}

bool RunRequest::isReservedParameterName(const QString &name)
{
    const QString upper = name.toUpper();
    static const QStringList exact = {u"PATH"_qs, u"IFS"_qs, u"BASH_ENV"_qs, u"ENV"_qs, u"NODE_OPTIONS"_qs,
                                      u"JAVA_TOOL_OPTIONS"_qs};
    static const QStringList prefixes = {u"LD_"_qs, u"DYLD_"_qs, u"PYTHON"_qs, u"PERL5"_qs, u"RUBY"_qs, u"GIT_"_qs};
    return exact.contains(upper)
        || std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &prefix) { return upper.startsWith(prefix); });
}

QString RunRequest::whyInvalid() const
{
    if (!JobId::isValid(jobId))
        return Text::tr("\"%1\" is not a job ID.").arg(jobId);
    if (!tag.isEmpty() && !commitId.isEmpty())
        return Text::tr("Give only one of branch, tag and commit.");
    const auto hasControl = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    if (hasControl(tag) || hasControl(commitId))
        return Text::tr("A tag or commit must not contain control characters such as line breaks.");
    static const QRegularExpression validName(u"^[A-Za-z0-9_]{1,128}$"_qs);
    QSet<QString> seen;
    for (const auto &[name, value] : parameters) {
        if (!validName.match(name).hasMatch())
            return Text::tr("Parameter name \"%1\" must be 1 to 128 letters, digits or underscores.").arg(name);
        if (isReservedParameterName(name))
            return Text::tr("The parameter name \"%1\" is reserved: it changes how programs are loaded or run.").arg(name);
        if (seen.contains(name))
            return Text::tr("The parameter \"%1\" is given twice.").arg(name);
        seen.insert(name);
        if (value.size() > kMaxParameterValue)
            return Text::tr("The value of \"%1\" is longer than %2 characters.").arg(name).arg(kMaxParameterValue);
        if (hasControl(value))
            return Text::tr("The value of \"%1\" must not contain control characters such as line breaks.").arg(name);
    }
    return {};
}

QString RunRequest::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

QString RunRequest::setBranch(const JobConfig &config, const QString &branch)
{
    const JobParameter *branchParameter = config.branchParameter();
    if (!branchParameter)
        return Text::tr("This job has no branch parameter (such as codeBranch), so a run cannot choose its branch; "
                        "it builds %1.")
            .arg(config.defaultBranch().isEmpty() ? Text::tr("the branch its configuration names")
                                                  : u'"' + config.defaultBranch() + u'"');
    for (auto &[name, value] : parameters) {
        if (name == branchParameter->name) {
            value = branch;
            return {};
        }
    }
    parameters.append({branchParameter->name, branch});
    return {};
}

BuildCall::BuildCall(BuildAction action, QByteArray verb, QUrl url, QByteArray body, QObject *parent)
    : QObject(parent), m_action(action), m_verb(std::move(verb)), m_url(std::move(url)), m_body(std::move(body))
{
    connect(&m_exchange, &HttpExchange::trace, this, &BuildCall::trace);
    connect(&m_exchange, &HttpExchange::finished, this, &BuildCall::onExchangeFinished);
}

// What every exchange of the call needs: a download's sink and what it accepts.
void BuildCall::prepare(HttpExchange &exchange, QNetworkRequest &request)
{
    if (!m_sink)
        return;
    exchange.setBodySink(m_sink);
    request.setRawHeader("Accept", "application/octet-stream, application/json;q=0.9, */*;q=0.8");
    connect(&exchange, &HttpExchange::sinkProgress, this, [this](qint64 written, qint64 total) {
        m_sinkBytes = written;
        emit sinkProgress(written, total);
    });
}

void BuildCall::begin(CredentialProvider *provider, const ClientOptions &options, QNetworkAccessManager *nam)
{
    m_provider = provider;
    m_options = options;
    m_nam = nam;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_provider)
            return finish({ApiError::Kind::MissingCredentials, Text::tr("No credentials were given.")});
        m_provider->authorizer(this, [this](const CredentialResult &result) { onAuthorized(result); });
    });
}

void BuildCall::abort()
{
    if (m_finished)
        return;
    if (m_retry)
        return m_retry->abort(); // onExchangeFinished() reports it
    if (m_sent)
        return m_exchange.abort();
    finish({ApiError::Kind::Cancelled, Text::tr("The request was cancelled.")});
}

void BuildCall::onAuthorized(const CredentialResult &result)
{
    if (m_finished)
        return;
    if (!result.succeeded())
        return finish(result.error);
    if (m_sent) { // the second attempt of a read after a fresh sign-in
        disconnect(&m_exchange, nullptr, this, nullptr);
        auto *retry = new HttpExchange(this);
        connect(retry, &HttpExchange::trace, this, &BuildCall::trace);
        connect(retry, &HttpExchange::finished, this, [this] { onExchangeFinished(); });
        m_retry = retry;
        QNetworkRequest request(m_url);
        prepare(*retry, request);
        retry->start(m_nam, request, m_verb, m_body, m_options, result.authorizer);
        return;
    }
    m_sent = true;
    m_exchange.setSendOnce(m_action != BuildAction::View);
    QNetworkRequest request(m_url);
    prepare(m_exchange, request);
    if (m_verb != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json;charset=UTF-8"));
    m_exchange.start(m_nam, request, m_verb, m_body, m_options, result.authorizer);
}

void BuildCall::onExchangeFinished()
{
    if (m_finished)
        return;
    const HttpExchange &exchange = m_retry ? *m_retry : m_exchange;
    if (const auto &failure = exchange.transportError()) {
        m_mayHaveTakenEffect = m_action != BuildAction::View && mayHaveArrived(*failure);
        return finish(*failure);
    }
    if (exchange.bodyWentToSink())
        return finish({});   // a download: a 2xx answer whose bytes are in the sink
    ApiError error = BuildClient::interpret(m_action,
                                            {exchange.httpStatus(), exchange.header("Content-Type"), exchange.body(),
                                             exchange.header("Retry-After"), exchange.header("X-Request-Id")},
                                            &m_json);
    if (m_sink && !error.isError())   // a 2xx answer in JSON: not the file that was asked for
        error = ApiError(ApiError::Kind::InvalidResponse, Text::tr("The service sent JSON where the log file was expected."),
                         Text::tr("Try again; if it persists, check the endpoint."));
    const bool rejected = error.kind == ApiError::Kind::Unauthorized;
    // Reads only: one fresh sign-in for a password profile, never for a call that changes something.
    if (rejected && m_action == BuildAction::View && !m_renewed && m_provider && m_provider->canRenew()) {
        m_renewed = true;
        m_provider->renewAfterUnauthorized(this, [this](const CredentialResult &result) { onAuthorized(result); });
        return;
    }
    if (rejected && m_provider)
        error = m_provider->explainRejection(error);
    m_mayHaveTakenEffect = m_action != BuildAction::View && mayHaveArrived(error);
    finish(error);
}

void BuildCall::finish(ApiError error)
{
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}

BuildClient::BuildClient(QNetworkAccessManager *nam, CredentialProvider *provider, QObject *parent)
    : QObject(parent), m_nam(nam), m_provider(provider)
{
}

ApiError BuildClient::interpret(BuildAction action, const JobAnswer::Http &http, QJsonObject *json)
{
    // JsonReader first: the same result, faster for a log page's long escaped text.
    QJsonParseError parseError{};
    QJsonDocument document;
    if (const std::optional<QJsonValue> root = JsonReader::read(http.body))
        document = root->isObject() ? QJsonDocument(root->toObject()) : QJsonDocument(root->toArray());
    else
        document = QJsonDocument::fromJson(http.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const bool ok = http.status >= 200 && http.status < 300;
    if (ok && !isObject && action != BuildAction::View && http.body.trimmed().isEmpty())
        return {}; // stop and follow may answer success with nothing at all
    if (!ok || !isObject) {
        // ShowJobInfo's reading of statuses, service codes, Retry-After and web pages.
        ApiError error = JobAnswer::interpret(http).error;
        if (ok)
            return error;
        error = explainHttpError(action, error);
        // The service throttles with HTTP 500 CB.00060211 too: its Retry-After counts as well.
        if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds < 0)
            error.retryAfterSeconds = JobAnswer::retryAfterSeconds(http.retryAfter);
        return error;
    }
    *json = document.object();
    if (json->value(u"status").toString().compare(u"fail", Qt::CaseInsensitive) == 0
        || (json->value(u"success").isBool() && !json->value(u"success").toBool())) {
        ApiError error = JobAnswer::interpret({200, "application/json", R"({"status":"fail"})", {}, http.requestId}).error;
        error.errorCode = json->value(u"error_code").toString();
        const QJsonValue detail = json->value(u"error");
        error.errorMessage = detail.isObject() ? detail[u"message"].toString()
                                               : detail.toString(json->value(u"error_msg").toString());
        if (error.errorMessage.isEmpty())
            error.errorMessage = Text::tr("no reason given");
        return isThrottled(error) ? throttled(error) : failed(action, error);
    }
    return {};
}

BuildCall *BuildClient::send(BuildAction action, const std::optional<ApiError> &refusal, const QByteArray &verb,
                             const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    QUrl url = appendPath(m_options.baseUrl, path);
    url.setQuery(query);
    auto *call = new BuildCall(action, verb, url, body, this);
    start(call, refusal);
    return call;
}

void BuildClient::start(BuildCall *call, const std::optional<ApiError> &refusal)
{
    if (refusal) {
        call->m_exchange.abortWith(*refusal);
    } else if (const QString why = Endpoints::whyUnusable(m_options.baseUrl); !why.isEmpty()) {
        call->m_exchange.abortWith({ApiError::Kind::InvalidEndpoint, why, {}});
    } else {
        call->begin(m_provider, m_options, m_nam);
    }
}

BuildCall *BuildClient::recordList(const QString &jobId, const TimeWindow &window, int pageIndex, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(u"start_time"_qs, BuildWindows::queryTime(window.start));
    query.addQueryItem(u"end_time"_qs, BuildWindows::queryTime(window.end));
    query.addQueryItem(u"page_index"_qs, QString::number(pageIndex));
    query.addQueryItem(u"page_size"_qs, QString::number(pageSize));
    return send(BuildAction::View, invalidJob(jobId), "GET", jobPath(u"/v1/record/"_qs, jobId, u"/list"_qs), query);
}

BuildCall *BuildClient::history(const QString &jobId, int page, int limit, int intervalDays)
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_qs, QString::number(page));
    query.addQueryItem(u"limit"_qs, QString::number(limit));
    query.addQueryItem(u"interval"_qs, QString::number(qBound(1, intervalDays, 30)));
    return send(BuildAction::View, invalidJob(jobId), "GET", jobPath(u"/v3/jobs/"_qs, jobId, u"/history"_qs), query);
}

BuildCall *BuildClient::recordInfo(const QString &jobId, int buildNumber)
{
    return send(BuildAction::View, invalidJob(jobId), "GET",
                jobPath(u"/v1/record/"_qs, jobId, u'/' + QString::number(buildNumber) + u"/record-info"));
}

BuildCall *BuildClient::fullStages(const QString &recordId)
{
    std::optional<ApiError> refusal;
    if (!isUuid(recordId))
        refusal = ApiError(ApiError::Kind::InvalidResponse, Text::tr("\"%1\" is not a build record ID.").arg(recordId));
    QUrlQuery query;
    query.addQueryItem(u"cascade"_qs, u"true"_qs);
    return send(BuildAction::View, refusal, "GET", u"/v1/record/" + recordId.toLower() + u"/full-stages", query);
}

BuildCall *BuildClient::buildParameters(const QString &jobId, int buildNumber)
{
    return send(BuildAction::View, invalidJob(jobId), "GET",
                jobPath(u"/v1/job/"_qs, jobId, u'/' + QString::number(buildNumber) + u"/history-parameters"));
}

BuildCall *BuildClient::historyDetails(const QString &jobId, int buildNumber)
{
    return send(BuildAction::View, invalidJob(jobId), "GET",
                jobPath(u"/v3/jobs/"_qs, jobId, u'/' + QString::number(buildNumber) + u"/history-details"));
}

BuildCall *BuildClient::jobConfig(const QString &jobId)
{
    // get_all_params: the predefined parameters (codeBranch among them) too; the meaning of
    // false is unconfirmed.
    QUrlQuery query;
    query.addQueryItem(u"get_all_params"_qs, u"true"_qs);
    return send(BuildAction::View, invalidJob(jobId), "GET", jobPath(u"/v1/job/"_qs, jobId, u"/config"_qs), query);
}

BuildCall *BuildClient::briefRecords(const QStringList &buildProjectIds, int limit)
{
    std::optional<ApiError> refusal;
    QJsonArray ids;
    for (const QString &id : buildProjectIds) {
        if (!isUuid(id))
            refusal = ApiError(ApiError::Kind::InvalidResponse, Text::tr("\"%1\" is not a build project ID.").arg(id));
        ids.append(id.toLower());
    }
    if (buildProjectIds.isEmpty() || buildProjectIds.size() > kMaxBriefProjects)
        refusal = ApiError(ApiError::Kind::InvalidResponse,
                           Text::tr("One request names 1 to %1 build projects.").arg(kMaxBriefProjects));
    QUrlQuery query;
    query.addQueryItem(u"limit"_qs, QString::number(qBound(1, limit, 100)));
    return send(BuildAction::View, refusal, "POST", u"/v1/record/brief"_qs, query,
                QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

BuildCall *BuildClient::runningStatus(const QString &jobId)
{
    return send(BuildAction::View, invalidJob(jobId), "GET", jobPath(u"/v1/job/"_qs, jobId, u"/running-status"_qs));
}

BuildCall *BuildClient::buildInfo(const QString &jobId, int buildNumber)
{
    return send(BuildAction::View, invalidJob(jobId), "GET",
                jobPath(u"/v1/job/"_qs, jobId, u'/' + QString::number(buildNumber) + u"/build-info"));
}

BuildCall *BuildClient::execute(const RunRequest &request)
{
    if (const QString why = request.whyInvalid(); !why.isEmpty() && JobId::isValid(request.jobId)) {
        auto *call = new BuildCall(BuildAction::Run, "POST", {}, {}, this);
        call->m_exchange.abortWith({ApiError::Kind::InvalidJobId, why, {}});
        return call;
    }
    return send(BuildAction::Run, invalidJob(request.jobId), "POST", u"/v1/job/execute"_qs, {},
                QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

BuildCall *BuildClient::stop(const QString &jobId, int buildNumber)
{
    QUrlQuery query;
    query.addQueryItem(u"build_no"_qs, QString::number(buildNumber));
    return send(BuildAction::Stop, invalidJob(jobId), "POST", jobPath(u"/v1/job/"_qs, jobId, u"/stop"_qs), query,
                QJsonDocument(QJsonObject{{u"build_no"_qs, buildNumber}}).toJson(QJsonDocument::Compact));
}

BuildCall *BuildClient::setFollowed(const QString &jobId, bool followed)
{
    return send(BuildAction::Follow, invalidJob(jobId), "POST",
                jobPath(u"/v1/job/"_qs, jobId, followed ? u"/follow"_qs : u"/unfollow"_qs));
}

BuildCall *BuildClient::realTimeLog(const QString &jobId, int buildNumber, qint64 startOffset, qint64 endOffset)
{
    QUrlQuery query;
    query.addQueryItem(u"start_offset"_qs, QString::number(startOffset));
    query.addQueryItem(u"end_offset"_qs, QString::number(endOffset));
    query.addQueryItem(u"sort"_qs, u"AES"_qs);   // sic, as the SDK spells it
    query.addQueryItem(u"size"_qs, u"1000"_qs);
    return send(BuildAction::View, invalidJob(jobId), "GET",
                jobPath(u"/v1/log/"_qs, jobId, u'/' + QString::number(buildNumber) + u"/real-time-log"), query);
}

BuildCall *BuildClient::downloadLog(const QString &recordId, QIODevice *sink)
{
    std::optional<ApiError> refusal;
    if (!isUuid(recordId))
        refusal = ApiError(ApiError::Kind::InvalidResponse, Text::tr("\"%1\" is not a build record ID.").arg(recordId));
    else if (!sink || !sink->isWritable())
        refusal = ApiError(ApiError::Kind::Cancelled, Text::tr("There is nowhere to save the log."));
    QUrlQuery query;
    query.addQueryItem(u"log_level"_qs, u"INFO"_qs);
    auto *call = new BuildCall(BuildAction::View, "GET", {}, {}, this);
    call->m_sink = sink;
    QUrl url = appendPath(m_options.baseUrl, u"/v1/log/" + recordId.toLower() + u"/download-log");
    url.setQuery(query);
    call->m_url = url;
    start(call, refusal);
    return call;
}

QUrl BuildClient::consolePageUrl(const QUrl &baseUrl, const QString &jobId)
{
    static const QRegularExpression regional(u"^cloudbuild-ext\\.([a-z0-9-]+)\\.myhuaweicloud\\.com$"_qs);
    const QRegularExpressionMatch match = regional.match(baseUrl.host().toLower());
    if (!match.hasMatch() || !JobId::isValid(jobId))
        return {};
    return QUrl(u"https://devcloud." + match.captured(1) + u".huaweicloud.com/cloudbuild2/job/detail/history/" + jobId);
}
