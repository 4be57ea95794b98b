#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class BuildClient;
class BuildsWindow;
class Connection;
class CurrentJob;
class FailureSummary;
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
    // Why the job shown last failed, for the Overview: its last build's number
    // (ShowRunningStatus), then FailureSummary, once per job and last build (a fetch of the
    // same build says what was read); a throttled read gives up. lastFailureExplained()
    // follows when something is known. Nothing for a job whose last build did not fail.
    void explainLastFailure();

signals:
    // Nothing was sent: no job, or no connection to send it with.
    void refused(const ApiError &error);
    void failed(const ApiError &error);
    void followBusyChanged(bool busy);
    // The service's flag of `jobId` after follow().
    void followed(const QString &jobId, bool following);
    // A Builds page made here ran a build (BuildsPanel::buildStarted): for the board.
    void buildStarted(const QString &jobId, int buildNumber);
    void lastFailureExplained(const QString &jobId, int buildNumber, const QString &text);

private:
    struct LastFailure
    {
        qint64 lastBuildTimeMs = 0;   // the job's answer it was read for
        int buildNumber = 0;
        QString text;                 // empty while it is read, or when nothing was found
    };

    void readLastFailure(const QString &jobId, BuildClient *client, QObject *session);
    void onLastFailureRead(const QString &jobId, int buildNumber, const FailureSummary &summary);
    void stopLastFailureRead();

    Connection *m_connection;
    CurrentJob *m_job;
    QHash<QString, LastFailure> m_lastFailures;   // per job
    QPointer<QObject> m_lastFailureRead;          // the read in flight, with its client
    QString m_lastFailureJob;                     // and its job
};
