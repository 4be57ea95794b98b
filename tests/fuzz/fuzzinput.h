#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

// Splits one fuzz input into the pieces a target needs: a few leading bytes as numbers, then
// parts separated by a marker line, so the seeds stay readable text files.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_rest(reinterpret_cast<const char *>(data), qsizetype(size)) {}

    // One byte as a number (0 when the input is used up).
    uint8_t byte()
    {
        if (m_rest.isEmpty())
            return 0;
        const auto value = uint8_t(m_rest.front());
        m_rest.remove(0, 1);
        return value;
    }

    // The bytes up to the next "\n--\n" (or all that is left).
    QByteArray part()
    {
        static constexpr char kSeparator[] = "\n--\n";
        const qsizetype end = m_rest.indexOf(kSeparator);
        if (end < 0)
            return std::exchange(m_rest, QByteArray());
        const QByteArray piece = m_rest.first(end);
        m_rest.remove(0, end + qsizetype(sizeof kSeparator - 1));
        return piece;
    }

    QByteArray rest() { return std::exchange(m_rest, QByteArray()); }

private:
    QByteArray m_rest;
};
