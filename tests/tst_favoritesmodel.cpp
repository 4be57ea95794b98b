#include "demosandbox.h"
#include "favoritesmodel.h"
#include "historystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// FavoritesModel over a real store: order, moves, alias and note, snapshot columns.
class TestFavoritesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addAndRemove();
    void moveWritesTheOrder();
    void aliasEditsInPlace();
    void showsNewestSnapshot();
    void profilesAreSeparate();

private:
    static QString jobId(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }
    QStringList order(const FavoritesModel &model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestFavoritesModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
}

void TestFavoritesModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestFavoritesModel::order(const FavoritesModel &model) const
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(FavoritesModel::JobIdRole).toString();
    return ids;
}

void TestFavoritesModel::addAndRemove()
{
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.add(jobId(1)));
    QVERIFY(model.add(jobId(2)));
    QVERIFY(!model.add(jobId(1)));
    QCOMPARE(order(model), (QStringList{jobId(1), jobId(2)}));
    QVERIFY(model.remove(jobId(1)));
    QCOMPARE(order(model), QStringList{jobId(2)});
    QVERIFY(!m_store->isFavorite({}, jobId(1)));
}

void TestFavoritesModel::moveWritesTheOrder()
{
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    for (int i = 0; i < 4; ++i)
        QVERIFY(model.add(jobId(i)));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(model.move(0, +1));
    QCOMPARE(order(model), (QStringList{jobId(1), jobId(0), jobId(2), jobId(3)}));
    QVERIFY(model.move(3, -1));
    QCOMPARE(order(model), (QStringList{jobId(1), jobId(0), jobId(3), jobId(2)}));
    QVERIFY(!model.move(0, -1));
    QCOMPARE(moved.size(), 2);
    // The store has the same order: a fresh model reads it back.
    FavoritesModel fresh;
    fresh.setStore(m_store.get());
    QCOMPARE(order(fresh), order(model));
}

void TestFavoritesModel::aliasEditsInPlace()
{
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.add(jobId(7)));
    const QModelIndex name = model.index(0, FavoritesModel::NameColumn);
    QVERIFY(model.flags(name) & Qt::ItemIsEditable);
    QCOMPARE(name.data().toString(), jobId(7)); // never fetched: the ID
    QVERIFY(model.setData(name, QStringLiteral("  Nightly  ")));
    QCOMPARE(name.data().toString(), QStringLiteral("Nightly"));
    QVERIFY(model.setAliasAndNote(0, QStringLiteral("Nightly"), QStringLiteral("watch it")));
    QCOMPARE(name.data(FavoritesModel::NoteRole).toString(), QStringLiteral("watch it"));
    QCOMPARE(m_store->favorites({}).first().note, QStringLiteral("watch it"));
}

void TestFavoritesModel::showsNewestSnapshot()
{
    const DemoSandbox::DemoJob &demo = DemoSandbox::demoJobs().first();
    JobInfo job = JobInfo::fromJson(demo.result);
    job.favorite = true;
    QVERIFY(m_store->record(HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 5)) > 0);
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.add(job.id));
    QCOMPARE(model.index(0, FavoritesModel::NameColumn).data().toString(), job.jobName);
    QCOMPARE(model.index(0, FavoritesModel::RunningColumn).data().toString(), job.runningStatus);
    QCOMPARE(model.index(0, FavoritesModel::LastBuildColumn).data().toString(), job.lastBuildStatus);
    QCOMPARE(model.index(0, FavoritesModel::HealthColumn).data(), QVariant(*job.healthScore));
    QCOMPARE(model.index(0, FavoritesModel::ServiceColumn).data().toString(), QStringLiteral("Yes"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("in CodeArts")));
}

void TestFavoritesModel::profilesAreSeparate()
{
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.add(jobId(1)));
    model.setProfile(QStringLiteral("work"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.add(jobId(2)));
    model.setProfile({});
    QCOMPARE(order(model), QStringList{jobId(1)});
}

QTEST_GUILESS_MAIN(TestFavoritesModel)
#include "tst_favoritesmodel.moc"
