#include "api/httpexchange.h"

#include "version.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>

#include <cstring>

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

constexpr qint64 kReadBufferBytes = 64 * 1024;

// The first header whose value holds CR, LF or NUL, or an empty name.
QByteArray headerWithLineBreak(const QNetworkRequest &request)
{
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray value = request.rawHeader(name);
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return name;
    }
    return {};
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

// "host:port" of the proxy a request to `url` goes through; "" when it goes direct.
QString proxyOf(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            return proxy.hostName() + u':' + QString::number(proxy.port());
    }
    return {};
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
    case QNetworkReply::ProxyTimeoutError: {
        const QString proxy = proxyOf(url);
        error = {Kind::NetworkUnreachable,
                 proxy.isEmpty() ? Text::tr("The proxy server could not be used.")
                                 : Text::tr("The proxy server %1 could not be used.").arg(proxy),
                 Text::tr("Check the proxy settings (https_proxy, no_proxy or the system's).")};
        break;
    }
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = {Kind::ProxyAuthenticationRequired,
                 Text::tr("The proxy server asked for authentication (HTTP 407); the request did not reach %1.")
                     .arg(url.host()),
                 Text::tr("Check the user name and password in the proxy settings, or ask your network "
                          "administrator.")};
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
    default: {
        // Qt says "connection refused" also when it is the proxy that refuses: name both.
        const QString proxy = proxyOf(url);
        error = proxy.isEmpty()
            ? ApiError{Kind::NetworkUnreachable, Text::tr("Could not connect to %1.").arg(hostAndPort(url)),
                       Text::tr("Check that you are online and that the endpoint is right.")}
            : ApiError{Kind::NetworkUnreachable,
                       Text::tr("Could not connect to %1 through the proxy %2.").arg(hostAndPort(url), proxy),
                       Text::tr("Check the proxy settings (https_proxy, no_proxy or the system's).")};
        break;
    }
    }
    error.errorMessage = tlsErrors.isEmpty() ? qtText : tlsErrors.join(u"; ");
    return error;
}

// A request body Qt can read only once: when Qt wants to send the request again after a
// dropped connection, reset() fails and the reply ends with ContentReSendError instead.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return -1;
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

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
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
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
    m_nam = nam;
    m_verb = verb;
    m_requestBody = body;
    m_authorizer = authorizer;
    m_maxBodyBytes = options.maxBodyBytes;

    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.rawHeader("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    // Redirects are followed here (followRedirect()), where each is checked and counted:
    // credentials must never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    m_request = request;
    m_clock.start();
    m_deadline.start(options.timeout);
    send(request);
}

// Sends the request (the first, or one a redirect asked for) with credentials for its URL.
void HttpExchange::send(QNetworkRequest request)
{
    m_url = request.url();
    if (m_authorizer)
        m_authorizer->authorize(request, m_verb, m_requestBody);
    if (const QByteArray name = headerWithLineBreak(request); !name.isEmpty()) {
        // The last guard: credentials are checked where they are read, but a CR or LF that got
        // this far would start a header of its own.
        abortWith({ApiError::Kind::MissingCredentials,
                   Text::tr("The %1 header holds a line break or NUL; nothing was sent.").arg(QString::fromLatin1(name)),
                   Text::tr("Check the credentials for stray characters.")});
        return;
    }
    traceRequest(request, m_verb);

    if (m_sendOnce && m_verb != "GET") {
        // Unbuffered, so Qt reads this very device and cannot rewind it for a second send.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        auto *device = new OneShotBody(m_requestBody);
        m_reply = m_nam->sendCustomRequest(request, m_verb, device);
        device->setParent(m_reply);
    } else if (m_verb == "GET")
        m_reply = m_nam->get(request);
    else if (m_verb == "POST")
        m_reply = m_nam->post(request, m_requestBody);
    else
        m_reply = m_nam->sendCustomRequest(request, m_verb, m_requestBody);
    m_reply->setParent(this);
    // With a bounded read buffer Qt's network thread stops reading when we fall behind and
    // goes back to its event loop, where an abort reaches it; unbounded, a flood of tiny
    // chunks keeps it reading and the process hangs on exit waiting for that thread.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onDataArrived);
    connect(m_reply, &QNetworkReply::errorOccurred, this, &HttpExchange::onReplyError);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

// A redirect status with a Location: followed when it stays on the same origin, within the
// limit, and (for a call that sends a body) keeps the method: 307 and 308 only, never for a
// call sent once.
void HttpExchange::followRedirect()
{
    const QByteArray location = header("Location").trimmed();
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    const QString scheme = target.scheme().toLower();
    const QString hint = Text::tr("Use the final endpoint URL directly.");
    if (!target.isValid() || (scheme != u"http" && scheme != u"https")) {
        m_transportError = ApiError(ApiError::Kind::RedirectRefused,
                                    Text::tr("The server redirected to %1, which is not a web address; the request was "
                                             "stopped.").arg(QString::fromLatin1(location)),
                                    hint);
        return;
    }
    if (!sameOrigin(m_url, target)) {
        m_transportError = ApiError(ApiError::Kind::RedirectRefused,
                                    Text::tr("The server redirected to another site, %1; the request was stopped so "
                                             "your credentials are not sent there.")
                                        .arg(originOf(target)),
                                    Text::tr("If you trust that site, use it as the endpoint directly."));
        return;
    }
    if (m_redirects >= kMaxRedirects) {
        m_transportError = ApiError(ApiError::Kind::RedirectRefused,
                                    QCoreApplication::translate("HttpExchange", "The server kept redirecting (%n redirects "
                                                                "followed) without answering.", nullptr, m_redirects),
                                    hint);
        return;
    }
    const bool keepsMethod = m_httpStatus == 307 || m_httpStatus == 308;
    if (m_verb != "GET" && (!keepsMethod || m_sendOnce)) {
        m_transportError = ApiError(ApiError::Kind::RedirectRefused,
                                    Text::tr("The server answered with a redirect that could not be followed."), hint);
        return;
    }
    ++m_redirects;
    emit trace(u"< redirect to " + target.toString(QUrl::RemoveUserInfo));
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    m_body.clear();
    m_headers.clear();
    m_httpStatus = 0;
    QNetworkRequest request = m_request;
    request.setUrl(target);
    send(request);
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
        // A reply that already failed inside Qt (a body that does not decompress) may never
        // emit it: then the exchange ends here rather than at its deadline.
        QTimer::singleShot(0, this, [this] {
            if (m_finished)
                return;
            m_elapsedMs = m_clock.elapsed();
            m_transportError = m_abortReason;
            finish();
        });
    } else {
        m_transportError = m_abortReason;
        // Finish on the next turn of the event loop so callers can connect to finished() first.
        QTimer::singleShot(0, this, &HttpExchange::finish);
    }
}

