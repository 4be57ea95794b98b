#pragma once

#include <QByteArray>
#include <QNetworkRequest>

#include <memory>

// Puts credentials on an outgoing request. Kept behind an interface so that token and
// signature-based credentials share the client.
class RequestAuthorizer
{
public:
    virtual ~RequestAuthorizer() = default;
    virtual void authorize(QNetworkRequest &request, const QByteArray &verb,
                           const QByteArray &body) const = 0;
};

// The IAM token in X-Auth-Token. The token lives only in memory here.
class TokenAuthorizer final : public RequestAuthorizer
{
public:
    explicit TokenAuthorizer(QByteArray token) : m_token(std::move(token)) {}
    void authorize(QNetworkRequest &request, const QByteArray &, const QByteArray &) const override
    {
        request.setRawHeader("X-Auth-Token", m_token);
    }

private:
    QByteArray m_token;
};

using AuthorizerPtr = std::shared_ptr<const RequestAuthorizer>;
