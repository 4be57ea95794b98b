#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The benchmarks' hooks, through the real executable: the start-up marker, and the "exit" mode
// that ends the process at the first frame so that instruction counts stop there.
class TestUiTrace : public QObject
{
    Q_OBJECT

private slots:
    void startupTraceCanEndTheProcessAtTheFirstFrame();
};

void TestUiTrace::startupTraceCanEndTheProcessAtTheFirstFrame()
{
    const QString executable = qEnvironmentVariable("INSPECTOR_EXECUTABLE");
    QVERIFY2(!executable.isEmpty(), "INSPECTOR_EXECUTABLE is not set");
    // A temporary directory of its own keeps the single-instance socket apart from any window
    // already open.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), scratch.path());
    environment.insert(QStringLiteral("CODEARTS_INSPECTOR_TRACE_STARTUP"), QStringLiteral("exit"));

    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(executable, {QStringLiteral("--demo")});
    const bool ended = window.waitForFinished(60'000);
    if (!ended)
        window.kill();
    const QByteArray err = window.readAllStandardError();
    QVERIFY2(ended, "the window did not end at its first frame");
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY2(err.split('\n').contains("window-shown"), err.constData());
}

QTEST_GUILESS_MAIN(TestUiTrace)
#include "tst_uitrace.moc"
