#pragma once

#include <QByteArrayView>
#include <QIODevice>

#include <functional>

// A write-only device that hands each chunk written to it to a function: a download's bytes go
// where they are used as they arrive (BuildLogFetch::setDownloadSink), and nothing keeps them.
class ChunkSink final : public QIODevice
{
public:
    explicit ChunkSink(std::function<void(QByteArrayView)> take) : m_take(std::move(take)) { open(QIODevice::WriteOnly); }

    qint64 bytesTaken() const { return m_bytesTaken; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_take(QByteArrayView(data, size));
        m_bytesTaken += size;
        return size;
    }

private:
    std::function<void(QByteArrayView)> m_take;
    qint64 m_bytesTaken = 0;
};
