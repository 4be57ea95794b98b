#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real executable the way a script would: arguments, standard input, environment;
// returns the exit code (-1 when it crashed or hung) and both output streams.
struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static CommandRun of(const QString &executable, const QStringList &arguments,
                         const QByteArray &stdinData, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(executable, arguments);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            qWarning("command did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
};

// The environment for running the real executable's window: the system's, with the start-up
// trace on and a runtime directory (XDG_RUNTIME_DIR, 0700) and temporary directory of the
// test's own under `temporaryDirectory`. The single-instance socket lives in the runtime
// directory, so the window never meets another one.
inline QProcessEnvironment windowTestEnvironment(const QString &temporaryDirectory)
{
    const QString runtime = temporaryDirectory + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temporaryDirectory);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("CODEARTS_INSPECTOR_TRACE_STARTUP"), QStringLiteral("1"));
    return environment;
}
