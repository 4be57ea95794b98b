#include "job/jobformview.h"
#include "ui_jobformview.h"

#include "api/buildrecords.h"
#include "connection/projectdirectory.h"
#include "job/healthgauge.h"
#include "job/permissionmark.h"
#include "platform/age.h"
#include "platform/plaintext.h"
#include "job/statusbadge.h"
#include "widgets/uitrace.h"
#include "widgets/wrappinglabel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

QString missingText()
{
    return QStringLiteral("—");
}

QString missingToolTip()
{
    return JobFormView::tr("Not provided by the service");
}

// A value label's field, as a screen reader names it ("Job name"): the .ui's accessible name,
// kept here because the name of a value that takes the focus says the value too.
constexpr char kFieldProperty[] = "accessibleField";

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? JobFormView::tr("Yes") : JobFormView::tr("No");
}

QString bandDescription(HealthGauge::Band band)
{
    switch (band) {
    case HealthGauge::Band::Good: return JobFormView::tr("Good (80 and above)");
    case HealthGauge::Band::Fair: return JobFormView::tr("Fair (60 to 79)");
    case HealthGauge::Band::Poor: return JobFormView::tr("Poor (below 60)");
    case HealthGauge::Band::Unknown: break;
    }
    return {};
}

// The widest piece of `text` that a line cannot break (by the Unicode line-breaking rules, as
// a word-wrapped label breaks it). QLabel's own minimum size hint cannot say: it is kept from an
// earlier text and width.
int widestUnbreakable(const QString &text, const QFontMetrics &metrics)
{
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    while (breaks.toNextBoundary() >= 0) {
        const qsizetype end = breaks.position();
        widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

QString exactDateTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                              QLocale::LongFormat);
}

// Other fields are shown as received: strings bare, everything else as compact JSON.
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QStringLiteral("null");
}

} // namespace

// Shows a value, or a dash that explains itself when the service left the field out.
void JobFormView::setValue(QLabel *label, const QString &text, const QString &toolTip)
{
    if (text.isEmpty()) {
        label->setText(missingText());
        label->setToolTip(missingToolTip());
        describeValue(label, missingToolTip());
    } else {
        label->setText(PlainText::neutralised(text));
        label->setToolTip(PlainText::toolTip(toolTip));
        describeValue(label, label->text(), toolTip);
    }
}

// Qt reads a label with an accessible name by that name alone, and a missing description as
// the tooltip, markup included. So the field is the name and the value (`spoken`: what the
// label shows, or why it shows a dash) and the tooltip's detail the description, in plain
// text. A value that takes the focus is read by its name on Tab: its name says the value too.
void JobFormView::describeValue(QLabel *label, const QString &spoken, const QString &detail)
{
    const QString field = label->property(kFieldProperty).toString();
    if (label->focusPolicy() & Qt::TabFocus) {
        label->setAccessibleName(tr("%1: %2").arg(field, spoken));
        // Never empty: Qt would read the tooltip instead, which may be rich text.
        label->setAccessibleDescription(detail.isEmpty() ? spoken : detail);
    } else {
        label->setAccessibleName(field);
        label->setAccessibleDescription(detail.isEmpty() ? spoken : spoken + u'\n' + detail);
    }
}

JobFormView::JobFormView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Job details"));
    auto *rootLayout = new QVBoxLayout(this);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    rootLayout->addWidget(m_pages);
    buildPlaceholder();
    // Both pages can be up at once, the opaque placeholder covering the form: showing the
    // form costs a few milliseconds, which prepare() moves into the network wait.
    qobject_cast<QStackedLayout *>(m_pages->layout())->setStackingMode(QStackedLayout::StackAll);

    m_relativeTimeRefresh.setInterval(std::chrono::seconds(30));
    connect(&m_relativeTimeRefresh, &QTimer::timeout, this, &JobFormView::refreshRelativeTimes);
    clear();
}

JobFormView::~JobFormView() = default;

