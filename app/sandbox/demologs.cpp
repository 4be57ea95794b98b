#include "sandbox/demologs.h"

#include "sandbox/demobuilds.h"
#include "sandbox/demoids.h"

#include <QHash>
#include <QJsonObject>

#include <array>

using DemoRecords::StageState;

namespace {

// What one step writes in one kind of build: lines given once, in order, then lines repeated
// for as long as the step runs ({n} is the line's number in the step), and the tool's error
// lines when the step fails.
struct StepText
{
    QList<const char *> intro;
    QList<const char *> repeated;
    QList<const char *> failure;
};
using KindText = std::array<StepText, 6>;   // the steps of DemoRecords::stepNames()

constexpr int kCheckoutStep = 0;
constexpr int kDependenciesStep = 1;
constexpr int kCompileStep = 2;
constexpr int kTestStep = DemoRecords::kUnitTestStep;

// Lines every kind shares: the checkout and the upload are the agent's, not the build tool's.
const StepText kCheckout{
    {"+ git clone --depth=1 --branch {branch} git@codehub.devcloud.cn-north-4.huaweicloud.com:demo/{job}.git .",
     "Cloning into '.'...",
     "remote: Enumerating objects: 1523, done.",
     "",   // the GBK line (specialLine)
     "Receiving objects: 100% (1523/1523), 2.31 MiB | 11.20 MiB/s, done.",
     "Resolving deltas: 100% (611/611), done.",
     "HEAD is now at {commit}",
     "[CodeArts] \xe4\xbb\xa3\xe7\xa0\x81\xe6\xa3\x80\xe5\x87\xba\xe5\xae\x8c\xe6\x88\x90 checked out {branch} at {commit}"},
    {"Updating submodule {n}: done"},
    {"fatal: couldn't find remote ref {branch}",
     "\x1b[31m[CodeArts] \xe4\xbb\xa3\xe7\xa0\x81\xe6\xa3\x80\xe5\x87\xba\xe5\xa4\xb1\xe8\xb4\xa5 checkout failed: git exited with code 128\x1b[0m"}};

const StepText kUpload{
    {"[CodeArts] \xe4\xb8\x8a\xe4\xbc\xa0\xe6\x9e\x84\xe5\xbb\xba\xe4\xba\xa7\xe7\x89\xa9 uploading to the release repository",
     "Uploading {job}-{build}.tar.gz (12.4 MB)"},
    {"Uploaded part {n} of 8"},
    {"ERROR: upload to the release repository failed: HTTP 401 Unauthorized (the release token has expired)",
     "[CodeArts] \xe4\xb8\x8a\xe4\xbc\xa0\xe5\xa4\xb1\xe8\xb4\xa5 upload failed"}};

const QList<const char *> kPackagingFailure = {
    "cp: error writing '/codearts/workspace/dist/{job}-{build}.tar.gz': No space left on device",
    "\x1b[31m[CodeArts] ERROR: \xe6\x89\x93\xe5\x8c\x85\xe5\xa4\xb1\xe8\xb4\xa5 packaging failed: No space left on device "
    "(exit code 1)\x1b[0m"};

#define MVN_INFO "[\x1b[1;34mINFO\x1b[m] "
#define MVN_WARN "[\x1b[1;33mWARNING\x1b[m] "
#define MVN_ERROR "[\x1b[1;31mERROR\x1b[m] "
#define MVN_RULE "\x1b[1m------------------------------------------------------------------------\x1b[m"
#define NPM_ERR "npm \x1b[31mERR!\x1b[39m "

const KindText kMaven = {
    kCheckout,
    StepText{{MVN_INFO "Scanning for projects...", MVN_INFO,
              "",   // the progress line
              MVN_INFO "\x1b[1m------------------< \x1b[0;36mcom.example:{job}\x1b[0;1m >------------------\x1b[m",
              MVN_INFO "\x1b[1mBuilding {job} 1.4.2\x1b[m"},
             {"Downloading from huaweicloud: https://repo.huaweicloud.com/repository/maven/org/example/lib{n}/1.{n}/lib{n}-1.{n}.pom",
              "Downloaded from huaweicloud: https://repo.huaweicloud.com/repository/maven/org/example/lib{n}/1.{n}/lib{n}-1.{n}.pom (2.{n} kB at 48 kB/s)"},
             {MVN_ERROR "Failed to execute goal on project {job}: Could not resolve dependencies for project "
                        "com.example:{job}:jar:1.4.2: Could not find artifact com.example:ledger-client:jar:2.3.0 in "
                        "huaweicloud (https://repo.huaweicloud.com/repository/maven/) -> [Help 1]",
              MVN_ERROR, MVN_ERROR "To see the full stack trace of the errors, re-run Maven with the -e switch.",
              MVN_ERROR "Re-run Maven using the -X switch to enable full debug logging."}},
    StepText{{MVN_INFO "\x1b[1m--- \x1b[0;32mmaven-resources-plugin:3.3.1:resources\x1b[m \x1b[1m(default-resources)\x1b[m @ \x1b[36m{job}\x1b[0;1m ---\x1b[m",
              MVN_INFO "Copying 12 resources from src/main/resources to target/classes",
              "",   // the long line
              MVN_INFO "\x1b[1m--- \x1b[0;32mmaven-compiler-plugin:3.11.0:compile\x1b[m \x1b[1m(default-compile)\x1b[m @ \x1b[36m{job}\x1b[0;1m ---\x1b[m",
              MVN_INFO "Changes detected - recompiling the module! :source",
              MVN_INFO "Compiling 214 source files with javac [debug target 17] to target/classes"},
             {"[DEBUG] Stale source detected: /codearts/workspace/src/main/java/com/example/pay/Module{n}.java"},
             {MVN_ERROR "COMPILATION ERROR : ", MVN_INFO "-------------------------------------------------------------",
              MVN_ERROR "/codearts/workspace/src/main/java/com/example/pay/Ledger.java:[88,17] cannot find symbol",
              "  symbol:   method post(com.example.pay.Entry)",
              "  location: variable journal of type com.example.pay.Journal", MVN_INFO "1 error",
              MVN_INFO "-------------------------------------------------------------", MVN_INFO MVN_RULE,
              MVN_INFO "\x1b[1;31mBUILD FAILURE\x1b[m", MVN_INFO MVN_RULE, MVN_INFO "Total time:  42.118 s",
              MVN_ERROR "Failed to execute goal \x1b[32morg.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile\x1b[m "
                        "\x1b[1m(default-compile)\x1b[m on project \x1b[36m{job}\x1b[m: \x1b[1;31mCompilation failure\x1b[m",
              MVN_ERROR "-> \x1b[1m[Help 1]\x1b[m"}},
    StepText{{MVN_INFO "\x1b[1m--- \x1b[0;32mmaven-surefire-plugin:3.1.2:test\x1b[m \x1b[1m(default-test)\x1b[m @ \x1b[36m{job}\x1b[0;1m ---\x1b[m",
              MVN_INFO "Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider",
              MVN_INFO, MVN_INFO "-------------------------------------------------------", "", "",
              MVN_INFO " T E S T S", MVN_INFO "-------------------------------------------------------"},
             {MVN_INFO "Running com.example.pay.Module{n}Test",
              MVN_INFO "\x1b[1;32mTests run: \x1b[0;1;32m12\x1b[m, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.{n} s - in com.example.pay.Module{n}Test"},
             {MVN_INFO "Running com.example.pay.RefundServiceTest",
              MVN_ERROR "\x1b[1;31mTests \x1b[0;1mrun: \x1b[0;1m9\x1b[m, \x1b[1;31mFailures: \x1b[0;1;31m1\x1b[m, Errors: 0, Skipped: 0, "
                        "Time elapsed: 0.48 s\x1b[1;31m <<< FAILURE!\x1b[m - in \x1b[1mcom.example.pay.RefundServiceTest\x1b[m",
              MVN_ERROR "com.example.pay.RefundServiceTest.roundsRefundsHalfUp  Time elapsed: 0.031 s  <<< FAILURE!",
              "org.opentest4j.AssertionFailedError: expected: <10.05> but was: <10.04>",
              "\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
              "\tat com.example.pay.RefundServiceTest.roundsRefundsHalfUp(RefundServiceTest.java:42)", MVN_INFO,
              MVN_INFO "Results:", MVN_INFO, MVN_ERROR "\x1b[1;31mFailures: \x1b[m",
              MVN_ERROR "\x1b[1;31m  RefundServiceTest.roundsRefundsHalfUp:42 expected: <10.05> but was: <10.04>\x1b[m", MVN_INFO,
              MVN_ERROR "\x1b[1;31mTests run: 214, Failures: 1, Errors: 0, Skipped: 2\x1b[m", MVN_INFO MVN_RULE,
              MVN_INFO "\x1b[1;31mBUILD FAILURE\x1b[m", MVN_INFO MVN_RULE,
              MVN_ERROR "Failed to execute goal \x1b[32morg.apache.maven.plugins:maven-surefire-plugin:3.1.2:test\x1b[m "
                        "\x1b[1m(default-test)\x1b[m on project \x1b[36m{job}\x1b[m: \x1b[1;31mThere are test failures.\x1b[m"}},
    StepText{{MVN_INFO "\x1b[1m--- \x1b[0;32mmaven-jar-plugin:3.3.0:jar\x1b[m \x1b[1m(default-jar)\x1b[m @ \x1b[36m{job}\x1b[0;1m ---\x1b[m",
              MVN_INFO "Building jar: /codearts/workspace/target/{job}-1.4.2.jar", MVN_INFO MVN_RULE,
              MVN_INFO "\x1b[1;32mBUILD SUCCESS\x1b[m", MVN_INFO MVN_RULE},
             {MVN_WARN "JAR will be empty - no content was marked for inclusion in module{n}"},
             kPackagingFailure},
    kUpload,
};

#define GRADLE_FAILED "\x1b[31mFAILED\x1b[39m"
#define GRADLE_BUILD_FAILED "\x1b[31mBUILD FAILED\x1b[39m"

const KindText kGradle = {
    kCheckout,
    StepText{{"Downloading https://services.gradle.org/distributions/gradle-8.4-bin.zip",
              "...........10%...........20%...........30%...........40%...........50%...........60%...........70%"
              "...........80%...........90%...........100%",
              "",   // the progress line
              "Welcome to Gradle 8.4!", "Starting a Gradle Daemon (subsequent builds will be faster)"},
             {"Download https://repo.huaweicloud.com/repository/maven/com/example/lib{n}/1.0/lib{n}-1.0.aar, took {n} ms"},
             {"FAILURE: Build failed with an exception.", "", "* What went wrong:",
              "Execution failed for task ':app:checkDebugAarMetadata'.",
              "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.",
              "   > Could not find com.example:analytics:2.1.0.", "     Required by:", "         project :app", "",
              "* Try:", "> Run with --stacktrace option to get the stack trace.", "", GRADLE_BUILD_FAILED " in 38s"}},
    StepText{{"\x1b[1m> Task :app:preBuild\x1b[m UP-TO-DATE", "\x1b[1m> Task :app:compileDebugKotlin\x1b[m",
              "",   // the long line
              "\x1b[1m> Task :app:compileDebugJavaWithJavac\x1b[m"},
             {"\x1b[1m> Task :module{n}:compileDebugKotlin\x1b[m UP-TO-DATE"},
             {"e: file:///codearts/workspace/app/src/main/java/com/example/app/LoginActivity.kt:42:13 Unresolved reference: bindng",
              "e: file:///codearts/workspace/app/src/main/java/com/example/app/LoginActivity.kt:57:5 Type mismatch: "
              "inferred type is String? but String was expected",
              "", "\x1b[1m> Task :app:compileDebugKotlin\x1b[m " GRADLE_FAILED, "",
              "FAILURE: Build failed with an exception.", "", "* What went wrong:",
              "Execution failed for task ':app:compileDebugKotlin'.",
              "> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction",
              "   > Compilation error. See log for more details", "", GRADLE_BUILD_FAILED " in 1m 12s",
              "23 actionable tasks: 23 executed"}},
    StepText{{"\x1b[1m> Task :app:testDebugUnitTest\x1b[m", "", "LoginViewModelTest > acceptsValidInput PASSED",
              "LoginViewModelTest > trimsTheUserName PASSED", "", ""},
             {"Module{n}Test > validatesInput PASSED"},
             {"", "LoginViewModelTest > rejectsEmptyPassword " GRADLE_FAILED,
              "    java.lang.AssertionError at LoginViewModelTest.kt:57", "", "86 tests completed, 1 failed", "",
              "\x1b[1m> Task :app:testDebugUnitTest\x1b[m " GRADLE_FAILED, "",
              "FAILURE: Build failed with an exception.", "", "* What went wrong:",
              "Execution failed for task ':app:testDebugUnitTest'.",
              "> There were failing tests. See the report at: file:///codearts/workspace/app/build/reports/tests/testDebugUnitTest/index.html",
              "", GRADLE_BUILD_FAILED " in 2m 3s"}},
    StepText{{"\x1b[1m> Task :app:assembleRelease\x1b[m", "\x1b[32mBUILD SUCCESSFUL\x1b[39m in 48s"},
             {"\x1b[1m> Task :module{n}:bundleReleaseAar\x1b[m"},
             kPackagingFailure},
    kUpload,
};

const KindText kNpm = {
    kCheckout,
    StepText{{"+ npm ci --no-audit",
              "npm \x1b[33mWARN\x1b[39m \x1b[94mdeprecated\x1b[39m inflight@1.0.6: This module is not supported, and leaks memory.",
              "",   // the progress line
              "\xe5\xae\x89\xe8\xa3\x85\xe4\xbe\x9d\xe8\xb5\x96 installing dependencies from package-lock.json"},
             {"npm \x1b[2mhttp\x1b[22m \x1b[2mfetch\x1b[22m GET 200 https://repo.huaweicloud.com/repository/npm/@example%2fwidget-{n}/-/widget-{n}-1.0.{n}.tgz {n}ms (cache miss)"},
             {NPM_ERR "code E404",
              NPM_ERR "404 Not Found - GET https://repo.huaweicloud.com/repository/npm/@example%2fui-kit - Not found",
              NPM_ERR "404", NPM_ERR "404  '@example/ui-kit@^3.2.0' is not in this registry.", "",
              NPM_ERR "A complete log of this run can be found in: /root/.npm/_logs/2024-07-24T02_11_12_123Z-debug-0.log"}},
    StepText{{"> web@2.4.0 build", "> vue-tsc --noEmit && vite build",
              "",   // the long line
              "\x1b[36mvite v5.0.12 \x1b[32mbuilding for production...\x1b[36m\x1b[39m", "transforming..."},
             {"\x1b[2mdist/\x1b[22m\x1b[36massets/chunk-{n}.js  \x1b[39m\x1b[1m\x1b[2m  {n}.42 kB\x1b[22m\x1b[1m\x1b[22m\x1b[2m \xe2\x94\x82 gzip: 3.{n} kB\x1b[22m"},
             {"src/views/cart/CartSummary.vue:42:7 - \x1b[91merror\x1b[0m\x1b[90m TS2322: \x1b[0mType 'string' is not assignable to type 'number'.",
              "", "\x1b[7m42\x1b[0m       total: props.total,", "\x1b[7m  \x1b[0m \x1b[91m      ~~~~~\x1b[0m", "",
              "Found 1 error in src/views/cart/CartSummary.vue\x1b[90m:42\x1b[0m", "",
              NPM_ERR "Lifecycle script `build` failed with error: ", NPM_ERR "Error: command failed ",
              NPM_ERR "  in workspace: web@2.4.0 ", NPM_ERR "  at location: /codearts/workspace/web "}},
    StepText{{"> web@2.4.0 test", "> jest --ci", "", "", "", ""},
             {"\x1b[0m\x1b[7m\x1b[1m\x1b[32m PASS \x1b[39m\x1b[22m\x1b[27m\x1b[0m \x1b[2msrc/components/\x1b[22m\x1b[1mWidget{n}.test.ts\x1b[22m"},
             {"\x1b[0m\x1b[7m\x1b[1m\x1b[31m FAIL \x1b[39m\x1b[22m\x1b[27m\x1b[0m \x1b[2msrc/cart/\x1b[22m\x1b[1mcart.test.ts\x1b[22m",
              "\x1b[1m\x1b[31m  \x1b[1m\xe2\x97\x8f \x1b[22m\x1b[1mCart \xe2\x80\xba applies the member discount\x1b[39m\x1b[22m", "",
              "    \x1b[2mexpect(\x1b[22m\x1b[31mreceived\x1b[39m\x1b[2m).\x1b[22mtoBe\x1b[2m(\x1b[22m\x1b[32mexpected\x1b[39m\x1b[2m) // Object.is equality\x1b[22m",
              "", "    Expected: \x1b[32m90\x1b[39m", "    Received: \x1b[31m100\x1b[39m", "",
              "\x1b[1mTests:       \x1b[22m\x1b[1m\x1b[31m1 failed\x1b[39m\x1b[22m, \x1b[1m\x1b[32m87 passed\x1b[39m\x1b[22m, 88 total",
              NPM_ERR "Lifecycle script `test` failed with error: ", NPM_ERR "Error: command failed "}},
    StepText{{"+ tar -czf web-{build}.tar.gz -C dist ."},
             {"a ./assets/chunk-{n}.js"},
             kPackagingFailure},
    kUpload,
};

const KindText kGo = {
    kCheckout,
    StepText{{"+ go mod download -x", "# get https://goproxy.cn/github.com/example/etl/@v/list", ""},
             {"go: downloading github.com/example/etl{n} v1.{n}.0"},
             {"cmd/pipeline/main.go:9:2: github.com/example/etl@v1.4.0: reading "
              "https://goproxy.cn/github.com/example/etl/@v/v1.4.0.mod: 404 Not Found",
              "\tserver response: not found: github.com/example/etl@v1.4.0: invalid version: unknown revision v1.4.0",
              "make: *** [Makefile:9: deps] Error 1"}},
    StepText{{"+ make build", "go build -v -trimpath ./...",
              "",   // the long line
              "example.com/pipeline/internal/config"},
             {"example.com/pipeline/internal/stage{n}"},
             {"# example.com/pipeline/internal/etl", "internal/etl/transform.go:57:9: undefined: normalise",
              "internal/etl/transform.go:61:2: too many return values", "\thave (Rows, error, error)", "\twant (Rows, error)",
              "make: *** [Makefile:14: build] Error 1"}},
    StepText{{"+ go test -v -race ./...", "=== RUN   TestConfig", "--- PASS: TestConfig (0.00s)", "PASS", "", ""},
             {"=== RUN   TestStage{n}", "--- PASS: TestStage{n} (0.0{n}s)",
              "\x1b[32mok\x1b[0m  \texample.com/pipeline/internal/stage{n}\t0.{n}s"},
             {"=== RUN   TestTransform", "=== RUN   TestTransform/empty_rows", "    transform_test.go:88: got 3 rows, want 0",
              "--- FAIL: TestTransform (0.01s)", "    --- FAIL: TestTransform/empty_rows (0.00s)", "FAIL",
              "FAIL\texample.com/pipeline/internal/etl\t0.214s", "FAIL", "make: *** [Makefile:17: test] Error 1"}},
    StepText{{"+ tar -czf pipeline-{build}.tar.gz bin/"},
             {"a bin/stage{n}"},
             kPackagingFailure},
    kUpload,
};

const KindText kDocker = {
    kCheckout,
    StepText{{"+ docker build --progress=plain -t swr.cn-north-4.myhuaweicloud.com/demo/{job}:{build} .",
              "#0 building with \"default\" instance using docker driver",
              "",   // the progress line
              "#1 [internal] load build definition from Dockerfile", "#1 transferring dockerfile: 1.24kB done",
              "#2 [internal] load metadata for docker.io/library/maven:3.9-eclipse-temurin-17"},
             {"#5 sha256:4f2a{n}c1 {n}.1MB / 180.3MB 0.{n}s"},
             {"#2 ERROR: failed to do request: Head \"https://registry-1.docker.io/v2/library/maven/manifests/3.9-eclipse-temurin-17\": "
              "dial tcp 54.227.20.253:443: i/o timeout",
              "------", " > [internal] load metadata for docker.io/library/maven:3.9-eclipse-temurin-17:", "------",
              "ERROR: failed to solve: maven:3.9-eclipse-temurin-17: failed to resolve source metadata for "
              "docker.io/library/maven:3.9-eclipse-temurin-17: failed to do request: Head "
              "\"https://registry-1.docker.io/v2/library/maven/manifests/3.9-eclipse-temurin-17\": dial tcp 54.227.20.253:443: i/o timeout"}},
    StepText{{"#9 [builder 4/7] RUN make build", "#9 0.104 mkdir -p build",
              "",   // the long line
              "#9 0.311 cc -O2 -Wall -Werror -Iinclude -c src/main.c -o build/main.o"},
             {"#9 {n}.412 cc -O2 -Wall -Werror -Iinclude -c src/unit{n}.c -o build/unit{n}.o"},
             {"#9 3.912 src/net/socket.c:112:5: \x1b[01;31m\x1b[Kerror: \x1b[m\x1b[K'strlcpy' undeclared (first use in this function)",
              "#9 3.913 make: *** [Makefile:22: build/socket.o] Error 1",
              "#9 ERROR: process \"/bin/sh -c make build\" did not complete successfully: exit code: 2", "------",
              " > [builder 4/7] RUN make build:",
              "3.912 src/net/socket.c:112:5: error: 'strlcpy' undeclared (first use in this function)", "------",
              "Dockerfile:14",
              "ERROR: failed to solve: process \"/bin/sh -c make build\" did not complete successfully: exit code: 2"}},
    StepText{{"#11 [builder 5/7] RUN pytest -q tests/integration", "#11 0.812 ============================= test session starts ==============================",
              "#11 0.813 platform linux -- Python 3.12.1, pytest-8.0.0", "#11 0.901 collected 312 items", "", ""},
             {"#11 {n}.1 tests/integration/test_orders.py::test_case_{n} PASSED                 [ 42%]"},
             {"#11 41.2 FAILED tests/integration/test_orders.py::test_refund_rounding - assert Decimal('10.04') == Decimal('10.05')",
              "#11 41.3 =========================== short test summary info ============================",
              "#11 41.3 FAILED tests/integration/test_orders.py::test_refund_rounding - assert Decimal('10.04') == Decimal('10.05')",
              "#11 41.3 ======================= 1 failed, 311 passed in 40.12s ========================",
              "#11 ERROR: process \"/bin/sh -c pytest -q tests/integration\" did not complete successfully: exit code: 1",
              "ERROR: failed to solve: process \"/bin/sh -c pytest -q tests/integration\" did not complete successfully: exit code: 1"}},
    StepText{{"#13 exporting to image", "#13 writing image sha256:9b1c0f2d done",
              "#13 naming to swr.cn-north-4.myhuaweicloud.com/demo/{job}:{build} done"},
             {"#13 exporting layer sha256:7e{n}a0 done"},
             {"#13 ERROR: failed to export image: write /var/lib/docker/overlay2/9b1c/diff/app.jar: no space left on device",
              "ERROR: failed to solve: failed to export image: no space left on device"}},
    kUpload,
};

const KindText &textOf(DemoLog::Kind kind)
{
    switch (kind) {
    case DemoLog::Kind::Maven: return kMaven;
    case DemoLog::Kind::Gradle: return kGradle;
    case DemoLog::Kind::Npm: return kNpm;
    case DemoLog::Kind::Go: return kGo;
    case DemoLog::Kind::Docker: break;
    }
    return kDocker;
}

// The agent's own lines around the steps (CodeArts writes them in Chinese and English).
const QList<const char *> kSetupLines = {
    "[CodeArts] \xe5\xbc\x80\xe5\xa7\x8b\xe5\x87\x86\xe5\xa4\x87\xe6\x9e\x84\xe5\xbb\xba\xe7\x8e\xaf\xe5\xa2\x83 preparing the build environment (x86-64, 2U8G)",
    "[CodeArts] \xe6\x8b\x89\xe5\x8f\x96\xe6\x9e\x84\xe5\xbb\xba\xe9\x95\x9c\xe5\x83\x8f swr.cn-north-4.myhuaweicloud.com/codeci/dockerdind:2.0.0",
    "[CodeArts] \xe4\xbb\xbb\xe5\x8a\xa1\xe5\x8f\x82\xe6\x95\xb0 codeBranch={branch}",
    "[CodeArts] \xe6\x9e\x84\xe5\xbb\xba\xe7\x8e\xaf\xe5\xa2\x83\xe5\x87\x86\xe5\xa4\x87\xe5\xae\x8c\xe6\x88\x90 ready"};
const char *const kSetupRepeated = "[CodeArts] \xe5\x90\x8c\xe6\xad\xa5\xe7\xbc\x93\xe5\xad\x98 syncing the cache {n}/8";
const char *const kCleanupLine = "[CodeArts] \xe6\xb8\x85\xe7\x90\x86\xe5\xb7\xa5\xe4\xbd\x9c\xe7\xa9\xba\xe9\x97\xb4 cleaning the workspace {n}";

// Lines a tool wrote that are not what they seem: a line in GBK (a tool in a Chinese Windows
// locale), a progress bar redrawn with CRs, and what a test printed: an OSC 52 clipboard write
// and a screen clear, an OSC 8 hyperlink, a bell, backspaces and a cursor move.
const QByteArray kGbkLine = "warning: \xbe\xaf\xb8\xe6\xa3\xba\xcc\xe1\xbd\xbb\xcb\xb5\xc3\xf7\xb2\xbb\xca\xc7 UTF-8 \xb1\xe0\xc2\xeb";
const QByteArray kProgressLine = "[=====>              ] 25% resolving\r[==========>         ] 50% resolving\r"
                                 "[====================] 100% resolved";
const QByteArray kClipboardLine = "TerminalFixtureTest: printing the fixture \x1b[2J\x1b[Hscreen cleared "
                                  "\x1b]52;c;Y3VybCAtcyBodHRwczovL2V2aWwuZXhhbXBsZS94IHwgc2g=\x07" "clipboard written";
const QByteArray kLinkLine = "see \x1b]8;;https://evil.example/phish\x1b\\the report\x1b]8;;\x1b\\ \x07\x08\x08\x08"
                             "done\x1b[1A\x1b[2K";

constexpr int kGbkIndex = 3;        // in the checkout step
constexpr int kProgressIndex = 2;   // in the dependencies step
constexpr int kLongIndex = 2;       // in the compile step
constexpr int kClipboardIndex = 4;  // in the test step
constexpr int kLinkIndex = 5;

// How many lines a stage's body has when it runs to its end (more with the build's number).
constexpr std::array<qint64, 8> kBodyLines = {5, 10, 30, 20, 48, 8, 6, 3};

QByteArray longLine(DemoLog::Kind kind)
{
    QByteArray head;
    QByteArray piece;
    switch (kind) {
    case DemoLog::Kind::Maven:
        head = "[DEBUG] -d /codearts/workspace/target/classes -classpath ";
        piece = "/root/.m2/repository/org/example/lib/1.0/lib-1.0.jar:";
        break;
    case DemoLog::Kind::Gradle:
        head = "w: Kotlin compiler classpath: ";
        piece = "/root/.gradle/caches/modules-2/files-2.1/org.example/lib/1.0/lib-1.0.jar:";
        break;
    case DemoLog::Kind::Npm:
        head = "//# sourceMappingURL=data:application/json;base64,";
        piece = "eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NyYy9tYWluLnRzIl19";
        break;
    case DemoLog::Kind::Go:
        head = "go build -ldflags \"-X main.buildInfo=";
        piece = "H4sIAAAAAAAA_6tWKkktLlGyUlAqS8wpTVWyUlBKzs8rSc0rUaoFAJ8Q3TIa";
        break;
    case DemoLog::Kind::Docker:
        head = "#9 0.214 cc -DVERSION_BLOB=";
        piece = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        break;
    }
    QByteArray line = head;
    line.reserve(DemoLog::kLongLineBytes);
    while (line.size() + piece.size() <= DemoLog::kLongLineBytes)
        line += piece;
    return line + QByteArray(DemoLog::kLongLineBytes - line.size(), '.');
}

// `bytes` cut to about half, not inside a UTF-8 sequence.
QByteArray firstHalf(const QByteArray &bytes)
{
    qsizetype cut = bytes.size() / 2;
    while (cut > 0 && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return bytes.first(cut);
}

QByteArray durationText(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000, 'f', 1) + " s";
}

} // namespace

