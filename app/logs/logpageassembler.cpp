#include "logs/logpageassembler.h"

#include "api/lenientjson.h"

#include <utility>

namespace {

std::optional<qint64> readOffset(const QJsonValue &value)
{
    const std::optional<qint64> offset = LenientJson::readInteger(value);
    if (!offset || *offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

LogPage LogPage::fromResult(const QJsonObject &result)
{
    LogPage page;
    page.hasMore = LenientJson::readBool(result.value(u"has_more")).value_or(false);
    page.startOffset = readOffset(result.value(u"start_offset"));
    page.endOffset = readOffset(result.value(u"end_offset"));
    page.log = result.value(u"log").toString();
    page.location = result.value(u"location").toString();
    return page;
}

LogPageAssembler::LogPageAssembler(qint64 firstOffset)
    : m_nextLine(qMax<qint64>(firstOffset, 0))
    , m_askFrom(m_nextLine)
{
}

QString LogLine::joined(const QList<LogLine> &lines)
{
    qsizetype size = 0;
    for (const LogLine &line : lines)
        size += line.text.size() + 1;
    QString text;
    text.reserve(size);
    for (const LogLine &line : lines) {
        text += line.text;
        text += u'\n';
    }
    return text;
}

LogLines LogPageAssembler::addPage(const LogPage &page, Build build)
{
    LogLines out;
    if (m_ended) {
        out.ended = true;   // a late page after the end adds nothing
        return out;
    }
    m_hasMore = page.hasMore;
    if (!page.log.isEmpty()) {
        const QStringView text = page.startOffset ? alignTo(*page.startOffset, page.log, out) : QStringView(page.log);
        append(text, out);

        m_askFrom = qMax(m_askFrom, askFromAfter(page));
    }
    if (build == Build::Ended && !page.hasMore) {
        giveHeldLine(out);
        m_ended = true;
        out.ended = true;
    }
    return out;
}

// Where to ask next, the page read.
qint64 LogPageAssembler::askFromAfter(const LogPage &page) const
{
    if (!page.startOffset) {
        // No offsets to go by: past all the text received, as the text is continued.
        return m_nextLine + (m_held.isEmpty() ? 0 : 1);
    }
    if (!page.endOffset || *page.endOffset <= *page.startOffset) {
        // Ask for the held line again: the next page says where it starts, and its copy of
        // the line is complete or newer.
        return m_nextLine;
    }
    // The end_offset, but not past the page's text (a last line without LF counts): an
    // end_offset that only echoes the request must not skip lines not yet written.
    const qint64 textEnd = *page.startOffset + page.log.count(u'\n') + (page.log.endsWith(u'\n') ? 0 : 1);
    return qMin(*page.endOffset, textEnd);
}

LogLines LogPageAssembler::finish()
{
    LogLines out;
    giveHeldLine(out);
    m_ended = true;
    out.ended = true;
    return out;
}

// The part of `text` (which starts at line `start`) that is new.
QStringView LogPageAssembler::alignTo(qint64 start, QStringView text, LogLines &out)
{
    if (start > m_nextLine) {
        // The page starts past the held line: the service counts that line as complete.
        giveHeldLine(out);
        out.missingLines += start - m_nextLine;
        m_nextLine = start;
        return text;
    }
    qsizetype position = 0;
    for (qint64 repeated = m_nextLine - start; repeated > 0; --repeated) {
        const qsizetype lineEnd = text.indexOf(u'\n', position);
        if (lineEnd < 0)
            return {};   // nothing but lines already given
        position = lineEnd + 1;
    }
    if (position == text.size())
        return {};
    // The page holds the line we are at from its start: a newer copy of the held line.
    m_held.clear();
    return text.sliced(position);
}

void LogPageAssembler::append(QStringView text, LogLines &out)
{
    qsizetype position = 0;
    for (qsizetype lineEnd = text.indexOf(u'\n'); lineEnd >= 0; lineEnd = text.indexOf(u'\n', position)) {
        QString line = std::exchange(m_held, QString());
        line += text.sliced(position, lineEnd - position);
        out.lines.append({m_nextLine++, std::move(line)});
        position = lineEnd + 1;
    }
    m_held += text.sliced(position);
    while (m_held.size() > kMaxHeldLineChars) {
        out.lines.append({m_nextLine++, m_held.first(kMaxHeldLineChars)});
        m_held.remove(0, kMaxHeldLineChars);
    }
}

void LogPageAssembler::giveHeldLine(LogLines &out)
{
    if (m_held.isEmpty())
        return;
    out.lines.append({m_nextLine++, std::exchange(m_held, QString())});
}
