// The command line in a real terminal: jobs, builds, watch and history run in an 80-column
// tmux window against the demo sandbox (--demo), with its widest names, and no line of what
// the window shows may be wider than 80 columns. tmux wraps what is wider; capture-pane -J
// joins the wrapped lines again, so a line that did not fit shows as one longer than 80.
#include "cli/terminal.h"
#include "commandrun.h"
#include "sandbox/demojobs.h"
#include "sandbox/demowatchjobs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kWidth = 80;
const QByteArray kDone = "__all_commands_done__";

// `text` as one word for sh: in single quotes, a single quote ended, escaped and begun again.
QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_qs, u"'\\''"_qs) + u'\'';
}

} // namespace

class TestTerminalWidth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyLineFitsEightyColumns();

private:
    QByteArray tmux(const QStringList &arguments, bool *ok = nullptr);
    // The widest job name of the demo job lists, and the demo jobs ShowJobInfo answers that
    // are not running now (the demo's builds follow the clock, so this is asked, not assumed).
    QString widestListedName();
    QStringList finishedDemoJobs();

    QString m_executable;
    QString m_tmux;
    QTemporaryDir m_directory;
    QProcessEnvironment m_environment;
};

void TestTerminalWidth::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "INSPECTOR_EXECUTABLE must name the built app");
    m_tmux = QStandardPaths::findExecutable(u"tmux"_qs);
    if (m_tmux.isEmpty())
        QSKIP("tmux is not installed (scripts/install-deps.sh installs it): the 80-column check needs a terminal.");
    QVERIFY(m_directory.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(u"TMUX"_qs);   // a tmux of its own, even when the test runs inside one
    m_environment.remove(u"COLUMNS"_qs);
    m_environment.insert(u"TERM"_qs, u"xterm-256color"_qs);
    m_environment.insert(u"TMUX_TMPDIR"_qs, m_directory.path());
}

void TestTerminalWidth::cleanupTestCase()
{
    if (!m_tmux.isEmpty())
        tmux({u"kill-server"_qs});
}

QByteArray TestTerminalWidth::tmux(const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_tmux, QStringList{u"-S"_qs, m_directory.filePath(u"socket"_qs), u"-f"_qs, u"/dev/null"_qs} + arguments);
    const bool finished = process.waitForFinished(20'000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return process.readAllStandardOutput();
}

QString TestTerminalWidth::widestListedName()
{
    const CommandRun listed = CommandRun::of(m_executable, {u"jobs"_qs, u"--demo"_qs, u"--limit"_qs, u"0"_qs, u"--json"_qs},
                                             {}, m_environment);
    QString widest;
    for (const QJsonValue &job : QJsonDocument::fromJson(listed.out).array()) {
        const QString name = job[u"job_name"].toString();
        if (CommandLine::cellWidth(name) > CommandLine::cellWidth(widest))
            widest = name;
    }
    return widest;
}

QStringList TestTerminalWidth::finishedDemoJobs()
{
    QStringList ids;
    for (const DemoJob &job : DemoJobs::all()) {
        if (job.httpStatus != 200 || job.delayMs != 0 || job.result.isEmpty())
            continue;
        const CommandRun shown = CommandRun::of(m_executable, {u"show"_qs, u"--demo"_qs, u"--json"_qs, job.id}, {},
                                                m_environment);
        const QJsonObject answer = QJsonDocument::fromJson(shown.out).object();
        if (shown.exitCode == 0 && !answer[u"running_status"].toString().contains(u"running"_qs, Qt::CaseInsensitive))
            ids << job.id;
    }
    ids << QLatin1String(DemoWatchJobs::busyGateway);
    return ids;
}

void TestTerminalWidth::everyLineFitsEightyColumns()
{
    const QString widest = widestListedName();
    QVERIFY2(CommandLine::cellWidth(widest) >= 20, qPrintable(widest));
    const QStringList finished = finishedDemoJobs();
    QVERIFY(finished.size() >= 2);
    const QString exe = quoted(m_executable);
    // Each command as a shell line; the history is filled by the shows before it is listed.
    QStringList lines = {
        exe + u" jobs --demo --limit 150"_qs,
        exe + u" jobs --demo --search "_qs + quoted(widest),
        exe + u" builds --demo "_qs + DemoJobs::firstJobId() + u" --days 30"_qs,
        exe + u" watch --demo --until-finished "_qs + finished.join(u' '),
    };
    for (const QString &id : finished)
        lines << exe + u" show --demo "_qs + id + u" > /dev/null"_qs;
    lines << exe + u" history"_qs;
    lines << u"echo "_qs + QString::fromLatin1(kDone);
    QFile script(m_directory.filePath(u"commands.sh"_qs));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(lines.join(u'\n').toUtf8() + "\nsleep 60\n");
    script.close();

    bool ok = false;
    tmux({u"new-session"_qs, u"-d"_qs, u"-x"_qs, QString::number(kWidth), u"-y"_qs, u"50"_qs, u"-s"_qs, u"width"_qs,
          u"sh "_qs + quoted(script.fileName())},
         &ok);
    QVERIFY2(ok, "tmux could not start a session");
    tmux({u"set-option"_qs, u"-t"_qs, u"width"_qs, u"history-limit"_qs, u"10000"_qs});
    QByteArray screen;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120'000) {
        screen = tmux({u"capture-pane"_qs, u"-p"_qs, u"-J"_qs, u"-S"_qs, u"-"_qs, u"-E"_qs, u"-"_qs, u"-t"_qs, u"width"_qs});
        if (screen.contains(kDone))
            break;
        QTest::qWait(200);
    }
    QVERIFY2(screen.contains(kDone), screen.right(2000).constData());
    QCOMPARE(tmux({u"display-message"_qs, u"-p"_qs, u"-t"_qs, u"width"_qs, u"#{window_width}"_qs}).trimmed(),
             QByteArray::number(kWidth));

    // Every command printed its table, no error among them.
    for (const char *header : {"NAME ", "BUILD ", "TIME ", "ID "})
        QVERIFY2(screen.contains(header), header);
    QVERIFY2(screen.contains(widest.toUtf8()) || screen.contains(CommandLine::cutToWidth(widest, 20).left(10).toUtf8()),
             qPrintable(widest));
    QVERIFY2(!screen.contains("error:"), screen.constData());
    int longest = 0;
    for (const QByteArray &line : screen.split('\n')) {
        QString text = QString::fromUtf8(line);
        while (text.endsWith(u' ')) // -J keeps the pane's trailing blanks
            text.chop(1);
        const int width = CommandLine::cellWidth(text);
        longest = qMax(longest, width);
        QVERIFY2(width <= kWidth, qPrintable(u"%1 columns: "_qs.arg(width) + text));
    }
    qInfo("the widest line of the window takes %d columns", longest);
}

QTEST_GUILESS_MAIN(TestTerminalWidth)
#include "tst_terminalwidth.moc"
