#include "credentials/credentialprovider.h"

#include "api/aksksigner.h"
#include "credentials/secretbytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

using SecretBytes::wipe;

QString loginCommand(const QString &profileName)
{
    return u"codearts-inspector profile login "_qs + profileName;
}

} // namespace

CredentialProvider::CredentialProvider(QObject *parent) : QObject(parent) {}

CredentialProvider::CredentialProvider(Profile profile, ProfileStore *store, QNetworkAccessManager *nam,
                                       QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_store(store), m_nam(nam)
{
    m_signInHint = tr("Run '%1' and enter the password on standard input.").arg(loginCommand(m_profile->name));
}

CredentialProvider::~CredentialProvider() = default;

std::unique_ptr<CredentialProvider> CredentialProvider::forToken(QByteArray token, QObject *parent)
{
    std::unique_ptr<CredentialProvider> provider(new CredentialProvider(parent));
    provider->m_fixedSource = tr("the IAM token given");
    if (SecretBytes::hasControlBytes(token))
        provider->m_fixedError = provider->controlBytesError();
    else
        provider->m_fixed = std::make_shared<TokenAuthorizer>(std::move(token));
    return provider;
}

std::unique_ptr<CredentialProvider> CredentialProvider::forAkSk(QByteArray accessKey, QByteArray secretKey,
                                                                QByteArray projectId, QObject *parent)
{
    std::unique_ptr<CredentialProvider> provider(new CredentialProvider(parent));
    provider->m_fixedSource = tr("the access key and secret key given");
    provider->m_fixedIsAkSk = true;
    if (SecretBytes::hasControlBytes(accessKey) || SecretBytes::hasControlBytes(secretKey)
        || SecretBytes::hasControlBytes(projectId))
        provider->m_fixedError = provider->controlBytesError();
    else if (projectId.isEmpty())
        provider->m_fixedAkSk = std::make_shared<AkSkAuthorizer>(std::move(accessKey), std::move(secretKey));
    else
        provider->m_fixed = std::make_shared<AkSkAuthorizer>(std::move(accessKey), std::move(secretKey),
                                                             std::move(projectId));
    return provider;
}

std::unique_ptr<CredentialProvider> CredentialProvider::fromEnvironment(QObject *parent)
{
    const QByteArray accessKey = qgetenv(kEnvAccessKey).trimmed();
    QByteArray secretKey = qgetenv(kEnvSecretKey).trimmed();
    if (accessKey.isEmpty() || secretKey.isEmpty())
        return nullptr;
    auto provider = forAkSk(accessKey, secretKey, qgetenv(kEnvProjectId).trimmed(), parent);
    provider->m_fixedSource = tr("the access key and secret key in %1 and %2")
                                  .arg(QLatin1String(kEnvAccessKey), QLatin1String(kEnvSecretKey));
    if (provider->m_fixedError.isError())
        provider->m_fixedError = provider->controlBytesError(); // names the variables
    return provider;
}

QString CredentialProvider::sourceName() const
{
    return m_profile ? tr("profile \"%1\"").arg(m_profile->name) : m_fixedSource;
}

QString CredentialProvider::sourceTitle() const
{
    QString title = sourceName();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

bool CredentialProvider::canRenew() const
{
    return m_profile && m_profile->kind == Profile::Kind::Password;
}

// Always from the event loop, so that callers may connect or return before the answer.
void CredentialProvider::deliver(QObject *context, const Done &done, CredentialResult result)
{
    QTimer::singleShot(0, context, [done, result = std::move(result)] { done(result); });
}

void CredentialProvider::authorizer(QObject *context, Done done)
{
    if (m_fixedError.isError())
        return deliver(context, done, {nullptr, m_fixedError});
    if (m_fixed)
        return deliver(context, done, {m_fixed, {}});
    if (m_fixedAkSk)
        return withProjectId(m_fixedAkSk, context, std::move(done));
    if (!m_store)
        return deliver(context, done, {nullptr, missing(tr("The profile store is gone."))});
    authorizeProfile(context, std::move(done));
}

void CredentialProvider::authorizeProfile(QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    switch (m_profile->kind) {
    case Profile::Kind::Token:
        readSecret(ProfileSecret::Token, [this, guard, done](const SecretJob &job) {
            if (!guard)
                return;
            if (job.succeeded() && SecretBytes::hasControlBytes(job.secret()))
                return deliver(guard, done, {nullptr, controlBytesError()});
            if (job.succeeded() && !job.secret().isEmpty())
                return deliver(guard, done, tokenResult(job.secret()));
            deliver(guard, done, {nullptr, job.error().kind == SecretError::Kind::NotFound
                                               ? missing(tr("%1 has no saved token.").arg(sourceTitle()))
                                               : keychainFailure(job.error())});
        });
        return;
    case Profile::Kind::AkSk:
        return authorizeAkSk(context, std::move(done));
    case Profile::Kind::Password:
        return useCachedOrSignIn(context, std::move(done));
    }
}

void CredentialProvider::readSecret(ProfileSecret which, std::function<void(const SecretJob &)> next)
{
    m_store->readSecret(*m_profile, which)->then(this, std::move(next));
}

void CredentialProvider::authorizeAkSk(QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const auto failed = [this, guard, done](const SecretJob &job) {
        deliver(guard, done, {nullptr, job.error().kind == SecretError::Kind::NotFound
                                           ? missing(tr("%1 has no saved access key and secret key.").arg(sourceTitle()))
                                           : keychainFailure(job.error())});
    };
    readSecret(ProfileSecret::AccessKey, [this, guard, done, failed](const SecretJob &accessJob) {
        if (!guard)
            return;
        if (!accessJob.succeeded())
            return failed(accessJob);
        const QByteArray accessKey = accessJob.secret();
        readSecret(ProfileSecret::SecretKey, [this, guard, done, failed, accessKey](const SecretJob &secretJob) {
            if (!guard)
                return;
            if (!secretJob.succeeded())
                return failed(secretJob);
            if (SecretBytes::hasControlBytes(accessKey) || SecretBytes::hasControlBytes(secretJob.secret()))
                return deliver(guard, done, {nullptr, controlBytesError()});
            withProjectId(std::make_shared<AkSkAuthorizer>(accessKey, secretJob.secret(),
                                                           m_profile->projectId.toLatin1()),
                          guard, done);
        });
    });
}

void CredentialProvider::setProjectLookup(QNetworkAccessManager *nam, const QUrl &iamEndpoint, const QString &projectName)
{
    m_nam = nam;
    m_lookupEndpoint = iamEndpoint;
    m_lookupName = projectName;
}

// An AK/SK authorizer that sends X-Project-Id: the one given, or the region's project, which IAM
// is asked for once (requests that come meanwhile wait for the same answer).
void CredentialProvider::withProjectId(std::shared_ptr<AkSkAuthorizer> unscoped, QObject *context, Done done)
{
    if (!unscoped->projectId().isEmpty())
        return deliver(context, done, {unscoped, {}});
    if (!m_projectId.isEmpty())
        return deliver(context, done, {unscoped->withProjectId(m_projectId), {}});
    const QString name = m_profile ? (m_profile->projectName.isEmpty() ? m_profile->region : m_profile->projectName)
                                   : m_lookupName;
    const QUrl iam = m_profile ? m_profile->effectiveIamEndpoint() : m_lookupEndpoint;
    if (name.isEmpty() || iam.isEmpty() || !m_nam)
        return deliver(context, done, {nullptr, noProjectId()});
    m_projectWaiters.append({context, std::move(done)});
    if (m_projectWaiters.size() > 1)
        return; // a lookup is under way
    ClientOptions options = m_iamOptions;
    options.baseUrl = iam;
    auto *client = new IamClient(m_nam, this);
    IamProjectLookup *lookup = client->findProject(options, name, unscoped);
    connect(lookup, &IamProjectLookup::trace, this, &CredentialProvider::trace);
    connect(lookup, &IamProjectLookup::finished, this, [this, client, lookup, unscoped] {
        finishProjectLookup(lookup, unscoped);
        client->deleteLater();
    });
    emit trace(tr("Asking IAM for the project of %1 (sent as X-Project-Id with AK/SK).").arg(name));
}

void CredentialProvider::saveProjectId()
{
    m_profile->projectId = QString::fromLatin1(m_projectId);
    std::optional<Profile> saved = m_store->profile(m_profile->name);
    if (!saved || !saved->projectId.isEmpty())
        return;
    saved->projectId = m_profile->projectId;
    m_store->save(*saved);
    emit trace(tr("Saved the project ID %1 in %2.").arg(saved->projectId, sourceName()));
}

void CredentialProvider::finishProjectLookup(IamProjectLookup *lookup, std::shared_ptr<AkSkAuthorizer> unscoped)
{
    CredentialResult result;
    if (lookup->succeeded()) {
        m_projectId = lookup->projectId();
        result.authorizer = unscoped->withProjectId(m_projectId);
        // Not a secret: kept in the profile so that the next run need not ask.
        if (m_profile && m_store)
            saveProjectId();
    } else {
        result.error = lookup->error();
        result.error.message = tr("%1 has no project ID, and IAM did not give one: %2")
                                   .arg(sourceTitle(), lookup->error().message);
        if (result.error.kind != ApiError::Kind::Unauthorized)
            result.error.kind = ApiError::Kind::MissingCredentials;
        result.error.hint = m_profile ? tr("Give the profile a project ID: profile add %1 --project-id ID (with the "
                                           "same other options), or check its region.")
                                            .arg(m_profile->name)
                                      : tr("Set %1 to the project ID of the job's region.").arg(QLatin1String(kEnvProjectId));
    }
    const auto waiters = std::exchange(m_projectWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            deliver(context, done, result);
    }
}

// The cached token while more than kRenewalMargin remains: a request must not start with a
// token that may expire on its way.
void CredentialProvider::useCachedOrSignIn(QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    readSecret(ProfileSecret::CachedToken, [this, guard, done](const SecretJob &job) {
        if (!guard)
            return;
        const std::optional<IamToken> cached = job.succeeded() ? parseToken(job.secret()) : std::nullopt;
        if (cached && !cached->expiresWithin(kRenewalMargin)) {
            m_tokenExpiry = cached->expiresAt;
            emit trace(tr("Using the cached IAM token of %1 (valid until %2).")
                           .arg(sourceName(), cached->expiresAt.toString(Qt::ISODate)));
            return deliver(guard, done, tokenResult(cached->token));
        }
        const QString reason = cached
            ? tr("The IAM token of %1 expires at %2.").arg(sourceName(), cached->expiresAt.toString(Qt::ISODate))
            : tr("%1 has not signed in yet.").arg(sourceTitle());
        signInWithStoredPassword(reason, guard, done);
    });
}

void CredentialProvider::signInWithStoredPassword(const QString &reason, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    readSecret(ProfileSecret::Password, [this, guard, done, reason](const SecretJob &job) {
        if (!guard)
            return;
        if ((!job.succeeded() || job.secret().isEmpty()) && !m_sessionPassword.isEmpty()) {
            emit trace(tr("%1 Signing in with the password typed for this session.").arg(reason));
            return signIn(m_sessionPassword, false, guard, done);
        }
        if (!job.succeeded() || job.secret().isEmpty())
            return askForPassword(reason, guard, done);
        emit trace(tr("%1 Signing in again with the remembered password.").arg(reason));
        signIn(job.secret(), false, guard, done);
    });
}

void CredentialProvider::askForPassword(const QString &reason, QObject *context, Done done)
{
    if (!m_prompt)
        return deliver(context, done, {nullptr, missing(reason + u' ' + tr("No password is remembered for it."))});
    QPointer<QObject> guard(context);
    QPointer<CredentialProvider> self(this);
    m_prompt({*m_profile, reason}, [self, guard, done](std::optional<PasswordAnswer> answer) {
        if (!self || !guard)
            return;
        if (!answer || answer->password.isEmpty())
            return self->deliver(guard, done, {nullptr, ApiError(ApiError::Kind::MissingCredentials,
                                                                 tr("Signing in to %1 was cancelled.").arg(self->sourceName()))});
        self->signIn(answer->password, answer->remember, guard, done);
        wipe(answer->password);
    });
}

void CredentialProvider::signIn(QByteArray password, bool remember, QObject *context, Done done)
{
    if (!canRenew() || !m_store)
        return deliver(context, done, {nullptr, missing(tr("%1 does not sign in with a password.").arg(sourceTitle()))});
    ClientOptions options = m_iamOptions;
    options.baseUrl = m_profile->effectiveIamEndpoint();
    const QString project = m_profile->projectName.isEmpty() ? m_profile->region : m_profile->projectName;
    auto *client = new IamClient(m_nam, this);
    IamSignIn *request = client->signIn(options, {m_profile->userName, m_profile->domainName, project, password});
    connect(request, &IamSignIn::trace, this, &CredentialProvider::trace);
    QPointer<QObject> guard(context);
    connect(request, &IamSignIn::finished, this, [this, client, request, password, remember, guard, done]() mutable {
        client->deleteLater();
        if (guard)
            finishSignIn(request, password, remember, guard, done);
        wipe(password);
    });
    wipe(password);
}

void CredentialProvider::finishSignIn(IamSignIn *request, QByteArray password, bool remember, QObject *context,
                                      Done done)
{
    if (!request->succeeded()) {
        ApiError error = request->error();
        if (error.kind == ApiError::Kind::Unauthorized) {
            // A mistyped session password is not tried again: the next sign-in asks.
            m_sessionPassword.clear();
            error.message = tr("IAM refused the sign-in of %1 (user %2, account %3): wrong user name, account "
                               "name or password.").arg(sourceName(), m_profile->userName, m_profile->domainName);
            error.hint = m_prompt ? QString() : tr("Check them and run '%1'.").arg(loginCommand(m_profile->name));
        } else {
            error.message = tr("Signing in to %1 failed: %2").arg(sourceName(), error.message);
        }
        return deliver(context, done, {nullptr, error});
    }
    const IamToken token = *request->token();
    m_tokenExpiry = token.expiresAt;
    emit trace(tr("Signed in to %1; the token is valid until %2.").arg(sourceName(), token.expiresAt.toString(Qt::ISODate)));
    // The answer waits for the keychain: a command that exits right after must not lose the token.
    QPointer<QObject> guard(context);
    const CredentialResult result = tokenResult(token.token);
    m_store->writeSecret(*m_profile, ProfileSecret::CachedToken, serializeToken(token))
        ->then(this, [this, guard, done, result, password, remember](const SecretJob &cacheJob) mutable {
            if (!cacheJob.succeeded())
                emit trace(tr("The IAM token could not be cached: %1").arg(cacheJob.error().oneLine()));
            if (!remember) {
                if (guard)
                    done(result);
                return;
            }
            m_store->writeSecret(*m_profile, ProfileSecret::Password, password)
                ->then(this, [this, guard, done, result](const SecretJob &passwordJob) {
                    if (!passwordJob.succeeded())
                        emit trace(tr("The password could not be remembered: %1").arg(passwordJob.error().oneLine()));
                    if (guard)
                        done(result);
                });
            wipe(password);
        });
}

void CredentialProvider::renewAfterUnauthorized(QObject *context, Done done)
{
    if (!canRenew()) {
        return deliver(context, done, {nullptr, ApiError(ApiError::Kind::Unauthorized,
                                                         tr("The credentials of %1 cannot be renewed.").arg(sourceName()))});
    }
    emit trace(tr("The API rejected the IAM token of %1; signing in again (once).").arg(sourceName()));
    signInWithStoredPassword(tr("The IAM token of %1 was rejected.").arg(sourceName()), context, std::move(done));
}

ApiError CredentialProvider::explainRejection(ApiError error) const
{
    if (error.kind != ApiError::Kind::Unauthorized)
        return error;
    const bool akSk = m_fixedIsAkSk || (m_profile && m_profile->kind == Profile::Kind::AkSk);
    if (akSk)
        error.message = tr("The request signature was rejected: the access key or the secret key is wrong.");
    if (!m_profile) {
        if (akSk)
            error.hint = tr("Check %1.").arg(m_fixedSource);
        return error;
    }
    const QString name = m_profile->name;
    error.message = tr("Profile \"%1\": %2").arg(name, error.message);
    switch (m_profile->kind) {
    case Profile::Kind::Token:
        error.hint = tr("The saved token was rejected or has expired: get a new one and run '%1' to replace it.")
                         .arg(loginCommand(name));
        break;
    case Profile::Kind::Password:
        error.hint = tr("Even a fresh sign-in was rejected: check the profile's project and that user %1 may "
                        "use CodeArts Build, then run '%2'.").arg(m_profile->userName, loginCommand(name));
        break;
    case Profile::Kind::AkSk:
        error.hint = tr("Check the access key and secret key, and run '%1' to replace them.").arg(loginCommand(name));
        break;
    }
    return error;
}

CredentialResult CredentialProvider::tokenResult(const QByteArray &token) const
{
    return {std::make_shared<TokenAuthorizer>(token), {}};
}

ApiError CredentialProvider::missing(const QString &message) const
{
    QString hint = m_signInHint;
    if (m_profile && m_profile->kind != Profile::Kind::Password)
        hint = tr("Run '%1' to enter them again.").arg(loginCommand(m_profile->name));
    return {ApiError::Kind::MissingCredentials, message, hint};
}

// AK/SK without a project ID and nothing to look one up by.
ApiError CredentialProvider::noProjectId() const
{
    if (m_profile)
        return {ApiError::Kind::MissingCredentials, tr("%1 has no project ID, and no region to look it up by.").arg(sourceTitle()),
                tr("Give the profile a project ID: profile add %1 --project-id ID (with the same other options), or "
                   "a region.")
                    .arg(m_profile->name)};
    return {ApiError::Kind::MissingCredentials,
            tr("AK/SK requests need the project ID of the job's region: set %1, or give --region so that it can be "
               "looked up.")
                .arg(QLatin1String(kEnvProjectId)),
            {}};
}

ApiError CredentialProvider::controlBytesError() const
{
    ApiError error = missing(tr("%1 holds a control character (such as CR, LF or NUL), which no token or key "
                                "has; nothing was sent.").arg(sourceTitle()));
    if (!m_profile)
        error.hint = tr("Check %1.").arg(m_fixedSource);
    return error;
}

ApiError CredentialProvider::keychainFailure(const SecretError &error) const
{
    return missing(tr("The credentials of %1 could not be read from the keychain: %2")
                       .arg(sourceName(), error.oneLine()));
}

QByteArray CredentialProvider::serializeToken(const IamToken &token)
{
    const QJsonObject object{{u"token"_qs, QString::fromLatin1(token.token)},
                             {u"expires_at"_qs, token.expiresAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<IamToken> CredentialProvider::parseToken(const QByteArray &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret).object();
    IamToken token{object.value(u"token").toString().toLatin1(),
                   QDateTime::fromString(object.value(u"expires_at").toString(), Qt::ISODateWithMs)};
    if (token.token.isEmpty() || !token.expiresAt.isValid() || SecretBytes::hasControlBytes(token.token))
        return std::nullopt;
    token.expiresAt = token.expiresAt.toUTC();
    return token;
}
