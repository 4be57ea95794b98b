#include "sandbox/demosandbox.h"

#include "api/aksksigner.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demoids.h"
#include "sandbox/demojoblist.h"
#include "sandbox/demojobs.h"
#include "sandbox/demorecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace {

DemoResponse jsonResponse(const QJsonObject &body, int status)
{
    return {status, QByteArrayLiteral("application/json;charset=UTF-8"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::Id128)}}};
}

DemoResponse serviceError(int status, const QString &code, const QString &message)
{
    return jsonResponse({{u"error_code"_qs, code}, {u"error_msg"_qs, message}}, status);
}

DemoResponse rawResponse(const QByteArray &mimeType, const QByteArray &body, int status)
{
    return {status, mimeType, body, {}};
}

DemoResponse redirect(const QByteArray &location)
{
    return {302, {}, {}, {{QByteArrayLiteral("Location"), location}}};
}

DemoResponse notPublished()
{
    return serviceError(404, u"APIG.0101"_qs, u"The API does not exist or has not been published in the environment"_qs);
}

bool isShowJobInfo(const DemoRequest &request)
{
    const QStringList parts = request.url.path().split(u'/');   // "", "v1", "job", ID, "info"
    return request.method == "GET" && parts.size() == 5 && parts.at(1) == u"v1" && parts.at(2) == u"job"
        && !parts.at(3).isEmpty() && parts.at(4) == u"info";
}

bool isBriefRecords(const DemoRequest &request)
{
    return request.method == "POST" && request.url.path() == u"/v1/record/brief";
}

// The regions whose IAM project the sandbox knows.
const QStringList &iamRegions()
{
    static const QStringList regions = {u"cn-north-4"_qs, u"cn-north-1"_qs, u"cn-east-3"_qs, u"cn-south-1"_qs,
                                        u"ap-southeast-1"_qs, u"ap-southeast-3"_qs};
    return regions;
}

} // namespace

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent), m_builds(std::make_unique<DemoBuilds>())
{
    // One wall clock for the whole sandbox: the watch jobs' times are given in the builds' clock.
    m_watchJobs.setWallClock([builds = m_builds.get()] { return builds->nowMs(); });
}

DemoSandbox::~DemoSandbox()
{
    if (!m_thread)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(m_threadContext, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
}

QByteArray DemoSandbox::demoSecretKey()
{
    return QByteArrayLiteral("demo-secret-access-key");
}

QString DemoSandbox::iamProjectId(const QString &region)
{
    return iamRegions().contains(region) ? DemoIds::hexId(u"iam-project:"_qs + region) : QString();
}

QByteArray DemoSandbox::demoPassword()
{
    return QByteArrayLiteral("demo-password");
}

QByteArray DemoSandbox::expiredToken()
{
    return QByteArrayLiteral("demo-token-that-has-expired");
}

void DemoSandbox::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    m_tls->setLocalCertificate(certificate);
    m_tls->setPrivateKey(key);
}

