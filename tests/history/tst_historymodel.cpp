#include "sandbox/demosandbox.h"
#include "history/historymodel.h"
#include "history/historystore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// HistoryModel over a real store: paging, filtering and sorting, checked by
// QAbstractItemModelTester on every change. The model reads on a thread of its own, so every
// change is waited for.
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
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void reloadKeepsRowsUntilAnswered();
    void onlyTheLastOfManyFiltersApplies();
    void readsTheJobList();
    void displaysEntryFields();
    void showsTheJobsStateAndMarksChanges();

private:
    void fill(int count, int jobs);
    static bool waitLoaded(HistoryModel &model);
    static bool fetchMore(HistoryModel &model);
    static bool fetchAll(HistoryModel &model);
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
        // States and scores that differ, so that those columns have an order too.
        job.healthScore = 20 + (i * 7) % 80;
        job.lastBuildStatus = i % 3 == 0 ? u"failed"_qs : u"success"_qs;
        HistoryEntry entry = i % 5 == 4
            ? HistoryEntry::fromError(QStringLiteral("demo"), job.id,
                                      ApiError(ApiError::Kind::NotFound, QStringLiteral("gone")), 7)
            : HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 12);
        entry.timeMs = 1'700'000'000'000 + i * 1000;
        QVERIFY(m_store->record(entry) > 0);
    }
}

bool TestHistoryModel::waitLoaded(HistoryModel &model)
{
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    return !model.isLoading() || loaded.wait(10'000);
}

// One page, as a view asks for it while scrolling; true once it arrived.
bool TestHistoryModel::fetchMore(HistoryModel &model)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    return inserted.wait(10'000);
}

// Every page, whoever asks for it: a QAbstractItemModelTester also calls fetchMore().
bool TestHistoryModel::fetchAll(HistoryModel &model)
{
    while (model.rowCount() < model.totalCount()) {
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        if (!inserted.wait(10'000)) {
            qWarning() << "fetchAll stuck at" << model.rowCount() << "of" << model.totalCount()
                       << model.canFetchMore({}) << model.isLoading();
            return false;
        }
    }
    return true;
}

void TestHistoryModel::emptyStoreIsEmpty()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setStore(m_store.get());
    QVERIFY(waitLoaded(model));
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
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));   // not before the first page is there
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));   // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
        QVERIFY(fetchMore(model));
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(waitLoaded(model));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
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
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.totalCount(), 25);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, HistoryModel::JobIdColumn).data().toString(), jobId(1));
    filter.outcome = QStringLiteral("not_found");
    model.setFilter(filter);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.totalCount(), 5);
    QVERIFY(!model.index(0, 0).data(HistoryModel::SucceededRole).toBool());
    filter = {};
    filter.text = QStringLiteral("job-3");
    model.setFilter(filter);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.totalCount(), 20);   // failures do not know the job's name
}

void TestHistoryModel::sortsByTimeInSql()
{
    fill(300, 3);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.sort(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.entry(0).timeMs, 1'700'000'000'000);
    model.sort(HistoryModel::TimeColumn, Qt::DescendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.entry(0).timeMs, 1'700'000'000'000 + 299 * 1000);
}

void TestHistoryModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = QByteArray::number(column)
                + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << column << int(order);
        }
    }
}

// Over more than one page: the order holds across fetchMore, and no entry is read twice.
void TestHistoryModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    fill(260, 13);
    // Profiles, endpoints and durations that differ, so that those columns have an order too.
    for (int i = 0; i < 40; ++i) {
        HistoryEntry entry = HistoryEntry::fromError(QStringLiteral("https://host-%1.example").arg(i % 7),
                                                     jobId(i % 5), ApiError(ApiError::Kind::Timeout, {}), 3 * i);
        entry.profile = QStringLiteral("Profile-%1").arg(i % 3);
        entry.timeMs = 1'600'000'000'000 + i;
        QVERIFY(m_store->record(entry) > 0);
    }
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.sort(column, Qt::SortOrder(order));
    QVERIFY(waitLoaded(model));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 300);

    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.entry(row).id);
    QCOMPARE(ids.size(), 300);
    const auto key = [&](int row) -> QVariant {
        const HistoryEntry &e = model.entry(row);
        switch (column) {
        case HistoryModel::TimeColumn: return e.timeMs;
        case HistoryModel::JobNameColumn: return e.jobName.toLower();
        case HistoryModel::JobIdColumn: return e.jobId;
        case HistoryModel::StateColumn: return e.state;
        case HistoryModel::HealthColumn: return e.health ? QVariant(*e.health) : QVariant(-1); // NULL first
        case HistoryModel::OutcomeColumn: return e.outcome;
        case HistoryModel::HttpStatusColumn: return e.httpStatus;
        case HistoryModel::DurationColumn: return e.durationMs;
        case HistoryModel::ProfileColumn: return e.profile.toLower();
        default: return e.endpoint;
        }
    };
    for (int row = 1; row < model.rowCount(); ++row) {
        const QPartialOrdering cmp = QVariant::compare(key(row - 1), key(row));
        const bool inOrder = order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                         : cmp != QPartialOrdering::Less;
        QVERIFY2(inOrder, qPrintable(QStringLiteral("rows %1 and %2: %3 then %4").arg(row - 1).arg(row)
                                         .arg(key(row - 1).toString(), key(row).toString())));
    }
}