void JobFormView::buildPlaceholder()
{
    // Plain text, the title in a larger font, rather than rich text: a rich-text label costs about
    // two milliseconds more to set up, and a bold face one more (another font file to load);
    // this page is part of the window's first frame.
    m_placeholderPage = new QWidget(m_pages);
    m_placeholderPage->setObjectName(QStringLiteral("placeholderPage"));
    m_placeholderPage->setAutoFillBackground(true);
    // Added before it is filled: becoming the current page lays it out, and its wrapped labels
    // would be measured at a width the window does not have yet.
    m_pages->addWidget(m_placeholderPage);
    m_placeholderTitle = new WrappingLabel(m_placeholderPage);
    m_placeholderTitle->setObjectName(QStringLiteral("placeholderTitle"));
    QFont titleFont = m_placeholderTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_placeholderTitle->setFont(titleFont);
    m_placeholderText = new WrappingLabel(tr("Type a job ID or paste the job's page URL into the Job "
                                             "ID field above, then press Enter."), m_placeholderPage);
    m_placeholderText->setObjectName(QStringLiteral("placeholderText"));
    m_demoHint = new WrappingLabel(tr("No account at hand? Choose “Demo sandbox” in the Profile list and "
                                      "pick one of the demo jobs."), m_placeholderPage);
    m_demoHint->setObjectName(QStringLiteral("placeholderDemoHint"));
    auto *layout = new QVBoxLayout(m_placeholderPage);
    layout->addStretch();
    for (QLabel *label : {m_placeholderTitle, m_placeholderText, m_demoHint}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addStretch();
    showIdlePlaceholder(true);
}

void JobFormView::showIdlePlaceholder(bool idle)
{
    m_placeholderIdle = idle;
    m_placeholderTitle->setText(idle ? tr("No job shown") : tr("Fetching the job…"));
    m_placeholderText->setVisible(idle);
    m_demoHint->setVisible(idle && m_demoHintWanted);
}

void JobFormView::buildForm()
{
    if (m_form)
        return;
    m_formPage = new QWidget(m_pages);
    m_formPage->setObjectName(QStringLiteral("formPage"));
    m_form = std::make_unique<Ui::JobFormView>();
    m_form->setupUi(m_formPage);
    m_formPage->hide();
    m_pages->addWidget(m_formPage);

    QFont bold = m_form->jobNameValue->font();
    bold.setBold(true);
    m_form->jobNameValue->setFont(bold);
    // IDs are compared character by character; a fixed font makes that easier. (The build
    // project's UUID may break after a dash where room is short: arrangeColumns().)
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_form->jobIdValue->setFont(fixed);
    m_form->buildProjectValue->setFont(fixed);
    buildPermissionRows();
    buildFollowButton();
    buildLastFailureRow();

    // Nothing in the form paints an opaque background, so this view itself is repainted
    // with the form: the paint trace hooks that paint. (QScrollArea turns auto-fill on.)
    m_form->scrollArea->viewport()->setAutoFillBackground(false);
    m_form->scrollContents->setAutoFillBackground(false);
    m_form->scrollArea->viewport()->installEventFilter(this);

    for (QLabel *label : m_formPage->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u"Value")) {
            addCopyAction(label);
            label->setProperty(kFieldProperty, label->accessibleName());
        }
    }
    addCopyAction(m_form->lastBuildBadge);
    addCopyAction(m_form->healthGauge);
    for (PermissionMark *mark : std::as_const(m_permissionMarks))
        addCopyAction(mark);
    // Tab stops at the values worth copying, where the cursor shows it; the scroll area itself
    // would be a stop with nothing to see (it scrolls to the value that has the focus).
    m_form->scrollArea->setFocusPolicy(Qt::NoFocus);
    for (QLabel *value : std::initializer_list<QLabel *>{m_form->jobNameValue, m_form->jobIdValue,
                                                        m_form->buildProjectValue, m_form->codeArtsProjectValue,
                                                        m_form->sourceValue})
        value->setFocusPolicy(Qt::StrongFocus);
    // An ID is one value, whatever characters it holds: a double-click takes all of it.
    for (QLabel *id : std::initializer_list<QLabel *>{m_form->jobIdValue, m_form->buildProjectValue})
        id->installEventFilter(this);
}

