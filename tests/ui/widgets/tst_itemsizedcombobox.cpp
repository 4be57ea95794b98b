#include "widgets/itemsizedcombobox.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTest>

// A combo box that remembers its size hints must still give QComboBox's own, through every
// change they depend on.
class TestItemSizedComboBox : public QObject
{
    Q_OBJECT

private slots:
    void hintsAreQComboBoxs_data();
    void hintsAreQComboBoxs();
    void followsChanges();
    void sameWidthInALayout();
};

namespace {

const QStringList kRegions{QStringLiteral("Demo sandbox"), QStringLiteral("CN North-Beijing4 (cn-north-4)"),
                           QStringLiteral("AP-Singapore (ap-southeast-3)"), QStringLiteral("Custom URL…")};

void fill(QComboBox &combo, const QStringList &texts)
{
    for (const QString &text : texts)
        combo.addItem(text);
}

// Both combos hold the same items and settings; their hints must agree.
void compareHints(const ItemSizedComboBox &remembering, const QComboBox &plain)
{
    for (int round = 0; round < 2; ++round) {   // the second answers from memory
        QCOMPARE(remembering.sizeHint(), plain.sizeHint());
        QCOMPARE(remembering.minimumSizeHint(), plain.minimumSizeHint());
    }
}

} // namespace

void TestItemSizedComboBox::hintsAreQComboBoxs_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("minimumContentsLength");
    QTest::newRow("contents on first show") << int(QComboBox::AdjustToContentsOnFirstShow) << 0;
    QTest::newRow("contents") << int(QComboBox::AdjustToContents) << 0;
    QTest::newRow("contents, at least 16") << int(QComboBox::AdjustToContents) << 16;
    QTest::newRow("minimum contents length") << int(QComboBox::AdjustToMinimumContentsLengthWithIcon) << 10;
}

void TestItemSizedComboBox::hintsAreQComboBoxs()
{
    QFETCH(int, policy);
    QFETCH(int, minimumContentsLength);
    ItemSizedComboBox remembering;
    QComboBox plain;
    for (QComboBox *combo : {static_cast<QComboBox *>(&remembering), &plain}) {
        combo->setSizeAdjustPolicy(QComboBox::SizeAdjustPolicy(policy));
        combo->setMinimumContentsLength(minimumContentsLength);
    }
    compareHints(remembering, plain);   // empty
    fill(remembering, kRegions);
    fill(plain, kRegions);
    compareHints(remembering, plain);
}

void TestItemSizedComboBox::followsChanges()
{
    ItemSizedComboBox remembering;
    QComboBox plain;
    fill(remembering, kRegions);
    fill(plain, kRegions);
    compareHints(remembering, plain);

    const QString longer = QStringLiteral("A much longer profile name than any region (token)");
    remembering.addItem(longer);
    plain.addItem(longer);
    compareHints(remembering, plain);

    remembering.setItemText(0, longer + longer);
    plain.setItemText(0, longer + longer);
    compareHints(remembering, plain);

    remembering.removeItem(0);
    plain.removeItem(0);
    compareHints(remembering, plain);

    QFont larger = plain.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    remembering.setFont(larger);
    plain.setFont(larger);
    compareHints(remembering, plain);

    QPixmap square(16, 16);
    square.fill(Qt::blue);
    remembering.setItemIcon(1, QIcon(square));
    plain.setItemIcon(1, QIcon(square));
    compareHints(remembering, plain);

    remembering.setMinimumContentsLength(30);
    plain.setMinimumContentsLength(30);
    compareHints(remembering, plain);

    remembering.setEditable(true);
    plain.setEditable(true);
    compareHints(remembering, plain);
}

void TestItemSizedComboBox::sameWidthInALayout()
{
    // Side by side, shown, the two get the same size, before and after their items change.
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *remembering = new ItemSizedComboBox;
    auto *plain = new QComboBox;
    fill(*remembering, kRegions);
    fill(*plain, kRegions);
    layout->addWidget(remembering);
    layout->addWidget(plain);
    layout->addStretch();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(remembering->size(), plain->size());

    for (QComboBox *combo : {static_cast<QComboBox *>(remembering), plain}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(QStringLiteral("An item wider than every region before it"));
    }
    QTRY_COMPARE(remembering->size(), plain->size());
    QVERIFY(remembering->width() > remembering->fontMetrics().horizontalAdvance(kRegions.at(1)));
}

QTEST_MAIN(TestItemSizedComboBox)
#include "tst_itemsizedcombobox.moc"
