#pragma once

#include "history/favoritesmodel.h"
#include "history/historystore.h"
#include "history/historyintegration.h"
#include "window/mainwindow.h"
#include "platform/appsettings.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The set-up shared by the Qt Test suites that open the real main window: settings of the
// test's own, the demo window shown and settled after its start-up fetch, a finder for named
// children, and an empty history. Each suite keeps what is particular to it.
namespace WindowFixture {

// Settings, data and caches in QStandardPaths' test locations, under the tests' organization
// and `applicationName`, with no settings left from an earlier run. For initTestCase().
inline void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeArtsInspectorTest"));
    QCoreApplication::setApplicationName(applicationName);
    AppSettings::open()->clear();
}

// A window on the demo sandbox: it fetches the first demo job once shown.
inline MainWindowOptions demoOptions()
{
    MainWindowOptions options;
    options.demo = true;
    return options;
}

// What showAndSettle() waits for besides the window being exposed and its start-up fetch.
enum Settle {
    Activated = 0x1,      // the active window: shortcuts and focus checks need it (also on X11 without a window manager)
    HistoryReady = 0x2,   // the history's database opened (HistoryIntegration::ready)
};

// Shows `window` and waits until it is exposed, then for what `settle` asks and for the
// fetch the demo starts once the window shows. False, with a warning saying what did not come
// within ten seconds, otherwise.
inline bool showAndSettle(MainWindow &window, int settle = Activated)
{
    QSignalSpy ready(window.history(), &HistoryIntegration::ready);
    QSignalSpy fetched(&window, &MainWindow::fetchFinished);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        qWarning("the window was not exposed");
        return false;
    }
    if (settle & Activated) {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window)) {
            qWarning("the window did not become active");
            return false;
        }
    }
    if (fetched.isEmpty() && !fetched.wait(10'000)) {
        qWarning("the start-up fetch did not finish");
        return false;
    }
    if ((settle & HistoryReady) && ready.isEmpty() && !ready.wait(10'000)) {
        qWarning("the history did not become ready");
        return false;
    }
    return true;
}

// The child of `parent` named `name`; when there is none, a warning names it, so that a test
// that stops on the null pointer says which child was missing.
template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Empties the history and removes every favorite (of the default profile), so that a test
// starts from neither; the window's history must be ready.
inline void clearHistory(HistoryIntegration &history)
{
    HistoryStore *store = history.store();
    store->clearAll();
    for (const Favorite &favorite : store->favorites({}))
        store->removeFavorite({}, favorite.jobId);
    history.favoritesModel()->reload();
}

} // namespace WindowFixture
