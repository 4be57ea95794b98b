#pragma once

#include <QString>

// Text from outside (a service's answer, the history) shown where Qt would read rich text:
// tooltips, chart titles, labels made by QFormLayout. Qt guesses that text starting with a tag
// is HTML, so a job named "<img src=...>" or "<a href=...>" would be rendered; these helpers
// make such text show as the characters it is.
namespace PlainText {

// The formatting characters that reorder the text around them (bidirectional marks,
// embeddings, overrides and isolates) and the separators a text view takes for a line break.
constexpr bool isBidiControl(char32_t c)
{
    return c == 0x061C                      // Arabic letter mark
        || c == 0x200E || c == 0x200F       // left-to-right and right-to-left marks
        || (c >= 0x202A && c <= 0x202E)     // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069)     // isolates
        || c == 0x2028 || c == 0x2029;      // line and paragraph separators
}

// Text from outside as a label or a row shows it, and as the command line prints it: control
// characters written out ("\x1b") and the characters above too ("\u202e"), so that a job
// named with a right-to-left override cannot show backwards or rearrange what is around it.
QString neutralised(const QString &text);

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
