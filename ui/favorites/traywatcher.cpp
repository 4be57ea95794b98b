#include "favorites/traywatcher.h"

#include <QPainter>
#include <QPixmap>

namespace {

QColor colorFor(JobState state)
{
    switch (state) {
    case JobState::Failed: return QColor(0xd3, 0x2f, 0x2f);
    case JobState::Running: return QColor(0x19, 0x76, 0xd2);
    case JobState::Success: return QColor(0x38, 0x8e, 0x3c);
    case JobState::Aborted: return QColor(0xf5, 0x7c, 0x00);
    default: return QColor(0x75, 0x75, 0x75);
    }
}

QString stateText(JobState state)
{
    switch (state) {
    case JobState::Running: return TrayWatcher::tr("running");
    case JobState::Success: return TrayWatcher::tr("success");
    case JobState::Failed: return TrayWatcher::tr("failed");
    case JobState::Aborted: return TrayWatcher::tr("aborted");
    case JobState::Disabled: return TrayWatcher::tr("disabled");
    case JobState::Unknown: break;
    }
    return TrayWatcher::tr("unknown");
}

} // namespace

TrayWatcher::TrayWatcher(QObject *parent) : QObject(parent)
{
    m_tray.setContextMenu(&m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit openWindowRequested();
    });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] {
                if (m_messageFailure)
                    emit failureMessageClicked(m_messageJobId, m_messageBuild);
                else
                    emit messageClicked(m_messageJobId, m_messageBuild);
            });
    setJobs({});
}

TrayWatcher::~TrayWatcher() = default;

QIcon TrayWatcher::iconFor(JobState state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(colorFor(state));
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    return QIcon(pixmap);
}

void TrayWatcher::setJobs(const QList<Job> &jobs)
{
    m_jobs = jobs;
    int failed = 0, running = 0, succeeded = 0, other = 0;
    m_worst = JobState::Unknown;
    for (const Job &job : jobs) {
        if (WatchState::severity(job.state) > WatchState::severity(m_worst))
            m_worst = job.state;
        switch (job.state) {
        case JobState::Failed: ++failed; break;
        case JobState::Running: ++running; break;
        case JobState::Success: ++succeeded; break;
        default: ++other; break;
        }
    }
    m_tray.setIcon(iconFor(m_worst));
    QString tip = tr("CodeArts Inspector: %n jobs watched", nullptr, int(jobs.size()));
    if (!jobs.isEmpty())
        tip += u'\n' + tr("%1 failed, %2 running, %3 succeeded, %4 other").arg(failed).arg(running).arg(succeeded).arg(other);
    if (m_paused)
        tip += u'\n' + tr("Watching is paused.");
    m_tray.setToolTip(tip);
    rebuildMenu();
}

void TrayWatcher::setPaused(bool paused)
{
    m_paused = paused;
    setJobs(m_jobs);
}

void TrayWatcher::setDoNotDisturb(bool on)
{
    m_doNotDisturb = on;
    rebuildMenu();
}

void TrayWatcher::rebuildMenu()
{
    m_menu.clear();
    for (const Job &job : std::as_const(m_jobs)) {
        QAction *action = m_menu.addAction(iconFor(job.state), tr("%1 (%2)").arg(job.title, stateText(job.state)));
        action->setData(job.id);
        connect(action, &QAction::triggered, this, [this, id = job.id] { emit openJobRequested(id); });
    }
    if (!m_jobs.isEmpty())
        m_menu.addSeparator();
    connect(m_menu.addAction(tr("Refresh now")), &QAction::triggered, this, &TrayWatcher::refreshRequested);
    QAction *pause = m_menu.addAction(tr("Pause watching"));
    pause->setCheckable(true);
    pause->setChecked(m_paused);
    connect(pause, &QAction::toggled, this, [this](bool on) {
        m_paused = on;
        emit pauseToggled(on);
    });
    QAction *quiet = m_menu.addAction(tr("Do not disturb"));
    quiet->setCheckable(true);
    quiet->setChecked(m_doNotDisturb);
    connect(quiet, &QAction::toggled, this, [this](bool on) {
        m_doNotDisturb = on;
        emit doNotDisturbToggled(on);
    });
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Open window")), &QAction::triggered, this, &TrayWatcher::openWindowRequested);
    connect(m_menu.addAction(tr("Quit")), &QAction::triggered, this, &TrayWatcher::quitRequested);
}

void TrayWatcher::showMessage(const QString &title, const QString &body, const QString &jobId, int buildNumber,
                              bool failure)
{
    m_messageJobId = jobId;
    m_messageBuild = buildNumber;
    m_messageFailure = failure && buildNumber > 0;
    m_lastMessage = {title, body};
    m_tray.showMessage(title, body, iconFor(m_worst));
}
