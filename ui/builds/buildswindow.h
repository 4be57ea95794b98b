#pragma once

#include "api/httpexchange.h"
#include "api/jobinfo.h"

#include <QWidget>

#include <memory>

class BuildClient;
class BuildsPanel;
class CredentialProvider;
class QNetworkAccessManager;

// The Builds tab's page for one job: the Builds panel and what it talks with, the credentials
// and the client. BuildCalls makes one for the job on screen; the window puts it in the tab.
class BuildsWindow : public QWidget
{
    Q_OBJECT

public:
    BuildsWindow(const JobInfo &job, std::unique_ptr<CredentialProvider> credentials, QNetworkAccessManager *nam,
                 const ClientOptions &options, QWidget *parent = nullptr);
    ~BuildsWindow() override;

    BuildsPanel *panel() const { return m_panel; }
    BuildClient *client() const { return m_client.get(); }
    QString jobId() const { return m_jobId; }

private:
    QString m_jobId;
    std::unique_ptr<CredentialProvider> m_credentials;
    std::unique_ptr<BuildClient> m_client;
    BuildsPanel *m_panel;
};
