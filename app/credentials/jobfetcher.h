#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/jobinfo.h"
#include "credentials/passwordprompt.h"
#include "credentials/profilestore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class CredentialProvider;
class JobClient;
class ListPager;
struct ListQuery;

// How one fetch from the window ended: what the window shows and the history records.
struct FetchOutcome
{
    QString jobId;
    std::optional<JobInfo> job;   // set when the fetch succeeded
    ApiError error;               // otherwise, what went wrong
    bool requestSent = false;     // false when nothing went out (no credentials to be had)
    int httpStatus = 0;
    qint64 elapsedMs = 0;

    bool succeeded() const { return job.has_value(); }
};

// Where a fetch goes and with which credentials.
struct FetchTarget
{
    QUrl baseUrl;                    // with a token; a saved profile brings its own endpoint
    QByteArray token;
    std::optional<Profile> profile;  // a saved profile's credentials instead of the token
    QString caFile;                  // extra trusted CA certificates (PEM or DER); empty: none
    std::chrono::seconds timeout{30};
};

// A fetch in flight. Destroying it abandons the fetch: its callback is then never called.
class PendingFetch
{
public:
    virtual ~PendingFetch() = default;
    // Stops the fetch; the callback follows with a Cancelled error.
    virtual void abort() = 0;
};

// The window's fetches, owned by its Connection: one network access manager (injected), a
// JobClient, and a CredentialProvider per saved profile, so that a password profile signs in
// once per session. A fetch goes out with a token (typed, or the demo sandbox's) or with a
// profile's credentials.
class JobFetcher final : public QObject
{
    Q_OBJECT

public:
    using FetchDone = std::function<void(const FetchOutcome &outcome)>;

    explicit JobFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~JobFetcher() override;

    // Fetches a job; `done` is called once, from the event loop. Null, with `refusal` set and
    // nothing sent, when the CA file cannot be read.
    std::unique_ptr<PendingFetch> fetch(const QString &jobId, const FetchTarget &target, FetchDone done,
                                        ApiError *refusal);

    // A pager over one of the list calls (listpager.h) with the credentials and options a fetch
    // to `target` would use; a child of `parent`. Null, with `refusal` set, as for fetch().
    ListPager *listPager(const ListQuery &query, const FetchTarget &target, QObject *parent, ApiError *refusal);

    // The client options a request to `target` goes with: the base URL (a profile's own
    // endpoint), the timeout and the extra CA certificates. Nullopt, with `refusal` set, when the
    // CA file cannot be read.
    std::optional<ClientOptions> clientOptions(const FetchTarget &target, ApiError *refusal);

    // What watching (watch/showjobtransport.h) polls `target` with: the client options a fetch
    // would use, and its credentials: a profile's provider is the fetcher's own (one sign-in per
    // session for fetches and polls alike); a token's is made for it, a child of `owner`. Null,
    // with `refusal` set, as for fetch().
    CredentialProvider *watchCredentials(const FetchTarget &target, QObject *owner, ClientOptions *options,
                                         ApiError *refusal);

    // Where saved profiles' secrets are (not owned), how to ask for a password, and what to
    // advise when a needed password cannot be had. Call before fetching with a profile.
    void setProfiles(ProfileStore *store, PasswordPrompt prompt, QString signInHint);
    // When the token a password profile signed in for stops working; invalid when it has not
    // signed in this session.
    QDateTime tokenExpiry(const QString &profileId) const;
    // Forgets the session's sign-ins, after profiles were edited (passwords typed for the
    // session are kept, except those of profiles that no longer exist).
    void forgetSignIns();
    // A password profile's password, typed when it was saved without "remember": its sign-ins
    // use it for the rest of the session instead of asking. Memory only.
    void keepSessionPassword(const QString &profileId, const QByteArray &password);

private:
    std::optional<QList<QSslCertificate>> caCertificates(const QString &path, ApiError *refusal);
    std::unique_ptr<PendingFetch> fetchWithToken(const QString &jobId, const ClientOptions &options,
                                                 const QByteArray &token, FetchDone done);
    std::unique_ptr<PendingFetch> fetchWithProfile(const QString &jobId, const Profile &profile,
                                                   const ClientOptions &options, FetchDone done);
    // The profile's provider for the session, made on first use, with `options` for its sign-ins.
    CredentialProvider *providerFor(const Profile &profile, const ClientOptions &options);

    QNetworkAccessManager *m_nam;
    JobClient *m_client;
    QPointer<ProfileStore> m_profileStore;
    PasswordPrompt m_passwordPrompt;
    QString m_signInHint;
    QHash<QString, CredentialProvider *> m_providers;   // by profile id; children of this
    QHash<QString, QByteArray> m_sessionPasswords;      // by profile id
    QString m_caPath;                                    // the CA file last read, kept
    QList<QSslCertificate> m_caCertificates;
};
