#include "api/jobid.h"

#include <QTest>

class TestJobId : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void descriptionShowsAnExample();
    void region_data();
    void region();
    void regionMismatch_data();
    void regionMismatch();
    void nameQuery_data();
    void nameQuery();
};

void TestJobId::extract_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    const QString id = QStringLiteral("f5af662119404ad187437cd272b5099b");
    QTest::newRow("bare id") << id << id;
    QTest::newRow("whitespace around") << u"  \t"_qs + id + u"\n "_qs << id;
    // The service takes lower case only: an ID is sent as the service takes it.
    QTest::newRow("upper case letters") << u"F5AF662119404AD187437CD272B5099B"_qs << id;
    QTest::newRow("upper case in a url")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/F5AF662119404AD187437CD272B5099B"_qs << id;
    QTest::newRow("job page url")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cicd/project/85caf405/codeci/detail/"_qs + id << id;
    QTest::newRow("url with trailing slash")
        << u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/"_qs + id + u"/"_qs << id;
    QTest::newRow("url with query and fragment")
        << u"https://devcloud.huaweicloud.com/cloudbuild/job/"_qs + id + u"?tab=history&page=2#logs"_qs << id;
    QTest::newRow("pasted url with spaces") << u"  https://x.example.com/a/"_qs + id + u"  "_qs << id;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("31 chars") << id.left(31) << QString();
    QTest::newRow("33 chars") << id + u"a"_qs << QString();
    QTest::newRow("dash inside") << u"f5af6621-9404ad187437cd272b5099b"_qs << QString();
    QTest::newRow("non-ascii letters") << u"f5af662119404ad187437cd272b5099é"_qs << QString();
    QTest::newRow("url without id") << u"https://devcloud.huaweicloud.com/cloudbuild/jobs"_qs << QString();
    QTest::newRow("id only in the query") << u"https://x.example.com/detail?job="_qs + id << QString();
    const QString project = QStringLiteral("85caf4057b7a4ad6b8f1f2a3c4d5e6f7");
    const QString console = QStringLiteral("https://devcloud.cn-north-4.huaweicloud.com");
    QTest::newRow("id in the fragment") << u"https://x.example.com/#/job/"_qs + id << id;
    QTest::newRow("id followed by /history") << u"https://x.example.com/job/"_qs + id + u"/history"_qs << id;
    QTest::newRow("id followed by /edit") << console + u"/cloudbuild/job/"_qs + id + u"/edit"_qs << id;
    QTest::newRow("fragment with sub-page")
        << console + u"/cloudbuild/#/job/"_qs + id + u"/edit?tab=params"_qs << id;
    QTest::newRow("project and job in the fragment")
        << console + u"/cicd/#/project/"_qs + project + u"/job/"_qs + id + u"/history"_qs << id;
    QTest::newRow("project and job in the path")
        << console + u"/cloudbuild/project/"_qs + project + u"/job/"_qs + id + u"/detail"_qs << id;
    QTest::newRow("history before the id")
        << console + u"/cloudbuild/project/"_qs + project + u"/history/"_qs + id << id;
    QTest::newRow("project id only") << console + u"/cicd/project/"_qs + project + u"/settings"_qs << QString();
    QTest::newRow("without scheme") << u"devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/"_qs + id << id;
    QTest::newRow("without scheme, fragment")
        << u"devcloud.ap-southeast-3.huaweicloud.com/cicd/#/job/"_qs + id + u"/history"_qs << id;
    QTest::newRow("a word is not a host") << u"show/"_qs + id << QString();
    QTest::newRow("id with spaces inside") << u"f5af6621 19404ad187437cd272b5099b"_qs << QString();
    QTest::newRow("shell injection") << id + u";rm -rf /"_qs << QString();
}

void TestJobId::extract()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<QString> result = JobId::extract(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
    } else {
        QVERIFY(result.has_value());
        QCOMPARE(*result, expected);
        QVERIFY(JobId::isValid(*result));
    }
}

