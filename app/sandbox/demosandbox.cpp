#include "sandbox/demosandbox.h"
#include "sandbox/demotimeline.h"

#include "api/aksksigner.h"
#include "api/jobid.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demojoblist.h"
#include "sandbox/demojobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

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

} // namespace

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent), m_builds(std::make_unique<DemoBuilds>()) {}

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
    m_jobList = std::make_unique<DemoJobList>(m_jobListSize);
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

// The two APIs the sandbox speaks, as the gateway routes them; anything else is unpublished.
DemoResponse DemoSandbox::respond(const DemoRequest &request) const
{
    ++m_requestCount;
    const QString path = request.url.path();
    const QStringList parts = path.split(u'/');   // "", "v1", "job", ID, "info"
    if (request.method == "GET" && parts.size() == 5 && parts.at(1) == u"v1" && parts.at(2) == u"job"
        && !parts.at(3).isEmpty() && parts.at(4) == u"info")
        return answer(parts.at(3), request);
    if (request.method == "GET" && parts.size() == 5 && parts.at(1) == u"v1" && parts.at(2) == u"job"
        && parts.at(4) == u"running-status" && !m_watchJobs.projectOf(parts.at(3)).isEmpty()) {
        if (std::optional<DemoResponse> refusal = checkCredentials(request))
            return std::move(*refusal);
        const auto changing = m_watchJobs.runningStatusAnswer(parts.at(3));
        return jsonResponse(changing->body, changing->httpStatus);
    }
    if (DemoBuilds::handles(request)) {
        if (std::optional<DemoResponse> refusal = checkCredentials(request))
            return std::move(*refusal);
        return m_builds->respond(request);
    }
    if (request.method == "POST" && path == u"/v3/auth/tokens")
        return answerSignIn(request);
    if (request.method == "GET" && DemoJobList::handles(path)) {
        if (std::optional<DemoResponse> refusal = checkCredentials(request))
            return std::move(*refusal);
        if (parts.size() == 5 && m_watchJobs.hasProject(parts.at(3)))
            return answerWatchList(parts.at(3), request);
        return m_jobList->answer(request);
    }
    return jsonResponse({{u"error_code"_qs, u"APIG.0101"_qs},
                         {u"error_msg"_qs, u"The API does not exist or has not been published in the environment"_qs}},
                        404);
}

void DemoSandbox::sleepUnlessStopping(int ms) const
{
    // Sleep in small steps so that closing the app never waits for a slow answer.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && !m_stopping)
        QThread::msleep(20);
}

// A request signed with AK/SK needs no token; anything else must carry the demo token.
std::optional<DemoResponse> DemoSandbox::checkCredentials(const DemoRequest &request) const
{
    if (request.header("Authorization").startsWith("SDK-HMAC-SHA256 ")) {
        if (!signatureMatches(request))
            return serviceError(401, u"APIG.0301"_qs,
                                u"Incorrect IAM authentication information: verify aksk signature fail"_qs);
        return std::nullopt;
    }
    return checkToken(request.header("X-Auth-Token"));
}

DemoResponse DemoSandbox::answer(const QString &jobId, const DemoRequest &request) const
{
    if (std::optional<DemoResponse> refusal = checkCredentials(request))
        return std::move(*refusal);
    if (!JobId::isValid(jobId))
        return serviceError(400, u"CB.00060201"_qs, u"Invalid task ID"_qs);
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
        const QJsonObject result = m_moving ? DemoTimeline::resultAt(job.result, QDateTime::currentMSecsSinceEpoch())
                                            : job.result;
        return jsonResponse({{u"result"_qs, m_builds->withLiveState(job.id, result)}, {u"status"_qs, u"success"_qs},
                             {u"error"_qs, QJsonValue::Null}},
                            200);
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
