#include "moduleloader.h"

#include <QTest>

// How the app's modules are loaded: deep bound for speed, except when a preloaded library is
// there to interpose (an allocator or a profiler must see every call).
class TestModuleLoader : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("LD_PRELOAD"); }
    void cleanup() { qunsetenv("LD_PRELOAD"); }
    void bindsEverySymbolAtOnce();
    void deepBindsWithNothingPreloaded();
    void doesNotDeepBindPastAPreloadedLibrary();
};

void TestModuleLoader::bindsEverySymbolAtOnce()
{
    QVERIFY(moduleLoadHints().testFlag(QLibrary::ResolveAllSymbolsHint));
    qputenv("LD_PRELOAD", "libjemalloc.so.2");
    QVERIFY(moduleLoadHints().testFlag(QLibrary::ResolveAllSymbolsHint));
}

void TestModuleLoader::deepBindsWithNothingPreloaded()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("A sanitizer's runtime interposes: modules are never deep bound in this build");
#endif
    QVERIFY(moduleLoadHints().testFlag(QLibrary::DeepBindHint));
    qputenv("LD_PRELOAD", "");
    QVERIFY(moduleLoadHints().testFlag(QLibrary::DeepBindHint));
}

void TestModuleLoader::doesNotDeepBindPastAPreloadedLibrary()
{
    qputenv("LD_PRELOAD", "libjemalloc.so.2");
    QVERIFY(!moduleLoadHints().testFlag(QLibrary::DeepBindHint));
    // Valgrind's own preloads, alone, do not count; with another library beside them, it does.
    const QByteArray valgrind = "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so:"
                                "/usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so";
    qputenv("LD_PRELOAD", valgrind);
    QVERIFY(moduleLoadHints().testFlag(QLibrary::DeepBindHint));
    qputenv("LD_PRELOAD", valgrind + " /usr/lib/x86_64-linux-gnu/libheaptrack_preload.so");
    QVERIFY(!moduleLoadHints().testFlag(QLibrary::DeepBindHint));
}

QTEST_GUILESS_MAIN(TestModuleLoader)
#include "tst_moduleloader.moc"
