#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

// Opens the history database on a thread of its own: PRAGMA quick_check reads the whole file
// (about 70 ms at 100,000 entries) and retention may delete thousands of rows, and neither
// may freeze the window. The connection used there is closed when the thread ends; the GUI
// then opens its own without repeating the check (HistoryStore::Check::Skip).
class HistoryOpener : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool open = false;
        QString path;
        QString warning;          // HistoryStore::warning(): a damaged file was moved aside
        QString movedAsidePath;
        QString error;            // why the store could not be opened
        int deletedByRetention = 0;
    };

    explicit HistoryOpener(QObject *parent = nullptr);
    // Waits for the thread: the check cannot be interrupted, and it is short.
    ~HistoryOpener() override;

    void start(const QString &path, int maxEntries, int maxDays);
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void finished(const HistoryOpener::Result &result);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Result> m_result;
};
