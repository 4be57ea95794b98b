#include "commandrun.h"

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
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());

    QProcess window;
    window.setProcessEnvironment(windowTestEnvironment(scratch.path(), QStringLiteral("exit")));
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
