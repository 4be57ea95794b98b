#include "platform/appsettings.h"

#include "platform/privatefiles.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace AppSettings {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CodeArtsInspector"));
    QCoreApplication::setApplicationName(QStringLiteral(CODEARTS_INSPECTOR_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEARTS_INSPECTOR_VERSION));
}

std::unique_ptr<QSettings> open()
{
    auto settings = std::make_unique<QSettings>();
    // An INI file of our own (Linux and other Unix desktops; not the registry or macOS's shared
    // Preferences folder): 0600 in a 0700 folder. QSettings writes through QSaveFile, which
    // keeps the mode of the file it replaces.
    const QFileInfo file(settings->fileName());
    if (settings->format() == QSettings::NativeFormat && file.fileName().endsWith(u".conf")
        && file.absoluteDir().dirName() == QCoreApplication::organizationName()) {
        PrivateFiles::makeDirectory(file.absolutePath());
        PrivateFiles::makeFile(file.absoluteFilePath(), true);
    }
    return settings;
}

QString endpointChoice()
{
    return open()->value(QLatin1String(kEndpoint), QLatin1String(kDemoEndpoint)).toString();
}

int timeoutSeconds()
{
    const int seconds = open()->value(QLatin1String(kTimeoutSeconds), kDefaultTimeoutSeconds).toInt();
    return seconds > 0 ? seconds : kDefaultTimeoutSeconds;
}

QString caFile()
{
    return open()->value(QLatin1String(kCaFile)).toString();
}

QUrl manualProxy()
{
    const std::unique_ptr<QSettings> settings = open();
    if (settings->value(QLatin1String(kProxyMode)).toString() != u"manual")
        return {};
    const QUrl url(settings->value(QLatin1String(kProxyUrl)).toString().trimmed(), QUrl::StrictMode);
    // No user name or password: settings never hold a secret.
    return url.isValid() && !url.host().isEmpty() && url.port() > 0 && url.userInfo().isEmpty() ? url : QUrl();
}

int historyMaxEntries()
{
    return qMax(0, open()->value(QLatin1String(kHistoryMaxEntries), kDefaultHistoryMaxEntries).toInt());
}

int historyMaxDays()
{
    return qMax(0, open()->value(QLatin1String(kHistoryMaxDays), kDefaultHistoryMaxDays).toInt());
}

} // namespace AppSettings
