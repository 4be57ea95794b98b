// MainWindow's side of watching (watchboard.h): quitting when closing would only hide the
// window in the tray.
#include "window/mainwindow.h"

void MainWindow::quit()
{
    m_quitting = true;
    close();
    emit quitRequested();
}
