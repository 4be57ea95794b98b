#include "connection/connection.h"

#include "api/endpoints.h"
#include "connection/democonnection.h"
#include "connection/projectdirectory.h"
#include "credentials/credentialprovider.h"
#include "credentials/secretbytes.h"
#include "platform/appsettings.h"
#include "sandbox/demojobs.h"
#include "sandbox/demosandbox.h"

#include <chrono>

Connection::Connection(QNetworkAccessManager *nam, const Options &options, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_options(options),
      m_fetcher(std::make_unique<JobFetcher>(nam)),
      m_sandbox(options.sandbox),
      m_projects(new ProjectDirectory(this))
{
}

Connection::~Connection()
{
    SecretBytes::wipe(m_token);
}

void Connection::chooseDemo()
{
    const bool same = m_kind == Kind::Demo;
    m_kind = Kind::Demo;
    if (!same)
        emit changed();
}

void Connection::chooseSessionToken(const QString &region)
{
    const bool same = m_kind == Kind::SessionToken && m_region == region;
    m_kind = Kind::SessionToken;
    m_region = region;
    if (!same)
        emit changed();
}

void Connection::setCustomUrl(const QString &text)
{
    m_customUrl = text;
}

void Connection::setToken(const QByteArray &token)
{
    SecretBytes::wipe(m_token);
    m_token = token;
}

void Connection::chooseProfile(const std::optional<Profile> &profile)
{
    // The same profile again (the list was reloaded): nothing that listens needs to know.
    const bool same = m_kind == Kind::Profile && m_profile.has_value() == profile.has_value()
        && (!profile || (m_profile->id == profile->id && m_profile->name == profile->name));
    m_kind = Kind::Profile;
    m_profile = profile;
    if (!same)
        emit changed();
}

std::optional<Profile> Connection::profile() const
{
    return m_kind == Kind::Profile ? m_profile : std::nullopt;
}

QString Connection::endpointChoice() const
{
    if (m_kind == Kind::Demo)
        return QLatin1String(AppSettings::kDemoEndpoint);
    if (m_region == QLatin1String(kCustomEndpoint))
        return m_customUrl.trimmed();
    return m_region;
}

QString Connection::cacheKey() const
{
    if (const std::optional<Profile> chosen = profile())
        return u"profile:"_qs + chosen->id;
    return isDemo() ? u"demo"_qs : u"endpoint:"_qs + endpointChoice();
}

QString Connection::historyEndpoint(const QUrl &baseUrl) const
{
    // As `show` records it.
    return isDemo() ? QLatin1String(AppSettings::kDemoEndpoint) : baseUrl.toString();
}

double Connection::jobClockSpeed() const
{
    return isDemo() ? DemoConnection::clockSpeed() : 1.0;
}

FetchTarget Connection::targetFor(const Profile &profile)
{
    FetchTarget target;
    target.profile = profile;
    target.caFile = AppSettings::caFile();
    target.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    return target;
}

std::optional<FetchTarget> Connection::target(ApiError *refusal)
{
    const auto refuse = [refusal](ApiError error) -> std::optional<FetchTarget> {
        if (refusal)
            *refusal = std::move(error);
        return std::nullopt;
    };
    FetchTarget target;
    target.caFile = AppSettings::caFile();
    target.timeout = std::chrono::seconds(AppSettings::timeoutSeconds());
    switch (m_kind) {
    case Kind::Profile:
        if (!m_profile)
            return refuse(ApiError(ApiError::Kind::MissingCredentials, tr("The selected profile no longer exists."),
                                   tr("Choose another profile, or add one with Manage Profiles.")));
        target.profile = m_profile;
        return target;
    case Kind::Demo:
        target.baseUrl = demoSandboxUrl();
        if (target.baseUrl.isEmpty())
            return refuse(ApiError(ApiError::Kind::NetworkUnreachable, tr("The demo sandbox could not start."),
                                   tr("It listens on a free port of 127.0.0.1; a security tool may be blocking that. "
                                      "Choose a region instead.")));
        target.token = DemoJobs::demoToken();
        return target;
    case Kind::SessionToken:
        break;
    }

    if (m_region == QLatin1String(kCustomEndpoint)) {
        const QString text = m_customUrl.trimmed();
        target.baseUrl = QUrl(text, QUrl::StrictMode);
        const QString why = text.isEmpty() ? tr("Enter the endpoint's base URL.") : Endpoints::whyUnusable(target.baseUrl);
        if (!why.isEmpty())
            return refuse(ApiError(ApiError::Kind::InvalidEndpoint, why,
                                   tr("Choose a region from the list, or use the base URL your "
                                      "administrator gave you.")));
    } else {
        target.baseUrl = Endpoints::forRegion(m_region);
    }
    if (m_token.isEmpty())
        return refuse(ApiError(ApiError::Kind::MissingCredentials,
                               tr("Enter your IAM token to fetch from %1.").arg(target.baseUrl.host()),
                               tr("Get one with IAM's “Obtaining a User Token” call: it is the "
                                  "X-Subject-Token header of the answer. The token stays in memory "
                                  "only. To try the app without an account, choose Demo sandbox in the Profile list.")));
    target.token = m_token;
    return target;
}

QUrl Connection::demoSandboxUrl()
{
    if (!m_sandbox) {
        m_ownedSandbox = std::make_unique<DemoSandbox>();
        m_ownedSandbox->setMovingJobs(m_options.movingDemo);
        m_sandbox = m_ownedSandbox.get();
    }
    if (!m_sandbox->start())   // once; later calls say whether it runs
        return {};
    return m_sandbox->baseUrl();
}

std::unique_ptr<PendingFetch> Connection::fetchJob(const QString &jobId, const FetchTarget &target,
                                                   JobFetcher::FetchDone done, ApiError *refusal)
{
    return m_fetcher->fetch(jobId, target, std::move(done), refusal);
}

ListPager *Connection::listPager(const ListQuery &query, QObject *parent, ApiError *refusal)
{
    const std::optional<FetchTarget> chosen = target(refusal);
    return chosen ? m_fetcher->listPager(query, *chosen, parent, refusal) : nullptr;
}

CredentialProvider *Connection::pollingCredentials(const FetchTarget &target, QObject *owner, ClientOptions *options,
                                                   ApiError *refusal)
{
    return m_fetcher->watchCredentials(target, owner, options, refusal);
}

std::optional<Connection::Calls> Connection::calls(ApiError *refusal)
{
    const std::optional<FetchTarget> chosen = target(refusal);
    if (!chosen)
        return std::nullopt;
    std::optional<ClientOptions> options = m_fetcher->clientOptions(*chosen, refusal);
    if (!options)
        return std::nullopt;
    // Their own provider, not the fetches': the calls' owner decides how long it lives.
    std::unique_ptr<CredentialProvider> credentials = chosen->profile
        ? std::make_unique<CredentialProvider>(*chosen->profile, m_profileStore, m_nam)
        : CredentialProvider::forToken(chosen->token);
    credentials->setIamOptions(*options);
    return Calls{std::move(credentials), *options};
}

void Connection::setSignIn(ProfileStore *store, PasswordPrompt prompt, QString signInHint)
{
    m_profileStore = store;
    m_fetcher->setProfiles(store, std::move(prompt), std::move(signInHint));
}

QList<HistoryEntry> Connection::pastOf(const JobInfo &job, qint64 nowMs) const
{
    if (!isDemo() || !m_options.movingDemo)
        return {};
    return DemoConnection::pastOf(job, nowMs);
}