QUrl DemoSandbox::baseUrl() const
{
    const QString scheme = m_tls ? u"https"_qs : u"http"_qs;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

bool DemoSandbox::start(const QHostAddress &address, quint16 port)
{
    if (m_thread)
        return m_port != 0;
    if (m_foreignRedirectTarget.isEmpty())
        m_foreignRedirectTarget = QUrl(u"http://localhost:9/elsewhere"_qs);
    m_jobList = std::make_unique<DemoJobList>(m_jobListSize, [builds = m_builds.get()](const QString &jobId) {
        return builds->showJobResult(jobId);
    });
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"DemoSandbox"_qs);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, address, port] {
            m_server = new DemoHttpServer;
            m_server->setLatencyMs(m_latencyMs);
            m_port = m_server->listen(address, port, m_tls.get(),
                                      [this](const DemoRequest &request) { return respond(request); });
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

// The APIs the sandbox speaks (IAM's sign-in and project query, CodeArts Build), as the gateway
// routes them; anything else is unpublished.
DemoResponse DemoSandbox::respond(const DemoRequest &request) const
{
    ++m_requestCount;
    const QString path = request.url.path();
    if (request.method == "POST" && path == u"/v3/auth/tokens")
        return answerSignIn(request);
    if (request.method == "GET" && path == u"/v3/projects") {
        if (std::optional<DemoResponse> refusal = checkCredentials(request, ProjectHeader::NotNeeded))
            return std::move(*refusal);
        return answerIamProjects(request);
    }
    const bool buildApi = isShowJobInfo(request) || isBriefRecords(request)
        || (request.method == "GET" && DemoJobList::handles(path)) || DemoBuilds::handles(request);
    if (!buildApi)
        return notPublished();
    if (std::optional<DemoResponse> refusal = checkCredentials(request, ProjectHeader::Required))
        return std::move(*refusal);
    return answerBuildApi(request);
}

DemoResponse DemoSandbox::answerBuildApi(const DemoRequest &request) const
{
    const QString path = request.url.path();
    const QStringList parts = path.split(u'/');   // "", "v1", "job", ID, "info"
    // The service's job ID pattern, ^[0-9a-z]{32}$, holds on every path that names a job, so an
    // ID in upper case is refused (app/api's JobId accepts it: the client must lower it).
    const std::optional<QString> jobId = isShowJobInfo(request) ? std::optional<QString>(parts.at(3))
                                                                : DemoBuilds::jobIdIn(request);
    if (jobId && !DemoIds::isJobId(*jobId))
        return serviceError(400, u"CB.00060201"_qs, u"Invalid task ID"_qs);
    if (isShowJobInfo(request))
        return answer(*jobId);
    if (isBriefRecords(request))
        return answerBrief(request);
    if (request.method == "GET" && DemoJobList::handles(path)) {
        if (parts.size() == 5 && m_watchJobs.hasProject(parts.at(3)))
            return answerWatchList(parts.at(3), request);
        return m_jobList->answer(request);
    }
    if (const std::optional<QString> recordId = DemoBuilds::recordIdIn(request)) {
        const QString watched = m_watchJobs.jobOfRecord(*recordId);
        if (!watched.isEmpty())
            return answerWatchBuilds(watched, request);
    }
    if (jobId && m_watchJobs.hasJob(*jobId))
        return answerWatchBuilds(*jobId, request);
    return m_builds->respond(request);
}

void DemoSandbox::sleepUnlessStopping(int ms) const
{
    // Sleep in small steps so that closing the app never waits for a slow answer.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && !m_stopping)
        QThread::msleep(20);
}

// A request signed with AK/SK needs no token; anything else must carry the demo token.
std::optional<DemoResponse> DemoSandbox::checkCredentials(const DemoRequest &request, ProjectHeader projectHeader) const
{
    if (request.header("Authorization").startsWith("SDK-HMAC-SHA256 ")) {
        if (!signatureMatches(request))
            return serviceError(401, u"APIG.0301"_qs,
                                u"Incorrect IAM authentication information: verify aksk signature fail"_qs);
        // The SDK signs X-Project-Id into every CodeArts Build request. Whether the gateway
        // refuses a well-signed one without it, and with which words, is unconfirmed.
        if (projectHeader == ProjectHeader::Required && request.header("X-Project-Id").trimmed().isEmpty())
            return serviceError(401, u"APIG.0301"_qs,
                                u"Incorrect IAM authentication information: the X-Project-Id header is required"_qs);
        return std::nullopt;
    }
    return checkToken(request.header("X-Auth-Token"));
}

DemoResponse DemoSandbox::answer(const QString &jobId) const
{
    if (const auto changing = m_watchJobs.answer(jobId))
        return jsonResponse(changing->body, changing->httpStatus);

    for (const DemoJob &job : demoJobs()) {
        if (job.id != jobId)
            continue;
        if (job.delayMs != 0)
            sleepUnlessStopping(job.delayMs < 0 ? m_slowDelayMs : job.delayMs);
        if (job.httpStatus == 403)
            return serviceError(403, u"CB.00060102"_qs, u"No permission to view this build task"_qs);
        if (job.httpStatus == 404)
            return serviceError(404, u"CB.00060404"_qs, u"The build task does not exist"_qs);
        if (job.result.isEmpty())
            return jsonResponse({{u"result"_qs, QJsonValue::Null},
                                 {u"status"_qs, u"fail"_qs},
                                 {u"error"_qs, u"The build task is being migrated; try again later"_qs}},
                                200);
        // The last build, running status and health as the job's builds have them now.
        const QJsonObject result = m_builds->showJobResult(job.id).value_or(job.result);
        return jsonResponse({{u"result"_qs, result}, {u"status"_qs, u"success"_qs}, {u"error"_qs, QJsonValue::Null}}, 200);
    }
    return answerTrouble(jobId);
}

// ListProjectJobs for the projects of the changing jobs, with the paging rules of the other lists.
DemoResponse DemoSandbox::answerWatchList(const QString &projectId, const DemoRequest &request) const
{
    const QUrlQuery query(request.url);
    bool indexOk = false, sizeOk = false;
    const int pageIndex = query.queryItemValue(u"page_index"_qs).toInt(&indexOk);
    const int pageSize = query.queryItemValue(u"page_size"_qs).toInt(&sizeOk);
    if (!indexOk || pageIndex < 0 || !sizeOk || pageSize < 1)
        return serviceError(400, u"CB.00060200"_qs, u"Invalid parameter: page_index, page_size"_qs);
    const std::optional<DemoWatchJobs::Answer> answer = m_watchJobs.listAnswer(projectId, pageIndex, qMin(pageSize, 100));
    return jsonResponse(answer->body, answer->httpStatus);
}

// The build calls for the changing jobs, from their schedule at the clock's time; a request
// that touches one meets its refusals (throttling, expired token) as ShowJobInfo does.
DemoResponse DemoSandbox::answerWatchBuilds(const QString &jobId, const DemoRequest &request) const
{
    if (const std::optional<DemoWatchJobs::Answer> refused = m_watchJobs.refusal(jobId))
        return jsonResponse(refused->body, refused->httpStatus);
    return DemoBuilds::respondFor(*m_watchJobs.builds(jobId), request);
}

// ListBriefRecord: the newest builds of many build projects (UUIDs) in one call, in the order
// asked; IDs that name no build project are left out.
DemoResponse DemoSandbox::answerBrief(const DemoRequest &request) const
{
    bool limitOk = false;
    const int limit = QUrlQuery(request.url).queryItemValue(u"limit"_qs).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 100)
        return serviceError(400, u"CB.00060200"_qs, u"Invalid parameter: limit is required, from 1 to 100"_qs);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonArray ids = body.array();
    const bool allStrings = std::all_of(ids.begin(), ids.end(), [](const QJsonValue &id) { return id.isString(); });
    if (parseError.error != QJsonParseError::NoError || !body.isArray() || !allStrings)
        return serviceError(400, u"CB.00060200"_qs, u"Invalid parameter: the body must be a JSON array of build project IDs"_qs);
    if (ids.size() > kMaxBriefProjects)
        return serviceError(400, u"CB.00060200"_qs,
                            u"Invalid parameter: at most %1 build project IDs in one call"_qs.arg(kMaxBriefProjects));
    QStringList asked;
    for (const QJsonValue &id : ids) {
        if (!asked.contains(id.toString()))
            asked.append(id.toString());
    }
    // The changing jobs' refusals hold for any call that touches them, as for a list page.
    for (const QString &id : std::as_const(asked)) {
        const QString watched = m_watchJobs.jobOfBuildProject(id);
        if (watched.isEmpty())
            continue;
        if (const std::optional<DemoWatchJobs::Answer> refused = m_watchJobs.refusal(watched))
            return jsonResponse(refused->body, refused->httpStatus);
    }
    QJsonArray result;
    for (const QString &id : std::as_const(asked)) {
        const QString watched = m_watchJobs.jobOfBuildProject(id);
        if (!watched.isEmpty()) {
            const std::unique_ptr<DemoBuildSource> builds = m_watchJobs.builds(watched);
            result.append(DemoRecords::briefProject(builds->withBuilds(builds->newest(limit)), limit, builds->nowMs()));
        } else if (const std::optional<QJsonObject> item = m_builds->briefProject(id, limit)) {
            result.append(*item);
        }
    }
    return jsonResponse({{u"result"_qs, result}, {u"error"_qs, QJsonValue::Null}, {u"status"_qs, u"success"_qs}}, 200);
}

