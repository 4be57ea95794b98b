#include "platform/translations.h"

#include "platform/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QLocale chosenLocale()
{
    const QString choice = AppSettings::open()->value(QLatin1String(AppSettings::kLanguage)).toString();
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

void install()
{
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);
    // Translators are owned by the application and live as long as it does.
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    // A language without a catalogue gets the English one: its plural forms turn "%n days" into
    // "1 day".
    if (ours->load(locale, QStringLiteral("codearts-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("codearts-inspector_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qts = new QTranslator(app);
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
}

} // namespace Translations
