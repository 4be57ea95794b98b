#pragma once

#include "apierror.h"
#include "jobinfo.h"
#include "requestauthorizer.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class AuthenticatedFetch;
class DemoSandbox;
class HistoryIntegration;
class JobClient;
class JobFetch;
class ProfileSwitcher;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

namespace Ui {
class MainWindow;
}

struct MainWindowOptions
{
    bool demo = false;    // select the demo sandbox and fetch a demo job once the window shows
    QString initialJob;   // job ID or job page URL to fetch once the window shows
    SecretStore *secretStore = nullptr;  // profile secrets (not owned); nullptr: the OS keychain
};

// The one window: what to fetch at the top, the job below, errors inline between them.
// Everything that can wait (the sandbox, CA files, requests) happens after the window is up.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QNetworkAccessManager *nam, const MainWindowOptions &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the Job ID field and fetches; used for the start-up job and single-instance hand-over.
    void openJob(const QString &jobIdOrUrl);
    // Fetches the job in the Job ID field, cancelling a fetch in progress.
    void fetch();
    void cancelFetch();

    bool isFetching() const { return !m_fetch.isNull() || !m_authFetch.isNull(); }
    const std::optional<JobInfo> &currentJob() const;
    // The sandbox behind "Demo sandbox"; nullptr until that endpoint is first used.
    DemoSandbox *demoSandbox() const { return m_sandbox.get(); }
    // Favorites, history and trends (historyintegration.h).
    HistoryIntegration *history() const { return m_history; }

signals:
    // After each fetch ends, however it ends (also when refused before sending anything).
    void fetchFinished(bool succeeded);
    // Once, when the window is first on screen (or shortly after showing if it is never
    // exposed); start-up work that can wait follows this.
    void onScreen();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Connection
    {
        QUrl baseUrl;
        AuthorizerPtr authorizer;
    };

    void setUpActions();
    void setUpProfiles(QNetworkAccessManager *nam);   // in mainwindowprofiles.cpp
    void setUpEndpointChoices();
    void setUpDemoJobsMenu();
    void fillDemoJobsMenu(QMenu *menu);
    void openDemoJob(const QString &jobId);
    void setUpTokenReveal();
    void restoreSettings();
    void saveEndpointChoice();
    void finishStartUp();

    QString endpointChoice() const;
    void selectEndpoint(const QString &choice);
    bool isDemoSelected() const;
    void updateEndpointWidgets();

    std::optional<QString> validJobId();
    std::optional<Connection> resolveConnection();
    std::optional<QList<QSslCertificate>> extraCaCertificates();
    DemoSandbox *ensureSandbox();

    void startFetch(const QString &jobId, const Connection &connection,
                    const QList<QSslCertificate> &caCertificates);
    void discardFetch();
    void fetchWithProfile(const QString &jobId);
    void onProfileFetchFinished(AuthenticatedFetch *fetch);
    void onProfileChoiceChanged();
    void onFetchFinished(JobFetch *fetch);
    QString historyEndpoint() const;
    void showJob(const JobInfo &job, const JobFetch &fetch);
    void showFailure(const ApiError &error, bool keepJob);
    void refuse(const ApiError &error);
    void setBusy(bool busy);
    void copyJobAsJson();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    JobClient *m_client;
    std::unique_ptr<DemoSandbox> m_sandbox;
    QPointer<JobFetch> m_fetch;
    QLabel *m_statusLabel;
    QString m_fetchHost;                    // where the fetch in progress went, for the status
    QAction *m_revealTokenAction = nullptr;
    QString m_caPath;                       // the CA file last loaded, to avoid re-reading it
    QList<QSslCertificate> m_caCertificates;
    bool m_shownOnce = false;
    bool m_exposedOnce = false;
    bool m_startedUp = false;
    HistoryIntegration *m_history = nullptr;
    ProfileSwitcher *m_profiles = nullptr;  // the Profile bar; saved profiles fetch through it
    QPointer<AuthenticatedFetch> m_authFetch;  // a fetch with a saved profile's credentials
};