void JobFormView::addCopyAction(QWidget *value)
{
    value->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(value, &QWidget::customContextMenuRequested, this,
            [this, value](const QPoint &pos) { showValueMenu(value, value->mapToGlobal(pos)); });
}

QMenu *JobFormView::showValueMenu(QWidget *value, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("valueMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = valueText(value);
    QAction *copy = menu->addAction(tr("&Copy"), this, [text] { QGuiApplication::clipboard()->setText(text); });
    copy->setObjectName(QStringLiteral("copyValueAction"));
    copy->setEnabled(!text.isEmpty());
    const auto *label = qobject_cast<const QLabel *>(value);
    if (label && label->hasSelectedText()) {
        const QString selected = label->selectedText();
        QAction *copySelection = menu->addAction(tr("Copy &Selection"), this,
                                                 [selected] { QGuiApplication::clipboard()->setText(selected); });
        copySelection->setObjectName(QStringLiteral("copySelectionAction"));
    }
    menu->popup(globalPos);
    return menu;
}

QString JobFormView::valueText(const QWidget *value)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(value))
        text = label->text();
    else if (const auto *badge = qobject_cast<const StatusBadge *>(value))
        text = badge->text();
    else if (const auto *gauge = qobject_cast<const HealthGauge *>(value))
        text = gauge->text();
    else if (const auto *mark = qobject_cast<const PermissionMark *>(value))
        text = mark->text();
    // The dash of a missing value is nothing to copy.
    return text == missingText() ? QString() : text;
}

