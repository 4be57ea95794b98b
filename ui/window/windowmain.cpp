#include "window/windowmain.h"

#include "api/networkproxy.h"
#include "window/applicationicon.h"
#include "cli/commandline.h"
#include "window/mainwindow.h"
#include "platform/appsettings.h"
#include "platform/singleinstance.h"
#include "platform/translations.h"
#include "window/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>

#include <cstdio>
#include <memory>

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    Theme::applyFromEnvironment();
    AppSettings::setApplicationIdentity();
    Translations::install();
    QApplication::setApplicationDisplayName(QObject::tr("CodeArts Inspector"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.codearts_inspector.CodeArtsInspector"));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QObject::tr("Open the window on the demo sandbox.")});
    parser.addPositionalArgument(QStringLiteral("job"), QObject::tr("Job ID or job page URL to open."));
    if (!parser.parse(QApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString problem = parser.errorText().isEmpty()
            ? QObject::tr("Too many arguments.") : parser.errorText();
        std::fprintf(stderr, "error: %s\n%s", qPrintable(problem), qPrintable(CommandLine::usage()));
        return 2;
    }

    // A second launch hands its job to the window already open and leaves. This launch takes
    // over the listening once its own window is on screen (below).
    auto instance = std::make_unique<SingleInstance>();
    if (instance->handOver(parser.positionalArguments()))
        return 0;

    SystemProxyFactory::install();
    MainWindowOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.connection.movingDemo = true;
    options.initialJob = parser.positionalArguments().value(0);
    MainWindow window(options);
    const auto comeForward = [&window](const QStringList &arguments) {
        window.comeForward();
        if (!arguments.isEmpty())
            window.openJob(arguments.first());
    };
    // Quit from the tray also ends an app whose window is hidden there.
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    bool restart = false;
    QObject::connect(&window, &MainWindow::restartRequested, &window, [&restart] { restart = true; });
    QObject::connect(instance.get(), &SingleInstance::argumentsReceived, &window, comeForward);
    QObject::connect(&window, &MainWindow::onScreen, &window, [&instance] {
        instance->listen();
        QApplication::setWindowIcon(applicationIcon());
    });
    window.show();
    const int exitCode = QApplication::exec();
    if (restart) {
        // The socket goes first: the new process would otherwise hand itself over to this one.
        instance.reset();
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    }
    return exitCode;
}

