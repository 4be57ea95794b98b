#include "platform/age.h"

#include <QTest>

// Ages are rounded to the nearest unit, so that "2 h 52 min ago" reads "3 hours ago" on the
// board, in the search and on the Overview alike.
class TestAge : public QObject
{
    Q_OBJECT

private slots:
    void roundsToTheNearestUnit_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("count");
        constexpr qint64 s = 1000;
        constexpr qint64 min = 60 * s;
        constexpr qint64 h = 60 * min;
        const auto row = [](const char *name, qint64 ms, Age::Unit unit, qint64 count) {
            QTest::newRow(name) << ms << int(unit) << count;
        };
        row("now", 0, Age::Unit::JustNow, 0);
        row("44 s", 44 * s, Age::Unit::JustNow, 0);
        row("45 s", 45 * s, Age::Unit::Minutes, 1);
        row("1 min 29 s", min + 29 * s, Age::Unit::Minutes, 1);
        row("1 min 30 s", min + 30 * s, Age::Unit::Minutes, 2);
        row("59 min 29 s", 59 * min + 29 * s, Age::Unit::Minutes, 59);
        row("59 min 30 s", 59 * min + 30 * s, Age::Unit::Hours, 1);
        row("2 h 52 min", 2 * h + 52 * min, Age::Unit::Hours, 3);
        row("2 h 29 min", 2 * h + 29 * min, Age::Unit::Hours, 2);
        row("23 h 29 min", 23 * h + 29 * min, Age::Unit::Hours, 23);
        row("23 h 30 min", 23 * h + 30 * min, Age::Unit::Days, 1);
        row("1 day 12 h", 36 * h, Age::Unit::Days, 2);
        row("40 days", 40 * 24 * h, Age::Unit::Days, 40);
        row("in 2 h 52 min", -(2 * h + 52 * min), Age::Unit::Hours, 3);
    }

    void roundsToTheNearestUnit()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(int, unit);
        QFETCH(qint64, count);
        const Age age = Age::of(elapsedMs);
        QCOMPARE(int(age.unit), unit);
        QCOMPARE(age.count, count);
    }
};

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
