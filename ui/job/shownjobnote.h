#pragma once

#include "widgets/wrappinglabel.h"

class CurrentJob;

// Says, above the job's tabs, when the job below is not the one the last request was about:
// greyed while another is fetched, kept after a cancel or a failed refresh. Hidden otherwise.
class ShownJobNote : public WrappingLabel
{
    Q_OBJECT

public:
    // `job` is not owned and must outlive the note.
    explicit ShownJobNote(CurrentJob *job, QWidget *parent = nullptr);

private:
    void showState();

    CurrentJob *m_job;
};
