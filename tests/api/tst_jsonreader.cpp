#include "api/jsonreader.h"
#include "contract/contractfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// JsonReader gives what QJsonDocument::fromJson gives, or leaves the document to it.
class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQtForEveryContractFixture();
    void sameAsQt_data();
    void sameAsQt();
    void leavesToQt_data();
    void leavesToQt();
    void aLogPageWithEscapesOnEveryLine();

private:
    static QJsonValue qtRoot(const QByteArray &json, bool *ok);
};

QJsonValue TestJsonReader::qtRoot(const QByteArray &json, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void TestJsonReader::sameAsQtForEveryContractFixture()
{
    const QStringList names = ContractFixture::names();
    QVERIFY(names.size() >= 20);
    for (const QString &name : names) {
        const QJsonDocument fixture = ContractFixture::load(name);
        for (const QJsonDocument::JsonFormat format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray json = fixture.toJson(format);
            const std::optional<QJsonValue> read = JsonReader::read(json);
            QVERIFY2(read, qPrintable(name));
            bool ok = false;
            QCOMPARE(*read, qtRoot(json, &ok));
            QVERIFY(ok);
        }
    }
}

void TestJsonReader::sameAsQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("whitespace everywhere") << QByteArray("\r\n\t{ \"a\" :\t[ 1 , true,false , null ] }\n");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[[[]],{}]}}})");
    QTest::newRow("all escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u4e2d\u001b[31m"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00 smile"])");
    QTest::newRow("lone surrogates") << QByteArray(R"(["a\ud800b", "\udc00", "end\ud83d"])");
    QTest::newRow("escaped quote then backslash") << QByteArray(R"({"k":"a\"b\\","l":"\\\""})");
    QTest::newRow("utf-8 text") << QByteArray("{\"\xe6\x9e\x84\xe5\xbb\xba\":\"\xe5\xa4\xb1\xe8\xb4\xa5 \xef\xbf\xbd\"}");
    QTest::newRow("numbers") << QByteArray(R"([0, -0, 1, -1, 12.5, 1e3, 1E-2, -1.25e+2, 1717574458000, 9007199254740993])");
    QTest::newRow("big integers") << QByteArray(R"([123456789012345678901234567890, -9223372036854775808])");
    QTest::newRow("a key named like a value") << QByteArray(R"({"log":"{\"log\":\"x\"}","n":1})");
    QTest::newRow("NUL escaped") << QByteArray(R"(["a\u0000b"])");
}

void TestJsonReader::sameAsQt()
{
    QFETCH(QByteArray, json);
    bool ok = false;
    const QJsonValue expected = qtRoot(json, &ok);
    QVERIFY(ok);
    const std::optional<QJsonValue> read = JsonReader::read(json);
    QVERIFY(read);
    QCOMPARE(*read, expected);
    QCOMPARE(QJsonDocument(read->isArray() ? QJsonDocument(read->toArray()) : QJsonDocument(read->toObject())).toJson(),
             QJsonDocument::fromJson(json).toJson());
}

void TestJsonReader::leavesToQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("scalar root") << QByteArray("3");
    QTest::newRow("string root") << QByteArray(R"("a")");
    QTest::newRow("garbage after") << QByteArray("{} x");
    QTest::newRow("two roots") << QByteArray("{}{}");
    QTest::newRow("unclosed") << QByteArray(R"({"a":1)");
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("raw control character") << QByteArray("[\"a\x01b\"]");
    QTest::newRow("raw line break") << QByteArray("[\"a\nb\"]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("invalid UTF-8") << QByteArray("[\"caf\xe9\"]");
    QTest::newRow("GBK") << QByteArray("[\"\xbe\xaf\xb8\xe6\"]");
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("plus sign") << QByteArray("[+1]");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    QTest::newRow("number Qt refuses") << QByteArray("[1e400]");
    QTest::newRow("truncated literal") << QByteArray("[tru]");
    QTest::newRow("repeated key") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("very deep") << QByteArray(300, '[') + QByteArray(300, ']');
    QTest::newRow("HTML page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
}

// What this reader does not take, Qt decides: the caller then gets Qt's answer and error.
void TestJsonReader::leavesToQt()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonReader::read(json));
}

void TestJsonReader::aLogPageWithEscapesOnEveryLine()
{
    QString log;
    for (int i = 0; i < 1000; ++i)
        log += u"\x1b[1;34mINFO\x1b[m line "_qs + QString::number(i) + u" \"quoted\" \\ 中文\r\n"_qs;
    const QJsonObject page{{u"result"_qs, QJsonObject{{u"has_more"_qs, true}, {u"start_offset"_qs, u"0"_qs},
                                                      {u"end_offset"_qs, u"1000"_qs}, {u"log"_qs, log}}},
                           {u"status"_qs, u"success"_qs}, {u"error"_qs, QJsonValue()}};
    const QByteArray json = QJsonDocument(page).toJson(QJsonDocument::Compact);
    QVERIFY(json.contains("\\u001b"));
    const std::optional<QJsonValue> read = JsonReader::read(json);
    QVERIFY(read);
    QCOMPARE(read->toObject(), page);
    QCOMPARE((*read)[u"result"][u"log"].toString(), log);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
