#include "sandbox/demosandbox.h"
#include "history/favoritesmodel.h"
#include "history/historystore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
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
    void dragAndDropFlags();
    void dropMovesAndWritesTheOrder_data();
    void dropMovesAndWritesTheOrder();
    void dropIsRefused_data();
    void dropIsRefused();

private:
    static QString jobId(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }
    static QStringList jobIds(const QList<int> &numbers);
    QStringList order(const FavoritesModel &model) const;
    QStringList storedOrder() const;
    void addFavorites(FavoritesModel &model, int count);
    std::unique_ptr<QMimeData> dragData(const QString &kind, FavoritesModel &model);

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

QStringList TestFavoritesModel::jobIds(const QList<int> &numbers)
{
    QStringList ids;
    for (int n : numbers)
        ids << jobId(n);
    return ids;
}

// The order as a second connection reads it from the file, not from the model's copy.
QStringList TestFavoritesModel::storedOrder() const
{
    HistoryStore reopened(m_dir->filePath(QStringLiteral("history.sqlite")));
    QStringList ids;
    for (const Favorite &favorite : reopened.favorites({}))
        ids << favorite.jobId;
    return ids;
}

void TestFavoritesModel::addFavorites(FavoritesModel &model, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(model.add(jobId(i)));
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

void TestFavoritesModel::dragAndDropFlags()
{
    FavoritesModel model;
    model.setStore(m_store.get());
    addFavorites(model, 2);
    const QModelIndex item = model.index(0, FavoritesModel::LastBuildColumn);
    QVERIFY(model.flags(item) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(item) & Qt::ItemIsDropEnabled)); // nothing drops into a favorite
    QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);      // drops land between rows
    QCOMPARE(model.supportedDragActions(), Qt::MoveAction);
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    QCOMPARE(model.mimeTypes(), QStringList{FavoritesModel::kMimeType});
    QCOMPARE(model.mimeData({}), nullptr);
}

void TestFavoritesModel::dropMovesAndWritesTheOrder_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("parentRow"); // -1: the root
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("to the top") << 2 << 0 << -1 << QList<int>{2, 0, 1, 3};
    QTest::newRow("down to the middle") << 0 << 2 << -1 << QList<int>{1, 0, 2, 3};
    QTest::newRow("up to the middle") << 3 << 1 << -1 << QList<int>{0, 3, 1, 2};
    QTest::newRow("to the end") << 0 << 4 << -1 << QList<int>{1, 2, 3, 0};
    QTest::newRow("onto an item below") << 0 << -1 << 2 << QList<int>{1, 0, 2, 3};
    QTest::newRow("onto an item above") << 3 << -1 << 1 << QList<int>{0, 3, 1, 2};
    QTest::newRow("into the root") << 1 << -1 << -1 << QList<int>{0, 2, 3, 1};
    QTest::newRow("onto its own place") << 1 << 1 << -1 << QList<int>{0, 1, 2, 3};
    QTest::newRow("just below itself") << 1 << 2 << -1 << QList<int>{0, 1, 2, 3};
}

void TestFavoritesModel::dropMovesAndWritesTheOrder()
{
    QFETCH(int, source);
    QFETCH(int, row);
    QFETCH(int, parentRow);
    QFETCH(QList<int>, expected);
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    addFavorites(model, 4);
    // Every column of the row, as the view hands over a selected row.
    QModelIndexList dragged;
    for (int column = 0; column < FavoritesModel::ColumnCount; ++column)
        dragged << model.index(source, column);
    const std::unique_ptr<QMimeData> data(model.mimeData(dragged));
    QVERIFY(data);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : model.index(parentRow, 0);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    // False even when it moved: the view must not remove the dragged row afterwards.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(order(model), jobIds(expected));
    const bool unchanged = expected == QList<int>{0, 1, 2, 3};
    QCOMPARE(moved.size(), unchanged ? 0 : 1);
    QCOMPARE(storedOrder(), jobIds(expected));
}

// What a refused drop carries: `kind` names where it comes from.
std::unique_ptr<QMimeData> TestFavoritesModel::dragData(const QString &kind, FavoritesModel &model)
{
    if (kind == QLatin1String("text")) {
        auto data = std::make_unique<QMimeData>();
        data->setText(jobId(1));
        return data;
    }
    if (kind == QLatin1String("garbage")) {
        auto data = std::make_unique<QMimeData>();
        data->setData(FavoritesModel::kMimeType, QByteArrayLiteral("\xff\x01"));
        return data;
    }
    if (kind == QLatin1String("other profile")) {
        // The same job is a favorite in both profiles: only the profile tells them apart.
        FavoritesModel other;
        other.setStore(m_store.get());
        other.setProfile(QStringLiteral("work"));
        other.add(jobId(1));
        return std::unique_ptr<QMimeData>(other.mimeData({other.index(0, 0)}));
    }
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(1, 0)}));
    if (kind == QLatin1String("removed"))
        model.remove(jobId(1));
    return data;
}

void TestFavoritesModel::dropIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Qt::DropAction>("action");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("parentRow");

    QTest::newRow("foreign MIME type") << "text" << Qt::MoveAction << 0 << -1;
    QTest::newRow("unreadable data") << "garbage" << Qt::MoveAction << 0 << -1;
    QTest::newRow("another profile") << "other profile" << Qt::MoveAction << 0 << -1;
    QTest::newRow("no longer a favorite") << "removed" << Qt::MoveAction << 0 << -1;
    QTest::newRow("copy") << "own" << Qt::CopyAction << 0 << -1;
    QTest::newRow("into an item") << "own" << Qt::MoveAction << 0 << 2;
    QTest::newRow("past the end") << "own" << Qt::MoveAction << 9 << -1;
}

void TestFavoritesModel::dropIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(Qt::DropAction, action);
    QFETCH(int, row);
    QFETCH(int, parentRow);
    FavoritesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    addFavorites(model, 4);
    const std::unique_ptr<QMimeData> data = dragData(kind, model);
    const QStringList before = order(model);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : model.index(parentRow, 0);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(!model.canDropMimeData(data.get(), action, row, 0, parent));
    QVERIFY(!model.dropMimeData(data.get(), action, row, 0, parent));
    QCOMPARE(moved.size(), 0);
    QCOMPARE(order(model), before);
    QCOMPARE(storedOrder(), before);
}

QTEST_GUILESS_MAIN(TestFavoritesModel)
#include "tst_favoritesmodel.moc"
