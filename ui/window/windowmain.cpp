#include "window/windowmain.h"

#include "api/networkproxy.h"
#include "window/applicationicon.h"
#include "cli/commandline.h"
#include "window/languagemenu.h"
#include "window/mainwindow.h"
#include "profiles/networksettingsdialog.h"
#include "platform/appsettings.h"
#include "platform/singleinstance.h"
#include "platform/translations.h"
#include "profiles/profileswitcher.h"
#include "window/theme.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QStatusBar>

#include <cstdio>

namespace {

void addSettingsMenu(MainWindow &window)
{
    auto *settings = new QMenu(QObject::tr("&Settings"), &window);
    auto *language = new LanguageMenu(settings);
    settings->addMenu(language);
    QAction *network = settings->addAction(QObject::tr("&Network…"));
    network->setObjectName(QStringLiteral("actionNetworkSettings"));
    QObject::connect(network, &QAction::triggered, &window, [&window] {
        auto *dialog = new NetworkSettingsDialog(window.profiles()->store(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(language, &LanguageMenu::languageChosen, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message, 10'000); });
    // Before Help, where desktop users look for settings.
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), settings);
}

} // namespace

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
    SingleInstance instance;
    if (instance.handOver(parser.positionalArguments()))
        return 0;

    SystemProxyFactory::install();
    MainWindowOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.connection.movingDemo = true;
    options.initialJob = parser.positionalArguments().value(0);
    MainWindow window(options);
    const auto comeForward = [&window](const QStringList &arguments) {
        window.showNormal();
        window.raise();
        window.activateWindow();
        if (!arguments.isEmpty())
            window.openJob(arguments.first());
    };
    addSettingsMenu(window);
    // Quit from the tray also ends an app whose window is hidden there.
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, comeForward);
    QObject::connect(&window, &MainWindow::onScreen, &window, [&instance] {
        instance.listen();
        QApplication::setWindowIcon(applicationIcon());
    });
    window.show();
    return QApplication::exec();
}

