#include "jobclient.h"

#include "endpoints.h"
#include "jobanswer.h"
#include "jobid.h"
#include "version.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

Q_LOGGING_CATEGORY(lcClient, "codearts.client", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobClient", text);
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "x-auth-token" || lower == "authorization" || lower == "x-subject-token"
        || lower == "cookie" || lower == "set-cookie" || lower == "proxy-authorization";
}

QString headerLine(const QByteArray &name, const QByteArray &value)
{
    const QByteArray shown = isSecretHeader(name)
        ? QByteArray("<redacted, ") + QByteArray::number(value.size()) + " bytes>"
        : value;
    return QString::fromLatin1(name) + u": " + QString::fromLatin1(shown);
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo)
        .toString();
}

QUrl jobInfoUrl(const QUrl &baseUrl, const QString &jobId)
{
    QUrl url = baseUrl;
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/job/" + jobId + u"/info");
    return url;
}

// Maps Qt's transport-level errors (below 200: connection and proxy problems) to ours.
ApiError transportError(QNetworkReply::NetworkError code, const QString &qtText, const QUrl &url,
                        const QStringList &tlsErrors)
{
    using Kind = ApiError::Kind;
    ApiError error;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        error = {Kind::HostNotFound, tr("The server's name could not be found (%1).").arg(url.host()),
                 tr("Check the endpoint and your internet connection or DNS settings.")};
        break;
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = {Kind::NetworkUnreachable, tr("The proxy server could not be used."),
                 tr("Check the proxy settings (https_proxy, no_proxy or the system's).")};
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error = {Kind::TlsFailure,
                 tr("The secure connection to %1 could not be trusted.").arg(url.host()),
                 tr("If your company inspects HTTPS traffic, add its CA certificate with "
                    "--ca-file or in the settings. Certificate errors are never ignored.")};
        break;
    case QNetworkReply::TimeoutError:
        error = {Kind::Timeout, tr("The connection timed out."),
                 tr("Check your network, or allow more time with --timeout.")};
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error = {Kind::RedirectRefused, tr("The server's redirects could not be followed."),
                 tr("Use the final endpoint URL directly.")};
        break;
    case QNetworkReply::RemoteHostClosedError:
        error = {Kind::NetworkUnreachable, tr("The server closed the connection before answering fully."),
                 tr("Try again; if it persists, check the endpoint and any proxy in between.")};
        break;
    default:
        error = {Kind::NetworkUnreachable, tr("Could not connect to %1.").arg(url.host()),
                 tr("Check that you are online and that the endpoint is right.")};
        break;
    }
    error.errorMessage = tlsErrors.isEmpty() ? qtText : tlsErrors.join(u"; ");
    return error;
}

} // namespace

JobFetch::JobFetch(QString jobId, QObject *parent) : QObject(parent), m_jobId(std::move(jobId))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith({ApiError::Kind::Timeout,
                   tr("No complete answer within %n second(s).", nullptr,
                      int((m_deadline.interval() + 999) / 1000)),
                   tr("The service or network is slow: try again, or allow more time with --timeout.")});
    });
}

JobFetch::~JobFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void JobFetch::failEarly(const ApiError &error)
{
    m_error = error;
    // Finish on the next turn of the event loop so callers can connect to finished() first.
    QTimer::singleShot(0, this, &JobFetch::finish);
}

void JobFetch::start(QNetworkAccessManager *nam, const ClientOptions &options,
                     const AuthorizerPtr &authorizer)
{
    if (m_finished || m_abortReason)
        return; // cancelled before it started
    m_url = jobInfoUrl(options.baseUrl, m_jobId);
    m_maxBodyBytes = options.maxBodyBytes;

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, JobClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    // Every redirect is checked by onRedirected(): the token must never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (!options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    authorizer->authorize(request, "GET", {});
    traceRequest(request);

    m_clock.start();
    m_reply = nam->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &JobFetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &JobFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &JobFetch::onRedirected);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::finished, this, &JobFetch::onReplyFinished);
    m_deadline.start(options.timeout);
}

void JobFetch::abort()
{
    abortWith({ApiError::Kind::Cancelled, tr("The fetch was cancelled."), {}});
}

void JobFetch::abortWith(ApiError error)
{
    if (m_finished || m_abortReason)
        return;
    m_abortReason = std::move(error);
    if (m_reply)
        m_reply->abort(); // emits finished(), handled in onReplyFinished()
    else
        failEarly(*m_abortReason);
}

