#pragma once

#include "credentials/secretstore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QSettings;

// One way of signing in: where to connect and who to be. Only the non-secret parts live here;
// tokens, passwords and keys go through a SecretStore.
struct Profile
{
    enum class Kind { Token, Password, AkSk };

    QString id;            // assigned by ProfileStore::save(); secrets are filed under it
    QString name;          // unique, shown to the user
    QString region;        // e.g. "cn-north-4"; may be empty with a custom endpoint
    QUrl endpoint;         // custom CodeArts Build base URL; empty: derived from the region
    QUrl iamEndpoint;      // empty: derived from the region
    Kind kind = Kind::Token;
    QString userName;      // IAM user (password profiles)
    QString domainName;    // account name (password profiles)
    QString projectName;   // token scope; empty: the region
    QString projectId;     // sent as X-Project-Id with AK/SK

    QUrl effectiveEndpoint() const;     // endpoint, else Endpoints::forRegion(region)
    QUrl effectiveIamEndpoint() const;  // iamEndpoint, else iamEndpointForRegion(region)

    static QUrl iamEndpointForRegion(const QString &region);
    static QString kindName(Kind kind);  // "token", "password", "aksk"
    static std::optional<Kind> kindFromName(const QString &name);
};

// The secrets a profile may have. Which ones are used depends on Profile::kind. CachedToken is
// the IAM token a password profile signed in for, with its expiry (see CredentialProvider).
enum class ProfileSecret { Token, Password, AccessKey, SecretKey, CachedToken };

// Profiles in QSettings (group "profiles"), their secrets in a SecretStore. The first profile
// saved becomes the default. Neither the settings nor the secret store are owned.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<Profile> profiles() const;   // in the order they were added
    std::optional<Profile> profile(const QString &name) const;
    QString defaultProfileName() const;
    bool setDefaultProfile(const QString &name);

    // Adds a profile or updates the one with the same id (renaming is allowed). Returns the
    // saved profile, or nullopt with a plain reason in `error`.
    std::optional<Profile> save(Profile profile, QString *error = nullptr);

    SecretJob *writeSecret(const Profile &profile, ProfileSecret which, const QByteArray &value);
    SecretJob *readSecret(const Profile &profile, ProfileSecret which);

    // Forgets the profile at once and removes all its secrets; `done` gets the first keychain
    // error, if any (the profile is gone from the settings either way).
    void remove(const QString &name, QObject *context, std::function<void(const SecretError &)> done);

    // The keychain key: "profile/<id>/<secret>".
    static QString secretKey(const QString &profileId, ProfileSecret which);
    // Why the profile cannot be saved, or an empty string.
    QString whyInvalid(const Profile &profile) const;

private:
    QStringList order() const;
    void removeSecrets(QStringList keys, QObject *context, SecretError firstError,
                       std::function<void(const SecretError &)> done);

    QSettings *m_settings;
    SecretStore *m_secrets;
};
