#include "widgets/wrappinglabel.h"

#include <algorithm>

namespace {
// Layouts try a few widths while they settle; the window's later resizes bring new ones.
constexpr qsizetype kRememberedWidths = 8;
} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Inputs WrappingLabel::currentInputs() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), alignment(), textFormat(),
            textInteractionFlags(), wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Inputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_inputs = std::move(inputs);
        m_heights.clear();
    }
    const auto known = std::find_if(m_heights.cbegin(), m_heights.cend(),
                                    [width](const QPair<int, int> &entry) { return entry.first == width; });
    if (known != m_heights.cend())
        return known->second;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == kRememberedWidths)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}
