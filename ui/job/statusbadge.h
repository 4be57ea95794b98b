#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

// A build status as a coloured pill ("Success" on green, "Failed" on red...). The pill has its
// own fill and white text, so it reads the same on light and dark palettes; where the fill alone
// would not stand out from what is around it (blue on a selected blue row), a ring does.
class StatusBadge : public QWidget
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Success, Failure, Running };

    explicit StatusBadge(QWidget *parent = nullptr);

    // The status as the service sent it; empty shows "Unknown".
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    QString text() const { return m_text; }
    Tone tone() const { return m_tone; }

    // The service's statuses are free text: map the spellings seen in practice to a tone.
    static Tone toneFor(const QString &status);
    static QColor fillColor(Tone tone);
    // The ring around a pill of `fill` on `background`: invalid when the fill stands out by
    // itself (3:1), else the fill's colour brought to 3:1.
    static QColor ringColor(const QColor &fill, const QColor &background);
    // A pill as the badge, the favorites and the search results draw it, in the painter's font.
    static void paintPill(QPainter *painter, const QRectF &pill, const QColor &fill, const QString &text,
                          const QColor &background);
    // The words the badge shows for a status as sent: "Success", "Failed", "Unknown"...
    static QString label(const QString &status);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_status;
    QString m_text;
    Tone m_tone = Tone::Neutral;
};
