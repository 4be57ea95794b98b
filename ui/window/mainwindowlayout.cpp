// MainWindow's frame: the sidebar on the left (favorites; a search panel while searching) and
// the job on the right, in tabs (Overview, Builds, History). Nothing is docked, so nothing
// squeezes the job; the window has a minimum size at which all of it is readable.
#include "window/mainwindow.h"
#include "builds/buildswindow.h"
#include "ui_mainwindow.h"

#include "favorites/favoritespanel.h"
#include "history/historyintegration.h"
#include "history/historyview.h"
#include "platform/appsettings.h"
#include "profiles/profileswitcher.h"
#include "widgets/wrappinglabel.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kTabKey = QStringLiteral("window/tab");
const QString kSidebarKey = QStringLiteral("window/sidebar");
constexpr int kSidebarWidth = 300;

} // namespace

QSize MainWindow::minimumReadableSize()
{
    return {820, 560};
}

void MainWindow::setUpLayout()
{
    m_jobTabs = new QTabWidget(this);
    m_jobTabs->setObjectName(QStringLiteral("jobTabs"));
    m_jobTabs->setDocumentMode(true);
    // The form leaves the top of the right side (Job ID, connection, banners) for the Overview tab.
    QBoxLayout *right = m_ui->centralLayout;
    const int formIndex = right->indexOf(m_ui->jobFormView);
    right->removeWidget(m_ui->jobFormView);
    m_jobTabs->addTab(m_ui->jobFormView, tr("&Overview"));
    m_jobTabs->addTab(buildsPlaceholder(), tr("&Builds"));
    m_jobTabs->addTab(m_history->historyView(), tr("Hi&story"));
    right->insertWidget(formIndex, m_jobTabs, 1);
    m_shownJobNote = new WrappingLabel(this);
    m_shownJobNote->setObjectName(QStringLiteral("shownJobNote"));
    m_shownJobNote->setTextFormat(Qt::PlainText);
    m_shownJobNote->setFrameShape(QFrame::StyledPanel);
    m_shownJobNote->setMargin(4);
    m_shownJobNote->setAutoFillBackground(true);
    m_shownJobNote->setBackgroundRole(QPalette::ToolTipBase);
    m_shownJobNote->setForegroundRole(QPalette::ToolTipText);
    m_shownJobNote->hide();
    right->insertWidget(formIndex, m_shownJobNote);
    connect(m_jobTabs, &QTabWidget::currentChanged, this, &MainWindow::onJobTabChanged);

    m_sidebar = new QStackedWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addWidget(m_history->favoritesPanel());   // index 0; a search panel comes later

    QWidget *jobSide = takeCentralWidget();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(jobSide);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({kSidebarWidth, width() - kSidebarWidth});
    setCentralWidget(m_splitter);
    setMinimumSize(minimumReadableSize());
    followScreenWithTab();

    QAction *sidebarAction = m_history->sidebarAction();
    connect(sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_history->historyAction(), &QAction::triggered, this,
            [this] { m_jobTabs->setCurrentWidget(m_history->historyView()); });
}

// Tab follows the screen: the Profile bar at the top, the job's row, the sidebar on the left,
// then the job's tabs. Moving the job side into the splitter put it last.
void MainWindow::followScreenWithTab()
{
    QWidget *previous = m_profiles ? m_profiles->findChild<QWidget *>(QStringLiteral("profileCombo")) : nullptr;
    const QList<QWidget *> order = {m_ui->jobIdEdit, m_ui->demoJobsButton, m_ui->fetchButton, m_ui->cancelButton,
                                    m_ui->endpointCombo, m_ui->customUrlEdit, m_ui->tokenEdit, m_sidebar, m_jobTabs};
    for (QWidget *next : order) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
}

QWidget *MainWindow::buildsPlaceholder()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("buildsPlaceholder"));
    auto *label = new WrappingLabel(tr("The build records of the job shown will appear here."), page);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

void MainWindow::setBuildsWidget(QWidget *widget)
{
    const int index = m_jobTabs->indexOf(m_jobTabs->findChild<QWidget *>(QStringLiteral("buildsPlaceholder")));
    const int buildsIndex = index >= 0 ? index : 1;
    const bool wasCurrent = m_jobTabs->currentIndex() == buildsIndex;
    QWidget *old = m_jobTabs->widget(buildsIndex);
    const QString title = m_jobTabs->tabText(buildsIndex);
    m_jobTabs->removeTab(buildsIndex);
    if (old != widget && old)
        old->deleteLater();
    m_jobTabs->insertTab(buildsIndex, widget, title);
    if (wasCurrent)
        m_jobTabs->setCurrentIndex(buildsIndex);
}

void MainWindow::setSearchPanel(QWidget *panel)
{
    if (m_sidebar->indexOf(panel) >= 0)
        return;
    m_sidebar->addWidget(panel);
    followScreenWithTab();   // the panel's fields come with the sidebar, not after the tabs
}

void MainWindow::showSearchPanel(bool searching)
{
    QWidget *search = m_sidebar->count() > 1 ? m_sidebar->widget(1) : nullptr;
    m_sidebar->setCurrentWidget(searching && search ? search : m_history->favoritesPanel());
    if (searching && !m_sidebar->isVisible())
        m_history->sidebarAction()->setChecked(true);
}

void MainWindow::onJobTabChanged()
{
    // The Builds tab follows the job shown.
    if (m_jobTabs->currentIndex() == 1 && currentJob()) {
        const auto *builds = qobject_cast<BuildsWindow *>(m_buildsWindow.data());
        if (!builds || builds->jobId() != currentJob()->id)
            showBuilds();
    }
    // The History tab is about the job shown.
    if (m_jobTabs->currentWidget() == m_history->historyView() && currentJob())
        m_history->historyView()->showJob(currentJob()->id);
}

void MainWindow::restoreLayout()
{
    m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    m_jobTabs->setCurrentIndex(m_settings->value(kTabKey, 0).toInt());
    m_history->sidebarAction()->setChecked(m_settings->value(kSidebarKey, true).toBool());
}

void MainWindow::saveLayout()
{
    m_settings->setValue(kSplitterKey, m_splitter->saveState());
    m_settings->setValue(kTabKey, m_jobTabs->currentIndex());
    m_settings->setValue(kSidebarKey, m_history->sidebarAction()->isChecked());
}
