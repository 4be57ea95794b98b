#include "logs/logsanitizer.h"

#include <QTest>

namespace {

using Mode = LogSanitizer::Mode;

QString plain(const QByteArray &bytes)
{
    return LogSanitizer::sanitized(bytes, Mode::Plain);
}

QString terminal(const QByteArray &bytes)
{
    return LogSanitizer::sanitized(bytes, Mode::Terminal);
}

// The text in pieces cut at the given byte positions.
QString fedInPieces(const QByteArray &bytes, Mode mode, const QList<qsizetype> &cuts)
{
    LogSanitizer sanitizer(mode);
    QString out;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        out += sanitizer.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    out += sanitizer.feed(QByteArrayView(bytes).sliced(from));
    return out + sanitizer.finish();
}

// Whether `text` is what plain mode may give: no control character but TAB and LF, no DEL, no
// C1 control, no lone surrogate.
bool isSafePlainText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return false;
        if (QChar::isHighSurrogate(c) && !(i + 1 < text.size() && text[i + 1].isLowSurrogate()))
            return false;
        if (QChar::isLowSurrogate(c) && !(i > 0 && text[i - 1].isHighSurrogate()))
            return false;
    }
    return true;
}

// A sample with a bit of everything, for the chunking tests.
QByteArray everything()
{
    return QByteArrayLiteral("[INFO] \x1b[1;32mBUILD\x1b[0m \xe6\x9e\x84\xe5\xbb\xba ok\r\n"
                             "\x1b]52;c;aGVsbG8=\x07" "copied?\r"
                             "hidden\x1b[2J\x1b[H\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\\n"
                             "\xc2\x9b" "31mC1\xc2\x9d" "0;t\xc2\x9c \xf0\x9f\x98\x80 \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80"
                             "\x1b[38;2;255;100;0mrgb\x1b[38:5:208m\x1bPq#0\x1b\\\x1b" "7\x1b(B\x08\x07\x00\x7f end\n"
                             "\xe4\xb8");
}

} // namespace

class TestLogSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryTextPassesAsItIs()
    {
        const QByteArray text = "[INFO] Building payment-service 1.4.2\n\tat com.example.A(A.java:12)\n";
        QCOMPARE(plain(text), QString::fromUtf8(text));
        QCOMPARE(terminal(text), QString::fromUtf8(text));
        const QByteArray chinese = "构建失败：编译错误 😀\n";
        QCOMPARE(plain(chinese), QString::fromUtf8(chinese));
    }

    void aLongLinePassesWhole()
    {
        const QByteArray line = QByteArray(100 * 1024, 'x') + "\n";
        QCOMPARE(plain(line), QString::fromLatin1(line));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LF") << QByteArray("a\nb\n") << u"a\nb\n"_qs;
        QTest::newRow("CR LF") << QByteArray("a\r\nb\r\n") << u"a\nb\n"_qs;
        QTest::newRow("empty lines in CR LF") << QByteArray("a\r\n\r\nb") << u"a\n\nb"_qs;
        QTest::newRow("lone CR cannot hide text") << QByteArray("rm -rf ~/data\rls -la") << u"rm -rf ~/data\nls -la"_qs;
        QTest::newRow("progress bar") << QByteArray("10%\r50%\r100%\n") << u"10%\n50%\n100%\n"_qs;
        QTest::newRow("CR CR LF is one line end") << QByteArray("a\r\r\nb") << u"a\nb"_qs;
        QTest::newRow("CR, erase line, LF") << QByteArray("50%\r\x1b[K\n") << u"50%\n"_qs;
        QTest::newRow("CR at the very end") << QByteArray("a\r") << u"a\n"_qs;
    }

    void lineEnds()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(plain(input), expected);
        QCOMPARE(terminal(input), expected);
    }

    // Hostile input: what plain and terminal mode make of it.
    void hostileSequences_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("plainText");
        QTest::addColumn<QString>("terminalText");

        QTest::newRow("OSC 52 clipboard write, BEL") << QByteArray("a\x1b]52;c;cm0gLXJmIH4=\x07z") << u"az"_qs << u"az"_qs;
        QTest::newRow("OSC 52 clipboard write, ST") << QByteArray("a\x1b]52;c;cm0gLXJmIH4=\x1b\\z") << u"az"_qs << u"az"_qs;
        QTest::newRow("OSC 8 hyperlink") << QByteArray("\x1b]8;;https://evil.example/\x1b\\docs\x1b]8;;\x1b\\")
                                         << u"docs"_qs << u"docs"_qs;
        QTest::newRow("OSC 0 title") << QByteArray("\x1b]0;sudo password:\x07ok") << u"ok"_qs << u"ok"_qs;
        QTest::newRow("OSC ended by another ESC") << QByteArray("\x1b]0;t\x1b[31mred") << u"red"_qs << u"\x1b[31mred"_qs;
        QTest::newRow("clear screen and home") << QByteArray("before\x1b[2J\x1b[Hafter") << u"beforeafter"_qs
                                               << u"beforeafter"_qs;
        QTest::newRow("cursor moves and erase") << QByteArray("a\x1b[1A\x1b[2K\x1b[10;5H\x1b[3Db") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("private modes") << QByteArray("a\x1b[?1049h\x1b[?25lb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("CSI with an intermediate") << QByteArray("a\x1b[2 qb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("8-bit CSI as UTF-8") << QByteArray("a\xc2\x9b" "2Jb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("8-bit CSI colour is not passed") << QByteArray("a\xc2\x9b" "31mb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("8-bit CSI as a raw byte") << QByteArray("a\x9b" "2Jb") << u"a\uFFFD2Jb"_qs << u"a\uFFFD2Jb"_qs;
        QTest::newRow("8-bit OSC and ST") << QByteArray("a\xc2\x9d" "52;c;eA==\xc2\x9c" "b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("other C1 controls") << QByteArray("a\xc2\x85\xc2\x8d\xc2\x84" "b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("DCS") << QByteArray("a\x1bPq#0;2;0;0;0#0!10~\x1b\\b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("APC") << QByteArray("a\x1b_Gf=100;iVBORw0KGgo=\x1b\\b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("PM and SOS") << QByteArray("a\x1b^private\x1b\\\x1bXstart\x1b\\b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("string cancelled by CAN") << QByteArray("a\x1b]0;t\x18" "b") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("single-character sequences") << QByteArray("a\x1b" "c\x1b" "7\x1b" "8\x1bM\x1b=\x1b>b") << u"ab"_qs
                                                    << u"ab"_qs;
        QTest::newRow("sequences with intermediates") << QByteArray("a\x1b(B\x1b#8\x1b%Gb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("ESC ESC") << QByteArray("a\x1b\x1b[31mb") << u"ab"_qs << u"a\x1b[31mb"_qs;
        QTest::newRow("ESC before a letter of text") << QByteArray("a\x1b\xe6\x9e\x84") << u"a构"_qs << u"a构"_qs;
        QTest::newRow("backspaces") << QByteArray("password: hunter2\x08\x08\x08\x08\x08\x08\x08*******")
                                    << u"password: hunter2*******"_qs << u"password: hunter2*******"_qs;
        QTest::newRow("BEL, NUL, DEL, VT, FF") << QByteArray("a\x07\x00\x7f\x0b\x0c" "b", 7) << u"ab"_qs << u"ab"_qs;
        QTest::newRow("TAB stays") << QByteArray("a\tb") << u"a\tb"_qs << u"a\tb"_qs;
        QTest::newRow("bidirectional override shown") << QByteArray("access\xe2\x80\xae" "nimda") << u"access\\u202enimda"_qs
                                                       << u"access\\u202enimda"_qs;
        QTest::newRow("byte order marks dropped") << QByteArray("\xef\xbb\xbfMSBuild\r\n\xef\xbb\xbfnext") << u"MSBuild\nnext"_qs
                                                  << u"MSBuild\nnext"_qs;
        QTest::newRow("line separator shown") << QByteArray("a\xe2\x80\xa8" "b") << u"a\\u2028b"_qs << u"a\\u2028b"_qs;
        QTest::newRow("SGR") << QByteArray("\x1b[31mred\x1b[0m \x1b[1;4mbold\x1b[m") << u"red bold"_qs
                             << u"\x1b[31mred\x1b[0m \x1b[1;4mbold\x1b[m"_qs;
        QTest::newRow("SGR colon forms") << QByteArray("\x1b[38:2::255:0:0mx\x1b[4:3my") << u"xy"_qs
                                         << u"\x1b[38:2::255:0:0mx\x1b[4:3my"_qs;
        QTest::newRow("SGR lookalike with a private marker") << QByteArray("a\x1b[>4;2mb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("SGR lookalike with an intermediate") << QByteArray("a\x1b[1$mb") << u"ab"_qs << u"ab"_qs;
        QTest::newRow("SGR broken by a line end") << QByteArray("a\x1b[31\nm") << u"a\nm"_qs << u"a\nm"_qs;
        QTest::newRow("OSC broken by a line end") << QByteArray("a\x1b]0;title\nnext") << u"a\nnext"_qs << u"a\nnext"_qs;
        QTest::newRow("unterminated ESC at the end") << QByteArray("a\x1b") << u"a"_qs << u"a"_qs;
        QTest::newRow("unterminated CSI at the end") << QByteArray("a\x1b[12;") << u"a"_qs << u"a"_qs;
    }

    void hostileSequences()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, plainText);
        QFETCH(QString, terminalText);
        const QString plainOut = plain(input);
        QCOMPARE(plainOut, plainText);
        QVERIFY(isSafePlainText(plainOut));
        QCOMPARE(terminal(input), terminalText);
    }

    void sgrParametersHaveALimit()
    {
        const QByteArray longest = "\x1b[" + QByteArray(LogSanitizer::kMaxSgrParameterBytes, '1') + "mx";
        QCOMPARE(terminal(longest), QString::fromLatin1(longest));
        const QByteArray tooLong = "\x1b[" + QByteArray(LogSanitizer::kMaxSgrParameterBytes + 1, '1') + "mx";
        QCOMPARE(terminal(tooLong), u"x"_qs);
    }

    void unterminatedSequencesSwallowNoMoreThanTheirCap()
    {
        // An OSC never closed: its first kMaxStringSequenceChars characters go, the rest is text.
        const QByteArray osc = "\x1b]52;c;" + QByteArray(5000, 'A') + "visible";
        const QString fromOsc = plain(osc);
        QVERIFY(fromOsc.endsWith(u"visible"));
        QCOMPARE(fromOsc.size(), 5 + 5000 + 7 - LogSanitizer::kMaxStringSequenceChars);

        const QByteArray csi = "\x1b[" + QByteArray(300, '1') + "mtext";
        QCOMPARE(terminal(csi), QString(300 - LogSanitizer::kMaxControlSequenceBytes, u'1') + u"mtext");
    }

    // Invalid UTF-8: one U+FFFD per maximal invalid subsequence (Unicode 15, section 3.9, and
    // the WHATWG decoder).
    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QString r(1, QChar(0xFFFD));
        QTest::newRow("stray continuation bytes") << QByteArray("a\x80\xbf" "b") << u"a"_qs + r + r + u"b"_qs;
        QTest::newRow("C0 and C1 lead bytes (overlong)") << QByteArray("\xc0\xaf\xc1\xbf") << r + r + r + r;
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << r + r + r;
        QTest::newRow("overlong four bytes") << QByteArray("\xf0\x80\x80\xaf") << r + r + r + r;
        QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << r + r + r;
        QTest::newRow("surrogate DFFF") << QByteArray("\xed\xbf\xbf") << r + r + r;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << r + r + r + r;
        QTest::newRow("F5 to FF") << QByteArray("\xf5\xf8\xfc\xfe\xff") << r + r + r + r + r;
        QTest::newRow("cut two-byte sequence") << QByteArray("\xc3" "a") << r + u"a"_qs;
        QTest::newRow("cut three-byte sequence") << QByteArray("\xe6\x9e" "a") << r + u"a"_qs;
        QTest::newRow("cut four-byte sequence") << QByteArray("\xf0\x9f\x98" "a") << r + u"a"_qs;
        QTest::newRow("cut at the end") << QByteArray("a\xf0\x9f\x98") << u"a"_qs + r;
        QTest::newRow("cut by an ESC") << QByteArray("\xe6\x9e\x1b[31mx") << r + u"x"_qs;
        // Unicode's own example (Table 3-8's neighbourhood): <61 F1 80 80 E1 80 C2 62 80 63 80 BF 64>.
        QTest::newRow("Unicode's example") << QByteArray("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64")
                                           << u"a"_qs + r + r + r + u"b"_qs + r + u"c"_qs + r + r + u"d"_qs;
        QTest::newRow("valid edges") << QByteArray("\xc2\xa0\xdf\xbf\xe0\xa0\x80\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbf")
                                     << u"\u00a0\u07ff\u0800\ufffd\U00010000\U0010ffff"_qs;
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(plain(input), expected);
    }

    // Sequences split anywhere between two chunks, and the sample fed byte by byte, give the
    // same text as the sample in one piece.
    void splitAnywhereGivesTheSameText_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("plain") << int(Mode::Plain);
        QTest::newRow("terminal") << int(Mode::Terminal);
    }

    void splitAnywhereGivesTheSameText()
    {
        QFETCH(int, mode);
        const QByteArray sample = everything();
        const QString whole = fedInPieces(sample, Mode(mode), {});
        QVERIFY(whole.contains(u"构建"));
        for (qsizetype cut = 0; cut <= sample.size(); ++cut)
            QCOMPARE(fedInPieces(sample, Mode(mode), {cut}), whole);
        QList<qsizetype> everyByte;
        for (qsizetype cut = 1; cut < sample.size(); ++cut)
            everyByte << cut;
        QCOMPARE(fedInPieces(sample, Mode(mode), everyByte), whole);
    }

    void theSampleComesOutSafe()
    {
        const QString plainText = plain(everything());
        QVERIFY(isSafePlainText(plainText));
        QCOMPARE(plainText,
                 u"[INFO] BUILD 构建 ok\ncopied?\nhiddenlink\nC1 \U0001F600 \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD "
                 u"\uFFFD\uFFFD\uFFFD\uFFFDrgb end\n\uFFFD"_qs);
        const QString terminalText = terminal(everything());
        QCOMPARE(terminalText.count(u'\x1b'), 4);
        QVERIFY(terminalText.contains(u"\x1b[38;2;255;100;0mrgb"));
        QVERIFY(terminalText.contains(u"\x1b[38:5:208m"));
    }

    void finishFlushesAndStartsOver()
    {
        LogSanitizer sanitizer(Mode::Terminal);
        QCOMPARE(sanitizer.feed(QByteArrayView("ok \xe6\x9e")), u"ok "_qs);
        QCOMPARE(sanitizer.finish(), u"\uFFFD"_qs);
        QCOMPARE(sanitizer.feed(QByteArrayView("\x1b]0;")), QString());
        QCOMPARE(sanitizer.finish(), QString());   // the open OSC is dropped...
        QCOMPARE(sanitizer.feed(QByteArrayView("next")), u"next"_qs);   // ...and swallows nothing after
        QCOMPARE(sanitizer.feed(QByteArrayView("\r")), u"\n"_qs);
        QCOMPARE(sanitizer.finish(), QString());
        QCOMPARE(sanitizer.feed(QByteArrayView("\n")), u"\n"_qs);   // a new log: this LF is a line of its own
    }

    void decodedTextFollowsTheSameRules()
    {
        LogSanitizer sanitizer(Mode::Plain);
        QCOMPARE(sanitizer.feed(u"\x1b[31m错误\x1b[0m\r\n\x1b]52;c;eA==\x07ok\u0085"_qs), u"错误\nok"_qs);
        QCOMPARE(sanitizer.finish(), QString());
    }

    // A JSON page may carry a lone surrogate ("\ud800" escaped): it is invalid text like an
    // invalid UTF-8 byte, so U+FFFD, never a "?" that looks like the log's own.
    void loneSurrogatesInDecodedTextAreReplacementCharacters()
    {
        LogSanitizer sanitizer(Mode::Plain);
        QString text = u"a"_qs;
        text += QChar(0xD800);
        text += u"b"_qs;
        text += QChar(0xDC00);
        text += u"c\U0001F600d"_qs;
        QCOMPARE(sanitizer.feed(QStringView(text)), u"a\uFFFDb\uFFFDc\U0001F600d"_qs);
        QCOMPARE(sanitizer.finish(), QString());
        // At the very end of the text too (a page's last line, fed on its own).
        QString ending = u"end"_qs;
        ending += QChar(0xDC00);
        QCOMPARE(sanitizer.feed(QStringView(ending)), u"end\uFFFD"_qs);
        ending.back() = QChar(0xD800);
        QCOMPARE(sanitizer.feed(QStringView(ending)), u"end\uFFFD"_qs);
        QCOMPARE(sanitizer.finish(), QString());
    }
};

QTEST_GUILESS_MAIN(TestLogSanitizer)
#include "tst_logsanitizer.moc"
