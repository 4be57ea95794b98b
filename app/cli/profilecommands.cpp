#include "cli/profilecommands.h"

#include "api/endpoints.h"
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"
#include "platform/appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace CommandLine {

namespace {

constexpr int kExitStorage = 1;
constexpr int kExitCredentials = 3;

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int unknownProfile(const QString &name)
{
    return usageError(Text::tr("There is no profile named \"%1\" (see 'codearts-inspector profile list').").arg(name));
}

// Runs the event loop until the keychain job ends; the job is deleted afterwards.
struct FinishedJob
{
    SecretError error;
    QByteArray secret;
};

FinishedJob waitFor(SecretJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    FinishedJob result{job->error(), job->secret()};
    job->deleteLater();
    return result;
}

CredentialResult waitForSignIn(CredentialProvider &provider, QByteArray password, bool remember)
{
    QEventLoop loop;
    CredentialResult result;
    provider.signIn(std::move(password), remember, &loop, [&](const CredentialResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

// Writes the secrets in order and stops at the first failure.
SecretError writeSecrets(ProfileStore &store, const Profile &profile,
                         const QList<std::pair<ProfileSecret, QByteArray>> &secrets)
{
    for (const auto &[which, value] : secrets) {
        const SecretError error = waitFor(store.writeSecret(profile, which, value)).error;
        if (error.isError())
            return error;
    }
    return {};
}

QString secretName(ProfileSecret which)
{
    switch (which) {
    case ProfileSecret::Token: return Text::tr("The IAM token");
    case ProfileSecret::Password: return Text::tr("The password");
    case ProfileSecret::AccessKey: return Text::tr("The access key");
    case ProfileSecret::SecretKey: return Text::tr("The secret key");
    case ProfileSecret::CachedToken: break;
    }
    return Text::tr("The secret");
}

QString whatStdinHolds(Profile::Kind kind);

// The secrets a kind of profile reads from standard input: a token, a password, or AK then SK.
// When they are missing or refused, the error has been printed and *exitCode says how to end.
std::optional<QList<std::pair<ProfileSecret, QByteArray>>> readSecrets(Profile::Kind kind, int *exitCode)
{
    QList<ProfileSecret> wanted{ProfileSecret::Token};
    if (kind == Profile::Kind::Password)
        wanted = {ProfileSecret::Password};
    else if (kind == Profile::Kind::AkSk)
        wanted = {ProfileSecret::AccessKey, ProfileSecret::SecretKey};
    QList<std::pair<ProfileSecret, QByteArray>> secrets;
    for (const ProfileSecret which : wanted) {
        const SecretLine line = readSecretLine(secretName(which));
        if (line.status == SecretLine::Status::Refused) {
            *exitCode = line.exitCode;
            return std::nullopt;
        }
        if (line.status == SecretLine::Status::Missing) {
            *exitCode = fail(kExitCredentials, Text::tr("Standard input must hold %1.").arg(whatStdinHolds(kind)));
            return std::nullopt;
        }
        secrets.append({which, line.value});
    }
    return secrets;
}

QString whatStdinHolds(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Token: return Text::tr("the IAM token (one line)");
    case Profile::Kind::Password: return Text::tr("the IAM password (one line)");
    case Profile::Kind::AkSk: return Text::tr("the access key and the secret key (two lines)");
    }
    return {};
}

// Sets the parser up for `command` ("profile add"...) and parses.
bool parseOrFail(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                 int positionalCount, int *exitCode)
{
    parser.addOptions(optionsOf(command));
    if (const std::optional<int> parseExit = parseOrExit(parser, arguments, command)) {
        *exitCode = *parseExit;
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        *exitCode = usageError(command, positionalCount == 1 ? Text::tr("Give exactly one profile name.")
                                                             : Text::tr("Too many arguments."));
        return false;
    }
    return true;
}

// --- profile add -------------------------------------------------------------------------

// The profile the options describe, or the usage error's exit code.
std::variant<Profile, int> profileFromOptions(const QCommandLineParser &parser)
{
    Profile p;
    p.name = parser.positionalArguments().constFirst().trimmed();
    const bool hasRegion = parser.isSet(u"region"_qs);
    if (hasRegion == parser.isSet(u"endpoint"_qs))
        return usageError(u"profile add"_qs, Text::tr("Give either --region REGION or --endpoint URL."));
    if (hasRegion)
        p.region = parser.value(u"region"_qs).trimmed();
    else
        p.endpoint = QUrl(parser.value(u"endpoint"_qs).trimmed(), QUrl::StrictMode);
    if (parser.isSet(u"iam-endpoint"_qs))
        p.iamEndpoint = QUrl(parser.value(u"iam-endpoint"_qs).trimmed(), QUrl::StrictMode);
    const std::optional<Profile::Kind> kind = Profile::kindFromName(parser.value(u"auth"_qs));
    if (!kind)
        return usageError(u"profile add"_qs, Text::tr("--auth takes token, password or aksk."));
    p.kind = *kind;
    p.userName = parser.value(u"user"_qs).trimmed();
    p.domainName = parser.value(u"domain"_qs).trimmed();
    p.projectName = parser.value(u"project-name"_qs).trimmed();
    p.projectId = parser.value(u"project-id"_qs).trimmed();
    const bool password = p.kind == Profile::Kind::Password;
    if (!password && (parser.isSet(u"user"_qs) || parser.isSet(u"domain"_qs) || parser.isSet(u"remember-password"_qs)))
        return usageError(u"profile add"_qs, Text::tr("--user, --domain and --remember-password go with --auth password."));
    if (password && (p.userName.isEmpty() || p.domainName.isEmpty()))
        return usageError(u"profile add"_qs, Text::tr("--auth password needs --user USER and --domain ACCOUNT."));
    return p;
}

// Without a reachable keychain the secrets went to memory and would be lost when the command
// ends: the profile is removed again and the user told how to get a keychain.
std::optional<int> refuseWithoutKeychain(ProfileSession &session, const QString &name)
{
    if (session.secrets->isPersistent())
        return std::nullopt;
    QEventLoop loop;
    session.profiles->remove(name, &loop, [&loop](const SecretError &) { loop.quit(); });
    loop.exec();
    return fail(1, Text::tr("No keychain is reachable (the Secret Service on the session's D-Bus), so the "
                            "secret would be lost when this command ends; the profile was not added. "
                            "Start a keychain in your desktop session (for example gnome-keyring-daemon "
                            "--start or KWallet) and add it again, or pass a token with 'show --token-stdin'."));
}

// A password profile proves itself by signing in; the profile is kept only if that works.
int signInNewProfile(ProfileSession &session, const Profile &profile, const QByteArray &password, bool remember)
{
    QNetworkAccessManager nam;
    CredentialProvider provider(profile, session.profiles.get(), &nam);
    const CredentialResult result = waitForSignIn(provider, password, remember);
    if (result.succeeded()) {
        if (const std::optional<int> refused = refuseWithoutKeychain(session, profile.name))
            return *refused;
        printOut(Text::tr("Added profile \"%1\"; signed in, the IAM token is valid until %2.\n")
                     .arg(profile.name, localTime(provider.tokenExpiry().toMSecsSinceEpoch(), true)));
        return kExitOk;
    }
    QEventLoop loop;
    session.profiles->remove(profile.name, &loop, [&loop](const SecretError &) { loop.quit(); });
    loop.exec();
    return fail(result.error.exitCode(), result.error.oneLine() + u' ' + Text::tr("The profile was not added."));
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseOrFail(parser, u"profile add"_qs, arguments, 1, &exitCode))
        return exitCode;
    std::variant<Profile, int> parsed = profileFromOptions(parser);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const Profile &profile = std::get<Profile>(parsed);

    ProfileSession session;
    if (session.profiles->profile(profile.name))
        return usageError(u"profile add"_qs, Text::tr("A profile named \"%1\" already exists; remove it first.").arg(profile.name));
    if (const QString why = session.profiles->whyInvalid(profile); !why.isEmpty())
        return usageError(u"profile add"_qs, why);
    int readExitCode = 0;
    const auto secrets = readSecrets(profile.kind, &readExitCode);
    if (!secrets)
        return readExitCode;
    QString why;
    const std::optional<Profile> saved = session.profiles->save(profile, &why);
    if (!saved)
        return usageError(u"profile add"_qs, why);
    if (saved->kind == Profile::Kind::Password)
        return signInNewProfile(session, *saved, secrets->constFirst().second, parser.isSet(u"remember-password"_qs));

    if (const SecretError error = writeSecrets(*session.profiles, *saved, *secrets); error.isError()) {
        QEventLoop loop;
        session.profiles->remove(saved->name, &loop, [&loop](const SecretError &) { loop.quit(); });
        loop.exec();
        return fail(kExitStorage, Text::tr("The keychain refused the secret: %1 The profile was not added.").arg(error.oneLine()));
    }
    if (const std::optional<int> refused = refuseWithoutKeychain(session, saved->name))
        return *refused;
    printOut(Text::tr("Added profile \"%1\".\n").arg(saved->name));
    return kExitOk;
}

// --- profile list ------------------------------------------------------------------------

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString effectiveProjectName(const Profile &p)
{
    if (p.kind != Profile::Kind::Password)
        return p.projectName;
    return p.projectName.isEmpty() ? p.region : p.projectName;
}

QJsonObject toJson(const Profile &p, bool isDefault)
{
    return {{u"name"_qs, p.name},
            {u"kind"_qs, Profile::kindName(p.kind)},
            {u"region"_qs, orNull(p.region)},
            {u"endpoint"_qs, orNull(p.effectiveEndpoint().toString())},
            {u"iam_endpoint"_qs, orNull(p.effectiveIamEndpoint().toString())},
            {u"user"_qs, orNull(p.userName)},
            {u"domain"_qs, orNull(p.domainName)},
            {u"project_name"_qs, orNull(effectiveProjectName(p))},
            {u"project_id"_qs, orNull(p.projectId)},
            {u"default"_qs, isDefault}};
}

// Settings only: listing never touches the keychain, so it can never print a secret.
int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseOrFail(parser, u"profile list"_qs, arguments, 0, &exitCode))
        return exitCode;
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    MemorySecretStore noSecrets;
    ProfileStore store(settings.get(), &noSecrets);
    const QString defaultName = store.defaultProfileName();
    const QList<Profile> profiles = store.profiles();
    if (parser.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Profile &p : profiles)
            array.append(toJson(p, p.name == defaultName));
        printJson(array);
        return kExitOk;
    }
    if (profiles.isEmpty()) {
        printOut(Text::tr("No profiles. Add one with 'codearts-inspector profile add'.\n"));
        return kExitOk;
    }
    QList<QStringList> rows;
    for (const Profile &p : profiles) {
        const QString project = p.projectId.isEmpty() ? effectiveProjectName(p) : p.projectId;
        rows.append({p.name == defaultName ? u"*"_qs : u"-"_qs, p.name, Profile::kindName(p.kind),
                     p.region.isEmpty() ? u"-"_qs : p.region, p.effectiveEndpoint().toString(),
                     p.effectiveIamEndpoint().toString(), p.userName.isEmpty() ? u"-"_qs : p.userName,
                     p.domainName.isEmpty() ? u"-"_qs : p.domainName, project.isEmpty() ? u"-"_qs : project});
    }
    printOut(table({{Text::tr("DEFAULT"), Column::Kind::Text, 0},
                    {Text::tr("NAME"), Column::Kind::Text, 0, 32, 12},
                    {Text::tr("KIND"), Column::Kind::Text, 1},
                    {Text::tr("REGION"), Column::Kind::Text, 2, 16},
                    {Text::tr("ENDPOINT"), Column::Kind::Text, 3, 48, 16},
                    {Text::tr("IAM ENDPOINT"), Column::Kind::Text, 7, 48, 16},
                    {Text::tr("USER"), Column::Kind::Text, 4, 24, 8},
                    {Text::tr("DOMAIN"), Column::Kind::Text, 5, 24, 8},
                    {Text::tr("PROJECT"), Column::Kind::Text, 6, 32, 8}},
                   rows));
    return kExitOk;
}

