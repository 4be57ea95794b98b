#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

class BuildsWindow;
class Connection;
class CurrentJob;
class TrendChartDialog;

// The window's calls to the build API, each with credentials of its own from the connection
// chosen now: the Builds tab's page for the job shown, the service's build records on a trend
// chart, and following the job shown in CodeArts. What cannot be sent is reported with
// refused(), what failed with failed(); nothing here shows either.
class BuildCalls : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive this.
    BuildCalls(Connection *connection, CurrentJob *job, QObject *parent = nullptr);
    ~BuildCalls() override;

    // A Builds page for the job shown (the caller places it), or null after refused().
    BuildsWindow *buildsPage();
    // Adds the service's build records of `jobId` to `chart`; without a connection the chart
    // stays as the history alone draws it.
    void addRecordsToTrend(TrendChartDialog *chart, const QString &jobId);
    // Sets the service's favorite flag of the job shown (not of a stale one).
    void follow(bool follow);

signals:
    // Nothing was sent: no job, or no connection to send it with.
    void refused(const ApiError &error);
    void failed(const ApiError &error);
    void followBusyChanged(bool busy);
    // The service's flag of `jobId` after follow().
    void followed(const QString &jobId, bool following);
    // A Builds page made here ran a build (BuildsPanel::buildStarted): for the board.
    void buildStarted(const QString &jobId, int buildNumber);

private:
    Connection *m_connection;
    CurrentJob *m_job;
};
