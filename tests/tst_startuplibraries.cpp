#include "commandrun.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Which libraries the real executable loads before what it shows (Linux, where the window and
// the core are modules). The dynamic loader's own log (LD_DEBUG=files) goes to standard error,
// in order with the start-up marker.
class TestStartupLibraries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowIsOnScreenBeforeQtNetworkLoads();
    void commandLineNeverLoadsQtWidgets();

private:
    QProcessEnvironment environment(const QString &startupTrace) const;

    QString m_executable;
    QTemporaryDir m_scratch;
};

void TestStartupLibraries::initTestCase()
{
    m_executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(!m_executable.isEmpty(), "INSPECTOR_EXECUTABLE is not set");
    QVERIFY(m_scratch.isValid());
}

QProcessEnvironment TestStartupLibraries::environment(const QString &startupTrace) const
{
    QProcessEnvironment environment = windowTestEnvironment(m_scratch.path(), startupTrace);
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    environment.remove(QStringLiteral("LD_DEBUG_OUTPUT"));
    return environment;
}

void TestStartupLibraries::windowIsOnScreenBeforeQtNetworkLoads()
{
    QProcess window;
    window.setProcessEnvironment(environment(QStringLiteral("1")));
    window.setReadChannel(QProcess::StandardError);
    window.start(m_executable);
    QVERIFY(window.waitForStarted());
    // After its first frame the window loads the core module and listens for later launches:
    // its socket appears in the test's temporary directory.
    const auto listening = [this] {
        const QFileInfoList entries = QDir(m_scratch.path()).entryInfoList(QDir::System | QDir::NoDotAndDotDot);
        return std::any_of(entries.cbegin(), entries.cend(),
                           [](const QFileInfo &entry) { return !entry.isFile() && !entry.isDir(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 60'000);
    window.kill();
    window.waitForFinished();
    const QByteArray log = window.readAllStandardError();

    const qsizetype shown = log.indexOf("window-shown");
    const qsizetype widgets = log.indexOf("file=libQt6Widgets.so.6");
    const qsizetype network = log.indexOf("file=libQt6Network.so.6");
    const qsizetype core = log.indexOf("codearts-inspector-core.so");
    QVERIFY2(shown >= 0, "no start-up marker");
    QVERIFY2(widgets >= 0 && widgets < shown, "Qt Widgets was not loaded for the window");
    QVERIFY2(network > shown, "Qt Network was loaded before the window was on screen");
    QVERIFY2(core > shown, "the core module was loaded before the window was on screen");
}

void TestStartupLibraries::commandLineNeverLoadsQtWidgets()
{
    const CommandRun version = CommandRun::of(m_executable, {QStringLiteral("--version")}, {},
                                              environment(QString()));
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("codearts-inspector "));
    QVERIFY2(version.err.contains("codearts-inspector-core.so"), "the command line ran without the core module");
    QVERIFY(!version.err.contains("libQt6Widgets"));
    QVERIFY(!version.err.contains("libQt6Gui"));
    QVERIFY(!version.err.contains("codearts-inspector-window.so"));
}

QTEST_GUILESS_MAIN(TestStartupLibraries)
#include "tst_startuplibraries.moc"
