#include "cli/commandhelp.h"
#include "cli/tableprinter.h"
#include "cli/terminal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace CommandLine;

// The terminal side of the command line without a process: cutting, escaping, times, the
// table layout and the command table behind the help.
class TestTerminal : public QObject
{
    Q_OBJECT

    // Job-like IDs that differ in their first eight characters.
    static QString id(int i)
    {
        return QString::number(0xa0000000u + uint(i) * 0x00100000u, 16) + QString(24, u'f');
    }

private slots:
    void init() { setColorMode(ColorMode::Never); }

    void cutToWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("cut");
        QTest::newRow("fits") << u"payment"_qs << 7 << u"payment"_qs;
        QTest::newRow("ascii") << u"payment-service"_qs << 8 << u"payment\u2026"_qs;
        QTest::newRow("cjk") << u"支付服务构建"_qs << 7 << u"支付服\u2026"_qs;           // 2 columns each
        QTest::newRow("cjk odd") << u"支付服务构建"_qs << 6 << u"支付\u2026"_qs;
        QTest::newRow("pair") << u"ab\U0001F600cd"_qs << 4 << u"ab\U0001F600\u2026"_qs;   // never half a pair
        QTest::newRow("one") << u"abc"_qs << 1 << u"\u2026"_qs;
        QTest::newRow("none") << u"abc"_qs << 0 << QString();
    }

    void cutToWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, cut);
        QCOMPARE(CommandLine::cutToWidth(text, width), cut);
        QVERIFY(cellWidth(CommandLine::cutToWidth(text, width)) <= width);
    }

    // Errors and warnings on a terminal: broken at spaces, continued under the message.
    void wrappedAtSpaces()
    {
        const QString warning = u"warning: The service is throttling requests; waiting 33 seconds, and longer if it goes on."_qs;
        const QString text = wrapped(warning, 40, 9);
        QCOMPARE(text, u"warning: The service is throttling\n"
                       "         requests; waiting 33 seconds,\n"
                       "         and longer if it goes on."_qs);
        for (const QString &line : text.split(u'\n'))
            QVERIFY(cellWidth(line) <= 40);
        // Wide characters count twice; a word wider than the line keeps a line of its own.
        QCOMPARE(wrapped(u"错误 构建任务不存在 x"_qs, 8, 2), u"错误\n  构建任务不存在\n  x"_qs);
        QCOMPARE(wrapped(u"short"_qs, 80, 9), u"short"_qs);
    }

    // What the JSON encoder leaves raw but a terminal acts on is escaped; the value stays.
    void terminalSafeJson()
    {
        const QString hostile = u"a\u0085b\u009b31mc\u007fd\u202ee\u2066f\u061cg\u200eh\u2028i\u2029j \u00e9\u4e2d\U0001F600"_qs;
        const QByteArray json = QJsonDocument(QJsonObject{{hostile, hostile}}).toJson(QJsonDocument::Compact);
        const QByteArray safe = CommandLine::terminalSafeJson(json);
        for (const char *raw : {"\xc2\x85", "\xc2\x9b", "\x7f", "\xe2\x80\xae", "\xe2\x81\xa6", "\xd8\x9c", "\xe2\x80\x8e",
                                "\xe2\x80\xa8", "\xe2\x80\xa9"})
            QVERIFY2(!safe.contains(raw), raw);
        for (const char *escaped : {"\\u0085", "\\u009b", "\\u007f", "\\u202e", "\\u2066", "\\u061c", "\\u200e",
                                    "\\u2028", "\\u2029"})
            QVERIFY2(safe.contains(escaped), escaped);
        QVERIFY(safe.contains("\xc3\xa9") && safe.contains("\xe4\xb8\xad")); // other text stays as it is
        QJsonParseError error;
        const QJsonObject back = QJsonDocument::fromJson(safe, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.value(hostile).toString(), hostile);
        const QByteArray plain = R"({"name":"payment-service","health":92})";
        QCOMPARE(CommandLine::terminalSafeJson(plain), plain);
    }

    // Times for people are local; outside 1970..9999 there is none to show.
    void localTime()
    {
        const qint64 when = QDateTime(QDate(2026, 12, 2), QTime(14, 50, 41)).toMSecsSinceEpoch();
        QCOMPARE(CommandLine::localTime(when), u"2026-12-02 14:50"_qs);
        QCOMPARE(CommandLine::localTime(when, true), u"2026-12-02 14:50:41"_qs);
        QVERIFY(CommandLine::localTime(-62135596800000).isEmpty());   // the year 1
        QVERIFY(CommandLine::localTime(2534023008000000).isEmpty());  // the year 82269
        QVERIFY(CommandLine::localTime(std::numeric_limits<qint64>::max()).isEmpty());
    }

    void colour()
    {
        QCOMPARE(toneOf(u"success"_qs), Tone::Good);
        QCOMPARE(toneOf(u"FAILED"_qs), Tone::Bad);
        QCOMPARE(toneOf(u"running"_qs), Tone::Busy);
        QCOMPARE(toneOf(u"timeout"_qs), Tone::Warning);
        QCOMPARE(toneOf(u"never"_qs), Tone::Muted);
        QCOMPARE(toneOf(u"payment"_qs), Tone::Plain);
        QCOMPARE(colored(u"failed"_qs, Tone::Bad), u"failed"_qs);
        setColorMode(ColorMode::Always);
        QCOMPARE(colored(u"failed"_qs, Tone::Bad), u"\x1b[1;31mfailed\x1b[0m"_qs);
        QCOMPARE(colored(u"payment"_qs, Tone::Plain), u"payment"_qs);
    }

    // Columns give way in order: IDs shorten, text shrinks to its minimum, then the least
    // important columns go; no line is wider than asked.
    void tableFits_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("wide") << 200 << QStringList{u"NAME"_qs, u"ID"_qs, u"PROJECT"_qs, u"STATUS"_qs, u"LAST BUILD"_qs};
        QTest::newRow("80") << 80 << QStringList{u"NAME"_qs, u"ID"_qs, u"PROJECT"_qs, u"STATUS"_qs, u"LAST BUILD"_qs};
        QTest::newRow("60") << 60 << QStringList{u"NAME"_qs, u"ID"_qs, u"STATUS"_qs, u"LAST BUILD"_qs};
        QTest::newRow("45") << 45 << QStringList{u"NAME"_qs, u"ID"_qs, u"STATUS"_qs};
        QTest::newRow("30") << 30 << QStringList{u"NAME"_qs, u"STATUS"_qs};
    }

    void tableFits()
    {
        QFETCH(int, width);
        QFETCH(QStringList, headers);
        const QList<Column> columns = {
            {u"NAME"_qs, Column::Kind::Text, 0, 40, 16},
            {u"ID"_qs, Column::Kind::Id, 3},
            {u"PROJECT"_qs, Column::Kind::Text, 5, 24, 10},
            {u"STATUS"_qs, Column::Kind::State, 0},
            {u"LAST BUILD"_qs, Column::Kind::Text, 4, 16},
        };
        QList<QStringList> rows;
        for (int i = 0; i < 20; ++i)
            rows << QStringList{u"payment-service-nightly-integration-"_qs + QString::number(i), id(i),
                                u"移动应用平台"_qs, u"success"_qs, u"2026-12-02 14:50"_qs};
        const QString out = table(columns, rows, width);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        for (const QString &line : lines) {
            QVERIFY2(cellWidth(line) <= width, qPrintable(line));
            QVERIFY(!line.endsWith(u' '));
        }
        QCOMPARE(lines.first().split(u' ', Qt::SkipEmptyParts).join(u' '), headers.join(u' '));
        if (width == 200)
            QVERIFY(lines.at(1).contains(id(0)));
        else if (headers.contains(u"ID"_qs)) // shortened to a prefix that tells them apart
            QVERIFY2(lines.at(1).contains(u' ' + id(0).left(TablePrinter::kShortIdLength) + u' '), qPrintable(lines.at(1)));
    }

    // The first batch fixes the layout; later rows are cut to it, and IDs that share the
    // prefix of one shown before get a longer one of their own.
    void streamedTableKeepsItsLayout()
    {
        TablePrinter printer({{u"NAME"_qs, Column::Kind::Text, 0, 40, 8}, {u"ID"_qs, Column::Kind::Id, 1},
                              {u"HEALTH"_qs, Column::Kind::Number, 2}},
                             30);
        QString out = printer.render({{u"first"_qs, u"0123456789abcdef0123456789abcdef"_qs, u"92"_qs}});
        const QStringList first = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(first.at(0), u"NAME      ID        HEALTH"_qs);
        QCOMPARE(first.at(1), u"first     01234567      92"_qs);
        out = printer.render({{QString(1'000'000, u'n'), u"0123456789ffffffffffffffffffffff"_qs, u"5"_qs},
                              {u"third"_qs, u"0123456789abcdef0123456789abcdef"_qs, u"7"_qs}});
        const QStringList later = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(later.size(), 2); // no second header
        QCOMPARE(later.at(0), u"nnnnnnn\u2026  012345678       5"_qs); // one column longer than the rest
        QCOMPARE(later.at(1), u"third     01234567       7"_qs); // the same ID, the same prefix
    }

    void emptyTableHasItsHeader()
    {
        TablePrinter printer({{u"ID"_qs, Column::Kind::Id, 0}, {u"NAME"_qs, Column::Kind::Text, 0, 60, 16}}, 80);
        QCOMPARE(printer.render({}), u"ID  NAME\n"_qs);
    }

    void escapedBeforeMeasured()
    {
        const QString out = table({{u"NAME"_qs, Column::Kind::Text, 0, 20}, {u"X"_qs, Column::Kind::Text, 0}},
                                  {{u"a\x1b[2Jb"_qs, u"\u202e"_qs}}, 80);
        QCOMPARE(out, u"NAME       X\na\\x1b[2Jb  \\u202e\n"_qs);
    }

    void nearest()
    {
        QCOMPARE(CommandLine::nearest(u"shwo"_qs, commandWords()), u"show"_qs);
        QCOMPARE(CommandLine::nearest(u"bulids"_qs, commandWords()), u"builds"_qs);
        QCOMPARE(CommandLine::nearest(u"hisotry"_qs, commandWords()), u"history"_qs);
        QCOMPARE(CommandLine::nearest(u"frobnicate"_qs, commandWords()), QString());
        QCOMPARE(CommandLine::nearest(u"--jsn"_qs, {u"--json"_qs, u"--search"_qs}), u"--json"_qs);
        QCOMPARE(CommandLine::nearest(u"--bogus"_qs, {u"--json"_qs, u"--search"_qs}), QString());
    }

    // Each command's synopsis names exactly its own options, each described; help fits 80
    // columns.
    void commandTableIsConsistent()
    {
        static const QRegularExpression option(u"--[a-z][a-z-]*[a-z]"_qs);
        for (const CommandHelp &command : commands()) {
            const QString name = QLatin1String(command.name);
            QSet<QString> inSynopsis;
            for (auto it = option.globalMatch(QLatin1String(command.synopsis)); it.hasNext();)
                inSynopsis << it.next().captured(0);
            QSet<QString> own;
            for (const OptionHelp &help : command.options) {
                QVERIFY2(!own.contains(u"--"_qs + QLatin1String(help.name)), qPrintable(name + u" repeats --"_qs + QLatin1String(help.name)));
                own << u"--"_qs + QLatin1String(help.name);
                QVERIFY2(qstrlen(help.description) > 0, help.name);
            }
            QCOMPARE(inSynopsis, own);
            QCOMPARE(QLatin1String(command.synopsis).contains(u"connection options"_qs), command.connection);
            QVERIFY(QLatin1String(command.synopsis).startsWith(name));
            QVERIFY(qstrlen(command.example) > 0);
            for (const QString &line : commandHelpText(name).split(u'\n'))
                QVERIFY2(cellWidth(line) <= 80, qPrintable(line));
            QCOMPARE(optionsOf(name).size(), command.options.size() + (command.connection ? connectionHelp().size() : 0));
        }
        for (const QString &line : overviewText().split(u'\n'))
            QVERIFY2(cellWidth(line) <= 80, qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
