#include "logs/failureextractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using Evidence = FailureExtractor::Evidence;
using Kind = ExcerptLine::Kind;

QString name(Evidence evidence)
{
    switch (evidence) {
    case Evidence::None: return u"None"_qs;
    case Evidence::Generic: return u"Generic"_qs;
    case Evidence::Summary: return u"Summary"_qs;
    case Evidence::Cause: return u"Cause"_qs;
    }
    return u"?"_qs;
}

FailureReport reportOf(const QStringList &lines)
{
    FailureExtractor extractor;
    for (const QString &line : lines)
        extractor.addLine(line);
    return extractor.report();
}

QList<qint64> numbers(const FailureReport &report)
{
    QList<qint64> result;
    for (const ExcerptLine &line : report.lines)
        result << line.number;   // gaps are 0
    return result;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> result;
    for (qint64 n = first; n <= last; ++n)
        result << n;
    return result;
}

QString corpusDirectory()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/fuzz/corpus/failureextractor");
}

// What every report must be, whatever the input: within the budget, lines in order and as
// fed, gaps only between lines, the explanation one of the lines fed.
void checkShape(const FailureReport &report, const QStringList &input)
{
    QVERIFY(report.lines.size() <= FailureExtractor::kMaxLines);
    qint64 previous = 0;
    for (qsizetype i = 0; i < report.lines.size(); ++i) {
        const ExcerptLine &line = report.lines[i];
        if (line.kind == Kind::Gap) {
            QVERIFY(i > 0 && i + 1 < report.lines.size());
            QVERIFY(report.lines[i - 1].kind != Kind::Gap);
            continue;
        }
        QVERIFY(line.number > previous);
        if (previous > 0 && report.lines[i - 1].kind != Kind::Gap)
            QCOMPARE(line.number, previous + 1);
        QCOMPARE(line.text, input.at(line.number - 1));
        previous = line.number;
    }
    if (report.explanation) {
        QCOMPARE(report.explanation->text, input.at(report.explanation->number - 1));
        const ExcerptLine shown = *std::find_if(report.lines.begin(), report.lines.end(), [&](const ExcerptLine &line) {
            return line.number == report.explanation->number;
        });
        QCOMPARE(shown.kind, Kind::Error);
    }
}

// Real logs of each tool (they are the failureextractor fuzz target's seeds, too), and the
// line that explains each failure (empty: nothing recognised).
QList<std::pair<QString, QString>> seedLogs()
{
    QList<std::pair<QString, QString>> logs;
    const auto log = [&logs](const char *file, const QString &explanation) {
        logs.append({QString::fromLatin1(file), explanation});
    };
        log("maven-compile.log", u"[ERROR] /home/build/workspace/src/main/java/com/example/payment/PaymentService.java:[57,25] cannot find symbol"_qs);
        log("maven-surefire.log", u"[ERROR] com.example.payment.PaymentServiceTest.settlesInFull  Time elapsed: 0.012 s  <<< FAILURE!"_qs);
        log("junit-ant.log", u"    [junit] Testcase: reordersBelowThreshold(com.example.inventory.ReorderTest):\tFAILED"_qs);
        log("gradle-kotlin.log", u"e: file:///home/build/workspace/app/src/main/kotlin/com/example/App.kt:12:5 Unresolved reference: greet"_qs);
        log("gradle-test.log", u"AppTest > greetsInChinese() FAILED"_qs);
        log("gradle-dependency.log", u"Execution failed for task ':app:compileJava'."_qs);
        log("npm-webpack.log", u"ERROR in ./src/index.js 12:0-36"_qs);
        log("npm10-tsc.log", u"src/app.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."_qs);
        log("npm-install.log", u"npm ERR! ERESOLVE unable to resolve dependency tree"_qs);
        log("yarn-jest.log", u"  ● Cart › adds an item"_qs);
        log("yarn-install.log", u"error An unexpected error occurred: \"https://registry.yarnpkg.com/@shop/ui-kit/-/ui-kit-2.0.0.tgz: Request failed \\\"404 Not Found\\\"\"."_qs);
        log("pnpm.log", u"packages/api build: src/server.ts(14,3): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'."_qs);
        log("pnpm-install.log", u" ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@shop%2Fui-kit: Not Found - 404"_qs);
        log("go-build-test.log", u"internal/cart/cart.go:27:9: undefined: applyDiscount"_qs);
        log("go-panic.log", u"    --- FAIL: TestParse/empty (0.00s)"_qs);
        log("pytest.log", u"E       assert 18.000000000000004 == 18"_qs);
        log("pytest-collection.log", u"E   ModuleNotFoundError: No module named 'shop.tax'"_qs);
        log("gcc-make.log", u"src/parse.c:88:12: error: implicit declaration of function 'strlcpy'; did you mean 'strncpy'? [-Werror=implicit-function-declaration]"_qs);
        log("gcc-link.log", u"main.c:(.text.startup+0x2b): undefined reference to `config_load'"_qs);
        log("clang-lld.log", u"/home/build/workspace/src/net.h:5:10: fatal error: 'asio.hpp' file not found"_qs);
        log("msbuild.log", u"/src/Shop.Api/Controllers/CartController.cs(42,17): error CS1002: ; expected [/src/Shop.Api/Shop.Api.csproj]"_qs);
        log("msbuild-exec.log", u"/src/Shop.Web/Shop.Web.csproj(31,5): error MSB3073: The command \"npm run build\" exited with code 127. [/src/Shop.Web/Shop.Web.csproj]"_qs);
        log("docker-buildkit.log", u"#9 1.205 npm ERR! 404 Not Found - GET https://registry.npmjs.org/@shop%2fui-kit - Not found"_qs);
        log("docker-classic.log", u"The command '/bin/sh -c make' returned a non-zero code: 2"_qs);
        log("generic-script.log", u"ERROR: upload failed: 403 Forbidden (check the deploy key)"_qs);
        log("chinese.log", u"[ERROR] /home/build/workspace/src/main/java/com/example/支付/PaymentService.java:[12,5] 找不到符号"_qs);
        log("nothing-recognised.log", QString());
    return logs;
}

} // namespace

