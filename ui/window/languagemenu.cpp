#include "window/languagemenu.h"

#include "platform/appsettings.h"
#include "platform/translations.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::open()->value(QLatin1String(AppSettings::kLanguage)).toString();

    auto addChoice = [this, group, &current](const QString &label, const QString &code) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    addChoice(tr("System default"), QString());
    addSeparator();
    // Each language is named in itself, so a user can find theirs whatever is showing now.
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        addChoice(locale.nativeLanguageName() + (code == u"zh_CN" ? QStringLiteral(" (简体)") : QString()),
                  code);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        AppSettings::open()->setValue(QLatin1String(AppSettings::kLanguage), action->data().toString());
        emit languageChosen(action->data().toString());
    });
}
