#include "api/httpexchange.h"

#include "version.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslError>

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpExchange)
};

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

int portOrDefault(const QUrl &url)
{
    return url.port(url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOrDefault(a) == portOrDefault(b);
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo)
        .toString();
}

ApiError bodyTooLarge(const QString &message)
{
    return {ApiError::Kind::BodyTooLarge, message,
            Text::tr("The answer should be small: the endpoint is probably not a Huawei Cloud API.")};
}

// "host:port", so that a network error says exactly where the app tried to go.
QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 ? 80 : 443);
    return url.host() + u':' + QString::number(port);
}

// Maps Qt's transport-level errors (below 200: connection and proxy problems) to ours.
ApiError transportFailure(QNetworkReply::NetworkError code, const QString &qtText, const QUrl &url,
                          const QStringList &tlsErrors)
{
    using Kind = ApiError::Kind;
    ApiError error;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        error = {Kind::HostNotFound, Text::tr("The server's name could not be found (%1).").arg(url.host()),
                 Text::tr("Check the endpoint and your internet connection or DNS settings.")};
        break;
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = {Kind::NetworkUnreachable, Text::tr("The proxy server could not be used."),
                 Text::tr("Check the proxy settings (https_proxy, no_proxy or the system's).")};
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error = {Kind::TlsFailure,
                 Text::tr("The secure connection to %1 could not be trusted.").arg(hostAndPort(url)),
                 Text::tr("If your company inspects HTTPS traffic, add its CA certificate with "
                    "--ca-file or in the settings. Certificate errors are never ignored.")};
        break;
    case QNetworkReply::TimeoutError:
        error = {Kind::Timeout, Text::tr("The connection to %1 timed out.").arg(hostAndPort(url)),
                 Text::tr("Check your network, or allow more time with --timeout.")};
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error = {Kind::RedirectRefused, Text::tr("The server's redirects could not be followed."),
                 Text::tr("Use the final endpoint URL directly.")};
        break;
    case QNetworkReply::RemoteHostClosedError:
        error = {Kind::NetworkUnreachable,
                 Text::tr("The server at %1 closed the connection before answering fully.").arg(hostAndPort(url)),
                 Text::tr("Try again; if it persists, check the endpoint and any proxy in between.")};
        break;
    default:
        error = {Kind::NetworkUnreachable, Text::tr("Could not connect to %1.").arg(hostAndPort(url)),
                 Text::tr("Check that you are online and that the endpoint is right.")};
        break;
    }
    error.errorMessage = tlsErrors.isEmpty() ? qtText : tlsErrors.join(u"; ");
    return error;
}

} // namespace

QUrl appendPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

HttpExchange::HttpExchange(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int seconds = int((m_deadline.interval() + 999) / 1000);
        abortWith({ApiError::Kind::Timeout, Text::tr("No complete answer within %n second(s).", nullptr, seconds),
                   Text::tr("The service or network is slow: try again, or allow more time with --timeout.")});
    });
}

HttpExchange::~HttpExchange()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
}

QByteArray HttpExchange::userAgent()
{
    return QByteArrayLiteral(CODEARTS_INSPECTOR_APP_NAME "/" CODEARTS_INSPECTOR_VERSION);
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpExchange::start(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                         const QByteArray &body, const ClientOptions &options,
                         const AuthorizerPtr &authorizer)
{
    if (m_finished || m_abortReason)
        return; // cancelled before it started
    m_url = request.url();
    m_maxBodyBytes = options.maxBodyBytes;

    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.rawHeader("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    // Every redirect is checked by onRedirected(): credentials must never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (!options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    if (authorizer)
        authorizer->authorize(request, verb, body);
    traceRequest(request, verb);

    m_clock.start();
    if (verb == "GET")
        m_reply = nam->get(request);
    else if (verb == "POST")
        m_reply = nam->post(request, body);
    else
        m_reply = nam->sendCustomRequest(request, verb, body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpExchange::onRedirected);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    m_deadline.start(options.timeout);
}

void HttpExchange::abort()
{
    abortWith({ApiError::Kind::Cancelled, Text::tr("The request was cancelled."), {}});
}

void HttpExchange::abortWith(ApiError error)
{
    if (m_finished || m_abortReason)
        return;
    m_abortReason = std::move(error);
    if (QNetworkReply *reply = m_reply.data()) {
        reply->abort(); // emits finished(), handled in onReplyFinished()
    } else {
        m_transportError = m_abortReason;
        // Finish on the next turn of the event loop so callers can connect to finished() first.
        QTimer::singleShot(0, this, &HttpExchange::finish);
    }
}

void HttpExchange::onMetaDataChanged()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_maxBodyBytes)
        abortWith(bodyTooLarge(Text::tr("The answer is too large (%1 bytes; the limit is %2 bytes).")
                                   .arg(announced)
                                   .arg(m_maxBodyBytes)));
}

void HttpExchange::onReadyRead()
{
    // Read as data arrives and stop at the cap, so memory stays bounded whatever the server sends.
    // Only what has arrived: read(n) reserves n bytes first, and n is up to the whole cap.
    const qint64 room = m_maxBodyBytes + 1 - m_body.size();
    m_body += m_reply->read(qMin(m_reply->bytesAvailable(), room));
    if (m_body.size() > m_maxBodyBytes) {
        m_body.clear();
        abortWith(bodyTooLarge(Text::tr("The answer is too large (over %1 bytes).").arg(m_maxBodyBytes)));
    }
}

void HttpExchange::onRedirected(const QUrl &target)
{
    emit trace(u"< redirect to " + target.toString(QUrl::RemoveUserInfo));
    if (sameOrigin(m_url, target)) {
        emit m_reply->redirectAllowed();
        return;
    }
    ApiError error(ApiError::Kind::RedirectRefused,
                   Text::tr("The server redirected to another site, %1; the request was stopped so "
                      "your credentials are not sent there.")
                       .arg(originOf(target)),
                   Text::tr("If you trust that site, use it as the endpoint directly."));
    error.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    abortWith(error);
}

void HttpExchange::onReplyFinished()
{
    m_deadline.stop();
    m_elapsedMs = m_clock.elapsed();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    traceResponse();

    if (!m_abortReason)
        onReadyRead(); // whatever is left, still under the cap
    if (m_abortReason) {
        m_transportError = m_abortReason;
    } else if (const auto code = m_reply->error(); code > QNetworkReply::NoError && code < 200) {
        m_transportError = transportFailure(code, m_reply->errorString(), m_url, m_tlsErrors);
    } else if (m_httpStatus == 0) {
        m_transportError = transportFailure(QNetworkReply::UnknownNetworkError,
                                            m_reply->errorString(), m_url, m_tlsErrors);
    }
    if (m_transportError && m_transportError->httpStatus == 0)
        m_transportError->httpStatus = m_httpStatus;
    finish();
}

void HttpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    emit finished();
}

void HttpExchange::traceRequest(const QNetworkRequest &request, const QByteArray &verb)
{
    emit trace(u"> " + QString::fromLatin1(verb) + u' ' + m_url.toString(QUrl::RemoveUserInfo));
    for (const QByteArray &name : request.rawHeaderList())
        emit trace(u"> " + headerLine(name, request.rawHeader(name)));
}

void HttpExchange::traceResponse()
{
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    emit trace(QStringLiteral("< HTTP %1 %2 after %3 ms").arg(m_httpStatus).arg(reason).arg(m_elapsedMs));
    for (const auto &[name, value] : m_headers)
        emit trace(u"< " + headerLine(name, value));
}
