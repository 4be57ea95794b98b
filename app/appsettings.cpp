#include "appsettings.h"

namespace AppSettings {

std::unique_ptr<QSettings> open()
{
    return std::make_unique<QSettings>();
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

} // namespace AppSettings
