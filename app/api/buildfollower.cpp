#include "api/buildfollower.h"

#include "api/buildclient.h"
#include "api/builddetailsfetch.h"

namespace {
constexpr int kMaxFailuresInARow = 3;
}

BuildFollower::BuildFollower(BuildClient *client, QString jobId, int buildNumber, QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId)), m_number(buildNumber)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BuildFollower::poll);
    m_state.building = true;
    m_state.result = u"running"_qs;
}

void BuildFollower::start()
{
    m_finished = false;
    QTimer::singleShot(0, this, &BuildFollower::poll);
}

void BuildFollower::stop()
{
    m_timer.stop();
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->abort();
        m_fetch->deleteLater();
    }
    if (m_stateCall) {
        m_stateCall->disconnect(this);
        m_stateCall->abort();
        m_stateCall->deleteLater();
    }
    m_finished = true;
}

void BuildFollower::poll()
{
    if (m_finished)
        return;
    auto *fetch = new BuildDetailsFetch(m_client, m_jobId, m_number, false, this);
    m_fetch = fetch;
    connect(fetch, &BuildDetailsFetch::finished, this, [this, fetch] { onDetails(fetch); });
    fetch->start();
}

void BuildFollower::onDetails(BuildDetailsFetch *fetch)
{
    fetch->deleteLater();
    if (m_finished)
        return;
    if (fetch->error().isError())
        return onPollFailed(fetch->error());
    m_details = fetch->details();
    if (!fetch->usedFallback()) {
        m_record = fetch->record();
        m_state.building = m_record.result == u"running" || m_record.result.isEmpty();
        m_state.result = m_state.building ? u"running"_qs : m_record.result;
        return onPolled();
    }
    // The old steps call says nothing of the build's state: ShowBuildDetails does.
    BuildCall *call = m_client->buildInfo(m_jobId, m_number);
    call->setParent(this);
    m_stateCall = call;
    connect(call, &BuildCall::finished, this, [this, call] { onState(call); });
}

void BuildFollower::onState(BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    if (!call->succeeded())
        return onPollFailed(call->error());
    m_state = BuildParse::buildState(call->json());
    onPolled();
}

void BuildFollower::onPolled()
{
    m_failuresInARow = 0;
    emit progressed();
    if (!m_state.building) {
        m_finished = true;
        emit finished();
        return;
    }
    m_timer.start();
}

void BuildFollower::onPollFailed(const ApiError &error)
{
    if (++m_failuresInARow < kMaxFailuresInARow && error.kind != ApiError::Kind::Unauthorized
        && error.kind != ApiError::Kind::Forbidden) {
        m_timer.start();
        return;
    }
    m_error = error;
    m_finished = true;
    emit finished();
}
