#pragma once

class BatchingTransport;
class QObject;
class WatchClock;
class WatchSession;

namespace WatchSessions {

// A session that polls through `transport` and lets it plan the requests, so that jobs of one
// CodeArts project share ListProjectJobs pages where that takes fewer requests. The session
// is a child of `parent`; neither the clock nor the transport is owned.
WatchSession *withBatching(WatchClock *clock, BatchingTransport *transport, QObject *parent = nullptr);

} // namespace WatchSessions
