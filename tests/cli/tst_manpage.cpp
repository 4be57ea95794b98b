#include "cli/commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The manual page (packaging/codearts-inspector.1) and the usage text (--help) describe the
// same commands and options, and so does the command-line reference (docs/command-line.md). A
// command or option added to one and not the others fails here, naming what is missing where.
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsMatch();
    void optionsMatch();
    void pageIsWellFormed();
    void referenceNamesTheSame();

private:
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
    const QSet<QString> help = options(m_usage);
    QVERIFY(help.contains(u"--token-stdin"_qs));
    compare(help, options(m_page), "Options");
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
