#pragma once

#include "history/historystore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

// Reads and clears the history on a thread of its own, with its own connection to the
// database, so that the window never waits for a query: a text filter is a LIKE over every
// entry (over 100 ms at 100,000 entries), any column but time sorts without an index, and
// clearing everything deletes every row (about 100 ms at 100,000 entries).
//
// Requests are answered in order by signals on the owner's thread, each carrying the number
// read() returned. A newer read() makes older requests not yet started obsolete: they are
// skipped, so typing into a filter does not queue one full scan per key.
class HistoryWorker : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        quint64 request = 0;
        int offset = 0;
        QList<HistoryEntry> rows;
        int total = -1;           // count(filter) when asked for, else -1
    };

    explicit HistoryWorker(QObject *parent = nullptr);
    // Waits for a query under way (it cannot be interrupted, and is well under a second).
    ~HistoryWorker() override;

    // Opens `path` on the worker's thread (without the integrity check: the caller's own
    // connection has done that); an empty path closes it.
    void open(const QString &path);
    // Reads `limit` entries from `offset`, and their total count when `withTotal`. With
    // `supersede`, requests still waiting are dropped (a new filter); without, they are kept
    // (the next page of the same one).
    quint64 read(const HistoryFilter &filter, int offset, int limit, bool withTotal, bool supersede);
    // Reads the jobs the history knows, newest first.
    void readJobs();
    // Deletes the entries of one job, or all entries when `jobId` is empty. Favorites stay.
    void clear(const QString &jobId);

signals:
    void pageRead(const HistoryWorker::Page &page);
    void jobsRead(const QList<HistoryJob> &jobs);
    // `deleted` is -1 when the database could not be used.
    void cleared(int deleted);

private:
    struct Shared;

    QThread m_thread;
    QObject *m_context;            // lives on m_thread: the work posted to it runs there
    std::shared_ptr<Shared> m_shared;
    quint64 m_lastRequest = 0;
};
