#pragma once

#include <QWidget>

#include <optional>

// The job's health score (0-100) as a bar with the number beside it. The bar's colour tells
// the band at a glance: red below 60, amber 60-79, green from 80.
class HealthGauge : public QWidget
{
    Q_OBJECT

public:
    enum class Band { Unknown, Poor, Fair, Good };

    explicit HealthGauge(QWidget *parent = nullptr);

    void setScore(std::optional<int> score);
    std::optional<int> score() const { return m_score; }
    Band band() const { return bandFor(m_score); }
    QString text() const;        // "74", "—", or "101!" for a score outside 0..100
    bool isOutOfRange() const;   // the service sent a score outside 0..100
    QString bandName() const;    // "good", "fair", "poor" or "not provided", translated

    static Band bandFor(std::optional<int> score);
    static QColor bandColor(Band band);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int numberWidth() const;

    std::optional<int> m_score;
};