// The window is never held up: a reload returns at once, and until its answer comes the
// rows shown are the previous ones.
void TestHistoryModel::reloadKeepsRowsUntilAnswered()
{
    fill(30, 3);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &HistoryModel::loadingChanged);
    model.setStore(m_store.get());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).first().toBool(), true);
    QCOMPARE(loading.at(1).first().toBool(), false);

    HistoryFilter filter;
    filter.jobId = jobId(2);
    model.setFilter(filter);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.totalCount(), 30);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), 10);
}

// Typing into the filter sends a reload per pause; whatever was asked last is what shows,
// whatever the order the answers might come in.
void TestHistoryModel::onlyTheLastOfManyFiltersApplies()
{
    fill(120, 12);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    HistoryFilter filter;
    for (const char *text : {"j", "jo", "job", "job-", "job-1", "job-11"}) {
        filter.text = QString::fromLatin1(text);
        model.setFilter(filter);
    }
    QVERIFY(loaded.wait(10'000));
    QTest::qWait(100); // nothing older may arrive after it
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.totalCount(), 8);   // 10 fetches of job-11, 2 of them failures without a name
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).jobName, QStringLiteral("job-11"));
}

void TestHistoryModel::readsTheJobList()
{
    fill(20, 4);
    HistoryModel model;
    QSignalSpy jobs(&model, &HistoryModel::jobsRead);
    model.setStore(m_store.get());
    model.readJobs();
    QVERIFY(jobs.wait(10'000));
    const auto list = jobs.first().first().value<QList<HistoryJob>>();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.first().jobId, jobId(3)); // the newest first
    QCOMPARE(list.first().entries, 5);
}

void TestHistoryModel::displaysEntryFields()
{
    fill(1, 1);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryModel::JobNameColumn).data().toString(), QStringLiteral("job-0"));
    QCOMPARE(model.index(0, HistoryModel::HttpStatusColumn).data().toInt(), 200);
    QCOMPARE(model.index(0, HistoryModel::EndpointColumn).data().toString(), QStringLiteral("demo"));
    QVERIFY(model.index(0, HistoryModel::DurationColumn).data().toString().contains(u"12"));
    QVERIFY(model.index(0, 0).data(HistoryModel::EntryIdRole).toLongLong() > 0);
    // "Fetch" is how the request went; the job's own result has a column of its own.
    QCOMPARE(model.headerData(HistoryModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Fetch"));
    QCOMPARE(model.headerData(HistoryModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("Last build"));
    QCOMPARE(model.index(0, HistoryModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(0, HistoryModel::HealthColumn).data().toString(), QStringLiteral("20"));
}

void TestHistoryModel::showsTheJobsStateAndMarksChanges()
{
    JobInfo job = JobInfo::fromJson(DemoSandbox::demoJobs().first().result);
    job.id = jobId(1);
    const auto record = [&](const QString &last, int health, qint64 time) {
        job.lastBuildStatus = last;
        job.healthScore = health;
        HistoryEntry entry = HistoryEntry::fromJob(QStringLiteral("demo"), job, 200, 12);
        entry.timeMs = time;
        QVERIFY(m_store->record(entry) > 0);
    };
    record(u"success"_qs, 92, 1000);
    HistoryEntry failedFetch = HistoryEntry::fromError(QStringLiteral("demo"), job.id, ApiError(ApiError::Kind::Timeout, {}), 3);
    failedFetch.timeMs = 2000;
    QVERIFY(m_store->record(failedFetch) > 0); // a failed fetch says nothing of the job
    record(u"failed"_qs, 41, 3000);
    job.jobName = u"release\u202egnp.exe"_qs;
    record(u"failed"_qs, 41, 4000);
    HistoryModel model;
    model.setStore(m_store.get());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 4); // newest first
    QCOMPARE(model.index(0, HistoryModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    // A right-to-left override in a name shows written out, never reversing the row.
    QCOMPARE(model.index(0, HistoryModel::JobNameColumn).data().toString(), u"release\\u202egnp.exe"_qs);
    QVERIFY(!model.index(0, HistoryModel::StateColumn).data(HistoryModel::ChangedRole).toBool());
    QCOMPARE(model.index(1, HistoryModel::StateColumn).data().toString(), QStringLiteral("Failed (was Success)"));
    QCOMPARE(model.index(1, HistoryModel::HealthColumn).data().toString(), QStringLiteral("41 (was 92)"));
    QVERIFY(model.index(1, HistoryModel::StateColumn).data(HistoryModel::ChangedRole).toBool());
    QVERIFY(model.index(1, HistoryModel::HealthColumn).data(HistoryModel::ChangedRole).toBool());
    QVERIFY(model.index(2, HistoryModel::StateColumn).data().toString().isEmpty());
    QCOMPARE(model.index(3, HistoryModel::StateColumn).data().toString(), QStringLiteral("Success"));
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
