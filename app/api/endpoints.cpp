#include "api/endpoints.h"

#include <algorithm>

const QList<Endpoints::Region> &Endpoints::regions()
{
    // The regions where CodeArts Build is offered, as the official SDKs list them.
    static const QList<Region> list = {
        {"cn-north-4", QT_TRANSLATE_NOOP("Endpoints", "CN North-Beijing4")},
        {"cn-north-1", QT_TRANSLATE_NOOP("Endpoints", "CN North-Beijing1")},
        {"cn-east-2", QT_TRANSLATE_NOOP("Endpoints", "CN East-Shanghai2")},
        {"cn-east-3", QT_TRANSLATE_NOOP("Endpoints", "CN East-Shanghai1")},
        {"cn-south-1", QT_TRANSLATE_NOOP("Endpoints", "CN South-Guangzhou")},
        {"cn-south-2", QT_TRANSLATE_NOOP("Endpoints", "CN South-Shenzhen")},
        {"cn-southwest-2", QT_TRANSLATE_NOOP("Endpoints", "CN Southwest-Guiyang1")},
        {"ap-southeast-3", QT_TRANSLATE_NOOP("Endpoints", "AP-Singapore")},
        {"sa-brazil-1", QT_TRANSLATE_NOOP("Endpoints", "LA-Sao Paulo1")},
        {"la-north-2", QT_TRANSLATE_NOOP("Endpoints", "LA-Mexico City2")},
        {"la-south-2", QT_TRANSLATE_NOOP("Endpoints", "LA-Santiago")},
        {"tr-west-1", QT_TRANSLATE_NOOP("Endpoints", "TR-Istanbul")},
    };
    return list;
}

bool Endpoints::isKnownRegion(const QString &regionId)
{
    for (const Region &region : regions()) {
        if (regionId == QLatin1String(region.id))
            return true;
    }
    return false;
}

QUrl Endpoints::forRegion(const QString &regionId)
{
    if (!isKnownRegion(regionId))
        return {};
    return QUrl(QStringLiteral("https://cloudbuild-ext.%1.myhuaweicloud.com").arg(regionId));
}

QString Endpoints::regionOf(const QUrl &baseUrl)
{
    const QStringList labels = baseUrl.host().toLower().split(u'.');
    if (labels.size() == 4 && labels[0] == u"cloudbuild-ext" && labels[2] == u"myhuaweicloud"
        && labels[3] == u"com" && isKnownRegion(labels[1]))
        return labels[1];
    return {};
}

QString Endpoints::regionDisplayName(const QString &regionId)
{
    for (const Region &region : regions()) {
        if (regionId == QLatin1String(region.id))
            return tr(region.displayName);
    }
    return regionId;
}

bool Endpoints::isLoopbackHost(const QString &host)
{
    // QUrl brings a host to its canonical form: 127.1, 2130706433 and 0x7f.0.0.1 become
    // 127.0.0.1, 0:0::1 becomes ::1 and ::ffff:7f00:1 becomes ::ffff:127.0.0.1. The loopback
    // ranges can then be compared as text, with Qt Core alone: the window checks endpoints
    // before Qt Network is loaded.
    QUrl url;
    url.setHost(host);
    const QString canonical = url.host();
    if (canonical == u"localhost" || canonical == u"::1")
        return true;
    const QString ipv4 = canonical.startsWith(u"::ffff:") ? canonical.mid(7) : canonical;
    const QStringList octets = ipv4.split(u'.');
    if (octets.size() != 4 || octets.first() != u"127")
        return false;
    // A name such as 127.0.0.300 is not an address and stays as it was written.
    return std::all_of(octets.begin(), octets.end(), [](const QString &octet) {
        bool ok = false;
        return octet.toUInt(&ok) <= 255 && ok;
    });
}

bool Endpoints::hasUserInfo(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}

QString Endpoints::whyUnusable(const QUrl &baseUrl)
{
    // Checked first, and the URL is never repeated with them: a user name and password in
    // the URL would end up in the settings, the history and the output.
    if (hasUserInfo(baseUrl))
        return tr("The endpoint must not hold a user name or password (user:password@); "
                  "give credentials with a profile or --token-stdin instead.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("\"%1\" is not a valid URL. Enter a base URL such as "
                  "https://cloudbuild-ext.cn-north-4.myhuaweicloud.com.")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo));
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The endpoint must be a base URL without a query or fragment.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopbackHost(baseUrl.host()))
        return {};
    if (scheme == u"http")
        return tr("Plain HTTP is refused for %1: your token would travel unencrypted. "
                  "Use an https:// URL (plain HTTP is allowed only to this computer).")
            .arg(baseUrl.host());
    return tr("Unsupported URL scheme \"%1\": use https://.").arg(baseUrl.scheme());
}
