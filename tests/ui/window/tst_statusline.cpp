#include "window/statusline.h"

#include <QTest>
#include <QTimer>

// The status line says "Ready" until told otherwise, keeps a message for a minute, and then
// says "Ready" again unless a fetch is still under way.
class TestStatusLine : public QObject
{
    Q_OBJECT

private slots:
    void startsReady();
    void messageLastsItsLifetime();
    void fetchUnderWayKeepsItsMessage();
    void newMessageStartsAFreshLifetime();

private:
    static QTimer *expiryOf(const StatusLine &line);
};

QTimer *TestStatusLine::expiryOf(const StatusLine &line)
{
    return line.findChild<QTimer *>(u"statusExpiry"_qs);
}

void TestStatusLine::startsReady()
{
    StatusLine line([] { return false; });
    QCOMPARE(line.objectName(), u"statusLabel"_qs);
    QCOMPARE(line.fullText(), u"Ready"_qs);
    QVERIFY(expiryOf(line));
    QVERIFY(!expiryOf(line)->isActive());
}

void TestStatusLine::messageLastsItsLifetime()
{
    StatusLine line([] { return false; });
    line.showMessage(u"Failed: forbidden"_qs);
    QCOMPARE(line.fullText(), u"Failed: forbidden"_qs);
    QTimer *expiry = expiryOf(line);
    QVERIFY(expiry->isActive());
    QVERIFY(expiry->isSingleShot());
    QCOMPARE(expiry->interval(), StatusLine::kLifetimeMs);
    expiry->start(0);   // as when the minute has passed
    QTRY_COMPARE(line.fullText(), u"Ready"_qs);
}

void TestStatusLine::fetchUnderWayKeepsItsMessage()
{
    bool fetching = true;
    StatusLine line([&fetching] { return fetching; });
    line.showMessage(u"Fetching 1234…"_qs);
    QTimer *expiry = expiryOf(line);
    expiry->start(0);
    QTRY_VERIFY(!expiry->isActive());
    QCOMPARE(line.fullText(), u"Fetching 1234…"_qs);

    // Once the fetch has ended, its outcome expires as usual.
    fetching = false;
    line.showMessage(u"Fetched 1234"_qs);
    expiry->start(0);
    QTRY_COMPARE(line.fullText(), u"Ready"_qs);
}

void TestStatusLine::newMessageStartsAFreshLifetime()
{
    StatusLine line([] { return false; });
    line.showMessage(u"first"_qs);
    QTimer *expiry = expiryOf(line);
    expiry->stop();   // as if the first had had its minute
    line.showMessage(u"second"_qs);
    QVERIFY(expiry->isActive());
    QCOMPARE(line.fullText(), u"second"_qs);
}

QTEST_MAIN(TestStatusLine)
#include "tst_statusline.moc"
