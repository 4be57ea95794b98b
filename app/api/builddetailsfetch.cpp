#include "api/builddetailsfetch.h"

#include "api/buildclient.h"

#include <QTimer>

BuildDetailsFetch::BuildDetailsFetch(BuildClient *client, QString jobId, int buildNumber, bool withParameters,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId)), m_number(buildNumber),
      m_withParameters(withParameters)
{
    m_details.number = buildNumber;
}

void BuildDetailsFetch::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        BuildCall *call = track(m_client->recordInfo(m_jobId, m_number));
        connect(call, &BuildCall::finished, this, [this, call] { onRecord(call); });
    });
}

void BuildDetailsFetch::abort()
{
    if (m_finished)
        return;
    for (const QPointer<BuildCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
    }
    finish({ApiError::Kind::Cancelled, tr("The request was cancelled.")});
}

BuildCall *BuildDetailsFetch::track(BuildCall *call)
{
    call->setParent(this);
    connect(call, &BuildCall::trace, this, &BuildDetailsFetch::trace);
    m_calls.append(call);
    ++m_pending;
    return call;
}

// A route the gateway does not know (404, APIG.0101) rather than a build that does not exist
// (422 CB.00031006, or 403 CB.00031059 for deleted history).
bool BuildDetailsFetch::isUnpublished(const BuildCall &call)
{
    return call.httpStatus() == 404 && call.error().kind == ApiError::Kind::NotFound;
}

void BuildDetailsFetch::onRecord(BuildCall *call)
{
    --m_pending;
    call->deleteLater();
    if (m_finished)
        return;
    if (!call->succeeded())
        return isUnpublished(*call) ? startFallback() : finish(call->error());
    m_record = BuildParse::recordDetail(call->json().value(u"result").toObject());
    m_details.result = m_record.result;
    m_details.branch = m_record.branch.isEmpty() ? m_record.tag : m_record.branch;
    BuildCall *stages = track(m_client->fullStages(m_record.recordId));
    connect(stages, &BuildCall::finished, this, [this, stages] { onStages(stages); });
    if (m_withParameters) {
        BuildCall *parameters = track(m_client->buildParameters(m_jobId, m_number));
        connect(parameters, &BuildCall::finished, this, [this, parameters] { onParameters(parameters); });
    }
}

void BuildDetailsFetch::onStages(BuildCall *call)
{
    --m_pending;
    call->deleteLater();
    if (m_finished)
        return;
    if (!call->succeeded())
        return isUnpublished(*call) ? startFallback() : finish(call->error());
    m_details.steps = BuildParse::fullStages(call->json().value(u"result").toObject());
    finishIfDone();
}

void BuildDetailsFetch::onParameters(BuildCall *call)
{
    --m_pending;
    call->deleteLater();
    if (m_finished || m_usedFallback)
        return;
    // The steps say why a build failed; a build whose parameters cannot be read still shows them.
    if (call->succeeded())
        m_details.parameters = BuildParse::buildParameters(call->json().value(u"result"));
    else if (isUnpublished(*call))
        emit trace(tr("The build's parameters are not published here (history-parameters)."));
    else
        return finish(call->error());
    finishIfDone();
}

// The old group's ShowHistoryDetails, still there where the current calls are not published.
void BuildDetailsFetch::startFallback()
{
    if (m_usedFallback)
        return;
    m_usedFallback = true;
    emit trace(tr("record-info or full-stages is not published here; using the old build details."));
    for (const QPointer<BuildCall> &call : std::as_const(m_calls)) {
        if (call && !call->isFinished()) {
            call->disconnect(this);
            call->abort();
            --m_pending;
        }
    }
    BuildCall *call = track(m_client->historyDetails(m_jobId, m_number));
    connect(call, &BuildCall::finished, this, [this, call] { onFallback(call); });
}

void BuildDetailsFetch::onFallback(BuildCall *call)
{
    --m_pending;
    call->deleteLater();
    if (m_finished)
        return;
    if (!call->succeeded())
        return finish(call->error());
    const QString result = m_details.result;
    const QString branch = m_details.branch;
    m_details = BuildParse::historyDetails(call->json());
    m_details.number = m_number;
    m_details.result = result;
    m_details.branch = branch;
    if (!m_withParameters)
        m_details.parameters.clear();
    finish();
}

void BuildDetailsFetch::finishIfDone()
{
    if (m_pending == 0)
        finish();
}

void BuildDetailsFetch::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}
