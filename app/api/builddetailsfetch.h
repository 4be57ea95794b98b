#pragma once

#include "api/apierror.h"
#include "api/buildrecords.h"

#include <QObject>
#include <QPointer>

class BuildCall;
class BuildClient;

// One build's record, steps and parameters through the current calls: record-info first (its
// record ID names the build for full-stages), then full-stages and history-parameters side by
// side. Where the service answers that record-info or full-stages does not exist (HTTP 404:
// not published there), it asks the old ShowHistoryDetails instead, which has steps and
// parameters in one answer. Emits finished() once.
class BuildDetailsFetch : public QObject
{
    Q_OBJECT

public:
    // `withParameters` false skips history-parameters (following a build only needs its steps).
    BuildDetailsFetch(BuildClient *client, QString jobId, int buildNumber, bool withParameters = true,
                      QObject *parent = nullptr);

    // Starts on the next turn of the event loop.
    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    // The build's steps and parameters, with its result and branch (empty with the old call).
    const BuildDetails &details() const { return m_details; }
    // What record-info said; empty when the old call answered instead.
    const BuildRecordDetail &record() const { return m_record; }
    bool usedFallback() const { return m_usedFallback; }

signals:
    void trace(const QString &line);
    void finished();

private:
    BuildCall *track(BuildCall *call);
    void onRecord(BuildCall *call);
    void onStages(BuildCall *call);
    void onParameters(BuildCall *call);
    void startFallback();
    void onFallback(BuildCall *call);
    void finishIfDone();
    void finish(ApiError error = {});
    static bool isUnpublished(const BuildCall &call);

    BuildClient *m_client;
    QString m_jobId;
    int m_number;
    bool m_withParameters;
    QList<QPointer<BuildCall>> m_calls;
    int m_pending = 0;
    BuildRecordDetail m_record;
    BuildDetails m_details;
    ApiError m_error;
    bool m_usedFallback = false;
    bool m_finished = false;
};