// --- profile remove / default ------------------------------------------------------------

int runRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseOrFail(parser, u"profile remove"_qs, arguments, 1, &exitCode))
        return exitCode;
    const QString name = parser.positionalArguments().constFirst();
    ProfileSession session;
    if (!session.profiles->profile(name))
        return unknownProfile(name);
    QEventLoop loop;
    SecretError error;
    session.profiles->remove(name, &loop, [&](const SecretError &result) {
        error = result;
        loop.quit();
    });
    loop.exec();
    if (error.isError())
        return fail(kExitStorage, Text::tr("Profile \"%1\" was removed, but its secrets could not be: %2")
                                      .arg(name, error.oneLine()));
    printOut(Text::tr("Removed profile \"%1\" and its secrets.\n").arg(name));
    return kExitOk;
}

int runDefault(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const bool query = arguments.size() == 1;
    if (!parseOrFail(parser, u"profile default"_qs, arguments, query ? 0 : 1, &exitCode))
        return exitCode;
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    MemorySecretStore noSecrets;
    ProfileStore store(settings.get(), &noSecrets);
    if (query) {
        const QString name = store.defaultProfileName();
        if (name.isEmpty())
            return fail(kExitCredentials, Text::tr("There are no profiles. Add one with 'codearts-inspector profile add'."));
        printOut(printable(name) + u'\n');
        return kExitOk;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!store.setDefaultProfile(name))
        return unknownProfile(name);
    settings->sync();
    printOut(Text::tr("\"%1\" is now the default profile.\n").arg(name));
    return kExitOk;
}

