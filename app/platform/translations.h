#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The user interface language: the system's by default, or the one chosen in the settings.
// Dates, times and numbers follow it through QLocale::setDefault.
namespace Translations {

// Language codes the app ships catalogues for ("en", "zh_CN").
QStringList available();

// The language to use: the settings' choice, else the system locale.
QLocale chosenLocale();

// Loads the app's and Qt's catalogues for chosenLocale() into the running application and makes
// that locale the default. Call once, right after the QCoreApplication exists.
void install();

} // namespace Translations