void JobFetch::onMetaDataChanged()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_maxBodyBytes)
        abortWith({ApiError::Kind::BodyTooLarge,
                   tr("The answer is too large (%1 bytes; the limit is %2 bytes).")
                       .arg(announced)
                       .arg(m_maxBodyBytes),
                   tr("A job's data is small: the endpoint is probably not a CodeArts Build API.")});
}

void JobFetch::onReadyRead()
{
    // Read as data arrives and stop at the cap, so memory stays bounded whatever the server sends.
    m_body += m_reply->read(m_maxBodyBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBodyBytes) {
        m_body.clear();
        abortWith({ApiError::Kind::BodyTooLarge,
                   tr("The answer is too large (over %1 bytes).").arg(m_maxBodyBytes),
                   tr("A job's data is small: the endpoint is probably not a CodeArts Build API.")});
    }
}

void JobFetch::onRedirected(const QUrl &target)
{
    emit trace(u"< redirect to " + target.toString(QUrl::RemoveUserInfo));
    if (sameOrigin(m_url, target)) {
        emit m_reply->redirectAllowed();
        return;
    }
    ApiError error(ApiError::Kind::RedirectRefused,
                   tr("The server redirected to another site, %1; the request was stopped so "
                      "your credentials are not sent there.")
                       .arg(originOf(target)),
                   tr("If you trust that site, use it as the endpoint directly."));
    error.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    abortWith(error);
}

void JobFetch::onReplyFinished()
{
    m_deadline.stop();
    m_elapsedMs = m_clock.elapsed();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    traceResponse();

    if (m_abortReason) {
        m_error = *m_abortReason;
    } else {
        onReadyRead();
        if (m_abortReason) {
            m_error = *m_abortReason;
        } else if (const auto code = m_reply->error(); code > QNetworkReply::NoError && code < 200) {
            m_error = transportError(code, m_reply->errorString(), m_url, m_tlsErrors);
        } else if (m_httpStatus == 0) {
            m_error = transportError(QNetworkReply::UnknownNetworkError, m_reply->errorString(),
                                     m_url, m_tlsErrors);
        } else {
            JobAnswer answer = JobAnswer::interpret(
                {m_httpStatus, m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 m_body, m_reply->rawHeader("Retry-After"), m_reply->rawHeader("X-Request-Id")});
            m_job = std::move(answer.job);
            m_error = answer.error;
        }
    }
    if (m_error.httpStatus == 0)
        m_error.httpStatus = m_httpStatus;
    finish();
}

void JobFetch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    if (m_error.isError())
        qCDebug(lcClient) << "fetch failed:" << ApiError::kindName(m_error.kind) << m_error.message;
    emit finished();
}

void JobFetch::traceRequest(const QNetworkRequest &request)
{
    emit trace(u"> GET " + m_url.toString(QUrl::RemoveUserInfo));
    for (const QByteArray &name : request.rawHeaderList())
        emit trace(u"> " + headerLine(name, request.rawHeader(name)));
}

void JobFetch::traceResponse()
{
    const QString reason =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    emit trace(QStringLiteral("< HTTP %1 %2 after %3 ms").arg(m_httpStatus).arg(reason).arg(m_elapsedMs));
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        emit trace(u"< " + headerLine(name, value));
}

JobClient::JobClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
}

QByteArray JobClient::userAgent()
{
    return QByteArrayLiteral(CODEARTS_INSPECTOR_APP_NAME "/" CODEARTS_INSPECTOR_VERSION);
}

JobFetch *JobClient::fetchJob(const QString &jobId, const AuthorizerPtr &authorizer)
{
    auto *fetch = new JobFetch(jobId, this);
    if (!JobId::isValid(jobId)) {
        fetch->failEarly({ApiError::Kind::InvalidJobId,
                          tr("\"%1\" is not a job ID.").arg(jobId), JobId::formatDescription()});
    } else if (const QString why = Endpoints::whyUnusable(m_options.baseUrl); !why.isEmpty()) {
        fetch->failEarly({ApiError::Kind::InvalidEndpoint, why, {}});
    } else if (!authorizer) {
        fetch->failEarly({ApiError::Kind::MissingCredentials, tr("No credentials were given."),
                          tr("Enter an IAM token, or pass one with --token-stdin.")});
    } else {
        // Start on the next turn of the event loop, so callers can connect to trace() first.
        QMetaObject::invokeMethod(
            fetch, [fetch, nam = m_nam, options = m_options, authorizer] {
                fetch->start(nam, options, authorizer);
            },
            Qt::QueuedConnection);
    }
    return fetch;
}
