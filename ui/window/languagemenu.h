#pragma once

#include <QMenu>

// Settings > Language: follow the system, or one of the shipped catalogues. The choice is stored
// in the settings and applies from the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &message);
};