void HttpExchange::onMetaDataChanged()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool readable = contentType.contains(u"json", Qt::CaseInsensitive) || contentType.contains(u"html", Qt::CaseInsensitive);
    m_streaming = m_sink && status >= 200 && status < 300 && !readable;
    m_announcedBytes = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid() ? announced : -1;
    if (m_streaming)
        return;   // no cap: the body goes to the sink
    if (announced > m_maxBodyBytes)
        abortWith(bodyTooLarge(Text::tr("The answer is too large (%1; the limit is %2).")
                                   .arg(QLocale().formattedDataSize(announced, 1),
                                        QLocale().formattedDataSize(m_maxBodyBytes, 1))));
}

void HttpExchange::onDeadline()
{
    const int seconds = int((m_deadline.interval() + 999) / 1000);
    if (m_streaming)
        return abortWith({ApiError::Kind::Timeout, Text::tr("The answer stopped: no data for %n seconds.", nullptr, seconds),
                          Text::tr("The service or network is slow: try again, or allow more time with --timeout.")});
    abortWith({ApiError::Kind::Timeout, Text::tr("No complete answer within %n seconds.", nullptr, seconds),
               Text::tr("The service or network is slow: try again, or allow more time with --timeout.")});
}

bool HttpExchange::pastDeadline() const
{
    const QElapsedTimer &since = m_streaming && m_silence.isValid() ? m_silence : m_clock;
    return since.isValid() && since.elapsed() >= m_deadline.interval();
}

void HttpExchange::onDataArrived()
{
    // A flood of tiny chunks keeps the event loop so busy that the deadline's timer may fire
    // seconds late: every chunk checks the clock too.
    if (pastDeadline())
        onDeadline();
    else
        onReadyRead();
}

void HttpExchange::onReadyRead()
{
    if (m_streaming)
        return writeToSink();
    // Read as data arrives and stop at the cap, so memory stays bounded whatever the server sends.
    // Only what has arrived: read(n) reserves n bytes first, and n is up to the whole cap.
    const qint64 room = m_maxBodyBytes + 1 - m_body.size();
    m_body += m_reply->read(qMin(m_reply->bytesAvailable(), room));
    if (m_body.size() > m_maxBodyBytes) {
        m_body.clear();
        abortWith(bodyTooLarge(Text::tr("The answer is too large (over %1).")
                                   .arg(QLocale().formattedDataSize(m_maxBodyBytes, 1))));
    }
}

