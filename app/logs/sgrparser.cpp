#include "logs/sgrparser.h"

#include <QVarLengthArray>

#include <optional>

namespace {

// One parameter and its colon sub-parameters ("38:2::255:0:0"); -1 stands for an empty one.
using Parameter = QVarLengthArray<int, 6>;
using Parameters = QVarLengthArray<Parameter, 16>;

constexpr int kLargestValue = 100'000;   // larger numbers mean nothing to SGR; no overflow

Parameters split(QStringView text)
{
    Parameters parameters;
    Parameter current;
    int value = -1;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            value = qMin((value < 0 ? 0 : value) * 10 + (c.unicode() - u'0'), kLargestValue);
        else if (c == u':')
            current.append(std::exchange(value, -1));
        else if (c == u';') {
            current.append(std::exchange(value, -1));
            parameters.append(std::exchange(current, Parameter()));
        }
    }
    current.append(value);
    parameters.append(current);
    return parameters;
}

bool isByte(int value)
{
    return value >= 0 && value <= 255;
}

// A colour from what follows 38, 48 or 58: {5, n} or {2, r, g, b}.
std::optional<LogColor> color(int kind, const QVarLengthArray<int, 6> &arguments)
{
    if (kind == 5 && arguments.size() >= 1 && isByte(arguments[0]))
        return LogColor::indexed(arguments[0]);
    if (kind == 2 && arguments.size() >= 3 && isByte(arguments[0]) && isByte(arguments[1]) && isByte(arguments[2]))
        return LogColor::rgb(arguments[0], arguments[1], arguments[2]);
    return std::nullopt;
}

void setColor(int code, std::optional<LogColor> value, LogStyle &style)
{
    if (!value)
        return;
    if (code == 38)
        style.foreground = *value;
    else if (code == 48)
        style.background = *value;
    // 58, the underline colour, is read only so that its arguments are not taken for codes.
}

// 38:5:n, 38:2:r:g:b, 38:2:colour-space:r:g:b, 4:3 (curly underline)...
void applyColonForm(const Parameter &parameter, LogStyle &style)
{
    const int code = parameter[0];
    if (code == 4) {
        style.underline = parameter[1] > 0;   // 4:0 and 4: (empty is 0) end it
    } else if ((code == 38 || code == 48 || code == 58) && parameter.size() >= 3) {
        QVarLengthArray<int, 6> arguments;
        const qsizetype first = parameter[1] == 2 && parameter.size() >= 6 ? 3 : 2;   // skip the colour space
        for (qsizetype i = first; i < parameter.size(); ++i)
            arguments.append(parameter[i]);
        setColor(code, color(parameter[1], arguments), style);
    }
}

// How long the SGR sequence starting at `at` (an ESC) is, or 0 when none starts there.
qsizetype sgrLength(QStringView line, qsizetype at)
{
    if (at + 2 >= line.size() || line[at + 1] != u'[')
        return 0;
    for (qsizetype i = at + 2; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'm')
            return i - at + 1;
        if (!((c >= u'0' && c <= u'9') || c == u';' || c == u':'))
            return 0;
    }
    return 0;
}

} // namespace

void SgrParser::apply(QStringView text, LogStyle &style)
{
    const Parameters parameters = split(text);
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const Parameter &parameter = parameters[i];
        if (parameter.size() > 1) {
            applyColonForm(parameter, style);
            continue;
        }
        const int code = qMax(parameter[0], 0);
        if (code == 0) {
            style = LogStyle();
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 2) {
            style.dim = true;
        } else if (code == 3) {
            style.italic = true;
        } else if (code == 4) {
            style.underline = true;
        } else if (code == 7) {
            style.inverse = true;
        } else if (code == 22) {
            style.bold = style.dim = false;
        } else if (code == 23) {
            style.italic = false;
        } else if (code == 24) {
            style.underline = false;
        } else if (code == 27) {
            style.inverse = false;
        } else if (code >= 30 && code <= 37) {
            style.foreground = LogColor::indexed(code - 30);
        } else if (code == 39) {
            style.foreground = LogColor();
        } else if (code >= 40 && code <= 47) {
            style.background = LogColor::indexed(code - 40);
        } else if (code == 49) {
            style.background = LogColor();
        } else if (code >= 90 && code <= 97) {
            style.foreground = LogColor::indexed(code - 90 + 8);
        } else if (code >= 100 && code <= 107) {
            style.background = LogColor::indexed(code - 100 + 8);
        } else if (code == 38 || code == 48 || code == 58) {
            // 38;5;n and 38;2;r;g;b: the arguments are parameters of their own.
            const int kind = i + 1 < parameters.size() ? parameters[i + 1][0] : -1;
            const qsizetype count = kind == 5 ? 1 : kind == 2 ? 3 : -1;
            if (count < 0)
                continue;
            QVarLengthArray<int, 6> arguments;
            for (qsizetype k = i + 2; k < parameters.size() && k < i + 2 + count; ++k)
                arguments.append(parameters[k][0]);
            i = qMin(i + 1 + count, parameters.size() - 1);
            setColor(code, color(kind, arguments), style);
        }
    }
}

QList<StyledRun> SgrParser::parseLine(QStringView line)
{
    QList<StyledRun> runs;
    qsizetype textStart = 0;
    const auto addText = [&](qsizetype end) {
        if (end <= textStart)
            return;
        const QStringView text = line.sliced(textStart, end - textStart);
        if (!runs.isEmpty() && runs.last().style == m_style)
            runs.last().text += text;
        else
            runs.append({text.toString(), m_style});
    };
    for (qsizetype at = line.indexOf(u'\x1b'); at >= 0; at = line.indexOf(u'\x1b', at)) {
        const qsizetype length = sgrLength(line, at);
        if (length == 0) {
            ++at;
            continue;
        }
        addText(at);
        apply(line.sliced(at + 2, length - 3), m_style);
        at += length;
        textStart = at;
    }
    addText(line.size());
    return runs;
}

QString SgrParser::stripped(QStringView line)
{
    QString text;
    text.reserve(line.size());
    qsizetype textStart = 0;
    for (qsizetype at = line.indexOf(u'\x1b'); at >= 0; at = line.indexOf(u'\x1b', at)) {
        const qsizetype length = sgrLength(line, at);
        if (length == 0) {
            ++at;
            continue;
        }
        text += line.sliced(textStart, at - textStart);
        at += length;
        textStart = at;
    }
    text += line.sliced(textStart);
    return text;
}
