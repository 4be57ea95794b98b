#include "api/aksksigner.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>

#include <algorithm>

namespace {

constexpr const char *kAlgorithm = "SDK-HMAC-SHA256";

// Unreserved characters (A-Za-z0-9-_.~) stay, everything else becomes %XX with uppercase hex:
// exactly what QByteArray::toPercentEncoding does without extra exclusions.
QByteArray encode(const QByteArray &decoded)
{
    return decoded.toPercentEncoding();
}

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

// Qt writes ":443" into Host (and :authority) whenever the URL names a port, even the
// default one; the signature must cover the Host actually sent, so drop a redundant port.
QUrl withoutDefaultPort(QUrl url)
{
    if (url.port() != -1 && url.port() == defaultPort(url))
        url.setPort(-1);
    return url;
}

} // namespace

AkSkAuthorizer::AkSkAuthorizer(QByteArray accessKey, QByteArray secretKey, QByteArray projectId,
                               Clock clock)
    : m_accessKey(std::move(accessKey)),
      m_secretKey(std::move(secretKey)),
      m_projectId(std::move(projectId)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

std::shared_ptr<AkSkAuthorizer> AkSkAuthorizer::withProjectId(QByteArray projectId) const
{
    return std::make_shared<AkSkAuthorizer>(m_accessKey, m_secretKey, std::move(projectId), m_clock);
}

void AkSkAuthorizer::authorize(QNetworkRequest &request, const QByteArray &verb,
                               const QByteArray &body) const
{
    const QUrl url = withoutDefaultPort(request.url());
    if (url != request.url())
        request.setUrl(url);

    AkSkRequest toSign{verb, url, {}, body, m_clock()};
    if (!m_projectId.isEmpty())
        toSign.headers.append({QByteArrayLiteral("X-Project-Id"), m_projectId});
    const AkSkSignature signature = sign(toSign, m_accessKey, m_secretKey);

    request.setRawHeader("X-Sdk-Date", signature.sdkDate);
    if (!m_projectId.isEmpty())
        request.setRawHeader("X-Project-Id", m_projectId);
    request.setRawHeader("Authorization", signature.authorization);
}

AkSkSignature AkSkAuthorizer::sign(const AkSkRequest &request, const QByteArray &accessKey,
                                   const QByteArray &secretKey)
{
    AkSkSignature out;
    out.sdkDate = sdkDate(request.date);
    out.host = hostHeader(request.url);

    // QMap keeps the lowercase names sorted, as the canonical form requires.
    QMap<QByteArray, QByteArray> headers;
    headers.insert(QByteArrayLiteral("host"), out.host);
    headers.insert(QByteArrayLiteral("x-sdk-date"), out.sdkDate);
    for (const auto &[name, value] : request.headers)
        headers.insert(name.trimmed().toLower(), value.trimmed());

    QByteArray canonicalHeaders;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
    out.signedHeaders = headers.keys().join(';');

    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.url) + '\n'
        + canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n' + out.signedHeaders + '\n'
        + hexSha256(request.body);
    out.stringToSign = QByteArray(kAlgorithm) + '\n' + out.sdkDate + '\n'
        + hexSha256(out.canonicalRequest);
    out.signature = QMessageAuthenticationCode::hash(out.stringToSign, secretKey,
                                                     QCryptographicHash::Sha256)
                        .toHex();
    out.authorization = QByteArray(kAlgorithm) + " Access=" + accessKey
        + ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;
    return out;
}

QByteArray AkSkAuthorizer::canonicalUri(const QUrl &url)
{
    // Split the encoded path so that an escaped '/' (%2F) stays inside its segment.
    const QByteArrayList segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    QByteArrayList encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        encoded.append(encode(QByteArray::fromPercentEncoding(segment)));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray AkSkAuthorizer::canonicalQuery(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const QByteArrayList items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (const QByteArray &item : items) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        // '+' is kept literally: the gateway decodes the query as a URL, not as a form.
        pairs.append({QByteArray::fromPercentEncoding(key), QByteArray::fromPercentEncoding(value)});
    }
    // Sorting decoded (key, value) pairs orders keys first and repeated keys by value.
    std::sort(pairs.begin(), pairs.end());

    QByteArrayList parts;
    parts.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        parts.append(encode(key) + '=' + encode(value));
    return parts.join('&');
}

QByteArray AkSkAuthorizer::sdkDate(const QDateTime &date)
{
    return date.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs).toLatin1();
}

QByteArray AkSkAuthorizer::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = url.port();
    if (port != -1 && port != defaultPort(url))
        host += ':' + QByteArray::number(port);
    return host;
}
