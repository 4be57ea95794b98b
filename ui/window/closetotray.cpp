#include "window/closetotray.h"

#include "favorites/watchboard.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

CloseToTray::CloseToTray(WatchBoard *watch, const QAbstractItemModel *favorites, QWidget *window)
    : QObject(window), m_watch(watch), m_favorites(favorites), m_window(window)
{
}

CloseToTray::Outcome CloseToTray::whenClosing()
{
    if (!m_watch->canKeepWatchingInTray())
        return Outcome::Close;
    if (const std::optional<bool> choice = m_watch->keepWatchingChoice())
        return *choice ? Outcome::Hide : Outcome::Close;
    return ask();
}

CloseToTray::Outcome CloseToTray::ask()
{
    const int favorites = m_favorites->rowCount();
    QMessageBox question(QMessageBox::Information, tr("Keep Watching in the Tray?"),
                         tr("CodeArts Inspector can keep watching your %n favorites after the window closes, "
                            "and tell you when a build fails or is fixed.", nullptr, favorites),
                         QMessageBox::NoButton, m_window);
    question.setObjectName(QStringLiteral("keepWatchingQuestion"));
    question.setInformativeText(tr("Open the window again from the tray icon. Quit from the tray icon's menu "
                                   "or with File ▸ Quit (Ctrl+Q). Watch ▸ Keep Watching in the Tray When "
                                   "Closed changes this later."));
    QPushButton *keep = question.addButton(tr("&Keep Watching"), QMessageBox::AcceptRole);
    QPushButton *quitButton = question.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(keep);
    auto *dontAsk = new QCheckBox(tr("&Don't ask again"), &question);
    dontAsk->setChecked(true);
    question.setCheckBox(dontAsk);
    question.exec();
    QAbstractButton *clicked = question.clickedButton();
    if (clicked != keep && clicked != quitButton)
        return Outcome::Stay;
    if (dontAsk->isChecked())
        m_watch->setKeepWatching(clicked == keep);
    return clicked == keep ? Outcome::Hide : Outcome::Quit;
}
