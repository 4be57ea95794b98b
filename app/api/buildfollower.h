#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class BuildCall;
class BuildClient;

// Follows one build until it ends: asks for its state (ShowBuildDetails) and its steps
// (ShowHistoryDetails) every interval, one request at a time. Only reads, so a failed poll is
// simply asked again next time; three failures in a row end the following with that error.
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
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

signals:
    // The state or the steps changed.
    void progressed();
    // The build ended (state().result says how) or following failed (error()).
    void finished();

private:
    void poll();
    void onState(BuildCall *call);
    void onDetails(BuildCall *call);
    void onPollFailed(const ApiError &error);

    BuildClient *m_client;
    QString m_jobId;
    int m_number;
    QTimer m_timer;
    QPointer<BuildCall> m_call;
    BuildInfoState m_state;
    BuildDetails m_details;
    ApiError m_error;
    int m_failuresInARow = 0;
    bool m_finished = false;
};
