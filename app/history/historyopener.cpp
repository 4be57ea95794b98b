#include "history/historyopener.h"

#include "history/historystore.h"

HistoryOpener::HistoryOpener(QObject *parent)
    : QObject(parent)
{
}

HistoryOpener::~HistoryOpener()
{
    if (m_thread)
        m_thread->wait();
}

void HistoryOpener::start(const QString &path, int maxEntries, int maxDays)
{
    if (isRunning())
        return;
    auto result = std::make_shared<Result>();
    m_result = result;
    m_thread.reset(QThread::create([result, path, maxEntries, maxDays] {
        HistoryStore store(path);
        result->path = store.path();
        result->open = store.isOpen();
        result->warning = store.warning();
        result->movedAsidePath = store.movedAsidePath();
        result->error = store.lastError();
        if (store.isOpen())
            result->deletedByRetention = store.applyRetention(maxEntries, maxDays);
    }));
    m_thread->setObjectName(QStringLiteral("history-opener"));
    // QThread::finished is emitted on the worker thread; the receiver context makes it queued,
    // so the result is handed over on the GUI thread after the worker's store is gone.
    connect(m_thread.get(), &QThread::finished, this, [this, result] {
        if (result == m_result)
            emit finished(*result);
    });
    m_thread->start(QThread::LowPriority);
}
