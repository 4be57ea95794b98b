#pragma once

#include <QMenu>

// Settings > Language: follow the system, or one of the shipped catalogues. The choice is stored
// in the settings and applies from the next start (the window offers to restart at once).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // `code` is the catalogue chosen ("zh_CN"), empty for the system's language.
    void languageChosen(const QString &code);
};
