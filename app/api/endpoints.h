#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// CodeArts Build endpoints: the public regions and the rule for custom base URLs.
class Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)

public:
    struct Region
    {
        const char *id;
        const char *displayName; // translated through QT_TRANSLATE_NOOP
    };

    static const QList<Region> &regions();
    static bool isKnownRegion(const QString &regionId);
    static QUrl forRegion(const QString &regionId);
    // The known region whose endpoint `baseUrl` is (cloudbuild-ext.<region>.myhuaweicloud.com),
    // or empty.
    static QString regionOf(const QUrl &baseUrl);
    static QString regionDisplayName(const QString &regionId);

    // A base URL is usable when it is HTTPS, or plain HTTP to a loopback address (the demo
    // sandbox and tests), and holds no user name or password. Returns an empty string when
    // usable, otherwise why not.
    static QString whyUnusable(const QUrl &baseUrl);
    // True when the URL carries user info (user:password@host).
    static bool hasUserInfo(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
};