DemoLog::Kind DemoLog::kindOf(const QString &jobId)
{
    static const QHash<QString, Kind> kinds = {
        {u"f5af662119404ad187437cd272b5099b"_qs, Kind::Maven},    // payment-service-ci
        {QLatin1String(DemoBuilds::failingJob), Kind::Gradle},    // mobile-app-nightly
        {QLatin1String(DemoBuilds::runningJob), Kind::Npm},       // the web front end
        {QLatin1String(DemoBuilds::legacyJob), Kind::Maven},
        {QLatin1String(DemoBuilds::throttledJob), Kind::Go},      // data-pipeline-release
        {QLatin1String(DemoBuilds::hugeLogJob), Kind::Docker},    // integration-tests-full
    };
    if (const auto it = kinds.constFind(jobId); it != kinds.constEnd())
        return *it;
    return Kind(DemoIds::seedOf(u"log:"_qs + jobId) % 5);
}

QString DemoLog::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Maven: return u"Maven"_qs;
    case Kind::Gradle: return u"Gradle"_qs;
    case Kind::Npm: return u"npm"_qs;
    case Kind::Go: return u"Go"_qs;
    case Kind::Docker: break;
    }
    return u"Docker"_qs;
}

DemoLog::DemoLog(const DemoBuildJob &job, const DemoBuild &build, qint64 nowMs)
    : m_kind(kindOf(job.id)), m_stages(DemoRecords::stagesAt(build, nowMs)), m_nowMs(nowMs), m_number(build.number),
      m_finalState(build.finalState()), m_status(build.statusAt(nowMs)), m_running(build.isRunning(nowMs)),
      m_endless(build.endless), m_huge(build.hugeLog), m_jobName(job.name.toUtf8()),
      m_branch((build.branch.isEmpty() ? build.tag : build.branch).toUtf8()), m_commit(build.commit.left(7).toUtf8())
{
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).stage.fails)
            m_failedStage = int(i);
    }
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        const StageState &state = m_stages.at(i);
        if (!state.startMs)
            continue;
        const int stage = int(i);
        m_parts.append({Part::Type::Header, stage, 1});
        const qint64 planned = plannedBodyLines(stage);
        bool halfWritten = false;
        const qint64 written = writtenBodyLines(state, planned, nowMs, &halfWritten);
        m_parts.append({Part::Type::Body, stage, written});
        if (state.finishMs) {
            m_parts.append({Part::Type::Tail, stage, qint64(tailLines(stage).size())});
            m_parts.append({Part::Type::Footer, stage, 1});
        } else if (halfWritten) {
            m_partial = firstHalf(bodyLine(stage, written));
            m_partial.chop(m_partial.endsWith('\r') ? 1 : 0);
        }
    }
    if (!m_running)
        m_parts.append({Part::Type::Summary, 0, 1});
    for (const Part &part : std::as_const(m_parts))
        m_lineCount += part.count;
}

