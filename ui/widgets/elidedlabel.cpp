#include "widgets/elidedlabel.h"

#include "platform/plaintext.h"

#include <QResizeEvent>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateElided();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {0, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidedLabel::updateElided()
{
    QString oneLine = m_fullText;
    oneLine.replace(u'\n', u' ');
    const QString shown = fontMetrics().elidedText(oneLine, Qt::ElideRight, qMax(0, contentsRect().width()));
    setText(shown);
    // The tooltip is rich text when it looks like it; a service's or a log's text must not.
    const bool elided = shown != oneLine;
    setToolTip(elided ? PlainText::toolTip(m_fullText) : QString());
    // A screen reader reads the whole text, and never the tooltip's markup.
    setAccessibleDescription(elided ? m_fullText : QString());
}
