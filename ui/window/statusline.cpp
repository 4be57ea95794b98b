#include "window/statusline.h"

#include <QTimer>

StatusLine::StatusLine(std::function<bool()> isFetching, QWidget *parent)
    : ElidedLabel(parent), m_isFetching(std::move(isFetching)), m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("statusLabel"));
    setFullText(tr("Ready"));
    m_expiry->setObjectName(QStringLiteral("statusExpiry"));
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(kLifetimeMs);
    connect(m_expiry, &QTimer::timeout, this, &StatusLine::expire);
}

void StatusLine::showMessage(const QString &text)
{
    setFullText(text);
    m_expiry->start();
}

void StatusLine::expire()
{
    if (m_isFetching())
        return;
    setFullText(tr("Ready"));
}