qint64 DemoLog::plannedBodyLines(int stage) const
{
    const qint64 base = kBodyLines.at(qMin<qsizetype>(stage, kBodyLines.size() - 1));
    const qint64 lines = base + (qint64(m_number) * 7 + stage * 13) % (base / 2 + 1);
    if (!m_huge || stage != kTestStep + 1)
        return lines;
    // The huge log's test step takes what the other lines leave of kHugeLines (the huge build
    // is a success: every stage runs).
    qint64 others = 1;   // the summary
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        const int other = int(i);
        others += 2 + qint64(tailLines(other).size()) + (other == stage ? 0 : plannedBodyLines(other));
    }
    return qMax(lines, kHugeLines - others);
}

// How many of a stage's `planned` body lines are written by `nowMs`: all of them once it ended
// as planned, else in proportion to its time (a step that never ends writes a line a second).
qint64 DemoLog::writtenBodyLines(const StageState &state, qint64 planned, qint64 nowMs, bool *halfWritten) const
{
    const bool cut = !state.finishMs || state.status == u"ABORTED";
    if (!cut)
        return planned;
    const qint64 done = state.finishMs.value_or(nowMs) - *state.startMs;
    const bool endlessStep = m_endless && state.stage.endMs - state.stage.startMs > 365LL * 24 * 3600'000;
    if (endlessStep) {
        *halfWritten = done % 1000 >= 500;
        return done / 1000;
    }
    const qint64 length = qMax<qint64>(1, state.stage.endMs - state.stage.startMs);
    const qint64 progress = planned * qBound<qint64>(0, done, length);
    *halfWritten = progress % length >= length / 2;
    return qMin(planned, progress / length);
}

