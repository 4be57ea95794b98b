#include "watch/watchsessionfactory.h"

#include "watch/batchingtransport.h"
#include "watch/watchsession.h"

namespace WatchSessions {

WatchSession *withBatching(WatchClock *clock, BatchingTransport *transport, QObject *parent)
{
    auto *session = new WatchSession(clock, transport, parent);
    session->scheduler().setPlanner(transport);
    return session;
}

} // namespace WatchSessions
