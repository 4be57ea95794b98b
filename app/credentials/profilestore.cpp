#include "credentials/profilestore.h"

#include "api/endpoints.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace {

const QString kGroup = u"profiles"_qs;
const QString kOrder = u"profiles/order"_qs;
const QString kDefault = u"profiles/default"_qs;

QString field(const QString &id, const char *name)
{
    return kGroup + u'/' + id + u'/' + QLatin1String(name);
}

QString secretName(ProfileSecret which)
{
    switch (which) {
    case ProfileSecret::Token: return u"token"_qs;
    case ProfileSecret::Password: return u"password"_qs;
    case ProfileSecret::AccessKey: return u"access-key"_qs;
    case ProfileSecret::SecretKey: return u"secret-key"_qs;
    case ProfileSecret::CachedToken: return u"cached-token"_qs;
    }
    return {};
}

constexpr ProfileSecret kAllSecrets[] = {ProfileSecret::Token, ProfileSecret::Password,
                                         ProfileSecret::AccessKey, ProfileSecret::SecretKey,
                                         ProfileSecret::CachedToken};

bool isRegionId(const QString &region)
{
    static const QRegularExpression pattern(u"^[a-z]{2}(-[a-z]+)+-[0-9]+$"_qs);
    return pattern.match(region).hasMatch();
}

} // namespace

// --- Profile -----------------------------------------------------------------------------

QUrl Profile::effectiveEndpoint() const
{
    return endpoint.isEmpty() ? Endpoints::forRegion(region) : endpoint;
}

QUrl Profile::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? iamEndpointForRegion(region) : iamEndpoint;
}

QUrl Profile::iamEndpointForRegion(const QString &region)
{
    if (!isRegionId(region))
        return {};
    // The European sovereign region has its own domain.
    const QString domain = region == u"eu-west-101" ? u"myhuaweicloud.eu"_qs
                                                     : u"myhuaweicloud.com"_qs;
    return QUrl(u"https://iam." + region + u'.' + domain);
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Token: return u"token"_qs;
    case Kind::Password: return u"password"_qs;
    case Kind::AkSk: return u"aksk"_qs;
    }
    return {};
}

std::optional<Profile::Kind> Profile::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Token, Kind::Password, Kind::AkSk}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// --- ProfileStore ------------------------------------------------------------------------

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets)
{
}

QStringList ProfileStore::order() const
{
    return m_settings->value(kOrder).toStringList();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    for (const QString &id : order()) {
        Profile p;
        p.id = id;
        p.name = m_settings->value(field(id, "name")).toString();
        p.region = m_settings->value(field(id, "region")).toString();
        p.endpoint = QUrl(m_settings->value(field(id, "endpoint")).toString());
        p.iamEndpoint = QUrl(m_settings->value(field(id, "iamEndpoint")).toString());
        p.kind = Profile::kindFromName(m_settings->value(field(id, "kind")).toString())
                     .value_or(Profile::Kind::Token);
        p.userName = m_settings->value(field(id, "userName")).toString();
        p.domainName = m_settings->value(field(id, "domainName")).toString();
        p.projectName = m_settings->value(field(id, "projectName")).toString();
        p.projectId = m_settings->value(field(id, "projectId")).toString();
        out.append(p);
    }
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::defaultProfileName() const
{
    const QString id = m_settings->value(kDefault).toString();
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.id == id)
            return p.name;
    }
    return all.isEmpty() ? QString() : all.first().name;
}

bool ProfileStore::setDefaultProfile(const QString &name)
{
    const std::optional<Profile> p = profile(name);
    if (!p)
        return false;
    m_settings->setValue(kDefault, p->id);
    return true;
}

