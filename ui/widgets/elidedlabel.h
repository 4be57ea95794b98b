#pragma once

#include <QLabel>

// A one-line label that never asks for more width than it is given: a text too long for its
// room ends in "…" and is shown whole in the tooltip (and, in plain text, in its accessible
// description). For the status bar, where a long message must not widen the window.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
};
