#include "credentials/jobfetcher.h"

#include "credentials/authenticatedfetch.h"
#include "api/jobclient.h"
#include "api/listpager.h"
#include "api/requestauthorizer.h"
#include "credentials/credentialprovider.h"
#include "credentials/secretbytes.h"
#include "platform/appsettings.h"

#include <algorithm>

namespace {

// A JobFetch or an AuthenticatedFetch handed to the window. Destroying it abandons the fetch
// (disconnected first, so the window hears nothing more) unless it has already finished.
template <typename Fetch>
class PendingFetchOf final : public PendingFetch
{
public:
    explicit PendingFetchOf(Fetch *fetch) : m_fetch(fetch) {}
    ~PendingFetchOf() override
    {
        if (!m_fetch)
            return;
        if (!m_fetch->isFinished()) {
            m_fetch->disconnect();
            m_fetch->abort();
        }
        m_fetch->deleteLater();
    }
    void abort() override
    {
        if (m_fetch)
            m_fetch->abort();
    }

private:
    QPointer<Fetch> m_fetch;
};

FetchOutcome outcomeOf(const JobFetch &fetch)
{
    return {fetch.jobId(), fetch.job(), fetch.error(), true, fetch.httpStatus(), fetch.elapsedMs()};
}

FetchOutcome outcomeOf(const AuthenticatedFetch &fetch)
{
    FetchOutcome outcome{fetch.jobId(), fetch.job(), fetch.error(), false, 0, 0};
    // The status and timing are the last request's; none was sent when the credentials could
    // not be had.
    if (const JobFetch *sent = fetch.lastFetch()) {
        outcome.requestSent = true;
        outcome.httpStatus = sent->httpStatus();
        outcome.elapsedMs = sent->elapsedMs();
    }
    return outcome;
}

} // namespace

JobFetcher::JobFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_client(new JobClient(nam, this))
{
}

JobFetcher::~JobFetcher()
{
    // Providers refer to the profile store: let them go before whoever owns it.
    forgetSignIns();
}

std::unique_ptr<PendingFetch> JobFetcher::fetch(const QString &jobId, const FetchTarget &target,
                                                    FetchDone done, ApiError *refusal)
{
    const std::optional<ClientOptions> options = clientOptions(target, refusal);
    if (!options)
        return nullptr;
    if (target.profile)
        return fetchWithProfile(jobId, *target.profile, *options, std::move(done));
    return fetchWithToken(jobId, *options, target.token, std::move(done));
}

ListPager *JobFetcher::listPager(const ListQuery &query, const FetchTarget &target, QObject *parent,
                                 ApiError *refusal)
{
    const std::optional<ClientOptions> options = clientOptions(target, refusal);
    if (!options)
        return nullptr;
    if (target.profile)
        return new ListPager(m_nam, *options, providerFor(*target.profile, *options), query, parent);
    // The pager owns the token's provider, so it lives exactly as long as the pager needs it.
    CredentialProvider *provider = CredentialProvider::forToken(target.token).release();
    auto *pager = new ListPager(m_nam, *options, provider, query, parent);
    provider->setParent(pager);
    return pager;
}

CredentialProvider *JobFetcher::watchCredentials(const FetchTarget &target, QObject *owner, ClientOptions *options,
                                                 ApiError *refusal)
{
    const std::optional<ClientOptions> chosen = clientOptions(target, refusal);
    if (!chosen)
        return nullptr;
    *options = *chosen;
    if (target.profile)
        return providerFor(*target.profile, *chosen);
    return CredentialProvider::forToken(target.token, owner).release();
}

std::optional<ClientOptions> JobFetcher::clientOptions(const FetchTarget &target, ApiError *refusal)
{
    const std::optional<QList<QSslCertificate>> certificates = caCertificates(target.caFile, refusal);
    if (!certificates)
        return std::nullopt;
    ClientOptions options;
    options.baseUrl = target.profile ? target.profile->effectiveEndpoint() : target.baseUrl;
    options.timeout = target.timeout;
    options.extraCaCertificates = *certificates;
    return options;
}

