#include "logs/sgrparser.h"

#include <QTest>

namespace {

LogStyle styled(void (*change)(LogStyle &))
{
    LogStyle style;
    change(style);
    return style;
}

LogStyle foreground(LogColor color)
{
    LogStyle style;
    style.foreground = color;
    return style;
}

LogStyle background(LogColor color)
{
    LogStyle style;
    style.background = color;
    return style;
}

} // namespace

Q_DECLARE_METATYPE(LogStyle)

class TestSgrParser : public QObject
{
    Q_OBJECT

private slots:
    void plainLineIsOneDefaultRun()
    {
        SgrParser parser;
        const QList<StyledRun> runs = parser.parseLine(u"[INFO] BUILD SUCCESS");
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().text, u"[INFO] BUILD SUCCESS"_qs);
        QVERIFY(runs.first().style.isDefault());
        QVERIFY(parser.parseLine(u"").isEmpty());
    }

    void codes_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<LogStyle>("expected");   // applied to the default style
        QTest::newRow("bold") << u"1"_qs << styled([](LogStyle &s) { s.bold = true; });
        QTest::newRow("dim") << u"2"_qs << styled([](LogStyle &s) { s.dim = true; });
        QTest::newRow("italic") << u"3"_qs << styled([](LogStyle &s) { s.italic = true; });
        QTest::newRow("underline") << u"4"_qs << styled([](LogStyle &s) { s.underline = true; });
        QTest::newRow("curly underline 4:3") << u"4:3"_qs << styled([](LogStyle &s) { s.underline = true; });
        QTest::newRow("inverse") << u"7"_qs << styled([](LogStyle &s) { s.inverse = true; });
        QTest::newRow("red") << u"31"_qs << foreground(LogColor::indexed(1));
        QTest::newRow("bright white") << u"97"_qs << foreground(LogColor::indexed(15));
        QTest::newRow("green background") << u"42"_qs << background(LogColor::indexed(2));
        QTest::newRow("bright black background") << u"100"_qs << background(LogColor::indexed(8));
        QTest::newRow("256 colours") << u"38;5;208"_qs << foreground(LogColor::indexed(208));
        QTest::newRow("256 colours, background") << u"48;5;17"_qs << background(LogColor::indexed(17));
        QTest::newRow("256 colours, colon form") << u"38:5:208"_qs << foreground(LogColor::indexed(208));
        QTest::newRow("rgb") << u"38;2;255;128;0"_qs << foreground(LogColor::rgb(255, 128, 0));
        QTest::newRow("rgb background") << u"48;2;1;2;3"_qs << background(LogColor::rgb(1, 2, 3));
        QTest::newRow("rgb, colon form") << u"38:2:255:128:0"_qs << foreground(LogColor::rgb(255, 128, 0));
        QTest::newRow("rgb, colon form with colour space") << u"38:2::255:128:0"_qs
                                                           << foreground(LogColor::rgb(255, 128, 0));
        QTest::newRow("several at once") << u"1;4;31;42"_qs << styled([](LogStyle &s) {
            s.bold = s.underline = true;
            s.foreground = LogColor::indexed(1);
            s.background = LogColor::indexed(2);
        });
        QTest::newRow("colour then more") << u"38;5;9;1"_qs << styled([](LogStyle &s) {
            s.foreground = LogColor::indexed(9);
            s.bold = true;
        });
        // Unknown codes are ignored, and so are the arguments of the ones that take some.
        QTest::newRow("blink and fonts ignored") << u"5;11;53"_qs << LogStyle();
        QTest::newRow("underline colour's arguments are not codes") << u"58;2;1;4;7"_qs << LogStyle();
        QTest::newRow("underline colour, 256") << u"58;5;1"_qs << LogStyle();
        QTest::newRow("index out of range") << u"38;5;256"_qs << LogStyle();
        QTest::newRow("rgb out of range") << u"38;2;300;0;0"_qs << LogStyle();
        QTest::newRow("rgb cut short") << u"38;2;1;2"_qs << LogStyle();
        QTest::newRow("38 without a kind") << u"38;1"_qs << styled([](LogStyle &s) { s.bold = true; });
        QTest::newRow("huge number") << u"99999999999999999999;1"_qs << styled([](LogStyle &s) { s.bold = true; });
        QTest::newRow("empty is reset") << QString() << LogStyle();
    }

    void codes()
    {
        QFETCH(QString, parameters);
        QFETCH(LogStyle, expected);
        LogStyle style;
        SgrParser::apply(parameters, style);
        QCOMPARE(style, expected);
        // The same through a line.
        SgrParser parser;
        const QList<StyledRun> runs = parser.parseLine(QString(u"\x1b["_qs + parameters + u"mx"_qs));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().text, u"x"_qs);
        QCOMPARE(runs.first().style, expected);
    }

    void endsAndResets_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<LogStyle>("expected");   // applied to a style with everything set
        LogStyle all;
        all.bold = all.dim = all.italic = all.underline = all.inverse = true;
        all.foreground = LogColor::indexed(1);
        all.background = LogColor::rgb(1, 2, 3);
        auto without = [all](void (*change)(LogStyle &)) {
            LogStyle style = all;
            change(style);
            return style;
        };
        QTest::newRow("0") << u"0"_qs << LogStyle();
        QTest::newRow("empty") << QString() << LogStyle();
        QTest::newRow("empty among others is a reset") << u"1;;4"_qs << styled([](LogStyle &s) { s.underline = true; });
        QTest::newRow("22 ends bold and dim") << u"22"_qs << without([](LogStyle &s) { s.bold = s.dim = false; });
        QTest::newRow("23") << u"23"_qs << without([](LogStyle &s) { s.italic = false; });
        QTest::newRow("24") << u"24"_qs << without([](LogStyle &s) { s.underline = false; });
        QTest::newRow("4:0") << u"4:0"_qs << without([](LogStyle &s) { s.underline = false; });
        QTest::newRow("27") << u"27"_qs << without([](LogStyle &s) { s.inverse = false; });
        QTest::newRow("39") << u"39"_qs << without([](LogStyle &s) { s.foreground = LogColor(); });
        QTest::newRow("49") << u"49"_qs << without([](LogStyle &s) { s.background = LogColor(); });
    }

    void endsAndResets()
    {
        QFETCH(QString, parameters);
        QFETCH(LogStyle, expected);
        LogStyle style;
        style.bold = style.dim = style.italic = style.underline = style.inverse = true;
        style.foreground = LogColor::indexed(1);
        style.background = LogColor::rgb(1, 2, 3);
        SgrParser::apply(parameters, style);
        QCOMPARE(style, expected);
    }

    void runsOfALine()
    {
        SgrParser parser;
        const QList<StyledRun> runs
            = parser.parseLine(u"\x1b[1m[\x1b[0;31mERROR\x1b[0;1m]\x1b[0m Failed \x1b[32m\x1b[m<img src=x>"_qs);
        LogStyle bold;
        bold.bold = true;
        const QList<StyledRun> expected = {
            {u"["_qs, bold},
            {u"ERROR"_qs, foreground(LogColor::indexed(1))},
            {u"]"_qs, bold},
            {u" Failed <img src=x>"_qs, LogStyle()},   // the empty green run leaves no trace
        };
        QCOMPARE(runs, expected);
        QCOMPARE(SgrParser::stripped(u"\x1b[1m[\x1b[0;31mERROR\x1b[0;1m]\x1b[0m Failed"), u"[ERROR] Failed"_qs);
    }

    void styleCarriesToTheNextLine()
    {
        SgrParser parser;
        parser.parseLine(u"\x1b[33mwarning: first line");
        QCOMPARE(parser.style(), foreground(LogColor::indexed(3)));
        const QList<StyledRun> next = parser.parseLine(u"second line\x1b[0m done");
        QCOMPARE(next, (QList<StyledRun>{{u"second line"_qs, foreground(LogColor::indexed(3))},
                                         {u" done"_qs, LogStyle()}}));
        parser.parseLine(u"\x1b[1m");
        parser.reset();
        QVERIFY(parser.style().isDefault());
    }

    void whatIsNotSgrStaysText()
    {
        // Lines from a terminal-mode sanitizer hold no other ESC; a stray one is shown, not read.
        SgrParser parser;
        const QString line = u"a\x1b[2Jb\x1b[31"_qs;
        const QList<StyledRun> runs = parser.parseLine(line);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().text, line);
        QCOMPARE(SgrParser::stripped(line), line);
        QCOMPARE(SgrParser::stripped(u"\x1b[m\x1b[1;2:3m"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSgrParser)
#include "tst_sgrparser.moc"