void HttpExchange::writeToSink()
{
    if (!m_reply->bytesAvailable())
        return;
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(qMin(m_reply->bytesAvailable(), kReadBufferBytes));
        if (!m_sink || m_sink->write(chunk) != chunk.size()) {
            const QString why = m_sink ? m_sink->errorString() : Text::tr("it was closed");
            return abortWith({ApiError::Kind::Cancelled, Text::tr("The answer could not be saved: %1").arg(why)});
        }
        m_sinkBytes += chunk.size();
    }
    // Data came: the deadline counts the silence from now.
    m_silence.start();
    m_deadline.start();
    emit sinkProgress(m_sinkBytes, m_announcedBytes);
}

void HttpExchange::onReplyError(QNetworkReply::NetworkError code)
{
    if (code == QNetworkReply::UnknownContentError && m_reply && !m_reply->rawHeader("Content-Encoding").isEmpty())
        abortWith(decompressionFailure());
}

ApiError HttpExchange::decompressionFailure() const
{
    const QByteArray encoding = m_reply ? m_reply->rawHeader("Content-Encoding") : header("Content-Encoding");
    ApiError error(ApiError::Kind::InvalidResponse,
                   Text::tr("The answer could not be decompressed (Content-Encoding: %1).").arg(QString::fromLatin1(encoding)),
                   Text::tr("Try again; if it persists, check the endpoint and any proxy in between."));
    if (m_reply) // Qt's "Decompression failed: " often says no more than that
        error.errorMessage = m_reply->errorString().trimmed().remove(QRegularExpression(u":$"_qs));
    error.httpStatus = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : m_httpStatus;
    return error;
}

// A body without a length of its own (no Content-Length, not chunked) ends where the server
// closed the connection: a JSON document that stops in the middle was cut off on the way.
bool HttpExchange::bodyWasCutOff() const
{
    if (!header("Content-Length").isEmpty() || header("Transfer-Encoding").toLower().contains("chunked")
        || !header("Content-Encoding").isEmpty())
        return false;
    const QByteArray body = m_body.trimmed();
    if (body.isEmpty() || (body.front() != '{' && body.front() != '['))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    switch (error.error) {
    case QJsonParseError::NoError:
        return false;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    default:
        return error.offset >= body.size() - 1;
    }
}

void HttpExchange::onReplyFinished()
{
    m_elapsedMs = m_clock.elapsed();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    traceResponse();

    if (!m_abortReason)
        onReadyRead(); // whatever is left, still under the cap
    const bool redirect = m_httpStatus == 301 || m_httpStatus == 302 || m_httpStatus == 303 || m_httpStatus == 307
        || m_httpStatus == 308;
    if (m_abortReason) {
        m_transportError = m_abortReason;
    } else if (redirect && m_reply->error() == QNetworkReply::NoError && !header("Location").isEmpty()) {
        followRedirect();
        if (!m_transportError)
            return; // on to the redirect's target
    } else if (const auto code = m_reply->error(); code > QNetworkReply::NoError && code < 200) {
        m_transportError = transportFailure(code, m_reply->errorString(), m_url, m_tlsErrors);
    } else if (m_httpStatus == 0) {
        m_transportError = transportFailure(QNetworkReply::UnknownNetworkError,
                                            m_reply->errorString(), m_url, m_tlsErrors);
    } else {
        m_transportError = unusableAnswer(code);
    }
    if (!m_transportError && m_httpStatus >= 200 && m_httpStatus < 300 && bodyWasCutOff()) {
        m_transportError = ApiError(ApiError::Kind::NetworkUnreachable,
                                    Text::tr("The connection to %1 ended in the middle of the answer.").arg(hostAndPort(m_url)),
                                    Text::tr("Try again; if it persists, check the endpoint and any proxy in between."));
    }
    if (m_transportError && m_transportError->httpStatus == 0)
        m_transportError->httpStatus = m_httpStatus;
    finish();
}

// Answers that arrived but are not the service's: a redirect status that cannot be followed
// (no Location, 300, 304...; followRedirect() refuses the others), no final status, a body that
// does not decompress. Left to the caller, they would read as "HTTP 100" or "not valid JSON".
std::optional<ApiError> HttpExchange::unusableAnswer(QNetworkReply::NetworkError code) const
{
    const bool redirectStatus = m_httpStatus >= 300 && m_httpStatus < 400;
    if (code == QNetworkReply::UnknownContentError && !header("Content-Encoding").isEmpty())
        return decompressionFailure();
    if (redirectStatus)
        return ApiError(ApiError::Kind::RedirectRefused,
                        Text::tr("The server answered with a redirect that could not be followed."),
                        Text::tr("Use the final endpoint URL directly."));
    if (m_httpStatus < 200) {
        ApiError error(ApiError::Kind::NetworkUnreachable, Text::tr("The server sent no final answer."),
                       Text::tr("Try again; if it persists, check the endpoint and any proxy in between."));
        error.httpStatus = -1;
        return error;
    }
    return std::nullopt;
}

void HttpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
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
