#include "cli/terminal.h"

#include "api/jobinfo.h"
#include "credentials/secretbytes.h"
#include "platform/plaintext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <iostream>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace CommandLine {

namespace {

// Gives the free functions here a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

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


// The columns of the terminal `stream` writes to, or 0 when it is not one or does not say.
int consoleColumns(std::FILE *stream)
{
    if (!isTerminal(stream))
        return 0;
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
    return 0;
#else
    struct winsize size {};
    if (::ioctl(::fileno(stream), TIOCGWINSZ, &size) == 0)
        return size.ws_col;
    return 0;
#endif
}

// Windows consoles understand colour escapes only once asked to.
bool consoleTakesEscapes()
{
#ifdef Q_OS_WIN
    const HANDLE output = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    return GetConsoleMode(output, &mode)
        && SetConsoleMode(output, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
#else
    return true;
#endif
}

ColorMode g_colorMode = ColorMode::Auto;

// What --color=auto decides: colour on a terminal that takes it, unless NO_COLOR is set.
bool colorOnAuto()
{
    // https://no-color.org: any non-empty value turns colour off.
    if (!qEnvironmentVariableIsEmpty("NO_COLOR") || qEnvironmentVariable("TERM") == u"dumb")
        return false;
    return isTerminal(stdout) && consoleTakesEscapes();
}

// The UTF-8 escape for the code point `c` in JSON.
QByteArray jsonEscape(uint c)
{
    return "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
}

} // namespace

bool isTerminal(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

int terminalWidth()
{
    constexpr int kNarrowest = 20;    // below this no table is readable anyway
    constexpr int kWidest = 1000;
    int columns = consoleColumns(stdout);
    if (columns <= 0) {
        bool ok = false;
        columns = qEnvironmentVariable("COLUMNS").trimmed().toInt(&ok);
        if (!ok)
            columns = 0;
    }
    if (columns <= 0)
        return kDefaultTerminalWidth;
    return qBound(kNarrowest, columns, kWidest);
}

void setColorMode(ColorMode mode)
{
    g_colorMode = mode;
}

bool colorEnabled()
{
    static const bool onAuto = colorOnAuto();
    static const bool takesEscapes = consoleTakesEscapes();
    return g_colorMode == ColorMode::Auto ? onAuto : g_colorMode == ColorMode::Always && takesEscapes;
}

Tone toneOf(const QString &word)
{
    const QString lower = word.trimmed().toLower();
    if (lower == u"success")
        return Tone::Good;
    if (lower == u"failed" || lower == u"failure" || lower == u"error")
        return Tone::Bad;
    if (lower == u"running")
        return Tone::Busy;
    if (lower == u"aborted" || lower == u"timeout")
        return Tone::Warning;
    if (lower == u"none" || lower == u"never" || lower == u"disabled" || lower == u"unknown" || lower == u"-")
        return Tone::Muted;
    return Tone::Plain;
}

QString colored(const QString &text, Tone tone)
{
    if (tone == Tone::Plain || text.isEmpty() || !colorEnabled())
        return text;
    const char *code = "";
    switch (tone) {
    case Tone::Good: code = "32"; break;      // green
    case Tone::Bad: code = "1;31"; break;     // bold red
    case Tone::Busy: code = "36"; break;      // cyan
    case Tone::Warning: code = "33"; break;   // yellow
    case Tone::Muted: code = "2"; break;      // faint
    case Tone::Plain: break;
    }
    return u"\x1b["_qs + QLatin1String(code) + u'm' + text + u"\x1b[0m"_qs;
}

QString cutToWidth(const QString &text, int width)
{
    if (cellWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    const QString ellipsis = u"\u2026"_qs;
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString character = pair ? text.mid(i, 2) : QString(text.at(i));
        const int characterWidth = cellWidth(character);
        if (used + characterWidth > width - 1)
            break;
        out += character;
        used += characterWidth;
        if (pair)
            ++i;
    }
    return out + ellipsis;
}

QString localTime(qint64 epochMs, bool withSeconds)
{
    if (epochMs < 0 || epochMs > JobInfo::kLatestTimeMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime().toString(withSeconds ? u"yyyy-MM-dd HH:mm:ss"_qs
                                                                                        : u"yyyy-MM-dd HH:mm"_qs);
}

QByteArray terminalSafeJson(QByteArray json)
{
    // The encoder writes every character from U+0020 on as raw UTF-8; these are the ones that
    // act on a terminal. In JSON text they can only stand inside strings, where \uXXXX is the
    // same character.
    QByteArray out;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const uchar b = uchar(json.at(i));
        const uchar next = i + 1 < json.size() ? uchar(json.at(i + 1)) : 0;
        const uchar third = i + 2 < json.size() ? uchar(json.at(i + 2)) : 0;
        uint escaped = 0;
        int length = 0;
        if (b == 0x7f) {
            escaped = 0x7f;
            length = 1;
        } else if (b == 0xc2 && next >= 0x80 && next <= 0x9f) {             // U+0080..U+009F
            escaped = next;
            length = 2;
        } else if (b == 0xd8 && next == 0x9c) {                              // U+061C
            escaped = 0x061c;
            length = 2;
        } else if (b == 0xe2 && next == 0x80 && (third == 0x8e || third == 0x8f || (third >= 0xa8 && third <= 0xae))) {
            escaped = 0x2000 + (third - 0x80);                               // U+200E/F, U+2028..U+202E
            length = 3;
        } else if (b == 0xe2 && next == 0x81 && third >= 0xa6 && third <= 0xa9) {
            escaped = 0x2040 + (third - 0x80);                               // U+2066..U+2069
            length = 3;
        }
        if (length == 0) {
            if (!out.isNull())
                out += char(b);
            continue;
        }
        if (out.isNull()) { // copy only once something needs escaping
            out.reserve(json.size() + 16);
            out = json.left(i);
        }
        out += jsonEscape(escaped);
        i += length - 1;
    }
    return out.isNull() ? json : out;
}

void printJsonText(const QByteArray &json)
{
    write(stdout, terminalSafeJson(json));
}

void printJson(const QJsonObject &object)
{
    printJsonText(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void printJson(const QJsonArray &array)
{
    printJsonText(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
}

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

QString printable(const QString &text)
{
    return PlainText::neutralised(text);
}

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

QString wrapped(const QString &text, int width, int indent)
{
    const QString margin(indent, u' ');
    QString result;
    int column = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const int wordWidth = cellWidth(word);
        if (column > 0 && column + 1 + wordWidth > width) {
            result += u'\n' + margin;
            column = indent;
        } else if (column > 0) {
            result += u' ';
            ++column;
        }
        result += word;
        column += wordWidth;
    }
    return result;
}

namespace {

// One "error:" or "warning:" message on standard error: one line for scripts reading a pipe;
// on a terminal, broken at spaces to its width, the lines after the first indented under the
// message.
void printMessage(const QString &label, const QString &message)
{
    QString line = label + printable(folded(message));
    if (const int columns = consoleColumns(stderr); columns > label.size() + 20)
        line = wrapped(line, columns, int(label.size()));
    printErr(line + u'\n');
}

} // namespace

int fail(int exitCode, const QString &message)
{
    printMessage(u"error: "_qs, message);
    return exitCode;
}

void warn(const QString &message)
{
    printMessage(u"warning: "_qs, message);
}

void trace(const QString &line)
{
    printErr(printable(line) + u'\n');
}

namespace {

std::atomic<bool> g_qtMessagesShown = false;

void onQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || g_qtMessagesShown)
        trace(u"qt: "_qs + message);
}

} // namespace

void installMessageHandler()
{
    qInstallMessageHandler(onQtMessage);
}

void showQtMessages(bool shown)
{
    g_qtMessagesShown = shown;
}

int usageError(const QString &message)
{
    return fail(kExitUsage, message + u' ' + Text::tr("Run 'codearts-inspector --help' for usage."));
}

int usageError(const QString &command, const QString &message)
{
    return fail(kExitUsage, message + u' ' + Text::tr("Run 'codearts-inspector help %1' for usage.").arg(command));
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

} // namespace CommandLine
