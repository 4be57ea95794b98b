#include "cli/terminal.h"

#include "credentials/secretbytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>

namespace CommandLine {

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool isBidiControl(char16_t c)
{
    return c == 0x061C                      // Arabic letter mark
        || c == 0x200E || c == 0x200F       // left-to-right and right-to-left marks
        || (c >= 0x202A && c <= 0x202E)     // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069)     // isolates
        || c == 0x2028 || c == 0x2029;      // line and paragraph separators
}

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void write(std::FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
}

QString folded(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

int cellWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    const QList<QStringList> cells = QList<QStringList>{printableRows({header})} + printableRows(rows);
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : cells) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], cellWidth(row.at(i)));
    }
    QString out;
    for (const QStringList &row : cells) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size() && i < widths.size())
                line += QString(widths[i] - cellWidth(row.at(i)) + 2, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);   // an empty last column leaves no blanks behind
        out += line + u'\n';
    }
    return out;
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QChar(u'0'));
        else if (isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QChar(u'0'));
        else
            out += ch;
    }
    return out;
}

void printOut(const QString &text)
{
    write(stdout, text);
}

void printOutUtf8(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

int fail(int exitCode, const QString &message)
{
    printErr(u"error: " + printable(folded(message)) + u'\n');
    return exitCode;
}

void warn(const QString &message)
{
    printErr(u"warning: " + printable(folded(message)) + u'\n');
}

void trace(const QString &line)
{
    printErr(printable(line) + u'\n');
}

int usageError(const QString &message)
{
    return fail(kExitUsage, message + u' '
                    + QCoreApplication::translate("CommandLine", "Run 'codearts-inspector --help' for usage."));
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, QString (*help)())
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_qs)) {
        printOut(help());
        return kExitOk;
    }
    return std::nullopt;
}

SecretLine readSecretLine(const QString &what)
{
    // Byte by byte up to the line end, so that nothing past the first line is read and an
    // endless line costs no more than the limit.
    QByteArray line;
    std::streambuf *input = std::cin.rdbuf();
    bool ended = false;
    while (line.size() <= kMaxSecretLineBytes) {
        const int c = input->sbumpc();
        if (c == std::char_traits<char>::eof() || c == '\n') {
            ended = true;
            break;
        }
        line += char(c);
    }
    SecretLine result;
    if (!ended) {
        SecretBytes::wipe(line);
        result.status = SecretLine::Status::Refused;
        result.exitCode = fail(kExitUsage, Text::tr("%1 on standard input is longer than %2 KiB; nothing was sent.")
                                               .arg(what).arg(kMaxSecretLineBytes / 1024));
        return result;
    }
    QByteArray secret = line.trimmed();
    SecretBytes::wipe(line);
    if (secret.isEmpty())
        return result;
    if (SecretBytes::hasControlBytes(secret)) {
        SecretBytes::wipe(secret);
        result.status = SecretLine::Status::Refused;
        result.exitCode = fail(kExitUsage, Text::tr("%1 on standard input holds a control character "
                                                    "(such as CR or NUL); nothing was sent.").arg(what));
        return result;
    }
    result.status = SecretLine::Status::Ok;
    result.value = std::move(secret);
    return result;
}

QList<QStringList> printableRows(const QList<QStringList> &rows)
{
    QList<QStringList> escaped;
    escaped.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << printable(cell);
        escaped << cells;
    }
    return escaped;
}

} // namespace CommandLine
