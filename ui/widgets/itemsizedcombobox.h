#pragma once

#include <QComboBox>
#include <QFont>
#include <QList>
#include <QSize>
#include <QStringList>

class QStyle;

// A QComboBox that remembers its size hints while nothing they depend on changes. Sized to its
// items on first show, a combo box measures them for its size hint before its first frame, and
// again when it is shown, shaping every item's text each time (sixteen for the endpoint list).
// The hints are QComboBox's own, including its habit of keeping a minimum size hint computed
// before items changed.
class ItemSizedComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ItemSizedComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    // Everything QComboBox's hints depend on.
    struct Inputs
    {
        QStringList texts;
        QList<bool> icons;   // whether each item has one
        QFont font;
        QSize iconSize;
        int minimumContentsLength = 0;
        SizeAdjustPolicy policy = AdjustToContentsOnFirstShow;
        bool editable = false;
        bool frame = true;
        const QStyle *style = nullptr;
        bool operator==(const Inputs &other) const = default;
    };
    struct RememberedHint
    {
        Inputs inputs;
        QSize size;
    };
    Inputs currentInputs() const;
    // The size `hint` holds, worked out anew by `compute` first if an input changed.
    template<typename Compute>
    QSize remembered(RememberedHint &hint, Compute compute) const;

    mutable RememberedHint m_sizeHint;
    mutable RememberedHint m_minimumSizeHint;
};
