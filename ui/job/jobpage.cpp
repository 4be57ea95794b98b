#include "job/jobpage.h"
#include "ui_jobpage.h"

#include "api/jobid.h"
#include "connection/connection.h"
#include "job/demojobsmenu.h"
#include "job/shownjobnote.h"
#include "platform/appsettings.h"
#include "platform/plaintext.h"
#include "widgets/uitrace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>

JobPage::JobPage(Connection *connection, CurrentJob *job, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::JobPage>()),
      m_connection(connection),
      m_job(job),
      m_settings(AppSettings::open()),
      m_tabs(new QTabWidget(this))
{
    m_ui->setupUi(this);
    // The thin busy bar keeps its room while hidden so the job does not jump at each fetch.
    QSizePolicy busyPolicy = m_ui->busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyIndicator->setSizePolicy(busyPolicy);
    m_ui->busyIndicator->hide();
    m_ui->tokenEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->customUrlEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    // The form leaves the top (Job ID, connection, banners) for the Overview tab; the window
    // adds the others.
    m_tabs->setObjectName(QStringLiteral("jobTabs"));
    m_tabs->setDocumentMode(true);
    QBoxLayout *layout = m_ui->centralLayout;
    const int formIndex = layout->indexOf(m_ui->jobFormView);
    layout->removeWidget(m_ui->jobFormView);
    m_tabs->addTab(m_ui->jobFormView, tr("&Overview"));
    layout->insertWidget(formIndex, m_tabs, 1);
    m_note = new ShownJobNote(m_job, this);
    layout->insertWidget(formIndex, m_note);
    connect(m_job, &CurrentJob::changed, this, [this] {
        // Greyed while a fetch runs: the user sees at once that it is the old state.
        m_ui->jobFormView->setEnabled(m_job->state() != CurrentJob::State::StaleWhileFetching);
    });

    m_ui->jobFormView->setProjectDirectory(m_connection->projects());
    setUpRow();
    connect(m_connection, &Connection::changed, this, &JobPage::onConnectionChanged);
    onConnectionChanged();
    m_ui->jobIdEdit->setText(m_settings->value(QLatin1String(AppSettings::kLastJob)).toString());
}

JobPage::~JobPage() = default;

void JobPage::setUpRow()
{
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &JobPage::fetch);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &JobPage::cancelFetch);
    connect(m_ui->jobIdEdit, &QLineEdit::returnPressed, this, &JobPage::fetch);
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this, &JobPage::fetch);
    connect(m_ui->customUrlEdit, &QLineEdit::returnPressed, this, &JobPage::fetch);
    connect(m_ui->jobIdEdit, &QLineEdit::textEdited, this, &JobPage::nameTyped);
    // A banner about one job goes with the job: clearing the field clears it.
    connect(m_ui->jobIdEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && !isFetching())
            m_ui->errorBanner->clear();
    });
    // Line edits take Ctrl+K for "delete to the end of the line"; in the Job ID field it finds jobs.
    m_ui->jobIdEdit->installEventFilter(this);
    auto *demoJobs = new DemoJobsMenu(m_ui->demoJobsButton);
    m_ui->demoJobsButton->setMenu(demoJobs);
    connect(demoJobs, &DemoJobsMenu::jobChosen, this, &JobPage::demoJobChosen);
}

bool JobPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->jobIdEdit && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K))
        return true;   // not accepted: the Find Jobs shortcut gets it
    return QWidget::eventFilter(watched, event);
}

void JobPage::onConnectionChanged()
{
    const bool demo = m_connection->isDemo();
    m_ui->demoNoteLabel->setVisible(demo);
    m_ui->demoJobsButton->setVisible(demo);
    m_ui->jobFormView->setDemoHintVisible(!demo);
}

JobFormView *JobPage::form() const
{
    return m_ui->jobFormView;
}

QLineEdit *JobPage::jobIdEdit() const
{
    return m_ui->jobIdEdit;
}

EndpointRow JobPage::endpointRow() const
{
    return {m_ui->endpointLabel, m_ui->endpointCombo, m_ui->customUrlEdit, m_ui->tokenLabel, m_ui->tokenEdit};
}

void JobPage::addBanners(const QList<QWidget *> &banners)
{
    for (QWidget *banner : banners)
        m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_note), banner);
}

QList<QWidget *> JobPage::tabOrder() const
{
    return {m_ui->jobIdEdit, m_ui->demoJobsButton, m_ui->fetchButton, m_ui->cancelButton,
            m_ui->endpointCombo, m_ui->customUrlEdit, m_ui->tokenEdit};
}

