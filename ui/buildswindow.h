#pragma once

#include "api/httpexchange.h"
#include "api/jobinfo.h"

#include <QWidget>

#include <memory>

class BuildClient;
class BuildsPanel;
class CredentialProvider;
class QNetworkAccessManager;

// A window around the Builds panel for one job, owning what the panel talks with: the
// credentials and the client. MainWindow opens it for the job on screen (Job ▸ Builds…); once
// the window has job tabs, the panel goes into the Builds tab the same way.
class BuildsWindow : public QWidget
{
    Q_OBJECT

public:
    BuildsWindow(const JobInfo &job, std::unique_ptr<CredentialProvider> credentials, QNetworkAccessManager *nam,
                 const ClientOptions &options, QWidget *parent = nullptr);
    ~BuildsWindow() override;

    BuildsPanel *panel() const { return m_panel; }
    BuildClient *client() const { return m_client.get(); }

private:
    std::unique_ptr<CredentialProvider> m_credentials;
    std::unique_ptr<BuildClient> m_client;
    BuildsPanel *m_panel;
};
