#pragma once

#include <QWidget>

#include <optional>

class QLabel;

// One yes/no flag as a drawn mark plus a word: a green tick and "Allowed", a red cross and
// "Denied", or a grey question mark and "Not given by the service" when the answer left the flag
// out (the words of Permissions::stateText(), as everywhere else).
// The colour is never the only cue: the word and the shape say the same.
class PermissionMark : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionMark(QWidget *parent = nullptr);

    void setValue(std::optional<bool> value);
    std::optional<bool> value() const { return m_value; }
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int markSize() const;
    void paintTick(QPainter &painter, const QRectF &box) const;
    void paintCross(QPainter &painter, const QRectF &box) const;
    void paintQuestion(QPainter &painter, const QRectF &box) const;

    QLabel *m_label;
    std::optional<bool> m_value;
};
