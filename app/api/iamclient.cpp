#include "api/iamclient.h"

#include "api/endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

IamSignIn::IamSignIn(QObject *parent) : QObject(parent)
{
    connect(&m_exchange, &HttpExchange::trace, this, &IamSignIn::trace);
    connect(&m_exchange, &HttpExchange::finished, this, &IamSignIn::onExchangeFinished);
}

QByteArray IamSignIn::requestBody(const IamPasswordCredentials &credentials)
{
    const QJsonObject user{{u"name"_qs, credentials.user},
                           {u"password"_qs, QString::fromUtf8(credentials.password)},
                           {u"domain"_qs, QJsonObject{{u"name"_qs, credentials.domain}}}};
    const QJsonObject identity{{u"methods"_qs, QJsonArray{u"password"_qs}},
                               {u"password"_qs, QJsonObject{{u"user"_qs, user}}}};
    const QJsonObject scope{{u"project"_qs, QJsonObject{{u"name"_qs, credentials.projectName}}}};
    return QJsonDocument(QJsonObject{{u"auth"_qs, QJsonObject{{u"identity"_qs, identity}, {u"scope"_qs, scope}}}})
        .toJson(QJsonDocument::Compact);
}

std::optional<IamToken> IamSignIn::parseAnswer(int httpStatus, const QByteArray &subjectToken,
                                               const QByteArray &body, ApiError *error)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (httpStatus == 201 || httpStatus == 200) {
        const QDateTime expiresAt = QDateTime::fromString(
            root.value(u"token").toObject().value(u"expires_at").toString(), Qt::ISODateWithMs);
        if (!subjectToken.isEmpty() && expiresAt.isValid())
            return IamToken{subjectToken, expiresAt.toUTC()};
        *error = {ApiError::Kind::InvalidResponse, tr("IAM answered without a usable token."),
                  tr("Check that the IAM endpoint is right.")};
        error->httpStatus = httpStatus;
        return std::nullopt;
    }

    // IAM reports errors as {"error": {"code": ..., "message": ...}}.
    const QJsonObject iamError = root.value(u"error").toObject();
    if (httpStatus == 401 || httpStatus == 400) {
        *error = {ApiError::Kind::Unauthorized, tr("IAM refused the user name, account or password."),
                  tr("Check the IAM user name, the account (domain) name and the password.")};
    } else if (httpStatus == 403) {
        *error = {ApiError::Kind::Forbidden, tr("IAM refused to issue a token for this user."),
                  tr("The user may be disabled or need a different sign-in method (for example MFA).")};
    } else {
        *error = {ApiError::Kind::HttpError, tr("IAM could not sign you in."),
                  tr("Try again in a moment; check the IAM endpoint if it persists.")};
    }
    error->httpStatus = httpStatus;
    const QJsonValue code = iamError.value(u"code");
    error->errorCode = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    error->errorMessage = iamError.value(u"message").toString();
    if (error->errorCode.isEmpty())
        error->errorCode = root.value(u"error_code").toString();
    if (error->errorMessage.isEmpty())
        error->errorMessage = root.value(u"error_msg").toString();
    return std::nullopt;
}

void IamSignIn::onExchangeFinished()
{
    if (const auto &failure = m_exchange.transportError())
        m_error = *failure;
    else
        m_token = parseAnswer(m_exchange.httpStatus(), m_exchange.header("X-Subject-Token"),
                              m_exchange.body(), &m_error);
    emit finished();
}

IamClient::IamClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

QUrl IamClient::endpointForRegion(const QString &regionId)
{
    if (regionId == u"eu-west-101")
        return QUrl(u"https://iam.eu-west-101.myhuaweicloud.eu"_qs);
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(regionId));
}

IamSignIn *IamClient::signIn(const ClientOptions &options, const IamPasswordCredentials &credentials)
{
    auto *signIn = new IamSignIn(this);
    if (const QString why = Endpoints::whyUnusable(options.baseUrl); !why.isEmpty()) {
        signIn->m_exchange.abortWith({ApiError::Kind::InvalidEndpoint, why, {}});
        return signIn;
    }
    QUrl url = appendPath(options.baseUrl, u"/v3/auth/tokens"_qs);
    url.setQuery(u"nocatalog=true"_qs);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json;charset=utf8"));
    const QByteArray body = IamSignIn::requestBody(credentials);
    QMetaObject::invokeMethod(
        signIn,
        [exchange = &signIn->m_exchange, nam = m_nam, request, body, options] {
            exchange->start(nam, request, "POST", body, options, nullptr);
        },
        Qt::QueuedConnection);
    return signIn;
}
