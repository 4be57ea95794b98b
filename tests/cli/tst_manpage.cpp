#include "cli/commandhelp.h"
#include "cli/commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The manual page (packaging/codearts-inspector.1), the command table behind --help and
// `help COMMAND` (app/cli/commandhelp.cpp) and the command-line reference (docs/command-line.md)
// describe the same commands, each with the same options. A command or option added to one and
// not the others fails here, naming what is missing where.
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsMatch();
    void optionsMatch();
    void eachCommandsOptionsMatch_data();
    void eachCommandsOptionsMatch();
    void globalOptionsAreDescribed();
    void reservedParameterNamesAreListed();
    void pageIsWellFormed();
    void referenceNamesTheSame();

private:
    static QString section(const QString &page, const QString &command);
    static QSet<QString> optionNames(const QList<CommandLine::OptionHelp> &options);
    static QSet<QString> helpCommands(const QString &usage);
    static QSet<QString> manCommands(const QString &page);
    static QSet<QString> options(const QString &text);
    static void compare(const QSet<QString> &help, const QSet<QString> &man, const char *what);

    QString m_usage;
    QString m_page; // the roff source with its escapes undone: "\-" is "-", fonts dropped
    QString m_reference; // docs/command-line.md
};

void TestManPage::initTestCase()
{
    m_usage = CommandLine::usage();
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../packaging/codearts-inspector.1"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_page = QString::fromUtf8(file.readAll());
    m_page.replace(u"\\-"_qs, u"-"_qs);
    m_page.remove(QRegularExpression(u"\\\\f[BIRP]"_qs));
    QFile reference(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/command-line.md"));
    QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(reference.fileName()));
    m_reference = QString::fromUtf8(reference.readAll());
}

// "  codearts-inspector profile add NAME ..." gives "profile add": the lowercase words after
// the program name, up to the first argument or option.
QSet<QString> TestManPage::helpCommands(const QString &usage)
{
    QSet<QString> commands;
    static const QRegularExpression line(u"^\\s+codearts-inspector((?: [a-z][a-z-]*)+)(?: |$)"_qs,
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(usage); it.hasNext();)
        commands.insert(it.next().captured(1).trimmed());
    return commands;
}

// Each command has a subsection: .SS "profile add NAME" gives "profile add".
QSet<QString> TestManPage::manCommands(const QString &page)
{
    QSet<QString> commands;
    static const QRegularExpression heading(u"^\\.SS \"?((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)"_qs,
                                            QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(page); it.hasNext();)
        commands.insert(it.next().captured(1).trimmed());
    return commands;
}

