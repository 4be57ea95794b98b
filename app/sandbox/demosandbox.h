#pragma once

#include "sandbox/demojobs.h"
#include "sandbox/demowatchjobs.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class DemoBuilds;
class DemoHttpServer;
class DemoJobList;
class QSslCertificate;
class QSslConfiguration;
class QSslKey;
class QThread;
struct DemoRequest;
struct DemoResponse;

// A CodeArts Build look-alike that runs inside the app on 127.0.0.1. It speaks the real
// ShowJobInfo shape, insists on the demo token and serves varied jobs, plus a few "trouble"
// jobs that answer the ways real gateways fail (HTML pages, truncated JSON, redirects...).
// The server runs in a thread of its own, so a slow answer never freezes the window or a test.
class DemoSandbox : public QObject
{
    Q_OBJECT

public:
    using DemoJob = ::DemoJob;
    using TroubleJobs = DemoJobs::TroubleJobs;

    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Listens on the address (loopback by default) and port (0: any free port).
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Serves HTTPS with this certificate instead of plain HTTP (call before start()).
    void useTls(const QSslCertificate &certificate, const QSslKey &key);

    // Where the "redirect elsewhere" job points to; by default another port on localhost.
    void setForeignRedirectTarget(const QUrl &url) { m_foreignRedirectTarget = url; }

    // Every answer is sent this long after its request (default 0), like a service across a
    // real network; call before start().
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // How long the slow job waits before answering (default 3 s).
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }

    // IAM password sign-in (POST /v3/auth/tokens) accepts these and issues demoToken().
    static constexpr const char *demoUser = "demo-user";
    static constexpr const char *demoAccount = "demo-account";
    static QByteArray demoPassword();
    // How long issued tokens live (default 24 hours, as IAM's do); tests shorten it.
    void setIssuedTokenLifetimeSeconds(int seconds) { m_tokenLifetimeSeconds = seconds; }
    int signInCount() const { return m_signInCount; }

    // AK/SK requests (SDK-HMAC-SHA256) to the job API are checked against these. A CodeArts
    // Build request signed with them must also carry X-Project-Id (the SDK always signs one);
    // IAM's project query (GET /v3/projects?name=REGION) needs none and answers the region's
    // project, iamProjectId().
    static constexpr const char *demoAccessKey = "DEMOACCESSKEYID0000";
    static QByteArray demoSecretKey();
    static constexpr const char *demoRegion = "cn-north-4";
    // The IAM project of a region the sandbox knows (demoRegion and a few others); empty for
    // other names.
    static QString iamProjectId(const QString &region);

    static QByteArray demoToken() { return DemoJobs::demoToken(); }
    static QByteArray expiredToken();   // answered with the gateway's "token expires" 401
    static const QList<DemoJob> &demoJobs() { return DemoJobs::all(); }

    // How many jobs the job lists hold (default DemoJobList::kDefaultJobCount, about 1,200);
    // call before start(). Benchmarks use 20,000.
    void setJobListSize(int jobs) { m_jobListSize = jobs; }

    // The number of requests served, for tests that must prove nothing was sent.
    int requestCount() const { return m_requestCount; }

    static QString firstJobId() { return DemoJobs::firstJobId(); }

    // Build records, runs, stops and follows (demobuilds.h), and what ShowJobInfo says of the
    // demo jobs; tests set its clock (the whole sandbox's wall clock) and run speed.
    DemoBuilds &builds() const { return *m_builds; }
    // The jobs whose state changes over time (demowatchjobs.h), e.g. to run their clock fast.
    DemoWatchJobs &watchJobs() { return m_watchJobs; }

    // At most this many build projects in one ListBriefRecord call: the sandbox's own cap (the
    // service's is unconfirmed).
    static constexpr int kMaxBriefProjects = 100;

private:
    DemoResponse respond(const DemoRequest &request) const;
    DemoResponse answerBuildApi(const DemoRequest &request) const;
    DemoResponse answer(const QString &jobId) const;
    DemoResponse answerTrouble(const QString &jobId) const;
    DemoResponse answerWatchList(const QString &projectId, const DemoRequest &request) const;
    DemoResponse answerWatchBuilds(const QString &jobId, const DemoRequest &request) const;
    DemoResponse answerBrief(const DemoRequest &request) const;
    DemoResponse answerIamProjects(const DemoRequest &request) const;
    DemoResponse answerSignIn(const DemoRequest &request) const;
    enum class ProjectHeader { Required, NotNeeded };
    std::optional<DemoResponse> checkCredentials(const DemoRequest &request, ProjectHeader projectHeader) const;
    std::optional<DemoResponse> checkToken(const QByteArray &token) const;
    bool signatureMatches(const DemoRequest &request) const;
    void sleepUnlessStopping(int ms) const;

    std::unique_ptr<DemoBuilds> m_builds;
    std::unique_ptr<QThread> m_thread;
    QObject *m_threadContext = nullptr; // lives in m_thread
    DemoHttpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    // Only set for HTTPS: constructing TLS types loads OpenSSL, which a plain sandbox never needs.
    std::unique_ptr<QSslConfiguration> m_tls;
    QUrl m_foreignRedirectTarget;
    std::unique_ptr<DemoJobList> m_jobList;
    int m_jobListSize = 1200;
    int m_slowDelayMs = 3000;
    int m_latencyMs = 0;
    int m_tokenLifetimeSeconds = 24 * 3600;
    mutable std::atomic<int> m_signInCount = 0;
    mutable std::atomic<int> m_requestCount = 0;
    std::atomic<bool> m_stopping = false;
    DemoWatchJobs m_watchJobs;
};
