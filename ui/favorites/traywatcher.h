#pragma once

#include "watch/watchstate.h"

#include <QIcon>
#include <QList>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

#include <memory>

// The tray side of watching: an icon in the worst state of the watched jobs (failed > running
// > success > unknown), a tooltip with the counts, and a menu: each favorite with its state
// (click opens it), Refresh now, Pause watching, Do not disturb, Open window, Quit. It shows what it is given
// (setJobs) and says what the user chose through signals, so the window decides what happens.
class TrayWatcher : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString id;
        QString title;   // alias or name
        JobState state = JobState::Unknown;
    };

    explicit TrayWatcher(QObject *parent = nullptr);
    ~TrayWatcher() override;

    // False on desktops without a tray: then closing the window quits as before.
    static bool isAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

    void setJobs(const QList<Job> &jobs);
    void setPaused(bool paused);
    void setDoNotDisturb(bool on);
    bool isPaused() const { return m_paused; }
    bool doNotDisturb() const { return m_doNotDisturb; }
    void show() { m_tray.show(); }
    void hide() { m_tray.hide(); }

    JobState worstState() const { return m_worst; }
    QString toolTip() const { return m_tray.toolTip(); }
    QMenu *menu() { return &m_menu; }
    QSystemTrayIcon *trayIcon() { return &m_tray; }

    // The fallback for desktop notifications where there is no notification service; a click
    // on the message says messageClicked() with the job and build (0: none), or
    // failureMessageClicked() for a build that failed (its log answers the click).
    void showMessage(const QString &title, const QString &body, const QString &jobId, int buildNumber = 0,
                     bool failure = false);

    // The title and body of the last message shown (empty before any).
    QStringList lastMessage() const { return m_lastMessage; }

    static QIcon iconFor(JobState state);

signals:
    void openJobRequested(const QString &jobId);
    void messageClicked(const QString &jobId, int buildNumber);
    void failureMessageClicked(const QString &jobId, int buildNumber);
    void refreshRequested();
    void pauseToggled(bool paused);
    void doNotDisturbToggled(bool on);
    void openWindowRequested();
    void quitRequested();

private:
    void rebuildMenu();

    QSystemTrayIcon m_tray;
    QMenu m_menu;
    QList<Job> m_jobs;
    JobState m_worst = JobState::Unknown;
    bool m_paused = false;
    bool m_doNotDisturb = false;
    QString m_messageJobId;   // the job and build the last tray message was about
    int m_messageBuild = 0;
    bool m_messageFailure = false;
    QStringList m_lastMessage;
};