// IAM's KeystoneListProjects, which the SDK asks for the region's project (X-Project-Id) when
// none is configured. Without a name, every region's project.
DemoResponse DemoSandbox::answerIamProjects(const DemoRequest &request) const
{
    const QString name = QUrlQuery(request.url).queryItemValue(u"name"_qs, QUrl::FullyDecoded);
    const QString base = (m_tls ? u"https://"_qs : u"http://"_qs) + QString::fromLatin1(request.header("Host"));
    const QString domainId = DemoIds::hexId(u"iam-domain:"_qs + QLatin1String(demoAccount));
    QJsonArray projects;
    for (const QString &region : iamRegions()) {
        if (!name.isEmpty() && region != name)
            continue;
        const QString id = iamProjectId(region);
        projects.append(QJsonObject{{u"is_domain"_qs, false},
                                    {u"description"_qs, QString()},
                                    {u"links"_qs, QJsonObject{{u"self"_qs, QString(base + u"/v3/projects/"_qs + id)}}},
                                    {u"enabled"_qs, true},
                                    {u"id"_qs, id},
                                    {u"parent_id"_qs, domainId},
                                    {u"domain_id"_qs, domainId},
                                    {u"name"_qs, region}});
    }
    QUrl self(base + u"/v3/projects"_qs);
    self.setQuery(request.url.query());
    return jsonResponse({{u"links"_qs, QJsonObject{{u"self"_qs, self.toString()},
                                                  {u"previous"_qs, QJsonValue::Null},
                                                  {u"next"_qs, QJsonValue::Null}}},
                         {u"projects"_qs, projects}},
                        200);
}

