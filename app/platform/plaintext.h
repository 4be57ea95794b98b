#pragma once

#include <QString>

// Text from outside (a service's answer, the history) shown where Qt would read rich text:
// tooltips, chart titles, labels made by QFormLayout. Qt guesses that text starting with a tag
// is HTML, so a job named "<img src=...>" or "<a href=...>" would be rendered; these helpers
// make such text show as the characters it is.
namespace PlainText {

// For a rich-text context (chart title, a label left in Qt::AutoText): the text escaped.
inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// For a tooltip: always rich text (so Qt's guess cannot go the other way), escaped, with line
// breaks and spaces kept as in plain text.
inline QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace PlainText
