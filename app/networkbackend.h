#pragma once

#include "httpexchange.h"
#include "windowbackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>
#include <optional>

class CredentialProvider;
class DemoSandbox;
class JobClient;
class SingleInstance;

// The window's backend over Qt Network (windowbackend.h): one network access manager with the
// system's proxies, a JobClient, a CredentialProvider per saved profile (so a password profile
// signs in once per session), the demo sandbox once first asked for, and the single-instance
// socket.
class NetworkBackend final : public QObject, public WindowBackend
{
    Q_DECLARE_TR_FUNCTIONS(NetworkBackend)

public:
    NetworkBackend();
    ~NetworkBackend() override;

    std::unique_ptr<PendingFetch> fetch(const QString &jobId, const FetchTarget &target,
                                        FetchDone done, ApiError *refusal) override;
    QUrl demoSandboxUrl() override;
    void setProfiles(ProfileStore *store, PasswordPrompt prompt, QString signInHint) override;
    QDateTime tokenExpiry(const QString &profileId) const override;
    void forgetSignIns() override;
    bool handOver(const QString &key, const QStringList &arguments) override;
    bool listenForLaunches(const QString &key, std::function<void(const QStringList &)> received) override;

    // The sandbox behind demoSandboxUrl(); null until that is first called (tests).
    DemoSandbox *demoSandbox() const { return m_sandbox.get(); }

private:
    std::optional<QList<QSslCertificate>> caCertificates(const QString &path, ApiError *refusal);
    std::unique_ptr<PendingFetch> fetchWithToken(const QString &jobId, const ClientOptions &options,
                                                 const QByteArray &token, FetchDone done);
    std::unique_ptr<PendingFetch> fetchWithProfile(const QString &jobId, const Profile &profile,
                                                   ClientOptions options, FetchDone done);
    CredentialProvider *providerFor(const Profile &profile);

    QNetworkAccessManager m_nam;
    JobClient *m_client;
    std::unique_ptr<DemoSandbox> m_sandbox;
    QPointer<ProfileStore> m_profileStore;
    PasswordPrompt m_passwordPrompt;
    QString m_signInHint;
    QHash<QString, CredentialProvider *> m_providers;   // by profile id; children of this
    QString m_caPath;                                    // the CA file last read, kept
    QList<QSslCertificate> m_caCertificates;
    std::unique_ptr<SingleInstance> m_instance;
};
