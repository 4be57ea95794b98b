// The terminal side of the command line: whatever text comes from outside, what printable()
// returns holds no control character, no DEL and no bidirectional control, and stays on one
// line; a cut never goes past its width; a table never runs wider than the terminal; JSON made
// safe for a terminal holds nothing a terminal acts on and still reads back the same.
#include "cli/tableprinter.h"
#include "cli/terminal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace {

bool actsOnATerminal(char16_t u)
{
    const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
    const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f
        || u == 0x061c;
    return control || bidi;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString safe = CommandLine::printable(text);
    for (const QChar c : safe) {
        if (actsOnATerminal(c.unicode()))
            std::abort();
    }

    for (const int width : {0, 1, 2, 8, 80}) {
        if (CommandLine::cellWidth(CommandLine::cutToWidth(safe, width)) > width)
            std::abort();
    }

    // One row of outside text in Text columns (IDs may run a little over by design).
    using CommandLine::Column;
    const QString out = CommandLine::table({{QStringLiteral("NAME"), Column::Kind::Text, 0, 40, 8},
                                            {QStringLiteral("NOTE"), Column::Kind::Text, 1, 30, 4},
                                            {QStringLiteral("STATE"), Column::Kind::State, 0, 12}},
                                           {{text, text.left(40), text.right(12)}}, 60);
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (CommandLine::cellWidth(line) > 60)
            std::abort();
    }

    const QJsonObject object{{QStringLiteral("value"), text}};
    const QByteArray json = CommandLine::terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    for (const QChar c : QString::fromUtf8(json)) {
        if (actsOnATerminal(c.unicode()) || c == QChar(0x2028) || c == QChar(0x2029))
            std::abort();
    }
    if (QJsonDocument::fromJson(json).object() != object)
        std::abort();
    return 0;
}