bool JobFormView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_form && watched == m_form->scrollArea->viewport() && event->type() == QEvent::Resize)
        arrangeColumns();
    if (m_form && event->type() == QEvent::MouseButtonDblClick
        && (watched == m_form->jobIdValue || watched == m_form->buildProjectValue)) {
        auto *id = static_cast<QLabel *>(watched);
        id->setSelection(0, int(id->text().size()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// The two columns stand side by side when both fit at their narrowest, and one above the
// other when they do not (a narrow window, longer labels in another language): a form that
// scrolls sideways hides half of itself.
void JobFormView::arrangeColumns()
{
    // The groups' own widths, wherever they are now: the answer must not depend on the
    // arrangement, or the form could flip back and forth.
    const auto widest = [](std::initializer_list<QWidget *> groups) {
        int width = 0;
        for (QWidget *group : groups)
            width = std::max({width, group->minimumWidth(), group->minimumSizeHint().width()});
        return width;
    };
    // The build project's UUID is the widest value. It stays on one line while the columns fit
    // side by side so (its minimum width holds the left column open); it breaks after a dash
    // rather than stack the columns (a window of the usual size with the sidebar open); stacked,
    // it has the whole width and breaks only in a very narrow window.
    QLabel *uuid = m_form->buildProjectValue;
    const int uuidLine = uuid->fontMetrics().horizontalAdvance(uuid->text()) + uuid->contentsMargins().left()
        + uuid->contentsMargins().right() + 2 * uuid->margin();
    const int uuidBroken = widestUnbreakable(uuid->text(), uuid->fontMetrics()) + uuidLine
        - uuid->fontMetrics().horizontalAdvance(uuid->text());
    const int uuidNow = uuid->minimumWidth() > 0 ? uuid->minimumWidth() : uuidBroken;   // as layouts take it
    const int otherValues = widest({m_form->jobNameValue, m_form->jobIdValue, m_form->codeArtsProjectValue,
                                    m_form->sourceValue});
    // Identity's width with its value column as it is now, and as it would be either way.
    const int identityRest = widest({m_form->identityGroup}) - std::max(otherValues, uuidNow);
    const int identityBroken = identityRest + std::max(otherValues, uuidBroken);
    const int identityOneLine = identityRest + std::max(otherValues, uuidLine);
    QBoxLayout *columns = m_form->columnsLayout;
    const int others = columns->spacing() + widest({m_form->statusGroup, m_form->healthGroup, m_form->permissionsGroup});
    const int otherLeft = widest({m_form->timesGroup, m_form->settingsGroup});
    QScrollArea *scroll = m_form->scrollArea;
    int available = scroll->viewport()->width();
    // Going side by side, count on a vertical scroll bar: else the bar could come with the
    // change, take the room and send the columns back, again and again.
    if (!columnsSideBySide() && !scroll->verticalScrollBar()->isVisible())
        available -= scroll->verticalScrollBar()->sizeHint().width();
    const bool oneLine = available >= std::max(identityOneLine, otherLeft) + others;
    const bool sideBySide = oneLine || available >= std::max(identityBroken, otherLeft) + others;
    const int uuidMinimum = oneLine ? uuidLine : 0;
    if (uuid->minimumWidth() != uuidMinimum)
        uuid->setMinimumWidth(uuidMinimum);
    if (sideBySide == columnsSideBySide())
        return;
    placeStatusGroups(sideBySide);
    columns->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Stacked, extra height goes below both columns rather than between them.
    columns->setStretch(0, sideBySide ? 1 : 0);
    columns->setStretch(1, sideBySide ? 1 : 0);
}

// Side by side, Status and Health head the right column. Stacked, the right column would come
// after Times and Settings, below the fold of a small window: they move up under Identity.
void JobFormView::placeStatusGroups(bool sideBySide)
{
    QVBoxLayout *from = sideBySide ? m_form->leftColumn : m_form->rightColumn;
    QVBoxLayout *to = sideBySide ? m_form->rightColumn : m_form->leftColumn;
    int index = sideBySide ? 0 : to->indexOf(m_form->identityGroup) + 1;
    for (QWidget *group : {static_cast<QWidget *>(m_form->statusGroup), static_cast<QWidget *>(m_form->healthGroup)}) {
        from->removeWidget(group);
        to->insertWidget(index++, group);
    }
}

bool JobFormView::columnsSideBySide() const
{
    return !m_form || m_form->columnsLayout->direction() == QBoxLayout::LeftToRight;
}

void JobFormView::buildFollowButton()
{
    // The service's favorite flag ("follow" in CodeArts) changes from its own row.
    m_followButton = new QToolButton(m_form->settingsGroup);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setEnabled(false);
    int row = 0;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_form->settingsLayout->getWidgetPosition(m_form->favoriteValue, &row, &role);
    m_form->settingsLayout->removeWidget(m_form->favoriteValue);
    // The button goes under the value, not beside it: beside it, this row alone would be
    // wide enough to stack the form's columns at the window's default size.
    auto *field = new QVBoxLayout;
    field->setContentsMargins(0, 0, 0, 0);
    field->addWidget(m_form->favoriteValue);
    field->addWidget(m_followButton, 0, Qt::AlignLeft);
    m_form->settingsLayout->setLayout(row, QFormLayout::FieldRole, field);
    connect(m_followButton, &QToolButton::clicked, this, [this] {
        if (m_job)
            emit followRequested(!m_job->favorite.value_or(false));
    });
}

void JobFormView::buildLastFailureRow()
{
    auto *label = new QLabel(tr("Why it failed:"), m_form->statusGroup);
    label->setObjectName(QStringLiteral("lastFailureLabel"));
    m_lastFailureLabel = label;
    m_lastFailureValue = new WrappingLabel(m_form->statusGroup);
    m_lastFailureValue->setObjectName(QStringLiteral("lastFailureValue"));
    m_lastFailureValue->setTextFormat(Qt::PlainText);   // a step's name and a log's line
    m_lastFailureValue->setWordWrap(true);
    m_lastFailureValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(m_lastFailureValue);
    m_showLogButton = new QToolButton(m_form->statusGroup);
    m_showLogButton->setObjectName(QStringLiteral("showLastFailureLogButton"));
    m_showLogButton->setText(tr("Show Log"));
    m_showLogButton->setToolTip(tr("Open this build's log at the line that explains the failure."));
    connect(m_showLogButton, &QToolButton::clicked, this, [this] {
        if (m_job && m_lastFailureBuild > 0)
            emit showLogRequested(m_job->id, m_lastFailureBuild);
    });
    auto *field = new QVBoxLayout;
    field->setContentsMargins(0, 0, 0, 0);
    field->addWidget(m_lastFailureValue);
    field->addWidget(m_showLogButton, 0, Qt::AlignLeft);
    int row = 0;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_form->statusLayout->getLayoutPosition(m_form->lastBuildLayout, &row, &role);
    m_form->statusLayout->insertRow(row + 1, label, field);
    showLastFailureRow(false);
}

void JobFormView::showLastFailureRow(bool visible)
{
    if (!m_lastFailureValue)
        return;
    if (!visible) {
        m_lastFailureBuild = 0;
        m_lastFailureValue->clear();
    }
    m_form->statusLayout->setRowVisible(m_lastFailureLabel, visible);
}

void JobFormView::setLastFailure(const QString &jobId, int buildNumber, const QString &text)
{
    if (!m_job || m_job->id != jobId || !m_lastFailureValue || text.isEmpty() || buildNumber <= 0)
        return;
    m_lastFailureBuild = buildNumber;
    m_lastFailureValue->setText(PlainText::neutralised(text));
    m_lastFailureValue->setAccessibleDescription(m_lastFailureValue->text());
    m_showLogButton->setAccessibleName(tr("Show the log of build %1").arg(buildNumber));
    showLastFailureRow(true);
}

void JobFormView::setFollowBusy(bool busy)
{
    if (m_followButton)
        m_followButton->setEnabled(!busy && m_job.has_value());
}

void JobFormView::setFollowedInCodeArts(bool followed)
{
    if (!m_job)
        return;
    m_job->favorite = followed;
    fillFavorite(*m_job);
}

void JobFormView::buildPermissionRows()
{
    // The words of the permission table (api/jobinfo.h), as the Builds tab and `show` say them.
    for (const PermissionFlag &flag : kPermissionFlags) {
        const QString label = Permissions::label(flag);
        const QString toolTip = Permissions::description(flag);
        auto *mark = new PermissionMark(m_form->permissionsGroup);
        mark->setObjectName(u"permission_" + QLatin1String(flag.apiName));
        mark->setAccessibleName(label);
        mark->setToolTip(toolTip);
        mark->setAccessibleDescription(toolTip);
        auto *labelWidget = new QLabel(tr("%1:").arg(label), m_form->permissionsGroup);
        labelWidget->setToolTip(toolTip);
        labelWidget->setBuddy(mark);
        m_form->permissionsLayout->addRow(labelWidget, mark);
        m_permissionMarks.append(mark);
    }
}

void JobFormView::clear()
{
    m_job.reset();
    m_relativeTimeRefresh.stop();
    m_placeholderPage->show();
    m_pages->setCurrentWidget(m_placeholderPage);
    // A covered form must not be reachable with Tab or by a screen reader.
    if (m_formPage)
        m_formPage->hide();
}

bool JobFormView::isPlaceholderShown() const
{
    return m_placeholderPage->isVisible();
}

void JobFormView::setDemoHintVisible(bool visible)
{
    m_demoHintWanted = visible;
    showIdlePlaceholder(m_placeholderIdle);
}

void JobFormView::setFetching(bool fetching)
{
    showIdlePlaceholder(!fetching);
    // A fetch that ended without a job leaves nothing to prepare for.
    if (!fetching && !m_job && m_formPage)
        m_formPage->hide();
}

void JobFormView::prepare()
{
    if (!isVisible())
        return;
    buildForm();
    if (m_formPage->isVisible())
        return;
    // Disabled while covered, so that Tab and screen readers skip it until the job arrives.
    m_formPage->setEnabled(false);
    m_formPage->show();
    m_placeholderPage->raise();
}

void JobFormView::setJob(const JobInfo &job)
{
    buildForm();
    // What the last failure row said holds for the same job's same last build only.
    if (!m_job || m_job->id != job.id || m_job->lastBuildTimeMs != job.lastBuildTimeMs
        || m_job->lastBuildStatus != job.lastBuildStatus)
        showLastFailureRow(false);
    m_job = job;
    fillIdentity(job);
    fillStatus(job);
    fillTimes(job);
    fillPermissions(job);
    fillSettings(job);
    fillOtherFields(job);
    m_formPage->show();
    m_formPage->setEnabled(true);
    m_pages->setCurrentWidget(m_formPage);
    m_placeholderPage->hide();
    arrangeColumns();   // the values set the columns' widths
    m_form->scrollArea->verticalScrollBar()->setValue(0);
    m_relativeTimeRefresh.start();
}

void JobFormView::fillIdentity(const JobInfo &job)
{
    setValue(m_form->jobNameValue, job.jobName);
    setValue(m_form->jobIdValue, job.id);
    setValue(m_form->buildProjectValue, job.buildProjectId);
    fillProject();
    setValue(m_form->sourceValue, job.sourceCode);
}

void JobFormView::setProjectDirectory(ProjectDirectory *projects)
{
    if (m_projects)
        m_projects->disconnect(this);
    m_projects = projects;
    if (projects)
        connect(projects, &ProjectDirectory::changed, this, &JobFormView::fillProject);
    fillProject();
}

// ShowJobInfo does not say which CodeArts project the job belongs to; other answers of the
// session may have (ProjectDirectory). Only a name the service gave is shown.
void JobFormView::fillProject()
{
    if (!m_form || !m_job)
        return;
    const QString projectId = m_projects ? m_projects->projectOf(m_job->id) : QString();
    const QString name = projectId.isEmpty() ? QString() : m_projects->nameOf(projectId);
    QLabel *value = m_form->codeArtsProjectValue;
    if (!name.isEmpty()) {
        value->setText(name);
        const QString detail = tr("CodeArts project ID: %1").arg(projectId);
        value->setToolTip(PlainText::toolTip(detail));
        describeValue(value, name, detail);
        return;
    }
    const QString why = projectId.isEmpty()
        ? tr("The job's own answer does not say which CodeArts project it belongs to. It becomes known "
             "when the job is listed in Find Jobs (Ctrl+K) or when one of its builds is opened on the "
             "Builds tab.")
        : tr("CodeArts project ID: %1. Its name is not known yet: the project list in "
             "Find Jobs (Ctrl+K) brings it.").arg(projectId);
    value->setText(missingText());
    value->setToolTip(projectId.isEmpty() ? why : PlainText::toolTip(why));
    describeValue(value, why);
}

void JobFormView::fillStatus(const JobInfo &job)
{
    // A disabled job is flagged here, where the eye goes first, not only under Settings.
    QString running = runningStatusText(job.runningStatus);
    if (job.disabled.value_or(false))
        running = running.isEmpty() ? tr("Disabled: the job cannot run")
                                    : tr("%1 · disabled: the job cannot run").arg(running);
    setValue(m_form->runningStatusValue, running,
             job.runningStatus.isEmpty() ? QString() : tr("As sent by the service: %1").arg(job.runningStatus));
    m_form->lastBuildBadge->setStatus(job.lastBuildStatus);
    const QString sent = job.lastBuildStatus.isEmpty()
        ? missingToolTip()
        : tr("Last build status as sent by the service: %1").arg(job.lastBuildStatus);
    m_form->lastBuildBadge->setToolTip(job.lastBuildStatus.isEmpty() ? sent : PlainText::toolTip(sent));
    m_form->lastBuildBadge->setAccessibleDescription(sent);
    refreshRelativeTimes();

    m_form->healthGauge->setScore(job.healthScore);
    setValue(m_form->healthBandValue, bandDescription(m_form->healthGauge->band()));
}

void JobFormView::refreshRelativeTimes()
{
    if (!m_job || !m_job->lastBuildTimeMs) {
        setValue(m_form->lastBuildAgoValue, {});
        return;
    }
    const qint64 then = *m_job->lastBuildTimeMs;
    setValue(m_form->lastBuildAgoValue,
             relativeTime(then, QDateTime::currentMSecsSinceEpoch()), exactDateTime(then));
}

void JobFormView::fillTimes(const JobInfo &job)
{
    const QLocale locale;
    const auto setTime = [this, &locale](QLabel *label, std::optional<qint64> ms) {
        if (ms)
            setValue(label, formatDateTime(*ms, locale), exactDateTime(*ms));
        else
            setValue(label, {});
    };
    setTime(m_form->createdValue, job.createTimeMs);
    setTime(m_form->lastBuildTimeValue, job.lastBuildTimeMs);

    const QString durationTip = tr("As sent by the service: %1");
    const auto setDuration = [&](QLabel *label, std::optional<double> seconds) {
        if (seconds)
            setValue(label, formatDuration(*seconds, locale),
                     durationTip.arg(QString::number(*seconds, 'g', 17)));
        else
            setValue(label, {});
    };
    setDuration(m_form->buildTimeValue, job.buildTime);
    setDuration(m_form->chargeTimeValue, job.chargeTime);
}

void JobFormView::fillPermissions(const JobInfo &job)
{
    for (qsizetype i = 0; i < m_permissionMarks.size(); ++i)
        m_permissionMarks[i]->setValue(job.*(kPermissionFlags[i].member));
}

void JobFormView::fillSettings(const JobInfo &job)
{
    setValue(m_form->disabledValue, yesNo(job.disabled));
    fillFavorite(job);
    setValue(m_form->newBuildValue, yesNo(job.newBuild));
    setValue(m_form->projectPermissionSwitchValue, yesNo(job.projectPermissionSwitch));
}

void JobFormView::setLocalFavorite(bool starred)
{
    m_localFavorite = starred;
    if (m_job)
        fillFavorite(*m_job);
}

void JobFormView::fillFavorite(const JobInfo &job)
{
    // Two different things share the row: the service's flag and this app's star.
    QString text = job.favorite ? tr("%1 (in CodeArts)").arg(yesNo(job.favorite)) : QString();
    if (m_localFavorite)
        text = text.isEmpty() ? tr("Starred here") : tr("%1 · starred here").arg(text);
    setValue(m_form->favoriteValue, text,
             tr("In CodeArts: the job's favorite flag in the service. Starred here: in this "
                "app's Favorites panel (Ctrl+D)."));
    const bool followed = job.favorite.value_or(false);
    m_followButton->setText(followed ? tr("Unfollow") : tr("Follow in CodeArts"));
    m_followButton->setToolTip(followed ? tr("Remove the job from your favorites in CodeArts")
                                            : tr("Add the job to your favorites in CodeArts, to get its notifications there"));
    m_followButton->setEnabled(true);
}

// The first few fields the app does not know get rows of their own; a service that sends
// thousands (by mistake or on purpose) gets a button that lists them all in one table, rather
// than thousands of widgets that would freeze the window.
void JobFormView::fillOtherFields(const JobInfo &job)
{
    while (m_form->otherLayout->rowCount() > 0)
        m_form->otherLayout->removeRow(0);
    int shown = 0;
    for (auto it = job.unknownFields.constBegin(); it != job.unknownFields.constEnd() && shown < kOtherFieldsShown;
         ++it, ++shown) {
        QString text = jsonText(it.value());
        if (text.size() > kOtherFieldChars)
            text = text.left(kOtherFieldChars) + u'…';
        auto *value = new WrappingLabel(text, m_form->otherGroup);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setProperty(kFieldProperty, it.key());
        describeValue(value, text);
        addCopyAction(value);
        // The field's name is the service's text too: a plain label, not QFormLayout's own.
        auto *name = new QLabel(tr("%1:").arg(it.key()), m_form->otherGroup);
        name->setTextFormat(Qt::PlainText);
        name->setBuddy(value);
        m_form->otherLayout->addRow(name, value);
    }
    const qsizetype total = job.unknownFields.size();
    if (total > shown) {
        auto *more = new QPushButton(tr("Show all %n fields…", nullptr, int(total)), m_form->otherGroup);
        more->setObjectName(QStringLiteral("allOtherFieldsButton"));
        connect(more, &QPushButton::clicked, this, &JobFormView::showAllOtherFields);
        m_form->otherLayout->addRow(more);
    }
    m_form->otherGroup->setVisible(total > 0);
}

void JobFormView::showAllOtherFields()
{
    if (!m_job)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("otherFieldsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Other fields"));
    auto *model = new QStandardItemModel(0, 2, dialog);
    model->setHorizontalHeaderLabels({tr("Field"), tr("Value as received")});
    for (auto it = m_job->unknownFields.constBegin(); it != m_job->unknownFields.constEnd(); ++it) {
        auto *name = new QStandardItem(it.key());
        auto *value = new QStandardItem(jsonText(it.value()));
        name->setEditable(false);
        value->setEditable(false);
        model->appendRow({name, value});
    }
    // One view for any number of rows: item views draw plain text and make no widget per row.
    auto *table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("otherFieldsTable"));
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->open();
}

void JobFormView::tracePaintSince(const QElapsedTimer &answerTime)
{
    m_paintTraceStart = answerTime;
    m_paintTraceArmed = true;
    update();   // the children repaint themselves; make sure this view paints too
}

void JobFormView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_paintTraceArmed) {
        m_paintTraceArmed = false;
        UiTrace::printElapsed("paint-after-answer-ms", m_paintTraceStart);
    }
}

