#include "api/iamclient.h"

#include "api/endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

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

IamProjectLookup::IamProjectLookup(QString name, QObject *parent) : QObject(parent), m_name(std::move(name))
{
    connect(&m_exchange, &HttpExchange::trace, this, &IamProjectLookup::trace);
    connect(&m_exchange, &HttpExchange::finished, this, &IamProjectLookup::onExchangeFinished);
}

QByteArray IamProjectLookup::parseAnswer(int httpStatus, const QByteArray &body, const QString &name, ApiError *error)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200) {
        for (const QJsonValue &project : root.value(u"projects").toArray()) {
            const QString id = project[u"id"].toString();
            if (project[u"name"].toString() == name && project[u"enabled"].toBool(true) && !id.isEmpty())
                return id.toLatin1();
        }
        *error = {ApiError::Kind::MissingCredentials, tr("IAM knows no project named \"%1\".").arg(name),
                  tr("Check the region, or give the project ID yourself.")};
        return {};
    }
    *error = {httpStatus == 401 || httpStatus == 403 ? ApiError::Kind::Unauthorized : ApiError::Kind::HttpError,
              tr("IAM did not say which project region %1 has.").arg(name),
              tr("Check the access key and secret key, or give the project ID yourself.")};
    error->httpStatus = httpStatus;
    const QJsonObject iamError = root.value(u"error").toObject();
    error->errorCode = iamError.value(u"code").isDouble() ? QString::number(iamError.value(u"code").toInt())
                                                          : root.value(u"error_code").toString();
    error->errorMessage = iamError.value(u"message").toString(root.value(u"error_msg").toString());
    return {};
}

void IamProjectLookup::onExchangeFinished()
{
    if (const auto &failure = m_exchange.transportError())
        m_error = *failure;
    else
        m_projectId = parseAnswer(m_exchange.httpStatus(), m_exchange.body(), m_name, &m_error);
    emit finished();
}

IamClient::IamClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

IamProjectLookup *IamClient::findProject(const ClientOptions &options, const QString &projectName,
                                         const AuthorizerPtr &authorizer)
{
    auto *lookup = new IamProjectLookup(projectName, this);
    if (const QString why = Endpoints::whyUnusable(options.baseUrl); !why.isEmpty()) {
        lookup->m_exchange.abortWith({ApiError::Kind::InvalidEndpoint, why, {}});
        return lookup;
    }
    QUrl url = appendPath(options.baseUrl, u"/v3/projects"_qs);
    QUrlQuery query;
    query.addQueryItem(u"name"_qs, projectName);
    url.setQuery(query);
    const QNetworkRequest request(url);
    QMetaObject::invokeMethod(
        lookup,
        [exchange = &lookup->m_exchange, nam = m_nam, request, options, authorizer] {
            exchange->start(nam, request, "GET", {}, options, authorizer);
        },
        Qt::QueuedConnection);
    return lookup;
}

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
