// MainWindow's side of watching (watchboard.h): where the favorites are polled, and quitting
// when closing would only hide the window in the tray.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include <QNetworkAccessManager>

std::optional<FetchTarget> MainWindow::watchTarget()
{
    // As fetchTarget() decides, without refusing anything: watching waits instead.
    return fetchTarget(Refusal::Quiet);
}

QNetworkAccessManager *MainWindow::network() const
{
    return m_options.network ? m_options.network : m_ownedNetwork.get();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    emit quitRequested();
}
