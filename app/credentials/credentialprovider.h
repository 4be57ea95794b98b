#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/aksksigner.h"
#include "api/iamclient.h"
#include "api/requestauthorizer.h"
#include "credentials/passwordprompt.h"
#include "credentials/profilestore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

// What a credential request ends with: an authorizer, or an error that names the profile and
// says what to do (Kind::MissingCredentials or Kind::Unauthorized, exit code 3).
struct CredentialResult
{
    AuthorizerPtr authorizer;
    ApiError error;

    bool succeeded() const { return authorizer != nullptr; }
};

// Turns one source of credentials into request authorizers, asynchronously:
//  - a saved profile: its secrets come from the ProfileStore's SecretStore; password profiles
//    sign in with IAM, cache the token and its expiry in the keychain (ProfileSecret::CachedToken)
//    and sign in again when less than kRenewalMargin remains or after a 401;
//  - a pasted token, or AK/SK given for one run (CLOUD_SDK_AK / CLOUD_SDK_SK): nothing stored.
// Secrets are read when needed and live only inside the authorizers it hands out.
class CredentialProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialResult &)>;

    static constexpr std::chrono::seconds kRenewalMargin{5 * 60};
    static constexpr const char *kEnvAccessKey = "CLOUD_SDK_AK";
    static constexpr const char *kEnvSecretKey = "CLOUD_SDK_SK";
    // The project ID sent as X-Project-Id with those (optional: looked up by region otherwise).
    static constexpr const char *kEnvProjectId = "CLOUD_SDK_PROJECT_ID";

    // A saved profile. Neither the store nor the network manager is owned.
    CredentialProvider(Profile profile, ProfileStore *store, QNetworkAccessManager *nam,
                       QObject *parent = nullptr);
    ~CredentialProvider() override;

    // Fixed credentials that never touch the keychain.
    static std::unique_ptr<CredentialProvider> forToken(QByteArray token, QObject *parent = nullptr);
    static std::unique_ptr<CredentialProvider> forAkSk(QByteArray accessKey, QByteArray secretKey,
                                                       QByteArray projectId = {}, QObject *parent = nullptr);
    // AK/SK from CLOUD_SDK_AK and CLOUD_SDK_SK, or nullptr when either is unset or empty.
    static std::unique_ptr<CredentialProvider> fromEnvironment(QObject *parent = nullptr);

    const std::optional<Profile> &profile() const { return m_profile; }
    // How errors refer to these credentials: the profile's name, or what they came from.
    QString sourceName() const;
    // The same, capitalized to start a sentence.
    QString sourceTitle() const;
    // True when a 401 is worth one fresh sign-in (password profiles only).
    bool canRenew() const;

    // The window asks for the password here (passwordprompt.h), when a password profile must
    // sign in and no password is remembered; without a prompt a needed sign-in fails with
    // Kind::MissingCredentials and the `profile login` advice.
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // Timeout and extra CA certificates for IAM sign-ins; the base URL comes from the profile.
    void setIamOptions(const ClientOptions &options) { m_iamOptions = options; }
    // AK/SK requests always carry X-Project-Id, as the SDK sends it. A profile without a project
    // ID looks its region's project up through IAM once and keeps it in the profile; AK/SK
    // given for one run look it up here: the IAM endpoint and the project's name (the region).
    void setProjectLookup(QNetworkAccessManager *nam, const QUrl &iamEndpoint, const QString &projectName);
    // A password typed for this session (a profile saved without "remember"): used to sign in
    // when the keychain has none, before asking. Kept in memory only.
    void setSessionPassword(QByteArray password) { m_sessionPassword = std::move(password); }
    // Hint for a sign-in that needs a password nobody can give; default: the CLI's advice.
    void setSignInHint(QString hint) { m_signInHint = std::move(hint); }

    // An authorizer for the next request. `done` runs once, from the event loop, unless
    // `context` is destroyed first.
    void authorizer(QObject *context, Done done);
    // After a 401 from the API: drops the cached token and signs in again. Call it at most once
    // per request (AuthenticatedFetch does); for other kinds it fails at once.
    void renewAfterUnauthorized(QObject *context, Done done);
    // Signs in now with `password` (profile add / login), caches the token, and keeps the
    // password in the keychain when `remember`.
    void signIn(QByteArray password, bool remember, QObject *context, Done done);

    // The API's 401 with a message naming the profile and saying what to do.
    ApiError explainRejection(ApiError error) const;
    // When the token handed out last stops working (password profiles; invalid otherwise).
    QDateTime tokenExpiry() const { return m_tokenExpiry; }

    // The cached-token secret's format: {"token": "...", "expires_at": "ISO 8601 UTC"}.
    static QByteArray serializeToken(const IamToken &token);
    static std::optional<IamToken> parseToken(const QByteArray &secret);

signals:
    // --verbose lines: what the provider does (never a secret).
    void trace(const QString &line);

private:
    CredentialProvider(QObject *parent);

    void deliver(QObject *context, const Done &done, CredentialResult result);
    void authorizeProfile(QObject *context, Done done);
    void readSecret(ProfileSecret which, std::function<void(const SecretJob &)> next);
    void authorizeAkSk(QObject *context, Done done);
    void withProjectId(std::shared_ptr<AkSkAuthorizer> unscoped, QObject *context, Done done);
    void finishProjectLookup(IamProjectLookup *lookup, std::shared_ptr<AkSkAuthorizer> unscoped);
    // Keeps the looked-up project ID in the profile (it is not a secret).
    void saveProjectId();
    void useCachedOrSignIn(QObject *context, Done done);
    void signInWithStoredPassword(const QString &reason, QObject *context, Done done);
    void askForPassword(const QString &reason, QObject *context, Done done);
    void finishSignIn(IamSignIn *request, QByteArray password, bool remember, QObject *context, Done done);
    CredentialResult tokenResult(const QByteArray &token) const;
    ApiError missing(const QString &message) const;
    ApiError keychainFailure(const SecretError &error) const;
    ApiError controlBytesError() const;
    ApiError noProjectId() const;

    std::optional<Profile> m_profile;
    QPointer<ProfileStore> m_store;
    QNetworkAccessManager *m_nam = nullptr;
    AuthorizerPtr m_fixed;  // token or environment AK/SK
    std::shared_ptr<AkSkAuthorizer> m_fixedAkSk;   // the same, for AK/SK without a project ID yet
    ApiError m_fixedError;  // instead of m_fixed: the given secrets are unusable
    QString m_fixedSource;
    bool m_fixedIsAkSk = false;
    PasswordPrompt m_prompt;
    ClientOptions m_iamOptions;
    QString m_signInHint;
    QDateTime m_tokenExpiry;
    QByteArray m_sessionPassword;
    QByteArray m_projectId;   // looked up through IAM this session
    QUrl m_lookupEndpoint;    // for AK/SK given for one run
    QString m_lookupName;
    QList<std::pair<QPointer<QObject>, Done>> m_projectWaiters;   // while a lookup runs
};
