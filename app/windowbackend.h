#pragma once

#include "apierror.h"
#include "jobinfo.h"
#include "passwordprompt.h"
#include "profilestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

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

// Everything the window does over Qt Network: fetches (with a token or a saved profile's
// credentials), the demo sandbox and the single-instance socket. The window reaches it only
// through this interface, so that its first frame is painted before Qt Network is loaded: on
// Linux the implementation (NetworkBackend) lives in the core module, loaded once the window
// is on screen. Only plain values and callbacks cross it.
class WindowBackend
{
public:
    using FetchDone = std::function<void(const FetchOutcome &outcome)>;

    virtual ~WindowBackend() = default;

    // Fetches a job; `done` is called once, from the event loop. Null, with `refusal` set and
    // nothing sent, when the CA file cannot be read.
    virtual std::unique_ptr<PendingFetch> fetch(const QString &jobId, const FetchTarget &target,
                                                FetchDone done, ApiError *refusal) = 0;

    // The demo sandbox's base URL, started on the first call; empty when it cannot start.
    virtual QUrl demoSandboxUrl() = 0;

    // Where saved profiles' secrets are (not owned), how to ask for a password, and what to
    // advise when a needed password cannot be had. Call before fetching with a profile.
    virtual void setProfiles(ProfileStore *store, PasswordPrompt prompt, QString signInHint) = 0;
    // When the token a password profile signed in for stops working; invalid when it has not
    // signed in this session.
    virtual QDateTime tokenExpiry(const QString &profileId) const = 0;
    // Forgets the session's sign-ins, after profiles were edited.
    virtual void forgetSignIns() = 0;

    // Hands `arguments` to an instance already running under `key` ("" for the default).
    // True when one took them: this launch should exit.
    virtual bool handOver(const QString &key, const QStringList &arguments) = 0;
    // Becomes the running instance; `received` gets what later launches hand over.
    virtual bool listenForLaunches(const QString &key, std::function<void(const QStringList &)> received) = 0;
};

// The backend: linked in (tests, and platforms without modules) or from the core module
// (Linux). Null, with the reason in `error`, when the module cannot be loaded.
std::unique_ptr<WindowBackend> createWindowBackend(QString *error);
