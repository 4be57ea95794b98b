#pragma once

#include "credentials/credentialprovider.h"
#include "credentials/fallbacksecretstore.h"
#include "credentials/profilestore.h"

#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <variant>

class QNetworkAccessManager;

// The `profile` subcommands and the credentials `show` runs with.
namespace CommandLine {

// `arguments` start at the word "profile", which stands in for the program name. Returns the
// exit code: 0 success, 1 the keychain refused a write, 2 usage error or unknown profile,
// 3 credentials missing or rejected (or a failed sign-in), 5/6 IAM answered oddly / network.
int runProfileCommand(const QStringList &arguments);

// Settings, keychain and profiles for one command. The keychain falls back to memory, with one
// `warning:` line on stderr, when it cannot be used.
struct ProfileSession
{
    ProfileSession();
    ~ProfileSession();

    std::unique_ptr<QSettings> settings;
    std::unique_ptr<FallbackSecretStore> secrets;
    std::unique_ptr<ProfileStore> profiles;
};

// The credentials `show` authenticates with, and what keeps them alive for the run.
struct ShowCredentials
{
    std::unique_ptr<ProfileSession> session;       // null for credentials that need no keychain
    std::unique_ptr<CredentialProvider> provider;
    QUrl endpoint;                                  // the profile's endpoint; empty otherwise
};

// `show` without --token-stdin or --demo: the profile named (empty: CLOUD_SDK_AK/SK from the
// environment when both are set, else the default profile). Prints the error and returns the
// exit code when there are none.
std::variant<std::unique_ptr<ShowCredentials>, int> credentialsForShow(const QString &profileName,
                                                                       QNetworkAccessManager *nam);

} // namespace CommandLine
