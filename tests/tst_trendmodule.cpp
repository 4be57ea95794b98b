#include "trendpoints.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

// The Linux window loads the trend chart from its own module (trenddialogmodule.cpp). This
// runs that code against the module built beside the window module.
class TestTrendModule : public QObject
{
    Q_OBJECT

private slots:
    void missingModuleIsExplained();
    void dialogComesFromTheModule();

private:
    static QList<TrendPoint> points()
    {
        return {{1'700'000'000'000, 80, QStringLiteral("success")},
                {1'700'000'600'000, 45, QStringLiteral("failed")}};
    }
};

// Without CODEARTS_INSPECTOR_MODULE_DIR the module is looked for beside the code that loads
// it: this test binary's directory, where there is none.
void TestTrendModule::missingModuleIsExplained()
{
    qunsetenv("CODEARTS_INSPECTOR_MODULE_DIR");
    QString error;
    QDialog *dialog = createTrendDialog(QStringLiteral("job"), points(), nullptr, &error);
    QVERIFY(!dialog);
    QVERIFY2(error.startsWith(u"The trend chart could not be loaded"), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral(INSPECTOR_TREND_MODULE)), qPrintable(error));
}

void TestTrendModule::dialogComesFromTheModule()
{
    qputenv("CODEARTS_INSPECTOR_MODULE_DIR", INSPECTOR_MODULE_BUILD_DIR);
    QString error;
    std::unique_ptr<QDialog> dialog(createTrendDialog(QStringLiteral("payment-service-ci"), points(), nullptr, &error));
    QVERIFY2(dialog, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(dialog->inherits("TrendChartDialog"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Trend of payment-service-ci"));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
}

QTEST_MAIN(TestTrendModule)
#include "tst_trendmodule.moc"