Q_DECLARE_METATYPE(FailureExtractor::Evidence)

class TestFailureExtractor : public QObject
{
    Q_OBJECT

private:
    static void columns()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Evidence>("expected");
    }
    static void row(const char *what, const QString &line, Evidence expected)
    {
        QTest::newRow(what) << line << expected;
    }
    static void checkClassification()
    {
        QFETCH(QString, line);
        QFETCH(Evidence, expected);
        QCOMPARE(name(FailureExtractor::classify(line)), name(expected));
    }

private slots:
    // One data-driven test per tool: its failing lines, and the lines around them that look
    // alike and say nothing went wrong.
    void maven_data()
    {
        columns();
        row("compiler error", u"[ERROR] /home/build/src/main/java/com/example/A.java:[12,5] cannot find symbol"_qs, Evidence::Cause);
        row("compiler error, Windows path", u"[ERROR] C:\\build\\src\\A.java:[3,1] ';' expected"_qs, Evidence::Cause);
        row("Kotlin through Maven", u"[ERROR] /src/main/kotlin/A.kt:[7,3] Unresolved reference: x"_qs, Evidence::Cause);
        row("failed goal", u"[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project shop: Compilation failure"_qs, Evidence::Summary);
        row("dependency", u"[ERROR] Failed to execute goal on project shop: Could not resolve dependencies for project com.example:shop:jar:1.0"_qs, Evidence::Summary);
        row("test counts with a failure", u"[ERROR] Tests run: 8, Failures: 1, Errors: 0, Skipped: 0"_qs, Evidence::Summary);
        row("test counts with an error", u"[ERROR] Tests run: 8, Failures: 0, Errors: 2, Skipped: 0"_qs, Evidence::Summary);
        row("compilation error header", u"[ERROR] COMPILATION ERROR : "_qs, Evidence::Generic);
        row("build failure", u"[INFO] BUILD FAILURE"_qs, Evidence::Generic);
        row("any other error", u"[ERROR]   PaymentServiceTest.settlesInFull:48 expected: <100.00> but was: <99.99>"_qs, Evidence::Generic);
        row("passing test counts", u"[INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.112 s"_qs, Evidence::None);
        row("warning counts", u"[WARNING] Tests run: 5, Failures: 0, Errors: 0, Skipped: 1"_qs, Evidence::None);
        row("error-prone", u"[INFO] Annotation processing with error-prone 2.23.0"_qs, Evidence::None);
        row("error count in INFO", u"[INFO] 2 errors "_qs, Evidence::None);
        row("help pointer", u"[ERROR] -> [Help 1]"_qs, Evidence::None);
        row("empty ERROR line", u"[ERROR] "_qs, Evidence::None);
        row("re-run hint", u"[ERROR] Re-run Maven using the -X switch to enable full debug logging."_qs, Evidence::None);
        row("stack trace hint", u"[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch."_qs, Evidence::None);
        row("help link", u"[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException"_qs, Evidence::None);
        row("success", u"[INFO] BUILD SUCCESS"_qs, Evidence::None);
        row("warning", u"[WARNING] /src/A.java:[12,5] unchecked conversion"_qs, Evidence::None);
    }
    void maven() { checkClassification(); }

    void surefire_data()
    {
        columns();
        row("failed test", u"[ERROR] com.example.PaymentServiceTest.settlesInFull  Time elapsed: 0.012 s  <<< FAILURE!"_qs, Evidence::Cause);
        row("test in error", u"testRefund(com.example.RefundsTest)  Time elapsed: 0.003 sec  <<< ERROR!"_qs, Evidence::Cause);
        row("class summary", u"Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.5 sec <<< FAILURE! - in com.example.FooTest"_qs, Evidence::Summary);
        row("JUnit 4 counts", u"Tests run: 12, Failures: 1, Errors: 0"_qs, Evidence::Summary);
        row("Ant test case", u"    [junit] Testcase: reordersBelowThreshold(com.example.ReorderTest):\tFAILED"_qs, Evidence::Cause);
        row("assertion", u"org.opentest4j.AssertionFailedError: expected: <100.00> but was: <99.99>"_qs, Evidence::Generic);
        row("exception in thread", u"Exception in thread \"main\" java.lang.IllegalStateException: closed"_qs, Evidence::Generic);
        row("passing counts", u"Tests run: 5, Failures: 0"_qs, Evidence::None);
        row("passing counts with errors field", u"Tests run: 12, Failures: 0, Errors: 0, Skipped: 2"_qs, Evidence::None);
        row("stack frame", u"\tat com.example.PaymentServiceTest.settlesInFull(PaymentServiceTest.java:48)"_qs, Evidence::None);
        row("running", u"Running com.example.ErrorHandlerTest"_qs, Evidence::None);
    }
    void surefire() { checkClassification(); }

    void gradle_data()
    {
        columns();
        row("Kotlin error", u"e: /home/build/app/src/main/kotlin/App.kt: (12, 5): Unresolved reference: greet"_qs, Evidence::Cause);
        row("Kotlin 1.9 error", u"e: file:///home/build/app/src/main/kotlin/App.kt:12:5 Unresolved reference: greet"_qs, Evidence::Cause);
        row("javac through Gradle", u"/home/build/app/src/main/java/App.java:12: error: cannot find symbol"_qs, Evidence::Cause);
        row("failed test", u"AppTest > greetsInChinese() FAILED"_qs, Evidence::Cause);
        row("failed test, package", u"com.example.AppTest > greets[1] FAILED"_qs, Evidence::Cause);
        row("failed task", u"> Task :app:test FAILED"_qs, Evidence::Generic);
        row("build failed", u"FAILURE: Build failed with an exception."_qs, Evidence::Generic);
        row("what went wrong", u"* What went wrong:"_qs, Evidence::Generic);
        row("build failed in", u"BUILD FAILED in 12s"_qs, Evidence::Generic);
        row("Kotlin warning", u"w: /home/build/app/src/main/kotlin/App.kt: (3, 1): Parameter 'x' is never used"_qs, Evidence::None);
        row("passed test", u"AppTest > greets() PASSED"_qs, Evidence::None);
        row("task", u"> Task :app:compileKotlin"_qs, Evidence::None);
        row("configuration errors check", u"> Task :app:checkKotlinGradlePluginConfigurationErrors"_qs, Evidence::None);
        row("successful", u"BUILD SUCCESSFUL in 4s"_qs, Evidence::None);
        row("a failure occurred (context)", u"> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers"_qs, Evidence::None);
    }
    void gradle() { checkClassification(); }

    void npm_data()
    {
        columns();
        row("npm 6", u"npm ERR! payment-web@2.0.1 build: `webpack --mode production`"_qs, Evidence::Summary);
        row("npm 8", u"npm ERR! ERESOLVE unable to resolve dependency tree"_qs, Evidence::Summary);
        row("npm 10", u"npm error Lifecycle script `build` failed with error:"_qs, Evidence::Summary);
        row("404", u"npm ERR! 404 Not Found - GET https://registry.npmjs.org/@shop%2fui-kit - Not found"_qs, Evidence::Summary);
        row("code", u"npm ERR! code ELIFECYCLE"_qs, Evidence::Generic);
        row("errno", u"npm ERR! errno 1"_qs, Evidence::Generic);
        row("npm 10 code", u"npm error code 2"_qs, Evidence::Generic);
        row("npm 10 command", u"npm error command sh -c tsc -p ."_qs, Evidence::Generic);
        row("webpack", u"ERROR in ./src/index.js 12:0-36"_qs, Evidence::Cause);
        row("module not found", u"Module not found: Error: Can't resolve './config' in '/home/build/src'"_qs, Evidence::Generic);
        row("node error", u"Error: Cannot find module 'express'"_qs, Evidence::Generic);
        row("node error code", u"  code: 'ERR_MODULE_NOT_FOUND',"_qs, Evidence::Generic);
        row("empty", u"npm ERR! "_qs, Evidence::None);
        row("log pointer", u"npm ERR! A complete log of this run can be found in:"_qs, Evidence::None);
        row("npm 10 log pointer", u"npm error A complete log of this run can be found in: /root/.npm/_logs/x.log"_qs, Evidence::None);
        row("warning", u"npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory."_qs, Evidence::None);
        row("audit", u"found 0 vulnerabilities"_qs, Evidence::None);
        row("webpack success", u"webpack 5.89.0 compiled successfully in 3120 ms"_qs, Evidence::None);
    }
    void npm() { checkClassification(); }

    void yarn_data()
    {
        columns();
        row("command failed", u"error Command failed with exit code 1."_qs, Evidence::Summary);
        row("unexpected error", u"error An unexpected error occurred: \"https://registry.yarnpkg.com/x.tgz: Request failed \\\"404 Not Found\\\"\"."_qs, Evidence::Summary);
        row("yarn 3", u"➤ YN0000: └ Completed in 0s 251ms"_qs, Evidence::None);
        row("info", u"info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command."_qs, Evidence::None);
        row("warning", u"warning package.json: No license field"_qs, Evidence::None);
        row("done", u"Done in 3.52s."_qs, Evidence::None);
    }
    void yarn() { checkClassification(); }

    void pnpm_data()
    {
        columns();
        row("recursive run", u" ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @shop/api@0.3.0 build: `tsc -p tsconfig.build.json`"_qs, Evidence::Summary);
        row("fetch", u" ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@shop%2Fui-kit: Not Found - 404"_qs, Evidence::Summary);
        row("lifecycle", u" ELIFECYCLE  Command failed with exit code 2."_qs, Evidence::Summary);
        row("tsc inside", u"packages/api build: src/server.ts(14,3): error TS2345: Argument of type 'string' is not assignable"_qs, Evidence::Cause);
        row("progress", u"Progress: resolved 1, reused 0, downloaded 0, added 0"_qs, Evidence::None);
        row("done", u"packages/ui build: Done"_qs, Evidence::None);
    }
    void pnpm() { checkClassification(); }

    void go_data()
    {
        columns();
        row("compile error", u"internal/cart/cart.go:27:9: undefined: applyDiscount"_qs, Evidence::Cause);
        row("compile error, ./", u"./main.go:41:2: declared and not used: total"_qs, Evidence::Cause);
        row("failed test", u"--- FAIL: TestTotal (0.00s)"_qs, Evidence::Cause);
        row("failed subtest", u"    --- FAIL: TestParse/empty (0.00s)"_qs, Evidence::Cause);
        row("panic", u"panic: runtime error: index out of range [3] with length 3 [recovered]"_qs, Evidence::Cause);
        row("package failed", u"FAIL\texample.com/shop/internal/price\t0.004s"_qs, Evidence::Summary);
        row("build failed", u"FAIL\texample.com/shop/internal/cart [build failed]"_qs, Evidence::Summary);
        row("bare FAIL", u"FAIL"_qs, Evidence::Summary);
        row("all goroutines asleep", u"fatal error: all goroutines are asleep - deadlock!"_qs, Evidence::Cause);
        row("test log line", u"    total_test.go:18: Total() = 99, want 100"_qs, Evidence::None);
        row("passed", u"--- PASS: TestPrice (0.00s)"_qs, Evidence::None);
        row("ok", u"ok  \texample.com/shop/internal/tax\t0.003s"_qs, Evidence::None);
        row("error handling code in a trace", u"\t/home/build/internal/errors/wrap.go:31 +0x1d"_qs, Evidence::None);
        row("downloading errors package", u"go: downloading github.com/pkg/errors v0.9.1"_qs, Evidence::None);
    }
    void go() { checkClassification(); }

    void pytest_data()
    {
        columns();
        row("failed test", u"FAILED tests/test_cart.py::test_discount - assert 18.000000000000004 == 18"_qs, Evidence::Cause);
        row("assertion", u"E       assert 18.000000000000004 == 18"_qs, Evidence::Cause);
        row("exception", u"E   ModuleNotFoundError: No module named 'shop.tax'"_qs, Evidence::Cause);
        row("collection error", u"ERROR tests/test_tax.py"_qs, Evidence::Cause);
        row("summary", u"========================= 1 failed, 11 passed in 0.08s ========================="_qs, Evidence::Generic);
        row("errors summary", u"=============================== 1 error in 0.12s ==============================="_qs, Evidence::Generic);
        row("passing summary", u"============================== 12 passed in 0.05s =============================="_qs, Evidence::None);
        row("failures header", u"=================================== FAILURES ==================================="_qs, Evidence::None);
        row("errors header", u"==================================== ERRORS ===================================="_qs, Evidence::None);
        row("progress with F", u"tests/test_cart.py ..F.........                                          [100%]"_qs, Evidence::None);
        row("xfail", u"tests/test_tax.py::test_rounding XFAIL (known float issue)"_qs, Evidence::None);
    }
    void pytest() { checkClassification(); }

    void jest_data()
    {
        columns();
        row("failed test", u"  ● Cart › adds an item"_qs, Evidence::Cause);
        row("suite failed", u"  ● Test suite failed to run"_qs, Evidence::Cause);
        row("failed file", u" FAIL  src/cart.test.js"_qs, Evidence::Summary);
        row("tests summary", u"Tests:       1 failed, 5 passed, 6 total"_qs, Evidence::Generic);
        row("suites summary", u"Test Suites: 1 failed, 1 passed, 2 total"_qs, Evidence::Generic);
        row("console block", u"  ● Console"_qs, Evidence::None);
        row("passed file", u" PASS  src/price.test.js"_qs, Evidence::None);
        row("passing summary", u"Tests:       6 passed, 6 total"_qs, Evidence::None);
        row("expected", u"    Expected: 2"_qs, Evidence::None);
    }
    void jest() { checkClassification(); }

    void gccClang_data()
    {
        columns();
        row("gcc error", u"src/parse.c:88:12: error: implicit declaration of function 'strlcpy' [-Werror=implicit-function-declaration]"_qs, Evidence::Cause);
        row("clang fatal error", u"/home/build/src/net.h:5:10: fatal error: 'asio.hpp' file not found"_qs, Evidence::Cause);
        row("fatal error without place", u"fatal error: zlib.h: No such file or directory"_qs, Evidence::Cause);
        row("undefined reference", u"main.c:(.text.startup+0x2b): undefined reference to `config_load'"_qs, Evidence::Cause);
        row("lld", u"ld.lld: error: undefined symbol: shop::Net::connect()"_qs, Evidence::Cause);
        row("ld", u"/usr/bin/ld: error: cannot open output file build/app: Permission denied"_qs, Evidence::Cause);
        row("MSVC", u"C:\\src\\net.cpp(12): error C2065: 'socket': undeclared identifier"_qs, Evidence::Cause);
        row("collect2", u"collect2: error: ld returned 1 exit status"_qs, Evidence::Summary);
        row("clang driver", u"clang++: error: linker command failed with exit code 1 (use -v to see invocation)"_qs, Evidence::Summary);
        row("make", u"make: *** [Makefile:23: build/parse.o] Error 1"_qs, Evidence::Generic);
        row("gmake", u"gmake[2]: *** [CMakeFiles/shop.dir/build.make:76: src/net.cpp.o] Error 1"_qs, Evidence::Generic);
        row("-Werror on the command line", u"cc -O2 -Wall -Werror -Iinclude -c src/main.c -o build/main.o"_qs, Evidence::None);
        row("warning", u"src/parse.c:12:5: warning: unused variable 'n' [-Wunused-variable]"_qs, Evidence::None);
        row("note", u"src/parse.c:3:10: note: include '<string.h>' or provide a declaration of 'strlcpy'"_qs, Evidence::None);
        row("errors generated", u"1 error generated."_qs, Evidence::None);
        row("object named error", u"[ 50%] Building C object CMakeFiles/shop.dir/src/error.c.o"_qs, Evidence::None);
        row("no errors", u"Compiled with 0 errors and 0 warnings"_qs, Evidence::None);
    }
    void gccClang() { checkClassification(); }

    void msbuild_data()
    {
        columns();
        row("C# error", u"/src/Shop.Api/Controllers/CartController.cs(42,17): error CS1002: ; expected [/src/Shop.Api/Shop.Api.csproj]"_qs, Evidence::Cause);
        row("MSBuild error", u"/src/Shop.Web/Shop.Web.csproj(31,5): error MSB3073: The command \"npm run build\" exited with code 127."_qs, Evidence::Cause);
        row("NuGet error", u"/src/Shop.Api/Shop.Api.csproj : error NU1101: Unable to find package Shop.Ledger."_qs, Evidence::Cause);
        row("build failed", u"Build FAILED."_qs, Evidence::Generic);
        row("error count", u"    2 Error(s)"_qs, Evidence::Generic);
        row("no errors", u"    0 Error(s)"_qs, Evidence::None);
        row("no warnings", u"    0 Warning(s)"_qs, Evidence::None);
        row("succeeded", u"Build succeeded."_qs, Evidence::None);
        row("warning", u"/src/A.cs(3,5): warning CS0168: The variable 'e' is declared but never used"_qs, Evidence::None);
    }
    void msbuild() { checkClassification(); }

    void docker_data()
    {
        columns();
        row("failed to solve", u"ERROR: failed to solve: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1"_qs, Evidence::Summary);
        row("step error", u"#9 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1"_qs, Evidence::Summary);
        row("classic", u"The command '/bin/sh -c make' returned a non-zero code: 2"_qs, Evidence::Summary);
        row("tool output in a step", u"#9 1.205 npm ERR! 404 Not Found - GET https://registry.npmjs.org/@shop%2fui-kit"_qs, Evidence::Summary);
        row("compiler output in a step", u"#12 3.456 src/parse.c:88:12: error: expected ';'"_qs, Evidence::Cause);
        row("step done", u"#9 DONE 12.3s"_qs, Evidence::None);
        row("cached", u"#5 CACHED"_qs, Evidence::None);
        row("step", u"#9 [build 4/6] RUN npm ci"_qs, Evidence::None);
    }
    void docker() { checkClassification(); }

    void genericWords_data()
    {
        columns();
        row("ERROR", u"ERROR: upload failed: 403 Forbidden"_qs, Evidence::Generic);
        row("FATAL", u"2024-05-14 10:21:33 FATAL could not connect to database"_qs, Evidence::Generic);
        row("error:", u"error: failed to push some refs to 'https://codehub.example.com/shop.git'"_qs, Evidence::Generic);
        row("Error:", u"Error: Process completed with exit code 1."_qs, Evidence::Generic);
        row("git fatal", u"fatal: repository 'https://codehub.example.com/shop.git/' not found"_qs, Evidence::Generic);
        row("bracketed", u"##[error]Process completed with exit code 1."_qs, Evidence::Generic);
        row("rustc", u"error[E0425]: cannot find value `total` in this scope"_qs, Evidence::Cause);
        row("environment variable name", u"+ export ERROR_LOG_DIR=/var/log/shop"_qs, Evidence::None);
        row("environment variable value", u"LOG_LEVEL=ERROR"_qs, Evidence::None);
        row("error code as a variable name", u"+ export ERR_REPORT_FILE=/tmp/report.txt"_qs, Evidence::None);
        row("-Werror", u"CFLAGS=-Wall -Werror"_qs, Evidence::None);
        row("0 errors", u"0 errors, 0 warnings"_qs, Evidence::None);
        row("error in a word", u"Copying src/errorhandler.js to dist/"_qs, Evidence::None);
        row("info mentioning error:", u"[INFO] retry policy: error: none"_qs, Evidence::None);
        row("warning mentioning ERROR", u"WARNING: ERROR level logging is disabled"_qs, Evidence::None);
        row("timestamped info", u"2024-05-14 10:21:33,123 INFO error: none so far"_qs, Evidence::None);
        row("plain text", u"Uploading artifact shop-1.4.2.tar.gz"_qs, Evidence::None);
        row("Chinese", u"构建失败，退出码 1"_qs, Evidence::None);
    }
    void genericWords() { checkClassification(); }

    void realLogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("explanation");
        for (const auto &[file, explanation] : seedLogs())
            QTest::newRow(qPrintable(file)) << file << explanation;
    }

    void realLogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, explanation);
        QFile input(corpusDirectory() + u'/' + file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
        QStringList lines = QString::fromUtf8(input.readAll()).split(u'\n');
        if (lines.last().isEmpty())
            lines.removeLast();

        const FailureReport report = reportOf(lines);
        checkShape(report, lines);
        if (QTest::currentTestFailed())
            return;
        if (explanation.isEmpty()) {
            QVERIFY(!report.recognised);
            QVERIFY(!report.explanation);
            QCOMPARE(numbers(report), range(qMax<qint64>(1, lines.size() - 49), lines.size()));
            return;
        }
        QVERIFY(report.recognised);
        QVERIFY(report.explanation);
        QCOMPARE(report.explanation->text, explanation);
    }

    void everySeedLogIsInTheTest()
    {
        QStringList listed;
        for (const auto &[file, explanation] : seedLogs())
            listed << file;
        listed.sort();
        QCOMPARE(QDir(corpusDirectory()).entryList({u"*.log"_qs}, QDir::Files, QDir::Name), listed);
    }

    void windowsAroundErrorsMergeAndGapsAreMarked()
    {
        QStringList lines;
        for (int n = 1; n <= 40; ++n)
            lines << (n == 10 || n == 13 || n == 30 ? u"ERROR: step %1"_qs.arg(n) : u"step %1"_qs.arg(n));
        const FailureReport report = reportOf(lines);
        checkShape(report, lines);
        QCOMPARE(numbers(report), range(7, 16) + QList<qint64>{0} + range(27, 33));
        QCOMPARE(report.lines[3].kind, Kind::Error);     // line 10
        QCOMPARE(report.lines[6].kind, Kind::Error);     // line 13
        QCOMPARE(report.lines[4].kind, Kind::Context);
        QCOMPARE(report.lines[10].kind, Kind::Gap);
        QCOMPARE(report.lines[10].text, u"…"_qs);
        QCOMPARE(report.explanation->number, 10);
    }

    void windowsAtTheEdges()
    {
        QStringList lines = {u"ERROR first"_qs, u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs, u"ERROR last"_qs};
        FailureReport report = reportOf(lines);
        checkShape(report, lines);
        QCOMPARE(numbers(report), range(1, 7));   // windows 1-4 and 4-7 meet: no gap
        lines.insert(4, u"x"_qs);
        report = reportOf(lines);
        QCOMPARE(numbers(report), range(1, 8));   // 1-4 and 5-8 are next to each other
        lines.insert(4, u"y"_qs);
        report = reportOf(lines);
        QCOMPARE(numbers(report), range(1, 4) + QList<qint64>{0} + range(6, 9));
    }

    void nothingRecognisedGivesTheLastLines()
    {
        QStringList lines;
        for (int n = 1; n <= 120; ++n)
            lines << u"compiling unit %1"_qs.arg(n);
        FailureReport report = reportOf(lines);
        QVERIFY(!report.recognised);
        QVERIFY(!report.explanation);
        QCOMPARE(numbers(report), range(71, 120));
        checkShape(report, lines);

        report = reportOf(lines.first(10));
        QCOMPARE(numbers(report), range(1, 10));
        QVERIFY(reportOf({}).lines.isEmpty());
    }

    void theMostTellingLineExplains()
    {
        QStringList lines(80, u"working"_qs);
        lines[4] = u"ERROR something"_qs;                                       // generic
        lines[19] = u"[ERROR] Failed to execute goal x on project y: z"_qs;    // summary
        lines[39] = u"src/a.c:1:2: error: first cause"_qs;                      // cause
        lines[59] = u"src/b.c:3:4: error: second cause"_qs;                     // cause, later
        const FailureReport report = reportOf(lines);
        QCOMPARE(report.explanation->number, 40);
        QCOMPARE(report.explanation->text, u"src/a.c:1:2: error: first cause"_qs);
        QCOMPARE(report.explanation->kind, Kind::Error);
        checkShape(report, lines);
        QCOMPARE(report.lines.count(ExcerptLine{Kind::Gap, 0, u"…"_qs}), 3);
    }

    void gradleSaysWhatWentWrongOnTheNextLine()
    {
        const QStringList lines = {u"> Task :app:compileJava FAILED"_qs, QString(), u"* What went wrong:"_qs,
                                   u"Execution failed for task ':app:compileJava'."_qs, u"> Could not resolve all files"_qs};
        const FailureReport report = reportOf(lines);
        QCOMPARE(report.explanation->number, 4);
        QCOMPARE(report.lines[3].kind, Kind::Error);
        QCOMPARE(report.lines[4].kind, Kind::Context);
    }

    // Thousands of error lines: at most kMaxLines lines, the explanation and its context
    // among them, gaps where lines were left out.
    void manyErrorsStayWithinTheBudget()
    {
        QStringList lines;
        for (int n = 1; n <= 20'000; ++n) {
            if (n == 12'345)
                lines << u"src/deep.c:12:5: error: the cause"_qs;
            else if (n % 5 == 0 || n < 300)
                lines << u"ERROR: noise %1"_qs.arg(n);
            else
                lines << u"line %1"_qs.arg(n);
        }
        const FailureReport report = reportOf(lines);
        checkShape(report, lines);
        QCOMPARE(report.lines.size(), FailureExtractor::kMaxLines);
        QCOMPARE(report.explanation->number, 12'345);
        const QList<qint64> shown = numbers(report);
        for (qint64 n = 12'342; n <= 12'348; ++n)
            QVERIFY2(shown.contains(n), qPrintable(QString::number(n)));
        QVERIFY(shown.contains(0));
        QVERIFY(shown.contains(1));   // the first errors
    }

    void longLinesAreCut()
    {
        const QString huge = u"ERROR "_qs + QString(100 * 1024, u'x');
        const FailureReport report = reportOf({u"before"_qs, huge, u"after"_qs});
        QCOMPARE(report.explanation->text.size(), FailureExtractor::kMaxLineChars);
        QVERIFY(report.explanation->text.endsWith(u'…'));
        QVERIFY(huge.startsWith(report.explanation->text.chopped(1)));
        QCOMPARE(report.lines.size(), 3);
        QCOMPARE(report.lines[1].text, report.explanation->text);
        QCOMPARE(report.lines[0].text, u"before"_qs);
    }

    void reportsWhileFeeding()
    {
        FailureExtractor extractor;
        extractor.addLine(u"compiling"_qs);
        QVERIFY(!extractor.report().recognised);
        extractor.addLine(u"x.c:1:1: error: oops"_qs);
        FailureReport report = extractor.report();
        QVERIFY(report.recognised);
        QCOMPARE(numbers(report), range(1, 2));
        for (int n = 0; n < 10; ++n)
            extractor.addLine(u"after"_qs);
        report = extractor.report();
        QCOMPARE(numbers(report), range(1, 5));
        QCOMPARE(extractor.lineCount(), 12);
    }
};

QTEST_GUILESS_MAIN(TestFailureExtractor)
#include "tst_failureextractor.moc"