void JobPage::focusJobId()
{
    m_ui->jobIdEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->jobIdEdit->selectAll();
}

void JobPage::openJob(const QString &jobIdOrUrl)
{
    m_ui->jobIdEdit->setText(jobIdOrUrl.trimmed());
    fetch();
}

void JobPage::fetch()
{
    // Read before validJobId() puts the bare ID in the field: a console URL names its region.
    const std::optional<JobId::Reference> reference = JobId::parse(m_ui->jobIdEdit->text());
    const std::optional<QString> jobId = validJobId();
    if (!jobId)
        return;
    ApiError refusal;
    const std::optional<FetchTarget> target = m_connection->target(&refusal);
    if (!target)
        return refuse(refusal);
    const QUrl baseUrl = target->profile ? target->profile->effectiveEndpoint() : target->baseUrl;
    m_regionMismatch = reference ? JobId::regionMismatch(*reference, baseUrl) : QString();
    startFetch(*jobId, *target);
}

void JobPage::showRegionMismatch()
{
    if (!m_regionMismatch.isEmpty())
        showNotice(m_regionMismatch, tr("Choose that region in the Endpoint list, or a profile for it."));
}

std::optional<QString> JobPage::validJobId()
{
    const QString text = m_ui->jobIdEdit->text().trimmed();
    if (const std::optional<QString> jobId = JobId::extract(text)) {
        // Show what will be fetched: a pasted URL becomes its job ID.
        if (m_ui->jobIdEdit->text() != *jobId)
            m_ui->jobIdEdit->setText(*jobId);
        return jobId;
    }
    if (JobId::isNameQuery(text)) {
        // A name: the search has its results (or is about to); the window goes there.
        emit nameEntered(text);
        return std::nullopt;
    }
    const QString message = text.isEmpty()
        ? tr("Enter a job ID first.")
        : tr("“%1” is not a job ID or job page URL.")
              .arg(QFontMetrics(font()).elidedText(text, Qt::ElideMiddle, 400));
    refuse(ApiError(ApiError::Kind::InvalidJobId, message, JobId::formatDescription()));
    m_ui->jobIdEdit->setFocus(Qt::OtherFocusReason);
    m_ui->jobIdEdit->selectAll();
    return std::nullopt;
}

void JobPage::fetchAgain()
{
    // After a cancel or a failed refresh the form still shows an older job: F5 fetches that
    // one, as the note above the form says.
    if (m_job->isStale() && !m_job->job()->id.isEmpty())
        openJob(m_job->job()->id);
    else
        fetch();
}

void JobPage::startFetch(const QString &jobId, const FetchTarget &target)
{
    ApiError refusal;
    discardFetch();
    m_fetchingJobId = jobId;
    m_job->setFailedJobId({});
    m_fetch = m_connection->fetchJob(jobId, target, [this](const FetchOutcome &outcome) { onFetchFinished(outcome); },
                                     &refusal);
    if (!m_fetch)
        return refuse(refusal);
    m_fetchBaseUrl = target.profile ? target.profile->effectiveEndpoint() : target.baseUrl;
    m_fetchUsesProfile = target.profile.has_value();
    setBusy(true);
    // The banner was about an earlier request.
    m_ui->errorBanner->clear();
    showRegionMismatch();
    m_ui->jobFormView->prepare();
    if (m_job->job())
        markShownJob(CurrentJob::State::StaleWhileFetching);
    const QString host = m_fetchBaseUrl.host();
    emit statusChanged(target.profile ? tr("Fetching %1 from %2 as %3…").arg(jobId, host, target.profile->name)
                                      : tr("Fetching %1 from %2…").arg(jobId, host));
}

void JobPage::discardFetch()
{
    if (!m_fetch)
        return;
    m_fetch.reset();   // abandoned: the page hears nothing more of it
    // A password asked for the abandoned fetch would answer nobody.
    for (QDialog *dialog : window()->findChildren<QDialog *>(QStringLiteral("signInDialog")))
        dialog->reject();
}

void JobPage::cancelFetch()
{
    // The fetch's end follows with a Cancelled error, shown like any other outcome.
    if (m_fetch)
        m_fetch->abort();
}

