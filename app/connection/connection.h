#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/jobinfo.h"
#include "credentials/jobfetcher.h"
#include "credentials/passwordprompt.h"
#include "credentials/profilestore.h"
#include "history/historystore.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class CredentialProvider;
class DemoSandbox;
class ProjectDirectory;
class ListPager;
class QNetworkAccessManager;
struct ListQuery;

// The connection chosen now in the window: where its requests go and with which credentials.
// The profile bar sets it (the demo sandbox, a token for this session on a region or a base URL,
// or a saved profile); the fetch, the Builds tab, the job search, watching and the trend's build
// records read it when they send something, so all of them go to the same place. The demo
// sandbox is started here, the first time a request goes to it.
//
// changed() says that the choice changed: another kind, region or profile. A base URL or a token
// being typed goes in quietly and is read when a request goes out: a half-typed token must not
// start anything (watching takes the new one up at the next fetch).
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Demo, SessionToken, Profile };

    // What the session token's endpoint choice holds instead of a region ID for a typed base URL.
    static constexpr const char *kCustomEndpoint = "custom";

    struct Options
    {
        DemoSandbox *sandbox = nullptr;   // not owned; nullptr: one of its own, started when first needed
        // The sandbox's jobs move, and the first fetch of a demo job brings the job's past days
        // (pastOf()). Off in tests of fixed answers.
        bool movingDemo = false;
    };

    // Credentials of their own for calls that outlive a fetch (the Builds tab, a trend chart's
    // records, following a job), and the client options they go with.
    struct Calls
    {
        std::unique_ptr<CredentialProvider> credentials;
        ClientOptions options;
    };

    // `nam` is not owned and must outlive the connection.
    Connection(QNetworkAccessManager *nam, const Options &options, QObject *parent = nullptr);
    ~Connection() override;

    // The choice; only the profile bar calls these.
    void chooseDemo();
    // A token typed for this session, sent to a region (its ID) or to a typed base URL (kCustomEndpoint).
    void chooseSessionToken(const QString &region);
    void setCustomUrl(const QString &text);   // quiet, see above
    void setToken(const QByteArray &token);   // quiet; kept in memory only
    // A saved profile, as saved now; nullopt when the one chosen no longer exists.
    void chooseProfile(const std::optional<Profile> &profile);

    Kind kind() const { return m_kind; }
    bool isDemo() const { return m_kind == Kind::Demo; }
    // The saved profile in use; nullopt for the demo and a session token.
    std::optional<Profile> profile() const;
    // "demo", a region ID or the typed base URL: what the settings remember.
    QString endpointChoice() const;
    // Names the credentials in use for caches of answers: "profile:<id>", "demo" or "endpoint:<choice>".
    QString cacheKey() const;
    // How the history names where a request to `baseUrl` went: "demo", or the base URL.
    QString historyEndpoint(const QUrl &baseUrl) const;
    // How fast the jobs behind it change: the demo's move at the sandbox's speed; 1 is real time.
    double jobClockSpeed() const;

    // Where a request goes now and with which credentials, starting the demo sandbox when it is
    // chosen. Nullopt, with `refusal` saying why and what to do, when nothing can be sent.
    std::optional<FetchTarget> target(ApiError *refusal = nullptr);
    // A saved profile's target with the settings' timeout and CA file (Test Connection).
    static FetchTarget targetFor(const Profile &profile);

    // Fetches a job from `target` (one of target()'s); as JobFetcher::fetch.
    std::unique_ptr<PendingFetch> fetchJob(const QString &jobId, const FetchTarget &target,
                                           JobFetcher::FetchDone done, ApiError *refusal);
    // A pager over a list call, a child of `parent`; null with `refusal` set when nothing can be sent.
    ListPager *listPager(const ListQuery &query, QObject *parent, ApiError *refusal);
    // Watching's credentials for `target`: a profile's are the fetches' own (one sign-in for
    // both), a token's are made for it as a child of `owner`; as JobFetcher::watchCredentials.
    CredentialProvider *pollingCredentials(const FetchTarget &target, QObject *owner, ClientOptions *options,
                                           ApiError *refusal);
    // Credentials and options for build calls; nullopt with `refusal` set when nothing can be sent.
    std::optional<Calls> calls(ApiError *refusal);

    // The profiles' secrets (not owned), how to ask for a password and what to advise when none
    // can be had, for the fetches' sign-ins; the profile bar sets them, and unsets them before
    // the store goes.
    void setSignIn(ProfileStore *store, PasswordPrompt prompt, QString signInHint);
    // The fetches and their sign-ins per profile (token expiry, session passwords).
    JobFetcher *fetcher() const { return m_fetcher.get(); }
    QNetworkAccessManager *network() const { return m_nam; }
    // The demo sandbox requests go to: the injected one, or the own one once started; else null.
    DemoSandbox *demoSandbox() const { return m_sandbox; }
    // Which CodeArts project each job lives in and the projects' names, as the answers of this
    // session said (projectdirectory.h); the parts that read those answers feed it.
    ProjectDirectory *projects() const { return m_projects; }

    // What this endpoint knows of a job's past that the history lacks: with the moving demo, a
    // demo job's two weeks; otherwise nothing.
    QList<HistoryEntry> pastOf(const JobInfo &job, qint64 nowMs) const;

signals:
    void changed();

private:
    QUrl demoSandboxUrl();

    QNetworkAccessManager *m_nam;
    Options m_options;
    std::unique_ptr<JobFetcher> m_fetcher;
    std::unique_ptr<DemoSandbox> m_ownedSandbox;
    DemoSandbox *m_sandbox;
    QPointer<ProfileStore> m_profileStore;
    Kind m_kind = Kind::SessionToken;
    QString m_region;                 // a region ID or kCustomEndpoint
    QString m_customUrl;
    QByteArray m_token;
    std::optional<Profile> m_profile;
    ProjectDirectory *m_projects;     // a child
};