DemoResponse DemoSandbox::answerTrouble(const QString &jobId) const
{
    if (jobId == QLatin1String(TroubleJobs::serverError))
        return serviceError(500, u"CB.00060101"_qs, u"Internal error"_qs);
    if (jobId == QLatin1String(TroubleJobs::rateLimited)) {
        DemoResponse response = serviceError(429, u"APIG.0308"_qs, u"The throttling threshold has been reached"_qs);
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
        return response;
    }
    if (jobId == QLatin1String(TroubleJobs::htmlErrorPage))
        return rawResponse("text/html",
                           "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                           "<body><h1>502 Bad Gateway</h1><hr>proxy</body></html>",
                           502);
    if (jobId == QLatin1String(TroubleJobs::truncatedJson))
        return rawResponse("application/json", R"({"result": {"id": "ebadjs0nebadjs0nebadjs0nebadjs0n", "job_na)", 200);
    if (jobId == QLatin1String(TroubleJobs::plainText))
        return rawResponse("text/plain", "Service temporarily unavailable", 200);
    if (jobId == QLatin1String(TroubleJobs::oversized)) {
        const QByteArray padding(5 * 1024 * 1024, 'x');
        return rawResponse("application/json", R"({"result": {"job_name": ")" + padding + R"("}})", 200);
    }
    if (jobId == QLatin1String(TroubleJobs::foreignRedirect))
        return redirect(m_foreignRedirectTarget.toEncoded());
    if (jobId == QLatin1String(TroubleJobs::sameOriginRedirect))
        return redirect("/v1/job/" + firstJobId().toLatin1() + "/info");
    return serviceError(404, u"CB.00060404"_qs, u"The build task does not exist"_qs);
}

