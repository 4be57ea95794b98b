#include "widgets/itemsizedcombobox.h"

ItemSizedComboBox::ItemSizedComboBox(QWidget *parent)
    : QComboBox(parent)
{
}

template<typename Compute>
QSize ItemSizedComboBox::remembered(RememberedHint &hint, Compute compute) const
{
    Inputs inputs = currentInputs();
    if (!hint.size.isValid() || !(inputs == hint.inputs)) {
        hint.size = compute();
        hint.inputs = std::move(inputs);
    }
    return hint.size;
}

QSize ItemSizedComboBox::sizeHint() const
{
    return remembered(m_sizeHint, [this] { return QComboBox::sizeHint(); });
}

QSize ItemSizedComboBox::minimumSizeHint() const
{
    return remembered(m_minimumSizeHint, [this] { return QComboBox::minimumSizeHint(); });
}

ItemSizedComboBox::Inputs ItemSizedComboBox::currentInputs() const
{
    Inputs inputs;
    inputs.texts.reserve(count());
    inputs.icons.reserve(count());
    for (int i = 0; i < count(); ++i) {
        inputs.texts << itemText(i);
        inputs.icons << !itemIcon(i).isNull();
    }
    inputs.font = font();
    inputs.iconSize = iconSize();
    inputs.minimumContentsLength = minimumContentsLength();
    inputs.policy = sizeAdjustPolicy();
    inputs.editable = isEditable();
    inputs.frame = hasFrame();
    inputs.style = style();
    return inputs;
}
