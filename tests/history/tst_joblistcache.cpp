#include "history/joblistcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The search panel's cache: real SQLite files in a temporary folder.
class TestJobListCache : public QObject
{
    Q_OBJECT

private:
    static QList<QJsonObject> jobs(int count, const QString &prefix = u"job"_qs)
    {
        QList<QJsonObject> items;
        for (int i = 0; i < count; ++i)
            items << QJsonObject{{u"id"_qs, u"%1-%2"_qs.arg(prefix).arg(i)}, {u"last_build_time"_qs, 1727041445000LL + i},
                                 {u"favorite"_qs, i % 2 == 0}};
        return items;
    }

private slots:
    void storesAndLoadsAcrossOpenings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1727041445123LL, Qt::UTC);
        const QString key = JobListCache::key(u"支付"_qs, {}, u"red"_qs);
        {
            JobListCache cache(path);
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QVERIFY(cache.store(u"work"_qs, key, jobs(3), when));
        }
        JobListCache cache(path);
        const std::optional<JobListCache::Entry> entry = cache.load(u"work"_qs, key);
        QVERIFY(entry);
        QCOMPARE(entry->fetchedAt, when);
        QCOMPARE(entry->items, jobs(3));
        QCOMPARE(entry->items.at(2).value(u"last_build_time").toInteger(), 1727041445002LL);
        QVERIFY(!cache.load(u"home"_qs, key));                                     // per profile
        QVERIFY(!cache.load(u"work"_qs, JobListCache::key(u"支付"_qs, {}, {})));   // per filter
    }

    void replacesAndBoundsWhatItKeeps()
    {
        QTemporaryDir dir;
        JobListCache cache(dir.filePath(u"cache.sqlite"_qs));
        const QString key = JobListCache::key({}, {}, {});
        QVERIFY(cache.store(u"p"_qs, key, jobs(JobListCache::kMaxItemsPerSearch + 50)));
        QCOMPARE(cache.load(u"p"_qs, key)->items.size(), JobListCache::kMaxItemsPerSearch);
        QVERIFY(cache.store(u"p"_qs, key, jobs(2, u"new"_qs)));
        QCOMPARE(cache.load(u"p"_qs, key)->items, jobs(2, u"new"_qs));

        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < JobListCache::kMaxSearchesPerProfile + 5; ++i)
            QVERIFY(cache.store(u"p"_qs, JobListCache::key(QString::number(i), {}, {}), jobs(1), start.addSecs(i)));
        QVERIFY(!cache.load(u"p"_qs, JobListCache::key(u"0"_qs, {}, {})));          // the oldest went
        QVERIFY(cache.load(u"p"_qs, JobListCache::key(u"34"_qs, {}, {})));
        QVERIFY(cache.forget(u"p"_qs));
        QVERIFY(!cache.load(u"p"_qs, JobListCache::key(u"34"_qs, {}, {})));
    }

    void damagedFileIsStartedAfresh()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        JobListCache cache(path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QVERIFY(cache.store(u"p"_qs, u"k"_qs, jobs(1)));
    }
};

QTEST_GUILESS_MAIN(TestJobListCache)
#include "tst_joblistcache.moc"
