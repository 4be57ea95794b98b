#include "logs/linesplitter.h"

#include <QTest>

class TestLineSplitter : public QObject
{
    Q_OBJECT

private slots:
    void linesEndAtLf()
    {
        LineSplitter splitter;
        QCOMPARE(splitter.feed(u"one\ntwo\n\nthree"), QStringList({u"one"_qs, u"two"_qs, QString()}));
        QCOMPARE(splitter.pending(), u"three"_qs);
        QCOMPARE(splitter.feed(u" more"), QStringList());
        QCOMPARE(splitter.feed(u"\nfour\n"), QStringList({u"three more"_qs, u"four"_qs}));
        QCOMPARE(splitter.finish(), std::nullopt);
    }

    void finishGivesTheLastLineWithoutLf()
    {
        LineSplitter splitter;
        QCOMPARE(splitter.feed(u"a\nb"), QStringList({u"a"_qs}));
        QCOMPARE(splitter.finish(), std::optional<QString>(u"b"_qs));
        QCOMPARE(splitter.finish(), std::nullopt);
        QVERIFY(splitter.pending().isEmpty());
    }

    void sameLinesWhateverTheChunks()
    {
        const QString text = u"构建\n\nline two\nlast"_qs;
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            LineSplitter splitter;
            QStringList lines = splitter.feed(QStringView(text).first(cut));
            lines += splitter.feed(QStringView(text).sliced(cut));
            lines += *splitter.finish();
            QCOMPARE(lines, QStringList({u"构建"_qs, QString(), u"line two"_qs, u"last"_qs}));
        }
    }

    void anEndlessLineIsBrokenNotDropped()
    {
        LineSplitter splitter;
        const QString chunk(LineSplitter::kMaxLineChars / 2 + 10, u'x');
        QVERIFY(splitter.feed(chunk).isEmpty());
        const QStringList lines = splitter.feed(chunk);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().size(), LineSplitter::kMaxLineChars);
        QCOMPARE(splitter.pending().size(), 2 * chunk.size() - LineSplitter::kMaxLineChars);
    }

    void aLineOfExactlyTheLimitIsOneLine()
    {
        LineSplitter splitter;
        const QString line(LineSplitter::kMaxLineChars, u'y');
        QVERIFY(splitter.feed(line).isEmpty());
        QCOMPARE(splitter.feed(u"\nnext\n"), QStringList({line, u"next"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
