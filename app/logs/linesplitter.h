#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Cuts a stream of text (the sanitizer's output) into lines at LF, holding the last line until
// its LF arrives. A line longer than kMaxLineChars is broken there, so that a log without line
// ends cannot grow the held line without bound; nothing is dropped.
class LineSplitter
{
public:
    static constexpr qsizetype kMaxLineChars = 1 << 20;

    // The lines `text` completes, without their LF.
    QStringList feed(QStringView text);
    // The last line when the text did not end with LF; the splitter is then empty.
    std::optional<QString> finish();
    // The line held so far (for a view that shows the line being written).
    const QString &pending() const { return m_pending; }

private:
    QString m_pending;
};