// --- profile login -----------------------------------------------------------------------

// Password profiles: the password from standard input, or else the remembered one; a password
// that was remembered before is replaced by the one that just worked.
int loginWithPassword(ProfileSession &session, const Profile &profile, bool rememberAsked)
{
    const FinishedJob stored = waitFor(session.profiles->readSecret(profile, ProfileSecret::Password));
    const bool wasRemembered = !stored.error.isError() && !stored.secret.isEmpty();
    const SecretLine line = readSecretLine(secretName(ProfileSecret::Password));
    if (line.status == SecretLine::Status::Refused)
        return line.exitCode;
    std::optional<QByteArray> password;
    if (line.status == SecretLine::Status::Ok)
        password = line.value;
    if (!password && wasRemembered)
        password = stored.secret;
    if (!password)
        return fail(kExitCredentials, Text::tr("Give the password of profile \"%1\" on standard input (one line).").arg(profile.name));
    QNetworkAccessManager nam;
    CredentialProvider provider(profile, session.profiles.get(), &nam);
    const CredentialResult result = waitForSignIn(provider, *password, rememberAsked || wasRemembered);
    if (!result.succeeded())
        return fail(result.error.exitCode(), result.error.oneLine());
    printOut(Text::tr("Signed in to profile \"%1\"; the IAM token is valid until %2.\n")
                 .arg(profile.name, localTime(provider.tokenExpiry().toMSecsSinceEpoch(), true)));
    return kExitOk;
}