std::unique_ptr<PendingFetch> JobFetcher::fetchWithToken(const QString &jobId, const ClientOptions &options,
                                                             const QByteArray &token, FetchDone done)
{
    m_client->setOptions(options);
    JobFetch *fetch = m_client->fetchJob(jobId, std::make_shared<TokenAuthorizer>(token));
    connect(fetch, &JobFetch::finished, this, [fetch, done = std::move(done)] { done(outcomeOf(*fetch)); });
    return std::make_unique<PendingFetchOf<JobFetch>>(fetch);
}

std::unique_ptr<PendingFetch> JobFetcher::fetchWithProfile(const QString &jobId, const Profile &profile,
                                                               const ClientOptions &options, FetchDone done)
{
    CredentialProvider *provider = providerFor(profile, options);
    m_client->setOptions(options);
    auto *fetch = new AuthenticatedFetch(m_client, provider, jobId, this);
    connect(fetch, &AuthenticatedFetch::finished, this,
            [fetch, done = std::move(done)] { done(outcomeOf(*fetch)); });
    fetch->start();
    return std::make_unique<PendingFetchOf<AuthenticatedFetch>>(fetch);
}

std::optional<QList<QSslCertificate>> JobFetcher::caCertificates(const QString &path, ApiError *refusal)
{
    if (path.isEmpty())
        return QList<QSslCertificate>{};
    if (path == m_caPath)
        return m_caCertificates;
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromPath(path, QSsl::Der);
    if (certificates.isEmpty()) {
        if (refusal)
            *refusal = ApiError(ApiError::Kind::TlsFailure,
                                tr("No CA certificate could be read from %1.").arg(path),
                                tr("Check that the file exists and holds PEM or DER certificates, or "
                                   "remove the %1 setting.")
                                    .arg(QLatin1String(AppSettings::kCaFile)));
        return std::nullopt;
    }
    m_caPath = path;
    m_caCertificates = certificates;
    return certificates;
}

void JobFetcher::setProfiles(ProfileStore *store, PasswordPrompt prompt, QString signInHint)
{
    forgetSignIns();
    m_profileStore = store;
    m_passwordPrompt = std::move(prompt);
    m_signInHint = std::move(signInHint);
}

CredentialProvider *JobFetcher::providerFor(const Profile &profile, const ClientOptions &options)
{
    CredentialProvider *provider = m_providers.value(profile.id);
    if (!provider) {
        provider = new CredentialProvider(profile, m_profileStore, m_nam, this);
        provider->setPasswordPrompt(m_passwordPrompt);
        provider->setSignInHint(m_signInHint);
        provider->setSessionPassword(m_sessionPasswords.value(profile.id));
        m_providers.insert(profile.id, provider);
    }
    provider->setIamOptions(options);   // the timeout and CA certificates; IAM's URL comes from the profile
    return provider;
}

QDateTime JobFetcher::tokenExpiry(const QString &profileId) const
{
    const CredentialProvider *provider = m_providers.value(profileId);
    return provider ? provider->tokenExpiry() : QDateTime();
}

void JobFetcher::forgetSignIns()
{
    qDeleteAll(m_providers);
    m_providers.clear();
    const QList<Profile> profiles = m_profileStore ? m_profileStore->profiles() : QList<Profile>();
    for (auto it = m_sessionPasswords.begin(); it != m_sessionPasswords.end();) {
        const QString id = it.key();
        if (std::any_of(profiles.cbegin(), profiles.cend(), [&id](const Profile &p) { return p.id == id; })) {
            ++it;
            continue;
        }
        SecretBytes::wipe(it.value());
        it = m_sessionPasswords.erase(it);
    }
}

void JobFetcher::keepSessionPassword(const QString &profileId, const QByteArray &password)
{
    m_sessionPasswords.insert(profileId, password);
    if (CredentialProvider *provider = m_providers.value(profileId))
        provider->setSessionPassword(password);
}