void JobPage::onFetchFinished(const FetchOutcome &outcome)
{
    QElapsedTimer answerClock;
    if (UiTrace::paintTracing())
        answerClock.start();
    // Deleted once this returns; the outcome stays valid until then.
    const std::unique_ptr<PendingFetch> finished = std::move(m_fetch);

    const bool succeeded = outcome.succeeded();
    if (succeeded) {
        showJob(*outcome.job, outcome);
    } else {
        // A cancel, or a failed refresh of the job shown, leaves the job in place (marked);
        // a failure for another job clears it: it no longer answers what was asked.
        const std::optional<JobInfo> &shown = m_job->job();
        const bool cancelled = outcome.error.kind == ApiError::Kind::Cancelled;
        const bool sameJob = shown && shown->id.compare(outcome.jobId, Qt::CaseInsensitive) == 0;
        if (!cancelled && outcome.requestSent)
            m_job->setFailedJobId(outcome.jobId);   // may be starred: a 403 is worth watching
        showFailure(outcome.error, cancelled || sameJob);
        // The failure is where the user goes next: a screen reader reads it there.
        if (!cancelled)
            m_ui->errorBanner->takeFocus();
        if (m_job->job())
            markShownJob(cancelled ? CurrentJob::State::KeptAfterCancel : CurrentJob::State::KeptAfterFailure);
    }
    setBusy(false);
    if (m_fetchUsesProfile)
        emit profileFetchAnswered();

    if (succeeded) {
        if (answerClock.isValid())
            m_ui->jobFormView->tracePaintSince(answerClock);
        // Lay out and paint the job in this event-loop turn: left to the platform's next
        // update tick, the old state would stay on screen up to a few milliseconds longer.
        // The rest of the window (status bar, busy bar) follows on that tick.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_ui->jobFormView->repaint();
    }
    // Recorded once the job is on screen: the user does not wait for the history's write.
    // Nothing sent (signing in failed): not a fetch, as for `show`.
    if (outcome.requestSent)
        emit fetched(m_connection->historyEndpoint(m_fetchBaseUrl), outcome);
    emit fetchFinished(succeeded);
}

void JobPage::showJob(const JobInfo &job, const FetchOutcome &outcome)
{
    m_ui->errorBanner->clear();
    showRegionMismatch();
    markShownJob(CurrentJob::State::Current);
    m_ui->jobFormView->setJob(job);
    m_job->setJob(job);
    emit jobShown();
    const QString name = job.jobName.isEmpty() ? outcome.jobId : PlainText::neutralised(job.jobName);
    // The platform appends the application's display name itself.
    emit titleChanged(name);
    emit statusChanged(tr("Fetched %1 in %2 ms from %3")
                           .arg(name, QLocale().toString(outcome.elapsedMs), m_fetchBaseUrl.host()));
    m_settings->setValue(QLatin1String(AppSettings::kLastJob), outcome.jobId);
}

void JobPage::showSnapshot(const JobInfo &job)
{
    m_ui->jobFormView->setJob(job);
    m_job->setJob(job);
    // F5 must fetch the job shown, not the one typed before.
    m_ui->jobIdEdit->setText(job.id);
    emit titleChanged(tr("%1 (from history)").arg(job.jobName.isEmpty() ? job.id : PlainText::neutralised(job.jobName)));
}

void JobPage::refuse(const ApiError &error)
{
    // Input refused before sending: any fetch in progress was for an older request.
    discardFetch();
    setBusy(false);
    showFailure(error, true);
    emit refused(error);
    emit fetchFinished(false);
}

void JobPage::showFailure(const ApiError &error, bool keepJob)
{
    if (error.kind == ApiError::Kind::Cancelled && error.hint.isEmpty()) {
        ApiError cancelled = error;
        cancelled.hint = tr("Press Enter in the Job ID field or F5 to fetch again.");
        m_ui->errorBanner->showError(cancelled);
    } else {
        m_ui->errorBanner->showError(error);
    }
    // After a failed request the old job no longer answers what the user asked for; a
    // refusal or a cancel leaves it in place because nothing new was learnt.
    if (!keepJob) {
        markShownJob(CurrentJob::State::Current);
        m_ui->jobFormView->clear();
        m_job->setJob(std::nullopt);
        emit titleChanged({});
    }
    emit statusChanged(error.kind == ApiError::Kind::Cancelled ? tr("Cancelled") : tr("Failed: %1").arg(error.message));
}

void JobPage::showNotice(const QString &message, const QString &hint)
{
    m_ui->errorBanner->showMessage(ErrorBanner::Severity::Notice, message, hint);
}

void JobPage::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    // One fetch at a time from the button and F5; Escape cancels. (Enter in the field with
    // another job still replaces the fetch: that is a new request.)
    m_ui->fetchButton->setEnabled(!busy);
    if (!busy)
        m_fetchingJobId.clear();
    m_ui->jobFormView->setFetching(busy);
    emit busyChanged(busy);
}

// The note above the tabs says when the job below is not the one the last request was about.
void JobPage::markShownJob(CurrentJob::State state)
{
    m_job->setState(state, m_fetchingJobId);
}