QSet<QString> TestManPage::options(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z-]*[a-z]"_qs);
    for (auto it = option.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

void TestManPage::compare(const QSet<QString> &help, const QSet<QString> &man, const char *what)
{
    QStringList notInMan = (help - man).values();
    QStringList notInHelp = (man - help).values();
    notInMan.sort();
    notInHelp.sort();
    QString report;
    if (!notInMan.isEmpty())
        report += QStringLiteral("%1 in --help but not in packaging/codearts-inspector.1: %2. ")
                      .arg(QLatin1String(what), notInMan.join(u", "));
    if (!notInHelp.isEmpty())
        report += QStringLiteral("%1 in packaging/codearts-inspector.1 but not in --help: %2.")
                      .arg(QLatin1String(what), notInHelp.join(u", "));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestManPage::commandsMatch()
{
    const QSet<QString> help = helpCommands(m_usage);
    QVERIFY2(help.contains(u"show"_qs) && help.contains(u"profile add"_qs), qPrintable(m_usage));
    compare(help, manCommands(m_page), "Commands");
}

void TestManPage::optionsMatch()
{
    QSet<QString> help = options(m_usage);
    for (const CommandLine::CommandHelp &command : CommandLine::commands())
        help |= optionNames(command.options);
    help |= optionNames(CommandLine::connectionHelp()) | optionNames(CommandLine::globalHelp());
    help << u"--version"_qs;
    QVERIFY(help.contains(u"--token-stdin"_qs));
    compare(help, options(m_page), "Options");
}

QSet<QString> TestManPage::optionNames(const QList<CommandLine::OptionHelp> &options)
{
    QSet<QString> names;
    for (const CommandLine::OptionHelp &option : options)
        names << u"--"_qs + QLatin1String(option.name);
    return names;
}

// The text of the command's subsection, up to the next subsection or section.
QString TestManPage::section(const QString &page, const QString &command)
{
    const QRegularExpression heading(u"^\\.SS \"?"_qs + QRegularExpression::escape(command) + u"(?:[ \"]|$)"_qs,
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch start = heading.match(page);
    if (!start.hasMatch())
        return {};
    static const QRegularExpression next(u"^\\.S[SH] "_qs, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch end = next.match(page, start.capturedEnd());
    return page.mid(start.capturedEnd(), end.hasMatch() ? end.capturedStart() - start.capturedEnd() : -1);
}

void TestManPage::eachCommandsOptionsMatch_data()
{
    QTest::addColumn<QString>("command");
    for (const CommandLine::CommandHelp &command : CommandLine::commands())
        QTest::newRow(command.name) << QString::fromLatin1(command.name);
}

// Each command's subsection names every option of its own, and no option it does not take.
// The connection options are described under show; the other commands that take them say so.
void TestManPage::eachCommandsOptionsMatch()
{
    QFETCH(QString, command);
    const CommandLine::CommandHelp *help = CommandLine::findCommand(command);
    QVERIFY(help);
    const QString text = section(m_page, command);
    QVERIFY2(!text.isEmpty(), qPrintable(u"no .SS subsection for "_qs + command));
    QSet<QString> own = optionNames(help->options);
    const QSet<QString> connection = optionNames(CommandLine::connectionHelp());
    if (command == u"show")
        own |= connection;
    const QSet<QString> mentioned = options(text);
    QStringList missing = (own - mentioned).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"The man page's \""_qs + command + u"\" does not describe "_qs
                                           + missing.join(u", ")));
    QSet<QString> allowed = own | optionNames(CommandLine::globalHelp());
    if (help->connection)
        allowed |= connection;
    QStringList foreign = (mentioned - allowed).values();
    foreign.sort();
    QVERIFY2(foreign.isEmpty(), qPrintable(u"The man page's \""_qs + command + u"\" describes options it does not take: "_qs
                                           + foreign.join(u", ")));
    if (help->connection && command != u"show")
        QVERIFY2(text.contains(u"connection options"_qs), qPrintable(command));
}

void TestManPage::globalOptionsAreDescribed()
{
    const QString options = m_page.mid(m_page.indexOf(u".SH OPTIONS"_qs));
    for (const char *option : {"--color", "--help", "--version", "NO_COLOR"})
        QVERIFY2(options.contains(QLatin1String(option)), option);
}

// The man page names the families of parameter names `run` refuses, as RunRequest does.
void TestManPage::reservedParameterNamesAreListed()
{
    const QString run = section(m_page, u"run"_qs);
    for (const char *name : {"LD_", "DYLD_", "PATH", "IFS", "BASH_ENV", "ENV", "PYTHON", "PERL5", "RUBY",
                             "NODE_OPTIONS", "GIT_", "JAVA_TOOL_OPTIONS"})
        QVERIFY2(run.contains(QLatin1String(name)), name);
}

void TestManPage::pageIsWellFormed()
{
    QVERIFY(m_page.contains(u".TH CODEARTS-INSPECTOR 1"_qs));
    for (const char *section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH EXIT STATUS"})
        QVERIFY2(m_page.contains(QLatin1String(section)), section);
}

void TestManPage::referenceNamesTheSame()
{
    QStringList missing;
    for (const QString &command : manCommands(m_page)) {
        if (!m_reference.contains(command))
            missing << command;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"Commands not in docs/command-line.md: "_qs + missing.join(u", ")));
    const QSet<QString> page = options(m_page);
    const QSet<QString> reference = options(m_reference);
    QStringList notInReference = (page - reference).values();
    QStringList notInPage = (reference - page).values();
    notInReference.sort();
    notInPage.sort();
    QVERIFY2(notInReference.isEmpty(), qPrintable(u"Options not in docs/command-line.md: "_qs + notInReference.join(u", ")));
    QVERIFY2(notInPage.isEmpty(), qPrintable(u"Options of docs/command-line.md not in the manual page: "_qs
                                             + notInPage.join(u", ")));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
