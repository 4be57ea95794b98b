#include "widgets/wrappinglabel.h"

#include <QApplication>
#include <QTest>
#include <QVBoxLayout>

// A wrapped label that remembers its heights must still answer exactly as QLabel does, for
// every width, and follow every change its height depends on.
class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void answersAsQLabel_data();
    void answersAsQLabel();
    void followsChanges();
    void remembersMoreWidthsThanOneLayoutTries();
    void growsInALayout();
};

namespace {

const QString kLong = QStringLiteral(
    "Type a job ID or paste the job's page URL into the Job ID field above, then press Enter. "
    "构建任务的名称可以很长，也可以包含中文。");

// A plain QLabel set up like `label`, to compare against.
std::unique_ptr<QLabel> twin(const QLabel &label)
{
    auto plain = std::make_unique<QLabel>(label.text());
    plain->setWordWrap(label.wordWrap());
    plain->setFont(label.font());
    plain->setContentsMargins(label.contentsMargins());
    plain->setMargin(label.margin());
    plain->setIndent(label.indent());
    plain->setAlignment(label.alignment());
    plain->setTextFormat(label.textFormat());
    plain->setTextInteractionFlags(label.textInteractionFlags());
    return plain;
}

void compareHeights(const WrappingLabel &label)
{
    const std::unique_ptr<QLabel> plain = twin(label);
    for (int width : {40, 120, 220, 573, 864, 2000, 220, 40}) {
        QCOMPARE(label.heightForWidth(width), plain->heightForWidth(width));
        QCOMPARE(label.heightForWidth(width), plain->heightForWidth(width));   // now remembered
    }
}

} // namespace

void TestWrappingLabel::answersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::newRow("empty") << QString() << int(Qt::PlainText);
    QTest::newRow("one word") << QStringLiteral("Fetching") << int(Qt::PlainText);
    QTest::newRow("long, mixed scripts") << kLong << int(Qt::PlainText);
    QTest::newRow("rich text") << QStringLiteral("<b>Bold</b> and ") + kLong << int(Qt::RichText);
}

void TestWrappingLabel::answersAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    WrappingLabel label(text);
    label.setTextFormat(Qt::TextFormat(format));
    QVERIFY(label.wordWrap());
    compareHeights(label);
}

void TestWrappingLabel::followsChanges()
{
    WrappingLabel label(kLong);
    compareHeights(label);

    label.setText(kLong + u' ' + kLong);
    compareHeights(label);

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.6);
    label.setFont(larger);
    compareHeights(label);

    label.setContentsMargins(10, 20, 30, 40);
    compareHeights(label);

    label.setMargin(7);
    compareHeights(label);

    label.setIndent(25);
    compareHeights(label);

    label.setWordWrap(false);
    compareHeights(label);
}

void TestWrappingLabel::remembersMoreWidthsThanOneLayoutTries()
{
    WrappingLabel label(kLong);
    const std::unique_ptr<QLabel> plain = twin(label);
    // More widths than it keeps: the oldest are worked out again, still right.
    for (int round = 0; round < 2; ++round) {
        for (int width = 50; width <= 1000; width += 50)
            QCOMPARE(label.heightForWidth(width), plain->heightForWidth(width));
    }
}

void TestWrappingLabel::growsInALayout()
{
    // Stacked in one column, a WrappingLabel and a QLabel with the same text get the same
    // height, whatever the window's width.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new WrappingLabel(kLong);
    auto *plain = new QLabel(kLong);
    plain->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(plain);
    layout->addStretch();
    window.resize(160, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->width(), plain->width());
    QCOMPARE(label->height(), plain->height());
    const int narrow = label->height();

    window.resize(900, 600);
    QTRY_VERIFY(label->width() > 800);
    QCOMPARE(label->width(), plain->width());
    QCOMPARE(label->height(), plain->height());
    QVERIFY(label->height() < narrow);   // wider, the text needs fewer lines
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