std::optional<DemoResponse> DemoSandbox::checkToken(const QByteArray &token) const
{
    if (token.isEmpty())
        return serviceError(401, u"APIG.0301"_qs,
                            u"Incorrect IAM authentication information: x-auth-token not found"_qs);
    if (token == expiredToken())
        return serviceError(401, u"APIG.0301"_qs,
                            u"Incorrect IAM authentication information: token expires, expires_at: "_qs
                                + QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs));
    if (token != demoToken())
        return serviceError(401, u"APIG.0301"_qs,
                            u"Incorrect IAM authentication information: verify token fail"_qs);
    return std::nullopt;
}

// Recomputes the signature from what arrived, as the API gateway does: the same method, path,
// query, Host, X-Sdk-Date, the other signed headers and the body must give the same HMAC.
bool DemoSandbox::signatureMatches(const DemoRequest &request) const
{
    QByteArray accessKey;
    QByteArrayList signedHeaders;
    QByteArray signature;
    const QByteArray authorization = request.header("Authorization");
    for (const QByteArray &part : authorization.mid(authorization.indexOf(' ') + 1).split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Access="))
            accessKey = item.mid(7);
        else if (item.startsWith("SignedHeaders="))
            signedHeaders = item.mid(14).split(';');
        else if (item.startsWith("Signature="))
            signature = item.mid(10);
    }
    const QByteArray sdkDate = request.header("X-Sdk-Date");
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(sdkDate), u"yyyyMMdd'T'HHmmss'Z'"_qs);
    if (accessKey != demoAccessKey || !date.isValid() || !signedHeaders.contains("host")
        || !signedHeaders.contains("x-sdk-date"))
        return false;

    const QUrl &received = request.url;
    const QString scheme = m_tls ? u"https"_qs : u"http"_qs;
    QUrl url(scheme + u"://" + QString::fromLatin1(request.header("Host")));
    url.setPath(received.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(received.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    AkSkRequest toSign{request.method, url, {}, request.body, QDateTime(date.date(), date.time(), Qt::UTC)};
    for (const QByteArray &name : signedHeaders) {
        if (name != "host" && name != "x-sdk-date")
            toSign.headers.append({name, request.header(name)});
    }
    const AkSkSignature expected = AkSkAuthorizer::sign(toSign, accessKey, demoSecretKey());
    return expected.sdkDate == sdkDate && expected.signature == signature;
}

DemoResponse DemoSandbox::answerSignIn(const DemoRequest &request) const
{
    ++m_signInCount;
    const QJsonObject auth = QJsonDocument::fromJson(request.body).object().value(u"auth").toObject();
    const QJsonObject user = auth[u"identity"][u"password"][u"user"].toObject();
    const bool accepted = user[u"name"].toString() == QLatin1String(demoUser)
        && user[u"domain"][u"name"].toString() == QLatin1String(demoAccount)
        && user[u"password"].toString().toUtf8() == demoPassword();
    if (!accepted)
        return jsonResponse({{u"error"_qs, QJsonObject{{u"code"_qs, 401},
                                                      {u"message"_qs, u"The username or password is wrong."_qs},
                                                      {u"title"_qs, u"Unauthorized"_qs}}}},
                            401);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString project = auth[u"scope"][u"project"][u"name"].toString();
    DemoResponse response = jsonResponse(
        {{u"token"_qs, QJsonObject{{u"expires_at"_qs, now.addSecs(m_tokenLifetimeSeconds).toString(Qt::ISODateWithMs)},
                                   {u"issued_at"_qs, now.toString(Qt::ISODateWithMs)},
                                   {u"methods"_qs, QJsonArray{u"password"_qs}},
                                   {u"project"_qs, QJsonObject{{u"name"_qs, project}}}}}},
        201);
    response.headers.append({QByteArrayLiteral("X-Subject-Token"), demoToken()});
    return response;
}