// Token and AK/SK profiles: new secrets from standard input replace the saved ones.
int replaceSecrets(ProfileSession &session, const Profile &profile)
{
    int readExitCode = 0;
    const auto secrets = readSecrets(profile.kind, &readExitCode);
    if (!secrets)
        return readExitCode;
    if (const SecretError error = writeSecrets(*session.profiles, profile, *secrets); error.isError())
        return fail(kExitStorage, Text::tr("The keychain refused the secret: %1").arg(error.oneLine()));
    printOut(Text::tr("Saved new credentials for profile \"%1\".\n").arg(profile.name));
    return kExitOk;
}

int runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseOrFail(parser, u"profile login"_qs, arguments, 1, &exitCode))
        return exitCode;
    const QString name = parser.positionalArguments().constFirst();
    ProfileSession session;
    const std::optional<Profile> profile = session.profiles->profile(name);
    if (!profile)
        return unknownProfile(name);
    if (profile->kind != Profile::Kind::Password && parser.isSet(u"remember-password"_qs))
        return usageError(u"profile login"_qs, Text::tr("--remember-password goes with password profiles."));
    if (profile->kind == Profile::Kind::Password)
        return loginWithPassword(session, *profile, parser.isSet(u"remember-password"_qs));
    return replaceSecrets(session, *profile);
}

} // namespace

