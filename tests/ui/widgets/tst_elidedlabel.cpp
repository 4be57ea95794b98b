#include "widgets/elidedlabel.h"

#include <QTest>
#include <QTextDocument>

// An elided label shows outside text as the characters it is, in the label and in the tooltip
// that holds the whole text (a log line or a job name may look like markup).
class TestElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void elidesAndKeepsTheWholeTextInTheTooltip();
    void markupStaysTextInTheTooltip();
};

void TestElidedLabel::elidesAndKeepsTheWholeTextInTheTooltip()
{
    ElidedLabel label;
    label.resize(120, 30);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    label.setFullText(u"Failed at Run unit tests: LoginViewModelTest > rejectsEmptyPassword FAILED"_qs);
    QVERIFY(label.text().endsWith(u'…'));
    QVERIFY(label.toolTip().contains(u"rejectsEmptyPassword FAILED"));
    label.resize(2000, 30);
    QTRY_COMPARE(label.text(), label.fullText());
    QVERIFY(label.toolTip().isEmpty());   // nothing hidden, nothing to tell
}

void TestElidedLabel::markupStaysTextInTheTooltip()
{
    ElidedLabel label;
    label.resize(80, 30);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    const QString line = u"<img src=x onerror=alert(1)><b>bold</b> and a long tail after it"_qs;
    label.setFullText(line);
    QCOMPARE(label.textFormat(), Qt::PlainText);
    QVERIFY(!label.toolTip().isEmpty());
    // Rendered the way Qt renders a tooltip, it reads as the characters of the line.
    QTextDocument tooltip;
    tooltip.setHtml(label.toolTip());
    QCOMPARE(tooltip.toPlainText(), line);
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
