#include "builds/buildswindow.h"

#include "api/buildclient.h"
#include "builds/buildspanel.h"
#include "credentials/credentialprovider.h"

#include <QVBoxLayout>

BuildsWindow::BuildsWindow(const JobInfo &job, std::unique_ptr<CredentialProvider> credentials,
                           QNetworkAccessManager *nam, const ClientOptions &options, QWidget *parent)
    : QWidget(parent), m_credentials(std::move(credentials)),
      m_client(std::make_unique<BuildClient>(nam, m_credentials.get()))
{
    m_jobId = job.id;
    m_client->setOptions(options);
    m_panel = new BuildsPanel;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);   // the panel has its own
    layout->addWidget(m_panel);
    m_panel->setJob(job, m_client.get(), BuildClient::consolePageUrl(options.baseUrl, job.id));
}

BuildsWindow::~BuildsWindow()
{
    delete m_panel; // before the client it uses
}
