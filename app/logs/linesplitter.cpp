#include "logs/linesplitter.h"

#include <utility>

QStringList LineSplitter::feed(QStringView text)
{
    QStringList lines;
    while (!text.isEmpty()) {
        const qsizetype room = kMaxLineChars - m_pending.size();
        const qsizetype end = text.first(qMin(text.size(), room + 1)).indexOf(u'\n');
        if (end >= 0) {
            m_pending += text.first(end);
            lines << std::exchange(m_pending, QString());
            text = text.sliced(end + 1);
        } else if (text.size() > room) {
            m_pending += text.first(room);
            lines << std::exchange(m_pending, QString());
            text = text.sliced(room);
        } else {
            m_pending += text;
            break;
        }
    }
    return lines;
}

std::optional<QString> LineSplitter::finish()
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return std::exchange(m_pending, QString());
}