QString JobFormView::formatDateTime(qint64 epochMs, const QLocale &locale)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime();
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // Many short formats use two-digit years, which are ambiguous for old jobs.
    if (!format.contains(u"yyyy"))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(local, format);
}

QString JobFormView::runningStatusText(const QString &status)
{
    static const struct
    {
        const char *api;
        const char *text;
    } kKnown[] = {
        {"finished", QT_TRANSLATE_NOOP("JobFormView", "Finished")},
        {"running", QT_TRANSLATE_NOOP("JobFormView", "Running")},
        {"queued", QT_TRANSLATE_NOOP("JobFormView", "Queued")},
        {"waiting", QT_TRANSLATE_NOOP("JobFormView", "Waiting")},
        {"stopped", QT_TRANSLATE_NOOP("JobFormView", "Stopped")},
    };
    for (const auto &known : kKnown) {
        if (status.compare(QLatin1String(known.api), Qt::CaseInsensitive) == 0)
            return tr(known.text);
    }
    return status;
}

QString JobFormView::formatDuration(double seconds, const QLocale &locale)
{
    const QString text = tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    if (std::llround(seconds) < 60)
        return text;
    // Readable as the window writes every duration: "20 min 05 s", "1 h 06 min".
    return tr("%1 (%2)").arg(text, BuildParse::readableDuration(std::llround(seconds * 1000)));
}

