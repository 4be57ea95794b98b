#include "logs/logpageassembler.h"

#include "contract/contractfixture.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace {

using Build = LogPageAssembler::Build;

LogPage page(std::optional<qint64> start, std::optional<qint64> end, const QString &log, bool hasMore = false)
{
    LogPage result;
    result.startOffset = start;
    result.endOffset = end;
    result.log = log;
    result.hasMore = hasMore;
    return result;
}

QStringList texts(const LogLines &added)
{
    QStringList lines;
    for (const LogLine &line : added.lines)
        lines << line.text;
    return lines;
}

QList<qint64> offsetsOf(const LogLines &added)
{
    QList<qint64> numbers;
    for (const LogLine &line : added.lines)
        numbers << line.offset;
    return numbers;
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestLogPageAssembler : public QObject
{
    Q_OBJECT

private slots:
    void readsTheContractFixture()
    {
        QString error;
        const QJsonDocument fixture = ContractFixture::load(u"DownloadBuildRealTimeLog"_qs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const LogPage read = LogPage::fromResult(fixture.object().value(u"result").toObject());
        QCOMPARE(read.hasMore, true);
        QCOMPARE(read.startOffset, std::optional<qint64>(0));
        QCOMPARE(read.endOffset, std::optional<qint64>(1000));
        QVERIFY(read.location.isEmpty());

        LogPageAssembler assembler;
        const LogLines added = assembler.addPage(read, Build::Ended);
        QCOMPARE(texts(added), QStringList({u"[INFO] Scanning for projects..."_qs, u"[INFO] Building payment-service 1.4.2"_qs}));
        QCOMPARE(offsetsOf(added), QList<qint64>({0, 1}));
        QVERIFY(!added.ended);   // has_more: true
        QCOMPARE(assembler.nextStartOffset(), 2);   // not 1000: the page held two lines
        QCOMPARE(assembler.nextEndOffset(), 2 + LogPageAssembler::kPageLines);
    }

    void offsetsAsNumbersOrText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("start");   // -1: missing
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("hasMore");
        QTest::newRow("strings") << QByteArray(R"({"start_offset": "1000", "end_offset": "2000", "has_more": true})")
                                 << qint64(1000) << qint64(2000) << true;
        QTest::newRow("numbers") << QByteArray(R"({"start_offset": 1000, "end_offset": 2000, "has_more": false})")
                                 << qint64(1000) << qint64(2000) << false;
        QTest::newRow("strings with blanks, has_more as text")
            << QByteArray(R"({"start_offset": " 7 ", "end_offset": "9", "has_more": "true"})") << qint64(7) << qint64(9) << true;
        QTest::newRow("missing") << QByteArray(R"({"log": "x"})") << qint64(-1) << qint64(-1) << false;
        QTest::newRow("null") << QByteArray(R"({"start_offset": null, "end_offset": null, "has_more": null})")
                              << qint64(-1) << qint64(-1) << false;
        QTest::newRow("not numbers") << QByteArray(R"({"start_offset": "abc", "end_offset": [], "has_more": {}})")
                                     << qint64(-1) << qint64(-1) << false;
        QTest::newRow("negative") << QByteArray(R"({"start_offset": -5, "end_offset": "-1"})") << qint64(-1) << qint64(-1)
                                  << false;
        QTest::newRow("beyond 32 bits") << QByteArray(R"({"start_offset": "4294967296", "end_offset": 4294968296})")
                                        << qint64(4294967296) << qint64(4294968296) << false;
    }

    void offsetsAsNumbersOrText()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(bool, hasMore);
        const LogPage read = LogPage::fromResult(parsed(json));
        QCOMPARE(read.startOffset, start < 0 ? std::nullopt : std::optional<qint64>(start));
        QCOMPARE(read.endOffset, end < 0 ? std::nullopt : std::optional<qint64>(end));
        QCOMPARE(read.hasMore, hasMore);
    }

    void linesJoinEachEndedByLf()
    {
        QCOMPARE(LogLine::joined({}), QString());
        QCOMPARE(LogLine::joined({{0, u"a\r"_qs}, {1, QString()}, {2, u"中"_qs}}), u"a\r\n\n中\n"_qs);
    }

    void aLogThatIsNotTextIsEmpty()
    {
        const LogPage read = LogPage::fromResult(parsed(R"({"log": 12, "start_offset": 0, "end_offset": 5})"));
        QVERIFY(read.log.isEmpty());
        LogPageAssembler assembler;
        QVERIFY(assembler.addPage(read, Build::Running).lines.isEmpty());
        QCOMPARE(assembler.nextStartOffset(), 0);   // nothing came: ask again from the same line
    }

    void pagesInOrder()
    {
        LogPageAssembler assembler;
        LogLines added = assembler.addPage(page(0, 3, u"a\nb\nc\n"_qs, true), Build::Ended);
        QCOMPARE(texts(added), QStringList({u"a"_qs, u"b"_qs, u"c"_qs}));
        QCOMPARE(assembler.nextStartOffset(), 3);
        added = assembler.addPage(page(3, 5, u"d\r\n\n"_qs), Build::Ended);
        QCOMPARE(texts(added), QStringList({u"d\r"_qs, QString()}));   // CR is the sanitizer's business
        QCOMPARE(offsetsOf(added), QList<qint64>({3, 4}));
        QVERIFY(added.ended);
        QVERIFY(assembler.isComplete());
    }

    void emptyPagesWhileTheBuildRuns()
    {
        LogPageAssembler assembler;
        QCOMPARE(texts(assembler.addPage(page(0, 2, u"a\nb\n"_qs), Build::Running)), QStringList({u"a"_qs, u"b"_qs}));
        for (const LogPage &empty : {page(2, 2, {}), page(2, 1002, {}), page(std::nullopt, std::nullopt, {}), page(0, 0, {})}) {
            const LogLines added = assembler.addPage(empty, Build::Running);
            QVERIFY(added.lines.isEmpty());
            QVERIFY(!added.ended);
            QCOMPARE(assembler.nextStartOffset(), 2);
        }
        QVERIFY(!assembler.isComplete());
        QVERIFY(!assembler.hasMore());
        // The build ends: the next empty page with has_more false is the end.
        QVERIFY(assembler.addPage(page(2, 2, {}), Build::Ended).ended);
    }

    void repeatedAndOverlappingPages()
    {
        LogPageAssembler assembler;
        assembler.addPage(page(0, 3, u"a\nb\nc\n"_qs, true), Build::Running);
        QVERIFY(assembler.addPage(page(0, 3, u"a\nb\nc\n"_qs, true), Build::Running).lines.isEmpty());
        QVERIFY(assembler.addPage(page(1, 2, u"b\n"_qs, true), Build::Running).lines.isEmpty());
        const LogLines added = assembler.addPage(page(1, 5, u"b\nc\nd\ne\n"_qs, true), Build::Running);
        QCOMPARE(texts(added), QStringList({u"d"_qs, u"e"_qs}));
        QCOMPARE(offsetsOf(added), QList<qint64>({3, 4}));
        QCOMPARE(added.missingLines, 0);
        // An old page never sends the next request back.
        assembler.addPage(page(0, 1, u"a\n"_qs, true), Build::Running);
        QCOMPARE(assembler.nextStartOffset(), 5);
    }

    void aGapIsCountedAndNotAskedForAgain()
    {
        LogPageAssembler assembler;
        assembler.addPage(page(0, 2, u"a\nb\n"_qs, true), Build::Running);
        const LogLines added = assembler.addPage(page(5, 7, u"f\ng\n"_qs, true), Build::Running);
        QCOMPARE(added.missingLines, 3);
        QCOMPARE(texts(added), QStringList({u"f"_qs, u"g"_qs}));
        QCOMPARE(offsetsOf(added), QList<qint64>({5, 6}));
        QCOMPARE(assembler.nextStartOffset(), 7);
    }

    void pagesWithoutOffsetsContinueTheText()
    {
        LogPageAssembler assembler;
        QCOMPARE(texts(assembler.addPage(page(std::nullopt, std::nullopt, u"a\nb"_qs, true), Build::Running)),
                 QStringList({u"a"_qs}));
        QCOMPARE(assembler.pendingLine(), u"b"_qs);
        const LogLines added = assembler.addPage(page(std::nullopt, std::nullopt, u"c\nd\n"_qs), Build::Ended);
        QCOMPARE(texts(added), QStringList({u"bc"_qs, u"d"_qs}));
        QCOMPARE(offsetsOf(added), QList<qint64>({1, 2}));
        QVERIFY(added.ended);
    }

    void aHeldLineIsReplacedByTheNewerCopy()
    {
        // end_offset does not count the line being written: it is asked for again.
        LogPageAssembler assembler;
        QCOMPARE(texts(assembler.addPage(page(0, 1, u"a\nb-partial"_qs, true), Build::Running)), QStringList({u"a"_qs}));
        QCOMPARE(assembler.pendingLine(), u"b-partial"_qs);
        QCOMPARE(assembler.nextLineOffset(), 1);
        QCOMPARE(assembler.nextStartOffset(), 1);
        const LogLines added = assembler.addPage(page(1, 3, u"b-partial, now whole\nc\n"_qs), Build::Running);
        QCOMPARE(texts(added), QStringList({u"b-partial, now whole"_qs, u"c"_qs}));
        QCOMPARE(offsetsOf(added), QList<qint64>({1, 2}));
    }

    void aHeldLineCountedByTheServiceIsComplete()
    {
        // Pages joined without a last LF: the next page starts after the held line.
        LogPageAssembler assembler;
        QCOMPARE(texts(assembler.addPage(page(0, 2, u"a\nb"_qs, true), Build::Running)), QStringList({u"a"_qs}));
        QCOMPARE(assembler.nextStartOffset(), 2);
        const LogLines added = assembler.addPage(page(2, 4, u"c\nd"_qs), Build::Running);
        QCOMPARE(texts(added), QStringList({u"b"_qs, u"c"_qs}));
        QCOMPARE(added.missingLines, 0);
        // The log ends: the held line comes out as it is.
        const LogLines last = assembler.addPage(page(4, 4, {}), Build::Ended);
        QCOMPARE(texts(last), QStringList({u"d"_qs}));
        QCOMPARE(offsetsOf(last), QList<qint64>({3}));
        QVERIFY(last.ended);
    }

    void anEchoedEndOffsetSkipsNothing()
    {
        // Asked for [0, 1000) while the build runs; two lines exist and end_offset repeats 1000.
        LogPageAssembler assembler;
        assembler.addPage(page(0, 1000, u"a\nb\n"_qs), Build::Running);
        QCOMPARE(assembler.nextStartOffset(), 2);
        QCOMPARE(texts(assembler.addPage(page(2, 1002, u"c\n"_qs), Build::Running)), QStringList({u"c"_qs}));
    }

    void hasMoreKeepsTheLogOpen()
    {
        LogPageAssembler assembler;
        QVERIFY(!assembler.addPage(page(0, 1, u"a"_qs, true), Build::Ended).ended);
        QVERIFY(assembler.hasMore());
        QCOMPARE(assembler.pendingLine(), u"a"_qs);
        const LogLines last = assembler.addPage(page(1, 2, u"b"_qs, false), Build::Ended);
        QCOMPARE(texts(last), QStringList({u"a"_qs, u"b"_qs}));
        QVERIFY(assembler.isComplete());
        // Pages after the end add nothing.
        const LogLines late = assembler.addPage(page(2, 3, u"c\n"_qs), Build::Ended);
        QVERIFY(late.lines.isEmpty());
        QVERIFY(late.ended);
    }

    void finishGivesTheHeldLine()
    {
        LogPageAssembler assembler;
        assembler.addPage(page(0, 1, u"a\nwriting"_qs), Build::Running);
        const LogLines rest = assembler.finish();
        QCOMPARE(texts(rest), QStringList({u"writing"_qs}));
        QVERIFY(rest.ended);
        QVERIFY(assembler.isComplete());
    }

    void startingPartWayThrough()
    {
        LogPageAssembler assembler(5000);
        QCOMPARE(assembler.nextStartOffset(), 5000);
        const LogLines added = assembler.addPage(page(5000, 5001, u"x\n"_qs), Build::Running);
        QCOMPARE(offsetsOf(added), QList<qint64>({5000}));
        QCOMPARE(added.missingLines, 0);
    }

    void anEndlessLineIsHeldInBoundedMemory()
    {
        LogPageAssembler assembler;
        const QString chunk(LogPageAssembler::kMaxHeldLineChars / 2 + 1, u'x');
        assembler.addPage(page(std::nullopt, std::nullopt, chunk, true), Build::Running);
        const LogLines added = assembler.addPage(page(std::nullopt, std::nullopt, chunk, true), Build::Running);
        QCOMPARE(added.lines.size(), 1);
        QCOMPARE(added.lines.first().text.size(), LogPageAssembler::kMaxHeldLineChars);
        QCOMPARE(assembler.pendingLine().size(), 2);
    }

    // A service that pages unpredictably (random sizes, overlaps, repeats, empty pages, lines
    // still being written, offsets as it likes) while the log grows: every line comes out
    // once, in order.
    void everyLineOnceWhateverThePaging_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::newRow(qPrintable(u"seed "_qs + QString::number(seed))) << seed;
    }

    void everyLineOnceWhateverThePaging()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QStringList log;
        for (int i = 0; i < 300; ++i)
            log << (i % 7 == 0 ? QString() : u"line %1 构建"_qs.arg(i));

        LogPageAssembler assembler;
        QStringList received;
        qint64 written = 0;
        for (int round = 0; round < 10'000 && !assembler.isComplete(); ++round) {
            // The build writes a few lines, and ends once all are written.
            written = qMin<qint64>(log.size(), written + random.bounded(4));
            const Build build = written == log.size() ? Build::Ended : Build::Running;

            const qint64 asked = assembler.nextStartOffset();
            const qint64 start = qMax<qint64>(0, asked - random.bounded(3));   // overlap, or not
            const qint64 end = qMin<qint64>(written, start + random.bounded(1, 8));
            QString text;
            for (qint64 i = start; i < end; ++i)
                text += log[i] + u'\n';
            const bool joined = random.bounded(3) == 0 && !text.isEmpty();
            if (joined)
                text.chop(1);   // pages joined without the last LF
            LogPage answer = page(start, end, start < end ? text : QString(), end < written);
            if (random.bounded(4) == 0)
                answer.endOffset.reset();   // an answer that leaves end_offset out
            const LogLines added = assembler.addPage(answer, build);
            QCOMPARE(added.missingLines, 0);
            for (const LogLine &line : added.lines) {
                QCOMPARE(line.offset, received.size());
                received << line.text;
            }
        }
        QVERIFY(assembler.isComplete());
        QCOMPARE(received, log);
    }
};

QTEST_GUILESS_MAIN(TestLogPageAssembler)
#include "tst_logpageassembler.moc"