QList<QByteArray> DemoLog::tailLines(int stage) const
{
    const StageState &state = m_stages.at(stage);
    QList<QByteArray> lines;
    if (state.status == u"ABORTED") {
        lines << "[CodeArts] \xe6\x9e\x84\xe5\xbb\xba\xe5\xb7\xb2\xe8\xa2\xab\xe5\x81\x9c\xe6\xad\xa2 the build was stopped.";
    } else if (stage == m_failedStage && state.status == u"FAILED") {
        if (m_finalState == u"timeout") {
            lines << "\x1b[31m[CodeArts] \xe6\xad\xa5\xe9\xaa\xa4\xe6\x89\xa7\xe8\xa1\x8c\xe8\xb6\x85\xe6\x97\xb6 the step timed "
                     "out and was stopped.\x1b[0m";
        } else {
            const StepText &text = textOf(m_kind).at(stage - 1);
            for (const char *line : text.failure)
                lines << QByteArray(line);
        }
    }
    return lines;
}

QByteArray DemoLog::filled(QByteArray line, qint64 counter) const
{
    if (!line.contains('{'))
        return line;
    line.replace("{n}", QByteArray::number(counter));
    line.replace("{job}", m_jobName);
    line.replace("{branch}", m_branch);
    line.replace("{commit}", m_commit);
    line.replace("{build}", QByteArray::number(m_number));
    return line;
}

