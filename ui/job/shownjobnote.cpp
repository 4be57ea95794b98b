#include "job/shownjobnote.h"

#include "job/currentjob.h"
#include "platform/plaintext.h"

ShownJobNote::ShownJobNote(CurrentJob *job, QWidget *parent)
    : WrappingLabel(parent), m_job(job)
{
    setObjectName(QStringLiteral("shownJobNote"));
    setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    // The tooltip colours: unlike the error banner, and right in light and dark palettes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    hide();
    connect(m_job, &CurrentJob::changed, this, &ShownJobNote::showState);
}

void ShownJobNote::showState()
{
    if (!m_job->isStale()) {
        hide();
        return;
    }
    const JobInfo &shown = *m_job->job();
    const QString name = shown.jobName.isEmpty() ? shown.id : PlainText::neutralised(shown.jobName);
    switch (m_job->state()) {
    case CurrentJob::State::StaleWhileFetching:
        setText(tr("Fetching %1… Below, greyed: %2 (%3), as fetched before.").arg(m_job->fetchingJobId(), name, shown.id));
        break;
    case CurrentJob::State::KeptAfterCancel:
        setText(tr("Cancelled. Below is still %1 (%2), as fetched before; F5 fetches it again.").arg(name, shown.id));
        break;
    case CurrentJob::State::KeptAfterFailure:
        setText(tr("Fetching it again failed. Below is %1 (%2), as fetched before.").arg(name, shown.id));
        break;
    case CurrentJob::State::Current:
        break;
    }
    show();
}
