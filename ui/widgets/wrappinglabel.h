#pragma once

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>
#include <QPair>
#include <QString>

// A word-wrapped QLabel that remembers the heights it has worked out. While a window settles,
// its layouts ask a wrapped label for its height at the same width again and again (eleven
// times each for the placeholder's labels before the first frame), and QLabel lays its whole
// text out anew every time. Heights are QLabel's own; they are forgotten when anything they
// depend on changes.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    // Everything QLabel's height for a width depends on, besides that width.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat textFormat = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        bool wordWrap = false;
        bool operator==(const Inputs &other) const = default;
    };
    Inputs currentInputs() const;

    mutable Inputs m_inputs;
    mutable QList<QPair<int, int>> m_heights;   // (width, height), a handful at most
};
