#include "demosandbox.h"
#include "historymodel.h"
#include "historystore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// HistoryModel over a real store: paging, filtering and sorting, checked by
// QAbstractItemModelTester on every change.
class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStoreIsEmpty();
    void firstPageThenFetchMore();
    void filterByJobAndOutcome();
    void sortsByTimeInSql();
    void displaysEntryFields();

private:
    void fill(int count, int jobs);
    static QString jobId(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
}

void TestHistoryModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestHistoryModel::fill(int count, int jobs)
{
    JobInfo job = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    for (int i = 0; i < count; ++i) {
        job.id = jobId(i % jobs);
        job.jobName = QStringLiteral("job-%1").arg(i % jobs);
        HistoryEntry entry = i % 5 == 4
            ? HistoryEntry::fromError(QStringLiteral("demo"), job.id,
                                      ApiError(ApiError::Kind::NotFound, QStringLiteral("gone")), 7)
            : HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 12);
        entry.timeMs = 1'700'000'000'000 + i * 1000;
        QVERIFY(m_store->record(entry) > 0);
    }
}

void TestHistoryModel::emptyStoreIsEmpty()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
}

void TestHistoryModel::firstPageThenFetchMore()
{
    fill(450, 7);
    {
        // Paging as a view does it; the tester below fetches on its own, so not with it.
        HistoryModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    // Newest first by default, and every row is distinct.
    QVERIFY(model.entry(0).timeMs > model.entry(449).timeMs);
}

void TestHistoryModel::filterByJobAndOutcome()
{
    fill(100, 4);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    HistoryFilter filter;
    filter.jobId = jobId(1);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 25);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, HistoryModel::JobIdColumn).data().toString(), jobId(1));
    filter.outcome = QStringLiteral("not_found");
    model.setFilter(filter);
    QVERIFY(model.totalCount() > 0);
    QVERIFY(!model.index(0, 0).data(HistoryModel::SucceededRole).toBool());
    filter = {};
    filter.text = QStringLiteral("job-3");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 20);   // failures do not know the job's name
}

void TestHistoryModel::sortsByTimeInSql()
{
    fill(300, 3);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.sort(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.entry(0).timeMs, 1'700'000'000'000);
    model.sort(HistoryModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(model.entry(0).timeMs, 1'700'000'000'000 + 299 * 1000);
    model.sort(HistoryModel::JobNameColumn, Qt::AscendingOrder); // ignored: keeps time order
    QCOMPARE(model.entry(0).timeMs, 1'700'000'000'000 + 299 * 1000);
}

void TestHistoryModel::displaysEntryFields()
{
    fill(1, 1);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryModel::JobNameColumn).data().toString(), QStringLiteral("job-0"));
    QCOMPARE(model.index(0, HistoryModel::HttpStatusColumn).data().toInt(), 200);
    QCOMPARE(model.index(0, HistoryModel::EndpointColumn).data().toString(), QStringLiteral("demo"));
    QVERIFY(model.index(0, HistoryModel::DurationColumn).data().toString().contains(u"12"));
    QVERIFY(model.index(0, 0).data(HistoryModel::EntryIdRole).toLongLong() > 0);
    QCOMPARE(model.headerData(HistoryModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