void TestJobId::descriptionShowsAnExample()
{
    const QString text = JobId::formatDescription();
    QVERIFY(text.contains(u"32"_qs));
    QVERIFY(JobId::extract(text.section(u"example "_qs, 1).left(32)).has_value());
}

void TestJobId::region_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    const QString id = QStringLiteral("f5af662119404ad187437cd272b5099b");
    QTest::newRow("bare id") << id << QString();
    QTest::newRow("cn-north-4") << u"https://devcloud.cn-north-4.huaweicloud.com/cloudbuild/job/"_qs + id << u"cn-north-4"_qs;
    QTest::newRow("no scheme, upper case host")
        << u"DevCloud.AP-Southeast-3.HuaweiCloud.com/#/job/"_qs + id + u"/edit"_qs << u"ap-southeast-3"_qs;
    QTest::newRow("global console") << u"https://devcloud.huaweicloud.com/cloudbuild/job/"_qs + id << QString();
    QTest::newRow("other host") << u"https://devcloud.cn-north-4.example.com/job/"_qs + id << QString();
}

void TestJobId::region()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    const std::optional<JobId::Reference> reference = JobId::parse(input);
    QVERIFY(reference.has_value());
    QCOMPARE(reference->region, region);
}

void TestJobId::regionMismatch_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("mismatch");
    QTest::newRow("same region") << u"cn-north-4"_qs << u"https://cloudbuild-ext.cn-north-4.myhuaweicloud.com"_qs << false;
    QTest::newRow("other region") << u"cn-north-4"_qs << u"https://cloudbuild-ext.ap-southeast-3.myhuaweicloud.com"_qs << true;
    QTest::newRow("custom endpoint") << u"cn-north-4"_qs << u"https://build.example.com"_qs << false;
    QTest::newRow("sandbox") << u"cn-north-4"_qs << u"http://127.0.0.1:4711"_qs << false;
    QTest::newRow("no region in the url") << QString() << u"https://cloudbuild-ext.ap-southeast-3.myhuaweicloud.com"_qs << false;
    QTest::newRow("unknown region") << u"xx-nowhere-1"_qs << u"https://cloudbuild-ext.ap-southeast-3.myhuaweicloud.com"_qs << false;
}

void TestJobId::regionMismatch()
{
    QFETCH(QString, region);
    QFETCH(QString, baseUrl);
    QFETCH(bool, mismatch);
    const JobId::Reference reference{u"f5af662119404ad187437cd272b5099b"_qs, region};
    const QString message = JobId::regionMismatch(reference, QUrl(baseUrl));
    QCOMPARE(!message.isEmpty(), mismatch);
    if (mismatch)
        QVERIFY(message.contains(region));
}

void TestJobId::nameQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("isName");

    QTest::newRow("a word") << u"deploy"_qs << true;
    QTest::newRow("words with dashes") << u"  backend-nightly build "_qs << true;
    QTest::newRow("chinese name") << u"前端构建"_qs << true;
    QTest::newRow("two letters") << u"ci"_qs << true;
    QTest::newRow("one letter") << u"d"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("job id") << u"f5af662119404ad187437cd272b5099b"_qs << false;
    QTest::newRow("id being typed") << u"f5af662119404ad18743"_qs << false;
    QTest::newRow("job url") << u"devcloud.cn-north-4.huaweicloud.com/cicd/job/f5af662119404ad187437cd272b5099b"_qs
                             << false;
    QTest::newRow("url being typed") << u"https://devcloud.cn-"_qs << false;
    QTest::newRow("host being typed") << u"devcloud.cn-north"_qs << false;
}

void TestJobId::nameQuery()
{
    QFETCH(QString, input);
    QFETCH(bool, isName);
    QCOMPARE(JobId::isNameQuery(input), isName);
}

QTEST_GUILESS_MAIN(TestJobId)
#include "tst_jobid.moc"