QByteArray DemoLog::headerLine(int stage) const
{
    const StageState &state = m_stages.at(stage);
    return "\x1b[1;36m[CodeArts]\x1b[0m ==== " + state.stage.name.toUtf8() + " (" + state.stage.key.toUtf8()
        + ") \xe5\xbc\x80\xe5\xa7\x8b started " + DemoRecords::isoTime(*state.startMs).toUtf8() + " ====\n";
}

QByteArray DemoLog::footerLine(int stage) const
{
    const StageState &state = m_stages.at(stage);
    return "\x1b[1;36m[CodeArts]\x1b[0m ==== " + state.stage.name.toUtf8() + " \xe7\xbb\x93\xe6\x9d\x9f finished: "
        + state.status.toUtf8() + " (" + durationText(state.finishMs.value_or(m_nowMs) - *state.startMs) + ") ====\n";
}

QByteArray DemoLog::summaryLine() const
{
    return "[CodeArts] \xe6\x9e\x84\xe5\xbb\xba\xe7\xbb\x93\xe6\x9d\x9f build #" + QByteArray::number(m_number) + " of "
        + m_jobName + " finished: " + m_status.toUtf8() + "\n";
}

QByteArray DemoLog::bodyLine(int stage, qint64 index) const
{
    const bool setup = stage == 0;
    const bool cleanup = stage == m_stages.size() - 1;
    if (setup) {
        return filled(index < kSetupLines.size() ? QByteArray(kSetupLines.at(index)) : QByteArray(kSetupRepeated), index)
            + '\n';
    }
    if (cleanup)
        return filled(kCleanupLine, index) + '\n';
    const int step = stage - 1;
    // The dependencies step's tools write CR LF.
    const QByteArray end = step == kDependenciesStep ? "\r\n" : "\n";
    if (step == kCheckoutStep && index == kGbkIndex)
        return kGbkLine + " (commit " + m_commit + ")" + end;
    if (step == kDependenciesStep && index == kProgressIndex)
        return kProgressLine + end;
    if (step == kCompileStep && index == kLongIndex)
        return longLine(m_kind) + end;
    if (step == kTestStep && index == kClipboardIndex)
        return kClipboardLine + end;
    if (step == kTestStep && index == kLinkIndex)
        return kLinkLine + end;
    const StepText &text = textOf(m_kind).at(step);
    const qsizetype intro = text.intro.size();
    const char *line = index < intro ? text.intro.at(index) : text.repeated.at((index - intro) % text.repeated.size());
    return filled(QByteArray(line), index) + end;
}