QString ProfileStore::whyInvalid(const Profile &profile) const
{
    if (profile.name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    for (const Profile &other : profiles()) {
        if (other.name == profile.name && other.id != profile.id)
            return tr("A profile named \"%1\" already exists.").arg(profile.name);
    }
    if (profile.endpoint.isEmpty() && !Endpoints::isKnownRegion(profile.region))
        return tr("Choose a region or enter a custom endpoint.");
    if (!profile.endpoint.isEmpty()) {
        const QString why = Endpoints::whyUnusable(profile.endpoint);
        if (!why.isEmpty())
            return why;
    }
    // Same rule as the API endpoint: HTTPS, or plain HTTP to this computer (sandbox, tests).
    if (!profile.iamEndpoint.isEmpty() && Endpoints::hasUserInfo(profile.iamEndpoint))
        return tr("The IAM endpoint: %1").arg(Endpoints::whyUnusable(profile.iamEndpoint));
    if (!profile.iamEndpoint.isEmpty() && !Endpoints::whyUnusable(profile.iamEndpoint).isEmpty())
        return tr("The IAM endpoint must be an HTTPS URL.");
    if (profile.kind == Profile::Kind::Password) {
        if (profile.userName.isEmpty() || profile.domainName.isEmpty())
            return tr("Signing in with a password needs the IAM user name and the account name.");
        if (profile.effectiveIamEndpoint().isEmpty())
            return tr("Enter the IAM endpoint: it cannot be derived without a region.");
    }
    return {};
}

std::optional<Profile> ProfileStore::save(Profile profile, QString *error)
{
    profile.name = profile.name.trimmed();
    const QString why = whyInvalid(profile);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QStringList ids = order();
    if (profile.id.isEmpty() || !ids.contains(profile.id)) {
        if (profile.id.isEmpty())
            profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ids.append(profile.id);
        m_settings->setValue(kOrder, ids);
        if (ids.size() == 1)
            m_settings->setValue(kDefault, profile.id);
    }
    const QString &id = profile.id;
    m_settings->setValue(field(id, "name"), profile.name);
    m_settings->setValue(field(id, "region"), profile.region);
    m_settings->setValue(field(id, "endpoint"), profile.endpoint.toString());
    m_settings->setValue(field(id, "iamEndpoint"), profile.iamEndpoint.toString());
    m_settings->setValue(field(id, "kind"), Profile::kindName(profile.kind));
    m_settings->setValue(field(id, "userName"), profile.userName);
    m_settings->setValue(field(id, "domainName"), profile.domainName);
    m_settings->setValue(field(id, "projectName"), profile.projectName);
    m_settings->setValue(field(id, "projectId"), profile.projectId);
    m_settings->sync();
    return profile;
}

SecretJob *ProfileStore::writeSecret(const Profile &profile, ProfileSecret which,
                                     const QByteArray &value)
{
    return m_secrets->write(secretKey(profile.id, which), value);
}

SecretJob *ProfileStore::readSecret(const Profile &profile, ProfileSecret which)
{
    return m_secrets->read(secretKey(profile.id, which));
}

void ProfileStore::remove(const QString &name, QObject *context,
                          std::function<void(const SecretError &)> done)
{
    const std::optional<Profile> p = profile(name);
    if (!p) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    QStringList ids = order();
    ids.removeAll(p->id);
    m_settings->setValue(kOrder, ids);
    m_settings->remove(kGroup + u'/' + p->id);
    if (m_settings->value(kDefault).toString() == p->id) {
        // The next profile in line takes over, as if it had been added first.
        if (ids.isEmpty())
            m_settings->remove(kDefault);
        else
            m_settings->setValue(kDefault, ids.first());
    }
    m_settings->sync();

    // Every kind of secret, not just the current kind's: an edited profile may have left some.
    QStringList keys;
    for (ProfileSecret which : kAllSecrets)
        keys << secretKey(p->id, which);
    removeSecrets(keys, context, {}, std::move(done));
}

void ProfileStore::removeSecrets(QStringList keys, QObject *context, SecretError firstError,
                                 std::function<void(const SecretError &)> done)
{
    if (keys.isEmpty()) {
        QTimer::singleShot(0, context, [done, firstError] { done(firstError); });
        return;
    }
    const QString key = keys.takeFirst();
    QPointer<ProfileStore> self(this);
    m_secrets->remove(key)->then(context, [self, keys, context, firstError, done](const SecretJob &job) {
        const SecretError error = firstError.isError() ? firstError : job.error();
        // An unreachable keychain would make every further removal wait for its timeout too.
        if (!self || error.keychainUnavailable())
            return done(error);
        self->removeSecrets(keys, context, error, done);
    });
}

QString ProfileStore::secretKey(const QString &profileId, ProfileSecret which)
{
    return u"profile/" + profileId + u'/' + secretName(which);
}
