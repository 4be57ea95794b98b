#include "history/historyworker.h"

// What the owner's thread and the worker's thread share. The store is touched only on the
// worker's thread; the request number below which requests are obsolete is written by the
// owner and read by the worker's thread.
struct HistoryWorker::Shared
{
    std::unique_ptr<HistoryStore> store;
    std::atomic<quint64> obsoleteBelow{0};

    // The store if it opened; null before open() and when the database could not be used.
    HistoryStore *openStore() const { return store && store->isOpen() ? store.get() : nullptr; }
};

HistoryWorker::HistoryWorker(QObject *parent)
    : QObject(parent),
      m_context(new QObject),
      m_shared(std::make_shared<Shared>())
{
    m_thread.setObjectName(QStringLiteral("history-worker"));
    m_context->moveToThread(&m_thread);
    // Emitted on the worker's thread as it ends: the connection is closed where it was opened.
    connect(&m_thread, &QThread::finished, m_context, [shared = m_shared] { shared->store.reset(); },
            Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

HistoryWorker::~HistoryWorker()
{
    m_shared->obsoleteBelow = ~quint64(0);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void HistoryWorker::open(const QString &path)
{
    QMetaObject::invokeMethod(m_context, [shared = m_shared, path] {
        shared->store.reset();
        if (!path.isEmpty())
            shared->store = std::make_unique<HistoryStore>(path, HistoryStore::Check::Skip);
    }, Qt::QueuedConnection);
}

quint64 HistoryWorker::read(const HistoryFilter &filter, int offset, int limit, bool withTotal, bool supersede)
{
    const quint64 request = ++m_lastRequest;
    if (supersede)
        m_shared->obsoleteBelow = request;
    QMetaObject::invokeMethod(m_context, [this, shared = m_shared, request, filter, offset, limit, withTotal] {
        if (request < shared->obsoleteBelow)
            return;
        Page page;
        page.request = request;
        page.offset = offset;
        if (HistoryStore *store = shared->openStore()) {
            page.rows = store->entries(filter, limit, offset);
            if (withTotal)
                page.total = store->count(filter);
        } else if (withTotal) {
            page.total = 0;
        }
        // Delivered on the owner's thread; the owner outlives this thread (see the destructor).
        QMetaObject::invokeMethod(this, [this, page] { emit pageRead(page); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

void HistoryWorker::readJobs()
{
    QMetaObject::invokeMethod(m_context, [this, shared = m_shared] {
        HistoryStore *store = shared->openStore();
        const QList<HistoryJob> jobs = store ? store->distinctJobs() : QList<HistoryJob>();
        QMetaObject::invokeMethod(this, [this, jobs] { emit jobsRead(jobs); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void HistoryWorker::clear(const QString &jobId)
{
    QMetaObject::invokeMethod(m_context, [this, shared = m_shared, jobId] {
        HistoryStore *store = shared->openStore();
        const int deleted = !store ? -1 : jobId.isEmpty() ? store->clearAll() : store->clearJob(jobId);
        QMetaObject::invokeMethod(this, [this, deleted] { emit cleared(deleted); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}
