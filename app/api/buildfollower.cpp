#include "api/buildfollower.h"

#include "api/buildclient.h"

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
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
    m_finished = true;
}

void BuildFollower::poll()
{
    if (m_finished)
        return;
    BuildCall *call = m_client->buildInfo(m_jobId, m_number);
    call->setParent(this);
    m_call = call;
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
    BuildCall *details = m_client->historyDetails(m_jobId, m_number);
    details->setParent(this);
    m_call = details;
    connect(details, &BuildCall::finished, this, [this, details] { onDetails(details); });
}

void BuildFollower::onDetails(BuildCall *call)
{
    call->deleteLater();
    if (m_finished)
        return;
    // The steps are extra: a build without them is still followed by its state.
    if (call->succeeded())
        m_details = BuildParse::historyDetails(call->json());
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
