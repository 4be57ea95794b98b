#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

// What the IAM password sign-in needs. The password lives only as long as this value.
struct IamPasswordCredentials
{
    QString user;
    QString domain;       // the account name
    QString projectName;  // the project (region) the token is scoped to
    QByteArray password;
};

// A project-scoped IAM token and the moment it stops working.
struct IamToken
{
    QByteArray token;
    QDateTime expiresAt;  // UTC

    // True when less than `margin` remains: time to renew before a request fails.
    bool expiresWithin(std::chrono::seconds margin, const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return !expiresAt.isValid() || now.secsTo(expiresAt) < margin.count();
    }
};

// One POST {iam}/v3/auth/tokens in flight. Emits finished() exactly once.
class IamSignIn : public QObject
{
    Q_OBJECT

public:
    bool succeeded() const { return m_token.has_value(); }
    const std::optional<IamToken> &token() const { return m_token; }
    const ApiError &error() const { return m_error; }
    void abort() { m_exchange.abort(); }

    // The JSON body IAM expects; public for tests.
    static QByteArray requestBody(const IamPasswordCredentials &credentials);
    // Reads IAM's answer; public for tests.
    static std::optional<IamToken> parseAnswer(int httpStatus, const QByteArray &subjectToken,
                                               const QByteArray &body, ApiError *error);

signals:
    void trace(const QString &line);
    void finished();

private:
    friend class IamClient;
    explicit IamSignIn(QObject *parent);
    void onExchangeFinished();

    HttpExchange m_exchange;
    std::optional<IamToken> m_token;
    ApiError m_error;
};

// One GET {iam}/v3/projects?name=REGION in flight: the ID of the region's project, which AK/SK
// requests carry as X-Project-Id. Emits finished() exactly once.
class IamProjectLookup : public QObject
{
    Q_OBJECT

public:
    bool succeeded() const { return !m_projectId.isEmpty(); }
    const QByteArray &projectId() const { return m_projectId; }
    const ApiError &error() const { return m_error; }
    void abort() { m_exchange.abort(); }

    // Reads KeystoneListProjects' answer: the enabled project named `name`; public for tests.
    static QByteArray parseAnswer(int httpStatus, const QByteArray &body, const QString &name, ApiError *error);

signals:
    void trace(const QString &line);
    void finished();

private:
    friend class IamClient;
    IamProjectLookup(QString name, QObject *parent);
    void onExchangeFinished();

    QString m_name;
    HttpExchange m_exchange;
    QByteArray m_projectId;
    ApiError m_error;
};

class IamClient : public QObject
{
    Q_OBJECT

public:
    explicit IamClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Signs in at `options.baseUrl` (the IAM endpoint). Same transport rules as job fetches.
    IamSignIn *signIn(const ClientOptions &options, const IamPasswordCredentials &credentials);
    // Looks up the project named `projectName` (a region's project is named after the region)
    // at `options.baseUrl` (the IAM endpoint), with `authorizer`'s credentials.
    IamProjectLookup *findProject(const ClientOptions &options, const QString &projectName,
                                  const AuthorizerPtr &authorizer);

    static QUrl endpointForRegion(const QString &regionId);

private:
    QNetworkAccessManager *m_nam;
};
