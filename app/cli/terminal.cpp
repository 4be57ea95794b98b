#include "cli/terminal.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace CommandLine {

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

namespace {
QString folded(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}
} // namespace

int fail(int exitCode, const QString &message)
{
    printErr(u"error: " + folded(message) + u'\n');
    return exitCode;
}

void warn(const QString &message)
{
    printErr(u"warning: " + folded(message) + u'\n');
}

int usageError(const QString &message)
{
    return fail(kExitUsage, message + u' '
                    + QCoreApplication::translate("CommandLine", "Run 'codearts-inspector --help' for usage."));
}

std::optional<QByteArray> readSecretLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    QByteArray secret = QByteArray::fromStdString(line).trimmed();
    line.assign(line.size(), '\0'); // do not leave the secret in a freed buffer
    if (secret.isEmpty())
        return std::nullopt;
    return secret;
}

} // namespace CommandLine