QByteArray DemoLog::partLine(const Part &part, qint64 index) const
{
    switch (part.type) {
    case Part::Type::Header: return headerLine(part.stage);
    case Part::Type::Body: return bodyLine(part.stage, index);
    case Part::Type::Tail: return filled(tailLines(part.stage).at(index), index) + '\n';
    case Part::Type::Footer: return footerLine(part.stage);
    case Part::Type::Summary: break;
    }
    return summaryLine();
}

QByteArray DemoLog::line(qint64 n) const
{
    if (n < 0)
        return {};
    for (const Part &part : m_parts) {
        if (n < part.count)
            return partLine(part, n);
        n -= part.count;
    }
    return {};
}

QByteArray DemoLog::text(qint64 from, qint64 to) const
{
    from = qMax<qint64>(0, from);
    to = qMin(to, m_lineCount);
    QByteArray out;
    qint64 first = 0;   // the number of the part's first line
    for (const Part &part : m_parts) {
        const qint64 begin = qMax(from, first);
        const qint64 end = qMin(to, first + part.count);
        // A failure's lines are made once for the part, not once per line.
        const QList<QByteArray> tail = part.type == Part::Type::Tail && begin < end ? tailLines(part.stage)
                                                                                    : QList<QByteArray>();
        for (qint64 n = begin; n < end; ++n)
            out += part.type == Part::Type::Tail ? filled(tail.at(n - first), n - first) + '\n' : partLine(part, n - first);
        first += part.count;
        if (first >= to)
            break;
    }
    if (to >= m_lineCount && from <= m_lineCount)
        out += m_partial;
    return out;
}

QJsonObject DemoLog::page(qint64 startOffset, qint64 size, qint64 endOffset) const
{
    const qint64 start = qMax<qint64>(0, startOffset);
    qint64 lines = qBound(qint64(0), size, qint64(1000));
    if (endOffset > start)
        lines = qMin(lines, endOffset - start);
    const qint64 end = qMax(start, qMin(start + lines, m_lineCount));
    const QString log = lines > 0 ? QString::fromUtf8(text(start, end)) : QString();
    return {{u"has_more"_qs, end < m_lineCount},
            {u"start_offset"_qs, QString::number(start)},
            {u"end_offset"_qs, QString::number(end)},
            {u"log"_qs, log},
            {u"location"_qs, QString()}};
}
