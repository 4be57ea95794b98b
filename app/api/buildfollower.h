#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class BuildClient;
class BuildDetailsFetch;
class BuildCall;

// Follows one build until it ends: every interval it reads the build's record and steps
// (record-info, then full-stages: BuildDetailsFetch), one poll at a time. Where those are not
// published, the old steps call answers and the build's state comes from ShowBuildDetails.
// Only reads, so a failed poll is simply asked again next time; three failures in a row end
// the following with that error.
class BuildFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 3000;

    BuildFollower(BuildClient *client, QString jobId, int buildNumber, QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();

    int buildNumber() const { return m_number; }
    const BuildInfoState &state() const { return m_state; }
    const BuildDetails &details() const { return m_details; }
    // What record-info said at the last poll (the branch really built, the record ID...);
    // empty where record-info is not published.
    const BuildRecordDetail &record() const { return m_record; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

signals:
    // The state or the steps changed.
    void progressed();
    // The build ended (state().result says how) or following failed (error()).
    void finished();

private:
    void poll();
    void onDetails(BuildDetailsFetch *fetch);
    void onState(BuildCall *call);
    void onPolled();
    void onPollFailed(const ApiError &error);

    BuildClient *m_client;
    QString m_jobId;
    int m_number;
    QTimer m_timer;
    QPointer<BuildDetailsFetch> m_fetch;
    QPointer<BuildCall> m_stateCall;
    BuildInfoState m_state;
    BuildDetails m_details;
    BuildRecordDetail m_record;
    ApiError m_error;
    int m_failuresInARow = 0;
    bool m_finished = false;
};
