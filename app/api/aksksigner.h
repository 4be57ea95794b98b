#pragma once

#include "api/requestauthorizer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

// One request as the signature sees it. `headers` are the extra headers to sign besides Host
// and X-Sdk-Date, which sign() derives from `url` and `date` itself.
struct AkSkRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime date;
};

// Every intermediate step, so that tests can compare each with the reference.
struct AkSkSignature
{
    QByteArray sdkDate;            // X-Sdk-Date value, YYYYMMDDTHHMMSSZ
    QByteArray host;               // Host value as Qt will send it
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;      // "host;x-sdk-date"
    QByteArray signature;          // lowercase hex
    QByteArray authorization;      // the whole Authorization header value
};

// Signs requests the way Huawei Cloud's API gateway checks them ("SDK-HMAC-SHA256", the AK/SK
// scheme of the official SDKs). The secret key stays in memory and goes nowhere but into HMAC.
class AkSkAuthorizer final : public RequestAuthorizer
{
public:
    using Clock = std::function<QDateTime()>;

    // An empty project ID sends no X-Project-Id. Without a clock, the system clock is used.
    AkSkAuthorizer(QByteArray accessKey, QByteArray secretKey, QByteArray projectId = {},
                   Clock clock = {});

    void authorize(QNetworkRequest &request, const QByteArray &verb,
                   const QByteArray &body) const override;

    const QByteArray &projectId() const { return m_projectId; }
    // The same keys, sending `projectId` as X-Project-Id.
    std::shared_ptr<AkSkAuthorizer> withProjectId(QByteArray projectId) const;

    // Pure: the same input always gives the same signature.
    static AkSkSignature sign(const AkSkRequest &request, const QByteArray &accessKey,
                              const QByteArray &secretKey);

    static QByteArray canonicalUri(const QUrl &url);
    static QByteArray canonicalQuery(const QUrl &url);
    static QByteArray sdkDate(const QDateTime &date);
    static QByteArray hostHeader(const QUrl &url);

private:
    QByteArray m_accessKey;
    QByteArray m_secretKey;
    QByteArray m_projectId;
    Clock m_clock;
};