QString JobFormView::relativeTime(qint64 thenMs, qint64 nowMs)
{
    // Separate singular and plural strings rather than "%n minute(s)": without a loaded
    // translation Qt would show the "(s)" literally.
    const bool future = nowMs < thenMs;
    const Age age = Age::of(nowMs - thenMs);
    if (age.unit == Age::Unit::JustNow)
        return tr("just now");
    if (age.unit == Age::Unit::Minutes) {
        const qint64 minutes = age.count;
        if (future)
            return minutes == 1 ? tr("in 1 minute") : tr("in %1 minutes").arg(minutes);
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    }
    if (age.unit == Age::Unit::Hours) {
        const qint64 hours = age.count;
        if (future)
            return hours == 1 ? tr("in 1 hour") : tr("in %1 hours").arg(hours);
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    }
    const qint64 days = age.count;
    if (days < 31) {
        if (future)
            return days == 1 ? tr("in 1 day") : tr("in %1 days").arg(days);
        return days == 1 ? tr("1 day ago") : tr("%1 days ago").arg(days);
    }
    const qint64 months = days / 30;
    if (months < 12) {
        if (future)
            return months == 1 ? tr("in 1 month") : tr("in %1 months").arg(months);
        return months == 1 ? tr("1 month ago") : tr("%1 months ago").arg(months);
    }
    const qint64 years = days / 365;
    if (future)
        return years == 1 ? tr("in 1 year") : tr("in %1 years").arg(years);
    return years == 1 ? tr("1 year ago") : tr("%1 years ago").arg(years);
}