// --- shared ------------------------------------------------------------------------------

ProfileSession::ProfileSession()
    : settings(AppSettings::open()), secrets(std::make_unique<FallbackSecretStore>())
{
    profiles = std::make_unique<ProfileStore>(settings.get(), secrets.get());
    QObject::connect(secrets.get(), &FallbackSecretStore::keychainUnavailable, secrets.get(),
                     [](const SecretError &error) { warn(error.oneLine()); });
}

ProfileSession::~ProfileSession()
{
    if (settings)
        settings->sync();
}

int runProfileCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(1); // the action stands in for the program name
    if (action == u"add")
        return runAdd(rest);
    if (action == u"list")
        return runList(rest);
    if (action == u"remove")
        return runRemove(rest);
    if (action == u"login")
        return runLogin(rest);
    if (action == u"default")
        return runDefault(rest);
    if (action.isEmpty())
        return usageError(u"profile"_qs, Text::tr("'profile' needs an action: add, list, remove, login or default."));
    const QString suggestion = nearest(action, {u"add"_qs, u"list"_qs, u"remove"_qs, u"login"_qs, u"default"_qs});
    return usageError(u"profile"_qs, suggestion.isEmpty()
                                         ? Text::tr("Unknown profile action \"%1\".").arg(action)
                                         : Text::tr("Unknown profile action \"%1\"; did you mean %2?").arg(action, suggestion));
}

std::variant<std::unique_ptr<ShowCredentials>, int> credentialsForShow(const QString &profileName,
                                                                       QNetworkAccessManager *nam)
{
    auto credentials = std::make_unique<ShowCredentials>();
    if (profileName.isEmpty()) {
        credentials->provider = CredentialProvider::fromEnvironment();
        if (credentials->provider)
            return credentials;
    }
    credentials->session = std::make_unique<ProfileSession>();
    const ProfileStore &store = *credentials->session->profiles;
    const QString name = profileName.isEmpty() ? store.defaultProfileName() : profileName;
    if (name.isEmpty())
        return fail(kExitCredentials, Text::tr("No credentials: pass an IAM token on standard input with --token-stdin, "
                                         "set %1 and %2, or add a profile with 'codearts-inspector profile add'.")
                                          .arg(QLatin1String(CredentialProvider::kEnvAccessKey),
                                               QLatin1String(CredentialProvider::kEnvSecretKey)));
    const std::optional<Profile> profile = store.profile(name);
    if (!profile)
        return unknownProfile(name);
    credentials->provider = std::make_unique<CredentialProvider>(*profile, credentials->session->profiles.get(), nam);
    credentials->endpoint = profile->effectiveEndpoint();
    return credentials;
}

} // namespace CommandLine
