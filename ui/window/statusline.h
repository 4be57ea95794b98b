#pragma once

#include "widgets/elidedlabel.h"

#include <functional>

class QTimer;

// The status bar's message: "Ready", or what the last fetch did. A fetch's outcome is news for a
// minute, not for the rest of the session; a fetch still under way keeps its "Fetching…" until
// it ends.
class StatusLine : public ElidedLabel
{
    Q_OBJECT

public:
    // How long a message stays before the line says "Ready" again.
    static constexpr int kLifetimeMs = 60'000;

    // `isFetching` says whether a fetch is under way.
    explicit StatusLine(std::function<bool()> isFetching, QWidget *parent = nullptr);

    // Shows `text` for kLifetimeMs.
    void showMessage(const QString &text);

private:
    void expire();

    std::function<bool()> m_isFetching;
    QTimer *m_expiry;
};
