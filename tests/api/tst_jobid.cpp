#include "api/jobid.h"

#include <QTest>

class TestJobId : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void descriptionShowsAnExample();
};

void TestJobId::extract_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    const QString id = QStringLiteral("f5af662119404ad187437cd272b5099b");
    QTest::newRow("bare id") << id << id;
    QTest::newRow("whitespace around") << u"  \t"_qs + id + u"\n "_qs << id;
    QTest::newRow("upper case letters") << u"F5AF662119404AD187437CD272B5099B"_qs
                                        << u"F5AF662119404AD187437CD272B5099B"_qs;
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
    QTest::newRow("id only in the fragment") << u"https://x.example.com/#/job/"_qs + id << QString();
    QTest::newRow("id not last in path") << u"https://x.example.com/job/"_qs + id + u"/history"_qs << QString();
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

QTEST_GUILESS_MAIN(TestJobId)
#include "tst_jobid.moc"
