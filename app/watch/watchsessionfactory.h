#pragma once

class BatchingTransport;
class QObject;
class WatchClock;
class WatchSession;

namespace WatchSessions {

// A session that polls through `transport` and lets it plan the requests, so that jobs share
// ListBriefRecord requests (up to 100 jobs each) once their build projects are known. The session
// is a child of `parent`; neither the clock nor the transport is owned.
WatchSession *withBatching(WatchClock *clock, BatchingTransport *transport, QObject *parent = nullptr);

} // namespace WatchSessions
